package deadline

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
	"github.com/vnplan/vnplan/internal/textscan"
)

// afterSymbol reports whether a document number and symbol ends right
// before i (blanks and a comma apart): "01/NQ-CP ngày 05/01/2024",
// "45/2025/NĐ- CP, ngày ...". The run before i must start with a digit and
// hold a slash or hyphen and a capital letter.
func afterSymbol(s string, i int) bool {
	j := textscan.SkipSpaceBack(s, i)
	if j > 0 && s[j-1] == ',' {
		j = textscan.SkipSpaceBack(s, j-1)
	}
	k := j
	upper, sep := false, false
	for k > 0 && j-k < 48 {
		c := s[k-1]
		switch {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z', textscan.IsDigit(c), c == '&', c == ' ':
		case c == '/' || c == '-':
			sep = true
		case c == 0x90 || c == 0x91:
			// Đ or đ (C4 90, C4 91).
			if k >= 2 && s[k-2] == 0xC4 {
				upper = upper || c == 0x90
				k--
			} else {
				goto done
			}
		default:
			goto done
		}
		k--
	}
done:
	for k < j && s[k] == ' ' {
		k++
	}
	return k < j && textscan.IsDigit(s[k]) && upper && sep
}

// placeDate reports whether the date at i follows a place name at the
// start of a line: "<nơi ban hành>, ngày 06 tháng 8 năm 2024", also inside a
// table cell or emphasis.
func placeDate(s string, i int) bool {
	j := textscan.SkipSpaceBack(s, i)
	if j == 0 || s[j-1] != ',' {
		return false
	}
	k := j - 1
	words := 0
	for words < 6 {
		k = textscan.SkipSpaceBack(s, k)
		if k > 0 && s[k-1] == '.' {
			k--
			continue
		}
		w := textscan.WordStart(s, k)
		if w == k || !isUpperStart(s, w) {
			break
		}
		words++
		k = w
	}
	if words == 0 {
		return false
	}
	for k > 0 {
		switch s[k-1] {
		case ' ', '\t', '*', '_':
			k--
			continue
		case '\n', '|', '(':
			return true
		}
		return false
	}
	return true
}

// nameNoun is a noun that names a plan, programme or document.
type nameNoun struct {
	w1, w2 string // lower case; w2 is "" for one word
	lower  bool   // counts when written in lower case
}

var nameNouns = []nameNoun{
	{"quy", "hoạch", true},
	{"kế", "hoạch", true},
	{"chương", "trình", true},
	{"chiến", "lược", true},
	{"đề", "án", true},
	{"dự", "án", false},
	{"nghị", "quyết", false},
	{"quyết", "định", false},
	{"chỉ", "thị", false},
	{"kết", "luận", false},
	{"thông", "báo", false},
	{"nghị", "định", false},
	{"thông", "tư", false},
	{"phương", "án", false},
	{"quy", "chế", false},
	{"pháp", "lệnh", false},
	{"hiệp", "định", false},
	{"thỏa", "thuận", false},
	{"thoả", "thuận", false},
	{"công", "ước", false},
	// "Bộ luật Lao động năm 2019": "Bộ" is no agency head here.
	{"bộ", "luật", false},
	{"hiến", "pháp", false},
	{"luật", "", false},
}

// agencyHeads are the words before which a noun such as "Kế hoạch" is
// part of an agency name: "Sở Kế hoạch và Đầu tư", "Viện Chiến lược".
var agencyHeads = []string{"sở", "bộ", "vụ", "phòng", "ban", "cục", "viện", "tâm"}

// nameWords numbers the words of nameNouns and agencyHeads, "pháp" (of
// "pháp luật"), "vào" and "lúc": nameWordIDs maps their lower-case, title-case and
// upper-case spellings to a number from 1, below maxNameWords, so that
// the scanner classifies a word with one table lookup and no case
// conversion. nounPairs[id1][id2] is the two-word noun of the words id1
// and id2.
var (
	nameWords   []string
	nameWordIDs = new(wordTable)
	agencyID    [256]bool
	nounPairs   [maxNameWords][maxNameWords]*nameNoun
	idLuat      uint8
	idPhap      uint8
	// idVao and idLuc number "vào" and "lúc", after which a time is when
	// a thing is done.
	idVao, idLuc uint8
)

func init() {
	id := func(w string) uint8 {
		for i, x := range nameWords {
			if x == w {
				return uint8(i + 1)
			}
		}
		nameWords = append(nameWords, w)
		if len(nameWords) >= maxNameWords {
			panic("deadline: too many name words")
		}
		n := uint8(len(nameWords))
		nameWordIDs.set(w, n)
		nameWordIDs.set(strings.ToUpper(w), n)
		r, size := utf8.DecodeRuneInString(w)
		nameWordIDs.set(string(unicode.ToUpper(r))+w[size:], n)
		return n
	}
	for i := range nameNouns {
		nn := &nameNouns[i]
		if nn.w2 == "" {
			idLuat = id(nn.w1)
			continue
		}
		id1 := id(nn.w1)
		nounPairs[id1][id(nn.w2)] = nn
	}
	for _, h := range agencyHeads {
		agencyID[id(h)] = true
	}
	idPhap = id("pháp")
	idVao, idLuc = id("vào"), id("lúc")
}

// maxNameWords bounds the number of nameWords.
const maxNameWords = 64

// maxNameBytes bounds how far back a name may start: the longest names
// in real plans ("Chương trình hành động số 306/CTr-UBND ... về du lịch
// giai đoạn 2021 - 2025") run to about 300 bytes.
const maxNameBytes = 480

// names answers, for increasing positions, whether a time phrase there
// qualifies the name of a plan, programme, strategy, scheme or document
// named earlier in the same clause, or is in the subject of a citation (a
// document number earlier in the clause). It scans the text forward once,
// remembering the last clause boundary and the last name noun or number,
// so a document with many phrases costs one pass.
//
// The zero value is not usable; call newNames.
type names struct {
	s        string
	p        int // scanned up to here
	boundary int // just after the last clause boundary before p
	noun     int // start of the last noun or document number, -1
	// The last two words before p (numbers from nameWordIDs, 0 for
	// other words) and where they start, -1 after a clause boundary.
	id1, id2    uint8
	st1, st2    int
	dash1       bool // a hyphen or "&" since the last word
	dashBefore1 bool // a hyphen or "&" right before word 1
}

func newNames(s string) *names {
	return &names{s: s, noun: -1, st1: -1, st2: -1}
}

// reset starts scanning afresh at i, at the next word boundary.
func (n *names) reset(i int) {
	s := n.s
	for i < len(s) && (s[i]&0xC0 == 0x80 || textscan.IsAlnumBefore(s, i) && textscan.IsAlnumAt(s, i)) {
		i++
	}
	*n = names{s: s, p: i, boundary: i, noun: -1, st1: -1, st2: -1}
}

// in reports whether the phrase starting at i is part of a name.
func (n *names) in(i int) bool {
	if i < n.p || i-n.p > maxNameBytes {
		from := i - maxNameBytes
		if from < 0 {
			from = 0
		}
		n.reset(from)
	}
	// The words before the last clause boundary do not count: start
	// after it, in the state the scan would be in there.
	if b := lastBoundary(n.s, n.p, i); b > n.p {
		n.p = b
		n.clause(b)
	}
	n.scan(i)
	return n.noun >= n.boundary && n.noun >= i-maxNameBytes
}

// scan advances the scanner to i.
func (n *names) scan(i int) {
	s := n.s
	k := n.p
	for k < i {
		c := s[k]
		if c == ' ' {
			k++
			continue
		}
		if l := c | 0x20; 'a' <= l && l <= 'z' || c >= utf8.RuneSelf {
			if e := wordEnd(s, k); e > k {
				if e > i {
					// The phrase itself, or a word that runs into it.
					break
				}
				n.word(k, e)
				k = e
				continue
			}
			if c >= utf8.RuneSelf {
				// Any other character.
				n.dash1 = false
				k++
				for k < len(s) && s[k]&0xC0 == 0x80 {
					k++
				}
				continue
			}
		}
		switch c {
		case ';', '!', '?', '|':
			n.clause(k + 1)
		case '.':
			if k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '\t' {
				n.clause(k + 1)
			}
			n.dash1 = false
		case '\n':
			if lineBreaks(s, k+1) {
				n.clause(k + 1)
			}
		case '/', '-':
			if k > 0 && textscan.IsDigit(s[k-1]) && k+1 < len(s) && (('A' <= s[k+1] && s[k+1] <= 'Z') || (k+2 < len(s) && s[k+1] == 0xC4 && s[k+2] == 0x90)) {
				n.noun = k
			}
			n.dash1 = true
		case '&':
			n.dash1 = true
		case '\t', '\r', '*', '_':
			// Blanks and emphasis leave a hyphen before them in force.
		default:
			// A digit, a bracket, other punctuation.
			n.dash1 = false
		}
		k++
	}
	n.p = k
}

// clauseBytes marks the bytes that may end a clause (see names.scan).
var clauseBytes = [256]bool{';': true, '!': true, '?': true, '|': true, '.': true, '\n': true}

// lastBoundary returns the end of the last clause boundary (see
// names.scan) in s[from:to], or -1. It reads the text backwards eight
// bytes at a time.
func lastBoundary(s string, from, to int) int {
	return lastBreak(s, from, to, false)
}

// lastBreak is lastBoundary, and with commas set it also counts a comma
// or a colon as a boundary.
func lastBreak(s string, from, to int, commas bool) int {
	k := to // the bytes from k on are done
	for ; k-8 >= from; k -= 8 {
		x := swar.Load(s, k-8)
		// Zero in the lanes of ; ! ? | . and newline, and, when
		// zero() marks them, some lanes right above those.
		m := zero(x^swar.Spread(';')) | zero(x^swar.Spread('!')) | zero(x^swar.Spread('?')) |
			zero(x^swar.Spread('|')) | zero(x^swar.Spread('.')) | zero(x^swar.Spread('\n'))
		if commas {
			m |= zero(x^swar.Spread(',')) | zero(x^swar.Spread(':'))
		}
		m &= swar.Spread(0x80)
		for m != 0 {
			j := k - 8 + (63-bits.LeadingZeros64(m))/8
			m &^= 0x80 << (8 * (j - (k - 8)))
			if b := breakAt(s, j, commas); b >= 0 {
				return b
			}
		}
	}
	for k > from {
		k--
		if b := breakAt(s, k, commas); b >= 0 {
			return b
		}
	}
	return -1
}

// breakAt is boundaryAt, and with commas set it also counts a comma or a
// colon.
func breakAt(s string, k int, commas bool) int {
	if commas && (s[k] == ',' || s[k] == ':') {
		return k + 1
	}
	return boundaryAt(s, k)
}

// boundaryAt returns k+1 if s[k] ends a clause (see names.scan), or -1.
func boundaryAt(s string, k int) int {
	if !clauseBytes[s[k]] {
		return -1
	}
	switch s[k] {
	case '.':
		if k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '\t' {
			return k + 1
		}
	case '\n':
		if lineBreaks(s, k+1) {
			return k + 1
		}
	default:
		return k + 1
	}
	return -1
}

// clause records a clause boundary ending at k.
func (n *names) clause(k int) {
	n.boundary = k
	n.st1, n.st2 = -1, -1
	n.dash1 = false
}

// word takes in the word s[st:e] and records a noun that ends with it.
func (n *names) word(st, e int) {
	s := n.s
	var id uint8
	if e-st <= 12 {
		id = nameWordIDs.get(s, st, e)
	}
	dash := n.dash1
	n.dash1 = false
	if id != 0 && (id == idVao || id == idLuc) {
		// "Tổng duyệt chương trình vào 15 giờ 00 ngày 20/3": the time
		// after "vào" or "lúc" is when something is done, not part of
		// a name before it.
		n.noun = -1
	}
	if id != 0 {
		// One-word noun: "Luật", not "pháp luật".
		if id == idLuat && isUpperStart(s, st) && !(n.st1 >= 0 && n.id1 == idPhap) &&
			!dash && !(n.st1 >= 0 && agencyID[n.id1]) {
			n.noun = st
		}
		// Two-word noun ending here.
		if n.st1 >= 0 && n.id1 != 0 {
			if nn := nounPairs[n.id1][id]; nn != nil &&
				(nn.lower || isUpperStart(s, n.st1)) &&
				!n.dashBefore1 && !(n.st2 >= 0 && agencyID[n.id2]) {
				n.noun = n.st1
			}
		}
	}
	n.id2, n.st2 = n.id1, n.st1
	n.id1, n.st1 = id, st
	n.dashBefore1 = dash
}

// lineBreaks reports whether the newline ending at k (s[k-1] == '\n')
// ends a clause: it is part of a blank line, or the next line starts a
// list item.
func lineBreaks(s string, k int) bool {
	j := k - 1
	// A blank line: only blanks between this newline and the previous one.
	for p := j - 1; p >= 0; p-- {
		c := s[p]
		if c == ' ' || c == '\t' || c == '\r' {
			continue
		}
		if c == '\n' {
			return true
		}
		break
	}
	q := k
	for q < len(s) && (s[q] == ' ' || s[q] == '\t') {
		q++
	}
	if q < len(s) {
		switch s[q] {
		case '-', '+', '*':
			return true
		case 0xE2: // •
			return q+2 < len(s) && s[q+1] == 0x80 && s[q+2] == 0xA2
		}
	}
	return false
}

// prevWord returns the word that ends before i, blanks and one line break
// apart, or ws == we when a non-letter comes first.
func prevWord(s string, i int) (ws, we int) {
	we = textscan.SkipSpaceBack(s, i)
	return textscan.WordStart(s, we), we
}

// wordBefore returns the word that ends before offset k and starts at or
// after from, stepping back over punctuation and, unless stopAtDigit,
// digits; ok is false when there is none.
func wordBefore(s string, k, from int, stopAtDigit bool) (ws, we int, ok bool) {
	for {
		ws, we = prevWord(s, k)
		if ws < we {
			return ws, we, ws >= from
		}
		j := textscan.SkipSpaceBack(s, k)
		if j <= from || stopAtDigit && textscan.IsDigit(s[j-1]) {
			return 0, 0, false
		}
		k = j - 1
		for k > from && s[k]&0xC0 == 0x80 {
			k--
		}
	}
}

// amountNouns are the nouns of money, rate and plan after which a bare
// recurrence qualifies the noun: "ngân sách hằng năm" is the yearly
// budget, "tăng trưởng bình quân hằng năm" the yearly growth.
var amountNouns = []string{
	"ngân sách", "kinh phí", "dự toán", "nguồn vốn", "nguồn lực", "nguồn thu",
	"tăng trưởng", "bình quân", "kế hoạch", "doanh thu", "thu nhập",
	"sản lượng", "chỉ tiêu",
	"chi", "thu", "vốn",
}

// amountModifiers may stand between an amount noun and a recurrence or
// a year, at most two of them: "ngân sách nhà nước hằng năm", "chi
// thường xuyên hằng năm", "kế hoạch công tác hằng năm", "nguồn ngân sách
// tỉnh năm 2026", "vốn đầu tư công năm 2026".
var amountModifiers = []string{
	"nhà nước", "địa phương", "trung ương", "thường xuyên", "công tác",
	"đầu tư", "phát triển", "tỉnh", "huyện", "xã", "công",
}

// endsWith reports whether the one or two words that end at we are one
// of list (lower case; two words separated by one space).
func endsWith(s string, ws, we int, list []string) bool {
	var b1, b2 [24]byte
	last := lower(b1[:], s[ws:we])
	if last == nil {
		return false
	}
	var first []byte
	firstDone := false
	for _, w := range list {
		sp := strings.IndexByte(w, ' ')
		if sp < 0 {
			if string(last) == w {
				return true
			}
			continue
		}
		if string(last) != w[sp+1:] {
			continue
		}
		if !firstDone {
			firstDone = true
			if ps, pe := prevWord(s, ws); ps < pe {
				first = lower(b2[:], s[ps:pe])
			}
		}
		if first != nil && string(first) == w[:sp] {
			return true
		}
	}
	return false
}

// amountBefore reports whether a noun of money, rate or plan, perhaps
// with one or two modifiers, ends right before i.
func amountBefore(s string, i int) bool {
	ws, we := prevWord(s, i)
	for n := 0; ws < we; n++ {
		if endsWith(s, ws, we, amountNouns) {
			return true
		}
		if n == 2 {
			break
		}
		// Skip a modifier of one or two words.
		ms := modifierStart(s, ws, we)
		if ms < 0 {
			break
		}
		ws, we = prevWord(s, ms)
	}
	return false
}

// modifierStart returns the start of the modifier of amountModifiers
// that ends with the word s[ws:we], or -1.
func modifierStart(s string, ws, we int) int {
	var b1, b2 [24]byte
	last := lower(b1[:], s[ws:we])
	if last == nil {
		return -1
	}
	var first []byte
	firstDone := false
	for _, m := range amountModifiers {
		w1, w2, two := strings.Cut(m, " ")
		if !two {
			if string(last) == w1 {
				return ws
			}
			continue
		}
		if string(last) != w2 {
			continue
		}
		ps, pe := prevWord(s, ws)
		if !firstDone && ps < pe {
			firstDone = true
			first = lower(b2[:], s[ps:pe])
		}
		if first != nil && string(first) == w1 {
			return ps
		}
	}
	return -1
}

// describes reports whether the time phrase p, which has no preposition,
// names the thing of the noun right before it rather than the time of
// the task: the year of a budget, "lập dự toán ngân sách năm 2026",
// "nguồn ngân sách tỉnh năm 2026" (but not after "hoàn thành", "hoàn
// thành và vượt mức dự toán thu năm 2024"), or any time after a noun
// when a deadline with a strong preposition follows in the same clause:
// "Công bố giá vật liệu xây dựng quý II/2026 trước ngày 10/7/2026",
// "xây dựng phương án ... mùa khô năm 2025 - 2026, trình ... trước ngày
// 20/01/2026". A time that opens its clause ("Năm 2026, ...") or follows
// "và", "hoặc" or a verb of doing ("thực hiện năm 2026") is left alone.
func describes(s string, p *phrase) bool {
	if p.flags != 0 || p.rec != "" || p.cell || p.from ||
		p.kind == coreDate || p.kind == coreDay || p.kind == coreHalf || p.kind == coreDayRange {
		return false
	}
	if !afterNoun(s, p.start) {
		return false
	}
	return deadlineAhead(s, p.end) || amountBefore(s, p.start) && !completionVerb(s, p.start)
}

// notNouns are words after which a time is not the attribute of a noun:
// conjunctions, which join it to other times ("hàng tháng, quý, 6 tháng
// và năm 2024"), and verbs of carrying out a task.
var notNouns = []string{"và", "hoặc", "hiện", "khai", "trì"}

// afterNoun reports whether a word, a number or a closing bracket or
// quote that may end a noun phrase stands right before i, in the same
// clause, and is not one of notNouns.
func afterNoun(s string, i int) bool {
	if opensClause(s, i) {
		return false
	}
	j := textscan.SkipSpaceBack(s, i)
	if j == 0 {
		return false
	}
	switch c := s[j-1]; {
	case c == ')' || c == '"':
		return true
	case c == 0x9D && j >= 3 && s[j-3] == 0xE2 && s[j-2] == 0x80: // ”
		return true
	case !textscan.IsAlnumBefore(s, j):
		return false
	}
	ws, we := prevWord(s, i)
	if ws == we {
		return true // a number
	}
	var buf [24]byte
	w := lower(buf[:], s[ws:we])
	for _, n := range notNouns {
		if string(w) == n {
			return false
		}
	}
	return true
}

// maxAhead bounds how far deadlineAhead looks, in bytes.
const maxAhead = 320

// deadlineAhead reports whether a time phrase with a strong preposition
// ("trước", "chậm nhất", "hoàn thành", "trong", "vào") starts after i in
// the same clause, at most maxAhead bytes on.
func deadlineAhead(s string, i int) bool {
	end := min(len(s), i+maxAhead)
	for k := i; k < end; {
		if boundaryAt(s, k) >= 0 {
			return false
		}
		e := wordEnd(s, k)
		if e == k {
			k++
			continue
		}
		switch kw, _ := word(s, k); kw {
		case kwTruoc, kwCham, kwMuon, kwHoan, kwTrong, kwVao:
			if q, ok := parse(s, k, false); ok && q.kind != coreNone && q.flags&strongFlags != 0 {
				return true
			}
		}
		k = e
	}
	return false
}

// horizonStart reports whether a plan horizon starts at i: "5 năm",
// "năm năm", "trung hạn", "dài hạn", "ngắn hạn".
func horizonStart(s string, i int) bool {
	n, e, ok := readInt(s, i, 2)
	if ok && textscan.IsAlnumAt(s, e) {
		return false
	}
	if !ok {
		n, e, ok = numberWord(s, i)
	}
	if ok {
		_, ws, we := next(s, e)
		return n >= 2 && isWord(s, ws, we, "năm")
	}
	we := textscan.WordEnd(s, i)
	if we == i || !(isWord(s, i, we, "trung") || isWord(s, i, we, "dài") || isWord(s, i, we, "ngắn")) {
		return false
	}
	_, ws, we2 := next(s, we)
	return isWord(s, ws, we2, "hạn")
}

// horizonEnd reports whether the words ending at we name a plan horizon:
// "5 năm", "năm năm", "trung hạn", "dài hạn", "ngắn hạn".
func horizonEnd(s string, ws, we int) bool {
	if isWord(s, ws, we, "hạn") {
		ps, pe := prevWord(s, ws)
		return ps < pe && (isWord(s, ps, pe, "trung") || isWord(s, ps, pe, "dài") || isWord(s, ps, pe, "ngắn"))
	}
	if !isWord(s, ws, we, "năm") {
		return false
	}
	j := textscan.SkipSpaceBack(s, ws)
	if j > 0 && textscan.IsDigit(s[j-1]) {
		k := j
		for k > 0 && textscan.IsDigit(s[k-1]) {
			k--
		}
		// Not "định kỳ 5 năm và hằng năm", which is two recurrences.
		ps, pe := prevWord(s, k)
		return j-k <= 2 && !(ps < pe && isWord(s, ps, pe, "kỳ"))
	}
	ps, pe := prevWord(s, ws)
	if ps == pe {
		return false
	}
	if n, _, ok := numberWord(s, ps); !ok || n < 2 {
		return false
	}
	qs, qe := prevWord(s, ps)
	return !(qs < qe && isWord(s, qs, qe, "kỳ"))
}

// adjectival reports whether the bare recurrence s[st:e], such as
// "hằng năm", qualifies a noun rather than the task: "tổng chi ngân sách
// hằng năm", "tốc độ tăng trưởng bình quân hằng năm", "kế hoạch công tác
// hằng năm của cơ quan", "kế hoạch 5 năm và hằng năm". After a verb or a
// comma, or at the start of a clause, it is how often the task recurs:
// "báo cáo hằng năm", "Hằng năm, Sở ... tổng hợp".
func adjectival(s string, st, e int) bool {
	// "... hằng năm của cơ quan" is a noun phrase.
	if _, ws, we := next(s, e); isWord(s, ws, we, "của") {
		return true
	}
	// Coordinated with a plan horizon: "5 năm và hằng năm", "trung hạn
	// và hằng năm", "hằng năm và 5 năm".
	j := textscan.SkipSpaceBack(s, st)
	if j > 0 && s[j-1] == ',' {
		j--
	} else if ws, we := prevWord(s, st); ws < we && isWord(s, ws, we, "và") {
		j = ws
	} else {
		j = -1
	}
	if j >= 0 {
		if ws, we := prevWord(s, j); ws < we && horizonEnd(s, ws, we) {
			return true
		}
	}
	k := textscan.SkipSpace(s, e)
	if k < len(s) && s[k] == ',' {
		k = textscan.SkipSpace(s, k+1)
	} else if kk, _, e2 := next(s, e); kk == kwVa {
		k = textscan.SkipSpace(s, e2)
	} else {
		k = -1
	}
	if k >= 0 && horizonStart(s, k) {
		return true
	}
	return amountBefore(s, passiveBefore(s, st)) || criterionBefore(s, st)
}

// passiveBefore returns the start of a passive verb, "được" and one or
// two words ("được giao", "được phân bổ"), that ends right before i, or
// i when there is none, so that "dự toán ngân sách được giao hằng năm"
// reads as the budget assigned each year.
func passiveBefore(s string, i int) int {
	k := i
	for n := 0; n < 3; n++ {
		ws, we := prevWord(s, k)
		if ws == we {
			break
		}
		if n > 0 && isWord(s, ws, we, "được") {
			return ws
		}
		k = ws
	}
	return i
}

// maxCriterion bounds how far back criterionBefore looks, in bytes.
const maxCriterion = 240

// criterionBefore reports whether the clause before i names a criterion
// or basis of assessment, "là tiêu chí", "làm căn cứ", so that a
// recurrence at i qualifies that assessment, not the task: "kết quả thực
// hiện là tiêu chí đánh giá, thi đua, khen thưởng hằng năm".
func criterionBefore(s string, i int) bool {
	from := max(0, i-maxCriterion)
	if b := lastBoundary(s, from, i); b >= 0 {
		from = b
	}
	for k := i; ; {
		// A comma, a digit or other punctuation is stepped over.
		ws, we, ok := wordBefore(s, k, from, false)
		if !ok {
			return false
		}
		if isWord(s, ws, we, "chí") || isWord(s, ws, we, "cứ") {
			ps, pe := prevWord(s, ws)
			if ps < pe && (isWord(s, ps, pe, "tiêu") || isWord(s, ps, pe, "căn")) {
				vs, ve := prevWord(s, ps)
				if vs < ve && (isWord(s, vs, ve, "là") || isWord(s, vs, ve, "làm")) {
					return true
				}
			}
		}
		k = ws
	}
}

// recurrentContext returns the recurrence of the date p, which has no
// year and no recurrence of its own, from its context: a date after
// "định kỳ", or after a recurrence of months, quarters or years earlier
// in the same clause ("báo cáo định kỳ 6 tháng, hằng năm (trước ngày
// 15/6 và 15/12)"), falls on the same day every year. out holds the
// deadlines found before p.
func recurrentContext(s string, out []Match, p phrase) string {
	if p.flags&fDinhKy != 0 {
		return "yearly"
	}
	if len(out) == 0 {
		return ""
	}
	m := out[len(out)-1]
	d := m.Deadline
	if d.Recurrence == "" || d.Period != "" || d.Day != 0 || m.End > p.start || !sameClause(s, m.End, p.start) {
		return ""
	}
	r := d.Recurrence
	switch {
	case r == "yearly" || r == "quarterly" || r == "periodic":
		// "Định kỳ, trước ngày 15/12 ..." as "định kỳ trước ngày 15/12".
		return "yearly"
	case len(r) > len("every--years") && r[:6] == "every-" && r[len(r)-6:] == "-years":
		return r
	case len(r) > len("every--months") && r[:6] == "every-" && r[len(r)-7:] == "-months":
		if n, e, ok := readInt(r, 6, 2); ok && n > 0 && e == len(r)-7 && 12%n == 0 {
			return "yearly"
		}
	}
	return ""
}

// monthlyBefore reports whether the last deadline in out is a monthly
// recurrence in the clause of p and before it: "Báo cáo hằng tháng,
// trước ngày 25", "định kỳ hằng tháng (trước ngày 20)".
func monthlyBefore(s string, out []Match, p phrase) bool {
	if len(out) == 0 {
		return false
	}
	m := out[len(out)-1]
	return m.Deadline.Recurrence == "monthly" && m.End <= p.start && sameClause(s, m.End, p.start)
}

// sameClause reports whether s[from:to] holds no clause boundary: ";",
// "!", "?", "|", a full stop before a blank, a blank line or a line that
// starts a list item.
func sameClause(s string, from, to int) bool {
	for k := from; k < to; k++ {
		switch s[k] {
		case ';', '!', '?', '|':
			return false
		case '.':
			if k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '\t' {
				return false
			}
		case '\n':
			if lineBreaks(s, k+1) {
				return false
			}
		}
	}
	return true
}

// timeLabel reports whether i follows the label of a time field that
// starts a line, a cell or a sentence, such as "Thời gian thực hiện:",
// "Thời hạn:" or "Tiến độ:", after which the value is read as a table
// cell: "Thời gian: 10-11/2019".
func timeLabel(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t' || s[k-1] == '*' || s[k-1] == '_') {
		k--
	}
	if k == 0 || s[k-1] != ':' {
		return false
	}
	// The start of the line, cell or sentence, at most maxLabel bytes
	// back.
	ls := k - 1
	for ls > 0 && s[ls-1] != '\n' && s[ls-1] != '|' {
		if ls >= 2 && (s[ls-2] == '.' || s[ls-2] == ';') && (s[ls-1] == ' ' || s[ls-1] == '\t') {
			break
		}
		if k-ls > maxLabel {
			return false
		}
		ls--
	}
	// Skip blanks, list markers, emphasis and a point label ("a)").
	for ls < k && (s[ls] == ' ' || s[ls] == '\t' || s[ls] == '-' || s[ls] == '+' || s[ls] == '*' || s[ls] == '_') {
		ls++
	}
	if ls+2 < k && s[ls] == 0xE2 && s[ls+1] == 0x80 && s[ls+2] == 0xA2 { // •
		ls += 3
	}
	if e := textscan.WordEnd(s, ls); e < k && e-ls <= 2 && (s[e] == ')' || s[e] == '.') {
		ls = textscan.SkipBlanks(s, e+1)
	}
	w1 := textscan.WordEnd(s, ls)
	if w1 == ls {
		return false
	}
	_, w2s, w2e := next(s, w1)
	switch {
	case isWord(s, ls, w1, "thời"):
		return isWord(s, w2s, w2e, "gian") || isWord(s, w2s, w2e, "hạn") || isWord(s, w2s, w2e, "điểm")
	case isWord(s, ls, w1, "tiến"):
		return isWord(s, w2s, w2e, "độ")
	}
	return false
}

// maxLabel bounds the length of the label of a time field.
const maxLabel = 96

// pastMarkBefore reports whether the word "đã", which marks a past or
// completed action, comes earlier in the clause that runs into i (back to
// a comma, a colon or a clause boundary, at most maxCompletion bytes).
func pastMarkBefore(s string, i int) bool {
	from := clauseStart(s, i, maxCompletion)
	if from < 0 {
		from = i - maxCompletion
	}
	for k := from; k < i; {
		e := wordEnd(s, k)
		if e == k {
			k++
			continue
		}
		if e <= i && isWord(s, k, e, "đã") {
			return true
		}
		k = e
	}
	return false
}

// maxCompletion bounds how far back completionBefore looks, in bytes.
const maxCompletion = 320

// completionBefore reports whether the clause that runs into the time
// phrase at i starts with the verb "hoàn thành", perhaps after an adverb
// such as "phấn đấu" or "khẩn trương": then the phrase is the time by
// which the object is done, "hoàn thành phê duyệt phương án trong năm
// 2026" as "hoàn thành trong năm 2026". The clause runs back to a comma,
// a colon or a clause boundary; in "đánh giá mức độ hoàn thành ... trong
// năm 2025", where the verb is not first, "hoàn thành" is a noun.
func completionBefore(s string, i int) bool {
	// Most phrases have no "hoàn" (or "HOÀN") before them: look for its
	// letters "oàn" first, which is faster than finding the clause.
	w := s[max(0, i-maxCompletion):i]
	if !strings.Contains(w, "o\u00e0n") && !strings.Contains(w, "O\u00c0N") {
		return false
	}
	j := clauseStart(s, i, maxCompletion)
	if j < 0 {
		return false
	}
	for n := 0; n < 3; n++ {
		k, _, e := next(s, j)
		if k == kwHoan {
			e2, ok := accept(s, e, kwThanh)
			return ok && e2 < i
		}
		e = leadAdverb(s, j)
		if e <= j || e >= i {
			return false
		}
		j = e
	}
	return false
}

// leadAdverbs may stand before the verb that opens a clause.
var leadAdverbs = []string{"phấn đấu", "khẩn trương", "sớm", "phải", "cần", "để", "và"}

// leadAdverb returns the end of the adverb of leadAdverbs at the next
// token from i, or i when there is none.
func leadAdverb(s string, i int) int {
	_, ws, we := next(s, i)
	if ws == we {
		return i
	}
	_, ns, ne := next(s, we)
	for _, w := range leadAdverbs {
		w1, w2, two := strings.Cut(w, " ")
		if !isWord(s, ws, we, w1) {
			continue
		}
		if !two {
			return we
		}
		if ns < ne && isWord(s, ns, ne, w2) {
			return ne
		}
	}
	return i
}

// clauseStart returns the start of the first word of the clause that
// runs into i, at most maxBytes back, or -1: the clause starts after a
// comma, a colon, a clause boundary (see names.scan) or at the start of
// s, and its first word comes after blanks, emphasis, a list marker and
// a point label ("a)", "2.").
func clauseStart(s string, i, maxBytes int) int {
	k := lastBreak(s, max(0, i-maxBytes), i, true)
	if k < 0 {
		if i > maxBytes {
			return -1
		}
		k = 0
	}
	return skipItemLead(s, k)
}

// skipItemLead skips blanks, line breaks, emphasis, a list marker and a
// point label ("a)", "đ)", "2.", "2.1.") at i.
func skipItemLead(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '*' || c == '_' || c == '-' || c == '+':
			i++
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA2: // •
			i += 3
			continue
		}
		break
	}
	e := i
	for e < len(s) && e-i < 8 && (textscan.IsDigit(s[e]) || s[e] == '.') {
		e++
	}
	if e == i {
		// One letter: "a)", "đ)".
		if e = wordEnd(s, i); e-i > 2 {
			return i
		}
	}
	if e > i && e < len(s) && (s[e] == ')' || s[e] == '.') {
		e++
	}
	if e > i && (s[e-1] == ')' || s[e-1] == '.') && (e == len(s) || s[e] == ' ' || s[e] == '\t') {
		return textscan.SkipBlanks(s, e)
	}
	return i
}

// opensClause reports whether the word at i is the first of a sentence
// or clause: at the start of s, after ".", ";", ":", "!", "?" or "|", a
// list marker at the start of a line, a point label ("a)"), a blank line,
// or a line break before a capital.
func opensClause(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\r' || s[j-1] == '*' || s[j-1] == '_') {
		j--
	}
	if j == 0 {
		return true
	}
	switch c := s[j-1]; c {
	case '.', ';', ':', '!', '?', '|':
		return true
	case ')':
		return isUpperStart(s, i)
	case '\n':
		return isUpperStart(s, i) || lineBreaks(s, j)
	case '-', '+', 0xA2:
		if c == 0xA2 && !(j >= 3 && s[j-3] == 0xE2 && s[j-2] == 0x80) { // •
			return false
		}
		k := j - 1
		if c == 0xA2 {
			k = j - 3
		}
		for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
			k--
		}
		return k == 0 || s[k-1] == '\n'
	}
	return false
}

// taskVerbs are the verbs of carrying out a task that "thường xuyên"
// may follow as an adverb: "thực hiện thường xuyên", "duy trì thường
// xuyên".
var taskVerbs = []string{"thực hiện", "triển khai", "duy trì", "tổ chức"}

// continuousAfterVerb reports whether "thường xuyên" from st to e says
// how a task is carried out: it follows a verb of taskVerbs and closes
// the clause, perhaps with "liên tục" after a comma or "và", as in "...
// trong quý I năm 2026 và thực hiện thường xuyên, liên tục." After a noun
// it qualifies the noun ("chi thường xuyên", "nhiệm vụ thường xuyên"),
// and before an object it is left alone, since "tổ chức" is also a noun.
func continuousAfterVerb(s string, st, e int) bool {
	ws, we := prevWord(s, st)
	if ws == we || !endsWith(s, ws, we, taskVerbs) {
		return false
	}
	return closesClause(s, skipLienTuc(s, e))
}

// skipLienTuc returns the end of ", liên tục" or "và liên tục" at i, or
// i when there is none.
func skipLienTuc(s string, i int) int {
	j := textscan.SkipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j++
	} else if k, e := word(s, j); k == kwVa {
		j = e
	} else {
		return i
	}
	j = textscan.SkipSpace(s, j)
	e := wordEnd(s, j)
	if !isWord(s, j, e, "liên") {
		return i
	}
	j = textscan.SkipSpace(s, e)
	if e = wordEnd(s, j); !isWord(s, j, e, "tục") {
		return i
	}
	return e
}

// closesClause reports whether nothing but punctuation, the end of the
// text or a line that opens a clause follows i.
func closesClause(s string, i int) bool {
	k := textscan.SkipSpace(s, i)
	if k >= len(s) {
		return true
	}
	switch s[k] {
	case '.', ',', ';', ':', '!', '?', '|', ')', '\n':
		return true
	}
	return opensClause(s, k)
}

// periodicAdverb reports whether a bare "định kỳ" (with no interval)
// from st to e says that the task recurs: it opens a clause, or follows a
// comma, "và", "hoặc", "phải" or "cần", and a word follows it, as in
// "Định kỳ, Sở ... tổng hợp" and "đôn đốc và định kỳ báo cáo". After a
// noun or verb it qualifies that word: "chế độ báo cáo định kỳ".
func periodicAdverb(s string, st, e int) bool {
	k := textscan.SkipSpace(s, e)
	opens := opensClause(s, st)
	switch {
	case k < len(s) && s[k] == ',':
		if !opens {
			return false
		}
	case !textscan.IsAlnumAt(s, k):
		return false
	}
	if opens {
		return true
	}
	j := textscan.SkipSpaceBack(s, st)
	if j > 0 && s[j-1] == ',' {
		return true
	}
	ws, we := prevWord(s, st)
	return ws < we && (isWord(s, ws, we, "và") || isWord(s, ws, we, "hoặc") ||
		isWord(s, ws, we, "phải") || isWord(s, ws, we, "cần"))
}

// baseline reports whether the time phrase p is the baseline of a
// comparison, not a deadline: "tăng 12% so với cùng kỳ năm 2025", "so
// với thời điểm cuối năm 2020", "từ mức 30% năm 2020 lên ...", "(năm 2025
// là 40,5%)". The caller passes only phrases with no preposition but
// "cuối", "đầu" or "giai đoạn" and no recurrence.
func baseline(s string, p *phrase) bool {
	if p.flags == 0 && p.kind == coreYear {
		j := textscan.SkipSpaceBack(s, p.start)
		if j > 0 && s[j-1] == '(' {
			k := textscan.SkipBlanks(s, p.end)
			if k < len(s) && s[k] == ':' {
				return true
			}
			if _, ws, we := next(s, p.end); isWord(s, ws, we, "là") {
				return true
			}
		}
	}
	return comparedBefore(s, p.start)
}

// maxBaseline bounds how many words and numbers may stand between "so
// với" or "từ mức" and the baseline they govern: "so với kết quả thực
// hiện năm 2025".
const maxBaseline = 6

// The words of a comparison that comparedBefore looks for, as numbered
// in compareWords.
const (
	cwNone   = iota
	cwSo     // so (với)
	cwVoi    // với
	cwTu     // từ (mức)
	cwMuc    // mức
	cwSanh   // sánh (so sánh)
	cwKy     // kỳ, kì (cùng kỳ)
	cwCung   // cùng
	cwCua    // của
	cwSecond // a word of the second term (see compareWords)
)

// compareWords maps the words of a comparison, in lower, title and upper
// case, to their number: "so", "với", "sánh", "từ", "mức", "cùng",
// "kỳ", "của", and the words that
// start the second term of a comparison or a new clause, after which a
// time is no baseline ("từ mức 30% năm 2020 lên 45% năm 2025"): "lên",
// "xuống", "đạt", "còn", "thành", "và", "hoặc", "là".
var compareWords = func() *wordTable {
	t := new(wordTable)
	for _, e := range []struct {
		w string
		n uint8
	}{
		{"so", cwSo}, {"với", cwVoi}, {"từ", cwTu}, {"mức", cwMuc},
		{"sánh", cwSanh}, {"kỳ", cwKy}, {"kì", cwKy}, {"cùng", cwCung}, {"của", cwCua},
		{"lên", cwSecond}, {"xuống", cwSecond}, {"đạt", cwSecond}, {"còn", cwSecond},
		{"thành", cwSecond}, {"và", cwSecond}, {"hoặc", cwSecond}, {"là", cwSecond},
	} {
		setForms(t, e.w, e.n)
	}
	return t
}()

// compareWord returns the number of the word s[ws:we] in compareWords,
// or cwNone.
func compareWord(s string, ws, we int) uint8 {
	return compareWords.get(s, ws, we)
}

// comparedBefore reports whether a word of comparison governs the time
// phrase at i: "so với", "so sánh [với]" or "từ mức" at most maxBaseline
// words or numbers before i, with no punctuation and no word of a second
// term ("lên", "đạt", "và") between, or "cùng kỳ [của]" ("cao hơn cùng
// kỳ năm 2024", the same period of that year) or "mức [của]" right
// before i ("bằng mức năm 2023", "đạt mức của năm 2019", the level of
// that time; not "đạt mức 45% năm 2026", where the number is the level).
func comparedBefore(s string, i int) bool {
	k := i
	cua := false // the word after the current one is "của"
	for n := 0; n < maxBaseline; n++ {
		j := textscan.SkipSpaceBack(s, k)
		ws := textscan.WordStart(s, j)
		if ws == j {
			// A number, perhaps with a decimal comma or a percent
			// sign: "từ mức 30,5% năm 2020".
			if k = numberBefore(s, j); k == j {
				return false
			}
			cua = false
			continue
		}
		w := compareWord(s, ws, j)
		switch w {
		case cwVoi:
			ps, pe := prevWord(s, ws)
			if ps == pe {
				return false
			}
			pw := compareWord(s, ps, pe)
			return pw == cwSo || pw == cwSanh
		case cwSanh, cwKy, cwMuc:
			ps, pe := prevWord(s, ws)
			if ps < pe {
				pw := compareWord(s, ps, pe)
				if w == cwSanh && pw == cwSo || w == cwMuc && pw == cwTu {
					return true
				}
				if w == cwKy && pw == cwCung && (n == 0 || n == 1 && cua) {
					// "cùng kỳ năm 2024", not "cùng kỳ họp năm 2026".
					return true
				}
			}
			if w == cwMuc && (n == 0 || n == 1 && cua) {
				return true
			}
		case cwSecond:
			return false
		}
		cua = w == cwCua
		k = ws
	}
	return false
}

// numberBefore returns the start of the number that ends at j, with its
// decimal comma, thousands dots and percent sign ("30,5%", "1.200"), or
// j when none does.
func numberBefore(s string, j int) int {
	if j == 0 || !(textscan.IsDigit(s[j-1]) || s[j-1] == '%') {
		return j
	}
	k := j
	for k > 0 && (textscan.IsDigit(s[k-1]) || s[k-1] == '%' || s[k-1] == ',' || s[k-1] == '.') {
		k--
	}
	for k < j && !textscan.IsDigit(s[k]) {
		k++
	}
	if k == j || textscan.IsAlnumBefore(s, k) {
		return j
	}
	return k
}

// completionNouns are the words after which "hoàn thành" is a noun, not
// the verb of the task: "mức độ hoàn thành", "tỷ lệ hoàn thành", "kết
// quả hoàn thành", "việc hoàn thành", "chỉ tiêu hoàn thành", or a past or
// negated fact: "đã hoàn thành", "chưa hoàn thành".
var completionNouns = [...]string{"độ", "lệ", "quả", "việc", "khi", "tiêu", "đã", "chưa", "không"}

// completionVerb reports whether the verb "hoàn thành" earlier in the
// clause that runs into i governs the time phrase at i, with its object
// between: "Sở Xây dựng hoàn thành điều chỉnh quy hoạch tháng 01/2026".
// The clause runs back to a comma, a colon or a clause boundary; a
// number between (a document number, another time) or a noun before
// "hoàn thành" (see completionNouns) breaks the link.
func completionVerb(s string, i int) bool {
	w := s[max(0, i-maxCompletion):i]
	if !strings.Contains(w, "o\u00e0n") && !strings.Contains(w, "O\u00c0N") {
		return false
	}
	from := clauseStart(s, i, maxCompletion)
	if from < 0 {
		return false
	}
	for k := i; ; {
		// Punctuation is stepped over; a number breaks the link.
		ws, we, ok := wordBefore(s, k, from, true)
		if !ok {
			return false
		}
		if isWord(s, ws, we, "thành") {
			if ps, pe := prevWord(s, ws); ps < pe && ps >= from && isWord(s, ps, pe, "hoàn") {
				qs, qe := prevWord(s, ps)
				if qs == qe || qs < from {
					return true
				}
				for _, n := range completionNouns {
					if isWord(s, qs, qe, n) {
						return false
					}
				}
				return true
			}
		}
		k = ws
	}
}
