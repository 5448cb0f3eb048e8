package deadline

import (
	"strconv"
	"strings"

	"github.com/vnplan/vnplan/internal/swar"

	"github.com/vnplan/vnplan/model"

	"github.com/vnplan/vnplan/internal/textscan"
)

// Match is one deadline found in a text.
//
// Start and End are byte offsets into the text given to [Find];
// Deadline.Text is text[Start:End] as written and Deadline.Span is left
// zero for the caller to fill.
type Match struct {
	Start, End int
	Deadline   model.Deadline
}

// Find returns the deadlines in text, in order. year is the year of the
// document, used for phrases that do not give one ("6 tháng đầu năm",
// "trước ngày 20/12"); 0 means unknown. Time phrases that belong to the
// name of a plan or document or to a citation are left out (see the
// package documentation).
//
// A list of dates ("trước ngày 15/6 và 15/12") gives one Match per date.
//
// Find does not read every word: it jumps from anchor to anchor (a number,
// a word such as "hàng", "hằng", "quý", "sáu", "kỳ", "lần", "xuyên", "mỗi"
// that is part of a phrase without digits, "kể từ", after a count in
// words, or "trước" and "ngay", before an event) and parses the phrase around
// it, so text without digits or such words costs one pass over its bytes.
func Find(text string, year int) []Match {
	var out []Match
	sc := newAnchorScanner(text)
	nm := newNames(text)
	pos := 0 // anchors before pos are done
	for {
		a, aEnd := sc.next(pos)
		if a < 0 {
			break
		}
		// The keywords before the anchor, separated by blanks only, back
		// to the end of the previous phrase: the prepositions and the
		// keyword of the core. A phrase cannot start before a word that
		// is not a keyword.
		var starts [maxBack]int
		var kws [maxBack]kw
		n := 0
		k := a
		// "hai năm/lần": a slash before "lần" stands for the blank. Of
		// the anchors only "lần" starts with an l, so that most anchors
		// cost one byte test here.
		glued := false
		if text[a]|0x20 == 'l' {
			if j := textscan.SkipSpaceBack(text, a); j > pos && text[j-1] == '/' {
				if kw, _ := word(text, a); kw == kwLan {
					k, glued = j-1, true
				}
			}
		}
		for n < maxBack {
			j := textscan.SkipSpaceBack(text, k)
			if j == k && !glued {
				break
			}
			glued = false
			w := textscan.WordStart(text, j)
			if w == j || w < pos {
				break
			}
			kw, e := word(text, w)
			if kw == kwNone || e != j {
				break
			}
			starts[n], kws[n] = w, kw
			n++
			k = w
		}
		matched := false
		// Farthest start first; the anchor itself last.
		for x := n; x >= 0 && !matched; x-- {
			st := a
			if x > 0 {
				st = starts[x-1]
				if !trigger(kws[x-1]) {
					continue
				}
			}
			o, end, _ := try(text, st, year, nm, out)
			if end <= a {
				continue
			}
			o, end = settle(text, out, o, end)
			out = o
			pos, matched = end, true
		}
		if !matched {
			pos = aEnd
		}
	}
	return out
}

// settle applies to the matches o that try returned after out, ending at
// end, what a phrase alone cannot tell: a date in brackets that explains
// the event of the deadline before it ("trước mùa mưa bão (trước
// 31/5/2026)") makes one deadline of the two, and a start followed by
// "đến nay" is a span of the past, no deadline. It returns the matches and
// where they end.
func settle(text string, out, o []Match, end int) ([]Match, int) {
	if len(o) > len(out) && len(out) > 0 && explains(text, out[len(out)-1], o[len(o)-1]) {
		// The date in brackets says when the event is; one deadline,
		// the date's, with the event's name and the words of both.
		prev, m := out[len(out)-1], o[len(o)-1]
		if m.End < len(text) && (text[m.End] == ')' || text[m.End] == ']') {
			m.End++
		}
		m.Start, m.Deadline.Event = prev.Start, prev.Deadline.Event
		m.Deadline.Text = text[m.Start:m.End]
		o = append(o[:len(out)-1], m)
		end = max(end, m.End)
	}
	if len(o) > len(out) && o[len(o)-1].Deadline.Relation == "from" && untilNow(text[end:]) {
		// "phát sinh từ năm 2020 đến nay": the scope of what is counted.
		o = o[:len(o)-1]
	}
	return o, end
}

// explains reports whether match m, a date or period in brackets right
// after the time before an event that prev is, says when that event is.
func explains(text string, prev, m Match) bool {
	if prev.Deadline.Event == "" || m.Deadline.Event != "" || m.Deadline.Date == "" && m.Deadline.Period == "" {
		return false
	}
	between := strings.TrimSpace(text[prev.End:m.Start])
	return between == "(" || between == "[" || between == "(tức" || between == "(dự kiến"
}

// untilNow reports whether s, the text after a time "từ …", goes on to
// the present: "đến nay", "tới nay", "đến hiện nay", "đến thời điểm hiện
// tại".
func untilNow(s string) bool {
	s = strings.TrimLeft(s, " ,")
	for _, w := range [...]string{"đến nay", "tới nay", "đến hiện nay", "đến thời điểm hiện tại", "đến thời điểm này"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// maxBack is how many words before an anchor may start its phrase.
const maxBack = 18

// anchorScanner finds anchors in order: numbers at a word boundary, the
// words "hàng", "hằng", "quý", "sáu", "kỳ" (kì), "lần", "xuyên" and "mỗi" in
// any case, which start or end phrases without digits ("định kỳ hai
// năm", "hai năm một lần", "Thường xuyên"), "kể" before "từ", which
// follows a time allowed counted in words ("trong vòng mười lăm ngày kể
// từ ..."), and "trước" and "ngay", which start a time before or at an
// event ("trước khi bão đổ bộ", "ngay khi có tin bão"). It reads the text eight
// bytes at a time and looks closer only at the few places where an
// anchor may be seen.
type anchorScanner struct {
	text string
	// base is the start of the last block of eight bytes read; mask
	// marks, as in package swar, the places in it still to look at.
	base int
	mask uint64
}

// newAnchorScanner returns a scanner of the anchors of text.
func newAnchorScanner(text string) anchorScanner {
	return anchorScanner{text: text, base: -8}
}

// next returns the first anchor at or after pos and the end of its word
// or number, or -1. pos must not decrease from call to call.
func (sc *anchorScanner) next(pos int) (int, int) {
	s := sc.text
	for {
		// Drop the places before pos.
		if d := pos - sc.base; d >= 8 {
			sc.mask = 0
		} else if d > 0 {
			sc.mask &^= 1<<(8*d) - 1
		}
		if sc.mask == 0 {
			sc.base, sc.mask = candidates(s, max(pos, sc.base+8))
			if sc.mask == 0 {
				return -1, -1
			}
		}
		k := sc.base + swar.First(sc.mask)
		sc.mask &= sc.mask - 1
		if a, e := anchorAt(s, k); a >= pos {
			return a, e
		}
	}
}

// candidates finds the first block of eight bytes at or after i, at i
// plus a multiple of eight, with a place where anchorAt may find an
// anchor, and returns its start and the places, marked as in package
// swar; it returns a zero mask at the end of s. The places are the
// digits after a byte that is not one, and the lead bytes C3 of à, À, ý,
// Ý, á, Á, ê, Ê, ì, Ì and E1 of ằ, Ằ, ầ, Ầ, ỳ, Ỳ, ỗ, Ỗ, ể, Ể after the letter
// before them in their anchor word (h, qu, s, y, k; h, l, k, m, k), the E1
// of ớ after ư (of "trước"), and the g of "ngay", with a few other
// places where anchorAt finds nothing. It tests the eight places at once (see
// package swar); near the end of s it lets through every digit and every
// lead byte C3 and E1 and every g.
func candidates(s string, i int) (int, uint64) {
	var prev, prevDigit uint64 // the byte before i, and 0x80 if a digit
	if 0 < i && i <= len(s) {
		prev = uint64(s[i-1])
		if textscan.IsDigit(s[i-1]) {
			prevDigit = 0x80
		}
	}
	for ; i+10 <= len(s); i += 8 {
		t := s[i : i+10]
		x := swar.Load(t, 0) // the bytes at i
		y := swar.Load(t, 1) // the bytes after them
		z := swar.Load(t, 2) // the bytes two after them
		b := x<<8 | prev     // the bytes before them
		prev = x >> 56
		// The anchor letters and the letter before them fold, in
		// either case, to few values: with C3 at x, y|0x20 ^ b|0x20 is
		// C8 for hà and quý, D2 for sá, D3 for yê (of xuyên) and C7
		// for kì, and D2 and D3 both give D2 with the bit 0x01
		// cleared; with E1 at x and BA or BB at y, z&0xFE ^ b|0x20 ^
		// y&1 is D8 for hằ and kỳ, CA for lầ, FA for mỗ and E8 for
		// kể, which all give C8 with the bits 0x32 cleared.
		// Each value below is zero in the lanes of some of them.
		bl := b | swar.Spread(0x20)
		v := y | swar.Spread(0x20) ^ bl
		y7 := y & swar.Spread(0xFE)
		w := z&swar.Spread(0xFE) ^ bl ^ y&swar.Spread(0x01)
		c3 := x ^ swar.Spread(0xC3)
		e1 := x ^ swar.Spread(0xE1) | (y7 ^ swar.Spread(0xBA))
		letters := zero(c3|(v^swar.Spread(0xC8))) | zero(c3|(v&swar.Spread(0xFE)^swar.Spread(0xD2))) |
			zero(c3|(v^swar.Spread(0xC7))) | zero(e1|(w&swar.Spread(0xCD)^swar.Spread(0xC8)))
		// The words of a time before or at an event: with E1 at x, w
		// is 2B for the ớ of "trước" (also of "nước", "dưới") after
		// the B0 of ư; with a g at x, v is 0F for the n and a around
		// it in "ngay", in either case.
		events := zero(e1|(w^swar.Spread(0x2B))) |
			zero((v^swar.Spread(0x0F))|(x|swar.Spread(0x20)^swar.Spread('g')))
		d := swar.Digit(x)
		digits := d &^ (d<<8 | prevDigit)
		prevDigit = d >> 56
		if m := (letters | digits | events) & swar.Spread(0x80); m != 0 {
			if letters&swar.Spread(0x80) != 0 {
				// Most of these are false hits: "gà", "giá", "hú".
				m = (letters&anchorLetters(bl, x, y, z) | digits | events) & swar.Spread(0x80)
				if m == 0 {
					continue
				}
			}
			return i, m
		}
	}
	for ; i < len(s); i += 8 {
		var m uint64
		for j := 0; j < 8 && i+j < len(s); j++ {
			if c := s[i+j]; textscan.IsDigit(c) || c == 0xC3 || c == 0xE1 || c|0x20 == 'g' {
				m |= 0x80 << (8 * j)
			}
		}
		if m != 0 {
			return i, m
		}
	}
	return i, 0
}

// anchorLetters marks, as in package swar, with some noise, the lanes
// of the lead byte of an anchor letter in the block x, where bl holds the
// bytes before x with 0x20 set, and y and z the bytes one and two after
// them: C3 of "hàn", "uý", "sáu", "yên", "kì" and E1 of "hằ", "lầ",
// "kỳ", "mỗ", "kể", in either case.
func anchorLetters(bl, x, y, z uint64) uint64 {
	y5 := y | swar.Spread(0x20)
	z5 := z | swar.Spread(0x20)
	z7 := z & swar.Spread(0xFE)
	c3 := x ^ swar.Spread(0xC3)
	e1 := x ^ swar.Spread(0xE1)
	return zero(c3|(bl^swar.Spread('h'))|(y5^swar.Spread(0xA0))|(z5^swar.Spread('n'))) |
		zero(c3|(bl^swar.Spread('u'))|(y5^swar.Spread(0xBD))) |
		zero(c3|(bl^swar.Spread('s'))|(y5^swar.Spread(0xA1))|(z5^swar.Spread('u'))) |
		zero(c3|(bl^swar.Spread('y'))|(y5^swar.Spread(0xAA))|(z5^swar.Spread('n'))) |
		zero(c3|(bl^swar.Spread('k'))|(y5^swar.Spread(0xAC))) |
		zero(e1|(bl^swar.Spread('h'))|(y^swar.Spread(0xBA))|(z7^swar.Spread(0xB0))) |
		zero(e1|(bl^swar.Spread('l'))|(y^swar.Spread(0xBA))|(z7^swar.Spread(0xA6))) |
		zero(e1|(bl^swar.Spread('k'))|(y^swar.Spread(0xBB))|(z7^swar.Spread(0xB2))) |
		zero(e1|(bl^swar.Spread('m'))|(y^swar.Spread(0xBB))|(z7^swar.Spread(0x96))) |
		zero(e1|(bl^swar.Spread('k'))|(y^swar.Spread(0xBB))|(z7^swar.Spread(0x82)))
}

// zero sets the high bit of each byte of v that is zero, and of some
// bytes right above a zero byte; the other bits are noise, to be masked
// off by the caller.
func zero(v uint64) uint64 {
	return (v - swar.Spread(0x01)) &^ v
}

// anchorAt returns the anchor seen at i, where s[i] is a digit or the
// lead byte of the accented letter of an anchor word, and the end of its
// word or number; it returns -1 when there is none.
func anchorAt(s string, i int) (int, int) {
	c := s[i]
	a := -1
	switch {
	case textscan.IsDigit(c):
		if textscan.IsAlnumBefore(s, i) {
			return -1, -1
		}
		e := i
		for e < len(s) && textscan.IsDigit(s[e]) {
			e++
		}
		return i, e
	case c == 0xC3 && i+1 < len(s):
		switch s[i+1] {
		case 0xA0, 0x80: // à, À: "hàng"
			if i >= 1 && s[i-1]|0x20 == 'h' && i+3 < len(s) && s[i+2]|0x20 == 'n' && s[i+3]|0x20 == 'g' {
				a = i - 1
			}
		case 0xBD, 0x9D: // ý, Ý: "quý"
			if i >= 2 && s[i-1]|0x20 == 'u' && s[i-2]|0x20 == 'q' {
				a = i - 2
			}
		case 0xA1, 0x81: // á, Á: "sáu"
			if i >= 1 && s[i-1]|0x20 == 's' && i+2 < len(s) && s[i+2]|0x20 == 'u' {
				a = i - 1
			}
		case 0xAC, 0x8C: // ì, Ì: "kì"
			if i >= 1 && s[i-1]|0x20 == 'k' {
				a = i - 1
			}
		case 0xAA, 0x8A: // ê, Ê: "xuyên", of "thường xuyên"
			if i >= 3 && s[i-1]|0x20 == 'y' && s[i-2]|0x20 == 'u' && s[i-3]|0x20 == 'x' &&
				i+2 < len(s) && s[i+2]|0x20 == 'n' {
				a = i - 3
			}
		}
	case c == 0xE1 && i+2 < len(s) && i >= 1:
		p := s[i-1] | 0x20
		switch s[i+1] {
		case 0xBA:
			switch s[i+2] {
			case 0xB1, 0xB0: // ằ, Ằ: "hằng"
				if p == 'h' && i+4 < len(s) && s[i+3]|0x20 == 'n' && s[i+4]|0x20 == 'g' {
					a = i - 1
				}
			case 0xA7, 0xA6: // ầ, Ầ: "lần"
				if p == 'l' && i+3 < len(s) && s[i+3]|0x20 == 'n' {
					a = i - 1
				}
			}
		case 0xBB:
			switch {
			case p == 'k' && (s[i+2] == 0xB3 || s[i+2] == 0xB2): // ỳ, Ỳ: "kỳ"
				a = i - 1
			case p == 'm' && (s[i+2] == 0x97 || s[i+2] == 0x96): // ỗ, Ỗ: "mỗi"
				a = i - 1
			case p == 'k' && (s[i+2] == 0x83 || s[i+2] == 0x82) && tuAt(s, i+3): // ể, Ể: "kể từ"
				a = i - 1
			case s[i-1] == 0xB0 && (s[i+2] == 0x9B || s[i+2] == 0x9A) && i >= 4 && s[i-2] == 0xC6 &&
				s[i-3]|0x20 == 'r' && s[i-4]|0x20 == 't': // ướ, ưỚ: "trước"
				a = i - 4
			}
		}
	case c|0x20 == 'g' && i >= 1 && i+2 < len(s):
		// "ngay", in either case.
		if s[i-1]|0x20 == 'n' && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'y' && !textscan.IsAlnumAt(s, i+3) {
			a = i - 1
		}
	}
	if a < 0 || textscan.WordStart(s, a) != a {
		return -1, -1
	}
	e := textscan.WordEnd(s, a)
	if e <= a {
		e = a + 1
	}
	return a, e
}

// tuAt reports whether a blank and "từ" (in any case) are at i, as in
// "kể từ", so that only "kể từ" is an anchor and "đáng kể" is none.
func tuAt(s string, i int) bool {
	return i+5 < len(s) && s[i] == ' ' && s[i+1]|0x20 == 't' && s[i+2] == 0xE1 && s[i+3] == 0xBB &&
		(s[i+4] == 0xAB || s[i+4] == 0xAA) && !textscan.IsAlnumAt(s, i+5)
}

// try parses a phrase at i and appends its deadlines to out: one, or
// several for a list of dates ("trước ngày 15/6 và 15/12"). It reports
// whether it found any, and the end of the phrase, also when a phrase was
// recognised but left out (a cited document's date, a name) so that the
// scan skips it. The deadlines already in out give the context of a
// recurring date.
func try(s string, i, year int, nm *names, out []Match) ([]Match, int, bool) {
	cell := timeLabel(s, i)
	if r, ok := relative(s, i, cell); ok {
		// A time allowed from an event needs none of the rules below:
		// its lead and its event make it a deadline.
		return append(out, Match{Start: r.start, End: r.end, Deadline: r.deadline(s)}), r.end, true
	}
	p, ok := parse(s, i, cell)
	if !ok {
		// Nor does a time before, at or after an event, which parse
		// does not read.
		if r, ok := eventAt(s, i); ok {
			return append(out, Match{Start: r.start, End: r.end, Deadline: r.deadline(s)}), r.end, true
		}
		return out, i, false
	}
	if p.kind == coreDay && p.rec == "" {
		// "Báo cáo hằng tháng, trước ngày 25": the day of each month.
		if !monthlyBefore(s, out, p) {
			return out, i, false
		}
		p.rec = "monthly"
	}
	if describes(s, &p) {
		return out, p.end, false
	}
	if p.flags&strongFlags == 0 && p.rec == "" && p.kind != coreHalf {
		if p.flags == 0 && p.y != 0 && (p.kind == coreMonth || p.kind == coreQuarter) &&
			!comparedBefore(s, p.start) && completionVerb(s, p.start) {
			// "Sở ... hoàn thành điều chỉnh quy hoạch tháng 01/2026"
			// reads as "hoàn thành tháng 01/2026", also after a name
			// noun.
			p.flags |= fHoanThanh
		} else if afterSymbol(s, p.start) || (p.kind == coreDate && p.flags == 0 && placeDate(s, p.start)) || nm.in(p.start) {
			return out, p.end, false
		}
	}
	// Checked after the cheaper rules above, which leave out most
	// phrases that are no deadline. "giai đoạn trước năm 2020" is a
	// span of time like "giai đoạn 2016 - 2020", not a time before
	// which.
	if p.rec == "" && (p.flags&^(fCuoi|fDau|fGiaiDoan) == 0 || p.flags == fGiaiDoan|fTruoc) && baseline(s, &p) {
		return out, p.end, false
	}
	if p.flags&(fTrong|fVao) != 0 && p.flags&^(fTrong|fVao|fGiaiDoan) == 0 && completionBefore(s, p.start) {
		// "hoàn thành phê duyệt phương án trong năm 2026" reads as
		// "hoàn thành trong năm 2026".
		p.flags |= fHoanThanh
	}
	if p.kind != coreDate && p.listEnd == 0 {
		if pastResult(s, &p, year) {
			return out, p.end, false
		}
		m := Match{Start: p.start, End: p.end, Deadline: p.deadline(s, year)}
		if p.rec == "weekly" {
			// "thứ Bảy và Chủ nhật hằng tuần": the days written before.
			if days, at := weekdaysBefore(s, p.start); len(days) > 0 {
				m.Start, m.Deadline.Weekdays = at, days
				m.Deadline.Text = s[at:p.end]
			} else if days, e := weekdaysAfter(s, p.end); len(days) > 0 {
				// "hằng tuần vào thứ Sáu".
				m.End, m.Deadline.Weekdays = e, days
				m.Deadline.Text = s[m.Start:e]
			}
		}
		out = append(out, m)
		end := m.End
		switch {
		case p.kind == coreNone && p.rec != "continuous" && p.rec != "periodic":
			// "định kỳ hằng quý, 6 tháng, năm": one deadline each.
			out, end = recurrenceList(s, out, end)
		case p.kind == coreMonth && p.y != 0:
			// "vào các tháng 10/2027, 01/2028 và 4/2028": each month
			// with its own year.
			for n := 1; n < maxDates; n++ {
				q, ok := monthYearItem(s, end, p.flags)
				if !ok {
					break
				}
				out = append(out, Match{Start: q.start, End: q.end, Deadline: q.deadline(s, year)})
				end = q.end
			}
		}
		return out, end, true
	}
	var list [maxDates]phrase
	n := items(s, p, &list)
	if pastResult(s, &list[n-1], year) {
		return out, list[n-1].end, false
	}
	rec := ""
	if p.y == 0 && p.rec == "" {
		rec = recurrentContext(s, out, p)
	}
	for k := range list[:n] {
		q := &list[k]
		if q.y == 0 && q.rec == "" {
			q.rec = rec
		}
		out = append(out, Match{Start: q.start, End: q.end, Deadline: q.deadline(s, year)})
	}
	return out, list[n-1].end, true
}

// recurrenceList appends to out the recurrences of a list whose first,
// a recurrence, ended at i, and returns the end of the list. The others
// drop "hằng" or "định kỳ": "hằng quý, 6 tháng, năm", "hằng tháng, quý
// và năm". Each is a unit ("tháng", "quý", "năm", "tuần") or a count and
// a unit ("6 tháng"), closing its clause or followed by the next item:
// "hằng quý, năm 2026" and "hằng năm, 6 tháng đầu năm" are no lists.
func recurrenceList(s string, out []Match, i int) ([]Match, int) {
	for n := 0; n < 4; n++ {
		j := textscan.SkipSpace(s, i)
		if j < len(s) && s[j] == ',' {
			j++
		} else if k, e := word(s, j); k == kwVa {
			j = e
		} else if _, ws, we := next(s, j); isWord(s, ws, we, "hoặc") {
			j = we
		} else {
			break
		}
		st := textscan.SkipSpace(s, j)
		if st == j {
			break
		}
		var rec string
		var e int
		if u, ue := word(s, st); unitRec(u, 1) != "" && u != kwNgay {
			rec, e = unitRec(u, 1), ue
		} else if r, re, ok := every(s, st, false); ok {
			rec, e = r, re
		} else {
			break
		}
		if !itemEnd(s, e, n > 0) {
			break
		}
		out = append(out, Match{Start: st, End: e, Deadline: model.Deadline{Text: s[st:e], Recurrence: rec}})
		i = e
	}
	return out, i
}

// itemEnd reports whether an item of a list ends at i: the end of the
// text, a punctuation mark, or "và" or "hoặc" before the next item. The
// third item of a list or a later one may also end before a word that
// is no word of time: "hằng quý, 6 tháng, năm gửi Bộ Nội vụ", where
// the list makes plain what it is.
func itemEnd(s string, i int, later bool) bool {
	j := textscan.SkipBlanks(s, i)
	if j >= len(s) {
		return true
	}
	switch s[j] {
	case ',', '.', ';', ':', ')', '\n', '|':
		return true
	}
	k, ws, we := next(s, j)
	return k == kwVa || isWord(s, ws, we, "hoặc") || later && k == kwNone && we > ws
}

// past reports whether p is a time wholly before year, the year of the
// document, that no word makes a deadline: no "trước", "chậm nhất" or
// "hoàn thành", which say so explicitly (a requirement recalled, or last
// year's number typed in a document of early January), no time that runs
// on ("từ năm 2024", "sau năm 2020", "Năm 2022 và hằng năm"), and not the
// value of a time field ("Thời gian thực hiện: Quý IV/2024"), which is
// read as a table cell.
func (p *phrase) past(year int) bool {
	if year == 0 || p.y == 0 || p.y >= year || endYear(p.y, p.y2) >= year ||
		p.cell || p.rec != "" || p.from || p.flags&(fTruoc|fChamNhat|fHoanThanh) != 0 {
		return false
	}
	r := p.relation()
	return r != "from" && r != "after"
}

// pastResult reports whether p is a past time (see phrase.past) that
// frames a result, not a deadline: it opens its clause ("Năm 2024, tăng
// trưởng đạt 8,5%", "Trong năm 2024, toàn tỉnh đã ...", "Đến hết năm
// 2024, toàn tỉnh có ..."), "đạt", "đã" or "là" follows it ("năm 2024
// đạt 8,5%"), or "đã" comes before it in its clause ("đã tổ chức vào
// ngày 15/6/2024"). A past time elsewhere is left as it is: the year a
// status is recognised for ("đề nghị công nhận xã đạt chuẩn văn hóa năm
// 2024", in a plan of 2025) or the period a review covers ("Sơ kết 6
// tháng đầu năm 2024").
func pastResult(s string, p *phrase, year int) bool {
	if !p.past(year) {
		return false
	}
	if opensClause(s, p.start) {
		return true
	}
	if _, ws, we := next(s, p.end); isWord(s, ws, we, "đạt") || isWord(s, ws, we, "đã") || isWord(s, ws, we, "là") {
		return true
	}
	return pastMarkBefore(s, p.start)
}

// items fills list with the times of p, a date that may start a list of
// dates or the first of a list of months or quarters, and returns how
// many there are.
func items(s string, p phrase, list *[maxDates]phrase) int {
	if p.listEnd > 0 {
		return listItems(s, p, list)
	}
	return dateList(s, p, list)
}

// dateList fills list with the date p and the dates that follow it in a
// list ("trước ngày 15/6 và 15/12") and returns how many there are. Each
// takes the prepositions of the first, and, when it has none, the year or
// recurrence written after the last ("ngày 30/6 và 31/12/2026", "ngày
// 30/6 và 31/12 hằng năm").
func dateList(s string, p phrase, list *[maxDates]phrase) int {
	list[0] = p
	n := 1
	for n < maxDates {
		q, ok := listDate(s, list[n-1].end, p.flags)
		if !ok {
			break
		}
		list[n] = q
		n++
	}
	last := list[n-1]
	for k := range list[:n-1] {
		if q := &list[k]; q.y == 0 && q.rec == "" {
			q.y, q.rec = last.y, last.rec
		}
	}
	return n
}

// maxDates is how many dates a list of dates may hold.
const maxDates = 8

// listDate parses the next date of a list after the date that ended at i:
// "và 15/12", ", ngày 15 tháng 12", "và 15/12 hằng năm". The date takes
// the prepositions flags of the first.
func listDate(s string, i, flags int) (phrase, bool) {
	j := textscan.SkipSpace(s, i)
	if j >= len(s) {
		return phrase{}, false
	}
	if s[j] == ',' {
		j++
	} else if k, e := word(s, j); k == kwVa {
		j = e
	} else {
		return phrase{}, false
	}
	st := textscan.SkipSpace(s, j)
	c := st
	if e, ok := accept(s, st, kwNgay); ok {
		c = textscan.SkipSpace(s, e)
	}
	if c >= len(s) || !textscan.IsDigit(s[c]) || c == st && textscan.IsAlnumBefore(s, c) {
		return phrase{}, false
	}
	q := phrase{start: st, flags: flags, keyword: c > st}
	end, ok := dayCore(s, c, &q)
	if !ok || q.kind != coreDate {
		return phrase{}, false
	}
	if r, e, ok := recurrence(s, end); ok {
		q.rec, end = r, e
	}
	q.end = end
	return q, true
}

// monthYearItem parses the next month of a list of months each written
// with its year, after the one that ended at i: ", 01/2028", " và tháng
// 4/2028". The month takes the prepositions flags of the first.
func monthYearItem(s string, i, flags int) (phrase, bool) {
	e, nl, ok := listSep(s, i)
	if !ok || nl {
		return phrase{}, false
	}
	st := textscan.SkipSpace(s, e)
	c := st
	if e2, ok := accept(s, st, kwThang); ok {
		c = textscan.SkipSpace(s, e2)
	}
	m, j, ok := readInt(s, c, 2)
	if !ok || m < 1 || m > 12 || j >= len(s) || s[j] != '/' {
		return phrase{}, false
	}
	y, end, ok := readYear(s, j+1)
	if !ok {
		return phrase{}, false
	}
	return phrase{start: st, end: end, flags: flags, kind: coreMonth, keyword: c > st, m: m, y: y}, true
}

// trigger reports whether the keyword k can start a phrase.
func trigger(k kw) bool {
	switch k {
	case kwTruoc, kwTrong, kwRong, kwVao, kwTu, kwDen, kwToi, kwHet, kwSau, kwCuoi, kwDau,
		kwNgay, kwThang, kwQuy, kwNam, kwHang, kwKe, kwCho, kwHoan, kwCham, kwMuon,
		kwDinh, kwTam, kwGiai, kwThoi, kwSau6, kwMot, kwHai, kwBa, kwBon, kwMuoi, kwThuong, kwNien, kwMoi,
		kwKhong, kwToiDa, kwNgay2:
		return true
	}
	return false
}

// deadline builds the model value of p.
func (p *phrase) deadline(s string, year int) model.Deadline {
	d := model.Deadline{Text: s[p.start:p.end], Recurrence: p.rec}
	d.Relation = p.relation()
	y := p.y
	if y == 0 && p.rec == "" {
		y = year
	}
	switch p.kind {
	case coreDate:
		if p.rec != "" && p.y == 0 {
			y = 0
		}
		if y != 0 && !validDate(y, p.m, p.d) {
			y = 0
		}
		if y == 0 {
			// A date of every year, "--06-15", is no exact date: ISO
			// readers of Date expect a year.
			d.Period = ymd(0, p.m, p.d)
			break
		}
		d.Date = ymd(y, p.m, p.d)
	case coreDay:
		d.Day = p.d
	case coreMonth:
		d.Period = yearPrefix(y, "--") + two(p.m)
	case coreQuarter:
		d.Period = yearPrefix(y, "") + "Q" + strconv.Itoa(p.q)
	case coreHalf:
		d.Period = yearPrefix(y, "") + "H" + strconv.Itoa(p.h)
	case coreYear:
		d.Period = strconv.Itoa(p.y)
	case coreRange:
		d.Period = strconv.Itoa(p.y) + "/" + strconv.Itoa(p.y2)
	case coreMonthRange:
		d.Period = yearPrefix(y, "--") + two(p.m) + "/" + yearPrefix(endYear(y, p.y2), "--") + two(p.m2)
	case coreQuarterRange:
		d.Period = yearPrefix(y, "") + "Q" + strconv.Itoa(p.q) + "/" + yearPrefix(endYear(y, p.y2), "") + "Q" + strconv.Itoa(p.q2)
	case coreDayRange:
		y2 := endYear(y, p.y2)
		if y != 0 && !(validDate(y, p.m, p.d) && validDate(y2, p.m2, p.d2)) {
			// 29 February in the document's year, not a leap year.
			y, y2 = 0, 0
		}
		d.Period = ymd(y, p.m, p.d) + "/" + ymd(y2, p.m2, p.d2)
	}
	return d
}

// relation names the relation of p to its time.
func (p *phrase) relation() string {
	f := p.flags
	switch {
	case p.kind == coreNone:
		return ""
	case f&fTruoc != 0 && f&fCuoi == 0:
		// "trước" names the relation even after "hoàn thành" or
		// "chậm nhất": "hoàn thành trước năm 2025" is before 2025.
		return "before"
	case f&(fHoanThanh|fChamNhat|fTruoc) != 0:
		return "by"
	case f&fCuoi != 0:
		return "end_of"
	case f&fDau != 0:
		return "start_of"
	case f&fTu != 0 && isRange(p.kind):
		return "during"
	case f&fTu != 0:
		return "from"
	case f&fSau != 0:
		return "after"
	case f&fDen != 0:
		if f&fHet == 0 && p.kind == coreYear {
			return "horizon"
		}
		return "until"
	case f&fHet != 0:
		return "until"
	case f&fTamNhin != 0:
		return "horizon"
	case p.from:
		return "from"
	case p.kind == coreDate || p.kind == coreDay:
		return "on"
	}
	return "during"
}

// endYear returns the year of the end of a range: y2 when written, else
// the year y of its start.
func endYear(y, y2 int) int {
	if y2 != 0 {
		return y2
	}
	return y
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// yearPrefix returns "2024-", or unknown when y is 0.
func yearPrefix(y int, unknown string) string {
	if y == 0 {
		return unknown
	}
	return strconv.Itoa(y) + "-"
}

// ymd formats a date, "--MM-DD" when the year is unknown.
func ymd(y, m, d int) string {
	return yearPrefix(y, "--") + two(m) + "-" + two(d)
}

// ParseCell parses the time column of an annex task table, where the cell
// is a bare time expression: "Tháng 8/2024", "2024 - 2025", "Quý III, năm
// 2022", "Quý III, IV/2026", "10-11/2019", "Năm 2022 và hàng năm", "Năm
// 2025 và các năm tiếp theo" (from 2025, yearly), "Thường xuyên", "Hằng
// năm", a time allowed from an event, "30 ngày kể từ ngày ký" (see the
// package documentation), and the day of a schedule, "Sáng 15/7/2026",
// "27 - 28/7/2026". A cell listing several times ("Năm 2025; Năm 2030",
// "15/6 và 15/12") gives the first one; [ParseCellAll] gives them all. It reports
// false when the cell does not start with a time expression or holds
// more than a list of them.
func ParseCell(cell string, year int) (model.Deadline, bool) {
	if d, ok := parseCell(cell, year); ok {
		return d, true
	}
	if ms := ParseCellAll(cell, year); len(ms) > 0 {
		return ms[0].Deadline, true // the day of a schedule
	}
	return model.Deadline{}, false
}

// parseCell is ParseCell without the days of schedules.
func parseCell(cell string, year int) (model.Deadline, bool) {
	i := skipLead(cell, 0)
	if i >= len(cell) {
		return model.Deadline{}, false
	}
	if e, ok := continuousCell(cell, i); ok && restOK(cell, e) {
		return model.Deadline{Text: cell[i:e], Recurrence: "continuous"}, true
	}
	if r, ok := relative(cell, i, true); ok {
		if !restOK(cell, r.end) {
			return model.Deadline{}, false
		}
		return r.deadline(cell), true
	}
	p, ok := parse(cell, i, true)
	if !ok {
		return model.Deadline{}, false
	}
	end := p.end
	if p.kind == coreDate || p.listEnd > 0 {
		var list [maxDates]phrase
		n := items(cell, p, &list)
		p, end = list[0], list[n-1].end
	}
	if !restOK(cell, end) {
		return model.Deadline{}, false
	}
	return p.deadline(cell, year), true
}

// continuousCell parses "Thường xuyên" or "Nhiệm vụ thường xuyên" at i
// and returns its end.
func continuousCell(cell string, i int) (int, bool) {
	j := i
	if e, ok := accept(cell, j, kwNhiem); ok {
		if e2, ok := accept(cell, e, kwVu); ok {
			j = e2
		}
	}
	if e, ok := accept(cell, j, kwThuong); ok {
		if e2, ok := accept(cell, e, kwXuyen); ok {
			return e2, true
		}
	}
	return i, false
}

// ParseCellAll is like [ParseCell] but gives every time of a cell that
// lists several: "Năm 2025; Năm 2030" gives 2025 and 2030, "Trước ngày
// 30/6 và 31/12/2026" both dates. Start and End of each Match are byte
// offsets into cell. The first Match is what ParseCell gives; when
// ParseCell reports false, ParseCellAll returns nil.
func ParseCellAll(cell string, year int) []Match {
	if ms := parseCellAll(cell, year); ms != nil {
		return ms
	}
	// A day of a schedule: "Sáng 15/7/2026", "27 - 28/7/2026", read as
	// after "ngày".
	i := scheduleDay(cell)
	if i >= len(cell) || cell[i] < '0' || cell[i] > '9' {
		return nil
	}
	const pre = "ngày "
	ms := parseCellAll(pre+cell[i:], year)
	for k := range ms {
		m := &ms[k]
		m.Start, m.End = i+max(0, m.Start-len(pre)), i+m.End-len(pre)
		m.Deadline.Text = cell[m.Start:m.End]
	}
	return ms
}

// scheduleDay returns where the day of a schedule's cell starts, after
// the part of the day that opens it: "Sáng", "Chiều", "Tối", "Buổi sáng",
// then "ngày".
func scheduleDay(cell string) int {
	i := skipLead(cell, 0)
	for _, w := range [...]string{"buổi ", "sáng ", "chiều ", "trưa ", "tối ", "ngày "} {
		if len(cell)-i > len(w) && strings.EqualFold(cell[i:i+len(w)], w) {
			i = skipLead(cell, i+len(w))
		}
	}
	return i
}

// parseCellAll is ParseCellAll without the days of schedules.
func parseCellAll(cell string, year int) []Match {
	if _, ok := parseCell(cell, year); !ok {
		return nil
	}
	var out []Match
	i := skipLead(cell, 0)
	for i < len(cell) {
		if e, ok := continuousCell(cell, i); ok {
			out = append(out, Match{Start: i, End: e, Deadline: model.Deadline{Text: cell[i:e], Recurrence: "continuous"}})
			i = e
		} else if r, ok := relative(cell, i, true); ok {
			out = append(out, Match{Start: r.start, End: r.end, Deadline: r.deadline(cell)})
			i = r.end
		} else {
			p, ok := parse(cell, i, true)
			if !ok {
				break
			}
			if p.kind != coreDate && p.listEnd == 0 {
				out = append(out, Match{Start: p.start, End: p.end, Deadline: p.deadline(cell, year)})
				i = p.end
			} else {
				var list [maxDates]phrase
				n := items(cell, p, &list)
				for k := range list[:n] {
					q := &list[k]
					out = append(out, Match{Start: q.start, End: q.end, Deadline: q.deadline(cell, year)})
				}
				i = list[n-1].end
			}
		}
		i = nextCellTime(cell, i)
	}
	return out
}

// nextCellTime returns the start of the time that follows the separator
// of a list of times after i (";", ",", a line break or "và"), or
// len(cell) when none follows.
func nextCellTime(cell string, i int) int {
	j := skipLead(cell, i)
	if j >= len(cell) {
		return len(cell)
	}
	switch cell[j] {
	case ';', ',':
		return skipLead(cell, j+1)
	}
	if strings.IndexByte(cell[i:j], '\n') >= 0 {
		// A time on a line of its own.
		return j
	}
	if k, _, e := next(cell, j); k == kwVa {
		return skipLead(cell, e)
	}
	return len(cell)
}

// skipLead skips blanks, newlines and emphasis markers.
func skipLead(s string, i int) int {
	for i < len(s) {
		if n := textscan.BlankAt(s, i); n > 0 {
			i += n
			continue
		}
		switch s[i] {
		case '\n', '*', '_':
			i++
			continue
		}
		break
	}
	return i
}

// restOK reports whether what follows a cell's first time expression at i
// is nothing, closing punctuation, or the separator of a list of times
// (";", ",", "và" or a line break) and another time.
func restOK(s string, i int) bool {
	j := skipLead(s, i)
	if j >= len(s) {
		return true
	}
	switch s[j] {
	case '.', ';', ',', '\n':
		k := skipLead(s, j+1)
		if k >= len(s) {
			return true
		}
		if s[j] == '.' {
			return false
		}
		_, ok := parse(s, k, true)
		return ok
	}
	if k, _, e := next(s, j); k == kwVa {
		_, ok := parse(s, textscan.SkipSpace(s, e), true)
		return ok
	}
	if strings.IndexByte(s[i:j], '\n') >= 0 {
		// A time on a line of its own.
		_, ok := parse(s, j, true)
		return ok
	}
	return false
}

// weekdays are the names of the days of the week, lower-cased after
// "thứ", with their names in the output.
var weekdays = map[string]string{
	"hai": "monday", "ba": "tuesday", "tư": "wednesday", "năm": "thursday",
	"sáu": "friday", "bảy": "saturday", "2": "monday", "3": "tuesday", "4": "wednesday",
	"5": "thursday", "6": "friday", "7": "saturday",
}

// maxWeekdays bounds the bytes of a list of days before a recurrence.
const maxWeekdays = 80

// weekdaysBefore reads the days of the week written right before offset
// i, where a weekly recurrence starts: "thứ Bảy và Chủ nhật", "thứ Hai,
// thứ Tư và thứ Sáu", "các ngày thứ 7". It returns their names in the
// order written and where the list starts, or nil.
func weekdaysBefore(s string, i int) ([]string, int) {
	lo := max(0, i-maxWeekdays)
	// The list is read from each place a day may start, the earliest
	// first, and must run up to i.
	for at := lo; at < i; at++ {
		if at > lo && !isBlank(s[at-1]) {
			continue
		}
		if days, end := weekdayList(s, at); len(days) > 0 && textscan.SkipSpace(s, end) == i {
			return days, at
		}
	}
	return nil, i
}

// weekdaysAfter reads the days of the week written right after offset
// i, where a weekly recurrence ends, after "vào": "hằng tuần vào thứ Sáu",
// "hằng tuần vào các ngày thứ Hai và thứ Năm". It returns their names and
// the end of the list, or nil.
func weekdaysAfter(s string, i int) ([]string, int) {
	j := textscan.SkipSpace(s, i)
	if !strings.HasPrefix(s[j:], "vào ") {
		return nil, i
	}
	j = textscan.SkipSpace(s, j+len("vào "))
	for _, w := range [...]string{"các ngày ", "ngày "} {
		if strings.HasPrefix(s[j:], w) {
			j = textscan.SkipSpace(s, j+len(w))
			break
		}
	}
	if days, end := weekdayList(s, j); len(days) > 0 {
		return days, end
	}
	return nil, i
}

// weekdayList reads a list of days of the week at i and returns their
// names and the end of the list.
func weekdayList(s string, i int) ([]string, int) {
	var days []string
	end := i
	for j := i; ; {
		d, e, ok := weekday(s, j)
		if !ok {
			break
		}
		days, end = append(days, d), e
		j = textscan.SkipSpace(s, e)
		switch {
		case strings.HasPrefix(s[j:], ","):
			j = textscan.SkipSpace(s, j+1)
		case strings.HasPrefix(s[j:], "và "):
			j = textscan.SkipSpace(s, j+len("và"))
		default:
			return days, end
		}
	}
	return days, end
}

// weekday reads one day of the week at i: "thứ Hai", "thứ 7", "Chủ
// nhật", "CN".
func weekday(s string, i int) (string, int, bool) {
	low := strings.ToLower(s[i:min(len(s), i+16)])
	switch {
	case strings.HasPrefix(low, "chủ nhật"):
		return "sunday", i + len("chủ nhật"), true
	case strings.HasPrefix(low, "thứ "):
		j := textscan.SkipSpace(s, i+len("thứ "))
		e := j
		for e < len(s) && !isBlank(s[e]) && s[e] != ',' && s[e] != ';' && s[e] != '.' {
			e++
		}
		if d, ok := weekdays[strings.ToLower(s[j:e])]; ok {
			return d, e, true
		}
	}
	return "", i, false
}

// isBlank reports whether c is a space, a tab or a line break.
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
