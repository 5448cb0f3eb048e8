// Command mkpdf makes the PDF fixtures of package pdftext from a plain-text
// plan document, so that they can be rebuilt byte for byte:
//
//	go run ./pdftext/internal/mkpdf -o testdata/pdf/sample.pdf seeds/000_a0ddf91c7c9a8c05.txt
//	go run ./pdftext/internal/mkpdf -kind encrypted -o testdata/pdf/encrypted.pdf seeds/000_a0ddf91c7c9a8c05.txt
//	go run ./pdftext/internal/mkpdf -kind scanned -o testdata/pdf/scanned.pdf
//	go run ./pdftext/internal/mkpdf -kind corrupt -o testdata/pdf/corrupt.pdf seeds/000_a0ddf91c7c9a8c05.txt
//
// The sample kind lays the text out like an official document on A4 pages:
// justified paragraphs with a first-line indent, a running header and a page
// number on every page, footnote markers as raised small digits and the
// footnote bodies at the bottom of the page that holds their marker, so that
// page breaks fall inside sentences. It uses the DejaVu fonts (Debian package
// fonts-dejavu-core; the Bitstream Vera licence allows embedding), which
// go-pdf/fpdf embeds as Identity-H fonts with a ToUnicode CMap.
//
// The encrypted kind is the same document protected by a user password, the
// scanned kind a page that holds only an image, and the corrupt kind the
// sample cut off in the middle.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"time"

	"github.com/go-pdf/fpdf"
)

// fixedDate is written as the creation and modification date so that the
// output does not depend on the clock.
var fixedDate = time.Date(2024, 1, 15, 8, 0, 0, 0, time.UTC)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("mkpdf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output `file`")
	kind := fs.String("kind", "sample", "fixture kind: sample, encrypted, scanned or corrupt")
	fontDir := fs.String("fonts", "/usr/share/fonts/truetype/dejavu", "`directory` holding the DejaVu TrueType fonts")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || (*kind != "scanned" && fs.NArg() != 1) {
		fmt.Fprintln(stderr, "usage: mkpdf [-kind sample|encrypted|scanned|corrupt] -o out.pdf [input.txt]")
		return 2
	}
	var src []byte
	if fs.NArg() == 1 {
		var err error
		src, err = os.ReadFile(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "mkpdf:", err)
			return 1
		}
	}
	data, err := build(*kind, src, *fontDir)
	if err != nil {
		fmt.Fprintln(stderr, "mkpdf:", err)
		return 1
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(stderr, "mkpdf:", err)
		return 1
	}
	return 0
}

// build returns the bytes of the fixture of the given kind.
func build(kind string, src []byte, fontDir string) ([]byte, error) {
	switch kind {
	case "sample":
		return layoutPDF(src, fontDir, false)
	case "encrypted":
		return layoutPDF(src, fontDir, true)
	case "corrupt":
		data, err := layoutPDF(src, fontDir, false)
		if err != nil {
			return nil, err
		}
		return data[:len(data)/2], nil
	case "scanned":
		return scannedPDF()
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

func newDoc() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedDate)
	pdf.SetModificationDate(fixedDate)
	pdf.SetCatalogSort(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetProducer("vnplan mkpdf", false)
	return pdf
}

// scannedPDF returns a one-page PDF whose page holds only a picture of text
// lines, as a scanner without OCR makes.
func scannedPDF() ([]byte, error) {
	const w, h = 420, 594
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xf4
	}
	// Grey bars where the lines of text would be.
	for y := 60; y+8 < h-60; y += 18 {
		x1 := w - 50 - (y*7)%60
		for yy := y; yy < y+8; yy++ {
			for x := 50; x < x1; x++ {
				img.SetGray(x, yy, color.Gray{Y: 0x30})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	pdf := newDoc()
	pdf.AddPage()
	pdf.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	pdf.ImageOptions("scan", 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
