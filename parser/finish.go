package parser

import (
	"fmt"
	"sort"

	"github.com/vnplan/vnplan/model"
)

// maxDiagsPerCode caps the diagnostics of one code; the rest are counted
// in a final diagnostic of that code.
const maxDiagsPerCode = 100

// finishTree sets the span of every node: from its own start to the end
// of its last descendant.
func (p *parser) finishTree() {
	// walk sets the spans of ns and their descendants, and returns where
	// the first of ns starts and where the last of them ends.
	var walk func(ns []*model.Node) (first, end int)
	walk = func(ns []*model.Node) (first, end int) {
		for k, n := range ns {
			info := p.info[n]
			s, e := info.start, info.end
			if k == 0 {
				first = s
			}
			cs, ce := walk(n.Children)
			if ce > e {
				e = ce
			}
			if len(n.Children) > 0 && cs < s {
				s = cs
			}
			n.Span = offSpan(s, e)
			if e > end {
				end = e
			}
		}
		return first, end
	}
	walk(p.doc.Body)
}

// finish turns every offset into a full position, and sorts, de-duplicates
// and caps the diagnostics.
func (p *parser) finish() {
	pt := newPosTable(p.colText, p.lines)
	fix := func(s *model.Span) {
		s.Start = pt.pos(s.Start.Offset)
		s.End = pt.pos(s.End.Offset)
	}
	// The nodes are fixed on all cores for a large document: the table
	// is only read.
	nodes := make([]*model.Node, 0, len(p.nodes))
	model.Walk(p.doc.Body, func(n *model.Node) bool {
		nodes = append(nodes, n)
		return true
	})
	p.parallel(len(nodes), func(i int, _ *[]model.Diagnostic) {
		n := nodes[i]
		fix(&n.Span)
		for i := range n.Targets {
			fix(&n.Targets[i].Span)
		}
		for i := range n.Deadlines {
			fix(&n.Deadlines[i].Span)
		}
		for i := range n.References {
			fix(&n.References[i].Span)
		}
	})
	for _, f := range p.doc.Footnotes {
		fix(&f.Span)
		for i := range f.References {
			fix(&f.References[i].Span)
		}
	}
	m := &p.doc.Meta
	if m.Signature != nil {
		fix(&m.Signature.Span)
	}
	for i := range m.Recipients {
		fix(&m.Recipients[i].Span)
	}
	for i := range m.Aliases {
		fix(&m.Aliases[i].Span)
	}
	for i := range m.References {
		fix(&m.References[i].Span)
	}
	for i := range m.Attachments {
		fix(&m.Attachments[i].Span)
	}
	for i := range m.PageNumbers {
		fix(&m.PageNumbers[i].Span)
	}
	p.doc.Diagnostics = p.sortedDiags()
	for i := range p.doc.Diagnostics {
		fix(&p.doc.Diagnostics[i].Span)
	}
	if p.doc.Diagnostics == nil {
		p.doc.Diagnostics = []model.Diagnostic{}
	}
	if p.doc.Body == nil {
		p.doc.Body = []*model.Node{}
	}
	if p.checksum != nil {
		p.doc.Source.SHA256 = <-p.checksum
	}
}

// sortedDiags sorts the diagnostics by position, removes exact repeats
// and caps each code at maxDiagsPerCode. The notes on what was left out
// come last, one per code in the order the codes first appear.
func (p *parser) sortedDiags() []model.Diagnostic {
	ds := p.diags
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Span.Start.Offset < ds[j].Span.Start.Offset })
	out := ds[:0]
	count := make(map[string]int)
	var codes []string // in the order they first appear
	var last *model.Diagnostic
	for i := range ds {
		d := ds[i]
		if last != nil && last.Code == d.Code && last.Span == d.Span && last.Message == d.Message {
			continue
		}
		count[d.Code]++
		if count[d.Code] == 1 {
			codes = append(codes, d.Code)
		}
		if count[d.Code] > maxDiagsPerCode {
			continue
		}
		out = append(out, d)
		last = &out[len(out)-1]
	}
	for _, code := range codes {
		if n := count[code]; n > maxDiagsPerCode {
			out = append(out, model.Diagnostic{Severity: model.SeverityInfo, Code: code,
				Message: fmt.Sprintf("%d more diagnostics of this code were left out", n-maxDiagsPerCode)})
		}
	}
	return out
}

// posTable turns byte offsets into lines and columns. Columns count
// characters; for long lines it keeps a checkpoint every posStride bytes
// so that a lookup costs at most that much scanning. It is only read once
// built, so it may be used from several goroutines.
type posTable struct {
	text   []byte
	starts []int         // offset of each line's first byte
	marks  map[int][]int // line index -> rune count at every posStride bytes
}

func newPosTable(text []byte, lines []line) *posTable {
	t := &posTable{text: text, starts: make([]int, len(lines))}
	for i, l := range lines {
		t.starts[i] = l.start
	}
	for i := range t.starts {
		if t.lineEnd(i)-t.starts[i] > posStride {
			if t.marks == nil {
				t.marks = make(map[int][]int)
			}
			t.marks[i] = t.lineMarks(i)
		}
	}
	return t
}

const posStride = 1024

// pos returns the position of offset off.
func (t *posTable) pos(off int) model.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(t.text) {
		off = len(t.text)
	}
	i := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off }) - 1
	if i < 0 {
		return model.Pos{Line: 1, Column: 1, Offset: off}
	}
	ls := t.starts[i]
	from, col := ls, 0
	if off-ls > posStride {
		m := t.marks[i]
		if k := min((off-ls)/posStride, len(m)); k > 0 {
			from, col = ls+k*posStride, m[k-1]
		}
	}
	col += runeCount(bytesString(t.text[from:off]))
	return model.Pos{Line: i + 1, Column: col + 1, Offset: off}
}

// lineEnd returns the offset where line i ends, its newline included.
func (t *posTable) lineEnd(i int) int {
	if i+1 < len(t.starts) {
		return t.starts[i+1]
	}
	return len(t.text)
}

// lineMarks returns the rune counts of line i at every posStride bytes.
func (t *posTable) lineMarks(i int) []int {
	ls, le := t.starts[i], t.lineEnd(i)
	var m []int
	n := 0
	for at := ls; at+posStride <= le; at += posStride {
		n += runeCount(bytesString(t.text[at : at+posStride]))
		m = append(m, n)
	}
	return m
}
