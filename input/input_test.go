package input_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vnplan/vnplan/docx"
	"github.com/vnplan/vnplan/input"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/parser"
	"github.com/vnplan/vnplan/pdftext"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		file string
		want input.Format
	}{
		{"../testdata/docx/sample.docx", input.FormatDOCX},
		{"../testdata/docx/notdocx.docx", input.FormatDOCX},
		{"../testdata/pdf/sample.pdf", input.FormatPDF},
		{"../seeds/000_a0ddf91c7c9a8c05.txt", input.FormatText},
		{"../testdata/corpus/btnmt-kh09-2024-tin-chi-carbon.txt", input.FormatText},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		if got := input.Detect(data); got != tt.want {
			t.Errorf("Detect(%s) = %v, want %v", tt.file, got, tt.want)
		}
	}
}

// view is the part of a document that must not depend on the file form:
// the outline, the texts, the footnotes, the assignments.
func view(t *testing.T, doc *model.Document) any {
	t.Helper()
	type node struct {
		ID, Heading, Text string
		Refs              []string
		Assignment        *model.Assignment
	}
	var nodes []node
	model.Walk(doc.Body, func(n *model.Node) bool {
		nodes = append(nodes, node{n.ID, n.Heading, n.Text, n.FootnoteRefs, n.Assignment})
		return true
	})
	var fns []string
	for _, f := range doc.Footnotes {
		b, _ := json.Marshal(struct {
			L, T string
			R    []string
			Tr   bool
		}{f.Label, f.Text, f.Refs, f.Truncated})
		fns = append(fns, string(b))
	}
	return struct {
		Nodes []node
		Fns   []string
		Sig   *model.Signature
		Rec   int
	}{nodes, fns, nil, len(doc.Meta.Recipients)}
}

// TestFrontEndsGiveSameTree parses the sample as text, as the DOCX made
// from it (with Word numbering) and as the PDF made from it, and requires
// the same outline, texts, footnotes and assignments.
func TestFrontEndsGiveSameTree(t *testing.T) {
	parse := func(file string) *model.Document {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text, format, err := input.Text(data, input.FormatAuto)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		doc, err := parser.Parse(text, parser.WithFilename(file), parser.WithFormat(string(format)))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	want := view(t, parse("../seeds/000_a0ddf91c7c9a8c05.txt"))
	for _, f := range []string{"../testdata/docx/sample.docx", "../testdata/pdf/sample.pdf"} {
		doc := parse(f)
		if diff := cmp.Diff(want, view(t, doc)); diff != "" {
			t.Errorf("%s differs from the text file (-text +%s):\n%s", f, f, diff)
		}
		if doc.Meta.Signature == nil || doc.Meta.Signature.Name != "Nguyễn Văn Phương" {
			t.Errorf("%s: signature %+v", f, doc.Meta.Signature)
		}
	}
}

func TestFrontEndErrors(t *testing.T) {
	tests := []struct {
		file string
		want error
	}{
		{"../testdata/docx/corrupt.docx", docx.ErrNotDOCX},
		{"../testdata/docx/notdocx.docx", docx.ErrNotDOCX},
		{"../testdata/docx/bomb.docx", docx.ErrTooLarge},
		{"../testdata/pdf/corrupt.pdf", pdftext.ErrCorrupt},
		{"../testdata/pdf/encrypted.pdf", pdftext.ErrEncrypted},
		{"../testdata/pdf/scanned.pdf", pdftext.ErrNoText},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = input.Text(data, input.FormatAuto)
		if !errors.Is(err, tt.want) {
			t.Errorf("Text(%s) error = %v, want %v", tt.file, err, tt.want)
		}
	}
}

// TestConvertWarnings checks that Convert gives the format it read and no
// warning for a clean PDF, and that Text and Convert agree.
func TestConvertWarnings(t *testing.T) {
	data, err := os.ReadFile("../testdata/pdf/sample.pdf")
	if err != nil {
		t.Fatal(err)
	}
	c, err := input.Convert(data, input.FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if c.Format != input.FormatPDF || len(c.Warnings) != 0 {
		t.Errorf("Convert(sample.pdf) format %q warnings %q, want pdf and none", c.Format, c.Warnings)
	}
	text, _, err := input.Text(data, input.FormatAuto)
	if err != nil || !bytes.Equal(text, c.Text) {
		t.Errorf("Text and Convert differ (err %v)", err)
	}
	c, err = input.Convert(data[:100], input.FormatAuto)
	if err == nil || c == nil || c.Format != input.FormatPDF {
		t.Errorf("Convert(cut PDF) = %+v, %v; want the format and an error", c, err)
	}
}
