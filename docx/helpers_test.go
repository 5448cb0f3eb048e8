package docx

import (
	"archive/zip"
	"bytes"
	"slices"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// makeDOCX zips parts (name to content) in name order, deflated.
func makeDOCX(tb testing.TB, parts map[string]string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// document wraps body XML in a w:document.
func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document ` + wNS + ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
		` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"` +
		` xmlns:v="urn:schemas-microsoft-com:vml"><w:body>` + body + `</w:body></w:document>`
}

// numberingPart wraps abstractNum and num elements in a w:numbering.
func numberingPart(inner string) string {
	return `<w:numbering ` + wNS + ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` + inner + `</w:numbering>`
}

// stylesPart wraps style elements in a w:styles.
func stylesPart(inner string) string {
	return `<w:styles ` + wNS + `>` + inner + `</w:styles>`
}

// notesPart wraps w:footnote or w:endnote elements in their root.
func notesPartXML(root, inner string) string {
	return `<w:` + root + ` ` + wNS + `>` + inner + `</w:` + root + `>`
}

// p returns a paragraph with the given text in one run.
func p(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// np returns a paragraph in list numID at level ilvl.
func np(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` +
		`<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// lvl returns a w:lvl; extra is inserted as is.
func lvl(ilvl, start, format, text, extra string) string {
	s := `<w:lvl w:ilvl="` + ilvl + `">`
	if start != "" {
		s += `<w:start w:val="` + start + `"/>`
	}
	return s + `<w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/>` + extra + `</w:lvl>`
}

// convertParts converts a DOCX made of parts and fails the test on error.
func convertParts(t *testing.T, parts map[string]string) *Result {
	t.Helper()
	res, err := Convert(makeDOCX(t, parts))
	if err != nil {
		t.Fatalf("Convert: %v", err)
	}
	return res
}

// lines splits text into its non-blank lines.
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
