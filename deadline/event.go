package deadline

import (
	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
)

// An event deadline is a time before, at or after an event, with no
// date and no count of days (see the package documentation):
//
//	[hoàn thành | chậm nhất] [ngay] (trước | sau | ∅) event [recurrence]
//
// "trước khi bão đổ bộ", "trước Tết Nguyên đán", "trước mùa mưa bão hằng
// năm", "trước ngày khai mạc Đại hội" are before the event; "ngay khi có
// tin bão" is at it and "ngay sau khi bão tan" after it. A bare "sau
// khi" is not read: "Sau khi nghe báo cáo", "hậu kiểm sau khi cấp phép",
// "trụ sở sau khi di dời" tell the order of things or describe a
// thing far more often than they set the start of a task.

// evPhrase is a parsed event deadline.
type evPhrase struct {
	start, end     int
	evStart, evEnd int    // the event is s[evStart:evEnd]
	rel            string // "before", "on" or "after"
	rec            string // a recurrence after the event: "hằng năm"
}

// eventAt parses an event deadline at i. It fails after one look-up on
// the words that cannot start one.
func eventAt(s string, i int) (evPhrase, bool) {
	r := evPhrase{start: i}
	j := i
	k, e := word(s, j)
	switch k {
	case kwHoan, kwCham, kwMuon:
		e2, ok := pairLead(s, k, e)
		if !ok {
			return r, false
		}
		j = e2
	case kwTruoc, kwNgay2:
	default:
		return r, false
	}
	if j > i && textscan.SkipSpace(s, j) == j {
		return r, false
	}
	ngay := false
	if e, ok := accept(s, j, kwNgay2); ok {
		ngay, j = true, e
	}
	k, ws, e := next(s, j)
	hs, he := ws, e // the head of the event: "khi", "Tết", "mùa", "ngày"
	switch {
	case k == kwTruoc:
		r.rel = "before"
	case k == kwSau && ngay:
		r.rel = "after"
	case ngay && isWord(s, ws, e, "khi"):
		r.rel = "on"
	default:
		return r, false
	}
	if r.rel != "on" {
		if !ngay && j == i && describedBefore(s, i) {
			return r, false
		}
		if _, hs, he = next(s, e); hs == e {
			return r, false
		}
	}
	if !isWord(s, hs, he, "khi") && !eventNoun(s, hs, he, false) {
		return r, false
	}
	end := eventEnd(s, hs)
	if end <= he && !isWord(s, hs, he, "tết") {
		// "khi", "mùa", "ngày" need a word after them; "Tết" is one.
		return r, false
	}
	if _, ws, we := next(s, end); isWord(s, ws, we, "đạt") {
		// "tỷ lệ thanh niên được khám sức khỏe trước khi kết hôn đạt
		// 90%": the time is part of the name of what is measured.
		return r, false
	}
	r.evStart, r.evEnd, r.end = hs, end, end
	if rec, e, ok := recurrence(s, end); ok {
		r.rec, r.end = rec, e
	}
	return r, true
}

// describedBefore reports whether the word before a "trước" at i makes
// it part of a baseline or the name of a stage, not a time limit: "so
// với trước khi sáp nhập", "như trước khi", "Giai đoạn trước mùa mưa
// bão", "thời kỳ trước khi".
func describedBefore(s string, i int) bool {
	ws, we := prevWord(s, i)
	return we > ws && oneOf(s, ws, we, describeWords)
}

// describeWords are the words before "trước" of a baseline or a stage.
var describeWords = []string{"với", "như", "hơn", "đoạn", "kỳ", "kì", "đứng"}

// eventNoun reports whether the word s[ws:we] starts the name of an
// event after "trước" or "sau": "Tết", "mùa" ("mùa mưa bão"), "ngày"
// before a word that is no number ("ngày khai mạc Đại hội"), "thời
// điểm", "khai giảng", "bế giảng", and, with
// counted set, after a count of days ("03 ngày sau bão"), where the
// count makes the time plain, "bão", "lũ", "đại hội", "hội nghị" and
// "kỳ họp". Without a count these are often a place, not a time:
// "trình bày trước Hội nghị", "chịu trách nhiệm trước Đại hội".
func eventNoun(s string, ws, we int, counted bool) bool {
	switch {
	case isWord(s, ws, we, "tết"), isWord(s, ws, we, "mùa"):
		return true
	case isWord(s, ws, we, "ngày"):
		k, ns, ne := next(s, we)
		if ne == ns || textscan.IsDigit(s[ns]) {
			return false
		}
		switch k {
		case kwMot, kwHai, kwBa, kwBon, kwNam, kwSau6, kwMuoi, kwDigitWord, kwCuoi, kwDau,
			kwLam, kwHang, kwTrong, kwTu, kwDen, kwVa:
			// "trước ngày mười lăm", "ngày cuối quý", "ngày làm việc".
			return false
		}
		return true
	}
	_, ns, ne := next(s, we)
	switch {
	case isWord(s, ws, we, "thời") && isWord(s, ns, ne, "điểm"),
		isWord(s, ws, we, "khai") && isWord(s, ns, ne, "giảng"),
		isWord(s, ws, we, "bế") && isWord(s, ns, ne, "giảng"):
		// "trước thời điểm bắt đầu …", "trước khai giảng năm học …".
		return true
	case !counted:
		return false
	case isWord(s, ws, we, "bão"), isWord(s, ws, we, "lũ"):
		return true
	}
	return isWord(s, ws, we, "đại") && isWord(s, ns, ne, "hội") ||
		isWord(s, ws, we, "hội") && isWord(s, ns, ne, "nghị") ||
		(isWord(s, ws, we, "kỳ") || isWord(s, ws, we, "kì")) && isWord(s, ns, ne, "họp")
}

// deadline builds the model value of r.
func (r *evPhrase) deadline(s string) model.Deadline {
	return model.Deadline{
		Text:       s[r.start:r.end],
		Relation:   r.rel,
		Recurrence: r.rec,
		Event:      s[r.evStart:r.evEnd],
	}
}
