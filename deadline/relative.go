package deadline

import (
	"strconv"
	"strings"

	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/vnnum"
)

// A relative deadline is a time allowed from an event rather than a
// calendar time (see the package documentation):
//
//	[lead] count unit [làm việc] [,] link event
//
// lead is "trong" (perhaps with "vòng", "thời hạn" or "thời gian"),
// "chậm nhất" or "muộn nhất" (perhaps with "là"), "không quá", "tối đa",
// "hoàn thành", "sau" or "trước"; count is a number in digits or in
// words; unit is "giờ", "ngày", "tuần", "tháng", "quý" or "năm"; link
// is "kể từ", "tính từ", "từ" or "sau", or "trước" for a time counted
// back from the event ("chậm nhất 15 ngày trước ngày khai mạc"), or "so
// với" after the lead "trước" ("trước 03 ngày so với ngày tổ chức");
// event runs to the end of its clause.

// relPhrase is a parsed relative deadline.
type relPhrase struct {
	start, end int
	n          int  // the count of units
	unit       byte // 'H', 'D', 'W', 'M' or 'Y'
	working    bool // "ngày làm việc"
	after      bool // work starts once the time has passed
	back       bool // counted back from the event: due n units before it
	evStart    int  // the event is s[evStart:end]
}

// relative parses a relative deadline at i. Outside a table cell a lead
// is required: a bare "30 ngày kể từ ..." in running text is as likely
// a length of time (of a course, a stay) as a time allowed. It fails
// fast on the phrases that start with no lead and no number.
func relative(s string, i int, cell bool) (relPhrase, bool) {
	r := relPhrase{start: i}
	if !cell && i < len(s) {
		// Most phrases start with none of the leads: trong, tối, chậm,
		// muộn, không, hoàn thành, sau.
		switch s[i] | 0x20 {
		case 't', 'c', 'm', 'k', 'h', 's':
		default:
			return r, false
		}
	}
	j := i
	lead, before := false, false
	// backOK reports whether the leads let the time be counted back
	// from the event: "chậm nhất 15 ngày trước ngày khai mạc" is due by
	// 15 days before the opening, while "trong vòng 15 ngày trước ngày
	// bầu cử" is the window of those 15 days, no time limit.
	backOK := cell
	// byCompare is set by the lead "trước": "trước 03 ngày so với ngày
	// tổ chức".
	byCompare := false
	// limit is set by the leads that make a time limit without an event
	// ("trong thời hạn 15 ngày làm việc", "chậm nhất 03 ngày"), and vong
	// by "trong vòng", which does for hours ("trong vòng 24 giờ").
	limit, vong := false, false
leads:
	for n := 0; n < 4; n++ {
		k, _, e := next(s, j)
		switch k {
		case kwTrong:
			// "trong vòng", "trong thời hạn", "trong thời gian".
			if e2, ok := accept(s, e, kwVong); ok {
				e, vong = e2, true
			} else if e2, ok := accept(s, e, kwThoi); ok {
				k2, _, e3 := next(s, e2)
				if k2 != kwHan && k2 != kwGian {
					return r, false
				}
				e, limit = e3, limit || k2 == kwHan
			}
		case kwCham, kwMuon, kwKhong, kwToiDa, kwHoan:
			e2, ok := pairLead(s, k, e)
			if !ok {
				return r, false
			}
			e, limit = e2, limit || k == kwCham || k == kwMuon
		case kwTruoc:
			// "trước 03 ngày so với ngày tổ chức": counted back.
			if lead && !backOK {
				return r, false
			}
			lead, before, byCompare, backOK, r.after = true, true, true, true, false
			j = e
			continue
		case kwSau:
			// "sau 30 ngày kể từ ngày ký": from then on, unless a
			// word of time allowed came first ("chậm nhất sau ...").
			r.after = !before
			lead = true
			j = e
			continue
		default:
			break leads
		}
		backOK = k == kwCham || k == kwMuon || k == kwHoan && (!lead || backOK)
		lead, before, r.after = true, true, false
		j = e
	}
	if !lead && !cell {
		return r, false
	}
	c := textscan.SkipSpace(s, j)
	if lead && c == j {
		return r, false
	}
	if !lead {
		c = i
	}
	n, e, ok := count(s, c)
	if !ok {
		return r, false
	}
	r.n = n
	u, _, e := next(s, e)
	switch u {
	case kwGio:
		r.unit = 'H'
	case kwNgay:
		r.unit = 'D'
		if e2, ok := accept(s, e, kwLam); ok {
			if e3, ok := accept(s, e2, kwViec); ok {
				r.working, e = true, e3
			}
		}
	case kwTuan:
		r.unit = 'W'
	case kwThang:
		r.unit = 'M'
	case kwQuy:
		r.unit, r.n = 'M', 3*n
	case kwNam:
		r.unit = 'Y'
	default:
		return r, false
	}
	ev, ke, back, ok := link(s, e, byCompare)
	if !ok && !cell && textscan.IsDigit(s[c]) && (limit || vong && r.unit == 'H') && !windowGoesOn(s, e) {
		// A time limit with no event written: "trong thời hạn 15 ngày
		// làm việc", "chậm nhất 03 ngày", "trong vòng 24 giờ".
		r.evStart, r.end = e, e
		return r, true
	}
	if ok && back && !backOK {
		return r, false
	}
	r.back = back
	if !ok || !ke && !textscan.IsDigit(s[c]) {
		// A count in words has no anchor of Find of its own: it is
		// read before "kể từ", which is one.
		return r, false
	}
	end := eventEnd(s, ev)
	if end == ev {
		return r, false
	}
	r.evStart, r.end = ev, end
	return r, true
}

// windowGoesOn reports whether the words after a duration that ends at e
// make it a window of time rather than a limit ("trong vòng 5 năm qua",
// "… tới", "… liên tục"), or tie it to an event that link did not read.
func windowGoesOn(s string, e int) bool {
	_, ws, we := next(s, e)
	if we == ws {
		return false
	}
	switch s[ws:we] {
	case "qua", "tới", "sắp", "liên", "trở":
		return true
	case "trước", "sau", "kể", "tính", "từ", "so":
		// An event follows that link does not read ("trước thời điểm
		// bắt đầu …"): no limit of its own.
		return true
	}
	return false
}

// count reads the count of a relative deadline at i: one to three
// digits, or a number in words from one to 999 ("mười lăm", "một").
func count(s string, i int) (int, int, bool) {
	if i >= len(s) {
		return 0, i, false
	}
	if textscan.IsDigit(s[i]) {
		n, e, ok := readInt(s, i, 3)
		if !ok || n < 1 || textscan.IsAlnumBefore(s, i) || textscan.IsAlnumAt(s, e) {
			return 0, i, false
		}
		return n, e, true
	}
	k, e := word(s, i)
	switch k {
	case kwMot, kwHai, kwBa, kwBon, kwSau6, kwMuoi, kwDigitWord:
	case kwNam:
		// "năm" is five only before "mươi", "trăm" or "chục": most
		// are "trong năm 2026", read without vnnum.
		if k2, _, _ := next(s, e); k2 != kwDigitWord {
			return 0, i, false
		}
	default:
		return 0, i, false
	}
	v, n, ok := vnnum.ScanWords(s[i:])
	if !ok || v < 1 || v > 999 || v != float64(int(v)) {
		return 0, i, false
	}
	// Find reaches the lead back from "kể từ" over keywords only: each
	// word of the count must be one, in a case that word knows.
	for j := i; j < i+n; {
		k, _, e := next(s, j)
		if k == kwNone || e > i+n {
			return 0, i, false
		}
		j = e
	}
	return int(v), i + n, true
}

// link reads the words that tie a duration that ended at i to its event,
// perhaps after a comma, and returns the start of the event, whether
// the words were "kể từ", and whether the time is counted back from the
// event: "kể từ", "tính từ" and "từ" ("kể từ ngày ký", "kể từ khi nhận
// được"), "sau" before "khi", "ngày" or an event noun (see eventNoun:
// "sau khi nhận được", "sau bão"), and "trước" before the same
// ("trước ngày khai mạc", "trước khi bão đổ bộ"), which counts back.
// With compare set, after the lead "trước", the link is "so với"
// instead: "trước 03 ngày so với ngày tổ chức". After a bare "từ" the
// event must be "ngày" or "khi" with no date: "trong 02 ngày từ ngày
// 15/7" is the length of what runs on those days.
func link(s string, i int, compare bool) (ev int, anchor, back, ok bool) {
	j := textscan.SkipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j++
	}
	k, ws, e := next(s, j)
	bare := false
	switch {
	case compare:
		if k != kwNone || !isWord(s, ws, e, "so") {
			return i, false, false, false
		}
		_, vs, ve := next(s, e)
		if !isWord(s, vs, ve, "với") {
			return i, false, false, false
		}
		e, back = ve, true
	case k == kwKe || k == kwNone && isWord(s, ws, e, "tính"):
		// Only "kể từ" with a single blank between is an anchor of
		// Find (see tuAt).
		anchor = k == kwKe && tuAt(s, e)
		e2, ok := accept(s, e, kwTu)
		if !ok {
			return i, false, false, false
		}
		e = e2
	case k == kwTu || k == kwSau:
		bare = true
	case k == kwTruoc:
		bare, back = true, true
	default:
		return i, false, false, false
	}
	ek, ev, ee := next(s, e)
	if ev == e || ev >= len(s) {
		return i, false, false, false
	}
	if bare {
		if ek != kwNgay && !isWord(s, ev, ee, "khi") && (k == kwTu || !eventNoun(s, ev, ee, true)) {
			return i, false, false, false
		}
		if d := textscan.SkipSpace(s, ee); k == kwTu && ek == kwNgay && d < len(s) && textscan.IsDigit(s[d]) {
			return i, false, false, false
		}
	}
	return ev, anchor, back, true
}

// maxEventWords bounds the words of an event: "khi nhận được văn bản đề
// nghị của cơ quan có thẩm quyền" is eleven.
const maxEventWords = 12

// eventEnd returns the end of the event that starts at i: the end of
// its clause, before a comma, a semicolon, a full stop, a colon, a
// bracket, a bar or a line break, or before "và", "hoặc", "thì", "để"
// or "đạt", which start another clause ("kể từ ngày ký và báo cáo
// ...") or give a value, or a recurrence, and at most maxEventWords
// words. Numbers and dates are part of it: "ngày 01/7/2026", "Nghị
// quyết số 01/NQ-CP"; so is a short parenthesis within a name, followed
// by more of the event: "khi Luật Khoáng sản (sửa đổi) ban hành".
func eventEnd(s string, i int) int {
	end := i
	for n := 0; n < maxEventWords; n++ {
		j := textscan.SkipBlanks(s, end)
		if j < len(s) && s[j] == '(' && j > end {
			if e, ok := innerParen(s, j); ok {
				end = e
				continue
			}
		}
		if j >= len(s) || eventStop(s, j) {
			break
		}
		e := j
		for e < len(s) && textscan.BlankAt(s, e) == 0 && !eventStop(s, e) {
			e++
		}
		if e == j {
			break
		}
		if oneOf(s, j, e, eventStopWords) {
			break
		}
		if _, _, ok := recurrence(s, j); ok {
			// "trước mùa mưa bão hằng năm": the event recurs.
			break
		}
		if timeAhead(s, j) {
			// "ngay sau khi Luật ... ban hành trong năm 2024": the
			// time of the task, not part of the event.
			break
		}
		end = e
		if e < len(s) && textscan.BlankAt(s, e) == 0 {
			break // punctuation closes the event
		}
	}
	return end
}

// timeAhead reports whether a time phrase with a strong preposition
// starts at j: "trong năm 2024", "trước ngày 30/6".
func timeAhead(s string, j int) bool {
	switch k, _ := word(s, j); k {
	case kwTrong, kwTruoc, kwVao, kwCham, kwMuon, kwHoan:
		_, ok := parse(s, j, false)
		return ok
	}
	return false
}

// eventStopWords start a new clause or a value after an event.
var eventStopWords = []string{"và", "hoặc", "thì", "để", "đạt"}

// maxInnerParen bounds the bytes of a parenthesis within an event:
// "(sửa đổi)", "(nếu có)".
const maxInnerParen = 32

// innerParen reports whether the parenthesis that opens at j is short,
// on one line, and followed by a word that goes on with the event, and
// returns its end.
func innerParen(s string, j int) (int, bool) {
	for k := j + 1; k < len(s) && k-j <= maxInnerParen; k++ {
		switch s[k] {
		case '\n', '(', ';':
			return j, false
		case ')':
			w := textscan.SkipBlanks(s, k+1)
			if w == k+1 || w >= len(s) || eventStop(s, w) {
				return j, false
			}
			if we := wordEnd(s, w); we == w || oneOf(s, w, we, eventStopWords) {
				return j, false
			}
			return k + 1, true
		}
	}
	return j, false
}

// eventStop reports whether s[j] ends an event: a line break or a
// punctuation mark other than the "/", "-" and "." inside a number, a
// date or a document number.
func eventStop(s string, j int) bool {
	switch s[j] {
	case '\n', ',', ';', ':', '!', '?', '(', ')', '[', ']', '|', '"', '*':
		return true
	case '.':
		// "01.7.2026" goes on; a full stop ends.
		return j+1 >= len(s) || !textscan.IsDigit(s[j+1])
	case 0xE2:
		// “ ” – —
		return j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0x9C || s[j+2] == 0x9D || s[j+2] == 0x93 || s[j+2] == 0x94)
	}
	return false
}

// deadline builds the model value of r.
func (r *relPhrase) deadline(s string) model.Deadline {
	d := model.Deadline{
		Text:        strings.TrimRight(s[r.start:r.end], " "),
		Relation:    "before",
		Within:      r.duration(),
		WorkingDays: r.working,
		Event:       s[r.evStart:r.end],
	}
	if r.after {
		d.Relation = "after"
	}
	return d
}

// duration formats the time of r as an ISO 8601 duration, negative when
// it is counted back from the event: "P30D", "PT24H", "-P15D".
func (r *relPhrase) duration() string {
	d := "P"
	if r.unit == 'H' {
		d = "PT"
	}
	if r.back {
		d = "-" + d
	}
	return d + strconv.Itoa(r.n) + string(r.unit)
}

// pairLead reads the rest of a lead of two words whose first, k, ends at
// e: "hoàn thành", "chậm nhất (là)", "muộn nhất (là)", "không quá", "tối
// đa". It returns the end of the lead, and false when k starts none or
// its second word does not follow.
func pairLead(s string, k kw, e int) (int, bool) {
	var second kw
	switch k {
	case kwHoan:
		second = kwThanh
	case kwCham, kwMuon:
		second = kwNhat
	case kwKhong:
		second = kwQua
	case kwToiDa:
		second = kwDa
	default:
		return e, false
	}
	e2, ok := accept(s, e, second)
	if !ok {
		return e, false
	}
	if second == kwNhat {
		if e3, ok := accept(s, e2, kwLa); ok {
			e2 = e3
		}
	}
	return e2, true
}
