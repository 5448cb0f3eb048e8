package parser

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	gmtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// piece maps a run of built text back to the source: text[at:at+n] is
// src[src:src+n] when copied, or stands for the source position src when
// n is 0 (an inserted space).
type piece struct {
	at, src, n int
}

// mapped is built text with a map back to source offsets.
type mapped struct {
	s      string
	pieces []piece
}

// srcOffset returns the source offset of byte i of the built text.
func (m *mapped) srcOffset(i int) int {
	if len(m.pieces) == 0 {
		return 0
	}
	k := sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].at > i }) - 1
	if k < 0 {
		k = 0
	}
	p := m.pieces[k]
	d := i - p.at
	if d > p.n {
		d = p.n
	}
	return p.src + d
}

// builder builds text from ranges of the source, collapsing white space
// and recording where each run came from.
type builder struct {
	buf     []byte
	pieces  []piece
	space   bool         // a space is pending
	spaceAt int          // source offset the pending space stands for
	from    offsetCursor // where addMapped is in the text it copies from
}

// addPiece records that the bytes appended from now on, n of them, come
// from the source at src (n is 0 for an inserted space). A run that
// continues the last piece in both the text and the source extends it,
// and so does a space between two such runs: every byte is mapped the
// same way with fewer pieces.
func (b *builder) addPiece(src, n int) {
	if k := len(b.pieces) - 1; k >= 0 && n > 0 {
		last := &b.pieces[k]
		width := max(last.n, 1) // an inserted space is one byte wide
		if last.at+width == len(b.buf) && last.src+width == src {
			if last.n == 0 && k > 0 {
				if prev := &b.pieces[k-1]; prev.n > 0 && prev.at+prev.n == last.at && prev.src+prev.n == last.src {
					prev.n += 1 + n
					b.pieces = b.pieces[:k]
					return
				}
			}
			last.n = width + n
			return
		}
	}
	b.pieces = append(b.pieces, piece{at: len(b.buf), src: src, n: n})
}

// addRange appends src[start:end], collapsing runs of white space (space,
// tab, newline, no-break space) into one space. A single space between
// words is copied as it is, so a line of ordinary text makes one piece.
func (b *builder) addRange(src []byte, start, end int) {
	i := start
	for i < end {
		// Copy a run that holds no white space but single spaces between
		// words. Most bytes are above the space: test that first.
		j := i
		for j < end {
			c := src[j]
			if c > ' ' && c != 0xC2 {
				j++
				continue
			}
			if c == ' ' {
				if j > i && j+1 < end && src[j+1] > ' ' && !(src[j+1] == 0xC2 && j+2 < end && src[j+2] == 0xA0) {
					j++
					continue
				}
				break
			}
			if c == 0xC2 && !(j+1 < end && src[j+1] == 0xA0) {
				j++
				continue
			}
			if c < ' ' && !isWhiteByte(src, j, end) {
				j++ // another control character is copied as it is
				continue
			}
			break
		}
		if j > i {
			b.flushSpace()
			b.addPiece(i, j-i)
			b.buf = append(b.buf, src[i:j]...)
		}
		// Skip white space.
		k := j
		for k < end {
			if isWhiteByte(src, k, end) {
				if src[k] == 0xC2 {
					k += 2
				} else {
					k++
				}
			} else {
				break
			}
		}
		if k > j {
			b.addSpace(j)
		}
		i = k
	}
}

// isWhiteByte reports whether white space starts at src[k].
func isWhiteByte(src []byte, k, end int) bool {
	c := src[k]
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || (c == 0xC2 && k+1 < end && src[k+1] == 0xA0)
}

// addSpace asks for a space before the next text, standing for source
// offset at; it is dropped at the start and end of the text.
func (b *builder) addSpace(at int) {
	if len(b.buf) > 0 && !b.space {
		b.space, b.spaceAt = true, at
	}
}

func (b *builder) flushSpace() {
	if b.space {
		b.addPiece(b.spaceAt, 0)
		b.buf = append(b.buf, ' ')
		b.space = false
	}
}

// done returns the built text. The builder must not be used after.
func (b *builder) done() mapped {
	return mapped{s: bytesString(b.buf), pieces: b.pieces}
}

// segText builds the text of segments of the source: the lines of a
// block, with the first one cut at skip bytes (a label or bullet), joined
// by single spaces, with Markdown inline syntax removed. str is src as a
// string: a single clean line is returned as a part of it, without a copy.
func segText(src []byte, str string, segs []seg, skip int) mapped {
	if len(segs) == 1 {
		start, end := segs[0].start+skip, segs[0].end
		for start < end && src[start] == ' ' {
			start++
		}
		for end > start && src[end-1] == ' ' {
			end--
		}
		if s := str[start:end]; isClean(s) {
			return mapped{s: s, pieces: []piece{{at: 0, src: start, n: end - start}}}
		}
	}
	var b builder
	n := 0
	for _, sg := range segs {
		n += sg.end - sg.start + 1
	}
	b.buf = make([]byte, 0, n)
	joined := false // the line before ended with a word cut by a hyphen
	for i, sg := range segs {
		start, end := sg.start, sg.end
		if i == 0 {
			start += skip
		}
		if i > 0 && !joined {
			b.addSpace(sg.start)
		}
		joined = i+1 < len(segs) && hyphenated(src, start, end, segs[i+1])
		if joined {
			end = trimHyphen(src, end)
		}
		b.addRange(src, start, end)
	}
	m := b.done()
	if needsMarkdown(m.s) {
		m = stripMarkdown(m)
	}
	return m
}

// hyphenated reports whether the line src[start:end] ends with a word
// that a hyphen cut at the line's end and the line next goes on with: a
// letter, then "-" with no space before it, then a line that starts with
// a lower-case letter ("tỉ-" / "nh", "phư-" / "ờng"), as OCR and some
// PDF extractions leave words. "kinh tế -" / "xã hội" keeps its dash.
func hyphenated(src []byte, start, end int, next seg) bool {
	end = trimHyphen(src, end)
	if end == start || end >= len(src) || src[end] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRune(src[start:end])
	if !isLetter(r) {
		return false
	}
	n, _ := utf8.DecodeRune(src[next.start:next.end])
	return isLowerLetter(n)
}

// trimHyphen returns end moved back over trailing spaces and one hyphen
// before them, if there is one; else end over the spaces alone.
func trimHyphen(src []byte, end int) int {
	for end > 0 && src[end-1] == ' ' {
		end--
	}
	if end > 0 && src[end-1] == '-' {
		return end - 1
	}
	return end
}

// isClean reports whether s needs no rewriting: no white space other than
// single spaces, no no-break space, no Markdown syntax.
func isClean(s string) bool {
	prevSpace := false
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load(s, i)
		bad := swar.Less(x, ' ') | swar.Eq(x, 0xC2) | swar.Eq(x, '*') | swar.Eq(x, '_') | swar.Eq(x, '\\') | swar.Eq(x, '`')
		sp := swar.Eq(x, ' ')
		// Two spaces in a row: within the word, or the word's first
		// byte after the last byte of the one before.
		if bad|sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
			return false
		}
		prevSpace = sp>>63 != 0
	}
	for ; i < len(s); i++ {
		switch cleanClass[s[i]] {
		case cleanOK:
			prevSpace = false
		case cleanSpace:
			if prevSpace {
				return false
			}
			prevSpace = true
		default:
			return false
		}
	}
	return true
}

// Classes of bytes for isClean.
const (
	cleanOK    = iota // copied as it is
	cleanSpace        // a space, clean unless doubled
	cleanNot          // other white space, a no-break space's lead byte, or Markdown syntax
)

// cleanClass is the isClean class of every byte.
var cleanClass = func() (t [256]uint8) {
	for c := 0; c < ' '; c++ {
		t[c] = cleanNot
	}
	t[' '] = cleanSpace
	for _, c := range []byte{0xC2, '*', '_', '\\', '`'} {
		t[c] = cleanNot
	}
	return t
}()

// rangeText builds the text of src[start:end].
func rangeText(src []byte, str string, start, end int) mapped {
	return segText(src, str, []seg{{start, end}}, 0)
}

// needsMarkdown reports whether s may hold Markdown inline syntax.
func needsMarkdown(s string) bool {
	// IndexByte is vectorised; ContainsAny is not.
	return strings.IndexByte(s, '*') >= 0 || strings.IndexByte(s, '_') >= 0 ||
		strings.IndexByte(s, '\\') >= 0 || strings.IndexByte(s, '`') >= 0
}

// inlineParser parses Markdown inline syntax only: its one block parser
// is the paragraph parser, so "1." and "-" at the start of a line are not
// read as Markdown lists, which would fight the numbering rules.
var inlineParser = gmparser.NewParser(
	gmparser.WithBlockParsers(util.Prioritized(gmparser.NewParagraphParser(), 100)),
	gmparser.WithInlineParsers(gmparser.DefaultInlineParsers()...),
)

// maxMarkdownBlock bounds the text given to goldmark; longer text has its
// emphasis marks removed by a plain scan.
const maxMarkdownBlock = 64 << 10

// stripMarkdown removes emphasis marks and backslash escapes from m,
// keeping the map to the source.
func stripMarkdown(m mapped) mapped {
	if len(m.s) > maxMarkdownBlock || strings.HasPrefix(m.s, "    ") || loneMark(m.s) {
		return stripEmphasisScan(m)
	}
	return stripInline(m)
}

// loneMark reports whether s, which neither starts nor ends with a space,
// holds a single "*" or "_" and no other byte that can start Markdown
// inline syntax. One mark cannot both open and close emphasis, so
// goldmark would give s back as it is.
func loneMark(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	marks := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '_':
			marks++
		case '`', '\\', '<', '[', ']', '&':
			return false
		}
	}
	return marks == 1
}

// stripInline removes the inline syntax goldmark finds in m, and then
// the emphasis marks it left.
func stripInline(m mapped) mapped {
	src := []byte(m.s)
	doc := inlineParser.Parse(gmtext.NewReader(src))
	var b builder
	ok := true
	walkInline(doc, src, &m, &b, &ok)
	if !ok {
		return stripEmphasisScan(m)
	}
	out := b.done()
	// Unbalanced marks that goldmark left as text, such as the "**" of
	// bold that opens on one line and closes on another.
	return stripEmphasisScan(out)
}

// walkInline appends the text of the inline nodes under n to b, mapping
// offsets through m.
func walkInline(n ast.Node, src []byte, m *mapped, b *builder, ok *bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			b.addMapped(src, m, seg.Start, seg.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.addSpace(m.srcOffset(seg.Stop))
			}
		case *ast.String:
			b.flushSpace()
			b.buf = append(b.buf, c.Value...)
		case *ast.AutoLink:
			seg := c.Label(src)
			b.buf = append(b.buf, seg...)
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				s := c.Segments.At(i)
				b.addMapped(src, m, s.Start, s.Stop)
			}
		case *ast.Paragraph, *ast.Emphasis, *ast.Link, *ast.CodeSpan, *ast.Image:
			walkInline(c, src, m, b, ok)
		default:
			if c.Type() == ast.TypeBlock {
				walkInline(c, src, m, b, ok)
				continue
			}
			walkInline(c, src, m, b, ok)
		}
	}
}

// addMapped appends m.s[start:end] (which is src[start:end]) to b, with
// white space collapsed and offsets mapped to the original source.
func (b *builder) addMapped(src []byte, m *mapped, start, end int) {
	if b.from.m != m {
		b.from = offsetCursor{m: m}
	}
	at := &b.from
	i := start
	for i < end {
		j := i
		for j < end && src[j] != ' ' && src[j] != '\n' && src[j] != '\t' {
			j++
		}
		if j > i {
			b.flushSpace()
			// Split the run where the source map jumps.
			for k := i; k < j; {
				so := at.offset(k)
				n := 1
				for k+n < j && at.offset(k+n) == so+n {
					n++
				}
				b.addPiece(so, n)
				b.buf = append(b.buf, src[k:k+n]...)
				k += n
			}
		}
		k := j
		for k < end && (src[k] == ' ' || src[k] == '\n' || src[k] == '\t') {
			k++
		}
		if k > j {
			b.addSpace(at.offset(j))
		}
		i = k
	}
}

// offsetCursor returns the source offsets of bytes of built text, as
// mapped.srcOffset does: it keeps its place among the pieces instead of
// searching for it every time, which is fast while the offsets asked for
// do not decrease.
type offsetCursor struct {
	m *mapped
	k int // the index of the piece of the last offset asked for
}

// offset returns m.srcOffset(i).
func (c *offsetCursor) offset(i int) int {
	ps := c.m.pieces
	if len(ps) == 0 {
		return 0
	}
	if c.k >= len(ps) || i < ps[c.k].at {
		c.k = 0
	}
	for c.k+1 < len(ps) && ps[c.k+1].at <= i {
		c.k++
	}
	p := ps[c.k]
	return p.src + min(i-p.at, p.n)
}

// stripEmphasisScan removes runs of two or more "*" or "_", single "*"
// or "_" that touch a word on one side only, and backslashes before
// punctuation, by a plain scan.
func stripEmphasisScan(m mapped) mapped {
	s := m.s
	if !strings.ContainsAny(s, "*_\\") {
		return m
	}
	var b builder
	src := []byte(s)
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src) && isASCIIPunct(src[i+1]):
			b.addMapped(src, &m, i+1, i+2)
			i += 2
			continue
		case c == '*' || c == '_':
			j := i
			for j < len(src) && src[j] == c {
				j++
			}
			before := i > 0 && src[i-1] != ' '
			after := j < len(src) && src[j] != ' '
			if j-i >= 2 || before != after || (!before && !after) {
				// An emphasis mark: drop it, keeping word spacing.
				if !before && !after && i > 0 && j < len(src) {
					b.addSpace(m.srcOffset(i))
				}
				i = j
				continue
			}
			b.addMapped(src, &m, i, j)
			i = j
			continue
		}
		j := i
		for j < len(src) && src[j] != '*' && src[j] != '_' && src[j] != '\\' {
			j++
		}
		if j == i {
			j = i + 1
		}
		b.addMapped(src, &m, i, j)
		i = j
	}
	return b.done()
}

func isASCIIPunct(c byte) bool {
	return bytes.IndexByte([]byte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"), c) >= 0
}

// trimMapped trims white space and the given cutset runes at both ends.
func trimMapped(m mapped, cutset string) mapped {
	s := m.s
	i, j := 0, len(s)
	for i < j {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && !strings.ContainsRune(cutset, r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' && !strings.ContainsRune(cutset, r) {
			break
		}
		j -= size
	}
	return sliceMapped(m, i, j)
}

// sliceMapped returns m.s[i:j] with its map.
func sliceMapped(m mapped, i, j int) mapped {
	if i == 0 && j == len(m.s) {
		return m
	}
	var ps []piece
	for _, p := range m.pieces {
		lo, hi := p.at, p.at+p.n
		if p.n == 0 {
			hi = p.at + 1
		}
		if hi <= i || lo >= j {
			continue
		}
		np := p
		if lo < i {
			np.src += i - lo
			np.n -= i - lo
			np.at = i
		}
		if p.n > 0 && np.at+np.n > j {
			np.n = j - np.at
		}
		np.at -= i
		ps = append(ps, np)
	}
	return mapped{s: m.s[i:j], pieces: ps}
}
