package parser

import (
	"bytes"
	"runtime"
	"strings"
)

// lineKind says what a line is, before any grouping.
type lineKind uint8

const (
	lineBlank    lineKind = iota // empty or only white space
	lineText                     // anything else
	lineRule                     // decoration: "-------", "____", "***"
	linePageNum                  // a page number alone: "12", "- 12 -", "Trang 12"
	lineTableSep                 // a Markdown table delimiter row: "| --- | --- |"
	linePageBrk                  // a form feed: a page break from a PDF front end
)

// line is one line of the normalised text. Offsets are bytes into the
// text; the line's own "\n" is not included.
type line struct {
	start, end int // the whole line
	cs, ce     int // content: white space and Markdown heading marks trimmed
	indent     int // width of the leading white space, in columns
	width      int // width of the line up to ce, in columns
	kind       lineKind
	md         int8     // Markdown ATX heading level ("#" count), 0 if none
	hardBreak  bool     // ends with two spaces or a backslash (Markdown line break)
	cell       bool     // a cell of a table flattened one cell per line
	tabRow     bool     // a row of tab-separated cells (see isTabRow)
	grid       bool     // a line of a table laid out with spaces (see findGrids)
	lead       leadKind // for a text line, what it opens with (see lexLead)
	// brk reports a form feed before the line's content on the same
	// line, as pdftotext starts each page: "\fSở Y tế chủ trì …". The
	// line starts a page as a line of its own after a page break does.
	brk bool
}

// maxWidthBytes bounds the lines whose width is counted in characters.
const maxWidthBytes = 600

// splitLines cuts text into lines and classifies each one.
func splitLines(text []byte) []line {
	lines := cutLines(text)
	// A final empty line after the last "\n" is not a line of the text.
	if k := len(lines); k > 1 && lines[k-1].start == len(text) {
		lines = lines[:k-1]
	}
	checkPageNumbers(text, lines)
	markRunningHeads(text, lines)
	markGroupRows(bytesString(text), lines)
	return lines
}

// markGroupRows marks as rows of a table of tab-separated cells the rows
// that group its rows, whose one tab sets the group's index apart from
// its name, the cells after it merged: "I⇥CHÍNH QUYỀN SỐ" after a row of
// the table. Alone, one tab after a label only aligns text.
func markGroupRows(text string, lines []line) {
	for i := 1; i < len(lines); i++ {
		ln := &lines[i]
		if ln.tabRow || ln.kind != lineText || !lines[i-1].tabRow {
			continue
		}
		s := strings.TrimLeft(text[ln.cs:ln.end], " \t")
		k := strings.IndexByte(s, '\t')
		if k > 0 && isRowIndex(s[:k]) && strings.TrimSpace(s[k+1:]) != "" && strings.IndexByte(s, '|') < 0 {
			ln.tabRow = true
		}
	}
}

// cutLines cuts text into lines, the last one after the last "\n" even
// when it is empty, classifies them and reads the lead of each text line.
// A large text is cut into parts at line ends, read on all cores: each
// line is read while its bytes are fresh in the cache.
func cutLines(text []byte) []line {
	parts := 1
	if len(text) >= partMin {
		parts = min(runtime.GOMAXPROCS(0), 8)
	}
	// Part k is text[bounds[k]:bounds[k+1]]; every part but the first
	// starts just after a "\n".
	bounds := append(make([]int, 0, parts+1), 0)
	for k := 1; k < parts; k++ {
		at := max(bounds[k-1], len(text)*k/parts)
		i := bytes.IndexByte(text[at:], '\n')
		if i < 0 {
			break // the last line starts in the part before
		}
		bounds = append(bounds, at+i+1)
	}
	bounds = append(bounds, len(text))
	parts = len(bounds) - 1
	// Each "\n" ends a line that starts in its part; the last part also
	// holds the line after the last "\n".
	first := make([]int, parts+1)
	forRanges(parts, parts > 1, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			first[k+1] = bytes.Count(text[bounds[k]:bounds[k+1]], []byte{'\n'})
		}
	})
	first[parts]++
	for k := 1; k <= parts; k++ {
		first[k] += first[k-1]
	}
	lines := make([]line, first[parts])
	str := bytesString(text)
	forRanges(parts, parts > 1, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			start, i := bounds[k], first[k]
			for ; i < first[k+1]; i++ {
				end := bounds[k+1]
				if j := bytes.IndexByte(text[start:end], '\n'); j >= 0 {
					end = start + j
				}
				ln := &lines[i]
				*ln = scanLine(text, start, end)
				ln.lead = textLead(str, ln)
				// The trailing tabs of a row's empty cells are past ce:
				// "I\tNHÓM\t\t\t".
				ln.tabRow = ln.kind == lineText && isTabRow(str[ln.cs:ln.end])
				start = end + 1
			}
		}
	})
	return lines
}

// textLead returns what text line ln opens with (see lexLead), or
// leadNone for a line of another kind.
func textLead(text string, ln *line) leadKind {
	if ln.kind != lineText {
		return leadNone
	}
	lead, _, _ := lexLead(text[ln.cs:ln.ce])
	return lead
}

// checkPageNumbers marks the cells of a table flattened one cell per
// line under its Markdown header, up to a blank line, and gives back to
// the text the lines of bare numbers that cannot be page numbers: the row
// numbers of such a table, and numbers that do not go up from the last
// page number ("1", "2" in a table on page 13). Page numbers marked as
// such ("- 12 -", "Trang 12") are always kept.
func checkPageNumbers(text []byte, lines []line) {
	last := -1
	mark := -1 // the line of the last page mark that is not a bare number
	flat, afterSep := false, false
	for i := range lines {
		ln := &lines[i]
		if ln.brk {
			flat = false
		}
		switch ln.kind {
		case lineBlank, linePageBrk:
			flat = false
		case lineTableSep:
			afterSep = true
			continue
		case lineText:
			if afterSep && !ln.tabRow && !isRowText(string(text[ln.cs:ln.ce])) && indexFollows(text, lines[i:]) {
				flat = true
			}
			ln.cell = flat
		case linePageNum:
			s := text[ln.cs:ln.ce]
			v, bare := pageValue(s)
			switch {
			case bare && !flat && v == last && blankBetween(lines, mark, i):
				// "===== Trang 2 =====" then "2": the page's own number
				// under the mark an extraction wrote.
			case bare && (flat || v <= last):
				ln.kind, ln.cell = lineText, flat
				ln.lead = textLead(bytesString(text), ln)
			case v > 0:
				last = v
				if !bare {
					mark = i
				}
			}
		}
		afterSep = false
	}
}

// blankBetween reports whether the lines between lines[from] and
// lines[to] are blank; from < 0 is no line.
func blankBetween(lines []line, from, to int) bool {
	if from < 0 {
		return false
	}
	for k := from + 1; k < to; k++ {
		if lines[k].kind != lineBlank {
			return false
		}
	}
	return true
}

// indexFollows reports whether one of the first lines of lines is the
// index of a table row alone ("1", "a)"), as the cells of a table
// flattened one per line start.
func indexFollows(text []byte, lines []line) bool {
	for k := 0; k < len(lines) && k < 3; k++ {
		ln := &lines[k]
		if ln.kind != lineText && ln.kind != linePageNum {
			return false
		}
		if isRowIndex(string(text[ln.cs:ln.ce])) {
			return true
		}
	}
	return false
}

// pageValue returns the number of a page-number line and whether the line
// is the number alone.
func pageValue(s []byte) (int, bool) {
	v, digits, bare := 0, 0, true
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			if digits >= 0 {
				v = v*10 + int(c-'0')
				digits++
			}
		case c == '/' && digits > 0:
			digits = -1 // "12/30": the page of a count
			bare = false
		default:
			bare = false
			if digits > 0 {
				digits = -1
			}
		}
	}
	return v, bare
}

// markRunningHeads marks as page-number lines the running heads that
// follow a page number or page break: a short line with no lower-case
// letters that ends with a page number, such as "18.KH12.DOC 2", and a
// line that follows two page numbers or more word for word ("Kế hoạch
// số 52/KH-UBND ngày 20/3/2026 của UBND tỉnh"), which no text does.
func markRunningHeads(text []byte, lines []line) {
	after := false
	var firsts []int // the first text line after each page number
	for i := range lines {
		ln := &lines[i]
		if ln.brk {
			after = true
		}
		switch ln.kind {
		case linePageNum, linePageBrk:
			after = true
			continue
		case lineBlank:
			continue
		case lineText:
			if after && isRunningHead(text[ln.cs:ln.ce]) {
				ln.kind, ln.lead = linePageNum, leadNone
			} else if after && ln.ce-ln.cs <= maxRunningHead && ln.lead == leadNone {
				firsts = append(firsts, i)
			}
		}
		after = false
	}
	if len(firsts) < 2 {
		return
	}
	seen := make(map[string]int, len(firsts))
	for _, i := range firsts {
		seen[string(text[lines[i].cs:lines[i].ce])]++
	}
	for _, i := range firsts {
		ln := &lines[i]
		if seen[string(text[ln.cs:ln.ce])] >= 2 {
			ln.kind, ln.lead = linePageNum, leadNone
		}
	}
}

// maxRunningHead bounds the bytes of a running head that repeats.
const maxRunningHead = 240

// isRunningHead reports whether s reads as a running head: one word of
// letters, digits and dots, with no lower-case letter, then a page
// number.
func isRunningHead(s []byte) bool {
	if len(s) > 40 {
		return false
	}
	sp := bytes.IndexByte(s, ' ')
	if sp <= 0 || !isPageNumber(s[sp+1:]) {
		return false
	}
	for _, c := range s[:sp] {
		if c >= 'a' && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// scanLine classifies the line text[start:end].
func scanLine(text []byte, start, end int) line {
	l := line{start: start, end: end}
	i, col := start, 0
	for i < end {
		c := text[i]
		if c == ' ' {
			col++
			i++
		} else if c == '\t' {
			col += 4 - col%4
			i++
		} else if c == 0xC2 && i+1 < end && text[i+1] == 0xA0 { // NBSP
			col++
			i += 2
		} else if c == 0xEF && i+2 < end && text[i+1] == 0xBB && text[i+2] == 0xBF { // stray BOM
			i += 3
		} else {
			break
		}
	}
	l.indent = col
	j := end
	for j > i && isSpaceByte(text[j-1]) {
		j--
	}
	for j > i+1 && text[j-1] == 0xA0 && text[j-2] == 0xC2 {
		j -= 2
		for j > i && isSpaceByte(text[j-1]) {
			j--
		}
	}
	l.hardBreak = end-j >= 2 && text[end-1] == ' ' && text[end-2] == ' '
	if j > i && text[j-1] == '\\' {
		l.hardBreak = true
	}
	l.cs, l.ce = i, j
	if i == j {
		l.kind = lineBlank
		return l
	}
	if text[i] == '\f' {
		k := i + 1
		for k < j && (text[k] == ' ' || text[k] == '\t' || text[k] == '\f') {
			k++
		}
		if k == j {
			l.kind = linePageBrk
			return l
		}
		// Content after the form feed: a page's first line.
		i, l.brk = k, true
		l.cs = i
	}
	// Markdown ATX heading: 1-6 "#" then a space.
	if text[i] == '#' {
		k := i
		for k < j && text[k] == '#' {
			k++
		}
		if k-i <= 6 && (k == j || text[k] == ' ' || text[k] == '\t') {
			l.md = int8(k - i)
			for k < j && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			// Closing sequence of "#".
			e := j
			for e > k && text[e-1] == '#' {
				e--
			}
			if e < j && (e == k || text[e-1] == ' ') {
				for e > k && text[e-1] == ' ' {
					e--
				}
				j = e
			}
			l.cs, l.ce = k, j
			if k == j {
				l.kind = lineBlank
				return l
			}
		}
	}
	// The width matters for short lines, which may be hard-wrapped; a long
	// line is only known to be long.
	if l.ce-l.cs <= maxWidthBytes {
		l.width = col + runeCount(bytesString(text[l.cs:l.ce]))
	} else {
		l.width = col + l.ce - l.cs
	}
	s := text[l.cs:l.ce]
	switch {
	case isRule(s):
		l.kind = lineRule
	case isTableSep(s):
		l.kind = lineTableSep
	case isPageNumber(s):
		l.kind = linePageNum
	default:
		l.kind = lineText
	}
	return l
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// isRule reports whether s is a decorative rule: three or more of one of
// "-", "_", "*", "=", "~" and nothing else but spaces, or stars,
// underscores and bars alone, "*" or "* *" or "|", as under the name of
// an issuer, left of empty emphasis or of an empty table.
func isRule(s []byte) bool {
	var ch byte
	n, mixed := 0, false
	for _, c := range s {
		switch c {
		case ' ':
			continue
		case '-', '_', '*', '=', '~', '|':
			if ch != 0 && c != ch {
				mixed = true
			}
			ch = c
			n++
		default:
			return false
		}
	}
	if len(bytes.Trim(s, "*_| ")) == 0 {
		return n >= 1
	}
	return n >= 3 && !mixed
}

// isTableSep reports whether s is a Markdown table delimiter row such as
// "| --- | :---: |".
func isTableSep(s []byte) bool {
	pipes, dashes := 0, 0
	for _, c := range s {
		switch c {
		case '|':
			pipes++
		case '-':
			dashes++
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	return pipes >= 1 && dashes >= 3
}

// isPageNumber reports whether s is a page number standing alone: "12",
// "- 12 -", "-12-", "Trang 12", "12/30", or a page mark between rules,
// "===== Trang 3 =====".
func isPageNumber(s []byte) bool {
	if len(s) > 40 {
		return false
	}
	i, j := 0, len(s)
	for i < j && (s[i] == '=' || s[i] == '_' || s[i] == '*' || s[i] == '~') {
		i++
	}
	for j > i && (s[j-1] == '=' || s[j-1] == '_' || s[j-1] == '*' || s[j-1] == '~') {
		j--
	}
	if ruled := i > 0 || j < len(s); !ruled && len(s) > 12 {
		return false
	}
	for i < j && s[i] == ' ' {
		i++
	}
	if hasPrefixFold(s[i:j], "trang ") {
		i += len("trang ")
	} else if hasPrefixFold(s[i:j], "page ") {
		i += len("page ")
	}
	for i < j && (s[i] == '-' || s[i] == ' ' || s[i] == '(') {
		i++
	}
	for j > i && (s[j-1] == '-' || s[j-1] == ' ' || s[j-1] == ')') {
		j--
	}
	digits := 0
	for k := i; k < j; k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '/' && digits > 0:
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 3
}

// hasPrefixFold reports whether s starts with the ASCII lower-case prefix
// p, ignoring ASCII case.
func hasPrefixFold(s []byte, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
