package deadline

import (
	"strconv"

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
// "hoàn thành" or "sau"; count is a number in digits or in words; unit
// is "ngày", "tuần", "tháng", "quý" or "năm"; link is "kể từ", "tính
// từ", "từ" or "sau"; event runs to the end of its clause.

// relPhrase is a parsed relative deadline.
type relPhrase struct {
	start, end int
	n          int  // the count of units
	unit       byte // 'D', 'W', 'M' or 'Y'
	working    bool // "ngày làm việc"
	after      bool // work starts once the time has passed
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
leads:
	for n := 0; n < 4; n++ {
		k, _, e := next(s, j)
		switch k {
		case kwTrong:
			// "trong vòng", "trong thời hạn", "trong thời gian".
			if e2, ok := accept(s, e, kwVong); ok {
				e = e2
			} else if e2, ok := accept(s, e, kwThoi); ok {
				k2, _, e3 := next(s, e2)
				if k2 != kwHan && k2 != kwGian {
					return r, false
				}
				e = e3
			}
		case kwCham, kwMuon:
			e2, ok := accept(s, e, kwNhat)
			if !ok {
				return r, false
			}
			e = e2
			if e2, ok := accept(s, e, kwLa); ok {
				e = e2
			}
		case kwKhong:
			e2, ok := accept(s, e, kwQua)
			if !ok {
				return r, false
			}
			e = e2
		case kwToiDa:
			e2, ok := accept(s, e, kwDa)
			if !ok {
				return r, false
			}
			e = e2
		case kwHoan:
			e2, ok := accept(s, e, kwThanh)
			if !ok {
				return r, false
			}
			e = e2
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
		// Hours ("trong vòng 24 giờ") have no form in the schema of
		// Within, which takes days, weeks, months and years.
		return r, false
	}
	ev, ke, ok := link(s, e)
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
// perhaps after a comma, and returns the start of the event and whether
// the words were "kể từ": "kể từ", "tính từ" and "từ" ("kể từ ngày ký",
// "kể từ khi nhận được"), or "sau" before "khi" or "ngày" ("sau khi
// nhận được"). After a bare "từ" the event must be "ngày" or "khi" with
// no date: "trong 02 ngày từ ngày 15/7" is the length of what runs on
// those days.
func link(s string, i int) (int, bool, bool) {
	j := textscan.SkipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j++
	}
	k, ws, e := next(s, j)
	anchor, bare := false, false
	switch {
	case k == kwKe || k == kwNone && isWord(s, ws, e, "tính"):
		// Only "kể từ" with a single blank between is an anchor of
		// Find (see tuAt).
		anchor = k == kwKe && tuAt(s, e)
		e2, ok := accept(s, e, kwTu)
		if !ok {
			return i, false, false
		}
		e = e2
	case k == kwTu || k == kwSau:
		bare = true
	default:
		return i, false, false
	}
	ek, ev, ee := next(s, e)
	if ev == e || ev >= len(s) {
		return i, false, false
	}
	if bare {
		if ek != kwNgay && !isWord(s, ev, ee, "khi") {
			return i, false, false
		}
		if d := textscan.SkipSpace(s, ee); k == kwTu && ek == kwNgay && d < len(s) && textscan.IsDigit(s[d]) {
			return i, false, false
		}
	}
	return ev, anchor, true
}

// maxEventWords bounds the words of an event: "khi nhận được văn bản đề
// nghị của cơ quan có thẩm quyền" is eleven.
const maxEventWords = 12

// eventEnd returns the end of the event that starts at i: the end of
// its clause, before a comma, a semicolon, a full stop, a colon, a
// bracket, a bar or a line break, or before "và", "hoặc", "thì" or "để",
// which start another clause ("kể từ ngày ký và báo cáo ..."), and at
// most maxEventWords words. Numbers and dates are part of it: "ngày
// 01/7/2026", "Nghị quyết số 01/NQ-CP".
func eventEnd(s string, i int) int {
	end := i
	for n := 0; n < maxEventWords; n++ {
		j := textscan.SkipBlanks(s, end)
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
		end = e
		if e < len(s) && textscan.BlankAt(s, e) == 0 {
			break // punctuation closes the event
		}
	}
	return end
}

// eventStopWords start a new clause after an event.
var eventStopWords = []string{"và", "hoặc", "thì", "để"}

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
		Text:        s[r.start:r.end],
		Relation:    "before",
		Within:      "P" + strconv.Itoa(r.n) + string(r.unit),
		WorkingDays: r.working,
		Event:       s[r.evStart:r.end],
	}
	if r.after {
		d.Relation = "after"
	}
	return d
}
