// Command mkdocx builds the DOCX test fixtures of package docx.
//
// Usage:
//
//	mkdocx -o OUT.docx SRC.txt
//	mkdocx -broken DIR
//
// The first form turns a plain-text plan (one paragraph per block, blank
// lines between blocks, as in seeds/) into a Word document that uses real
// Word automatic numbering: the labels of headings and bullets become list
// levels in numbering.xml and are removed from the text, superscript
// footnote markers become footnote references, and footnote bodies move to
// footnotes.xml. See build for the rules. The second form writes the
// damaged fixtures corrupt.docx, notdocx.docx and bomb.docx into DIR.
//
// The output depends only on the input: zip entries carry a fixed time, so
// running the command again reproduces the committed files byte for byte.
// From the repository root:
//
//	go run ./docx/internal/mkdocx -o testdata/docx/sample.docx seeds/000_a0ddf91c7c9a8c05.txt
//	go run ./docx/internal/mkdocx -broken testdata/docx
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("mkdocx", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the document built from SRC to `file`")
	broken := fs.String("broken", "", "write corrupt.docx, notdocx.docx and bomb.docx into `dir`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mkdocx -o OUT.docx SRC.txt | mkdocx -broken DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case *broken != "" && *out == "" && fs.NArg() == 0:
		files, err := brokenFixtures()
		if err == nil {
			for _, f := range files {
				if err = os.WriteFile(filepath.Join(*broken, f.name), f.data, 0o644); err != nil {
					break
				}
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "mkdocx: %v\n", err)
			return 1
		}
	case *out != "" && *broken == "" && fs.NArg() == 1:
		src, err := os.ReadFile(fs.Arg(0))
		if err != nil {
			fmt.Fprintf(stderr, "mkdocx: %v\n", err)
			return 1
		}
		data, err := build(src)
		if err == nil {
			err = os.WriteFile(*out, data, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "mkdocx: %v\n", err)
			return 1
		}
	default:
		fs.Usage()
		return 2
	}
	return 0
}
