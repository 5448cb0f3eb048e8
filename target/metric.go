package target

import "github.com/vnplan/vnplan/internal/textscan"

// Metrics: what a target measures, read before the verb ("diện tích cây
// lương thực có hạt đạt trên 55.000 ha") or after the unit ("giảm trên
// 5% số người chết do tai nạn giao thông").

// maxMetricWords caps the words of a metric.
const maxMetricWords = 16

// subject returns the metric written before offset end, the start of the
// governing words. When the last match rested on a comparator alone and
// lies inside the subject, it was a qualifier of this one ("tỷ lệ hộ có
// thu nhập trên 50 triệu đồng đạt 30%") and is dropped.
func (f *finder) subject(end int) string {
	t := f.text
	n := len(f.out)
	if n == 0 || !f.cmpOnly[n-1] {
		_, m := subjectIn(t, end, f.lastEnd)
		return m
	}
	last := f.out[n-1]
	s0, m := subjectIn(t, end, f.prevEnd)
	switch {
	case m != "" && s0 <= last.Start:
		f.out, f.cmpOnly = f.out[:n-1], f.cmpOnly[:n-1]
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
	n, words := 0, 0
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
			if tk.kind == tokWord && verbs[textscan.Lower(t[tk.start:tk.end])] {
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
			default:
				break scan
			}
		}
		back[n] = tk
		n++
		p = tk.start
		s0 = tk.start
	}
	var tt [32]tok
	for i := 0; i < n; i++ {
		tt[i] = back[n-1-i]
	}
	lo, hi := trimMetric(t, tt[:n], leadStrip, tailStrip)
	if lo >= hi {
		return s0, ""
	}
	// Keep the last maxMetricWords words, or up to maxHeadWords more to
	// start at a head noun: "tỉ trọng giá trị ...", not "trọng giá trị ...".
	w := 0
	for i := hi - 1; i >= lo; i-- {
		if tt[i].kind == tokWord || tt[i].kind == tokNum {
			w++
			if w > maxMetricWords {
				lo = headBefore(t, tt[:hi], lo, i+1)
				break
			}
		}
	}
	lo2, hi2 := trimMetric(t, tt[lo:hi], nil, nil)
	if lo2 >= hi2 {
		return s0, ""
	}
	lo, hi = lo+lo2, lo+hi2
	var buf [96]byte
	if kb, ok := key(buf[:0], t, tt[lo:hi]); ok && actionVerbs[string(kb)] {
		return s0, ""
	}
	return s0, clean(t[tt[lo].start:tt[hi-1].end])
}

// maxHeadWords is how many words a metric may grow by to start at its
// head noun.
const maxHeadWords = 8

// headBefore returns the start of the first head noun of metricHeads
// among the maxHeadWords words of toks before cut, not before lo, or cut
// when there is none.
func headBefore(t string, toks []tok, lo, cut int) int {
	var buf [64]byte
	head := cut
	for j, w := cut-1, 0; j >= lo && w < maxHeadWords; j-- {
		if toks[j].kind != tokWord {
			continue
		}
		w++
		if l := matchWords(t, toks[j:min(j+2, len(toks))], metricHeads, buf[:0], true); l > 0 {
			head = j
		}
	}
	return head
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

// trimMetric returns the bounds of toks once leading words of lead,
// trailing words of tail, stray punctuation and numbers at either end are
// removed. A year after a word of yearLead goes with it.
func trimMetric(t string, toks []tok, lead, tail map[string]bool) (lo, hi int) {
	lo, hi = 0, len(toks)
	var buf [96]byte
	for changed := true; changed && lo < hi; {
		changed = false
		switch first := toks[lo]; {
		case first.kind == tokPunct, first.kind == tokNum, first.kind == tokSym && (t[first.start] != '(' || isLabelGroup(t[first.start:first.end])):
			lo++
			changed = true
		default:
			if l := matchWords(t, toks[lo:hi], lead, buf[:0], true); l > 0 {
				kb, _ := key(buf[:0], t, toks[lo:lo+l])
				if (string(kb) == "tăng" || string(kb) == "giảm") && lo+1 < hi && textscan.Lower(t[toks[lo+1].start:toks[lo+1].end]) == "trưởng" {
					break // "tăng trưởng" is a noun
				}
				lo += l
				if yearLead[string(kb)] && lo < hi && toks[lo].kind == tokNum {
					lo++
				}
				changed = true
			}
		}
		if lo >= hi {
			break
		}
		switch last := toks[hi-1]; {
		case last.kind == tokNum:
			hi--
			if l := matchWords(t, toks[lo:hi], yearLead, buf[:0], false); l > 0 {
				hi -= l // "tỷ lệ hộ nghèo năm 2024"
			}
			changed = true
		case last.kind == tokPunct, last.kind == tokSym && t[last.end-1] != ')':
			hi--
			changed = true
		default:
			if l := matchWords(t, toks[lo:hi], tail, buf[:0], false); l > 0 {
				hi -= l
				changed = true
			}
		}
	}
	return lo, hi
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

// matchWords returns how many words at the front (or back) of toks form
// the longest phrase of set, up to three words, or 0.
func matchWords(t string, toks []tok, set map[string]bool, buf []byte, front bool) int {
	if set == nil {
		return 0
	}
	for l := min(3, len(toks)); l >= 1; l-- {
		part := toks[:l]
		if !front {
			part = toks[len(toks)-l:]
		}
		ok := true
		for _, tk := range part {
			if tk.kind != tokWord {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if kb, kok := key(buf, t, part); kok && set[string(kb)] {
			return l
		}
	}
	return 0
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
scan:
	for n < len(ws) {
		tk := nextTok(t, p)
		switch tk.kind {
		case tokWord, tokNum:
			w := textscan.Lower(t[tk.start:tk.end])
			nt := nextTok(t, tk.end)
			var two string
			if nt.kind == tokWord {
				two = w + " " + textscan.Lower(t[nt.start:nt.end])
			}
			if objectStop[w] || two != "" && objectStop[two] {
				break scan
			}
			if tk.kind == tokWord && nt.kind == tokWord && deadlineWords[w] && timeWords[textscan.Lower(t[nt.start:nt.end])] {
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
				if nw := textscan.Lower(t[nt.start:nt.end]); seg > 0 && seg <= 2 && nt.kind == tokWord &&
					!isUpperStart(t[nt.start:nt.end]) && !objectStop[nw] && !phraseWords[nw] {
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
	for hi > 0 && ws[hi-1].kind == tokWord && objectTail[textscan.Lower(t[ws[hi-1].start:ws[hi-1].end])] {
		hi--
	}
	if hi == 0 {
		return "", end
	}
	return clean(t[ws[0].start:ws[hi-1].end]), end
}

// governsNumber reports whether the word w (or the two words two) is a
// commitment or change word that governs a number: the number follows,
// possibly after comparators ("đón khoảng 3,5 triệu").
func governsNumber(t, w, two string, nt tok) bool {
	strong := func(k string) bool {
		switch phrases[k].role {
		case roleCommit, roleLead, roleIncrease, roleDecrease, roleLevel:
			return true
		}
		return false
	}
	next, k := nt, w
	if two != "" && strong(two) {
		next, k = nextTok(t, nt.end), two
	} else if !strong(w) {
		return false
	}
	for i := 0; i < 3 && next.kind == tokWord && phraseWords[textscan.Lower(t[next.start:next.end])]; i++ {
		next = nextTok(t, next.end)
	}
	if next.kind != tokNum {
		return false
	}
	if phrases[k].pct {
		j, _ := skipSpace(t, next.end)
		return j < len(t) && t[j] == '%' // "đạt chuẩn 100%", not "đạt chuẩn từ 3 sao"
	}
	return true
}
