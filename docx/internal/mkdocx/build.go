package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The generator recognises, on a block that is a single line:
//
//	A.  B.      upper letter  heading list, level 0, "%1."
//	I.  II.     upper Roman   heading list, level 1, "%2."
//	1.  2.      decimal       heading list, level 2, "%3."
//	2.1.        decimal       heading list, level 3, "%3.%4."
//	a)  b)      lower letter  heading list, level 4, "%5)"
//	-           bullet        bullet list, level 0
//	+           bullet        bullet list, level 1
//	•           bullet        bullet list, level 2
//
// A label becomes list numbering only when it is the number Word would
// show there. Word restarts a level whenever a higher one advances, so the
// "1." that follows "C." after "9.3." needs nothing more; a label that
// skips or repeats a number gets a new list instance (w:num) that points
// at the same definition with a w:startOverride, as Word's "Set numbering
// value" does. A label that fits no level ("2.8 " without its dot) stays
// as typed. "I." is a letter when it is the next letter of level 0 and not
// the next Roman number of level 1.
//
// A block that starts with superscript digits and a space is the body of
// that footnote when the text also carries the marker; it moves to
// footnotes.xml and the marker becomes a w:footnoteReference. Blocks of
// several lines (recipients, signature) stay one paragraph with line
// breaks and no numbering. "**bold**" and "*italic*" become run
// formatting when the markers pair up within the block.

// headingLevels are the levels of the heading list.
var headingLevels = []struct{ format, text string }{
	{"upperLetter", "%1."},
	{"upperRoman", "%2."},
	{"decimal", "%3."},
	{"decimal", "%3.%4."},
	{"lowerLetter", "%5)"},
}

// bulletLevels are the levels of the bullet list: marker in the text, and
// the character Word shows.
var bulletLevels = []struct{ marker, char string }{
	{"-", "-"},
	{"+", "+"},
	{"•", "•"},
}

// Lists of the generated numbering.xml.
const (
	abstractHeading = 0
	abstractBullet  = 1
	numHeading      = 1
	numBullet       = 2
)

// block is one paragraph of the source.
type block struct {
	lines []string
	// Set by classification:
	list  int // 0: none, else numId
	level int
	text  string // the text without its label
	note  int    // > 0: body of this footnote
}

// override is an extra list instance restarting a heading level.
type override struct {
	numID, level, start int
}

// build returns the DOCX built from the plain text src.
func build(src []byte) ([]byte, error) {
	entries, err := buildEntries(src)
	if err != nil {
		return nil, err
	}
	return pack(entries)
}

// buildEntries returns the files of the DOCX built from src.
func buildEntries(src []byte) ([]entry, error) {
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("source is not UTF-8")
	}
	blocks := split(string(src))

	// Footnotes: bodies by number, markers in the text.
	bodies := make(map[int]int) // footnote number -> block index
	for i, b := range blocks {
		if len(b.lines) != 1 {
			continue
		}
		if n, rest, ok := leadingNote(b.lines[0]); ok {
			if _, dup := bodies[n]; !dup {
				bodies[n] = i
				blocks[i].text = rest
			}
		}
	}
	isBody := make(map[int]bool)
	for _, i := range bodies {
		isBody[i] = true
	}
	marked := make(map[int]bool)
	for i, b := range blocks {
		if isBody[i] {
			continue
		}
		for _, l := range b.lines {
			for _, seg := range segments(l) {
				if seg.note > 0 {
					marked[seg.note] = true
				}
			}
		}
	}
	notes := make(map[int]bool)
	for n, i := range bodies {
		if marked[n] {
			notes[n] = true
			blocks[i].note = n
		}
	}

	overrides := classify(blocks)

	var doc, foot bytes.Buffer
	writeDocument(&doc, blocks, notes)
	writeFootnotes(&foot, blocks, notes)
	return []entry{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/document.xml", doc.String()},
		{"word/styles.xml", stylesXML},
		{"word/numbering.xml", numberingXML(overrides)},
		{"word/footnotes.xml", foot.String()},
		{"word/settings.xml", settingsXML},
		{"word/_rels/document.xml.rels", documentRels},
	}, nil
}

// split cuts text into blocks at blank lines.
func split(text string) []block {
	var blocks []block
	var cur []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				blocks = append(blocks, block{lines: cur})
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, block{lines: cur})
	}
	return blocks
}

// classify gives single-line blocks with a fitting label a list and level,
// simulating Word's counters, and returns the start overrides needed.
func classify(blocks []block) []override {
	var (
		val       [5]int
		started   [5]bool
		overrides []override
		nextNum   = numBullet + 1
		curNum    = numHeading
	)
	next := func(l int) int {
		if started[l] {
			return val[l] + 1
		}
		return 1
	}
	for i := range blocks {
		b := &blocks[i]
		if len(b.lines) != 1 || b.note > 0 {
			continue
		}
		line := b.lines[0]
		if lvl, rest, ok := bulletLabel(line); ok {
			b.list, b.level, b.text = numBullet, lvl, rest
			continue
		}
		lvl, nums, rest, ok := headingLabel(line)
		if !ok {
			continue
		}
		if lvl == 1 && len(line) > 1 && line[1] == '.' {
			// "C." is the letter after "B." unless a Roman C is due.
			if v := letterValue(line); next(0) == v && next(1) != nums[0] {
				lvl, nums = 0, []int{v}
			}
		}
		value := nums[len(nums)-1]
		if lvl == 3 {
			// "2.1.": the first number must be the current level 2.
			if !started[2] || val[2] != nums[0] {
				continue
			}
		}
		if value != next(lvl) {
			curNum = nextNum
			nextNum++
			overrides = append(overrides, override{numID: curNum, level: lvl, start: value})
		}
		val[lvl], started[lvl] = value, true
		for l := lvl + 1; l < len(val); l++ {
			started[l] = false
		}
		b.list, b.level, b.text = curNum, lvl, rest
	}
	return overrides
}

// bulletLabel recognises "- ", "+ " and "• ".
func bulletLabel(line string) (level int, rest string, ok bool) {
	for i, bl := range bulletLevels {
		if r, found := strings.CutPrefix(line, bl.marker+" "); found && strings.TrimSpace(r) != "" {
			return i, strings.TrimLeft(r, " "), true
		}
	}
	return 0, "", false
}

// headingLabel recognises the heading labels. For "I." it returns level 1
// (Roman) when the text is a valid Roman number, and level 0 (letter)
// otherwise; classify settles the ambiguity with the counters.
func headingLabel(line string) (level int, nums []int, rest string, ok bool) {
	label, rest, found := strings.Cut(line, " ")
	rest = strings.TrimLeft(rest, " ")
	if !found || rest == "" {
		return 0, nil, "", false
	}
	switch {
	case len(label) == 2 && label[1] == ')' && label[0] >= 'a' && label[0] <= 'z':
		return 4, []int{int(label[0]-'a') + 1}, rest, true
	case !strings.HasSuffix(label, "."):
		return 0, nil, "", false
	}
	body := label[:len(label)-1]
	if body == "" {
		return 0, nil, "", false
	}
	if v := romanValue(body); v > 0 {
		return 1, []int{v}, rest, true
	}
	if len(body) == 1 && body[0] >= 'A' && body[0] <= 'Z' {
		return 0, []int{int(body[0]-'A') + 1}, rest, true
	}
	parts := strings.Split(body, ".")
	if len(parts) > 2 {
		return 0, nil, "", false
	}
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > 999 || p[0] == '0' {
			return 0, nil, "", false
		}
		nums = append(nums, n)
	}
	return len(parts) + 1, nums, rest, true
}

func letterValue(line string) int {
	if line == "" || line[0] < 'A' || line[0] > 'Z' {
		return 0
	}
	return int(line[0]-'A') + 1
}

// romanValue returns the value of the canonical Roman numeral s (I to
// MMMCMXCIX), or 0.
func romanValue(s string) int {
	if s == "" || len(s) > 15 {
		return 0
	}
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 3999 || toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n int) string {
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func superValue(r rune) int {
	switch r {
	case '⁰':
		return 0
	case '¹':
		return 1
	case '²':
		return 2
	case '³':
		return 3
	}
	if r >= '⁴' && r <= '⁹' {
		return int(r-'⁴') + 4
	}
	return -1
}

// maxNote is the largest footnote number recognised.
const maxNote = 9999

// superNumber reads the superscript digits at the start of s and returns
// their value and their length in bytes; a value over maxNote reads as
// maxNote+1, which no footnote has.
func superNumber(s string) (n, size int) {
	for size < len(s) {
		r, k := utf8.DecodeRuneInString(s[size:])
		v := superValue(r)
		if v < 0 {
			break
		}
		n = min(n*10+v, maxNote+1)
		size += k
	}
	return n, size
}

// leadingNote recognises a footnote body: superscript digits, a space,
// text.
func leadingNote(line string) (n int, rest string, ok bool) {
	n, i := superNumber(line)
	if i == 0 || n == 0 || n > maxNote || i >= len(line) || line[i] != ' ' {
		return 0, "", false
	}
	rest = strings.TrimLeft(line[i:], " ")
	return n, rest, rest != ""
}

// segment is a piece of a line: text with its formatting, or a footnote
// marker.
type segment struct {
	text         string
	bold, italic bool
	note         int
}

// segments cuts a line into formatted text and footnote markers.
// Emphasis markers are honoured only when they pair up within the line.
func segments(line string) []segment {
	emph := strings.Count(line, "**")%2 == 0 && (strings.Count(line, "*")-2*strings.Count(line, "**"))%2 == 0
	var out []segment
	var cur strings.Builder
	bold, italic := false, false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, segment{text: cur.String(), bold: bold, italic: italic})
			cur.Reset()
		}
	}
	for i := 0; i < len(line); {
		if emph && strings.HasPrefix(line[i:], "**") {
			flush()
			bold = !bold
			i += 2
			continue
		}
		if emph && line[i] == '*' {
			flush()
			italic = !italic
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if superValue(r) >= 0 && i > 0 {
			n, k := superNumber(line[i:])
			flush()
			out = append(out, segment{note: n, text: line[i : i+k]})
			i += k
			continue
		}
		cur.WriteString(line[i : i+size])
		i += size
	}
	flush()
	return out
}

// blockSegments returns the runs of a block, with nil between lines (a
// line break). Emphasis may span lines.
func blockSegments(lines []string) [][]segment {
	if len(lines) == 1 {
		return [][]segment{segments(lines[0])}
	}
	// Join with a sentinel so that "**" pairs across the lines.
	const sep = "\x00"
	segs := segments(strings.Join(lines, sep))
	var out [][]segment
	var cur []segment
	for _, s := range segs {
		for s.note == 0 && strings.Contains(s.text, sep) {
			before, after, _ := strings.Cut(s.text, sep)
			if before != "" {
				cur = append(cur, segment{text: before, bold: s.bold, italic: s.italic})
			}
			out = append(out, cur)
			cur = nil
			s.text = after
		}
		if s.text != "" || s.note > 0 {
			cur = append(cur, s)
		}
	}
	return append(out, cur)
}

const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

func writeDocument(w *bytes.Buffer, blocks []block, notes map[int]bool) {
	w.WriteString(xmlPI)
	w.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for _, b := range blocks {
		if b.note > 0 {
			continue
		}
		w.WriteString("<w:p>")
		if b.list > 0 {
			fmt.Fprintf(w, `<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>`, b.level, b.list)
			writeRuns(w, [][]segment{segments(b.text)}, notes)
		} else {
			writeRuns(w, blockSegments(b.lines), notes)
		}
		w.WriteString("</w:p>\n")
	}
	w.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>` +
		`</w:sectPr></w:body></w:document>`)
}

func writeFootnotes(w *bytes.Buffer, blocks []block, notes map[int]bool) {
	w.WriteString(xmlPI)
	w.WriteString(`<w:footnotes xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	w.WriteString(`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`)
	w.WriteString(`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` + "\n")
	for _, b := range blocks {
		if b.note == 0 {
			continue
		}
		fmt.Fprintf(w, `<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>`, b.note)
		w.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>`)
		writeRuns(w, [][]segment{segments(b.text)}, nil)
		w.WriteString("</w:p></w:footnote>\n")
	}
	w.WriteString(`</w:footnotes>`)
}

// writeRuns writes the runs of the lines of a paragraph, with a w:br
// between lines. Footnote markers in notes become references.
func writeRuns(w *bytes.Buffer, lines [][]segment, notes map[int]bool) {
	for i, segs := range lines {
		if i > 0 {
			w.WriteString(`<w:r><w:br/></w:r>`)
		}
		for _, s := range segs {
			if s.note > 0 && notes[s.note] {
				fmt.Fprintf(w, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, s.note)
				continue
			}
			w.WriteString("<w:r>")
			if s.bold || s.italic {
				w.WriteString("<w:rPr>")
				if s.bold {
					w.WriteString("<w:b/>")
				}
				if s.italic {
					w.WriteString("<w:i/>")
				}
				w.WriteString("</w:rPr>")
			}
			w.WriteString(`<w:t xml:space="preserve">`)
			xml.EscapeText(w, []byte(s.text))
			w.WriteString("</w:t></w:r>")
		}
	}
}

func numberingXML(overrides []override) string {
	var w strings.Builder
	w.WriteString(xmlPI)
	w.WriteString(`<w:numbering xmlns:w="` + nsW + `">`)
	fmt.Fprintf(&w, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>`, abstractHeading)
	for i := range 9 {
		format, text := "decimal", ""
		if i < len(headingLevels) {
			format, text = headingLevels[i].format, headingLevels[i].text
		} else {
			text = fmt.Sprintf("%%%d.", i+1)
		}
		fmt.Fprintf(&w, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>`+
			`<w:suff w:val="space"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>`,
			i, format, text)
	}
	w.WriteString("</w:abstractNum>\n")
	fmt.Fprintf(&w, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>`, abstractBullet)
	for i := range 9 {
		char := bulletLevels[min(i, len(bulletLevels)-1)].char
		fmt.Fprintf(&w, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>`+
			`<w:suff w:val="space"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>`,
			i, char)
	}
	w.WriteString("</w:abstractNum>\n")
	fmt.Fprintf(&w, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, numHeading, abstractHeading)
	fmt.Fprintf(&w, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, numBullet, abstractBullet)
	for _, o := range overrides {
		fmt.Fprintf(&w, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride></w:num>`,
			o.numID, abstractHeading, o.level, o.start)
	}
	w.WriteString("\n</w:numbering>")
	return w.String()
}

const contentTypes = xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`</Types>`

const rootRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

const documentRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`</Relationships>`

const settingsXML = xmlPI + `<w:settings xmlns:w="` + nsW + `">` +
	`<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`

const stylesXML = xmlPI + `<w:styles xmlns:w="` + nsW + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
	`<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="567"/></w:pPr></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>` +
	`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>` +
	`<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
	`</w:styles>`

// entry is a file of the archive.
type entry struct {
	name, data string
}

// fixedTime is the modification time of every entry, so that the output
// depends only on the input.
var fixedTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// pack zips the entries in order, deflated, with fixed times.
func pack(entries []entry) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(e.data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
