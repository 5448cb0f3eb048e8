// Package input recognises the kind of file a user hands to vnplan (plain
// text or Markdown, a Word document, a PDF) from its content, and turns it
// into the text that [parser.Parse] reads.
//
// Detection looks at the bytes, not the file name: a PDF starts with
// "%PDF-", a DOCX is a zip archive holding word/document.xml. Anything
// else is text, whatever its encoding; the parser decodes it.
package input

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/vnplan/vnplan/docx"
	"github.com/vnplan/vnplan/pdftext"
)

// Format is the kind of an input file. It implements flag.Value for the
// --input-format flag; its zero value, FormatAuto, means "detect".
type Format string

// The input formats.
const (
	FormatAuto     Format = ""
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatDOCX     Format = "docx"
	FormatPDF      Format = "pdf"
)

// String returns the format's name, or "auto".
func (f Format) String() string {
	if f == FormatAuto {
		return "auto"
	}
	return string(f)
}

// Set sets *f from a name: auto, text, markdown, docx or pdf.
func (f *Format) Set(s string) error {
	switch v := Format(strings.ToLower(s)); v {
	case "auto":
		*f = FormatAuto
	case FormatText, FormatMarkdown, FormatDOCX, FormatPDF:
		*f = v
	default:
		return fmt.Errorf("unknown input format %q (want auto, text, markdown, docx or pdf)", s)
	}
	return nil
}

// ErrUnsupported is returned for a container vnplan cannot read, such as
// a zip archive that is not a Word document.
var ErrUnsupported = errors.New("unsupported file type")

// Detect returns the format of data from its content.
func Detect(data []byte) Format {
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return FormatDOCX // let the DOCX reader report the damage
		}
		for _, f := range zr.File {
			if f.Name == "word/document.xml" {
				return FormatDOCX
			}
		}
		return FormatDOCX
	}
	return FormatText
}

// Text returns the text of data read as format (detected when
// FormatAuto), and the format it used. Text and Markdown are returned as
// they are, for the parser to decode.
func Text(data []byte, format Format) ([]byte, Format, error) {
	c, err := Convert(data, format)
	if err != nil {
		return nil, c.Format, err
	}
	return c.Text, c.Format, nil
}

// Converted is an input turned into text.
type Converted struct {
	// Text is what [Text] returns.
	Text []byte
	// Format is the format the input was read as.
	Format Format
	// Warnings says, one line each, why Text may have missing or wrong
	// letters, as the PDF reader found: glyphs whose font gives no text.
	// It is empty for a clean conversion and for text input.
	Warnings []string
}

// Convert is [Text] with the warnings of the conversion. It always
// returns a non-nil *Converted, whose Format is set even on error.
func Convert(data []byte, format Format) (*Converted, error) {
	if format == FormatAuto {
		format = Detect(data)
	}
	c := &Converted{Format: format}
	switch format {
	case FormatDOCX:
		res, err := docx.Convert(data)
		if err != nil {
			return c, err
		}
		c.Text = []byte(res.Text)
	case FormatPDF:
		res, err := pdftext.Convert(data)
		if err != nil {
			return c, err
		}
		c.Text, c.Warnings = []byte(res.Text), res.Warnings
	default:
		c.Text = data
	}
	return c, nil
}
