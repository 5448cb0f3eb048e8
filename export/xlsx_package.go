package export

import (
	"archive/zip"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file writes the package of an XLSX workbook: the zip archive of
// XML parts that Office Open XML (ECMA-376) describes, with the elements
// of each part in the order its schema requires.

// xmlHeader starts each XML part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces of the parts.
const (
	nsMain         = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRelations    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPackageRels  = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
)

// xlsxStyles is the styles part: the cell formats of the cells, whose
// indexes are the style constants such as styleHeader, after the fills
// and the border that spreadsheets require.
const xlsxStyles = xmlHeader + `<styleSheet xmlns="` + nsMain + `">` +
	`<fonts count="2">` +
	`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`</fonts>` +
	`<fills count="2">` +
	`<fill><patternFill patternType="none"/></fill>` +
	`<fill><patternFill patternType="gray125"/></fill>` +
	`</fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="4">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">` +
	`<alignment vertical="top"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">` +
	`<alignment vertical="top"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">` +
	`<alignment vertical="top" wrapText="1"/></xf>` +
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

// xlsxRootRels is the relationships part of the package, which points to
// the workbook.
const xlsxRootRels = xmlHeader + `<Relationships xmlns="` + nsPackageRels + `">` +
	`<Relationship Id="rId1" Type="` + nsRelations + `/officeDocument" Target="xl/workbook.xml"/>` +
	`</Relationships>`

// writeFixedParts adds to zw the parts of a workbook of n sheets that do
// not depend on the content of the sheets: the content types, the
// relationships and the styles.
func writeFixedParts(zw *zip.Writer, n int) error {
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes(n)},
		{"_rels/.rels", xlsxRootRels},
		{"xl/_rels/workbook.xml.rels", workbookRels(n)},
		{"xl/styles.xml", xlsxStyles},
	}
	for _, p := range parts {
		if err := writePart(zw, p.name, p.data); err != nil {
			return err
		}
	}
	return nil
}

// writePart adds the part name, which holds data, to zw.
func writePart(zw *zip.Writer, name, data string) error {
	w, err := zw.Create(name)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, data)
	return err
}

// sheetPath returns the name of the part of sheet i, counted from 0.
func sheetPath(i int) string {
	return "xl/worksheets/sheet" + strconv.Itoa(i+1) + ".xml"
}

// contentTypes returns the content types of the parts of a workbook of n
// sheets.
func contentTypes(n int) string {
	const sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
	var b strings.Builder
	b.WriteString(xmlHeader + `<Types xmlns="` + nsContentTypes + `">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="` + sml + `.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="` + sml + `.styles+xml"/>`)
	for i := range n {
		b.WriteString(`<Override PartName="/` + sheetPath(i) + `" ContentType="` + sml + `.worksheet+xml"/>`)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

// workbookRels returns the relationships of a workbook of n sheets: rId1
// to rIdn point to the sheets, and the next one to the styles.
func workbookRels(n int) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="` + nsPackageRels + `">`)
	for i := range n {
		b.WriteString(`<Relationship Id="rId` + strconv.Itoa(i+1) + `" Type="` + nsRelations +
			`/worksheet" Target="worksheets/sheet` + strconv.Itoa(i+1) + `.xml"/>`)
	}
	b.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+1) + `" Type="` + nsRelations +
		`/styles" Target="styles.xml"/></Relationships>`)
	return b.String()
}

// workbook returns the workbook part: the sheets, named after names, the
// first one active, and the range of the auto-filter of each, filters,
// which spreadsheets keep as a hidden name local to the sheet.
func workbook(names []Table, filters []string) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRelations + `">` +
		`<bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	for i, name := range names {
		n := strconv.Itoa(i + 1)
		b.WriteString(`<sheet name="`)
		writeEscaped(&b, string(name))
		b.WriteString(`" sheetId="` + n + `" r:id="rId` + n + `"/>`)
	}
	b.WriteString(`</sheets><definedNames>`)
	for i, name := range names {
		b.WriteString(`<definedName name="_xlnm._FilterDatabase" localSheetId="` + strconv.Itoa(i) + `" hidden="1">`)
		writeEscaped(&b, "'"+strings.ReplaceAll(string(name), "'", "''")+"'!"+filters[i])
		b.WriteString(`</definedName>`)
	}
	b.WriteString(`</definedNames></workbook>`)
	return b.String()
}

// colName returns the name of the column with index c, counted from 0:
// A to Z, then AA, AB and so on.
func colName(c int) string {
	var b []byte
	for c++; c > 0; c = (c - 1) / 26 {
		b = append([]byte{byte('A' + (c-1)%26)}, b...)
	}
	return string(b)
}

// maxCellChars is the number of characters a spreadsheet cell holds, in
// UTF-16 code units.
const maxCellChars = 32767

// truncateCell returns the longest prefix of s, cut between characters,
// that a spreadsheet cell holds.
func truncateCell(s string) string {
	if len(s) <= maxCellChars {
		// No character takes more UTF-16 code units than UTF-8 bytes.
		return s
	}
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > maxCellChars {
			return s[:i]
		}
	}
	return s
}

// spaceAtEnds reports whether s starts or ends with white space, which
// XML readers drop unless told to preserve it.
func spaceAtEnds(s string) bool {
	return s != "" && (isXMLSpace(s[0]) || isXMLSpace(s[len(s)-1]))
}

// isXMLSpace reports whether c is white space in XML.
func isXMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// writeEscaped writes s as XML character data or as the value of an
// attribute. It escapes the characters of markup and the carriage return,
// which XML readers would turn into a line feed; replaces the characters
// that XML 1.0 cannot hold with U+FFFD, as sanitize does; and escapes the
// underscore that starts text such as "_x0041_", which spreadsheets read
// as the escape sequence of a character, as "_x005F_", so that they read
// the text as written. It ignores the errors of w, which must keep them,
// as a bufio.Writer does, or have none.
func writeEscaped(w io.StringWriter, s string) {
	done := 0 // s[:done] is written
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var esc string
		switch {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '"':
			esc = "&quot;"
		case c == '\r':
			esc = "&#xD;"
		case c == '_' && escapeSequence(s[i+1:]):
			esc = "_x005F_"
		case c < ' ' && c != '\t' && c != '\n':
			esc = "\uFFFD"
		case c >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if !xmlChar(r, size) {
				esc = "\uFFFD"
			}
		}
		if esc != "" {
			w.WriteString(s[done:i])
			w.WriteString(esc)
			done = i + size
		}
		i += size
	}
	w.WriteString(s[done:])
}

// escapeSequence reports whether s starts with what follows the
// underscore of an escape sequence such as "_x0041_": an x, four
// hexadecimal digits and an underscore.
func escapeSequence(s string) bool {
	if len(s) < 6 || s[0] != 'x' || s[5] != '_' {
		return false
	}
	for _, c := range []byte(s[1:5]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
