package parser

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vnplan/vnplan/model"
)

// frame is an open section on the numbering stack.
type frame struct {
	node    *model.Node
	info    *nodeInfo
	lab     label
	md      int8          // Markdown heading level of the section's line, 0 if none
	bullets []bulletFrame // open items under this section
	counts  counters
}

// bulletFrame is an open item on a section's bullet stack.
type bulletFrame struct {
	marker string
	node   *model.Node
	info   *nodeInfo
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
	// underTargets reports a heading of targets above the node ("I. MỤC
	// TIÊU, CHỈ TIÊU"), whose items are indicators (see flatten).
	underTargets bool
	// leadIn reports a paragraph that ends with a colon and the items
	// right after it: it introduces them, and what it assigns, they
	// carry (see markTasks and assignTree).
	leadIn bool
	// looksBack reports a node of a part that reports results ("KẾT QUẢ
	// THỰC HIỆN", see isReviewHeading): its numbers and dates are no
	// targets or deadlines.
	looksBack bool
	index     int // position in the pre-order list of nodes, for annotation
	// children counts the node's children while the tree grows; they
	// are gathered by complete.
	children int
}

// table is a table being built.
type table struct {
	node     *model.Node
	info     *nodeInfo // the node's info
	markdown bool      // rows start with "|"
	header   []string
	roles    []int
	// values are the columns of a table of indicators that give the
	// targets, and periods the time each is set for (see valueColumns);
	// nil in other tables.
	values  []int
	periods []string
	rows    int
	cols    int
}

// tree builds the body of a document from its blocks.
type tree struct {
	p        *parser
	root     []*model.Node
	rootCnt  counters
	stack    []frame
	rootBul  []bulletFrame  // items with no section above them
	table    *table         // the table rows are being added to
	lastText *nodeInfo      // the info of the last paragraph, item or section made from a text block
	texts    []pendingText  // the nodes whose text is still to be built
	made     []madeNode     // the nodes not yet entered in p.info
	nested   int            // how many of them have a parent
	ids      map[string]int // the ids taken, with how many nodes asked for each
	allIDs   bool           // ids holds every id, not only the sections' (see sectionID)
	annex    bool           // inside an annex
	last     map[int]int    // the last value placed of each sequence (seqKey)
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
func (t *tree) container() (*model.Node, *nodeInfo, *counters, *[]bulletFrame) {
	if len(t.stack) == 0 {
		return nil, nil, &t.rootCnt, &t.rootBul
	}
	f := &t.stack[len(t.stack)-1]
	return f.node, f.info, &f.counts, &f.bullets
}

// attach puts n, with its info, under parent (nil for the root), whose
// info is pinfo, and sets its depth. A node at the root is added to it at
// once; one under a parent is only counted, and added to the parent's
// children by complete.
func (t *tree) attach(parent *model.Node, pinfo *nodeInfo, n *model.Node, info *nodeInfo) {
	if parent == nil {
		n.Depth = 1
		t.root = append(t.root, n)
		if k := t.p.pendingAtt; k > 0 {
			t.p.doc.Meta.Attachments[k-1].First = n.ID
			t.p.pendingAtt = 0
		}
	} else {
		n.Depth = parent.Depth + 1
		pinfo.children++
		t.nested++
	}
	info.parent = parent
}

// Every node gets an id no other node has. A section's id is built from
// labels ("B.II.2") and may repeat one taken before; it then gets a suffix
// ("B~2"). The id of a paragraph, item, table or row is its parent's id,
// "/", a kind letter and a number counted per parent and kind ("B.II/p3"):
// as the parents' ids are unique, no two of these ids are alike, and none
// is like a section's id unless that id has the same form (see
// childShaped), which no label read today gives. So only the sections'
// ids are kept in the map of ids taken, until a section's id has that
// form: from then on every id is.

// sectionID returns id for a new section, or id with a suffix if it is
// taken.
func (t *tree) sectionID(id string) string {
	if !t.allIDs && childShaped(id) {
		t.allIDs = true
		for _, m := range t.made {
			if m.node.Kind != model.KindSection {
				t.ids[m.node.ID] = 1
			}
		}
	}
	return t.uniqueID(id)
}

// childShaped reports whether id has the form of the id of a paragraph,
// item, table or row: a kind letter and a number, alone or after a "/"
// ("p3", "B.II/i12").
func childShaped(id string) bool {
	k := len(id)
	for k > 0 && '0' <= id[k-1] && id[k-1] <= '9' {
		k--
	}
	if k == 0 || k == len(id) {
		return false
	}
	switch id[k-1] {
	case 'p', 'i', 't', 'r':
		return k == 1 || id[k-2] == '/'
	}
	return false
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

// childID returns the id of a child of parent (nil for the root): the
// parent's id and "/", then the kind letter and the child's number ("p3",
// "i2", "t1", "r4").
func (t *tree) childID(parent *model.Node, kind byte, num int) string {
	var buf [64]byte
	b := buf[:0]
	if parent != nil {
		b = append(b, parent.ID...)
		b = append(b, '/')
	}
	b = append(b, kind)
	b = strconv.AppendInt(b, int64(num), 10)
	if t.allIDs {
		return t.uniqueID(string(b))
	}
	return string(b)
}

// addSection places a labelled block on the numbering stack and returns
// its node, or false when the label does not fit the sequence.
func (t *tree) addSection(b *block) bool {
	lab, at, diag, ok := t.placeBlock(b)
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
	parent, pinfo, _, _ := t.container()
	n, info := t.newNode(model.KindSection, b)
	n.Label, n.Numbering = lab.text, lab.style.numbering()
	id := lab.text
	if parent != nil {
		id = parent.ID + "." + idPart(parent, lab)
	}
	n.ID = t.sectionID(id)
	info.inAnnex = t.annex || lab.style == styleAnnex
	t.attach(parent, pinfo, n, info)
	t.stack = append(t.stack, frame{node: n, info: info, lab: lab, md: b.md})
	t.last[seqKey(lab)] = lab.value
	t.textLater(n, info, b.lab.size)
	return true
}

// placeBlock places the label of block b as place does, keeping the
// levels of a Markdown document apart: a heading ("### 2.") continues or
// opens the sequences of headings only, and closes the lists under the
// heading before it; a list item ("1.") continues or opens the sequences
// of the lists under the innermost heading, so that a list numbered from
// 1 under a heading numbered "1." goes inside it. Where that finds no
// place, as in text that mixes headings with plain labels, the whole
// stack is read.
func (t *tree) placeBlock(b *block) (label, int, string, bool) {
	h := len(t.stack) - 1
	for h >= 0 && t.stack[h].md == 0 {
		h--
	}
	if h < 0 {
		return t.place(*b.lab)
	}
	lo, hi := h+1, len(t.stack) // the lists under the innermost heading
	if b.md > 0 {
		lo, hi = 0, h+1 // the headings
	}
	all := t.stack
	t.stack = all[lo:hi]
	lab, at, diag, ok := t.place(*b.lab)
	t.stack = all
	if ok {
		return lab, lo + at, diag, true
	}
	return t.place(*b.lab)
}

// newNode returns a new node of the given kind made from block b, with
// its info. The info is entered in p.info by complete.
func (t *tree) newNode(kind model.Kind, b *block) (*model.Node, *nodeInfo) {
	n := t.p.nodeSlab.next()
	n.Kind = kind
	info := t.p.infoSlab.next()
	info.blk = b
	info.start, info.end = b.start(), b.end()
	t.made = append(t.made, madeNode{n, info})
	return n, info
}

// madeNode is a node made by the tree and its info.
type madeNode struct {
	node *model.Node
	info *nodeInfo
}

// complete gives every node made so far its children, in the order they
// were made, and enters its info in p.info. The tree counts the children
// while it grows, so that they can all share one array, and never looks
// a node up, so that the infos are entered all at once: both cost less
// than one at a time among the tree's other work.
func (t *tree) complete() {
	all := make([]*model.Node, t.nested)
	for _, m := range t.made {
		if k := m.info.children; k > 0 {
			m.node.Children, all = all[:0:k], all[k:]
		}
		// A parent is made before its children.
		if parent := m.info.parent; parent != nil {
			parent.Children = append(parent.Children, m.node)
		}
		t.p.info[m.node] = m.info
	}
	t.made, t.nested = t.made[:0], 0
}

// textLater makes n, a section, item or paragraph made from a text block,
// the last node made from text, and leaves its text to be built by
// buildTexts: the block may still grow (see appendText), and on a large
// document the text is most likely built ahead by then.
func (t *tree) textLater(n *model.Node, info *nodeInfo, skip int) {
	t.lastText = info
	t.texts = append(t.texts, pendingText{n, info, skip})
}

// pendingText is a node whose text is still to be built: the text of its
// block without the first skip bytes, its label or bullet.
type pendingText struct {
	node *model.Node
	info *nodeInfo
	skip int
}

// buildTexts gives every node left to it by textLater its text, from the
// last node back to the first: the work ahead builds the texts from the
// first block on, so on a large document the two meet halfway.
func (t *tree) buildTexts() {
	for k := len(t.texts) - 1; k >= 0; k-- {
		e := t.texts[k]
		// No one asks for the text again: a text built ahead is taken
		// as it is, without being kept in the block.
		b := e.info.blk
		m, ok := b.ahead.textFor(b, e.skip)
		if !ok {
			m = t.p.blockText(b, e.skip)
		}
		e.info.text = m
		if e.node.Kind == model.KindSection {
			setSectionText(e.node, e.info, e.info.blk)
		} else {
			e.node.Text = e.info.text.s
		}
	}
	t.texts = t.texts[:0]
}

// setSectionText decides whether the text after a section's label is a
// heading or the body of a numbered paragraph.
func setSectionText(n *model.Node, info *nodeInfo, b *block) {
	s := info.text.s
	// A Markdown heading, an upper-case line, a line that opens a list
	// with a colon, or a short one that does not end a clause (an OCR
	// speck "|" after its full stop aside); the tests that look at the
	// whole text come last.
	info.heading = s != "" && (b.md > 0 || strings.HasSuffix(s, ":") ||
		!endsClause(strings.TrimRight(s, " |¦")) && runeWidth(s) <= 300 || isUpperText(s) ||
		info.children > 0 && headsWithNote(s))
	if info.heading {
		n.Heading = s
	} else {
		n.Text = s
	}
}

// headsWithNote reports whether s, the line of a section with points
// under it, is a short heading with a note in brackets after it: "Khen
// thưởng sơ kết (năm 2028)", "Sở Nội vụ (cơ quan thường trực)". The
// bracket ends it, not a sentence.
func headsWithNote(s string) bool {
	if !strings.HasSuffix(s, ")") || runeWidth(s) > 120 {
		return false
	}
	k := strings.LastIndexByte(s, '(')
	return k > 0 && !endsClause(strings.TrimSpace(s[:k]))
}

// idPart returns the part a section adds to its parent's id: its label,
// or for a decimal label that repeats its parent's number ("2.1" under
// "2.") only the last number, so that the id reads "B.II.2.1".
func idPart(parent *model.Node, lab label) string {
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
	var readings [2]label
	readings[0] = l
	cands := readings[:1]
	if l.alt != styleNone {
		readings[1] = l
		readings[1].style, readings[1].value = l.alt, l.altValue
		cands = readings[:2]
	}
	// A successor of an open level, deepest first.
	for _, c := range cands {
		if at, ok := t.successor(c); ok {
			return c, at, caseDiag(c), true
		}
	}
	// "3)" after "(2)", or "(3)" after "2)": a bracket lost or added
	// by OCR or typing, in the next number of an open sequence.
	if l.style == styleArabicParen || l.style == styleParen {
		c := l
		c.style = styleParen
		if l.style == styleParen {
			c.style = styleArabicParen
		}
		if at, ok := t.successor(c); ok {
			return c, at, "label-ocr-fixed", true
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
		if d == 1 && l.letter == 'l' {
			// "l." for the "1." that opens a level: no letter
			// sequence starts at "l".
			at, _ := t.startsLevel(c)
			if at = t.outerCut(c, at); at > 0 && sameKind(t.stack[at-1].lab, c) {
				at-- // "l." right under "1.": the sequence restarts.
			}
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
	case stylePart, styleTitle:
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
// its sequence ("A", "I", "1", "a", or "2.1" under "2." or "II."). It returns the
// stack length to cut to before pushing: the innermost section, or the
// parent a decimal label names.
func (t *tree) startsLevel(l label) (int, bool) {
	switch l.style {
	case styleDecimal:
		if l.value != 1 {
			return 0, false
		}
		// "2.1" goes under an open "2." or "2.x"-level section, or
		// under "II." when no arabic level is open below it.
		for i := len(t.stack) - 1; i >= 0; i-- {
			f := t.stack[i].lab
			if (f.style == styleArabic || f.style == styleRoman && i == len(t.stack)-1) && l.nparts == 2 && f.value == l.parts[0] {
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
	parent, pinfo, c, bullets := t.container()
	m := b.bullet
	// Pop to the level that has this marker, if one is open.
	for k := len(*bullets) - 1; k >= 0; k-- {
		if (*bullets)[k].marker == m {
			*bullets = (*bullets)[:k]
			break
		}
	}
	if k := len(*bullets); k > 0 {
		f := &(*bullets)[k-1]
		parent, pinfo, c = f.node, f.info, &f.counts
	}
	c.i++
	n, info := t.newNode(model.KindItem, b)
	n.Numbering = m
	n.ID = t.childID(parent, 'i', c.i)
	info.inAnnex = t.annex
	t.attach(parent, pinfo, n, info)
	*bullets = append(*bullets, bulletFrame{marker: m, node: n, info: info})
	_, k := bulletMarker(b.firstText(t.p.str))
	t.textLater(n, info, k)
}

// addParagraph adds an unnumbered paragraph under the innermost section.
func (t *tree) addParagraph(b *block, top bool) {
	t.table = nil
	if top {
		t.stack = t.stack[:0]
	}
	sec, sinfo, cnt, bullets := t.container()
	*bullets = (*bullets)[:0]
	cnt.p++
	n, info := t.newNode(model.KindParagraph, b)
	n.ID = t.childID(sec, 'p', cnt.p)
	info.inAnnex = t.annex
	t.attach(sec, sinfo, n, info)
	t.textLater(n, info, 0)
}

// appendText adds a block to the text of the last node made from text,
// for a line that only looked like the start of something new. The
// node's text is built later, by buildTexts.
func (t *tree) appendText(b *block) bool {
	info := t.lastText
	if info == nil || info.blk == nil {
		return false
	}
	info.blk.segs = append(info.blk.segs, b.segs...)
	info.blk.last = b.last
	info.end = info.blk.end()
	return true
}

// addRow adds a table row, starting a table when needed.
func (t *tree) addRow(b *block) {
	md := strings.HasPrefix(b.firstText(t.p.str), "|")
	if t.table != nil {
		md = t.table.markdown
	}
	cells := t.p.rowCells(b, md)
	if t.table != nil && t.table.rows > 0 && repeatsHeader(cells, t.table.header) {
		// The header again at the top of a new page: a page break's
		// artefact, within the table's span; the table goes on.
		t.table.info.end = b.end()
		return
	}
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
	sec, sinfo, cnt, bullets := t.container()
	*bullets = (*bullets)[:0]
	cnt.t++
	n, info := t.newNode(model.KindTable, b)
	n.ID = t.childID(sec, 't', cnt.t)
	info.inAnnex = t.annex
	t.attach(sec, sinfo, n, info)
	tb := &table{node: n, info: info, cols: len(cells), markdown: md}
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
		tb.info.end = b.end()
		return
	}
	tb.rows++
	n, info := t.newNode(model.KindRow, b)
	n.ID = t.childID(tb.node, 'r', tb.rows)
	info.cells = cells
	info.inAnnex = t.annex
	for _, c := range cells {
		n.Cells = append(n.Cells, c.s)
	}
	if len(cells) > tb.cols {
		tb.cols = len(cells)
	}
	t.attach(tb.node, tb.info, n, info)
}

// repeatsHeader reports whether the cells of a row repeat the names of
// header, as a table that runs over a page break repeats them.
func repeatsHeader(cells []mapped, header []string) bool {
	if len(header) < 2 || len(cells) != len(header) {
		return false
	}
	for i, c := range cells {
		if !strings.EqualFold(strings.Trim(c.s, "*. "), strings.Trim(header[i], "*. ")) {
			return false
		}
	}
	return true
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

// startTitle opens a part whose title stands in capitals with no label,
// as text that lost its automatic numbering gives them ("MỤC ĐÍCH, YÊU
// CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP"): a top-level section with its title as
// heading and no label, its id the title, under which the numbered
// sections that follow nest.
func (t *tree) startTitle(b *block) {
	t.stack = t.stack[:0]
	t.rootBul = nil
	t.table = nil
	n, info := t.newNode(model.KindSection, b)
	info.text = t.p.blockText(b, 0)
	n.Heading, info.heading = info.text.s, true
	n.ID = t.sectionID(strings.TrimSpace(trimMarks(info.text.s)))
	t.attach(nil, nil, n, info)
	t.stack = append(t.stack, frame{node: n, info: info, lab: label{style: styleTitle, value: 1}})
	t.lastText = nil
}

// startAnnex opens an annex: a top-level section whose label is the
// annex line ("PHỤ LỤC I", "DANH MỤC").
func (t *tree) startAnnex(b *block, lab label) {
	t.stack = t.stack[:0]
	t.rootBul = nil
	t.table = nil
	t.annex = true
	n, info := t.newNode(model.KindSection, b)
	n.Label, n.Numbering = lab.text, model.NumberingAnnex
	n.ID = t.sectionID(lab.text)
	info.text = t.p.blockText(b, lab.size)
	info.inAnnex = true
	if info.text.s != "" {
		n.Heading = info.text.s
		info.heading = true
	}
	t.attach(nil, nil, n, info)
	t.stack = append(t.stack, frame{node: n, info: info, lab: lab})
	t.lastText = nil
}
