package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Layout thresholds, in units of the font size.
const (
	spaceGap     = 0.2  // a gap wider than this between two glyphs is a space
	columnGap    = 3.0  // a gap wider than this splits a line into segments
	supShrink    = 0.8  // a run at most this size of the line's text ...
	supRise      = 0.15 // ... raised at least this much is a superscript
	paraExtra    = 0.2  // a gap this much over the usual line spacing starts a paragraph
	sizeChange   = 0.15 // a change of size this large starts a paragraph
	edgeZone     = 0.15 // headers and footers lie in this part of the page height
	sameSpot     = 4.0  // points: repeated lines closer than this are at the same place
	blockLineGap = 2.5  // lines of a two-column block are at most this far apart
)

// segment is a part of a line between wide gaps.
type segment struct {
	x0, x1 float64
	text   string
}

// line is one line of text on a page.
type line struct {
	y       float64 // baseline, distance down from the top of the page box
	size    float64 // size of the main text of the line
	x0, x1  float64
	firstW  float64 // width of the first word
	segs    []segment
	text    string
	removed bool // header, footer or page number
}

// run is the glyphs of one show operator.
type run struct {
	g      []glyph
	x0, x1 float64
	y      float64 // baseline, y up
	size   float64
	n      int // glyphs that are not white space
}

var superDigits = [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\u00a0' {
			return false
		}
	}
	return true
}

// pageLines groups the glyphs of a page into lines, top to bottom. top is
// the y of the top of the page box.
func pageLines(gs []glyph, top float64) []line {
	var runs []run
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].run == gs[i].run && math.Abs(gs[j].y-gs[i].y) < 0.2*gs[i].size && gs[j].x > gs[j-1].x-0.5*gs[i].size {
			j++
		}
		r := run{g: gs[i:j], x0: gs[i].x, x1: gs[i].x, y: gs[i].y}
		for _, g := range r.g {
			r.x0 = min(r.x0, g.x)
			r.x1 = max(r.x1, g.x+g.adv)
			r.size = max(r.size, g.size)
			if !isBlank(g.text) {
				r.n++
			}
		}
		if r.size > 0 {
			runs = append(runs, r)
		}
		i = j
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].y > runs[j].y })

	var lines []line
	for i := 0; i < len(runs); {
		main := runs[i]
		j := i + 1
		for j < len(runs) && sameLine(main, runs[j]) {
			if runs[j].size > main.size {
				main = runs[j]
			}
			j++
		}
		if l, ok := buildLine(runs[i:j], top); ok {
			lines = append(lines, l)
		}
		i = j
	}
	return lines
}

// sameLine reports whether the vertical extents of two runs overlap by at
// least half of the smaller one.
func sameLine(a, b run) bool {
	aLo, aHi := a.y-0.25*a.size, a.y+0.75*a.size
	bLo, bHi := b.y-0.25*b.size, b.y+0.75*b.size
	overlap := min(aHi, bHi) - max(aLo, bLo)
	return overlap >= 0.5*min(a.size, b.size)
}

// buildLine makes the text of one line from its runs: in order of x,
// without the copies of a run that fake bold type prints, with spaces where
// the gaps are wide enough, and raised small digits as superscripts.
func buildLine(rs []run, top float64) (line, bool) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].x0 < rs[j].x0 })
	dom := -1
	for i := range rs {
		if dom < 0 || rs[i].n > rs[dom].n || rs[i].n == rs[dom].n && rs[i].size > rs[dom].size {
			dom = i
		}
	}
	d := rs[dom]
	l := line{y: top - d.y, size: d.size}
	var b strings.Builder
	var seg segment
	started := false
	pending := false
	prevEnd, prevSize := 0.0, 0.0
	firstWordDone := false
	var kept []run
	for _, r := range rs {
		if dup(kept, r) {
			continue
		}
		kept = append(kept, r)
		sup := r.size <= supShrink*d.size && r.y-d.y >= supRise*d.size
		for _, g := range r.g {
			if isBlank(g.text) {
				if started {
					pending = true
					prevEnd = max(prevEnd, g.x+g.adv)
				}
				continue
			}
			if started {
				gap := g.x - prevEnd
				sz := max(g.size, prevSize)
				switch {
				case gap > columnGap*d.size:
					seg.text = b.String()
					l.segs = append(l.segs, seg)
					b.Reset()
					seg = segment{x0: g.x}
					firstWordDone = true
				case pending || gap > spaceGap*sz:
					b.WriteByte(' ')
					if !firstWordDone {
						l.firstW = prevEnd - l.x0
						firstWordDone = true
					}
				}
			} else {
				started = true
				seg.x0 = g.x
				seg.x1 = g.x
				l.x0 = g.x
				prevEnd = g.x
			}
			pending = false
			if sup && len(g.text) == 1 && g.text[0] >= '0' && g.text[0] <= '9' {
				b.WriteString(superDigits[g.text[0]-'0'])
			} else {
				b.WriteString(g.text)
			}
			prevEnd = max(prevEnd, g.x+g.adv)
			seg.x1 = max(seg.x1, g.x+g.adv)
			prevSize = g.size
		}
	}
	if !started {
		return line{}, false
	}
	if !firstWordDone {
		l.firstW = prevEnd - l.x0
	}
	seg.text = b.String()
	l.segs = append(l.segs, seg)
	l.x1 = seg.x1
	texts := make([]string, len(l.segs))
	for i, s := range l.segs {
		texts[i] = s.text
	}
	l.text = strings.Join(texts, " ")
	return l, true
}

// dup reports whether r prints again the text of a kept run at nearly the
// same place, as fake bold type does.
func dup(kept []run, r run) bool {
	for i := len(kept) - 1; i >= 0 && i >= len(kept)-3; i-- {
		k := kept[i]
		if math.Abs(k.x0-r.x0) < 0.2*r.size && math.Abs(k.y-r.y) < 0.2*r.size && len(k.g) == len(r.g) {
			same := true
			for j := range k.g {
				if k.g[j].text != r.g[j].text {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}

// removeMargins marks running headers and footers: lines near the top or
// bottom of the page that repeat, digits aside, at the same place on at
// least half of the pages (two at least), and lone page numbers there.
func removeMargins(doc [][]line, pages []pageInfo) {
	type occ struct {
		page int
		y    float64
		l    *line
	}
	byKey := map[string][]occ{}
	for p, ls := range doc {
		h := pages[p].box[3] - pages[p].box[1]
		for i := range ls {
			l := &ls[i]
			if i >= 3 && i < len(ls)-3 {
				continue
			}
			if l.y > edgeZone*h && l.y < (1-edgeZone)*h {
				continue
			}
			if (i < 2 || i >= len(ls)-2) && isPageNumber(l.text) {
				l.removed = true
				continue
			}
			k := marginKey(l.text)
			byKey[k] = append(byKey[k], occ{p, l.y, l})
		}
	}
	if len(doc) < 2 {
		return
	}
	need := max(2, (len(doc)+1)/2)
	for _, os := range byKey {
		if len(os) < need {
			continue
		}
		// Clusters of occurrences at nearly the same height.
		sort.Slice(os, func(i, j int) bool { return os[i].y < os[j].y })
		for i := 0; i < len(os); {
			j := i + 1
			for j < len(os) && os[j].y-os[j-1].y <= sameSpot {
				j++
			}
			pages := map[int]bool{}
			for _, o := range os[i:j] {
				pages[o.page] = true
			}
			if len(pages) >= need {
				for _, o := range os[i:j] {
					o.l.removed = true
				}
			}
			i = j
		}
	}
}

// marginKey is the text of a line with digits replaced, case and spacing
// folded, so that "Trang 3" and "Trang 4" compare equal.
func marginKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			r = '#'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isPageNumber reports whether s is a page number alone: "7", "- 7 -",
// "Trang 7", "7/12", "Page 7 of 12".
func isPageNumber(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"trang", "page", "tr."} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	s = strings.Trim(s, "-–— ")
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 4 {
		return false
	}
	rest := strings.TrimSpace(s[digits:])
	if rest == "" {
		return true
	}
	for _, sep := range []string{"/", "of", "trên"} {
		if strings.HasPrefix(rest, sep) {
			rest = strings.TrimSpace(rest[len(sep):])
			n := 0
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			return n > 0 && n <= 4 && n == len(rest)
		}
	}
	return false
}

// leading returns the usual distance between baselines, in font sizes.
func leading(doc [][]line) float64 {
	hist := map[int]int{}
	for _, ls := range doc {
		var prev *line
		for i := range ls {
			l := &ls[i]
			if l.removed {
				continue
			}
			if prev != nil && math.Abs(prev.size-l.size) < 0.1*l.size && l.size > 0 {
				r := (l.y - prev.y) / l.size
				if r >= 0.9 && r <= 3 {
					hist[int(math.Round(r*20))]++
				}
			}
			prev = l
		}
	}
	best, bestN := 24, 0 // 1.2
	for k, n := range hist {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return float64(best) / 20
}

// render lays the lines of all pages out as text. It returns the text and
// the number of replacement characters it left out.
func render(doc [][]line, pages []pageInfo) (string, int) {
	removeMargins(doc, pages)
	lead := leading(doc)
	var rights []float64
	for _, ls := range doc {
		r := 0.0
		for _, l := range ls {
			if !l.removed {
				r = max(r, l.x1)
			}
		}
		if r > 0 {
			rights = append(rights, r)
		}
	}
	sort.Float64s(rights)
	docRight := 0.0
	if len(rights) > 0 {
		docRight = rights[len(rights)/2]
	}
	var out strings.Builder
	first := true
	for p, ls := range doc {
		var kept []line
		right, left := docRight, math.Inf(1)
		for _, l := range ls {
			if !l.removed {
				kept = append(kept, l)
				right = max(right, l.x1)
				left = min(left, l.x0)
			}
		}
		_ = p
		if len(kept) == 0 {
			continue
		}
		if !first {
			out.WriteString("\n" + PageBreak + "\n")
		}
		first = false
		writePage(&out, kept, lead, left, right)
	}
	s, replaced := cleanText(out.String())
	return norm.NFC.String(s), replaced
}

// writePage writes the text of one page: one line per paragraph (the
// lines of a paragraph joined), a blank line between paragraphs, and the
// lines of a two-column block as they are, left column first.
func writePage(out *strings.Builder, ls []line, lead, left, right float64) {
	var lines []string
	open := false // the last line is a paragraph that may go on
	blank := func() {
		if len(lines) > 0 && lines[len(lines)-1] != "" {
			lines = append(lines, "")
		}
		open = false
	}
	var prev *line
	for i := 0; i < len(ls); {
		l := &ls[i]
		if len(l.segs) >= 2 {
			if j, lo, hi := columnBlock(ls, i); j-i >= 2 {
				var leftCol, rightCol []string
				mid := (lo + hi) / 2
				for _, bl := range ls[i:j] {
					var lt, rt []string
					for _, s := range bl.segs {
						if (s.x0+s.x1)/2 < mid {
							lt = append(lt, s.text)
						} else {
							rt = append(rt, s.text)
						}
					}
					if len(lt) > 0 {
						leftCol = append(leftCol, strings.Join(lt, " "))
					}
					if len(rt) > 0 {
						rightCol = append(rightCol, strings.Join(rt, " "))
					}
				}
				blank()
				lines = append(lines, leftCol...)
				blank()
				lines = append(lines, rightCol...)
				blank()
				prev = nil
				i = j
				continue
			}
		}
		switch {
		case prev != nil && newParagraph(prev, l, lead, left, right):
			blank()
			lines = append(lines, l.text)
		case open && !(startsItem(l.text) && endsSentence(lines[len(lines)-1])):
			lines[len(lines)-1] += " " + l.text
		default:
			lines = append(lines, l.text)
		}
		open = true
		prev = l
		i++
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	out.WriteString(strings.Join(lines, "\n"))
}

// endsSentence reports whether s ends with sentence punctuation.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:!?…", r)
}

// startsItem reports whether s starts like a list item or a numbered
// section: a bullet ("- ", "+ ", "• ") or a label ("2.", "2.1.", "2.1 ",
// "a)", "IV.", "B.") followed by a space. A line that does, after a line
// that ends a sentence, is kept on its own even where the layout shows no
// paragraph break.
func startsItem(s string) bool {
	for _, b := range []string{"- ", "+ ", "• ", "– ", "* "} {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i > 0 && s[0] != '.' {
		if i+1 < len(s) && s[i] == ')' && s[i+1] == ' ' {
			return true
		}
		return i < len(s) && s[i] == ' ' && (s[i-1] == '.' || strings.Contains(s[:i], "."))
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) && strings.HasPrefix(s[n:], ") ") {
		return true
	}
	for i < len(s) && i < 5 && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return i > 0 && i <= 4 && strings.HasPrefix(s[i:], ". ")
}

// columnBlock finds the lines from i on that form two columns side by side
// (the first line has two segments; the next lines keep clear of the gap
// between them). It returns the end of the block and the gap.
func columnBlock(ls []line, i int) (end int, lo, hi float64) {
	s := ls[i].segs
	k := 0
	for j := 1; j+1 < len(s); j++ {
		if s[j+1].x0-s[j].x1 > s[k+1].x0-s[k].x1 {
			k = j
		}
	}
	lo, hi = s[k].x1, s[k+1].x0
	for _, x := range s[:k+1] {
		lo = max(lo, x.x1)
	}
	j := i + 1
	for ; j < len(ls); j++ {
		l, p := ls[j], ls[j-1]
		if l.y-p.y > blockLineGap*max(l.size, p.size) {
			break
		}
		nlo, nhi := lo, hi
		ok := true
		for _, sg := range l.segs {
			switch {
			case sg.x1 <= hi:
				nlo = max(nlo, sg.x1)
			case sg.x0 >= lo:
				nhi = min(nhi, sg.x0)
			default:
				ok = false
			}
		}
		if !ok || nlo >= nhi {
			break
		}
		lo, hi = nlo, nhi
	}
	return j, lo, hi
}

// newParagraph reports whether the layout shows that c starts a paragraph
// after p: a wider gap than usual, a change of size, a first-line indent
// after a line at the margin, or a previous line that stopped short
// although the first word of c would have fitted.
func newParagraph(p, c *line, lead, left, right float64) bool {
	sz := max(p.size, c.size)
	if c.y-p.y > (lead+paraExtra)*sz {
		return true
	}
	if math.Abs(p.size-c.size) > sizeChange*sz {
		return true
	}
	centered := p.x0 > left+2*sz && c.x0 > left+2*sz && math.Abs((p.x0+p.x1)/2-(c.x0+c.x1)/2) < sz
	if centered {
		return false
	}
	if c.x0-left > indentMin*sz && p.x0-left < 0.5*sz {
		// A first-line indent after a line at the margin, in a
		// justified text whose lines all reach the right margin.
		return true
	}
	return right-p.x1 > c.firstW+0.3*sz
}

// indentMin is the smallest first-line indent, in font sizes, that
// starts a paragraph.
const indentMin = 1.0

// cleanText trims lines, drops control characters other than newline and
// form feed and replacement characters (U+FFFD, which it counts), and
// turns no-break spaces into spaces.
func cleanText(s string) (string, int) {
	replaced := 0
	var b strings.Builder
	b.Grow(len(s))
	for _, ln := range strings.Split(s, "\n") {
		start := b.Len()
		space := false
		for _, r := range ln {
			switch {
			case r == '\f':
				b.WriteRune(r)
				continue
			case r == ' ' || r == '\u00a0' || r == '\t':
				space = true
				continue
			case r == utf8.RuneError:
				replaced++
				continue
			case unicode.IsControl(r):
				// Soft hyphens (U+00AD) stay: in text typed in the TCVN3
				// font the same character is the letter "ư"; the parser
				// drops the others after decoding.
				continue
			}
			if space && b.Len() > start {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n") + "\n", replaced
}
