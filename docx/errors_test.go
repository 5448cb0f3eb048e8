package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("../testdata/docx/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func TestErrors(t *testing.T) {
	// A document.xml of 3 MB of spaces compresses about 1000 times.
	ratioBomb := makeDOCX(t, map[string]string{
		"word/document.xml": document(`<w:p><w:r><w:t>` + strings.Repeat(" ", 3<<20) + `</w:t></w:r></w:p>`),
	})
	// A part whose compression method archive/zip does not know.
	var unknown bytes.Buffer
	zw := zip.NewWriter(&unknown)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: 99, CompressedSize64: 3, UncompressedSize64: 3})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("abc"))
	zw.Close()
	// Every relationship of the main part points at the main part, so it is
	// read four times; the archive itself is within the limit.
	const rt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	rereadDoc := document(strings.Repeat(p("lặp lại"), 200))
	reread := makeDOCX(t, map[string]string{
		"word/document.xml": rereadDoc,
		"word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="r1" Type="` + rt + `styles" Target="document.xml"/>` +
			`<Relationship Id="r2" Type="` + rt + `numbering" Target="document.xml"/>` +
			`<Relationship Id="r3" Type="` + rt + `footnotes" Target="document.xml"/></Relationships>`,
	})

	tests := []struct {
		name string
		data []byte
		opts []Option
		want error
		msg  string // substring of the error message
	}{
		{"corrupt fixture", readFixture(t, "corrupt.docx"), nil, ErrNotDOCX, "zip"},
		{"zip without document", readFixture(t, "notdocx.docx"), nil, ErrNotDOCX, "no word/document.xml"},
		{"zip bomb fixture", readFixture(t, "bomb.docx"), nil, ErrTooLarge, "bytes uncompressed"},
		{"empty input", nil, nil, ErrNotDOCX, "zip"},
		{"plain text", []byte("KẾ HOẠCH\n\n1. Mục đích\n"), nil, ErrNotDOCX, "zip"},
		{"old binary .doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), nil, ErrNotDOCX, "zip"},
		{"malformed document", makeDOCX(t, map[string]string{"word/document.xml": document(`<w:p><w:r>`)}), nil, ErrNotDOCX, "word/document.xml"},
		{"mismatched tags", makeDOCX(t, map[string]string{"word/document.xml": document(`<w:p></w:r></w:p>`)}), nil, ErrNotDOCX, "word/document.xml"},
		{"not XML", makeDOCX(t, map[string]string{"word/document.xml": "PK\x00\x01 rác"}), nil, ErrNotDOCX, "word/document.xml"},
		{"no body", makeDOCX(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `/>`}), nil, ErrNotDOCX, "no document body"},
		{"empty document part", makeDOCX(t, map[string]string{"word/document.xml": ""}), nil, ErrNotDOCX, "no document body"},
		{"malformed numbering", makeDOCX(t, map[string]string{"word/document.xml": document(p("a")), "word/numbering.xml": `<w:numbering ` + wNS + `><w:num>`}), nil, ErrNotDOCX, "word/numbering.xml"},
		{"malformed styles", makeDOCX(t, map[string]string{"word/document.xml": document(p("a")), "word/styles.xml": `<w:styles ` + wNS + `><w:style></w:styles>`}), nil, ErrNotDOCX, "word/styles.xml"},
		{"malformed relationships", makeDOCX(t, map[string]string{"word/document.xml": document(p("a")), "_rels/.rels": `<Relationships`}), nil, ErrNotDOCX, "_rels/.rels"},
		{"malformed footnotes", makeDOCX(t, map[string]string{"word/document.xml": document(`<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`), "word/footnotes.xml": `<w:footnotes ` + wNS + `><w:footnote w:id="1">`}), nil, ErrNotDOCX, "word/footnotes.xml"},
		{"unknown compression", unknown.Bytes(), nil, ErrNotDOCX, "word/document.xml"},
		{"compression ratio", ratioBomb, nil, ErrTooLarge, "compression ratio"},
		{"size limit", readFixture(t, "sample.docx"), []Option{WithMaxSize(1000)}, ErrTooLarge, "more than 1000 bytes"},
		{"reading budget", reread, []Option{WithMaxSize(int64(len(rereadDoc)) * 2)}, ErrTooLarge, "word/document.xml: more than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			res, err := Convert(tt.data, tt.opts...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Convert(%s) = %v, %v, want error %v", tt.name, res, err, tt.want)
			}
			if res != nil {
				t.Errorf("Convert(%s) result = %v, want nil with an error", tt.name, res)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "docx: ") || strings.Contains(msg, "\n") || !strings.Contains(msg, tt.msg) {
				t.Errorf("Convert(%s) error = %q, want one line starting with \"docx: \" containing %q", tt.name, msg, tt.msg)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Convert(%s) took %v", tt.name, d)
			}
		})
	}
}

func TestWithMaxSize(t *testing.T) {
	data := readFixture(t, "sample.docx")
	if _, err := Convert(data, WithMaxSize(1<<20)); err != nil {
		t.Errorf("Convert(sample, WithMaxSize(1 MiB)) = %v, want success", err)
	}
	if _, err := Convert(data, WithMaxSize(1000), WithMaxSize(0)); err != nil {
		t.Errorf("Convert(sample, WithMaxSize(0)) = %v, want the default limit", err)
	}
}

func TestTextReaderAt(t *testing.T) {
	data := makeDOCX(t, map[string]string{"word/document.xml": document(p("một") + p("hai"))})
	got, err := Text(bytes.NewReader(data), int64(len(data)))
	if err != nil || got != "một\n\nhai\n" {
		t.Errorf("Text() = %q, %v, want %q, nil", got, err, "một\n\nhai\n")
	}
	if _, err := Text(bytes.NewReader(data), int64(len(data))-10); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("Text(short size) error = %v, want %v", err, ErrNotDOCX)
	}
}
