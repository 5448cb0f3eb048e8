package parser

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// blockKind says what a block is.
type blockKind uint8

const (
	blockText     blockKind = iota // a paragraph, possibly led by a label or bullet
	blockRow                       // a table row, Markdown or flattened with " | "
	blockFootnote                  // a footnote body
)

// leadKind says what starts a text block.
type leadKind uint8

const (
	leadNone   leadKind = iota
	leadBullet          // "-", "+", "•"
	leadLabel           // a section label
)

// seg is a range of bytes of the text.
type seg struct{ start, end int }

// block is a run of lines that read as one unit: a paragraph (hard-wrapped
// lines and lines split by page breaks or footnote bodies joined), a table
// row or a footnote body.
type block struct {
	kind        blockKind
	segs        []seg // the content of each line, in order
	first, last int   // indices of the first and last line
	blankBefore bool  // a blank line, page break or rule separates it from the previous block
	md          int8  // Markdown heading level of the first line
	lead        leadKind
	bullet      string
	lab         *label // for a block that leads with a label (leadLabel), nil otherwise
	fnLabel     string // footnote label, for blockFootnote
	sepAfter    bool   // a table delimiter row follows this row
	joins       []int  // where lines split from the block by a page break or footnote bodies were joined
	hardEnd     bool   // the last line ended with a Markdown line break
	// cells holds, for a row of a table laid out with spaces (see
	// findGrids), the pieces of each cell on the row's lines; nil for
	// other rows, whose cells are read from their lines.
	cells [][]seg

	text     *mapped // cached text, built from textSegs segments without textSkip bytes
	textSkip int
	textSegs int
	ahead    *aheadJob // the work ahead on the block's text, or nil

	stats blockStats // what the lines read so far hold, kept up to date by scan
}

// blockStats sums up the lines of a block read so far, so that the tests
// that look at the whole block stay linear as it grows.
type blockStats struct {
	lines      int  // lines counted
	runes      int  // their width in runes
	stops      bool // a ". " or "; " inside a line
	stars      int  // runs of "*", emphasis marks ("*" or "**")
	firstRoman bool // "(i)" appears
	firstAlpha bool // "(a)" appears
}

// scan brings the block's stats up to date with its lines.
func (b *block) scan(text string) *blockStats {
	st := &b.stats
	for ; st.lines < len(b.segs); st.lines++ {
		sg := b.segs[st.lines]
		line := text[sg.start:sg.end]
		st.runes += runeCount(line)
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '.', ';':
				st.stops = st.stops || i+1 < len(line) && line[i+1] == ' '
			case '*':
				if i == 0 || line[i-1] != '*' {
					st.stars++
				}
			case '(':
				if i+2 < len(line) && line[i+2] == ')' {
					st.firstRoman = st.firstRoman || line[i+1] == 'i'
					st.firstAlpha = st.firstAlpha || line[i+1] == 'a'
				}
			}
		}
	}
	return st
}

// firstText returns the text of the block's first line.
func (b *block) firstText(text string) string {
	return text[b.segs[0].start:b.segs[0].end]
}

// lastText returns the text of the block's last line.
func (b *block) lastText(text string) string {
	s := b.segs[len(b.segs)-1]
	return text[s.start:s.end]
}

// start returns the byte offset where the block starts.
func (b *block) start() int { return b.segs[0].start }

// end returns the byte offset where the block ends.
func (b *block) end() int { return b.segs[len(b.segs)-1].end }

// layout holds what the block stage learns about the text form.
type layout struct {
	wrapped   bool // paragraphs are hard-wrapped at about width columns
	width     int  // the wrap width, in columns
	indented  bool // paragraphs start with a first-line indent (PDF layout)
	margin    int  // the indent of the lines that go on with a paragraph, in an indented layout
	blankSep  bool // a blank line separates paragraphs, so a single line break within one is a wrap
	fnMarkers map[string]bool
	grids     []grid // the tables laid out with spaces, in order (see findGrids)
}

// studyLayout measures whether the text is hard-wrapped and at which
// width, and whether paragraphs start with a first-line indent.
func studyLayout(text string, lines []line) layout {
	var widths, margins []int
	pairs, cont, indentedStarts, dedentedConts := 0, 0, 0, 0
	ledAfterBlank, ledAfterText := 0, 0
	for i := 1; i < len(lines); i++ {
		ln := &lines[i]
		if ln.kind != lineText || ln.md > 0 {
			continue
		}
		if ln.tabRow || ln.grid || isRowText(text[ln.cs:ln.ce]) {
			continue
		}
		if ln.lead == leadNone {
			continue
		}
		switch lines[i-1].kind {
		case lineBlank:
			ledAfterBlank++
		case lineText:
			ledAfterText++
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		a, b := &lines[i], &lines[i+1]
		if a.kind != lineText || b.kind != lineText || a.md > 0 || b.md > 0 || a.width > 200 {
			continue
		}
		as := text[a.cs:a.ce]
		bs := text[b.cs:b.ce]
		if a.tabRow || b.tabRow || a.grid || b.grid || isRowText(as) || isRowText(bs) {
			continue
		}
		pairs++
		if r := firstRune(bs); isLowerLetter(r) && !a.hardBreak && b.lead != leadLabel {
			cont++
			widths = append(widths, a.width)
			if b.indent+2 <= a.indent {
				dedentedConts++
				margins = append(margins, b.indent)
			}
		}
		if b.indent >= a.indent+2 {
			indentedStarts++
		}
	}
	var lo layout
	if cont >= 5 && cont*100 >= pairs*15 {
		sort.Ints(widths)
		lo.width = widths[len(widths)*95/100]
		if lo.width <= 160 {
			lo.wrapped = true
		}
	}
	lo.indented = lo.wrapped && dedentedConts*4 >= cont && indentedStarts >= 3
	if lo.indented {
		sort.Ints(margins)
		lo.margin = margins[len(margins)/2]
	}
	lo.blankSep = ledAfterBlank >= 5 && ledAfterBlank >= 4*ledAfterText
	return lo
}

// isRowIndex reports whether s is the index cell of a table row: a
// number, a Roman numeral, or a point letter, "12", "IV", "a)", "2.".
func isRowIndex(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".)"))
	if s == "" || len(s) > 4 {
		return false
	}
	if strings.Trim(s, "0123456789") == "" || romanValue(s) > 0 {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && letterOrdinal(r) > 0
}

// isRowText reports whether s reads as a table row: it starts with "|"
// or holds " | ". A row of tab-separated cells is marked on its line (see
// line.tabRow).
func isRowText(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], '|')
		if k < 0 {
			return false
		}
		i += k
		if i == 0 || s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return true
		}
	}
}

// isTabRow reports whether s is a row of a table copied from a word
// processor or a spreadsheet: cells separated by tabs, at least two tabs
// after the first cell, and no "|". One tab after a label ("1.\tNội
// dung") aligns text and makes no row.
func isTabRow(s string) bool {
	i := strings.IndexByte(s, '\t')
	if i < 0 {
		return false
	}
	first := strings.TrimLeft(s[:i], " ")
	if first == "" {
		// Tabs of indentation: the row starts after them.
		s = strings.TrimLeft(s, " \t")
		if i = strings.IndexByte(s, '\t'); i < 0 {
			return false
		}
	}
	return strings.IndexByte(s[i+1:], '\t') >= 0 && strings.IndexByte(s, '|') < 0
}

// buildBlocks groups lines into blocks. It joins hard-wrapped lines, joins
// the two halves of a paragraph split by a page break or by footnote
// bodies placed where the page ended, and lifts the footnote bodies out
// into blocks of their own. Page-number lines are returned apart.
func buildBlocks(text string, lines []line, lo layout) (blocks []*block, pageNums []int) {
	return buildBlockParts(text, lines, lo, blockParts(text, lines, lo))
}

// buildBlockParts groups lines into blocks in the parts of lines that
// bounds gives (see blockParts), each on a core.
func buildBlockParts(text string, lines []line, lo layout, bounds []int) (blocks []*block, pageNums []int) {
	parts := make([]blockReader, len(bounds)-1)
	read := func(k int) {
		r := &parts[k]
		r.text, r.lines, r.lo = text, lines, lo
		for i := bounds[k]; i < bounds[k+1]; i++ {
			r.read(i)
		}
	}
	if len(parts) == 1 {
		read(0)
		return parts[0].blocks, parts[0].pageNums
	}
	var wg sync.WaitGroup
	for k := range parts {
		wg.Go(func() { read(k) })
	}
	wg.Wait()
	nb, np := 0, 0
	for k := range parts {
		nb += len(parts[k].blocks)
		np += len(parts[k].pageNums)
	}
	blocks, pageNums = make([]*block, 0, nb), make([]int, 0, np)
	for k := range parts {
		blocks = append(blocks, parts[k].blocks...)
		pageNums = append(pageNums, parts[k].pageNums...)
	}
	return blocks, pageNums
}

// blockParts returns the bounds of the parts a large text's lines are
// grouped in, each on a core: lines[bounds[k]:bounds[k+1]] is part k.
// Every part but the first starts at a line that separates (a blank line,
// a rule, a page break or a page number) before a line that starts a block
// afresh (see startsAfresh): what comes before such a pair changes nothing
// from it on, so the parts give the blocks of the whole.
func blockParts(text string, lines []line, lo layout) []int {
	parts := 1
	if len(text) >= partMin {
		parts = min(runtime.GOMAXPROCS(0), 8)
	}
	bounds := append(make([]int, 0, parts+1), 0)
	for k := 1; k < parts; k++ {
		i := max(bounds[len(bounds)-1]+1, len(lines)*k/parts)
		for i+1 < len(lines) && !(separates(lines[i].kind) && !lines[i+1].grid && startsAfresh(text, &lines[i+1], lo)) {
			i++
		}
		if i+1 >= len(lines) {
			break
		}
		bounds = append(bounds, i)
	}
	return append(bounds, len(lines))
}

// separates reports whether a line of kind k ends the block before it.
func separates(k lineKind) bool {
	switch k {
	case lineBlank, lineRule, linePageBrk, linePageNum:
		return true
	}
	return false
}

// startsAfresh reports whether ln, after a line that separates, starts a
// text block whatever came before: it opens with a label or a bullet and
// is neither a table row, a cell nor a footnote body. Such a line is never
// joined to a block before it.
func startsAfresh(text string, ln *line, lo layout) bool {
	if ln.kind != lineText || ln.lead == leadNone || ln.cell {
		return false
	}
	s := text[ln.cs:ln.ce]
	if ln.tabRow || isRowText(s) {
		return false
	}
	if _, ok := footnoteLead(s, lo.fnMarkers); ok {
		return false
	}
	lead, _, _ := lexLead(s)
	return lead != leadNone
}

// blockReader groups the lines of one part of a text into blocks, one
// line at a time.
type blockReader struct {
	text  string
	lines []line
	lo    layout
	alloc blockAlloc

	blocks   []*block
	pageNums []int

	cur      *block // the block the next line may continue
	lastMain *block // the last text block, for joins across page breaks
	lastFn   *block // the last footnote body since lastMain
	flatRow  *block // the row being read of a table flattened one cell per line
	sep      bool   // a blank line or page break since the last text line

	gridPieces []gridPiece // scratch for readGridLine
}

// read reads line i.
func (r *blockReader) read(i int) {
	ln := &r.lines[i]
	if ln.brk {
		// The form feed before the line's content: a page break.
		r.cur, r.sep = nil, true
	}
	switch ln.kind {
	case lineBlank, lineRule, linePageBrk:
		r.cur, r.sep = nil, true
		return
	case linePageNum:
		r.pageNums = append(r.pageNums, i)
		r.cur, r.sep = nil, true
		return
	case lineTableSep:
		if r.cur != nil && r.cur.kind == blockRow {
			r.cur.sepAfter = true
		} else if len(r.blocks) > 0 && r.blocks[len(r.blocks)-1].kind == blockRow {
			r.blocks[len(r.blocks)-1].sepAfter = true
		}
		r.cur = nil
		return
	}
	if ln.grid {
		r.readGridLine(i)
		return
	}
	s := r.text[ln.cs:ln.ce]
	if (ln.tabRow || isRowText(s)) && ln.md == 0 {
		b := r.alloc.newBlock(block{kind: blockRow, first: i, last: i, blankBefore: r.sep}, seg{ln.cs, ln.ce})
		r.blocks = append(r.blocks, b)
		r.cur, r.sep = b, false
		r.lastMain, r.lastFn = nil, nil
		return
	}
	if lab, ok := footnoteLead(s, r.lo.fnMarkers); ok && ln.md == 0 {
		b := r.alloc.newBlock(block{kind: blockFootnote, first: i, last: i, blankBefore: r.sep, fnLabel: lab}, seg{ln.cs, ln.ce})
		r.blocks = append(r.blocks, b)
		r.cur, r.lastFn, r.sep = b, b, false
		return
	}
	if ln.cell && ln.md == 0 && !ln.tabRow && !isRowText(s) {
		// A cell of a table flattened one cell per line: an index
		// ("1", "a)") starts a row, the cells after it go into it;
		// cells before the first index go on with the header.
		sg := seg{ln.cs, ln.ce}
		switch {
		case isRowIndex(s):
			b := r.alloc.newBlock(block{kind: blockRow, first: i, last: i, blankBefore: r.sep}, sg)
			r.blocks = append(r.blocks, b)
			r.flatRow = b
		case r.flatRow != nil:
			r.flatRow.segs = append(r.flatRow.segs, sg)
			r.flatRow.last = i
		case len(r.blocks) > 0 && r.blocks[len(r.blocks)-1].kind == blockRow:
			h := r.blocks[len(r.blocks)-1]
			h.segs = append(h.segs, sg)
			h.last = i
		default:
			r.blocks = append(r.blocks, r.alloc.newBlock(block{kind: blockText, first: i, last: i, blankBefore: r.sep, hardEnd: true}, sg))
		}
		r.cur, r.lastMain, r.lastFn, r.sep = nil, nil, nil, false
		return
	}
	r.flatRow = nil
	lead, bullet, lab := ln.lead, "", label{}
	if lead != leadNone {
		lead, bullet, lab = lexLead(s)
	}
	// After a footnote body that is complete, a line that continues a
	// sentence continues the paragraph the footnotes interrupted, even
	// with no blank line between.
	if r.cur != nil && r.cur.kind == blockFootnote && !r.sep && lead == leadNone && ln.md == 0 &&
		r.lastMain != nil && footnoteComplete(r.cur.lastText(r.text)) && joinsAcross(r.text, r.lastMain, s) &&
		!(r.lo.wrapped && isFull(&r.lines[r.cur.last], r.cur.lastText(r.text), s, r.lo)) {
		r.lastMain.segs = append(r.lastMain.segs, seg{ln.cs, ln.ce})
		r.lastMain.last, r.lastMain.hardEnd = i, ln.hardBreak
		r.lastMain.joins = append(r.lastMain.joins, ln.cs)
		r.cur, r.lastFn = r.lastMain, nil
		return
	}
	if r.cur != nil && !r.sep && continues(r.text, r.lines, r.cur, i, s, lead, bullet, &lab, r.lo) {
		r.cur.segs = append(r.cur.segs, seg{ln.cs, ln.ce})
		r.cur.last = i
		r.cur.hardEnd = ln.hardBreak
		return
	}
	if r.sep && lead == leadNone && ln.md == 0 {
		if r.lastMain != nil && joinsAcross(r.text, r.lastMain, s) {
			r.lastMain.segs = append(r.lastMain.segs, seg{ln.cs, ln.ce})
			r.lastMain.last, r.lastMain.hardEnd = i, ln.hardBreak
			r.lastMain.joins = append(r.lastMain.joins, ln.cs)
			r.cur, r.sep = r.lastMain, false
			return
		}
		if r.lastFn != nil && startsContinuation(s) && !endsClause(r.lastFn.lastText(r.text)) {
			r.lastFn.segs = append(r.lastFn.segs, seg{ln.cs, ln.ce})
			r.lastFn.last = i
			r.cur, r.sep = r.lastFn, false
			return
		}
	}
	b := r.alloc.newBlock(block{kind: blockText, first: i, last: i, blankBefore: r.sep || r.lastFn != nil,
		md: ln.md, lead: lead, bullet: bullet, lab: r.alloc.label(lead, lab), hardEnd: ln.hardBreak}, seg{ln.cs, ln.ce})
	r.blocks = append(r.blocks, b)
	r.cur, r.lastMain, r.lastFn, r.sep = b, b, nil, false
}

// blockAlloc hands out blocks, and their first segment, from chunks: one
// allocation per chunk instead of two per block.
type blockAlloc struct {
	blocks slab[block]
	segs   []seg
	labels slab[label]
}

// label returns a new copy of lab for a block that leads with it, and nil
// for a block with another lead: most blocks have no label.
func (a *blockAlloc) label(lead leadKind, lab label) *label {
	if lead != leadLabel {
		return nil
	}
	l := a.labels.next()
	*l = lab
	return l
}

// newBlock returns a new block holding v, with the one segment sg.
func (a *blockAlloc) newBlock(v block, sg seg) *block {
	b := a.blocks.next()
	*b = v
	if len(a.segs) == 0 {
		a.segs = make([]seg, a.blocks.size)
	}
	// A capacity of one: a second segment moves the block's segments to
	// an array of their own.
	b.segs = a.segs[:1:1]
	b.segs[0] = sg
	a.segs = a.segs[1:]
	return b
}

// footnoteComplete reports whether the last line of a footnote body ends
// it: a sentence end, a semicolon, or an ellipsis (",..." closes the lists
// footnotes often are).
func footnoteComplete(last string) bool {
	t := strings.TrimRight(last, " *_")
	return endsSentence(t) || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") || strings.HasSuffix(t, ";")
}

// lexLead reads what starts a text line: a bullet, a section label, or
// nothing. A point label behind a stray dash ("- a) ...") or behind a
// stray number ("6 b) ...", as OCR leaves them) is read as the label,
// with the bullet kept in case the label does not fit the numbering; a
// repeated label ("a) a) ...") is read once.
func lexLead(s string) (leadKind, string, label) {
	if m, k := bulletMarker(s); m != "" {
		if lab, ok := lexLabel(s[k:]); ok && isPointStyle(lab.style) {
			lab = skipRepeat(s, k, lab)
			lab.size += k
			lab.raw = s[:k] + lab.raw
			return leadLabel, m, lab
		}
		return leadBullet, m, label{}
	}
	if lab, ok := lexLabel(s); ok {
		return leadLabel, "", skipRepeat(s, 0, lab)
	}
	// "'b) ...": a speck that OCR read as a quote or a backtick before a
	// point.
	if len(s) > 1 && (s[0] == '\'' || s[0] == '`') {
		if lab, ok := lexLabel(s[1:]); ok && isPointStyle(lab.style) {
			lab = skipRepeat(s, 1, lab)
			lab.size++
			lab.raw = s[:1] + lab.raw
			return leadLabel, "", lab
		}
	}
	// "6 b) ...": a stray number of one or two digits before a point.
	k := 0
	for k < len(s) && k < 2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k > 0 && k < len(s) && s[k] == ' ' {
		if lab, ok := lexLabel(s[k+1:]); ok && lab.style == styleLowerAlpha {
			lab = skipRepeat(s, k+1, lab)
			lab.size += k + 1
			lab.raw = s[:k+1] + lab.raw
			return leadLabel, "", lab
		}
	}
	return leadNone, "", label{}
}

// isPointStyle reports whether st numbers points: "a)", "1)", "(1)".
func isPointStyle(st style) bool {
	return st == styleLowerAlpha || st == styleArabicParen || st == styleParen
}

// skipRepeat extends a label at s[at:] over a second copy of itself.
func skipRepeat(s string, at int, lab label) label {
	rest := s[at+lab.size:]
	if again, ok := lexLabel(rest); ok && again.style == lab.style && again.text == lab.text {
		lab.size += again.size
	}
	return lab
}

// startsContinuation reports whether s starts like the rest of a sentence:
// with a lower-case letter or with punctuation that cannot open one.
func startsContinuation(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "*_ "))
	if isLowerLetter(r) {
		return true
	}
	switch r {
	case ',', ';', ')', '.', '…', '%':
		return true
	}
	return false
}

// continues reports whether line ln, which follows cur's last line with no
// blank line between, continues cur's paragraph; lab is the label ln
// leads with, if lead is leadLabel.
func continues(text string, lines []line, cur *block, i int, s string, lead leadKind, bullet string, lab *label, lo layout) bool {
	ln := &lines[i]
	if cur.kind == blockRow || ln.md > 0 || cur.md > 0 {
		return false
	}
	if cur.hardEnd && !lo.blankSep && !startsContinuation(s) {
		// A Markdown line break ends the line, unless the next one goes
		// on with a sentence; where blank lines set the paragraphs apart,
		// it is only what an extraction left.
		return false
	}
	prev := &lines[cur.last]
	prevText := text[prev.cs:prev.ce]
	if labelAlone(cur, prevText) && lead == leadNone && takesNextLine(cur.lab, s) {
		return true
	}
	if lead == leadNone && capitalsGoOn(cur, prevText, s) {
		return true
	}
	if cur.kind == blockFootnote && cur.first == cur.last && !hasLetter(prevText) {
		// "[3]" alone on its line: the body follows on the next.
		return true
	}
	if lo.indented && ln.indent >= lo.margin+2 && ln.indent+2 > lines[cur.first].indent && !startsContinuation(s) {
		// Paragraphs and items start indented, where the block did; the
		// lines that go on with them are back at the margin.
		return false
	}
	switch lead {
	case leadBullet:
		return bullet == "-" && continuesDash(prev, prevText, s, lo)
	case leadLabel:
		return labelInSentence(text, cur, prevText, s, lab)
	}
	if cur.kind == blockFootnote {
		return startsContinuation(s) || (lo.wrapped && isFull(prev, prevText, s, lo) && !endsSentence(prevText))
	}
	if startsContinuation(s) || continuesEnumeration(text, cur, s) {
		return true
	}
	if upperMismatch(prevText, s) || isClosingStart(s) || isSignedMark(prevText) || isSignedMark(s) {
		return false
	}
	if _, ok := addressLine(cur.firstText(text)); ok && len(cur.segs) == 1 {
		// "Kính gửi: ..." is a line of its own.
		return false
	}
	if lo.blankSep || cutMidPhrase(text, cur, prevText, s) {
		// Paragraphs end at blank lines, or the line stops where no
		// sentence can: the next line goes on with it.
		return !emphasisBreak(prevText, s)
	}
	if !lo.wrapped {
		// One line per paragraph: a line cut where a paragraph of prose
		// stops in the middle of a phrase goes on ("... của chương trình" /
		// "REDD+ và tiếp cận ...").
		return len(cur.segs) == 1 && joinsAcross(text, cur, s)
	}
	if lo.indented {
		// Paragraphs start indented: a line indented past the one before
		// starts one, a line back at the margin after the indented first
		// line goes on with it.
		if ln.indent >= prev.indent+2 {
			return false
		}
		if cur.first == cur.last && ln.indent+2 <= prev.indent {
			return true
		}
		if cur.first != cur.last && ln.indent+2 <= lines[cur.first].indent && ln.indent <= prev.indent+1 && prev.indent <= ln.indent+1 {
			// At the margin of the lines before: a sentence may end
			// inside a paragraph ("... ven biển." / "Tập trung ...").
			return true
		}
	}
	// A short upper-case line followed by a legal basis ("CHÍNH PHỦ" /
	// "Căn cứ ...") is the enacting authority, a line of its own.
	if isUpperWords(s) && runeWidth(s) <= 40 && nextStartsPreamble(text, lines, i) {
		return false
	}
	if emphasisBreak(prevText, s) {
		return false
	}
	if endsClause(prevText) && startsLegalBasis(s) {
		// "... năm 2050;" / "Xét đề nghị ...": each basis is a line of
		// its own.
		return false
	}
	if prev.width*3 >= lo.width*2 && needsObject(prevText) && !endsClause(prevText) {
		// A long line of a wrapped paragraph cut after a verb whose
		// object is the name on the next line: "... Sở Tư pháp tham
		// mưu" / "Ủy ban nhân dân tỉnh trình ...". A heading that ends
		// so is short.
		return true
	}
	return isFull(prev, prevText, s, lo) || joinsAcross(text, cur, s)
}

// objectVerbs are the verbs of assignments that the name of a body
// follows as their object: "tham mưu" / "Ủy ban nhân dân tỉnh", "báo
// cáo" / "Bộ Tài chính".
var objectVerbs = map[string]bool{
	"tham mưu": true, "trình": true, "giao": true, "gửi": true, "đề nghị": true,
	"chỉ đạo": true, "yêu cầu": true, "hướng dẫn": true, "giúp": true, "báo cáo": true,
	"đôn đốc": true, "kiến nghị": true, "đề xuất": true,
}

// needsObject reports whether the line s ends with a verb of objectVerbs.
func needsObject(s string) bool {
	s = strings.TrimRight(s, " ")
	last := lastWord(s)
	if objectVerbs[last] {
		return true
	}
	before := lastWord(strings.TrimRight(s[:len(s)-len(last)], " "))
	return before != "" && objectVerbs[before+" "+last]
}

// labelInSentence reports whether s, which leads with the label lab, is
// the rest of a sentence that a wrap cut before a number: "... đến năm
// 2025 đạt" / "2. tháng 9 năm 2025 ...", "... tại" / "3. tuyến huyện ...".
// The text of a section never starts in lower case, and the line before
// stops in the middle of a phrase. Points ("a)", "(1)") are left alone,
// and so is a list whose sections all start in lower case.
func labelInSentence(text string, cur *block, prevText, s string, lab *label) bool {
	switch lab.style {
	case styleArabic, styleDecimal, styleRoman:
	default:
		return false
	}
	if cur.kind != blockText || lab.punct != '.' || !isLowerLetter(firstRune(s[lab.size:])) {
		return false
	}
	r := lastRune(strings.TrimRight(prevText, " "))
	if !(isLetter(r) || isDigit(r)) || isUpperText(prevText) {
		return false
	}
	if cur.lead == leadLabel && cur.lab != nil && cur.lab.style == lab.style {
		// "1. xây dựng ..." / "2. số hóa ...": a list in lower case.
		first := cur.firstText(text)
		return !isLowerLetter(firstRune(first[min(cur.lab.size, len(first)):]))
	}
	return true
}

// takesNextLine reports whether the line s under the label lab, alone on
// its line, is the label's heading or text: "Phần I" / "MỤC ĐÍCH, YÊU
// CẦU", "Phụ lục 02" / "Danh mục chỉ tiêu", and under a number or letter,
// which PDF extractions and Markdown conversions leave alone on a line
// ("2." / "Sở Tài chính ...", "II." / "Tổ chức thực hiện"), a line that
// starts a sentence.
func takesNextLine(lab *label, s string) bool {
	if runeWidth(s) <= 120 && (isUpperText(s) || lab.style == styleAnnex && annexSubtitle(s)) {
		return true
	}
	return !lab.words && isUpperStart(strings.TrimLeft(s, "*_ "))
}

// annexSubtitle reports whether s, the line under an annex label alone on
// its line, is the annex's title in sentence case: it starts with a
// capital, is no sentence and is not the note of attachment ("Kèm theo
// Kế hoạch số ...").
func annexSubtitle(s string) bool {
	s = strings.TrimLeft(s, "*_ ")
	return isUpperStart(s) && !endsClause(strings.TrimRight(s, "*_ ")) && !strings.HasPrefix(s, "Kèm theo")
}

// capitalsGoOn reports whether s, a short line in capitals, goes on with
// the heading in capitals of the labelled one-line block cur, broken in
// two by a word processor or a wrap: "II. TỔ CHỨC" / "THỰC HIỆN",
// "**II. TỔ CHỨC**" / "**THỰC HIỆN**". A heading that ends with ":" or
// a full stop is whole.
func capitalsGoOn(cur *block, line, s string) bool {
	if cur.lead != leadLabel || cur.lab == nil || cur.first != cur.last || cur.lab.size >= len(line) {
		return false
	}
	head := strings.TrimSpace(trimMarks(line[cur.lab.size:]))
	next := strings.TrimSpace(trimMarks(s))
	return head != "" && hasLetter(next) && runeWidth(next) <= 80 && isUpperText(head) && isUpperText(next) && !endsClause(head)
}

// labelAlone reports whether block cur is one line that holds only its
// label: "Phần I", "Chương II", "II.".
func labelAlone(cur *block, line string) bool {
	return cur.kind == blockText && cur.lead == leadLabel && cur.lab != nil && cur.first == cur.last &&
		strings.TrimSpace(line[min(cur.lab.size, len(line)):]) == ""
}

// upperMismatch reports whether one of two lines is in upper case and the
// other in ordinary case: an upper-case line does not run on into a line
// of ordinary text, nor the other way round; digits and symbols go with
// either.
func upperMismatch(prev, s string) bool {
	return hasLower(s) && isUpperWords(prev) || isUpperWords(s) && hasLower(prev)
}

// emphasisBreak reports whether an emphasis span closes at the end of
// prev and another opens s: two italic or bold paragraphs.
func emphasisBreak(prev, s string) bool {
	return (strings.HasSuffix(prev, "*") || strings.HasSuffix(prev, "_")) && (s[0] == '*' || s[0] == '_')
}

// cutMidPhrase reports whether the block cur, whose last line is last,
// stops where no sentence can end and the next line s goes on with it:
// after a word that needs what follows ("của", "và", "tại"), after a dash
// or a comma, or inside parentheses or emphasis that s closes.
func cutMidPhrase(text string, cur *block, last, s string) bool {
	t := strings.TrimRight(last, " \t")
	r := lastRune(t)
	switch r {
	case ',', '-', '–', '(':
		return true
	}
	w := lastWord(t)
	if isLetter(r) && linkingWords[w] && !((nounEndings[w] || comingTime(t, w)) && isUpperStart(s)) || isEnumerator(w) {
		return true
	}
	if nameHeads[w] && isUpperStart(s) || numberFollows(w, s) {
		// "... Vụ trưởng Vụ" / "Pháp chế", "... tháng 5 năm" / "2026".
		return true
	}
	if isLetter(r) && startsCitation(s) && !isUpperText(t) {
		// "... Kế hoạch thực hiện" / "Chỉ thị số 27/CT-TTg ...".
		return true
	}
	if open, close := strings.LastIndexByte(t, '('), strings.IndexByte(s, ')'); open > strings.LastIndexByte(t, ')') &&
		close >= 0 && !strings.Contains(s[:close], "(") {
		return true
	}
	stars := cur.scan(text).stars
	if cur.bullet == "*" {
		stars-- // the item's marker
	}
	return stars%2 == 1 && strings.Contains(s, "*")
}

// numberFollows reports whether s, which comes after the word w, is the
// number that w needs: a date after a date word ("... tháng 5 năm" /
// "2026", "... trong quý" / "III/2026"), a quantity after a quantity
// word ("... phấn đấu toàn tỉnh có thêm" / "30 xã đạt chuẩn"), unless
// the number is a label: "... có" / "2. Nội dung".
func numberFollows(w, s string) bool {
	if w == "quý" && romanPeriod(s) {
		return true // "trong quý" / "III/2026"
	}
	if !isDigit(firstRune(s)) {
		return false
	}
	if dateWords[w] {
		return true
	}
	if quantityWords[w] {
		_, ok := lexLabel(s)
		return !ok
	}
	return false
}

// romanPeriod reports whether s starts with a Roman numeral of a quarter
// and its year or end: "III/2026", "IV năm 2026", "II.".
func romanPeriod(s string) bool {
	i := 0
	for i < len(s) && i < 3 && (s[i] == 'I' || s[i] == 'V') {
		i++
	}
	if i == 0 {
		return false
	}
	return i == len(s) || strings.IndexByte("/ .,;-", s[i]) >= 0
}

// startsCitation reports whether s opens with a cited document: a
// document type in sentence case and its number, "Chỉ thị số 27/CT-TTg",
// "Nghị quyết 57-NQ/TW".
func startsCitation(s string) bool {
	s = strings.TrimLeft(s, "*_ ")
	for _, w := range typeWords {
		if !strings.HasPrefix(s, w.name) {
			continue
		}
		rest := s[len(w.name):]
		if strings.HasPrefix(rest, " số ") {
			return true
		}
		return len(rest) > 1 && rest[0] == ' ' && isDigit(rune(rest[1]))
	}
	return false
}

// isEnumerator reports whether w is an inline enumerator such as "(ii)",
// "(b)" or "(3)", which the item it opens follows.
func isEnumerator(w string) bool {
	if len(w) < 3 || len(w) > 6 || w[0] != '(' || w[len(w)-1] != ')' {
		return false
	}
	inner := w[1 : len(w)-1]
	return strings.Trim(inner, "ivxl") == "" || strings.Trim(inner, "0123456789") == "" ||
		len(inner) == 1 && inner[0] >= 'a' && inner[0] <= 'z'
}

// nameHeads are the head words of agency names and offices, which the
// rest of the name follows: "Sở", "Vụ", "Cục trưởng".
var nameHeads = map[string]bool{
	"Sở": true, "Bộ": true, "Cục": true, "Vụ": true, "Ban": true, "Viện": true,
	"trưởng": true, "Trưởng": true,
}

// quantityWords are the words a number follows, which no sentence or
// heading ends with: "có thêm" / "30 xã", "đạt" / "95%", "giảm còn" /
// "1,5%".
var quantityWords = map[string]bool{
	"thêm": true, "có": true, "đạt": true, "còn": true, "giảm": true, "tăng": true,
	"trên": true, "dưới": true, "khoảng": true, "hơn": true, "vượt": true, "gần": true,
	"nhất": true, "thiểu": true, "lên": true, "xuống": true,
}

// dateWords are the words of a date that its numbers follow.
var dateWords = map[string]bool{"ngày": true, "tháng": true, "năm": true}

// linkingWords are words a Vietnamese sentence cannot end with:
// prepositions, conjunctions and determiners that need what follows.
var linkingWords = map[string]bool{
	"và": true, "của": true, "với": true, "cho": true, "tại": true, "theo": true,
	"các": true, "những": true, "về": true, "để": true, "trong": true, "từ": true,
	"đến": true, "là": true, "được": true, "bị": true, "thì": true, "mà": true,
	"hoặc": true, "như": true, "số": true, "nhằm": true, "giữa": true, "vào": true,
	"do": true, "bằng": true, "qua": true, "ở": true, "hay": true, "cùng": true,
	"đối": true, "thuộc": true, "gồm": true, "nhưng": true, "mọi": true, "tới": true,
}

// nounEndings are the linking words that also end common nouns: "chuyển
// đổi số", "kinh tế số", "thiết bị", "chuẩn bị". After them a capital
// starts a new sentence or heading ("1. Công tác chuẩn bị" / "Để ...");
// a digit or a lower-case word goes on ("Nghị quyết số" / "12/NQ-CP").
var nounEndings = map[string]bool{"số": true, "bị": true}

// comingTime reports whether t, which ends with the word w, ends with
// "tới" after a word of time, naming the period to come: "Nhiệm vụ thời
// gian tới", "năm tới", "sắp tới". After it a capital starts a new
// sentence, as after nounEndings; "gửi báo cáo tới" / "Sở Tài chính"
// goes on.
func comingTime(t, w string) bool {
	if w != "tới" {
		return false
	}
	switch lastWord(strings.TrimRight(t[:len(t)-len(w)], " ")) {
	case "gian", "năm", "tháng", "tuần", "quý", "kỳ", "sắp", "đoạn":
		return true
	}
	return false
}

// continuesDash reports whether a line that starts with a dash continues
// the line before it, cut by wrapping inside a phrase: "kinh tế" / "- xã
// hội", a range "2021" / "- 2025", or two names joined by a dash after a
// full line, "khu A" / "- Khu B".
func continuesDash(prev *line, prevText, s string, lo layout) bool {
	if endsClause(prevText) {
		return false
	}
	_, k := bulletMarker(s)
	after := s[k:]
	if startsContinuation(after) {
		return true
	}
	if !lo.wrapped || !isFull(prev, prevText, after, lo) {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(s, "\\"), "—") {
		return true // an em dash is punctuation, not a bullet, after a cut line
	}
	last := lastWord(prevText)
	r := firstRune(last)
	next := firstRune(after)
	return isDigit(r) && isDigit(next) || isName(last) && isUpperLetter(next)
}

// isName reports whether w is a capitalised word, as names are written:
// "Bình", "Khu", or a single capital "B"; not an acronym such as "REDD+".
func isName(w string) bool {
	w = strings.Trim(w, "“”\"'()[]*_,")
	r, size := utf8.DecodeRuneInString(w)
	if !isUpperLetter(r) {
		return false
	}
	for _, c := range w[size:] {
		if !isLowerLetter(c) {
			return false
		}
	}
	return true
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " *_")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// nextStartsPreamble reports whether the line after line i opens a legal
// basis ("Căn cứ", "Xét", "Theo đề nghị") or an enacting formula.
func nextStartsPreamble(text string, lines []line, i int) bool {
	for k := i + 1; k < len(lines); k++ {
		if lines[k].kind == lineBlank {
			continue
		}
		s := strings.TrimLeft(text[lines[k].cs:lines[k].ce], "*_ ")
		return startsLegalBasis(s) || strings.HasPrefix(s, "Xét") || isEnacting(s)
	}
	return false
}

// startsLegalBasis reports whether s opens the legal basis of a legal
// document: "Căn cứ", "Xét", "Theo đề nghị".
func startsLegalBasis(s string) bool {
	s = strings.TrimLeft(s, "*_ ")
	return strings.HasPrefix(s, "Căn cứ") || strings.HasPrefix(s, "Xét ") || strings.HasPrefix(s, "Theo đề nghị")
}

// continuesEnumeration reports whether s starts with an inline
// enumerator, "(ii)" or "(b)", of a run that the block already started
// with "(i)" or "(a)".
func continuesEnumeration(text string, cur *block, s string) bool {
	if len(s) < 3 || s[0] != '(' {
		return false
	}
	k := strings.IndexByte(s, ')')
	if k < 2 || k > 6 {
		return false
	}
	inner := s[1:k]
	roman := strings.Trim(inner, "ivxl") == ""
	letter := len(inner) == 1 && inner[0] >= 'a' && inner[0] <= 'z'
	if !roman && !letter {
		return false
	}
	st := cur.scan(text)
	if roman {
		return st.firstRoman
	}
	return st.firstAlpha
}

// isFull reports whether the line prev was cut by wrapping: the first word
// of the next line s would not have fitted on it.
func isFull(prev *line, prevText, s string, lo layout) bool {
	w := strings.IndexByte(s, ' ')
	if w < 0 {
		w = len(s)
	}
	slack := 2
	if endsClause(prevText) {
		slack = 0
	}
	return prev.width+1+runeCount(s[:w]) > lo.width-slack
}

// joinsAcross reports whether the text line s, after a blank line, page
// break or footnote bodies, continues the paragraph a that was cut there.
func joinsAcross(text string, a *block, s string) bool {
	if a.kind != blockText || a.md > 0 || a.hardEnd || isClosingStart(s) {
		return false
	}
	last := a.lastText(text)
	if startsContinuation(s) {
		return !endsSentence(last) && !isUpperText(last)
	}
	r := lastRune(last)
	if isLetter(r) && numberFollows(lastWord(last), s) {
		// "... bảo đảm đến năm" / "2025 đạt ...", a page break between.
		return true
	}
	// An upper-case start continues only a paragraph of prose that stops
	// in the middle of a phrase: "... khu công nghiệp giai đoạn" / "IV, đợt 1".
	if !(isLetter(r) || isDigit(r)) || isUpperText(s) || isUpperText(last) {
		return false
	}
	st := a.scan(text)
	if endsWithName(last) && assigns(text, a) {
		// A name cut by the page: "… phối hợp với các Đài Khí tượng" /
		// "Thủy văn khu vực …". A heading assigns no one.
		return true
	}
	switch a.lead {
	case leadBullet:
		return st.runes >= 60
	case leadLabel:
		return st.runes >= 120
	}
	return st.runes >= 120 && st.stops
}

// endsWithName reports whether s ends with a name: its last word, or the
// word before a last syllable in lower case, is capitalised ("… Sở Tài",
// "… Đài Khí tượng").
func endsWithName(s string) bool {
	w := lastWord(s)
	if isName(w) {
		return true
	}
	before := strings.TrimRight(s[:len(s)-len(w)], " ")
	return before != "" && isName(lastWord(before))
}

// assigns reports whether the lines of block a name a lead or a partner
// ("chủ trì", "phối hợp"): the block is a sentence that assigns work, not
// a heading.
func assigns(text string, a *block) bool {
	for _, sg := range a.segs {
		if l := text[sg.start:sg.end]; strings.Contains(l, "chủ trì") || strings.Contains(l, "phối hợp") {
			return true
		}
	}
	return false
}

// isClosingStart reports whether s starts the closing part of a document:
// recipients, the archive note or a signature authority.
func isClosingStart(s string) bool {
	s = strings.TrimLeft(s, "*_| ")
	if recipientsWordLen(s) > 0 {
		return true
	}
	for _, p := range []string{"TM.", "T/M.", "KT.", "K/T.", "TL.", "T/L.", "TUQ.", "Q. ", "Lưu:", "- Lưu"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// footnoteLead reports whether s starts a footnote body: superscript
// digits ("¹ Như: ..."), "[1] ...", "^1 ...", "[^1]: ...", or plain
// digits that match a marker fused to a word elsewhere ("3 Nghị định ...").
// It returns the footnote label.
func footnoteLead(s string, fused map[string]bool) (string, bool) {
	s = strings.TrimLeft(s, "*_")
	if s == "" {
		return "", false
	}
	// Superscript digits.
	n, k := 0, 0
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		d, ok := superscriptDigit(r)
		if !ok {
			break
		}
		n = n*10 + d
		k += size
	}
	if k > 0 {
		if k < len(s) && (s[k] == ' ' || s[k] == '\t' || isUpperStart(s[k:])) {
			return itoa(n), true
		}
		return "", false
	}
	switch {
	case strings.HasPrefix(s, "[^"):
		if lab, rest, ok := digitsThen(s[2:], "]"); ok && strings.HasPrefix(rest, ":") {
			return lab, true
		}
	case s[0] == '[':
		if lab, rest, ok := digitsThen(s[1:], "]"); ok && (rest == "" || rest[0] == ' ' || isUpperStart(rest)) {
			return lab, true
		}
	case s[0] == '^':
		if lab, rest, ok := digitsThen(s[1:], ""); ok && (rest == "" || rest[0] == ' ') {
			return lab, true
		}
	case s[0] >= '0' && s[0] <= '9' && len(fused) > 0:
		if lab, rest, ok := digitsThen(s, ""); ok && fused[lab] && strings.HasPrefix(rest, " ") && isUpperStart(rest[1:]) {
			return lab, true
		}
	}
	return "", false
}

// digitsThen reads up to three digits at the start of s followed by the
// string after, and returns them and the rest after that string.
func digitsThen(s, after string) (string, string, bool) {
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || (k < len(s) && s[k] >= '0' && s[k] <= '9') || !strings.HasPrefix(s[k:], after) {
		return "", "", false
	}
	return strings.TrimLeft(s[:k], "0") + zeroIfEmpty(s[:k]), s[k+len(after):], true
}

func zeroIfEmpty(s string) string {
	if strings.Trim(s, "0") == "" {
		return "0"
	}
	return ""
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isUpperLetter(r)
}

// itoa formats a small non-negative integer.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
