package pdftext

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// actualSpan is a marked-content sequence with an /ActualText entry (PDF
// 32000-1:2008, 14.9.4): its text replaces the text of every glyph shown
// inside it, nested sequences included. Producers use it where the glyphs
// do not spell the text, as when a font without a precomposed "ế" draws it
// as "ê" and a separate accent glyph: the ToUnicode CMap can give the
// shared "ê" glyph only one text, so it is right for one word and wrong for
// the others.
type actualSpan struct {
	open  bool
	text  string
	owner int // form depth of the content stream whose BDC opened it
	level int // marked-content depth in that stream before its BDC

	// Where the glyphs shown inside are: those whose code has text, and
	// all of them (accent glyphs often have none).
	mapped, all extent
}

// extent is the part of the first baseline of a span that its glyphs
// cover.
type extent struct {
	ok           bool
	x0, x1, y, h float64
}

// add widens e with a glyph at x, y of advance adv and size h. Glyphs on
// another baseline (a word the span carries over a line break) are left
// out: the text goes where the span starts.
func (e *extent) add(x, y, adv, h float64) {
	if !e.ok {
		*e = extent{ok: true, x0: x, x1: x + max(adv, 0), y: y, h: h}
		return
	}
	if y-e.y > 0.5*e.h || e.y-y > 0.5*e.h {
		return
	}
	e.x0 = min(e.x0, x)
	e.x1 = max(e.x1, x+adv)
}

// add records a glyph shown inside the span; hasText tells whether its
// code maps to text.
func (a *actualSpan) add(x, y, adv, size float64, hasText bool) {
	if hasText {
		a.mapped.add(x, y, adv, size)
	}
	a.all.add(x, y, adv, size)
}

// closeActual ends the open span: one glyph carries its text over the
// place of the glyphs it replaces (the glyphs with text when there are
// any, since an accent glyph's advance box need not lie over its letter).
// A span that showed no glyph, or whose text is empty (a hyphen that only
// breaks a line), adds nothing.
func (in *interp) closeActual() {
	a := in.act
	in.act = actualSpan{}
	e := a.mapped
	if !e.ok {
		e = a.all
	}
	if !e.ok || a.text == "" {
		return
	}
	in.run++
	in.glyphs = append(in.glyphs, glyph{x: e.x0, y: e.y, adv: e.x1 - e.x0, size: e.h, text: a.text, run: in.run, mark: isMark(a.text)})
}

// actualText returns the /ActualText of the property list of a BDC
// operator: an inline dictionary, whose entry the interpreter kept (has,
// s), or the name of an entry of the /Properties resource.
func actualText(prop operand, has bool, s []byte, res pdf.Value) (string, bool) {
	switch prop.kind {
	case tokDictOpen:
		if has {
			return textString(s), true
		}
	case tokName:
		v := res.Key("Properties").Key(string(prop.str)).Key("ActualText")
		if v.Kind() == pdf.String {
			return textString([]byte(v.RawString())), true
		}
	}
	return "", false
}

// textString decodes a PDF text string (7.9.2.2): UTF-16BE after a
// byte-order mark, UTF-8 after one (PDF 2.0), else PDFDocEncoding.
func textString(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return decodeUTF16(b[2:])
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		return string(b[3:])
	}
	r := make([]rune, 0, len(b))
	for _, c := range b {
		switch {
		case c >= 0x18 && c < 0x20:
			r = append(r, pdfDocLow[c-0x18])
		case c >= 0x80 && c <= 0xA0:
			r = append(r, pdfDocHigh[c-0x80])
		default:
			r = append(r, rune(c)) // as Latin-1
		}
	}
	return string(r)
}

// The characters of PDFDocEncoding that differ from Latin-1 (Table D.2).
var (
	pdfDocLow  = [8]rune{'˘', 'ˇ', 'ˆ', '˙', '˝', '˛', '˚', '˜'}
	pdfDocHigh = [33]rune{
		'•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘',
		'’', '‚', '™', 'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', utf8.RuneError,
		'€',
	}
)

// isMark reports whether s starts with a combining mark.
func isMark(s string) bool {
	// Every rune below U+0300, the first combining mark, starts with a
	// smaller byte: ASCII and most Latin letters need no decoding.
	if s == "" || s[0] < 0xCC {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}

// markWindow is how many glyphs before and after a combining mark, in the
// order they are drawn, may be its base letter.
const markWindow = 6

// attachMarks puts the text of each glyph that is a combining mark (a font
// whose ToUnicode CMap maps its accent glyphs to U+0300 and the like) after
// the text of its base letter, and drops the mark glyph, so that the layout
// neither puts a space before the mark nor moves it away from its letter
// when its advance box lies apart; the final NFC composes the pair. The
// base is the letter drawn just before the mark when the two overlap along
// the baseline (touching counts: a zero-width mark sits at the end of its
// letter), else the nearby letter under the middle of the mark (producers
// that draw the accent first, or apart). A mark with no such letter stays
// where it is.
func attachMarks(gs []glyph) []glyph {
	found := false
	for i := range gs {
		if gs[i].mark {
			found = true
			break
		}
	}
	if !found {
		return gs
	}
	for i := range gs {
		if !gs[i].mark {
			continue
		}
		if b := markBase(gs, i); b >= 0 {
			// The letter takes over the mark's box too, so that the
			// gap to the next glyph, and the next mark of a stack,
			// are measured as before.
			m := &gs[i]
			gs[b].text += m.text
			gs[b].adv = max(gs[b].x+gs[b].adv, m.x+m.adv) - gs[b].x
			m.text = ""
		}
	}
	out := gs[:0]
	for _, g := range gs {
		if g.text != "" {
			out = append(out, g)
		}
	}
	return out
}

// markBase returns the index of the base letter of the mark gs[i], or -1.
func markBase(gs []glyph, i int) int {
	m := gs[i]
	tol := 0.1 * m.size
	lo, hi := max(0, i-markWindow), min(len(gs), i+markWindow+1)
	for j := i - 1; j >= lo; j-- {
		if gs[j].mark {
			continue // another mark of the same letter
		}
		if isBase(gs[j], m) && overlap(gs[j], m) >= -tol {
			return j
		}
		break
	}
	// The letter under the middle of the mark, the more central the
	// better.
	c := m.x + max(m.adv, 0)/2
	best, bestIn := -1, 0.0
	for j := lo; j < hi; j++ {
		g := gs[j]
		if j == i || g.mark || !isBase(g, m) {
			continue
		}
		if in := min(c-g.x, g.x+g.adv-c); in > bestIn {
			best, bestIn = j, in
		}
	}
	return best
}

// isBase reports whether g can carry the mark m: a glyph with visible text
// on nearly the same baseline (an accent may be raised or lowered a little).
func isBase(g, m glyph) bool {
	return !isBlank(g.text) && math.Abs(g.y-m.y) <= 0.5*max(g.size, m.size)
}

// overlap returns how far the advance boxes of two glyphs overlap along
// the baseline; it is negative when they lie apart.
func overlap(a, b glyph) float64 {
	return min(a.x+max(a.adv, 0), b.x+max(b.adv, 0)) - max(a.x, b.x)
}
