package target

// Metrics: what a target measures, read before the verb ("diện tích cây
// lương thực có hạt đạt trên 55.000 ha") or after the unit ("giảm trên
// 5% số người chết do tai nạn giao thông").

import (
	"strings"

	"github.com/vnplan/vnplan/internal/textscan"
)

// maxMetricWords caps the words of a metric.
const maxMetricWords = 16

// subject returns the metric written before offset end, the start of the
// governing words. When the last match rested on a comparator alone and
// lies inside the subject, it was a qualifier of this one ("tỷ lệ hộ có
// thu nhập trên 50 triệu đồng đạt 30%") and is dropped.
func (f *finder) subject(end int) string {
	t := f.text
	if !f.lastCmpOnly() {
		_, m := subjectIn(t, end, f.lastEnd)
		return m
	}
	last := f.out[len(f.out)-1]
	s0, m := subjectIn(t, end, f.prevEnd)
	switch {
	case m != "" && s0 <= last.Start:
		f.dropLast()
		f.lastEnd = f.prevEnd
	case s0 < last.End:
		_, m = subjectIn(t, end, f.lastEnd)
	}
	return m
}

// subjectIn reads back from end to the clause boundary, not before
// limit, and returns where it stopped and the metric it found there,
// trimmed of lead-in verbs, years and trailing function words.
func subjectIn(t string, end, limit int) (int, string) {
	var back [32]tok
	var low [len(back)][]byte // the words of back lower-cased, each once
	var arena [256]byte
	lowered := arena[:0]
	n, words := 0, 0
	part := 0 // words since the end or the last comma passed
	chu := -1 // index in back of the "trì" of "chủ trì" that ends the metric
	s0 := end
	p := end
scan:
	for n < len(back) && words < 2*maxMetricWords {
		tk := prevTok(t, p, limit)
		switch tk.kind {
		case tokNone:
			break scan
		case tokWord, tokNum:
			words++
			part++
			if tk.kind != tokWord {
				break
			}
			k := len(lowered)
			lowered = textscan.AppendLower(lowered, t[tk.start:tk.end])
			low[n] = lowered[k:len(lowered):len(lowered)]
			switch {
			case chu == -1 && chuTri(t, tk, low[n], limit):
				chu = n // "Sở Y tế chủ trì tổ chức ...": the lead, not the metric
			case chu >= 0 && n-chu <= maxLeadWords && (string(low[n]) == "do" || string(low[n]) == "giao"):
				chu = -2 // "nhiệm vụ do các sở chủ trì": part of the metric
			}
			if verbs.has(low[n]) {
				// "... và tăng độ che phủ rừng lên 45%": a new clause.
				if pt := prevTok(t, tk.start, limit); pt.kind == tokWord {
					if w := textscan.Lower(t[pt.start:pt.end]); w == "và" || w == "hoặc" {
						back[n] = tk
						n++
						s0 = tk.start
						break scan
					}
				}
			}
		case tokPunct:
			switch ch := t[tk.start:tk.end]; ch {
			case ")", "]":
				open := matchOpen(t, tk.start, limit)
				if open < 0 {
					break scan
				}
				tk = tok{open, tk.end, tokSym} // a bracketed group: "(ICT)"
			case "-", "–", "+":
				if atLineStart(t, tk.start) {
					break scan
				}
			case "/", "&", "'", "’", "%", "“", "”", "\"", "*":
			case ",":
				if pairComma(t, tk.start) {
					break // "phòng, chống thiên tai", "các xã, phường"
				}
				// "Tỷ lệ chất thải rắn được thu gom, xử lý đạt 95%": the
				// comma lists words of one metric, not two clauses.
				if part > maxListedWords || n == 0 || !listedPart(t, back[n-1], low[:n]) || !listedMetric(t, tk.start, limit) {
					break scan
				}
				part = 0
			default:
				break scan
			}
		}
		back[n] = tk
		n++
		p = tk.start
		s0 = tk.start
	}
	if chu >= 0 {
		n, s0 = chu, end
		if chu > 0 {
			s0 = back[chu-1].start
		}
	}
	tt := back[:n]
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		tt[i], tt[j] = tt[j], tt[i]
		low[i], low[j] = low[j], low[i]
	}
	mt := metricToks{toks: tt, low: low[:n]}
	lo, hi := trimMetric(t, mt, leadStrip, tailStrip)
	if lo >= hi {
		return s0, ""
	}
	lo = afterAgency(t, tt, lo, hi)
	// Keep the last maxMetricWords words, or up to maxHeadWords more to
	// start at a head noun: "tỉ trọng giá trị ...", not "trọng giá trị ...".
	w := 0
	var lead *wordSet // a metric cut at a function word starts a phrase
	for i := hi - 1; i >= lo; i-- {
		if tt[i].kind == tokWord || tt[i].kind == tokNum {
			w++
			if w > maxMetricWords {
				if lo = headBefore(mt.slice(0, hi), lo, i+1); lo == i+1 {
					if b := afterBoundary(mt, lo, hi); b > lo {
						lo, lead = b, leadStrip
					}
				}
				break
			}
		}
	}
	lo2, hi2 := trimMetric(t, mt.slice(lo, hi), lead, nil)
	if lo2 >= hi2 {
		return s0, ""
	}
	lo, hi = lo+lo2, lo+hi2
	var buf [96]byte
	if hi-lo <= actionVerbsMaxWords {
		if kb, ok := key(buf[:0], t, tt[lo:hi]); ok && actionVerbs.has(kb) {
			return s0, ""
		}
	}
	return s0, clean(t[tt[lo].start:tt[hi-1].end])
}

// afterAgency returns where the metric in tt[lo:hi] starts once the
// agency that does the task is left out: a metric that opens with
// "phối hợp với" or with the capitalised name of an agency (a head of
// agencyHeads, or two capitalised words) starts at the first action after it ("Thanh tra tỉnh kiểm tra đột xuất
// tại tối thiểu 10 đơn vị" gives "kiểm tra đột xuất"; "phối hợp với Sở Y
// tế tổ chức ..." gives "tổ chức ..."). The agency is who acts, not what
// is measured. It returns lo when no action follows within maxLeadWords
// words.
func afterAgency(t string, tt []tok, lo, hi int) int {
	i := lo
	if hi-i > 3 && lowerIs(t[tt[i].start:tt[i].end], "phối") && lowerIs(t[tt[i+1].start:tt[i+1].end], "hợp") &&
		lowerIs(t[tt[i+2].start:tt[i+2].end], "với") {
		i += 3
	}
	if tt[i].kind != tokWord || !isUpperStart(t[tt[i].start:tt[i].end]) {
		return lo
	}
	head := false
	for l := 2; l >= 1 && !head; l-- {
		var buf [64]byte
		if i+l <= hi {
			k, ok := key(buf[:0], t, tt[i:i+l])
			head = ok && agencyHeads.has(k)
		}
	}
	for j := i + 1; j < hi && j-i <= maxLeadWords; j++ {
		w := t[tt[j].start:tt[j].end]
		if tt[j].kind != tokWord {
			continue
		}
		if isUpperStart(w) {
			// The rest of a name cut at its comma: "Thể thao và Du
			// lịch" of "Sở Văn hóa, Thể thao và Du lịch".
			head = head || !isAcronym(w)
			continue
		}
		if !head {
			continue
		}
		for l := 2; l >= 1; l-- {
			if j+l > hi {
				continue
			}
			var buf [64]byte
			if k, ok := key(buf[:0], t, tt[j:j+l]); ok && !verbs.has(k) &&
				(taskVerbs.has(k) || actionVerbs.has(k) || coverVerbs.has(k)) {
				return j
			}
		}
	}
	return lo
}

// maxListedWords is the most words of a part of a metric listed after a
// comma: "thu gom, vận chuyển, xử lý", "điện, nước sạch", "giải quyết
// trực tuyến".
const maxListedWords = 4

// listedPart reports whether the part of a phrase that starts with the
// token first may be listed after a comma inside a metric: it starts
// with a word in lower case ("GRDP" starts a new subject) and with no
// head noun of metricHeads ("tỷ lệ" starts a new metric). The words rev,
// lower-cased, are those of the part read back from its end.
func listedPart(t string, first tok, rev [][]byte) bool {
	n := len(rev)
	if first.kind != tokWord || isUpperStart(t[first.start:first.end]) || metricHeads.has(rev[n-1]) {
		return false
	}
	if n < 2 {
		return true
	}
	var buf [64]byte
	k, ok := joinWords(buf[:0], [][]byte{rev[n-1], rev[n-2]})
	return !ok || !metricHeads.has(k)
}

// listedMetric reports whether the comma at i, read back from a metric,
// lists parts of that metric: short parts of maxListedWords words at most
// back to a noun phrase that a head noun opens ("Tỷ lệ chất thải rắn
// được thu gom, vận chuyển, xử lý"; "Tỷ lệ hộ dân được sử dụng điện,
// nước sạch"). A clause before the comma that no head noun opens ("Năm
// 2025, GRDP ...", "Bên cạnh đó, ...") is no part of the metric.
func listedMetric(t string, i, limit int) bool {
	var first, second tok // the first two words of the part, in text order
	words := 0
	p := i
	for range 2 * maxMetricWords {
		tk := prevTok(t, p, limit)
		switch tk.kind {
		case tokWord, tokNum:
			words++
			first, second = tk, first
			p = tk.start
			continue
		case tokPunct:
			if t[tk.start:tk.end] == "," && words > 0 && words <= maxListedWords && first.kind == tokWord &&
				!isUpperStart(t[first.start:first.end]) && !opensWithHead(t, first, second) {
				words, first, second = 0, tok{}, tok{}
				p = tk.start
				continue
			}
		}
		return words > 0 && opensWithHead(t, first, second)
	}
	return false
}

// opensWithHead reports whether the words a and b, in text order, open
// a phrase with a head noun of metricHeads: "tỷ lệ", "kim ngạch".
func opensWithHead(t string, a, b tok) bool {
	if a.kind != tokWord {
		return false
	}
	var buf [64]byte
	k := textscan.AppendLower(buf[:0], t[a.start:a.end])
	if metricHeads.has(k) {
		return true
	}
	if b.kind != tokWord {
		return false
	}
	k = append(k, ' ')
	k = textscan.AppendLower(k, t[b.start:b.end])
	return metricHeads.has(k)
}

// maxLeadWords is how many words before "chủ trì" [subjectIn] looks for
// the "do" or "giao" that makes the agency part of the metric: the most
// words an agency name has.
const maxLeadWords = 10

// chuTri reports whether the word tk, lower-cased as w, is the "trì" of
// "chủ trì" after a word, such as the name of the agency that leads a
// task. What stands before it is the lead, not part of a metric, unless
// "do" or "giao" opens the name ("tỷ lệ nhiệm vụ do các sở chủ trì hoàn
// thành"), which [subjectIn] checks.
func chuTri(t string, tk tok, w []byte, limit int) bool {
	if string(w) != "trì" {
		return false
	}
	c := prevTok(t, tk.start, limit)
	if c.kind != tokWord || !lowerIs(t[c.start:c.end], "chủ") {
		return false
	}
	return prevTok(t, c.start, limit).kind == tokWord // not "..., chủ trì": no lead before it
}

// maxHeadWords is how many words a metric may grow by to start at its
// head noun.
const maxHeadWords = 8

// headBefore returns the start of the first head noun of metricHeads
// among the maxHeadWords words of m before cut, not before lo, or cut
// when there is none.
func headBefore(m metricToks, lo, cut int) int {
	head := cut
	for j, w := cut-1, 0; j >= lo && w < maxHeadWords; j-- {
		if m.toks[j].kind != tokWord {
			continue
		}
		w++
		if l := matchWords(m.slice(j, min(j+2, len(m.toks))), metricHeads, true); l > 0 {
			head = j
		}
	}
	return head
}

// afterBoundary returns the index after the first function word of
// stopWords in m.toks[lo:hi] that leaves two words or more, or lo when
// there is none. A metric cut to its last words and with no head noun
// then starts at a phrase ("... gắn với thực hiện di dời" gives "thực
// hiện di dời"), not inside a compound word ("đổi" of "chuyển đổi").
func afterBoundary(m metricToks, lo, hi int) int {
	for j := lo; j < hi-2; j++ {
		if m.toks[j].kind == tokWord && stopWords.has(m.low[j]) {
			return j + 1
		}
	}
	return lo
}

// matchOpen returns the offset of the bracket that opens the one that
// closes at i, looking back no further than limit and 200 bytes, or -1.
func matchOpen(t string, i, limit int) int {
	depth := 0
	stop := max(limit, i-200)
	for j := i; j >= stop; j-- {
		switch t[j] {
		case ')', ']':
			depth++
		case '(', '[':
			depth--
			if depth == 0 {
				return j
			}
		case '\n', ';':
			return -1
		}
	}
	return -1
}

// trimMetric returns the bounds of m once leading words of lead,
// trailing words of tail, stray punctuation and numbers at either end are
// removed. A year after a word of yearLead goes with it.
func trimMetric(t string, m metricToks, lead, tail *wordSet) (lo, hi int) {
	toks := m.toks
	lo, hi = 0, len(toks)
	var buf [96]byte
	for changed := true; changed && lo < hi; {
		changed = false
		switch first := toks[lo]; {
		case first.kind == tokPunct, first.kind == tokNum, first.kind == tokSym && (t[first.start] != '(' || isLabelGroup(t[first.start:first.end])):
			lo++
			changed = true
		case first.kind == tokWord && dateWords.has(m.low[lo]) && lo+1 < hi && isDatePart(t, toks[lo+1]):
			lo = skipDate(t, m, lo, hi)
			changed = true
		default:
			if l := matchWords(m.slice(lo, hi), lead, true); l > 0 {
				kb, _ := joinWords(buf[:0], m.low[lo:lo+l])
				if (string(kb) == "tăng" || string(kb) == "giảm") && lo+1 < hi && string(m.low[lo+1]) == "trưởng" {
					break // "tăng trưởng" is a noun
				}
				lo += l
				if yearLead.has(kb) && lo < hi && toks[lo].kind == tokNum {
					lo++
				}
				changed = true
			}
		}
		if lo >= hi {
			break
		}
		switch last := toks[hi-1]; {
		case last.kind == tokNum && hi-2 >= lo && namesNumber(m.low[hi-2]):
			// A number that a word names is part of the metric: "dịch
			// vụ công trực tuyến mức độ 4".
		case last.kind == tokNum:
			hi--
			if l := matchWords(m.slice(lo, hi), yearLead, false); l > 0 {
				hi -= l // "tỷ lệ hộ nghèo năm 2024"
			}
			changed = true
		case last.kind == tokPunct, last.kind == tokSym && t[last.end-1] != ')':
			hi--
			changed = true
		default:
			if l := matchWords(m.slice(lo, hi), tail, false); l > 0 {
				hi -= l
				changed = true
			}
		}
	}
	return lo, hi
}

// dateWords start the parts of a date: "ngày 30 tháng 9 năm 2026",
// "quý III/2026".
var dateWords = set("ngày", "tháng", "quý", "năm")

// isDatePart reports whether tk, after a word of dateWords, is the number
// of a date: digits or a Roman numeral ("quý III").
func isDatePart(t string, tk tok) bool {
	if tk.kind == tokNum {
		return true
	}
	w := t[tk.start:tk.end]
	return tk.kind == tokWord && len(w) <= 4 && strings.Trim(w, "IVX") == ""
}

// skipDate returns the index of the first token of m after the date that
// starts at lo: words of dateWords, each with its number, and the
// punctuation of a date between them ("ngày 30 tháng 9 năm 2026 giải
// ngân" gives the index of "giải").
func skipDate(t string, m metricToks, lo, hi int) int {
	for lo+1 < hi && m.toks[lo].kind == tokWord && dateWords.has(m.low[lo]) && isDatePart(t, m.toks[lo+1]) {
		lo += 2
		for lo < hi && (m.toks[lo].kind == tokNum || m.toks[lo].kind == tokPunct && strings.Contains("/-.", t[m.toks[lo].start:m.toks[lo].end])) {
			lo++
		}
	}
	return lo
}

// namesNumber reports whether the lower-cased word w names or numbers
// what the number after it is ("mức độ 4", "cấp 3"), and is not a word
// of time, after which a number is a date ("năm 2024", "tháng 6").
func namesNumber(w []byte) bool {
	return ordinalBefore.has(w) && !timeUnits.has(w) && !timeWords.has(w) && !yearLead.has(w)
}

// isLabelGroup reports whether g, a group in brackets, is a list label
// such as "(6)", "(b)" or "(IV)" rather than a name such as "(DTI)".
func isLabelGroup(g string) bool {
	if len(g) < 3 || len(g) > 6 || g[0] != '(' || g[len(g)-1] != ')' {
		return false
	}
	in := g[1 : len(g)-1]
	digits, roman := true, true
	for i := 0; i < len(in); i++ {
		c := in[i]
		digits = digits && isDigit(c)
		roman = roman && (c == 'I' || c == 'V' || c == 'X')
	}
	return digits || roman || len(in) == 1 && 'a' <= in[0] && in[0] <= 'z'
}

// metricToks is a run of tokens read back from a metric's end, with the
// text of each word lower-cased once, from which trimMetric and
// headBefore cut the keys they look up.
type metricToks struct {
	toks []tok
	low  [][]byte // low[i] is the text of toks[i] lower-cased, nil unless a word
}

// slice returns the tokens lo to hi of m.
func (m metricToks) slice(lo, hi int) metricToks {
	return metricToks{toks: m.toks[lo:hi], low: m.low[lo:hi]}
}

// joinWords joins words with single spaces into buf, as [key] does, and
// reports false when they do not fit in it.
func joinWords(buf []byte, words [][]byte) ([]byte, bool) {
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	if n > cap(buf) {
		return buf[:0], false
	}
	buf = buf[:0]
	for i, w := range words {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf, true
}

// matchWords returns how many words at the front (or back) of m form the
// longest phrase of set, up to three words, or 0.
func matchWords(m metricToks, set *wordSet, front bool) int {
	if set == nil {
		return 0
	}
	toks := m.toks
	// Only words count: the n words at the edge, in text order.
	n := 0
	for n < min(3, len(toks)) {
		tk := toks[n]
		if !front {
			tk = toks[len(toks)-1-n]
		}
		if tk.kind != tokWord {
			break
		}
		n++
	}
	var buf [96]byte
	for l := n; l >= 1; l-- {
		words := m.low[:l]
		if !front {
			words = m.low[len(toks)-l:]
		}
		if k, ok := joinWords(buf[:0], words); ok && set.has(k) {
			return l
		}
	}
	return 0
}

// phraseKeys holds the lower-cased words of up to four tokens, joined by
// single spaces, so that the key ([key]) of their first or last words is
// cut from it rather than built again. When the words do not fit in the
// buffer, each key is built by key, which tells which of them fit. It is
// passed by value, which lets its buffer stay on the stack.
type phraseKeys struct {
	buf  []byte
	t    string
	toks []tok
	b    []byte
	ends [4]int // where each word ends in b
	fits bool
}

// phraseKeysOf lower-cases the words of toks, at most four, into buf.
func phraseKeysOf(buf []byte, t string, toks []tok) phraseKeys {
	ks := phraseKeys{buf: buf[:0], t: t, toks: toks}
	b := buf[:0]
	for i, tk := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = textscan.AppendLower(b, t[tk.start:tk.end])
		ks.ends[i] = len(b)
	}
	ks.b = b
	ks.fits = len(b) <= cap(buf)
	return ks
}

// first returns the key of the first l words, as key does.
func (ks phraseKeys) first(l int) ([]byte, bool) {
	if !ks.fits {
		return key(ks.buf, ks.t, ks.toks[:l])
	}
	return ks.b[:ks.ends[l-1]], true
}

// last returns the key of the last l words, as key does.
func (ks phraseKeys) last(l int) ([]byte, bool) {
	n := len(ks.toks)
	if !ks.fits {
		return key(ks.buf, ks.t, ks.toks[n-l:])
	}
	if l == n {
		return ks.b, true
	}
	return ks.b[ks.ends[n-l-1]+1:], true
}

// word returns word i lower-cased.
func (ks phraseKeys) word(i int) []byte {
	if !ks.fits {
		tk := ks.toks[i]
		return []byte(textscan.Lower(ks.t[tk.start:tk.end]))
	}
	start := 0
	if i > 0 {
		start = ks.ends[i-1] + 1
	}
	return ks.b[start:ks.ends[i]]
}

// objectTail are dropped from the end of a metric read after the unit.
var objectTail = set("của", "các", "những", "cho", "với", "và", "hoặc", "được", "bị",
	"là", "có", "đã", "sẽ", "tại", "trong", "theo", "về", "như", "mà", "thì", "để", "do",
	"bởi", "từ", "đến", "ở", "trên", "dưới")

// object reads the noun phrase after a quantity, from offset start:
// "số người chết do tai nạn giao thông", "các xã, phường, thị trấn ...".
// It returns the phrase and where it ends, 0 when there is none.
func object(t string, start int) (string, int) {
	var ws [2*maxMetricWords + 2]tok
	n, seg := 0, 0
	p := start
	// The token after a word is read to try pairs of words; ahead keeps
	// it, at aheadAt, for the next round.
	var ahead tok
	aheadAt := -1
	var wb, twob, nb [64]byte
scan:
	for n < len(ws) {
		tk := ahead
		if aheadAt != p {
			tk = nextTok(t, p)
		}
		switch tk.kind {
		case tokWord, tokNum:
			w := textscan.AppendLower(wb[:0], t[tk.start:tk.end])
			nt := nextTok(t, tk.end)
			ahead, aheadAt = nt, tk.end
			var two []byte // w and the next word, if any
			if nt.kind == tokWord {
				two = append(append(twob[:0], w...), ' ')
				two = textscan.AppendLower(two, t[nt.start:nt.end])
			}
			if two != nil && everyPeriod.has(two) {
				switch {
				case n == 0:
					p = nt.end // "giảm 5% mỗi năm số ca mắc mới"
					continue
				case nextTok(t, nt.end).kind != tokWord:
					break scan // "trồng mới 500 ha rừng mỗi năm."
				}
				// Inside the phrase it qualifies a noun: "5% tổng chi
				// ngân sách hằng năm cho khoa học".
			}
			if (objectStop.has(w) || two != nil && objectStop.has(two)) && string(two) != "và vừa" {
				break scan // not in "doanh nghiệp nhỏ và vừa"
			}
			if tk.kind == tokWord && nt.kind == tokWord && deadlineWords.has(w) && timeWords.has(two[len(w)+1:]) {
				break scan // "đến năm 2030", "trước quý III"
			}
			if tk.kind == tokWord && governsNumber(t, w, two, nt) {
				break scan // the next target: "... và diện tích đạt 14,4 triệu ha"
			}
			if n >= maxMetricWords {
				break scan
			}
		case tokPunct:
			switch t[tk.start:tk.end] {
			case ",":
				// Go on through short enumerations: "các xã, phường, thị trấn".
				nt := nextTok(t, tk.end)
				ahead, aheadAt = nt, tk.end
				if pairComma(t, tk.start) {
					p = tk.end // "phòng, chống thiên tai"
					continue
				}
				if nw := textscan.AppendLower(nb[:0], t[nt.start:nt.end]); seg > 0 && seg <= 3 && nt.kind == tokWord &&
					!isUpperStart(t[nt.start:nt.end]) && !objectStop.has(nw) && !phraseWords.has(nw) {
					seg = 0
					p = tk.end
					continue
				}
				break scan
			case "-", "–", "/", "&", "%":
				if atLineStart(t, tk.start) {
					break scan
				}
				p = tk.end
				continue
			default:
				break scan
			}
		default:
			break scan
		}
		ws[n] = tk
		n++
		seg++
		p = tk.end
	}
	if n == 0 {
		return "", 0
	}
	end := ws[n-1].end
	hi := n
	for hi > 0 && ws[hi-1].kind == tokWord && lowerIn(objectTail, t[ws[hi-1].start:ws[hi-1].end]) {
		hi--
	}
	if hi == 0 {
		return "", end
	}
	return clean(t[ws[0].start:ws[hi-1].end]), end
}

// governsNumber reports whether the lower-cased word w (or the two words
// two, nil when no word follows) is a commitment or change word that
// governs a number: the number follows, possibly after comparators ("đón
// khoảng 3,5 triệu").
func governsNumber(t string, w, two []byte, nt tok) bool {
	strong := func(k []byte) bool {
		ph, _ := lookupPhrase(k)
		switch ph.role {
		case roleCommit, roleLead, roleIncrease, roleDecrease, roleLevel:
			return true
		}
		return false
	}
	next, k := nt, w
	if two != nil && strong(two) {
		next, k = nextTok(t, nt.end), two
	} else if !strong(w) {
		return false
	}
	for i := 0; i < 3 && next.kind == tokWord && lowerIn(phraseWords, t[next.start:next.end]); i++ {
		next = nextTok(t, next.end)
	}
	if next.kind != tokNum {
		return false
	}
	if ph, _ := lookupPhrase(k); ph.pct {
		j, _ := skipSpace(t, next.end)
		return j < len(t) && t[j] == '%' // "đạt chuẩn 100%", not "đạt chuẩn từ 3 sao"
	}
	return true
}

// pairComma reports whether the comma at i joins the two halves of a
// fixed pair ([commaPairs]): "phòng, chống", "xã, phường", "cán bộ, công
// chức". Such a comma cuts no metric.
func pairComma(t string, i int) bool {
	var before, after [2]tok
	b := prevTok(t, i, 0)
	if b.kind != tokWord || i-b.end > 0 {
		return false
	}
	before[1] = b
	before[0] = prevTok(t, b.start, 0)
	a := nextTok(t, i+1)
	if a.kind != tokWord {
		return false
	}
	after[0] = a
	after[1] = nextTok(t, a.end)
	for nb := 1; nb <= 2; nb++ {
		if nb == 2 && before[0].kind != tokWord {
			break
		}
		for na := 1; na <= 2; na++ {
			if na == 2 && after[1].kind != tokWord {
				break
			}
			var toks [4]tok
			n := copy(toks[:], before[2-nb:])
			n += copy(toks[n:], after[:na])
			var buf [96]byte
			if k, ok := key(buf[:0], t, toks[:n]); ok && commaPairs.has(k) {
				return true
			}
		}
	}
	return false
}
