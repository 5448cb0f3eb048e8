package deadline

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	{"luật", "", false},
}

// agencyHeads are the words before which a noun such as "Kế hoạch" is
// part of an agency name: "Sở Kế hoạch và Đầu tư", "Viện Chiến lược".
var agencyHeads = []string{"sở", "bộ", "vụ", "phòng", "ban", "cục", "viện", "tâm"}

// nameWords numbers the words of nameNouns and agencyHeads, and "pháp"
// (of "pháp luật"): nameWordIDs maps their lower-case, title-case and
// upper-case spellings to a number from 1, so that the scanner classifies
// a word with one map lookup and no case conversion.
var (
	nameWords   []string
	nameWordIDs = map[string]uint8{}
	agencyID    [256]bool
	nounPairs   = map[[2]uint8]*nameNoun{}
	idLuat      uint8
	idPhap      uint8
)

func init() {
	id := func(w string) uint8 {
		for i, x := range nameWords {
			if x == w {
				return uint8(i + 1)
			}
		}
		nameWords = append(nameWords, w)
		n := uint8(len(nameWords))
		nameWordIDs[w] = n
		nameWordIDs[strings.ToUpper(w)] = n
		r, size := utf8.DecodeRuneInString(w)
		nameWordIDs[string(unicode.ToUpper(r))+w[size:]] = n
		return n
	}
	for i := range nameNouns {
		nn := &nameNouns[i]
		if nn.w2 == "" {
			idLuat = id(nn.w1)
			continue
		}
		nounPairs[[2]uint8{id(nn.w1), id(nn.w2)}] = nn
	}
	for _, h := range agencyHeads {
		agencyID[id(h)] = true
	}
	idPhap = id("pháp")
}

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
	n.scan(i)
	return n.noun >= n.boundary && n.noun >= i-maxNameBytes
}

// scan advances the scanner to i.
func (n *names) scan(i int) {
	s := n.s
	k := n.p
	for k < i {
		c := s[k]
		switch {
		case c == ';' || c == '!' || c == '?' || c == '|':
			n.clause(k + 1)
			k++
			continue
		case c == '.':
			if k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '\t' {
				n.clause(k + 1)
			}
			n.dash1 = false
			k++
			continue
		case c == '\n':
			if lineBreaks(s, k+1) {
				n.clause(k + 1)
			}
			k++
			continue
		case c == '/' || c == '-':
			if k > 0 && textscan.IsDigit(s[k-1]) && k+1 < len(s) && (('A' <= s[k+1] && s[k+1] <= 'Z') || (k+2 < len(s) && s[k+1] == 0xC4 && s[k+2] == 0x90)) {
				n.noun = k
			}
			n.dash1 = true
			k++
			continue
		case c == '&':
			n.dash1 = true
			k++
			continue
		}
		e := textscan.WordEnd(s, k)
		if e == k {
			// Any other character: a digit, a bracket, a blank.
			if c != ' ' && c != '\t' && c != '\r' && c != '*' && c != '_' {
				n.dash1 = false
			}
			if c < 0x80 {
				k++
			} else {
				k++
				for k < len(s) && s[k]&0xC0 == 0x80 {
					k++
				}
			}
			continue
		}
		if e > i {
			// The phrase itself, or a word that runs into it.
			break
		}
		n.word(k, e)
		k = e
	}
	n.p = k
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
		id = nameWordIDs[s[st:e]]
	}
	dash := n.dash1
	n.dash1 = false
	if id != 0 {
		// One-word noun: "Luật", not "pháp luật".
		if id == idLuat && isUpperStart(s, st) && !(n.st1 >= 0 && n.id1 == idPhap) &&
			!dash && !(n.st1 >= 0 && agencyID[n.id1]) {
			n.noun = st
		}
		// Two-word noun ending here.
		if n.st1 >= 0 && n.id1 != 0 {
			if nn := nounPairs[[2]uint8{n.id1, id}]; nn != nil &&
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
