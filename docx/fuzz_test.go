package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkResult fails unless Convert gave a valid result or a sentinel error.
func checkResult(t *testing.T, res *Result, err error) {
	t.Helper()
	if err != nil {
		if !errors.Is(err, ErrNotDOCX) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("Convert error %q wraps neither ErrNotDOCX nor ErrTooLarge", err)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Fatalf("Convert error %q is not one line", err)
		}
		return
	}
	if !utf8.ValidString(res.Text) {
		t.Fatalf("Convert text is not valid UTF-8: %q", res.Text)
	}
	if strings.Contains(res.Text, "\n\n\n") {
		t.Fatalf("Convert text has an empty paragraph: %q", res.Text)
	}
}

func FuzzConvert(f *testing.F) {
	for _, name := range []string{"sample.docx", "corrupt.docx", "notdocx.docx", "bomb.docx"} {
		f.Add(readFixture(f, name))
	}
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": document(p("a") + `<w:tbl><w:tr><w:tc>` + p("b") + `</w:tc></w:tr></w:tbl>`)}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Convert(data, WithMaxSize(64<<20))
		checkResult(t, res, err)
	})
}

// storeDOCX zips parts without compression, which keeps fuzzed XML
// readable by the converter.
func storeDOCX(tb testing.TB, parts ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: parts[i], Method: zip.Store})
		if err != nil {
			tb.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzParts fuzzes the XML of the parts inside a valid archive.
func FuzzParts(f *testing.F) {
	f.Add(document(np("1", "0", "a")+np("1", "1", "b")+`<w:p><w:r><w:t>x</w:t><w:footnoteReference w:id="1"/></w:r></w:p>`),
		numberingPart(plan), stylesPart(`<w:style w:type="paragraph" w:styleId="H"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`),
		notesPartXML("footnotes", `<w:footnote w:id="1">`+p("n")+`</w:footnote>`))
	f.Add(document(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999"/></w:tcPr>`+p("a")+`</w:tc></w:tr></w:tbl>`),
		numberingPart(`<w:abstractNum w:abstractNumId="0">`+lvl("0", "2147483647", "lowerLetter", "%1%2%9", `<w:isLgl/>`)+`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
		"", "")
	f.Add(document(strings.Repeat("<w:sdt><w:sdtContent>", 300)+p("deep")+strings.Repeat("</w:sdtContent></w:sdt>", 300)), "", "", "")
	f.Add(document(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:t>a</w:t><w:fldChar w:fldCharType="end"/><w:fldChar w:fldCharType="end"/></w:r></w:p>`), "", "", "")
	f.Fuzz(func(t *testing.T, doc, num, styles, notes string) {
		data := storeDOCX(t, "word/document.xml", doc, "word/numbering.xml", num, "word/styles.xml", styles, "word/footnotes.xml", notes)
		res, err := Convert(data)
		checkResult(t, res, err)
	})
}
