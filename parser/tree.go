package parser

import (
	"fmt"
	"strings"

	"github.com/vnplan/vnplan/model"
)

// frame is an open section on the numbering stack.
type frame struct {
	node    *model.Node
	lab     label
	bullets []bulletFrame // open items under this section
	counts  counters
}

// bulletFrame is an open item on a section's bullet stack.
type bulletFrame struct {
	marker string
	node   *model.Node
	counts counters
}

// counters numbers the children of one container for their ids.
type counters struct{ p, i, t int }

// nodeInfo is what the tree keeps about a node while parsing.
type nodeInfo struct {
	text    mapped // the node's own text (heading + text), mapped to the source
	heading bool   // the text is a heading
	blk     *block // the block the node came from
	table   *table // for table nodes
	cells   []mapped
	parent  *model.Node
	start   int // source offset where the node starts
	end     int // source offset where its own content ends
	inAnnex bool
	index   int // position in the pre-order list of nodes, for annotation
}

// table is a table being built.
type table struct {
	node     *model.Node
	markdown bool // rows start with "|"
	header   []string
	roles    []int
	rows     int
	cols     int
}

// tree builds the body of a document from its blocks.
type tree struct {
	p        *parser
	root     []*model.Node
	rootCnt  counters
	stack    []frame
	rootBul  []bulletFrame // items with no section above them
	table    *table        // the table rows are being added to
	lastText *model.Node   // the last paragraph, item or section made from a text block
	ids      map[string]int
	annex    bool        // inside an annex
	last     map[int]int // the last value placed of each sequence (seqKey)
}

func newTree(p *parser) *tree {
	return &tree{p: p, ids: make(map[string]int), last: make(map[int]int)}
}

// reset closes every open section: a new attached document starts.
func (t *tree) reset() {
	t.stack = t.stack[:0]
	t.rootBul = nil
	t.table = nil
	t.lastText = nil
	t.annex = false
	clear(t.last)
}

// container returns the node new children go under, or nil for the root,
// with its counters and bullet stack.
func (t *tree) container() (*model.Node, *counters, *[]bulletFrame) {
	if len(t.stack) == 0 {
		return nil, &t.rootCnt, &t.rootBul
	}
	f := &t.stack[len(t.stack)-1]
	return f.node, &f.counts, &f.bullets
}

// attach adds n under parent (nil for the root) and sets its depth.
func (t *tree) attach(parent, n *model.Node) {
	if parent == nil {
		n.Depth = 1
		t.root = append(t.root, n)
		if k := t.p.pendingAtt; k > 0 {
			t.p.doc.Meta.Attachments[k-1].First = n.ID
			t.p.pendingAtt = 0
		}
	} else {
		n.Depth = parent.Depth + 1
		parent.Children = append(parent.Children, n)
	}
	t.p.info[n].parent = parent
}

// uniqueID returns id, or id with a suffix if it is taken.
func (t *tree) uniqueID(id string) string {
	n := t.ids[id]
	t.ids[id] = n + 1
	if n == 0 {
		return id
	}
	alt := fmt.Sprintf("%s~%d", id, n+1)
	for t.ids[alt] > 0 {
		n++
		alt = fmt.Sprintf("%s~%d", id, n+1)
	}
	t.ids[alt] = 1
	return alt
}

// childID returns the id of a child of parent with the given suffix
// ("p3", "i2", "t1").
func childID(parent *model.Node, suffix string) string {
	if parent == nil {
		return suffix
	}
	return parent.ID + "/" + suffix
}

// addSection places a labelled block on the numbering stack and returns
// its node, or false when the label does not fit the sequence.
func (t *tree) addSection(b *block) bool {
	lab, at, diag, ok := t.place(b.lab)
	if !ok {
		return false
	}
	if at < len(t.stack) {
		t.stack = t.stack[:at]
	}
	if len(t.stack) >= t.p.cfg.maxDepth {
		t.p.diag(model.SeverityWarning, "depth-limit", fmt.Sprintf("section %q is nested deeper than %d levels and is placed at the deepest level", lab.text, t.p.cfg.maxDepth), b.start(), b.end())
		t.stack = t.stack[:t.p.cfg.maxDepth-1]
	}
	if diag != "" {
		t.p.diag(model.SeverityInfo, diag, diagMessage(diag, lab), b.start(), b.start()+len(b.lab.raw))
	}
	t.table = nil
	parent, _, _ := t.container()
	n := t.p.newNode(model.Node{Kind: model.KindSection, Label: lab.text, Numbering: lab.style.numbering()})
	id := lab.text
	if parent != nil {
		id = parent.ID + "." + idPart(t.p.info[parent], parent, lab)
	}
	n.ID = t.uniqueID(id)
	info := t.p.newInfo(n, b)
	info.text = t.p.blockText(b, b.lab.size)
	info.inAnnex = t.annex || lab.style == styleAnnex
	t.attach(parent, n)
	t.stack = append(t.stack, frame{node: n, lab: lab})
	t.last[seqKey(lab)] = lab.value
	t.lastText = n
	setSectionText(n, info, b)
	return true
}

// setSectionText decides whether the text after a section's label is a
// heading or the body of a numbered paragraph.
func setSectionText(n *model.Node, info *nodeInfo, b *block) {
	s := info.text.s
	switch {
	case s == "":
	case b.md > 0, isUpperText(s), strings.HasSuffix(s, ":"):
		info.heading = true
	case !endsClause(s) && runeWidth(s) <= 300:
		info.heading = true
	}
	if info.heading {
		n.Heading = s
	} else {
		n.Text = s
	}
}

// idPart returns the part a section adds to its parent's id: its label,
// or for a decimal label that repeats its parent's number ("2.1" under
// "2.") only the last number, so that the id reads "B.II.2.1".
func idPart(pinfo *nodeInfo, parent *model.Node, lab label) string {
	if lab.style != styleDecimal || parent == nil || parent.Kind != model.KindSection {
		return lab.text
	}
	if k := strings.LastIndexByte(lab.text, '.'); k > 0 && lab.text[:k] == parent.Label {
		return lab.text[k+1:]
	}
	return lab.text
}

func diagMessage(code string, lab label) string {
	switch code {
	case "numbering-gap":
		return fmt.Sprintf("label %q skips a number in its sequence", lab.text)
	case "label-ocr-fixed":
		return fmt.Sprintf("label %q was read as %q, the number its sequence expects", lab.raw, lab.text)
	case "label-case-fixed":
		return fmt.Sprintf("label %q was read as the point %q", lab.raw, lab.text)
	case "numbering-restart":
		return fmt.Sprintf("label %q restarts its sequence", lab.text)
	}
	return fmt.Sprintf("label %q", lab.text)
}

// place finds where label l goes on the numbering stack: the stack is cut
// to at entries and the new section pushed. It tries the label's readings
// in order and returns the one that fits, with a diagnostic code when the
// fit needed a guess.
func (t *tree) place(l label) (label, int, string, bool) {
	cands := []label{l}
	if l.alt != styleNone {
		a := l
		a.style, a.value = l.alt, l.altValue
		cands = append(cands, a)
	}
	// A successor of an open level, deepest first.
	for _, c := range cands {
		if at, ok := t.successor(c); ok {
			return c, at, caseDiag(c), true
		}
	}
	// The start of a new level under the innermost section.
	for _, c := range cands {
		if at, ok := t.startsLevel(c); ok {
			at = t.outerCut(c, at)
			diag := caseDiag(c)
			if at > 0 && sameKind(t.stack[at-1].lab, c) {
				// "1." right under "1.": the sequence restarts.
				at--
				diag = "numbering-restart"
			}
			return c, at, diag, true
		}
	}
	// A misread digit in an OCR copy: "Z." where 7 is due.
	if d, ok := ocrDigits[l.text]; ok && (l.style == styleUpperAlpha || l.style == styleRoman || l.style == styleLowerAlpha) {
		c := l
		c.style, c.value, c.text, c.ocrFixed = styleArabic, d, itoa(d), true
		c.parts[0], c.nparts = d, 1
		if at, ok := t.successor(c); ok {
			return c, at, "label-ocr-fixed", true
		}
	}
	// A sequence that runs on across its parents, as articles run on
	// across chapters: the next value after the last one closed.
	for _, c := range cands {
		if last, ok := t.last[seqKey(c)]; ok && c.value == last+1 && !t.isOpen(c) {
			return c, len(t.stack), caseDiag(c), true
		}
	}
	// A gap: a later value of an open level.
	for _, c := range cands {
		for i := len(t.stack) - 1; i >= 0; i-- {
			f := t.stack[i].lab
			if sameKind(f, c) && prefixMatches(f, c) && c.value > f.value && c.value <= f.value+3 && !c.caseFixed {
				return c, i, "numbering-gap", true
			}
		}
	}
	// The first label of a document, or of an attached one, that starts
	// in the middle of its numbering ("II." with no "I." before it), or a
	// sequence never seen before that starts past its first value in an
	// excerpt.
	if !l.caseFixed && l.value <= 20 && !t.isOpen(l) {
		if _, seen := t.last[seqKey(l)]; !seen && (len(t.stack) == 0 || l.style != styleDecimal) {
			return l, t.outerCut(l, len(t.stack)), "numbering-gap", true
		}
	}
	return l, 0, "", false
}

// rank orders the numbering styles from the outside in, as domain
// documents nest them: Phần > Chương > Mục > A. > I. > Điều > 1. > 1.1 >
// a) > 1) > (1).
func rank(st style) int {
	switch st {
	case styleAnnex:
		return 0
	case stylePart:
		return 1
	case styleChapter:
		return 2
	case styleMuc:
		return 3
	case styleUpperAlpha:
		return 4
	case styleRoman:
		return 5
	case styleArticle:
		return 6
	case styleArabic:
		return 7
	case styleDecimal:
		return 8
	case styleLowerAlpha:
		return 9
	case styleArabicParen:
		return 10
	case styleParen:
		return 11
	}
	return 12
}

// outerCut lowers a stack cut so that a new level does not go under a
// section whose style is nested deeper than its own ("I." after
// "Điều 2." closes the article instead of going inside it).
func (t *tree) outerCut(l label, at int) int {
	for at > 0 {
		f := t.stack[at-1].lab
		if sameKind(f, l) || rank(f.style) < rank(l.style) {
			break
		}
		if f.style == styleDecimal && l.style == styleDecimal && f.nparts < l.nparts {
			break
		}
		at--
	}
	return at
}

// seqKey names the sequence a label belongs to, for t.last.
func seqKey(l label) int {
	if l.style == styleDecimal {
		return int(l.style)<<8 | l.nparts
	}
	return int(l.style) << 8
}

// isOpen reports whether a level of l's kind is on the stack.
func (t *tree) isOpen(l label) bool {
	for _, f := range t.stack {
		if sameKind(f.lab, l) {
			return true
		}
	}
	return false
}

func caseDiag(l label) string {
	if l.caseFixed {
		return "label-case-fixed"
	}
	return ""
}

// sameKind reports whether two labels belong to the same sequence kind.
func sameKind(a, b label) bool {
	if a.style != b.style {
		return false
	}
	if a.style == styleDecimal {
		return a.nparts == b.nparts
	}
	return true
}

// prefixMatches reports whether two decimal labels share all parts but
// the last.
func prefixMatches(a, b label) bool {
	if a.style != styleDecimal {
		return true
	}
	for k := 0; k < a.nparts-1; k++ {
		if a.parts[k] != b.parts[k] {
			return false
		}
	}
	return true
}

// successor returns the stack index of the open level that l continues.
func (t *tree) successor(l label) (int, bool) {
	for i := len(t.stack) - 1; i >= 0; i-- {
		f := t.stack[i].lab
		if !sameKind(f, l) || !prefixMatches(f, l) {
			continue
		}
		if l.style == styleLowerAlpha || l.style == styleUpperAlpha {
			if nextLetter(f.letter, l.letter) {
				return i, true
			}
			continue
		}
		if l.value == f.value+1 {
			return i, true
		}
	}
	return 0, false
}

// startsLevel reports whether l can open a new level: it is the first of
// its sequence ("A", "I", "1", "a", or "2.1" under "2."). It returns the
// stack length to cut to before pushing: the innermost section, or the
// parent a decimal label names.
func (t *tree) startsLevel(l label) (int, bool) {
	switch l.style {
	case styleDecimal:
		if l.value != 1 {
			return 0, false
		}
		// "2.1" goes under an open "2." or "2.x"-level section.
		for i := len(t.stack) - 1; i >= 0; i-- {
			f := t.stack[i].lab
			if f.style == styleArabic && l.nparts == 2 && f.value == l.parts[0] {
				return i + 1, true
			}
			if f.style == styleDecimal && f.nparts == l.nparts-1 {
				match := true
				for k := 0; k < f.nparts; k++ {
					if f.parts[k] != l.parts[k] {
						match = false
					}
				}
				if match {
					return i + 1, true
				}
			}
		}
		// No parent with that number: accept only a plain first "1.1".
		for k := 0; k < l.nparts; k++ {
			if l.parts[k] != 1 {
				return 0, false
			}
		}
		return len(t.stack), true
	case styleLowerAlpha, styleUpperAlpha:
		return len(t.stack), l.letter == 'a'
	case styleAnnex:
		return len(t.stack), true
	}
	return len(t.stack), l.value == 1
}

// bulletParent returns the node a new item with marker m goes under and
// updates the bullet stack.
func (t *tree) addItem(b *block) {
	t.table = nil
	sec, cnt, bullets := t.container()
	m := b.bullet
	// Pop to the level that has this marker, if one is open.
	for k := len(*bullets) - 1; k >= 0; k-- {
		if (*bullets)[k].marker == m {
			*bullets = (*bullets)[:k]
			break
		}
	}
	parent := sec
	c := cnt
	if k := len(*bullets); k > 0 {
		parent = (*bullets)[k-1].node
		c = &(*bullets)[k-1].counts
	}
	c.i++
	n := t.p.newNode(model.Node{Kind: model.KindItem, Numbering: m})
	n.ID = t.uniqueID(childID(parent, "i"+itoa(c.i)))
	info := t.p.newInfo(n, b)
	_, k := bulletMarker(b.firstText(t.p.str))
	info.text = t.p.blockText(b, k)
	n.Text = info.text.s
	info.inAnnex = t.annex
	t.attach(parent, n)
	*bullets = append(*bullets, bulletFrame{marker: m, node: n})
	t.lastText = n
}

// addParagraph adds an unnumbered paragraph under the innermost section.
func (t *tree) addParagraph(b *block, top bool) {
	t.table = nil
	if top {
		t.stack = t.stack[:0]
	}
	sec, cnt, bullets := t.container()
	*bullets = (*bullets)[:0]
	cnt.p++
	n := t.p.newNode(model.Node{Kind: model.KindParagraph})
	n.ID = t.uniqueID(childID(sec, "p"+itoa(cnt.p)))
	info := t.p.newInfo(n, b)
	info.text = t.p.blockText(b, 0)
	n.Text = info.text.s
	info.inAnnex = t.annex
	t.attach(sec, n)
	t.lastText = n
}

// appendText adds a block to the text of the last node made from text,
// for a line that only looked like the start of something new.
func (t *tree) appendText(b *block) bool {
	n := t.lastText
	if n == nil {
		return false
	}
	info := t.p.info[n]
	if info.blk == nil {
		return false
	}
	info.blk.segs = append(info.blk.segs, b.segs...)
	info.blk.last = b.last
	skip := 0
	switch n.Kind {
	case model.KindSection:
		skip = info.blk.lab.size
	case model.KindItem:
		_, skip = bulletMarker(info.blk.firstText(t.p.str))
	}
	info.text = t.p.blockText(info.blk, skip)
	info.end = info.blk.end()
	if n.Kind == model.KindSection {
		n.Heading, n.Text = "", ""
		info.heading = false
		setSectionText(n, info, info.blk)
	} else {
		n.Text = info.text.s
	}
	return true
}

// addRow adds a table row, starting a table when needed.
func (t *tree) addRow(b *block) {
	md := strings.HasPrefix(b.firstText(t.p.str), "|")
	if t.table != nil {
		md = t.table.markdown
	}
	cells := t.p.rowCells(b, md)
	if t.table == nil || (b.blankBefore && len(cells) != t.table.cols) {
		md = strings.HasPrefix(b.firstText(t.p.str), "|")
		t.startTable(b, t.p.rowCells(b, md), md)
		return
	}
	t.addRowCells(b, cells)
}

// startTable starts a table whose first row is b; md says whether it is a
// Markdown table.
func (t *tree) startTable(b *block, cells []mapped, md bool) {
	sec, cnt, bullets := t.container()
	*bullets = (*bullets)[:0]
	cnt.t++
	n := t.p.newNode(model.Node{Kind: model.KindTable})
	n.ID = t.uniqueID(childID(sec, "t"+itoa(cnt.t)))
	info := t.p.newInfo(n, b)
	info.inAnnex = t.annex
	t.attach(sec, n)
	tb := &table{node: n, cols: len(cells), markdown: md}
	info.table = tb
	t.table = tb
	t.lastText = nil
	if b.sepAfter || looksLikeHeader(cells) {
		for _, c := range cells {
			n.Header = append(n.Header, c.s)
		}
		tb.header = n.Header
		info.end = b.end()
		return
	}
	t.addRowCells(b, cells)
}

// addRowCells adds a row to the current table. A first row under the
// header that only names sub-columns, its first cell empty, is the
// header's second line: its names replace the ones they stand under.
func (t *tree) addRowCells(b *block, cells []mapped) {
	tb := t.table
	if tb.rows == 0 && len(tb.header) > 0 && isSubHeader(cells) {
		n := tb.node
		for i, c := range cells {
			switch {
			case c.s == "":
			case i < len(n.Header):
				n.Header[i] = c.s
			default:
				for len(n.Header) < i {
					n.Header = append(n.Header, "")
				}
				n.Header = append(n.Header, c.s)
			}
		}
		tb.header = n.Header
		if len(cells) > tb.cols {
			tb.cols = len(cells)
		}
		t.p.info[n].end = b.end()
		return
	}
	tb.rows++
	n := t.p.newNode(model.Node{Kind: model.KindRow})
	n.ID = t.uniqueID(tb.node.ID + "/r" + itoa(tb.rows))
	info := t.p.newInfo(n, b)
	info.cells = cells
	info.inAnnex = t.annex
	for _, c := range cells {
		n.Cells = append(n.Cells, c.s)
	}
	if len(cells) > tb.cols {
		tb.cols = len(cells)
	}
	t.attach(tb.node, n)
}

// isSubHeader reports whether the cells of a row are the second line of
// a header: the first cell empty, and the others empty or column names.
func isSubHeader(cells []mapped) bool {
	if len(cells) < 2 || cells[0].s != "" {
		return false
	}
	names := 0
	for _, c := range cells[1:] {
		if c.s == "" {
			continue
		}
		if s := strings.Trim(c.s, "*. "); isDigit(firstRune(s)) || runeWidth(s) > 40 || endsClause(s) {
			return false
		}
		names++
	}
	return names > 0
}

// looksLikeHeader reports whether the cells of a first row are column
// names: a first cell such as "TT" or "STT", or no cell that is a number.
func looksLikeHeader(cells []mapped) bool {
	if len(cells) == 0 {
		return false
	}
	first := strings.ToUpper(strings.Trim(cells[0].s, "*. "))
	switch first {
	case "TT", "STT", "SỐ TT", "NO", "SỐ THỨ TỰ":
		return true
	}
	for _, c := range cells {
		s := strings.Trim(c.s, "*. ")
		if s == "" || isDigit(firstRune(s)) || runeWidth(s) > 60 {
			return false
		}
	}
	return true
}

// startAnnex opens an annex: a top-level section whose label is the
// annex line ("PHỤ LỤC I", "DANH MỤC").
func (t *tree) startAnnex(b *block, lab label) {
	t.stack = t.stack[:0]
	t.rootBul = nil
	t.table = nil
	t.annex = true
	n := t.p.newNode(model.Node{Kind: model.KindSection, Label: lab.text, Numbering: model.NumberingAnnex})
	n.ID = t.uniqueID(lab.text)
	info := t.p.newInfo(n, b)
	info.text = t.p.blockText(b, lab.size)
	info.inAnnex = true
	if info.text.s != "" {
		n.Heading = info.text.s
		info.heading = true
	}
	t.attach(nil, n)
	t.stack = append(t.stack, frame{node: n, lab: lab})
	t.lastText = nil
}
