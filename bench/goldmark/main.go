// Command goldmark converts a Markdown file to HTML with goldmark's
// defaults and writes it to standard output. It is the reference program
// the performance comparison times vnplan against.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/yuin/goldmark"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: goldmark FILE")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "goldmark:", err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(os.Stdout, 64<<10)
	if err := goldmark.Convert(src, w); err != nil {
		fmt.Fprintln(os.Stderr, "goldmark:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "goldmark:", err)
		os.Exit(1)
	}
}
