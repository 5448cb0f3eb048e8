package citation

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
)

// Match is one citation found in a text.
//
// Start and End are byte offsets into the text given to [Find]: the
// citation runs from its type word ("Nghị quyết"), or "số", or the number
// itself, to the end of the last part recognised (number, date or
// issuer). Ref.Text is text[Start:End] as written; Ref.Span is left zero
// for the caller to fill.
type Match struct {
	Start, End int
	// Ref is the reference, with Number normalised by [Normalize].
	Ref model.Reference
	// Incomplete reports whether the number was left blank, as in the
	// form "Kế hoạch số       /KH-BTNMT"; Ref.Number is then empty.
	Incomplete bool
}

// typeWord is a word or phrase that names a document type.
type typeWord struct {
	phrase  string // lower case, words separated by one space
	docType string // sentence case
	code    string // type code it corresponds to, "" if none
	lower   bool   // accepted when written in lower case
}

// typeWords lists the type words, longest phrase first among those that
// share a start.
var typeWords = []typeWord{
	{"chương trình hành động", "Chương trình hành động", "CTr", false},
	{"chương trình", "Chương trình", "CTr", false},
	{"kế hoạch hành động", "Kế hoạch", "KH", false},
	{"kế hoạch", "Kế hoạch", "KH", false},
	{"thông báo kết luận", "Thông báo", "TB", false},
	{"thông báo", "Thông báo", "TB", false},
	{"thông tư liên tịch", "Thông tư liên tịch", "TTLT", false},
	{"thông tư", "Thông tư", "TT", false},
	{"nghị quyết liên tịch", "Nghị quyết liên tịch", "NQLT", false},
	{"nghị quyết", "Nghị quyết", "NQ", false},
	{"nghị định", "Nghị định", "NĐ", false},
	{"quyết định", "Quyết định", "QĐ", false},
	{"quy định", "Quy định", "QĐi", false},
	{"quy chế", "Quy chế", "QC", false},
	{"chỉ thị", "Chỉ thị", "CT", false},
	{"báo cáo", "Báo cáo", "BC", false},
	{"tờ trình", "Tờ trình", "TTr", false},
	{"hướng dẫn", "Hướng dẫn", "HD", false},
	{"kết luận", "Kết luận", "KL", false},
	{"bộ luật", "Bộ luật", "", false},
	{"luật", "Luật", "", false},
	{"pháp lệnh", "Pháp lệnh", "", false},
	{"công văn", "Công văn", "CV", true},
	{"công điện", "Công điện", "CĐ", false},
	{"văn bản hợp nhất", "Văn bản hợp nhất", "VBHN", false},
	{"văn bản", "Công văn", "", true},
	{"phương án", "Phương án", "PA", false},
	{"đề án", "Đề án", "ĐA", false},
}

// typeWordWords holds the words of each phrase of typeWords.
var typeWordWords = func() [][]string {
	words := make([][]string, len(typeWords))
	for t, tw := range typeWords {
		words[t] = strings.Split(tw.phrase, " ")
	}
	return words
}()

// wordsAfter finds the words that follow a word, each after blanks,
// emphasis marks and at most one newline as in matchPhrase, once for
// all the phrases matched against them.
type wordsAfter struct {
	s      string
	n      int       // how many words are known
	bounds [3][2]int // start and end of each known word, equal if none
}

// match reports whether the words that follow the word ending at e are
// words, case-insensitively, as matchPhrase tells it, and returns the
// end of the last one.
func (a *wordsAfter) match(e int, words []string) (int, bool) {
	for k, w := range words {
		if k == a.n {
			j := skipSpace(a.s, e)
			a.bounds[k] = [2]int{j, textscan.WordEnd(a.s, j)}
			a.n++
		}
		st, en := a.bounds[k][0], a.bounds[k][1]
		if en == st || !equalFold(a.s[st:en], w) {
			return 0, false
		}
		e = en
	}
	return e, true
}

// maxNameWords is how many words of a name may stand between a type word
// and "số": "Luật Bảo vệ môi trường số 72/2020/QH14".
const maxNameWords = 10

// candidate is a type word found before a number.
type candidate struct {
	start int
	tw    *typeWord
}

// typeBefore looks for type words before anchor (the start of "số" or of
// the number) in the same clause. With gap false the type word must end
// right before anchor. It prefers the nearest type word that agrees with
// the symbol's type code, else the nearest one. It walks back word by
// word, the nearest first, and stops at the first type word that settles
// the answer.
func typeBefore(s string, anchor int, code string, gap bool) (candidate, bool) {
	var best candidate
	found := false
	i := anchor
	for idx := 0; idx < maxNameWords+4; idx++ {
		j := textscan.SkipSpaceBack(s, i)
		if j < i-64 {
			break
		}
		if j > 0 && (s[j-1] == ',' || s[j-1] == '-') && gap {
			j = textscan.SkipSpaceBack(s, j-1)
		}
		w := textscan.WordStart(s, j)
		if w == j {
			break
		}
		i = w
		tw := typeAt(s, w, j, idx, anchor, gap)
		if tw == nil {
			continue
		}
		c := candidate{start: w, tw: tw}
		if code != "" && tw.code == code {
			return c, true
		}
		if !found {
			best, found = c, true
			if code == "" {
				return best, true // no later type word can agree
			}
		}
	}
	return best, found
}

// typeAt returns the type word that starts with the word s[w:e], the
// idx-th word before anchor (counted from 0), or nil; see typeBefore.
func typeAt(s string, w, e, idx, anchor int, gap bool) *typeWord {
	ts, ok := typeWordStart(s, w, e)
	if !ok {
		return nil
	}
	after := wordsAfter{s: s}
	for _, t := range ts {
		tw := &typeWords[t]
		words := typeWordWords[t]
		end, ok := after.match(e, words[1:])
		if !ok || end > anchor {
			continue
		}
		// Words between the type word and the anchor.
		between := idx - (len(words) - 1)
		if between < 0 || (!gap && between > 0) || between > maxNameWords {
			continue
		}
		if !tw.lower && !isUpperStart(s, w) {
			continue
		}
		if tw.phrase == "luật" {
			// "pháp luật" is law in general, not a document.
			q := textscan.SkipSpaceBack(s, w)
			if p := textscan.WordStart(s, q); p < q && equalFold(s[p:q], "pháp") {
				continue
			}
		}
		return tw
	}
	return nil
}

// Find returns the citations in text, in order. Dates of the cited
// documents and their issuers are part of the citations. A number left
// blank in a form letter gives a Match with Incomplete set. Text with no
// slash and no hyphen is rejected at once.
func Find(text string) []Match {
	return find(text, strings.IndexByte(text, '/'), strings.IndexByte(text, '-'))
}

// find is Find given the offsets of the first slash and the first
// hyphen of text, or -1.
func find(text string, slash, hyphen int) []Match {
	if slash < 0 && hyphen < 0 {
		return nil
	}
	anchors := anchorFinder{s: text, slash: len(text), hyphen: len(text), dash: -1}
	if slash >= 0 {
		anchors.slash = slash
	}
	if hyphen >= 0 {
		anchors.hyphen = hyphen
	}
	return findFrom(&anchors)
}

// findFrom returns the citations of the text of anchors. It gathers the
// first few on the stack, so that the slice it returns is allocated once
// and at its size.
func findFrom(anchors *anchorFinder) []Match {
	var buf [4]Match // most texts cite fewer documents
	ms := appendMatches(buf[:0], anchors)
	if len(ms) == 0 {
		return nil
	}
	return append([]Match(nil), ms...)
}

// appendMatches appends the citations of the text of anchors to out, as
// Find returns them.
func appendMatches(out []Match, anchors *anchorFinder) []Match {
	text := anchors.s
	prevEnd := -1
	prevType := ""
	for i := 0; i < len(text); {
		i = anchors.next(i)
		if i >= len(text) {
			break
		}
		c := text[i]
		switch {
		case textscan.IsDigit(c):
			if !digitBoundary(text, i) {
				for i < len(text) && textscan.IsDigit(text[i]) {
					i++
				}
				continue
			}
			sym, ok := parseSymbol(text, i)
			if !ok {
				for i < len(text) && textscan.IsDigit(text[i]) {
					i++
				}
				continue
			}
			m, ok := build(text, sym.start, sym.end, sym, prevEnd, prevType)
			if !ok {
				i = sym.end
				if i <= sym.start {
					i = sym.start + 1
				}
				continue
			}
			out = append(out, m)
			prevEnd, prevType = m.End, m.Ref.DocType
			i = m.End
			continue
		case (c == 's' || c == 'S') && i+3 < len(text) && text[i+1] == 0xE1 && text[i+2] == 0xBB && (text[i+3] == 0x91 || text[i+3] == 0x90):
			// "số", "Số", "SỐ" (ố is E1 BB 91, Ố is E1 BB 90).
			if i > 0 && textscan.IsAlnumBefore(text, i) {
				break
			}
			e, ok := matchWord(text, i, "số")
			if !ok {
				break
			}
			if end, code, ok := blankSymbol(text, e); ok {
				sym := symbol{start: i, end: end, code: code}
				m, _ := build(text, i, end, sym, prevEnd, prevType)
				m.Incomplete = true
				m.Ref.Number = ""
				out = append(out, m)
				prevEnd, prevType = m.End, m.Ref.DocType
				i = m.End
				continue
			}
			i = e
			continue
		}
		i++
	}
	return out
}

// anchorFinder finds the anchors of the citations of a text: the
// positions where Find may find something, the start of a number
// followed by a separator (parseSymbol) and the "số" of a blank number
// (blankSymbol). Both come before a slash, a hyphen or the first byte,
// E2, of a dash, so the finder looks for these bytes with
// strings.IndexByte and looks back from each. At any other position
// Find would only step over a number or a word.
type anchorFinder struct {
	s string
	// The first '/', '-' and E2 at or after where each was last looked
	// for, or len(s) if there is none, or -1 before the first search.
	slash, hyphen, dash int
}

// next returns the first anchor at or after i, or len(s). Each
// separator has at most one anchor before it, and the anchors of
// successive separators come in order: only the filler of a blank
// number may hold a separator byte (the E2 of "…"), and that one has no
// anchor.
func (f *anchorFinder) next(i int) int {
	for p := i; ; p++ {
		p = f.sepFrom(p)
		if p >= len(f.s) {
			return len(f.s)
		}
		if a := anchorBefore(f.s, p); a >= i {
			return a
		}
	}
}

// sepFrom returns the first '/', '-' or E2 byte at or after i, or len(s).
func (f *anchorFinder) sepFrom(i int) int {
	if f.slash < i {
		f.slash = indexByteFrom(f.s, i, '/')
	}
	if f.hyphen < i {
		f.hyphen = indexByteFrom(f.s, i, '-')
	}
	if f.dash < i {
		f.dash = indexByteFrom(f.s, i, 0xE2)
	}
	return min(f.slash, f.hyphen, f.dash)
}

// indexByteFrom returns the first c in s at or after i, or len(s).
func indexByteFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// anchorBefore returns the anchor that the separator byte at p may
// follow, or -1: the start of the digits before it, blanks between
// (see sep), or, for a slash, the "số" before it, blanks, dots and
// underscores between (see blankSymbol). The bytes it skips back over
// are a superset of those that these can hold.
func anchorBefore(s string, p int) int {
	j := p
	for j > 0 && blankByte[s[j-1]] {
		j--
	}
	if j > 0 && textscan.IsDigit(s[j-1]) {
		for j > 0 && textscan.IsDigit(s[j-1]) {
			j--
		}
		return j
	}
	if s[p] != '/' {
		return -1
	}
	for j > 0 && fillerByte[s[j-1]] {
		if p-j > maxBlankNumber+len("…") {
			return -1
		}
		j--
	}
	if j >= 4 && s[j-4]|0x20 == 's' && s[j-3] == 0xE1 && s[j-2] == 0xBB && (s[j-1] == 0x90 || s[j-1] == 0x91) {
		return j - 4
	}
	return -1
}

// blankByte marks the bytes of the blanks (see textscan.BlankAt).
var blankByte = [256]bool{' ': true, '\t': true, '\r': true, '\f': true, '\v': true, 0xC2: true, 0xA0: true}

// fillerByte marks the bytes of what may stand between "số" and the
// slash of a blank number: blanks, a colon, dots, underscores and "…"
// (E2 80 A6).
var fillerByte = [256]bool{
	' ': true, '\t': true, '\r': true, '\f': true, '\v': true, 0xC2: true, 0xA0: true,
	':': true, '.': true, '_': true, 0xE2: true, 0x80: true, 0xA6: true,
}

// digitBoundary reports whether a number may start at i: not inside a
// word, another number, a date or a symbol.
func digitBoundary(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case '/', '-', '.', '+', '\\', '&', '%':
		return false
	}
	return !textscan.IsAlnumBefore(s, i)
}

// build completes a citation whose number is s[numStart:numEnd]: type
// word and "số" before it, date and issuer after it. A weak symbol needs
// "số", a type word or a preceding citation in the same list.
func build(s string, numStart, numEnd int, sym symbol, prevEnd int, prevType string) (Match, bool) {
	start := numStart
	anchor := numStart
	hasSo := false
	if sym.number != "" {
		// "số" right before the number.
		j := textscan.SkipSpaceBack(s, numStart)
		if j > 0 && s[j-1] == ':' {
			j = textscan.SkipSpaceBack(s, j-1)
		}
		if w := textscan.WordStart(s, j); w < j && equalFold(s[w:j], "số") {
			hasSo = true
			start, anchor = w, w
		}
	} else {
		hasSo = true
	}
	m := Match{}
	cand, hasType := typeBefore(s, anchor, sym.code, hasSo)
	if hasType && cand.start < prevEnd {
		hasType = false
	}
	if start < prevEnd {
		start = numStart
	}
	if hasType {
		start = cand.start
		m.Ref.DocType = cand.tw.docType
	}
	inList := false
	if prevEnd >= 0 && prevEnd <= start && listGap(s[prevEnd:start]) {
		inList = true
	}
	if sym.weak && !hasSo && !hasType && !inList {
		return Match{}, false
	}
	if !hasType {
		switch {
		case inList && prevType != "":
			m.Ref.DocType = prevType
		case sym.code != "":
			m.Ref.DocType = typeCodes[sym.code]
		case sym.number != "" && !sym.year && sym.parts >= 2:
			// number/ISSUER-UNIT is the symbol of an official letter.
			m.Ref.DocType = "Công văn"
		}
	}
	end := numEnd
	if d, e, ok := dateAfter(s, end); ok {
		m.Ref.Date = d
		end = e
	}
	if iss, e, ok := issuerAfter(s, end); ok {
		m.Ref.Issuer = iss
		end = e
		if m.Ref.Date == "" {
			// "số 34-NQ/TU của Tỉnh ủy ngày 27/12/2025".
			if d, e, ok := datedAfter(s, end); ok {
				m.Ref.Date = d
				end = e
			}
		}
	} else if m.Ref.Date != "" && sym.number != "" {
		// "số 1289/UBND-TH ngày 23/02/2026 Ủy ban nhân dân tỉnh".
		if iss, e, ok := bareIssuerAfter(s, end, sym.number); ok {
			m.Ref.Issuer = iss
			end = e
		}
	}
	m.Start, m.End = start, end
	m.Ref.Number = sym.number
	m.Ref.Text = s[start:end]
	return m, true
}

// listGap reports whether gap, the text between two citations, only
// joins them in a list: blanks, commas, semicolons, "và", "hoặc".
func listGap(gap string) bool {
	if len(gap) > 40 {
		return false
	}
	for i := 0; i < len(gap); {
		switch gap[i] {
		case ' ', '\t', '\n', '\r', ',', ';', '*':
			i++
			continue
		}
		e := textscan.WordEnd(gap, i)
		if e == i {
			return false
		}
		w := gap[i:e]
		if !equalFold(w, "và") && !equalFold(w, "hoặc") {
			return false
		}
		i = e
	}
	return true
}

// dateAfter parses the date of a cited document after its number at i:
// ", ngày 04/11/2021", "ngày 02 tháng 5 năm 2024", or a bare "07/10/2021".
// It returns the ISO date and the end of the date.
func dateAfter(s string, i int) (string, int, bool) {
	j := skipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	ngay := false
	if e, ok := matchWord(s, j, "ngày"); ok {
		ngay = true
		j = skipSpace(s, e)
	}
	d, j2, ok := readInt(s, j, 2)
	if !ok {
		return "", i, false
	}
	if j2 < len(s) && (s[j2] == '/' || s[j2] == '-' || s[j2] == '.') {
		sepc := s[j2]
		mo, j3, ok := readInt(s, j2+1, 2)
		if !ok || j3 >= len(s) || s[j3] != sepc {
			return "", i, false
		}
		y, j4, ok := readInt(s, j3+1, 4)
		if !ok || j4-j3-1 != 4 || isAlnumAt(s, j4) {
			return "", i, false
		}
		if iso, ok := isoDate(y, mo, d); ok {
			return iso, j4, true
		}
		return "", i, false
	}
	if !ngay {
		return "", i, false
	}
	k := skipSpace(s, j2)
	e, ok := matchWord(s, k, "tháng")
	if !ok {
		return "", i, false
	}
	mo, k, ok := readInt(s, skipSpace(s, e), 2)
	if !ok {
		return "", i, false
	}
	k = skipSpace(s, k)
	if k < len(s) && s[k] == ',' {
		k = skipSpace(s, k+1)
	}
	e, ok = matchWord(s, k, "năm")
	if !ok {
		return "", i, false
	}
	k = skipSpace(s, e)
	y, k2, ok := readInt(s, k, 4)
	if !ok || k2-k != 4 || isAlnumAt(s, k2) {
		return "", i, false
	}
	if iso, ok := isoDate(y, mo, d); ok {
		return iso, k2, true
	}
	return "", i, false
}

// datedAfter parses a date that starts with "ngày" right after i, as
// dateAfter does. Without "ngày", or after a comma, what follows an
// issuer may be a new clause ("của UBND tỉnh, 30/6/2024 ...").
func datedAfter(s string, i int) (string, int, bool) {
	if _, ok := matchWord(s, skipSpace(s, i), "ngày"); !ok {
		return "", i, false
	}
	return dateAfter(s, i)
}

// readInt reads up to max digits at i.
func readInt(s string, i, max int) (int, int, bool) {
	n, j := 0, i
	for j < len(s) && textscan.IsDigit(s[j]) && j-i < max {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i || (j < len(s) && textscan.IsDigit(s[j])) {
		return 0, i, false
	}
	return n, j, true
}

// isoDate formats a valid date as YYYY-MM-DD.
func isoDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return "", false
	}
	b := []byte("0000-00-00")
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// stopKind tells how a word ends an issuer's name.
type stopKind uint8

const (
	// weakStop ends a name, except inside the lower-case description
	// that follows the head of some names ("Ban Quản lý dự án đầu tư
	// xây dựng ...", see openHeads): verbs that also name what a body
	// does.
	weakStop stopKind = 1 + iota
	// strongStop always ends a name: prepositions, auxiliaries, the
	// words of a date or a term, and verbs that only start a predicate.
	strongStop
)

// issuerStop lists the lower-case words that end an issuer's name, and
// how: verbs and prepositions that start the subject of the cited
// document. The words of verbs that also describe what a body does
// ("xây dựng", "giao thông", "thi đua", "hỗ trợ") and "lần" (of "lần
// thứ") are weak stops (see issuerName).
var issuerStop = map[string]stopKind{
	"về": strongStop, "thực": strongStop, "quy": weakStop, "hướng": strongStop, "ban": strongStop, "phê": strongStop,
	"sửa": strongStop, "bổ": strongStop, "điều": weakStop, "tại": strongStop, "đối": strongStop,
	"trong": strongStop, "theo": strongStop, "để": strongStop, "nhằm": strongStop, "giao": weakStop, "đã": strongStop,
	"đang": strongStop, "sẽ": strongStop, "được": strongStop, "bị": strongStop, "là": strongStop, "có": strongStop,
	"thì": strongStop, "với": strongStop, "cho": strongStop, "khi": strongStop, "hoặc": strongStop, "trình": weakStop,
	"ngày": strongStop, "số": strongStop, "năm": strongStop, "của": strongStop, "kèm": strongStop, "gửi": strongStop,
	"nêu": strongStop, "tiếp": weakStop, "phân": weakStop, "tổ": weakStop, "xây": weakStop,
	"áp": weakStop, "làm": weakStop, "hỗ": weakStop, "tăng": weakStop, "đẩy": weakStop, "tập": weakStop,
	"nâng": weakStop, "đề": weakStop, "yêu": strongStop, "từ": strongStop, "đến": strongStop, "trước": strongStop,
	"sau": strongStop, "này": strongStop, "đó": strongStop, "thuộc": strongStop, "gồm": strongStop, "như": strongStop,
	"mà": strongStop, "vì": strongStop, "nên": strongStop, "thay": strongStop, "hết": strongStop, "ký": strongStop,
	"khóa": strongStop, "khoá": strongStop, "lần": weakStop, "nhiệm": strongStop, "giai": weakStop, "thời": weakStop,
	"việc": strongStop, "chủ": weakStop, "ngoài": strongStop, "trên": strongStop, "dưới": strongStop,
	"qua": strongStop, "bãi": strongStop, "hủy": strongStop, "huỷ": strongStop, "cụ": strongStop, "thi": weakStop,
	"tiến": weakStop, "đánh": weakStop, "kiện": weakStop,
}

// issuerStopTable holds the words of issuerStop for quick lookups.
var issuerStopTable = newWordTable(issuerStop)

// headWords are the words that start a new agency name, so a comma before
// one of them ends the issuer.
var headWords = []string{
	"bộ", "sở", "ban", "cục", "ủy", "uỷ", "ubnd", "hđnd", "hội", "văn", "thủ",
	"chính", "quốc", "tỉnh", "thành", "huyện", "trung", "tòa", "toà", "viện",
	"kiểm", "thanh", "ngân", "bảo", "mặt", "đảng", "liên", "tổng", "công",
}

func isHeadWord(w string) bool {
	for _, h := range headWords {
		if equalFold(w, h) {
			return true
		}
	}
	return false
}

// typeWordStart reports whether the word s[i:e] is the first word of a
// type word and returns the indices in typeWords of the type words it may
// start. The lower-case word equals the first word of a type word exactly
// when the two are equal under case folding (as matchWord tells it), as
// the first words of the type words have no letter whose folding differs
// from its lower case (see TestTypeWordFold). A word with a letter that
// textscan.Lower leaves as it is though it has a lower case (a title-case
// digraph such as ǅ) is never a type word, however it is lower-cased.
func typeWordStart(s string, i, e int) ([]int, bool) {
	if i >= len(s) || !typeInitial[s[i]] || e-i > 12 || e == i {
		return nil, false
	}
	w := s[i:e]
	if ts, ok := typeByFirst.get(w); ok {
		return ts, true // written in lower case
	}
	var buf [16]byte
	b := textscan.AppendLower(buf[:0], w)
	if len(b) > len(buf) || string(b) == w {
		return nil, false
	}
	ts, ok := typeByFirst.get(string(b))
	return ts, ok
}

// typeByFirst maps the first word of each phrase of typeWords to the
// indices of the phrases, in order. It maps the word written with a
// capital and in capitals as well, whose lower case is that word, so that
// these need not be lower-cased.
var typeByFirst = func() *wordTable[[]int] {
	m := make(map[string][]int)
	for t, words := range typeWordWords {
		m[words[0]] = append(m[words[0]], t)
	}
	for w, ts := range maps.Clone(m) {
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{string(unicode.ToUpper(r)) + w[n:], strings.ToUpper(w)} {
			if v != w && string(textscan.AppendLower(nil, v)) == w {
				m[v] = ts
			}
		}
	}
	return newWordTable(m)
}()

// typeInitial marks the first bytes of the words whose lower case may
// start a type word: c, k, t, n, q, b, h, l, p, v, đ in either case, and
// E2, the lead byte of the Kelvin sign, whose lower case is k.
var typeInitial = [256]bool{
	'c': true, 'C': true, 'k': true, 'K': true, 't': true, 'T': true,
	'n': true, 'N': true, 'q': true, 'Q': true, 'b': true, 'B': true,
	'h': true, 'H': true, 'l': true, 'L': true, 'p': true, 'P': true,
	'v': true, 'V': true, 0xC4: true, 0xE2: true,
}

// isTypeWordAt reports whether a type word starts at i.
func isTypeWordAt(s string, i int) bool {
	e := textscan.WordEnd(s, i)
	ts, ok := typeWordStart(s, i, e)
	if !ok {
		return false
	}
	after := wordsAfter{s: s}
	for _, t := range ts {
		if _, ok := after.match(e, typeWordWords[t][1:]); ok {
			return true
		}
	}
	return false
}

// issuerAfter parses "của <issuer>" at i and returns the issuer as written
// (blanks collapsed), without a term in brackets or after "khóa".
func issuerAfter(s string, i int) (string, int, bool) {
	j := skipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	e, ok := matchWord(s, j, "của")
	if !ok {
		return "", i, false
	}
	if iss, end, ok := issuerName(s, e, isAllUpper(s[j:e])); ok {
		return iss, end, true
	}
	return "", i, false
}

// issuerName parses the name of an issuer after i and returns it as
// written (blanks collapsed) and its end. With upper set the text is in
// capitals, and so are the stop words.
//
// The name ends at punctuation other than the joiners of a name, at a
// stop word (issuerStop), or at "về" in any case ("... tỉnh X Về việc").
// A weak stop word does not end it while the lower-case description
// after an open head runs ("Ban Quản lý dự án đầu tư xây dựng công trình
// giao thông tỉnh X"): the description ends at the level of the body
// (see inDescription), after which the words that start a predicate end
// the name again ("... tỉnh X thực hiện ..."). "lần thứ" never ends it:
// it gives the ordinal of a meeting ("Hội nghị lần thứ sáu Ban Chấp hành
// Trung ương"). "giai đoạn" ends it, as "khóa" does: it gives a term.
func issuerName(s string, i int, upper bool) (string, int, bool) {
	stop := func(i, e int) stopKind {
		w := s[i:e]
		if !upper {
			// The words of issuerStop are in lower case.
			if w[0] >= 'A' && w[0] <= 'Z' {
				if equalFold(w, "về") || titleVerbAt(s, i, e) {
					return strongStop // "Về việc", as a title
				}
				return 0
			}
			k, _ := issuerStopTable.get(w)
			return k
		}
		for w0, k := range issuerStop {
			if equalFold(w, w0) {
				return k
			}
		}
		return 0
	}
	first, last := -1, -1
	spaced := true // every word after the first follows one space
	k := i
loop:
	for words := 0; words < maxDescribedWords; words++ {
		if words == maxIssuerWords && !openHead(s, first, textscan.WordEnd(s, first)) {
			break
		}
		p := skipSpace(s, k)
		if p >= len(s) {
			break
		}
		if words > 0 {
			// Joiners inside a name: " - " and "," before a capital.
			switch s[p] {
			case '-':
				q := skipSpace(s, p+1)
				if q == p+1 || !isUpperStart(s, q) {
					break loop
				}
				p = q
			case ',':
				q := skipSpace(s, p+1)
				qe := textscan.WordEnd(s, q)
				if upper || qe == q || !isUpperStart(s, q) || isHeadWord(s[q:qe]) || isTypeWordAt(s, q) {
					break loop
				}
				p = q
			}
		}
		we := textscan.WordEnd(s, p)
		if we == p && words > 0 && textscan.IsDigit(s[p]) {
			we = numberedBody(s, first, k, p)
		}
		if we == p {
			break
		}
		w := s[p:we]
		switch stop(p, we) {
		case strongStop:
			// "ban" is a verb only in "ban hành", and "Ủy ban hành
			// chính" is a name.
			if !equalFold(w, "ban") || nextWordIs(s, we, "hành") && !(first >= 0 && isUyBefore(s, p)) {
				break loop
			}
		case weakStop:
			term := equalFold(w, "giai") && nextWordIs(s, we, "đoạn")
			ordinal := equalFold(w, "lần") && nextWordIs(s, we, "thứ")
			if term || !ordinal && !inDescription(s, first, k) {
				break loop
			}
		}
		if equalFold(w, "và") {
			q := skipSpace(s, we)
			qe := textscan.WordEnd(s, q)
			if qe == q || stop(q, qe) != 0 || isTypeWordAt(s, q) || !isUpperStart(s, q) ||
				equalFold(s[q:qe], "các") || equalFold(s[q:qe], "những") {
				break
			}
		}
		if first < 0 {
			first = p
		} else if p != k+1 || s[k] != ' ' {
			spaced = false
		}
		last = we
		k = we
	}
	if first < 0 {
		return "", i, false
	}
	if spaced {
		// Words with one space between them: nothing to collapse.
		return s[first:last], last, true
	}
	return collapse(s[first:last]), last, true
}

// numberedBody returns the end of the number at p when it is part of
// the name s[first:k] before it, or p: a body named after the number of
// the document that set it up follows its head with that number ("Ban
// Chỉ đạo 389", "Ban Chỉ đạo 35 tỉnh"), so the number is part of the
// name when the name so far is an open head and nothing else, and the
// number does not count something: what follows it is no lower-case
// word other than a level ("tỉnh") or a word that ends the name ("về"),
// and not "năm" or "ngày" ("Trung tâm 2 năm").
func numberedBody(s string, first, k, p int) int {
	e := p
	for e < len(s) && textscan.IsDigit(s[e]) {
		e++
	}
	if e-p > 4 || isAlnumAt(s, e) {
		return p
	}
	if end, ok := openHeadEnd(s, first); !ok || end != k {
		return p
	}
	q := skipSpace(s, e)
	qe := textscan.WordEnd(s, q)
	if qe == q || isUpperStart(s, q) {
		return e
	}
	w := s[q:qe]
	if closesName(w) {
		return e
	}
	if kind, _ := issuerStopTable.get(w); kind == strongStop && w != "năm" && w != "ngày" {
		return e
	}
	return p
}

// titleVerbs maps the first word, capitalised, of the verbs that start
// the title of a document to their second word. A citation may give the
// title capitalised right after the issuer ("của UBND tỉnh Phê duyệt Đề
// án ..."); no name of a body holds these verbs.
var titleVerbs = newWordTable(map[string]string{
	"Phê": "duyệt", "Ban": "hành", "Sửa": "đổi", "Bổ": "sung",
	"Quy": "định", "Hướng": "dẫn", "Triển": "khai", "Thực": "hiện",
})

// titleVerbAt reports whether the capitalised word s[i:e] starts a verb
// of titleVerbs. It is asked of every capitalised word of an issuer's
// name, so it looks the word up in a table.
func titleVerbAt(s string, i, e int) bool {
	rest, ok := titleVerbs.get(s[i:e])
	return ok && nextWordIs(s, e, rest)
}

// maxIssuerWords bounds the words of an issuer's name, and
// maxDescribedWords those of a name that starts with an open head.
const (
	maxIssuerWords    = 14
	maxDescribedWords = 20
)

// openHeads lists the heads of the names of bodies that a lower-case
// description follows, which may hold verbs: "Ban Quản lý dự án đầu tư
// xây dựng ...", "Trung tâm phát triển quỹ đất ...", "Hội đồng thi đua
// ...". A Party committee ("Ban Thường vụ", "Ban Bí thư") is not one.
var openHeads = []string{
	"ban quản lý", "ban qlda", "bqlda", "ban chỉ đạo", "trung tâm", "quỹ",
	"hội đồng", "công ty", "tổng công ty", "chi cục", "hội nghị", "đại hội",
}

// openHeadWords holds the first word of each phrase of openHeads and the
// rest of it.
var openHeadWords = func() [][2]string {
	out := make([][2]string, len(openHeads))
	for k, h := range openHeads {
		w, rest, _ := strings.Cut(h, " ")
		out[k] = [2]string{w, rest}
	}
	return out
}()

// openHead reports whether the name whose first word is s[i:e] starts
// with an open head. Most first words are told apart by their first
// byte, so that few phrases are matched.
func openHead(s string, i, e int) bool {
	_, ok := openHeadAt(s, i, e)
	return ok
}

// openHeadEnd returns the end of the open head that the name starting
// at i starts with, if it does.
func openHeadEnd(s string, i int) (int, bool) {
	return openHeadAt(s, i, textscan.WordEnd(s, i))
}

// openHeadAt is openHead, and returns the end of the open head.
func openHeadAt(s string, i, e int) (int, bool) {
	w := s[i:e]
	for _, h := range openHeadWords {
		if !equalFold(w, h[0]) {
			continue
		}
		if h[1] == "" {
			return e, true
		}
		if end, ok := matchPhrase(s, skipSpace(s, e), h[1]); ok {
			return end, true
		}
	}
	return 0, false
}

// inDescription reports whether the name s[first:end] ends in the
// lower-case description after an open head: it starts with an open head
// and no word after the first names the level of the body (closesName).
// It is asked only at a weak stop word, seldom, so the words are read
// again rather than followed as the name is read.
func inDescription(s string, first, end int) bool {
	if first < 0 {
		return false
	}
	e := textscan.WordEnd(s, first)
	if !openHead(s, first, e) {
		return false
	}
	for i := skipSpace(s, e); i < end; i = skipSpace(s, e) {
		e = textscan.WordEnd(s, i)
		if e == i {
			e++ // a joiner
			continue
		}
		if closesName(s[i:e]) {
			return false
		}
	}
	return true
}

// levelWords are the words that end the description of a body by naming
// its level or the body it belongs to: "tỉnh", "thành phố", "huyện",
// "xã", "phường", "quận", "Trung ương", "Chính phủ", and "nhân dân" of
// the elected and judicial bodies ("Hội đồng nhân dân").
var levelWords = []string{"tỉnh", "thành", "huyện", "quận", "xã", "phường", "ương", "phủ", "dân"}

// closesName reports whether w ends the description of a body.
func closesName(w string) bool {
	for _, l := range levelWords {
		if equalFold(w, l) {
			return true
		}
	}
	return false
}

// nextWordIs reports whether the word after i is w.
func nextWordIs(s string, i int, w string) bool {
	_, ok := matchWord(s, skipSpace(s, i), w)
	return ok
}

// bareIssuerAfter parses an issuer written right after the date of a
// citation without "của", as in "số 1289/UBND-TH ngày 23/02/2026 Ủy ban
// nhân dân tỉnh". Such a name may as well be the subject of a new clause
// ("Quyết định số 12/QĐ-UBND ngày 5/1/2024 Sở Y tế đã ban hành ..."), so
// it is taken only when it starts with the head word of an agency and
// stands for an issuer code of number: the code is the name's first word
// ("UBND tỉnh") or the initials of its first words ("Ủy ban nhân dân" for
// UBND, "Bộ Kế hoạch và Đầu tư" for BKHĐT).
func bareIssuerAfter(s string, i int, number string) (string, int, bool) {
	j := skipSpace(s, i)
	if j == i || j >= len(s) || !isUpperStart(s, j) {
		return "", i, false
	}
	e := textscan.WordEnd(s, j)
	if e == j || !isHeadWord(s[j:e]) {
		return "", i, false
	}
	// A name in capitals has two words in capitals: "UBND tỉnh" is not
	// one.
	q := skipSpace(s, e)
	upper := isAllUpper(s[j:e]) && isAllUpper(s[q:textscan.WordEnd(s, q)])
	iss, e, ok := issuerName(s, j, upper)
	if !ok || !codeOfName(number, iss) {
		return "", i, false
	}
	return iss, e, true
}

// codeOfName reports whether a code of the symbol of number (a part after
// the digits, such as UBND in 1289/UBND-TH) stands for name: it is the
// first word of name, or the initials of its first words, "và" left out,
// in capitals and without diacritics other than Đ.
func codeOfName(number, name string) bool {
	firstEnd := textscan.WordEnd(name, 0)
	var buf [16]byte
	initials := buf[:0]
	for i := 0; i < len(name) && len(initials) < len(buf)-2; {
		i = skipSpace(name, i)
		e := textscan.WordEnd(name, i)
		if e == i {
			i++
			continue
		}
		if w := name[i:e]; !equalFold(w, "và") {
			initials = utf8.AppendRune(initials, initialOf(w))
		}
		i = e
	}
	for p := 0; p < len(number); {
		e := p
		for e < len(number) && number[e] != '/' && number[e] != '-' {
			e++
		}
		code := number[p:e]
		p = e + 1
		if code == "" || textscan.IsDigit(code[0]) {
			continue
		}
		if equalFold(code, name[:firstEnd]) {
			return true
		}
		// The letters of a code may keep their diacritics ("BCĐTƯ" for
		// "Ban Chỉ đạo Trung ương").
		var cbuf [32]byte
		plain := cbuf[:0]
		for _, r := range code {
			plain = utf8.AppendRune(plain, plainUpper(r))
		}
		if len(plain) >= 2 && len(plain) <= len(initials) && string(plain) == string(initials[:len(plain)]) {
			return true
		}
	}
	return false
}

// vowelBases lists the Vietnamese vowels with diacritics, lower case,
// after their base letter.
var vowelBases = [...]string{
	"aàáảãạăằắẳẵặâầấẩẫậ", "eèéẻẽẹêềếểễệ", "iìíỉĩị",
	"oòóỏõọôồốổỗộơờớởỡợ", "uùúủũụưừứửữự", "yỳýỷỹỵ",
}

// initialOf returns the first letter of w in capitals, without its
// diacritics unless it is Đ: the letter a code stands for.
func initialOf(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return plainUpper(r)
}

// plainUpper returns r in capitals, without its diacritics unless it is
// Đ.
func plainUpper(r rune) rune {
	r = unicode.ToLower(r)
	if r >= utf8.RuneSelf && r != 'đ' {
		for _, v := range vowelBases {
			if strings.ContainsRune(v, r) {
				r = rune(v[0])
				break
			}
		}
	}
	return unicode.ToUpper(r)
}

// isUyBefore reports whether the word before i is "Ủy" (or "Uỷ"), so that
// "ban" at i is part of "Ủy ban".
func isUyBefore(s string, i int) bool {
	j := textscan.SkipSpaceBack(s, i)
	w := textscan.WordStart(s, j)
	return equalFold(s[w:j], "ủy") || equalFold(s[w:j], "uỷ")
}
