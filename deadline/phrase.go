package deadline

import (
	"strconv"
	"strings"

	"github.com/vnplan/vnplan/internal/textscan"
)

// Prefix flags of a phrase.
const (
	fTruoc     = 1 << iota // trước
	fTrong                 // trong
	fVao                   // vào
	fTu                    // từ, kể từ
	fDen                   // đến, tới, cho đến
	fHet                   // hết
	fSau                   // sau
	fCuoi                  // cuối
	fDau                   // đầu
	fHoanThanh             // hoàn thành
	fChamNhat              // chậm nhất, muộn nhất
	fDinhKy                // định kỳ
	fTamNhin               // tầm nhìn
	fDinhHuong             // định hướng
	fGiaiDoan              // giai đoạn, thời kỳ
)

// strongFlags are the prepositions that make a time phrase a deadline
// whatever precedes it.
const strongFlags = fTruoc | fTrong | fVao | fCuoi | fDau | fHoanThanh | fChamNhat | fDinhKy

// Core kinds.
const (
	coreNone    = iota
	coreDate    // ngày 30/01/2024
	coreDay     // ngày 20 (with "hàng tháng")
	coreMonth   // tháng 7 năm 2022
	coreQuarter // quý III/2024
	coreHalf    // 6 tháng đầu năm
	coreYear    // năm 2024
	coreRange   // 2021 - 2025
	// coreMonthRange runs from month m of year y to month m2 of year
	// y2: "10-11/2019", "tháng 10/2025 - tháng 3/2026".
	coreMonthRange
	// coreQuarterRange runs from quarter q of year y to quarter q2 of
	// year y2: "quý III, IV/2026", "Quý IV/2025 - Quý I/2026".
	coreQuarterRange
	// coreDayRange runs from day d of month m of year y to day d2 of
	// month m2 of year y2: "ngày 15-20/8/2026", "từ ngày 25/7 đến ngày
	// 5/8/2026".
	coreDayRange
)

// isRange reports whether the core kind k spans two times.
func isRange(k int) bool {
	return k == coreRange || k == coreMonthRange || k == coreQuarterRange || k == coreDayRange
}

// phrase is a parsed time phrase.
type phrase struct {
	start, end int
	flags      int
	kind       int
	keyword    bool // the core starts with ngày, tháng, quý or năm
	y, y2      int  // 0 when not written; y2 is the end of a range
	m, d, q, h int
	m2, q2, d2 int    // the end of a month, quarter or day range
	rec        string // recurrence
	from       bool   // "và hàng năm", "và các năm tiếp theo", "trở đi"
	cell       bool   // parsed as a table cell
	// A list of months or quarters with a gap, "tháng 5 và tháng 9 năm
	// 2026", is several times: p is the first, with the year of the
	// list; the others follow up to listEnd, and the year up to tail
	// (see listItems). listEnd is 0 for no such list.
	listEnd, tail int
}

// readInt reads 1 to max digits at i; it fails when more digits follow.
func readInt(s string, i, max int) (int, int, bool) {
	n, j := 0, i
	for j < len(s) && textscan.IsDigit(s[j]) {
		if j-i == max {
			return 0, i, false
		}
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i {
		return 0, i, false
	}
	return n, j, true
}

// readYear reads a four-digit year between 1900 and 2199 at i, not
// followed by a letter, a digit, or a slash and a letter (a document
// number such as 12/2024/NĐ-CP).
func readYear(s string, i int) (int, int, bool) {
	if i+4 > len(s) || !textscan.IsDigit(s[i]) || (i > 0 && textscan.IsAlnumBefore(s, i)) {
		return 0, i, false
	}
	y, j, ok := readInt(s, i, 4)
	if !ok || j-i != 4 || y < 1900 || y > 2199 || textscan.IsAlnumAt(s, j) {
		return 0, i, false
	}
	if j+1 < len(s) && s[j] == '/' && textscan.IsAlnumAt(s, j+1) {
		return 0, i, false
	}
	return y, j, true
}

// dashAt returns the width of a hyphen or dash at i, or 0.
func dashAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if i+3 <= len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
		return 3 // en dash, em dash
	}
	return 0
}

// rangeTail parses "- 2025", "– 2025" or, when to is set, "đến [hết]
// [năm] 2025" after a year at i, and returns the second year.
func rangeTail(s string, i int, y1 int, to bool) (int, int, bool) {
	j := textscan.SkipBlanks(s, i)
	if n := dashAt(s, j); n > 0 {
		k := textscan.SkipBlanks(s, j+n)
		if y2, e, ok := readYear(s, k); ok && y2 > y1 && y2-y1 <= 100 {
			return y2, e, true
		}
		return 0, i, false
	}
	if !to {
		return 0, i, false
	}
	k, _, e := next(s, i)
	if k != kwDen && k != kwToi {
		return 0, i, false
	}
	if e2, ok := accept(s, e, kwHet); ok {
		e = e2
	}
	if e2, ok := accept(s, e, kwNam); ok {
		e = e2
	}
	y2, e3, ok := readYear(s, textscan.SkipSpace(s, e))
	if !ok || y2 <= y1 || y2-y1 > 100 {
		return 0, i, false
	}
	return y2, e3, true
}

// yearAfter parses "/2024", ", năm 2024", "năm 2024" after a month or a
// quarter at i.
func yearAfter(s string, i int) (int, int, bool) {
	if i < len(s) && s[i] == '/' {
		if y, e, ok := readYear(s, i+1); ok {
			return y, e, true
		}
		return 0, i, false
	}
	j := textscan.SkipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j++
	}
	k, _, e := next(s, j)
	if k != kwNam {
		return 0, i, false
	}
	y, e2, ok := readYear(s, textscan.SkipSpace(s, e))
	if !ok {
		return 0, i, false
	}
	return y, e2, true
}

// recurrence parses "hàng/hằng <unit>" or "mỗi tuần/tháng/quý/năm" at
// the next token from i.
func recurrence(s string, i int) (string, int, bool) {
	k, st, e := next(s, i)
	if k != kwHang && k != kwMoi {
		return "", i, false
	}
	// "ngân hàng" is a bank.
	if p := textscan.WordStart(s, textscan.SkipSpaceBack(s, st)); p < st {
		var buf [24]byte
		if w := lower(buf[:], s[p:textscan.SkipSpaceBack(s, st)]); string(w) == "ngân" || string(w) == "mặt" {
			return "", i, false
		}
	}
	u, _, e2 := next(s, e)
	r := unitRec(u, 1)
	if r == "" || k == kwMoi && u == kwNgay {
		// "mỗi ngày" is mostly in slogans and names: Ngày hội "Sống
		// khỏe mỗi ngày"; a daily task says "hằng ngày".
		return "", i, false
	}
	return r, e2, true
}

// unitRec names the recurrence of every n units.
func unitRec(u kw, n int) string {
	switch u {
	case kwNgay:
		if n == 1 {
			return "daily"
		}
		return "every-" + strconv.Itoa(n) + "-days"
	case kwTuan:
		if n == 1 {
			return "weekly"
		}
		return "every-" + strconv.Itoa(n) + "-weeks"
	case kwThang:
		switch n {
		case 1:
			return "monthly"
		case 3:
			return "quarterly"
		case 12:
			return "yearly"
		}
		return "every-" + strconv.Itoa(n) + "-months"
	case kwQuy:
		if n == 1 {
			return "quarterly"
		}
		return "every-" + strconv.Itoa(3*n) + "-months"
	case kwNam:
		if n == 1 {
			return "yearly"
		}
		return "every-" + strconv.Itoa(n) + "-years"
	}
	return ""
}

// every parses "N <unit>" optionally followed by "một lần", "1 lần" or
// "/lần" at i, as in "định kỳ 6 tháng" or "6 tháng một lần". With need
// set the "lần" part is required.
func every(s string, i int, need bool) (string, int, bool) {
	n, j, ok := readInt(s, i, 2)
	if ok && (textscan.IsAlnumAt(s, j) || (i > 0 && textscan.IsAlnumBefore(s, i))) {
		return "", i, false
	}
	if !ok {
		n, j, ok = numberWord(s, i)
	}
	if !ok || n < 1 {
		return "", i, false
	}
	u, _, e := next(s, j)
	r := unitRec(u, n)
	if r == "" {
		return "", i, false
	}
	// "một lần", "1 lần", "/lần", "/ lần".
	lan := false
	k := textscan.SkipSpace(s, e)
	if k < len(s) && s[k] == '/' {
		if e2, ok := accept(s, k+1, kwLan); ok {
			e, lan = e2, true
		}
	} else if kk, _, e2 := next(s, e); kk == kwMot {
		if e3, ok := accept(s, e2, kwLan); ok {
			e, lan = e3, true
		}
	} else if one, e2, ok := readInt(s, k, 1); ok && one == 1 && !textscan.IsAlnumBefore(s, k) {
		// A digit glued to the unit ("tháng1lần") is no number, as
		// "tháng1/2026" is no month.
		if e3, ok := accept(s, e2, kwLan); ok {
			e, lan = e3, true
		}
	}
	if need && !lan {
		return "", i, false
	}
	return r, e, true
}

// countWords are the nouns of a count per unit of time: "01 lần/năm",
// "01 số/tuần" (an issue), "02 đợt/năm", "01 kỳ/năm".
var countWords = []string{"lần", "số", "đợt", "kỳ", "kì", "cuộc"}

// perUnit parses a count per unit of time at i, "01 lần/năm", "một
// lần/năm", "01 số/tuần", as a recurrence: once per unit is that unit's
// recurrence ("yearly", "weekly"); N times a year, when N divides 12, is
// every 12/N months ("02 lần/năm" is "every-6-months"); other counts are
// "periodic". A rate per unit of a thing, "80 triệu đồng/người/năm",
// has no count word and is no recurrence.
func perUnit(s string, i int) (string, int, bool) {
	n, j, ok := readInt(s, i, 2)
	if ok && (textscan.IsAlnumAt(s, j) || (i > 0 && textscan.IsAlnumBefore(s, i))) {
		return "", i, false
	}
	if !ok {
		n, j, ok = numberWord(s, i)
	}
	if !ok || n < 1 {
		return "", i, false
	}
	// Most numbers have no slash after the next word: look for one in
	// the bytes a count word can take before reading it.
	if strings.IndexByte(s[j:min(len(s), j+maxCount)], '/') < 0 {
		return "", i, false
	}
	ws := textscan.SkipSpace(s, j)
	we := wordEnd(s, ws)
	if we == ws || !oneOf(s, ws, we, countWords) {
		return "", i, false
	}
	k, ok := slashAt(s, we)
	if !ok {
		return "", i, false
	}
	u, e := word(s, k)
	if unitRec(u, 1) == "" || e < len(s) && (s[e] == '/' || textscan.IsAlnumAt(s, e)) {
		return "", i, false
	}
	switch {
	case n == 1:
		return unitRec(u, 1), e, true
	case u == kwNam && 12%n == 0:
		return unitRec(kwThang, 12/n), e, true
	}
	return "periodic", e, true
}

// maxCount bounds the bytes from a number to the slash after its count
// word: " cuộc /" is 9 bytes.
const maxCount = 12

// oneOf reports whether the word s[ws:we] is one of list (lower case).
func oneOf(s string, ws, we int, list []string) bool {
	for _, w := range list {
		if isWord(s, ws, we, w) {
			return true
		}
	}
	return false
}

// numberWord reads a count written in words at i, as in "hai năm một
// lần" or "định kỳ mười hai tháng": một to sáu, mười and mười hai. "năm"
// (five) counts only before a unit ("năm năm một lần").
func numberWord(s string, i int) (int, int, bool) {
	k, e := word(s, i)
	n := 0
	switch k {
	case kwMot:
		n = 1
	case kwHai:
		n = 2
	case kwBa:
		n = 3
	case kwBon:
		n = 4
	case kwSau6:
		n = 6
	case kwNam:
		if u, _, _ := next(s, e); u != kwNam && u != kwThang {
			return 0, i, false
		}
		n = 5
	case kwMuoi:
		n = 10
		if e2, ok := accept(s, e, kwHai); ok {
			n, e = 12, e2
		}
	default:
		return 0, i, false
	}
	return n, e, true
}

// parse parses a time phrase starting at i. In a table cell (cell set) a
// bare number may start the phrase without a preposition.
func parse(s string, i int, cell bool) (phrase, bool) {
	p := phrase{start: i, cell: cell}
	j := i
	// Prefixes.
	for n := 0; n < 8; n++ {
		k, _, e := next(s, j)
		flag := 0
		end := e
		switch k {
		case kwTruoc:
			flag = fTruoc
		case kwTrong:
			flag = fTrong
		case kwRong:
			// "rong tháng 01/2026", "(rong quý I/2026)": "trong" with
			// its first letter lost to OCR.
			if k2, _, _ := next(s, e); k2 == kwThang || k2 == kwQuy {
				flag = fTrong
			}
		case kwVao:
			flag = fVao
		case kwTu:
			flag = fTu
		case kwDen, kwToi:
			flag = fDen
		case kwHet:
			flag = fHet
		case kwSau:
			flag = fSau
		case kwCuoi:
			flag = fCuoi
		case kwDau:
			// "người đứng đầu năm 2026", "dẫn đầu", "hàng đầu", "bắt
			// đầu từ năm 2026": "đầu" closes a word, not a time.
			if !compoundDau(s, j) {
				flag = fDau
			}
		case kwLa:
			if p.flags&fChamNhat != 0 {
				flag = fChamNhat
			}
		case kwKe:
			if e2, ok := accept(s, e, kwTu); ok {
				flag, end = fTu, e2
			}
		case kwCho:
			if k2, _, e2 := next(s, e); k2 == kwDen || k2 == kwToi {
				flag, end = fDen, e2
			}
		case kwHoan:
			if e2, ok := accept(s, e, kwThanh); ok {
				flag, end = fHoanThanh, e2
			}
		case kwCham, kwMuon:
			if e2, ok := accept(s, e, kwNhat); ok {
				flag, end = fChamNhat, e2
			}
		case kwDinh:
			if k2, _, e2 := next(s, e); k2 == kwKy {
				flag, end = fDinhKy, e2
			} else if k2 == kwHuong {
				flag, end = fDinhHuong, e2
			}
		case kwThuong:
			// "Thường xuyên" opening a clause, or closing one after a
			// verb of carrying out: an ongoing task. After a noun it
			// qualifies the noun: "chi thường xuyên".
			if e2, ok := accept(s, e, kwXuyen); ok && n == 0 && (cell || opensClause(s, i) || continuousAfterVerb(s, i, e2)) {
				return phrase{start: i, end: e2, rec: "continuous", cell: cell}, true
			}
		case kwTam:
			if e2, ok := accept(s, e, kwNhin); ok {
				flag, end = fTamNhin, e2
			}
		case kwGiai:
			if e2, ok := accept(s, e, kwDoan); ok {
				flag, end = fGiaiDoan, e2
			}
		case kwThoi:
			if e2, ok := accept(s, e, kwKy); ok {
				flag, end = fGiaiDoan, e2
			}
		}
		if flag == 0 {
			break
		}
		p.flags |= flag
		j = end
	}
	if p.flags&fDinhHuong != 0 && p.flags&fDen == 0 {
		return phrase{}, false
	}
	// Core, apart from the prepositions.
	c := textscan.SkipSpace(s, j)
	if p.flags == 0 {
		c = i
	} else if c == j {
		return p.periodic(s, j)
	}
	if p.flags&^fDinhKy == 0 {
		// "01 lần/năm", "định kỳ 01 lần/năm", but not "không quá 01
		// lần/năm", a cap on how often, not a time.
		if r, e, ok := perUnit(s, c); ok && (p.flags != 0 || !capBefore(s, c)) {
			p.rec, p.end = r, e
			return p, true
		}
	}
	if p.flags == 0 && !cell && c < len(s) && textscan.IsDigit(s[c]) && !unitAfterNumber(s, c) {
		// Without prepositions and outside a table cell, a number
		// starts only "6 tháng đầu năm" and "6 tháng một lần"; most
		// numbers are turned away here, after one word.
		return phrase{}, false
	}
	end, ok := core(s, c, &p)
	if !ok {
		// A bare recurrence: "định kỳ hằng quý", "hàng tháng".
		if p.flags&^fDinhKy != 0 {
			return phrase{}, false
		}
		if r, e, ok := recurrence(s, c); ok {
			if p.flags == 0 && !cell && adjectival(s, c, e) {
				return phrase{}, false
			}
			p.rec, p.end = r, e
			return p, true
		}
		// "định kỳ 6 tháng", "6 tháng một lần".
		if r, e, ok := every(s, c, p.flags == 0); ok {
			p.rec, p.end = r, e
			return p, true
		}
		return p.periodic(s, j)
	}
	// Bare numbers need a preposition, except in a table cell.
	if !p.keyword && p.flags == 0 && !cell {
		return phrase{}, false
	}
	// A day of each quarter, "ngày 20 tháng cuối quý", has its
	// recurrence already.
	if p.rec == "" {
		end = postfix(s, end, &p)
	}
	// A day without its month, "trước ngày 25", is a day of each month
	// only after a monthly recurrence, which try looks for.
	if p.kind == coreDay && p.rec != "monthly" && p.rec != "quarterly" &&
		(p.rec != "" || cell || p.flags&(fTruoc|fChamNhat|fVao) == 0) {
		return phrase{}, false
	}
	// A month, quarter or day of the month without a year needs a
	// preposition or a recurrence.
	if p.y == 0 && p.kind != coreHalf && p.flags == 0 && p.rec == "" && !cell && p.kind != coreDate {
		return phrase{}, false
	}
	// "cuối", "đầu" qualify a year, quarter, month or half year.
	if p.flags&(fCuoi|fDau) != 0 && (p.kind == coreDate || p.kind == coreDay || isRange(p.kind)) {
		return phrase{}, false
	}
	p.end = end
	return p, true
}

// dauWords are the words that "đầu" closes as part of a compound that
// names no time: "đứng đầu" (to head), "dẫn đầu", "đi đầu" (to lead),
// "hàng đầu" (foremost), "bắt đầu", "khởi đầu" (to begin), "ban đầu"
// (initial), "cầm đầu".
var dauWords = []string{"đứng", "dẫn", "đi", "hàng", "bắt", "khởi", "ban", "cầm"}

// compoundDau reports whether the word "đầu" at the next token from i
// closes a compound of dauWords.
func compoundDau(s string, i int) bool {
	ws, we := prevWord(s, textscan.SkipSpace(s, i))
	if ws == we {
		return false
	}
	for _, w := range dauWords {
		if isWord(s, ws, we, w) {
			return true
		}
	}
	return false
}

// postfix parses what may follow the core of p that ended at end: a
// recurrence, "và hàng năm", "và các năm tiếp theo", "trở đi". It sets
// p.rec and p.from and returns the end of the phrase.
func postfix(s string, end int, p *phrase) int {
	if r, e, ok := recurrence(s, end); ok {
		p.rec, end = r, e
	} else if k, _, e := next(s, end); k == kwVa {
		if r, e2, ok := recurrence(s, e); ok && r == "yearly" {
			p.rec, p.from, end = r, true, e2
		} else if k2, _, e2 := next(s, e); k2 == kwCac || k2 == kwNhung {
			if e3, ok := accept(s, e2, kwNam); ok {
				if k3, _, e4 := next(s, e3); k3 == kwTiep || k3 == kwSau {
					if k3 == kwTiep {
						if e5, ok := accept(s, e4, kwTheo); ok {
							e4 = e5
						}
					}
					p.rec, p.from, end = "yearly", true, e4
				}
			}
		}
	} else if k == kwTro {
		if e2, ok := accept(s, e, kwDi); ok {
			p.from, end = true, e2
		}
	}
	return end
}

// periodic returns p as a bare "định kỳ" that ends at e, a task that
// recurs at an interval not given (Recurrence "periodic"), when p has no
// other preposition and periodicAdverb holds.
func (p *phrase) periodic(s string, e int) (phrase, bool) {
	if p.flags != fDinhKy || !periodicAdverb(s, p.start, e) {
		return phrase{}, false
	}
	p.rec, p.end = "periodic", e
	return *p, true
}

// unitAfterNumber reports whether the number at i has one or two digits
// and is followed by a unit of time: ngày, tuần, tháng, quý or năm.
func unitAfterNumber(s string, i int) bool {
	j := i
	for j < len(s) && j-i <= 2 && textscan.IsDigit(s[j]) {
		j++
	}
	if j-i > 2 {
		return false
	}
	k, _, _ := next(s, j)
	return unitRec(k, 1) != ""
}

// core parses the core of a phrase at i into p and returns its end.
func core(s string, i int, p *phrase) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	if textscan.IsDigit(s[i]) {
		if i > 0 && (textscan.IsAlnumBefore(s, i) || s[i-1] == '/' || s[i-1] == '-' || s[i-1] == '.' || s[i-1] == ',') {
			return i, false
		}
		return bareCore(s, i, p)
	}
	k, e := word(s, i)
	if k != kwNone && textscan.SkipSpace(s, e) == e {
		// A keyword fused to what follows: "ngày1".
		return i, false
	}
	switch k {
	case kwNgay:
		p.keyword = true
		return dayCore(s, textscan.SkipSpace(s, e), p)
	case kwThang:
		m, e2, ok := readInt(s, textscan.SkipSpace(s, e), 2)
		if !ok || m < 1 || m > 12 || textscan.IsAlnumAt(s, e2) {
			return i, false
		}
		p.keyword, p.kind, p.m = true, coreMonth, m
		// "tháng 10-11/2019", "tháng 3 - 4 năm 2025".
		if m2, e3, ok := monthTo(s, e2, m); ok {
			p.kind, p.m2, e2 = coreMonthRange, m2, e3
		} else if last, e3, gap := monthList(s, e2, m, p.flags&fTu != 0); e3 > e2 {
			// "tháng 11 và tháng 12 năm 2026", "tháng 5, 6/2026",
			// "từ tháng 5 đến tháng 8/2026": the year belongs to every
			// month of the list. Without one the list is no list:
			// "trong tháng 3, 4 đơn vị". Months apart, "tháng 5 và
			// tháng 9 năm 2026", are a list of times, not a range.
			if y, e4, ok := yearAfter(s, e3); ok {
				p.y = y
				if gap {
					p.listEnd, p.tail = e3, e4
					return e2, true
				}
				p.kind, p.m2 = coreMonthRange, last
				return e4, true
			}
		}
		if y, e3, ok := yearAfter(s, e2); ok {
			p.y, e2 = y, e3
			if p.kind == coreMonth {
				e2 = monthRange(s, e2, p)
			}
		}
		return e2, true
	case kwQuy:
		q, e2, ok := quarter(s, textscan.SkipSpace(s, e))
		if !ok {
			return yearQuarter(s, i, e, p)
		}
		p.keyword, p.kind, p.q = true, coreQuarter, q
		// "quý III, IV/2026", "quý I và quý II năm 2025": the year
		// belongs to every quarter of the list. Quarters in digits
		// make a list only when a year follows it.
		digit := textscan.IsDigit(s[e2-1])
		if last, e3, gap := quarterList(s, e2, q, digit); e3 > e2 {
			// Quarters apart, "quý I và quý III năm 2026", are a list
			// of times.
			if y, e4, ok := yearAfter(s, e3); ok {
				p.y = y
				if gap {
					p.listEnd, p.tail = e3, e4
					return e2, true
				}
				p.kind, p.q2 = coreQuarterRange, last
				return e4, true
			}
			if !digit {
				if gap {
					p.listEnd, p.tail = e3, e3
					return e2, true
				}
				p.kind, p.q2 = coreQuarterRange, last
				return e3, true
			}
		}
		if y, e3, ok := yearAfter(s, e2); ok {
			p.y, e2 = y, e3
			e2 = quarterRange(s, e2, p)
		}
		return e2, true
	case kwNam:
		if e2, ok := accept(s, e, kwHoc); ok {
			return seasonYears(s, i, e2, p)
		}
		y, e2, ok := readYear(s, textscan.SkipSpace(s, e))
		if !ok {
			return i, false
		}
		p.keyword, p.kind, p.y = true, coreYear, y
		if y2, e3, ok := rangeTail(s, e2, y, p.flags&fTu != 0); ok {
			p.kind, p.y2, e2 = coreRange, y2, e3
		} else if y2, e3 := yearList(s, e2, y); e3 > e2 {
			p.kind, p.y2, e2 = coreRange, y2, e3
		}
		return e2, true
	case kwCac, kwNhung, kwHai, kwBa:
		// "các năm 2025, 2026", "trong hai năm 2025, 2026", "các ngày
		// 15-16/8": a list or range of years or days.
		if k2, ws, _ := next(s, e); k2 == kwNam || k2 == kwNgay {
			q := *p
			if e2, ok := core(s, ws, &q); ok && (q.kind == coreRange || q.kind == coreDayRange) {
				*p = q
				return e2, true
			}
		}
	case kwNien:
		// "niên vụ", "niên học".
		if k, _, e2 := next(s, e); k == kwVu || k == kwHoc {
			return seasonYears(s, i, e2, p)
		}
	case kwSau6:
		return halfCore(s, i, e, 6, p)
	}
	return i, false
}

// yearList parses the rest of a list of years after the year y that
// ended at i: ", 2026", " và năm 2026". Each year must follow the one
// before it, so that the list is the range from the first to the last:
// "năm 2025, 2026 và 2027" is 2025/2027, while "năm 2025, 2030" is no
// list. It returns the last year and the end of the list, i when there
// is none.
func yearList(s string, i, y int) (int, int) {
	end := i
	for n := 0; n < maxYears; n++ {
		e, _, ok := listSep(s, end)
		if !ok {
			break
		}
		if e2, ok := accept(s, e, kwNam); ok {
			e = e2
		}
		y2, e3, ok := readYear(s, textscan.SkipSpace(s, e))
		if !ok || y2 != y+1 {
			break
		}
		y, end = y2, e3
	}
	return y, end
}

// maxYears is how many more years a list of years may hold.
const maxYears = 9

// yearQuarter parses "đầu năm [2026]" or "cuối năm [2026]" after "quý"
// that started at start and ended at e: the first or the last quarter of
// the year.
func yearQuarter(s string, start, e int, p *phrase) (int, bool) {
	first, y, end, ok := yearEnd(s, e)
	if !ok {
		return start, false
	}
	p.keyword, p.kind, p.q, p.y = true, coreQuarter, 4, y
	if first {
		p.q = 1
	}
	return end, true
}

// yearEnd parses "đầu năm [2026]" or "cuối năm [2026]" at e: whether it
// is the start of the year, the year (0 if none), and where it ends.
func yearEnd(s string, e int) (first bool, y, end int, ok bool) {
	k, _, e2 := next(s, e)
	if k != kwDau && k != kwCuoi {
		return false, 0, e, false
	}
	end, ok = accept(s, e2, kwNam)
	if !ok {
		return false, 0, e, false
	}
	if y2, e3, ok := readYear(s, textscan.SkipSpace(s, end)); ok {
		y, end = y2, e3
	}
	return k == kwDau, y, end, true
}

// seasonYears parses the two years of a school or crop year, "2025-2026",
// after "năm học" or "niên vụ" that started at start and ended at e, as
// the range of the two calendar years it runs over.
func seasonYears(s string, start, e int, p *phrase) (int, bool) {
	y, e2, ok := readYear(s, textscan.SkipSpace(s, e))
	if !ok {
		return start, false
	}
	y2, e3, ok := rangeTail(s, e2, y, false)
	if !ok || y2 != y+1 {
		return start, false
	}
	p.keyword, p.kind, p.y, p.y2 = true, coreRange, y, y2
	return e3, true
}

// quarter reads a quarter number: a Roman numeral I to IV or a digit 1 to 4.
func quarter(s string, i int) (int, int, bool) {
	if i < len(s) && textscan.IsDigit(s[i]) {
		q, e, ok := readInt(s, i, 1)
		if !ok || q < 1 || q > 4 || textscan.IsAlnumAt(s, e) {
			return 0, i, false
		}
		return q, e, true
	}
	k, e := word(s, i)
	switch k {
	case kwRoman1:
		return 1, e, true
	case kwRoman2:
		return 2, e, true
	case kwRoman3:
		return 3, e, true
	case kwRoman4:
		return 4, e, true
	}
	return 0, i, false
}

// maxList is how many more quarters a list of quarters may hold.
const maxList = 3

// listSep returns the end of a list separator at the next token from i
// (",", "và", a hyphen or a dash), whether a line break came before the
// next token, and false when there is none.
func listSep(s string, i int) (int, bool, bool) {
	j := textscan.SkipSpace(s, i)
	if j >= len(s) {
		return i, false, false
	}
	e := j
	if s[j] == ',' {
		e = j + 1
	} else if n := dashAt(s, j); n > 0 {
		e = j + n
	} else if k, e2 := word(s, j); k == kwVa {
		e = e2
	} else {
		return i, false, false
	}
	k := textscan.SkipSpace(s, e)
	nl := false
	for x := i; x < k; x++ {
		if s[x] == '\n' {
			nl = true
		}
	}
	return e, nl, true
}

// quarterList parses the rest of a list or range of quarters after the
// quarter q that ended at i: ", IV", " và quý IV", " - III". Each quarter
// must come after the one before it and be written like the first, in
// Roman numerals or in digits. It returns the last quarter and the end
// of the list, i when there is none, and whether two quarters of it
// that are not next to each other are joined by "," or "và" (a list of
// times, not a range).
func quarterList(s string, i, q int, digit bool) (int, int, bool) {
	end := i
	gap := false
	for n := 0; n < maxList; n++ {
		e, nl, ok := listSep(s, end)
		if !ok {
			break
		}
		dash := dashAt(s, textscan.SkipSpace(s, end)) > 0
		if e2, ok := accept(s, e, kwQuy); ok {
			e = e2
		}
		k := textscan.SkipSpace(s, e)
		if k >= len(s) || textscan.IsDigit(s[k]) != digit {
			break
		}
		q2, e3, ok := quarter(s, k)
		if !ok || q2 <= q {
			break
		}
		// A Roman numeral at the start of a line followed by "." or ")"
		// is the number of a heading: "quý I,\nII. Nhiệm vụ".
		if nl && e3 < len(s) && (s[e3] == '.' || s[e3] == ')') {
			break
		}
		gap = gap || !dash && q2 != q+1
		q, end = q2, e3
	}
	return q, end, gap
}

// monthList parses the rest of a list of months after the month m that
// ended at i: ", 6", " và tháng 12", or, when to is set, " đến tháng 8"
// as the only separator. Each month must come after the one before it.
// It returns the last month and the end of the list, i when there is
// none, and whether two months of it that are not next to each other are
// joined by "," or "và"; the caller requires the year to follow.
func monthList(s string, i, m int, to bool) (int, int, bool) {
	end := i
	gap := false
	for n := 0; n < maxList; n++ {
		e, _, ok := listSep(s, end)
		dash := ok && dashAt(s, textscan.SkipSpace(s, end)) > 0
		if !ok && to && n == 0 {
			e, ok = rangeTo(s, end, true)
			dash = true
		}
		if !ok {
			break
		}
		if e2, ok := accept(s, e, kwThang); ok {
			e = e2
		}
		m2, e3, ok := readInt(s, textscan.SkipSpace(s, e), 2)
		if !ok || m2 <= m || m2 > 12 || textscan.IsAlnumAt(s, e3) {
			break
		}
		gap = gap || !dash && m2 != m+1
		m, end = m2, e3
	}
	return m, end, gap
}

// listItems fills list with p, the first month or quarter of a list of
// times (p.listEnd set), and the others that follow it up to listEnd,
// each with the prepositions and the year of p, and returns how many
// there are. The last one runs over the year written after the list:
// "vào tháng 5 và tháng 9 năm 2026" gives "vào tháng 5" and "tháng 9 năm
// 2026", both with 2026.
func listItems(s string, p phrase, list *[maxDates]phrase) int {
	list[0] = p
	list[0].listEnd = 0
	n := 1
	for end := p.end; end < p.listEnd && n < maxDates; n++ {
		e, _, ok := listSep(s, end)
		if !ok {
			break
		}
		st := textscan.SkipSpace(s, e)
		k := st
		q := phrase{start: st, flags: p.flags, kind: p.kind, keyword: true, y: p.y, cell: p.cell}
		if p.kind == coreMonth {
			if e2, ok := accept(s, k, kwThang); ok {
				k = textscan.SkipSpace(s, e2)
			}
			q.m, end, ok = readInt(s, k, 2)
		} else {
			if e2, ok := accept(s, k, kwQuy); ok {
				k = textscan.SkipSpace(s, e2)
			}
			q.q, end, ok = quarter(s, k)
		}
		if !ok {
			break
		}
		q.end = end
		list[n] = q
	}
	list[n-1].end = max(list[n-1].end, p.tail)
	return n
}

// rangeTo parses the separator of a range after its first end at i: a
// hyphen or a dash, or, when to is set, "đến [hết]" or "tới [hết]". It
// returns the position after it.
func rangeTo(s string, i int, to bool) (int, bool) {
	j := textscan.SkipBlanks(s, i)
	if n := dashAt(s, j); n > 0 {
		return j + n, true
	}
	if !to {
		return i, false
	}
	k, _, e := next(s, i)
	if k != kwDen && k != kwToi {
		return i, false
	}
	if e2, ok := accept(s, e, kwHet); ok {
		e = e2
	}
	return e, true
}

// quarterRange extends the quarter of p, which has a year and ended at
// i, to a range when a later quarter with its year follows: "Quý IV/2025
// - Quý I/2026", "từ quý III/2025 đến quý II/2026". It returns the end of
// the phrase.
func quarterRange(s string, i int, p *phrase) int {
	q2, y2, e, ok := laterPeriod(s, i, p, kwQuy, 4, p.q, func(s string, k int) (int, int, bool) {
		return quarter(s, k)
	})
	if !ok {
		return i
	}
	p.kind, p.q2, p.y2 = coreQuarterRange, q2, y2
	return e
}

// laterPeriod reads the second end of a range of quarters or months
// (perYear 4 or 12) that starts at period v of p's year and ended at i:
// a dash or "đến", the keyword kw if written, the period read by read
// and its year, later than the first and at most ten years on.
func laterPeriod(s string, i int, p *phrase, kw kw, perYear, v int, read func(s string, k int) (int, int, bool)) (int, int, int, bool) {
	e, ok := rangeTo(s, i, p.flags&fTu != 0)
	if !ok {
		return 0, 0, i, false
	}
	k := textscan.SkipSpace(s, e)
	if e2, ok := accept(s, k, kw); ok {
		k = textscan.SkipSpace(s, e2)
	}
	v2, e3, ok := read(s, k)
	if !ok {
		return 0, 0, i, false
	}
	y2, e4, ok := yearAfter(s, e3)
	if !ok || y2*perYear+v2 <= p.y*perYear+v || y2-p.y > 10 {
		return 0, 0, i, false
	}
	return v2, y2, e4, true
}

// monthTo parses "-11", " – tháng 11" after the month m that ended at i,
// the second month of a range within one year. It returns that month and
// its end.
func monthTo(s string, i, m int) (int, int, bool) {
	j := textscan.SkipBlanks(s, i)
	n := dashAt(s, j)
	if n == 0 {
		return 0, i, false
	}
	k := textscan.SkipBlanks(s, j+n)
	if e, ok := accept(s, k, kwThang); ok {
		k = textscan.SkipSpace(s, e)
	}
	m2, e, ok := readInt(s, k, 2)
	if !ok || m2 <= m || m2 > 12 || textscan.IsAlnumAt(s, e) {
		return 0, i, false
	}
	return m2, e, true
}

// monthRange extends the month of p, which has a year and ended at i, to
// a range when a later month with its year follows: "10/2025 - 3/2026",
// "từ tháng 10/2025 đến tháng 3/2026". It returns the end of the phrase.
func monthRange(s string, i int, p *phrase) int {
	m2, y2, e, ok := laterPeriod(s, i, p, kwThang, 12, p.m, func(s string, k int) (int, int, bool) {
		m, e, ok := readInt(s, k, 2)
		return m, e, ok && m >= 1 && m <= 12 && !textscan.IsAlnumAt(s, e)
	})
	if !ok {
		return i
	}
	p.kind, p.m2, p.y2 = coreMonthRange, m2, y2
	return e
}

// halfCore parses "tháng đầu năm [2024]" or "tháng cuối năm" after the
// number n (6) that ended at e.
func halfCore(s string, start, e, n int, p *phrase) (int, bool) {
	if n != 6 {
		return start, false
	}
	e2, ok := accept(s, e, kwThang)
	if !ok {
		return start, false
	}
	first, y, end, ok := yearEnd(s, e2)
	if !ok {
		return start, false
	}
	p.keyword, p.kind, p.h, p.y = true, coreHalf, 2, y
	if first {
		p.h = 1
	}
	return end, true
}

// dayCore parses what follows "ngày": "30/01/2024", "30-01-2024",
// "15 tháng 12 năm 2024", "25 tháng 12", "20" (a day of each month).
func dayCore(s string, i int, p *phrase) (int, bool) {
	d, j, ok := readInt(s, i, 2)
	if !ok || d < 1 || d > 31 {
		return i, false
	}
	if j < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') {
		if e, ok := numericDate(s, i, p, true); ok {
			return dateRange(s, e, p), true
		}
		if s[j] == '/' {
			return spacedDate(s, i, p)
		}
		if e, ok := dayRange(s, j, d, p); ok {
			return e, true
		}
		// A full stop after the day ends the sentence: "trước ngày 25."
		if s[j] == '-' || textscan.IsAlnumAt(s, j+1) {
			return i, false
		}
	}
	if textscan.IsAlnumAt(s, j) {
		return i, false
	}
	if k := textscan.SkipBlanks(s, j); k < len(s) && s[k] == '/' {
		return spacedDate(s, i, p)
	}
	if e, ok := dayRange(s, j, d, p); ok {
		return e, true
	}
	if e, ok := quarterMonth(s, j, p); ok {
		if p.kind == coreDate && !validDate(p.y, p.m, d) {
			p.kind, p.m, p.y = coreNone, 0, 0
			return i, false
		}
		p.d = d
		return e, true
	}
	if e, ok := accept(s, j, kwThang); ok {
		m, e2, ok := readInt(s, textscan.SkipSpace(s, e), 2)
		if !ok || m < 1 || m > 12 || textscan.IsAlnumAt(s, e2) {
			return i, false
		}
		p.kind, p.d, p.m = coreDate, d, m
		if y, e3, ok := yearAfter(s, e2); ok {
			p.y, e2 = y, e3
		}
		if !validDate(p.y, m, d) {
			return i, false
		}
		// "từ ngày 25 tháng 11 đến ngày 05 tháng 12 năm 2025".
		return dateRange(s, e2, p), true
	}
	p.kind, p.d = coreDay, d
	return j, true
}

// rangeEnd parses the date that ends a range of days at i, in figures,
// "20/8/2026", "5/8", or in words, "15 tháng 11 năm 2025", "05 tháng 12".
func rangeEnd(s string, i int, q *phrase) (int, bool) {
	if e, ok := numericDate(s, i, q, true); ok {
		return e, true
	}
	d, j, ok := readInt(s, i, 2)
	if !ok || textscan.IsAlnumAt(s, j) {
		return i, false
	}
	e, ok := accept(s, j, kwThang)
	if !ok {
		return i, false
	}
	m, e2, ok := readInt(s, textscan.SkipSpace(s, e), 2)
	if !ok || textscan.IsAlnumAt(s, e2) {
		return i, false
	}
	y := 0
	if y2, e3, ok := yearAfter(s, e2); ok {
		y, e2 = y2, e3
	}
	if !validDate(y, m, d) {
		return i, false
	}
	q.kind, q.d, q.m, q.y = coreDate, d, m, y
	return e2, true
}

// dayRange parses the rest of a range of days of one month after the
// first day d that ended at j: "-20/8/2026", " - 16/8", or, after "từ",
// " đến [hết] [ngày] 20/8/2026". The month and year are written after
// the last day only.
func dayRange(s string, j, d int, p *phrase) (int, bool) {
	e, ok := rangeTo(s, j, p.flags&fTu != 0)
	if !ok {
		return j, false
	}
	if e2, ok := accept(s, e, kwNgay); ok {
		e = e2
	}
	var q phrase
	e3, ok := rangeEnd(s, textscan.SkipSpace(s, e), &q)
	if !ok || q.d <= d || !validDate(q.y, q.m, d) {
		return j, false
	}
	p.kind, p.d, p.m, p.y = coreDayRange, d, q.m, q.y
	p.d2, p.m2, p.y2 = q.d, q.m, q.y
	return e3, true
}

// dateRange extends the date of p that ended at i, after "từ", to a
// range when "đến [hết] [ngày]" and a later date follow: "từ ngày 25/7
// đến ngày 5/8/2026", "từ ngày 01/7/2025 đến ngày 31/12/2026". A year
// written after the last date only belongs to the first too, or to the
// year before when the first date comes later in the year ("từ ngày
// 20/12 đến ngày 10/01/2026" starts in December of the year before). It
// returns the end of the phrase.
func dateRange(s string, i int, p *phrase) int {
	if p.flags&fTu == 0 {
		return i
	}
	e, ok := rangeTo(s, i, true)
	if !ok {
		return i
	}
	if e2, ok := accept(s, e, kwNgay); ok {
		e = e2
	}
	var q phrase
	e3, ok := rangeEnd(s, textscan.SkipSpace(s, e), &q)
	if !ok {
		return i
	}
	y, y2 := p.y, q.y
	switch {
	case y == 0 && y2 != 0:
		y = y2
		if p.m*32+p.d > q.m*32+q.d {
			y--
		}
	case y2 == 0:
		y2 = y
	}
	if y*400+p.m*32+p.d >= y2*400+q.m*32+q.d || y2-y > 10 || !validDate(y, p.m, p.d) {
		return i
	}
	p.kind, p.y, p.y2, p.d2, p.m2 = coreDayRange, y, y2, q.d, q.m
	return e3
}

// quarterMonth parses the month of a quarter after the day of a date
// that ended at i, and sets the kind of p: "[của] tháng đầu/giữa/cuối
// [mỗi/hằng] quý [sau/tiếp theo/kế tiếp]", a day of each quarter
// (coreDay, quarterly), as in "trước ngày 20 tháng cuối quý", "trước
// ngày 15 tháng cuối mỗi quý" and "trước ngày 10 của tháng đầu quý sau"; or, with the number of a quarter, one month, "ngày 15 tháng
// cuối quý I năm 2026" (coreDate, 2026-03). It returns the end of the
// phrase.
func quarterMonth(s string, i int, p *phrase) (int, bool) {
	j := i
	if _, ws, we := next(s, j); isWord(s, ws, we, "của") {
		j = we
	}
	e, ok := accept(s, j, kwThang)
	if !ok {
		return i, false
	}
	k, ws, we := next(s, e)
	nth := 0 // the month of the quarter, 1 to 3
	switch {
	case k == kwDau:
		nth = 1
	case k == kwCuoi:
		nth = 3
	case isWord(s, ws, we, "giữa"):
		nth = 2
	default:
		return i, false
	}
	// "tháng cuối mỗi quý", "tháng cuối hằng quý": every quarter.
	each := false
	if k2, ws2, we2 := next(s, we); k2 == kwHang || isWord(s, ws2, we2, "mỗi") {
		we, each = we2, true
	}
	e, ok = accept(s, we, kwQuy)
	if !ok {
		return i, false
	}
	if each {
		p.kind, p.rec = coreDay, "quarterly"
		return e, true
	}
	if q, e2, ok := quarter(s, textscan.SkipSpace(s, e)); ok {
		// One quarter: "tháng cuối quý I năm 2026" is March.
		p.kind, p.m = coreDate, 3*(q-1)+nth
		if y, e3, ok := yearAfter(s, e2); ok {
			p.y, e2 = y, e3
		}
		return e2, true
	}
	// The next quarter: "quý sau", "quý tiếp theo", "quý kế tiếp".
	switch k, _, e2 := next(s, e); k {
	case kwSau:
		e = e2
	case kwTiep:
		if e3, ok := accept(s, e2, kwTheo); ok {
			e = e3
		}
	case kwKe:
		if e3, ok := accept(s, e2, kwTiep); ok {
			e = e3
		}
	}
	p.kind, p.rec = coreDay, "quarterly"
	return e, true
}

// numericDate parses D/M/YYYY, D-M-YYYY, D.M.YYYY, or D/M when year-less
// dates are allowed.
func numericDate(s string, i int, p *phrase, short bool) (int, bool) {
	d, j, ok := readInt(s, i, 2)
	if !ok || j >= len(s) {
		return i, false
	}
	sep := s[j]
	m, k, ok := readInt(s, j+1, 2)
	if !ok || m < 1 || m > 12 || d < 1 || d > 31 {
		return i, false
	}
	if k < len(s) && s[k] == sep {
		y, e, ok := readYear(s, k+1)
		if !ok || !validDate(y, m, d) {
			return i, false
		}
		p.kind, p.d, p.m, p.y = coreDate, d, m, y
		return e, true
	}
	if !short || sep != '/' || textscan.IsAlnumAt(s, k) || !validDate(0, m, d) {
		return i, false
	}
	p.kind, p.d, p.m = coreDate, d, m
	return k, true
}

// spacedDate parses D / M / YYYY or D / M with blanks around either
// slash, "30 / 6 / 2026", "15/ 10/2026", as PDF and OCR copies write
// dates. It is read after "ngày" only, where the numbers can be no
// fraction.
func spacedDate(s string, i int, p *phrase) (int, bool) {
	d, j, _ := readInt(s, i, 2)
	k, ok := slashAt(s, j)
	if !ok {
		return i, false
	}
	m, e, ok := readInt(s, k, 2)
	if !ok || m < 1 || m > 12 {
		return i, false
	}
	if k2, ok := slashAt(s, e); ok {
		y, e2, ok := readYear(s, k2)
		if !ok || !validDate(y, m, d) {
			return i, false
		}
		p.kind, p.d, p.m, p.y = coreDate, d, m, y
		return e2, true
	}
	if textscan.IsAlnumAt(s, e) || !validDate(0, m, d) {
		return i, false
	}
	p.kind, p.d, p.m = coreDate, d, m
	return e, true
}

// slashAt returns the position after a slash at i and the blanks around
// it, and false when there is no slash.
func slashAt(s string, i int) (int, bool) {
	j := textscan.SkipBlanks(s, i)
	if j >= len(s) || s[j] != '/' {
		return i, false
	}
	return textscan.SkipBlanks(s, j+1), true
}

// bareCore parses a phrase core that starts with a number: "6 tháng đầu
// năm", "30/6/2025", "12/2025", "2025", "2021 - 2025".
func bareCore(s string, i int, p *phrase) (int, bool) {
	n, j, ok := readInt(s, i, 4)
	if !ok {
		return i, false
	}
	if j-i <= 2 {
		if j < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') {
			// M/YYYY.
			if s[j] == '/' {
				if y, e, ok := readYear(s, j+1); ok && n >= 1 && n <= 12 {
					p.kind, p.m, p.y = coreMonth, n, y
					return monthRange(s, e, p), true
				}
			}
			if e, ok := bareMonths(s, j, n, p); ok {
				return e, true
			}
			return numericDate(s, i, p, p.flags != 0 || p.cell)
		}
		if textscan.IsAlnumAt(s, j) {
			return i, false
		}
		if e, ok := bareMonths(s, j, n, p); ok {
			return e, true
		}
		// "6 tháng đầu năm".
		if e, ok := halfCore(s, i, j, n, p); ok {
			return e, true
		}
		// "13 tháng 10 hằng năm": a day of each year without "ngày".
		if e, ok := yearlyDay(s, j, n, p); ok {
			return e, true
		}
		// "trước 25 hằng tháng": a day of each month without "ngày".
		if n >= 1 && n <= 31 {
			if k, _, e := next(s, j); k == kwHang {
				if u, _, _ := next(s, e); u == kwThang {
					p.kind, p.d = coreDay, n
					return j, true
				}
			}
		}
		return i, false
	}
	y, e, ok := readYear(s, i)
	if !ok {
		return i, false
	}
	p.kind, p.y = coreYear, y
	if y2, e2, ok := rangeTail(s, e, y, p.flags&fTu != 0); ok {
		p.kind, p.y2, e = coreRange, y2, e2
	}
	return e, true
}

// yearlyDay parses the month of a day of each year written without
// "ngày", "13 tháng 10 hằng năm", after the day n that ended at j, and
// returns the end of the month. It needs the yearly recurrence after the
// month, which postfix reads: "13 tháng 10 ngày" is a length of time.
func yearlyDay(s string, j, n int, p *phrase) (int, bool) {
	if n < 1 || n > 31 {
		return j, false
	}
	e, ok := accept(s, j, kwThang)
	if !ok {
		return j, false
	}
	c := textscan.SkipSpace(s, e)
	m, e2, ok := readInt(s, c, 2)
	if !ok || c == e || m < 1 || m > 12 || !validDate(0, m, n) || textscan.IsAlnumAt(s, e2) ||
		e2 < len(s) && s[e2] == '/' {
		return j, false
	}
	if r, _, ok := recurrence(s, e2); !ok || r != "yearly" {
		return j, false
	}
	p.keyword, p.kind, p.d, p.m = true, coreDate, n, m
	return e2, true
}

// capBefore reports whether a cap on a number, "không quá", "không vượt
// quá" or "tối đa", ends right before i: "không quá 01 lần/năm" bounds
// how often something is done to a business and sets no time.
func capBefore(s string, i int) bool {
	ws, we := prevWord(s, i)
	if we == ws {
		return false
	}
	ps, pe := prevWord(s, ws)
	switch {
	case isWord(s, ws, we, "quá"):
		return isWord(s, ps, pe, "không") || isWord(s, ps, pe, "vượt")
	case isWord(s, ws, we, "đa"):
		return isWord(s, ps, pe, "tối")
	}
	return false
}

// bareMonths parses a range of months of one year written with numbers
// only, "10-11/2019", "3 - 12/2020", after the first month n that ended
// at j.
func bareMonths(s string, j, n int, p *phrase) (int, bool) {
	if n < 1 {
		return j, false
	}
	m2, e, ok := monthTo(s, j, n)
	if !ok || e >= len(s) || s[e] != '/' {
		return j, false
	}
	y, e2, ok := readYear(s, e+1)
	if !ok {
		return j, false
	}
	p.kind, p.m, p.m2, p.y = coreMonthRange, n, m2, y
	return e2, true
}

// validDate reports whether d/m is a day of year y (any year when y is 0).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return d <= 29
		}
		return d <= 28
	case 4, 6, 9, 11:
		return d <= 30
	}
	return d <= 31
}
