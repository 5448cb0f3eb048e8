package citation

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"

	"github.com/vnplan/vnplan/internal/textscan"
)

// Alias is a short name that a text defines for a document, such as
// "(viết tắt là Nghị quyết 01/NQ-CP)" or "(sau đây gọi tắt là Kế hoạch)".
//
// Start and End are the byte offsets of the parenthesis in the text given
// to [FindAliases], brackets included.
type Alias struct {
	Start, End int
	// Short is the short name as written, without emphasis markers or
	// quotes: "Nghị quyết 01/NQ-CP", "Chương trình REDD+".
	Short string
	// Number is the normalised number of the document the short name
	// stands for: the number inside Short if it has one, else the number
	// of the citation of the same type just before the parenthesis in the
	// same sentence (the one whose number the short name gives, if any:
	// "57-NQ/TW" for "Nghị quyết 57"), else "".
	Number string
}

// aliasLead lists the phrases that introduce a short name, after an
// optional "sau đây".
var aliasLead = []string{"viết tắt", "gọi tắt", "viết chung", "gọi chung", "gọi"}

// leadInitial marks the first bytes of "sau đây" and of the phrases of
// aliasLead, in either case, and C5, the lead byte of ſ, which folds to s.
var leadInitial = [256]bool{'s': true, 'S': true, 'v': true, 'V': true, 'g': true, 'G': true, 0xC5: true}

// maxParen is the longest parenthesis looked at for a definition.
const maxParen = 300

// FindAliases returns the short names defined in text, in order. It
// recognises a parenthesis that starts, after optional emphasis markers,
// with "viết tắt là", "gọi tắt là", "viết chung là" or "gọi chung là",
// each optionally preceded by "sau đây".
func FindAliases(text string) []Alias {
	var out []Alias
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			break
		}
		open := i + k
		i = open + 1
		a, ok := aliasAt(text, open)
		if !ok {
			continue
		}
		out = append(out, a)
		i = a.End
	}
	return out
}

// aliasAt parses a definition in the parenthesis opening at open.
func aliasAt(s string, open int) (Alias, bool) {
	limit := open + maxParen
	if limit > len(s) {
		limit = len(s)
	}
	// A definition starts with the first letter of "sau đây" or of a
	// lead; most parentheses are turned away here. The ")" stops the
	// blanks skipped, so that j is where the words inside start.
	if j := skipSpace(s[:limit], open+1); j >= limit || !leadInitial[s[j]] {
		return Alias{}, false
	}
	closeRel := strings.IndexByte(s[open+1:limit], ')')
	if closeRel < 0 {
		return Alias{}, false
	}
	close := open + 1 + closeRel
	inner := s[open+1 : close]
	if strings.IndexByte(inner, '(') >= 0 || strings.Contains(inner, "\n\n") {
		return Alias{}, false
	}
	j := skipSpace(inner, 0)
	if e, ok := matchPhrase(inner, j, "sau đây"); ok {
		j = skipSpace(inner, e)
	}
	lead := false
	for _, l := range aliasLead {
		if e, ok := matchPhrase(inner, j, l); ok {
			j = skipSpace(inner, e)
			lead = true
			break
		}
	}
	if !lead {
		return Alias{}, false
	}
	if e, ok := matchWord(inner, j, "là"); ok {
		j = e
	}
	short := strings.Trim(collapse(inner[j:]), " :*_\"'“”‘’")
	if short == "" {
		return Alias{}, false
	}
	a := Alias{Start: open, End: close + 1, Short: short}
	if ms := Find(short); len(ms) > 0 && ms[0].Ref.Number != "" {
		a.Number = ms[0].Ref.Number
		return a, true
	}
	a.Number = numberBefore(s, open, short)
	return a, true
}

// maxSentence bounds how far back numberBefore looks for the sentence.
const maxSentence = 1500

// numberBefore returns the number of the document that short, defined in
// the parenthesis at open, stands for: the last citation in the same
// sentence of the type that short starts with (see sameType), or the
// last one whose number short gives ("57-NQ/TW" for "Nghị quyết 57"),
// provided no later mention of that type word outside a citation (an
// unnumbered document) comes between it and the parenthesis. A short
// name without a type word takes the last citation of the sentence whose
// number it gives, else the last one.
func numberBefore(s string, open int, short string) string {
	from := open - maxSentence
	if from < 0 {
		from = 0
	}
	start := from
	for k := open - 1; k >= from; k-- {
		c := s[k]
		if c == ';' || c == '!' || c == '?' || (c == '.' && k+1 < len(s) && (s[k+1] == ' ' || s[k+1] == '\n')) ||
			(c == '\n' && k > 0 && s[k-1] == '\n') {
			start = k + 1
			break
		}
	}
	// Align start on a rune boundary.
	for start < open && start > 0 && s[start]&0xC0 == 0x80 {
		start++
	}
	window := s[start:open]
	ms := Find(window)
	if len(ms) == 0 {
		return ""
	}
	var tw *typeWord
	for t := range typeWords {
		if _, ok := matchPhrase(short, 0, typeWords[t].phrase); ok {
			tw = &typeWords[t]
			break
		}
	}
	if tw == nil {
		// "NQ 57": the citation of that number, else the last one.
		digits := leadingNumber(short, textscan.WordEnd(short, 0))
		for k := len(ms) - 1; k >= 0 && digits != ""; k-- {
			if m := ms[k]; !m.Incomplete && numberIs(m.Ref.Number, digits) {
				return m.Ref.Number
			}
		}
		if m := ms[len(ms)-1]; !m.Incomplete {
			return m.Ref.Number
		}
		return ""
	}
	// The short name's own number ("Nghị quyết 57") picks the citation
	// of that number ("57-NQ/TW") among those of its type.
	e, _ := matchPhrase(short, 0, tw.phrase)
	digits := leadingNumber(short, e)
	last := -1
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Incomplete || !sameType(m.Ref.DocType, tw) {
			continue
		}
		if last < 0 {
			last = k
		}
		if digits == "" || numberIs(m.Ref.Number, digits) {
			last = k
			break
		}
	}
	if last < 0 {
		return ""
	}
	// An unnumbered document of the same type named after the citation
	// is what the short name stands for; the type words of the later
	// citations name numbered ones.
	at := ms[last].End
	for _, m := range ms[last+1:] {
		if mentionsType(window[at:m.Start], tw.phrase) {
			return ""
		}
		at = m.End
	}
	if mentionsType(window[at:], tw.phrase) {
		return ""
	}
	return ms[last].Ref.Number
}

// sameType reports whether a citation of type docType may be what a
// short name starting with the type word tw stands for: the types are
// the same, or have the same type code, so that "Chương trình 35" may
// stand for a "Chương trình hành động" and "Chương trình hành động 12"
// for a "Chương trình", or the type word is the start of the type, so
// that "Thông tư 12" may stand for a "Thông tư liên tịch".
func sameType(docType string, tw *typeWord) bool {
	if docType == tw.docType {
		return true
	}
	if n := len(tw.phrase); len(docType) > n && docType[n] == ' ' && equalFold(docType[:n], tw.phrase) {
		return true
	}
	if tw.code == "" {
		return false
	}
	for t := range typeWords {
		if typeWords[t].docType == docType {
			return typeWords[t].code == tw.code
		}
	}
	return false
}

// leadingNumber returns the digits that follow the first words of
// short, which end at e, and an optional "số": "57" in "Nghị quyết 57",
// "Nghị quyết số 57" or "NQ 57"; or "".
func leadingNumber(short string, e int) string {
	i := skipSpace(short, e)
	if e, ok := matchWord(short, i, "số"); ok {
		i = skipSpace(short, e)
	}
	j := i
	for j < len(short) && textscan.IsDigit(short[j]) {
		j++
	}
	if isAlnumAt(short, j) {
		return ""
	}
	return short[i:j]
}

// numberIs reports whether the document number starts with digits as its
// whole number: "57-NQ/TW" is 57, "570/QĐ-TTg" is not.
func numberIs(number, digits string) bool {
	rest, ok := strings.CutPrefix(number, digits)
	return ok && rest != "" && !textscan.IsDigit(rest[0])
}

// mentionsType reports whether s contains the type phrase ph starting
// with a capital letter at a word boundary.
func mentionsType(s, ph string) bool {
	for i := 0; i < len(s); {
		e := textscan.WordEnd(s, i)
		if e == i {
			i++
			continue
		}
		if isUpperStart(s, i) && !textscan.IsAlnumBefore(s, i) {
			if _, ok := matchPhrase(s, i, ph); ok {
				return true
			}
		}
		i = e
	}
	return false
}

// Resolver finds citations like [Find] and also the later mentions of
// short names that a document defined for numbered documents. The zero
// value resolves no short names. A Resolver is not modified by Find and
// may be used by several goroutines at once.
type Resolver struct {
	aliases []Alias
	// rare holds, for each alias, the offset in Short of its byte least
	// common in text, which mentions are looked for by.
	rare []int
	// sepInAll reports whether every short name holds a slash or a
	// hyphen, so that a text with neither has no mention, nor citation.
	sepInAll bool
}

// NewResolver returns a Resolver for the short names among aliases that
// stand for a numbered document. Aliases without a number are ignored.
func NewResolver(aliases []Alias) *Resolver {
	r := &Resolver{}
	for _, a := range aliases {
		if a.Number == "" || strings.TrimSpace(a.Short) == "" {
			continue
		}
		r.aliases = append(r.aliases, a)
	}
	// Longer short names first, so "Nghị quyết 57-NQ" wins over
	// "Nghị quyết 57" at the same place.
	sort.SliceStable(r.aliases, func(i, j int) bool { return len(r.aliases[i].Short) > len(r.aliases[j].Short) })
	r.rare = make([]int, len(r.aliases))
	r.sepInAll = true
	for k, a := range r.aliases {
		r.rare[k] = rarestByte(a.Short)
		if !strings.ContainsAny(a.Short, "/-") {
			r.sepInAll = false
		}
	}
	return r
}

// commonBytes lists the ASCII bytes in about the order of how common
// they are in plans, the most common first; the bytes of Vietnamese
// letters outside ASCII are more common still, and those not listed are
// rarer.
const commonBytes = " nhctgiu,aopvrm\nysk|ldTbq-.2C0NB;Hx1QDPVK5/)e3ILMGX*76R+4U(:SA8E9OYW%_"

// rarestByte returns the offset of the byte of w least common in text.
func rarestByte(w string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(w); i++ {
		rank := 0 // a byte outside ASCII
		if w[i] < utf8.RuneSelf {
			rank = 1 + strings.IndexByte(commonBytes, w[i])
			if rank == 0 {
				rank = len(commonBytes) + 1
			}
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// indexShort returns the offset of the first instance of short in text
// at or after i, or -1. It looks for the byte of short at offset rare
// and compares the rest there.
func indexShort(text string, i int, short string, rare int) int {
	c := short[rare]
	for p := i + rare; p < len(text); p++ {
		k := strings.IndexByte(text[p:], c)
		if k < 0 {
			return -1
		}
		p += k
		if st := p - rare; st+len(short) <= len(text) && text[st:st+len(short)] == short {
			return st
		}
	}
	return -1
}

// Find returns the citations in text as [Find] does, plus a Match for each
// mention of a resolved short name that no citation covers, with
// Ref.Alias set and Ref.Number the number the short name stands for. A
// mention must be written exactly as defined, stand alone as words, and
// not be a plural ("các Nghị quyết"), this document ("Kế hoạch này") or
// the start of another number ("Nghị quyết 57/..."). Matches are in order
// of Start.
func (r *Resolver) Find(text string) []Match {
	if r == nil || len(r.aliases) == 0 {
		return Find(text)
	}
	slash, hyphen := strings.IndexByte(text, '/'), strings.IndexByte(text, '-')
	if r.sepInAll && slash < 0 && hyphen < 0 {
		return nil
	}
	ms := find(text, slash, hyphen)
	type cand struct {
		m    Match
		rank int
	}
	var cands []cand
	for rank, a := range r.aliases {
		for i := 0; i < len(text); {
			st := indexShort(text, i, a.Short, r.rare[rank])
			if st < 0 {
				break
			}
			en := st + len(a.Short)
			i = en
			if !mentionOK(text, st, en) || covered(ms, st, en) {
				continue
			}
			m := Match{Start: st, End: en}
			m.Ref = model.Reference{Text: text[st:en], Number: a.Number, Alias: true}
			for t := range typeWords {
				if _, ok := matchPhrase(a.Short, 0, typeWords[t].phrase); ok {
					m.Ref.DocType = typeWords[t].docType
					break
				}
			}
			cands = append(cands, cand{m, rank})
		}
	}
	if len(cands) == 0 {
		return ms
	}
	// Overlapping mentions: the earlier one wins, then the longer name.
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].m.Start != cands[j].m.Start {
			return cands[i].m.Start < cands[j].m.Start
		}
		return cands[i].rank < cands[j].rank
	})
	last := -1
	for _, c := range cands {
		if c.m.Start < last {
			continue
		}
		ms = append(ms, c.m)
		last = c.m.End
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// mentionOK reports whether text[st:en] is a mention of a short name: a
// whole phrase, not plural, not "this document", not part of a number.
func mentionOK(s string, st, en int) bool {
	if textscan.IsAlnumBefore(s, st) || isAlnumAt(s, en) {
		return false
	}
	if en < len(s) {
		if n, _ := sepAt(s, en); n > 0 && en+n < len(s) && isAlnumAt(s, en+n) {
			return false
		}
	}
	p := textscan.SkipSpaceBack(s, st)
	if w := textscan.WordStart(s, p); w < p {
		switch strings.ToLower(s[w:p]) {
		case "các", "những", "mọi", "từng", "một", "mỗi":
			return false
		case "tắt", "chung":
			// The definition itself: "(viết tắt Nghị quyết 57)".
			return false
		case "là":
			// "(viết tắt là Nghị quyết 57)".
			q := textscan.SkipSpaceBack(s, w)
			if v := textscan.WordStart(s, q); v < q {
				switch strings.ToLower(s[v:q]) {
				case "tắt", "chung":
					return false
				}
			}
		}
	}
	q := skipSpace(s, en)
	if e := textscan.WordEnd(s, q); e > q {
		switch strings.ToLower(s[q:e]) {
		case "này", "đó", "số", "kia":
			return false
		}
	}
	return true
}

// covered reports whether [st, en) overlaps a match of ms, which are
// sorted and do not overlap.
func covered(ms []Match, st, en int) bool {
	// First match that ends after st.
	k := sort.Search(len(ms), func(i int) bool { return ms[i].End > st })
	return k < len(ms) && ms[k].Start < en
}
