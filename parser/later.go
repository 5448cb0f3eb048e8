package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/agency"
	"github.com/vnplan/vnplan/model"
)

// addLaterClauses adds to a, the assignment of a paragraph's first
// clause (nil if it has none), what the paragraph's later clauses assign:
// "A chủ trì …; Công an tỉnh có trách nhiệm …", "Yêu cầu …; giao B theo
// dõi …", "A chủ trì … . Các xã phối hợp thực hiện." A later clause
// counts only when it starts with "giao" or its subject is followed by a
// verb that assigns (see assignedBy): "…; các sở gửi báo cáo về A" names
// A as a recipient, not a lead, and "Yêu cầu các doanh nghiệp …" in the
// middle of a paragraph asks those the plan regulates. Its
// subject joins the leads, or the cooperating agencies when it only
// "phối hợp". The first clause's action ends where the later clause
// starts. When the first clause inherits its lead (inherits), the later
// ones add only cooperating agencies. It returns the assignment, new if a
// was nil.
func addLaterClauses(text string, a *model.Assignment, inherits bool) *model.Assignment {
	// Clauses after a colon say what is to be done ("thống nhất theo
	// hướng: A chủ trì …; B chủ trì …"), not who is to do this task.
	if k := strings.IndexByte(text, ':'); k >= 0 {
		text = text[:k]
	}
	br := clauseBreaks{text: text, semi: -1}
	for at := br.next(0); at < len(text); {
		end := br.next(at)
		seg := strings.TrimRight(strings.TrimLeft(text[at:end], " "), " ;.")
		at = end
		if !maySubject(seg) || !mayAssign(seg) {
			continue
		}
		// After ";" a clause starts in lower case: read it as a sentence,
		// and look for its names in what was read.
		orig := seg
		seg = capitalized(seg)
		c, ok := agency.ParseClause(seg)
		if !ok || c.LeadOnly {
			continue
		}
		asWritten(c.Lead, seg, orig)
		asWritten(c.Cooperating, seg, orig)
		added := false
		switch {
		case !c.Inherits && len(c.Lead) > 0 && !inherits && assignedBy(orig, c.Lead):
			if a == nil {
				a = &model.Assignment{Action: c.Action, Request: c.Request}
			}
			n := len(a.Lead) + len(a.Cooperating)
			a.Lead = appendNew(a.Lead, c.Lead...)
			a.Cooperating = appendNew(a.Cooperating, c.Cooperating...)
			added = len(a.Lead)+len(a.Cooperating) > n
		case c.Inherits && !c.Assists && len(c.Cooperating) > 0 && a != nil && assignedBy(orig, c.Cooperating):
			n := len(a.Cooperating)
			a.Cooperating = appendNew(a.Cooperating, c.Cooperating...)
			added = len(a.Cooperating) > n
		}
		if !added {
			continue
		}
		if k := indexFromSecondRune(a.Action, seg); k > 0 {
			a.Action = strings.TrimRight(a.Action[:k], " ;,.")
		}
	}
	return a
}

// clauseBreaks finds where the clauses of a text start: after a ";", or
// at the first letter of a sentence (". " and a capital, after a word of
// more than one letter that is not an abbreviation such as "TP."). It
// remembers the next ";" so that a text is scanned once.
type clauseBreaks struct {
	text string
	semi int // the next ";" after the last search, len(text) if none, or -1
}

// next returns the start of the clause after the one at i, or len(text).
func (b *clauseBreaks) next(i int) int {
	if i > b.semi {
		b.semi = len(b.text)
		if k := strings.IndexByte(b.text[i:], ';'); k >= 0 {
			b.semi = i + k
		}
	}
	for j := i; j < b.semi; {
		k := strings.IndexByte(b.text[j:b.semi], '.')
		if k < 0 {
			break
		}
		if j += k; sentenceEndAt(b.text, j) {
			return j + 2
		}
		j++
	}
	return min(b.semi+1, len(b.text))
}

// sentenceEndAt reports whether the full stop at text[k] ends a sentence:
// a space and a capital follow, and the word before is a lower-case word,
// not a number ("1. "), an initial or an abbreviation ("TP. Huế").
func sentenceEndAt(text string, k int) bool {
	if k+2 >= len(text) || text[k+1] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k+2:])
	if !isUpperLetter(next) {
		return false
	}
	word := text[strings.LastIndexByte(text[:k], ' ')+1 : k]
	last, _ := utf8.DecodeLastRuneInString(word)
	return utf8.RuneCountInString(word) > 1 && isLowerLetter(last) && !isUpperLetter(firstRune(word))
}

// maySubject reports whether a clause may name whom it assigns: it
// starts with a capital, as a sentence does, or with "giao", "các" or
// "những", as a clause after ";" does.
func maySubject(clause string) bool {
	r, _ := utf8.DecodeRuneInString(clause)
	if isUpperLetter(r) {
		return true
	}
	for _, w := range [...]string{"giao ", "các ", "những "} {
		if strings.HasPrefix(clause, w) {
			return true
		}
	}
	return false
}

// subjectVerbs are the verbs that, right after a clause's subject, make
// it the lead of a task ("Công an tỉnh có trách nhiệm …") or one that
// cooperates ("các xã phối hợp …").
var subjectVerbs = [...]string{" chủ trì", " phối hợp", " có trách nhiệm", " chịu trách nhiệm", " tham mưu"}

// mayAssign reports whether clause may assign a task: it starts with
// "giao" or holds one of subjectVerbs in its first subjectBytes, where
// the subject's verb is.
func mayAssign(clause string) bool {
	if startsWithGiao(clause) {
		return true
	}
	head := clause[:min(len(clause), subjectBytes)]
	for _, v := range [...]string{"chủ trì", "phối hợp", "trách nhiệm", "tham mưu"} {
		if strings.Contains(head, v) {
			return true
		}
	}
	return false
}

// subjectBytes bounds how far into a clause its subject's verb is looked
// for: past an opening phrase ("Trong quá trình thực hiện, nếu có khó
// khăn, vướng mắc,") and a list of several long names.
const subjectBytes = 480

// assignedBy reports whether a verb that assigns gives clause the
// agencies names, its subject: the clause starts with "giao", or one of
// subjectVerbs follows the last name. "…, các đơn vị phản ánh về Sở A
// tổng hợp, tham mưu …" holds "tham mưu", but not after its subject.
func assignedBy(clause string, names []string) bool {
	if startsWithGiao(clause) {
		return true
	}
	last := names[len(names)-1]
	k := strings.Index(clause, last)
	if k < 0 {
		return false
	}
	rest := clause[k+len(last):]
	for _, v := range subjectVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// startsWithGiao reports whether clause starts with the verb "giao", in
// either case.
func startsWithGiao(clause string) bool {
	const v = "giao "
	return len(clause) >= len(v) && strings.EqualFold(clause[:len(v)], v)
}

// indexFromSecondRune returns where clause, whose first letter may have
// been capitalized, starts in s, or -1: it matches clause from its second
// character on.
func indexFromSecondRune(s, clause string) int {
	_, n := utf8.DecodeRuneInString(clause)
	k := strings.Index(s, clause[n:])
	if k <= 0 {
		return -1
	}
	_, m := utf8.DecodeLastRuneInString(s[:k])
	return k - m
}

// asWritten gives back their case to the names that start clause, which
// capitalized made of orig: "các sở, ngành", not "Các sở, ngành".
func asWritten(names []string, clause, orig string) {
	if clause == orig {
		return
	}
	d := len(clause) - len(orig)
	for i, n := range names {
		if strings.HasPrefix(clause, n) && len(n)-d > 0 {
			names[i] = orig[:len(n)-d]
		}
	}
}

// capitalized returns s with its first letter in upper case, as a
// clause that starts a sentence is read.
func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !isLowerLetter(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// appendNew appends to names those of more that it does not hold.
func appendNew(names []string, more ...string) []string {
	for _, m := range more {
		if !slices.Contains(names, m) {
			names = append(names, m)
		}
	}
	return names
}
