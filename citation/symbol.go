package citation

import (
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
)

// typeCodes maps the type codes of document symbols (Nghị định
// 30/2020/NĐ-CP, annex III, and the Party's rules) to the document type.
var typeCodes = map[string]string{
	"NQ":   "Nghị quyết",
	"QĐ":   "Quyết định",
	"CT":   "Chỉ thị",
	"KH":   "Kế hoạch",
	"CTr":  "Chương trình",
	"TB":   "Thông báo",
	"BC":   "Báo cáo",
	"TTr":  "Tờ trình",
	"HD":   "Hướng dẫn",
	"KL":   "Kết luận",
	"NĐ":   "Nghị định",
	"TT":   "Thông tư",
	"TTLT": "Thông tư liên tịch",
	"NQLT": "Nghị quyết liên tịch",
	"QĐi":  "Quy định",
	"QyĐ":  "Quy định",
	"QC":   "Quy chế",
	"CV":   "Công văn",
	"CĐ":   "Công điện",
	"PA":   "Phương án",
	"ĐA":   "Đề án",
	"VBHN": "Văn bản hợp nhất",
}

// mixedCase lists the codes whose standard spelling mixes upper and lower
// case; a symbol written in capitals ("13/CT-TTG" in an upper-case title)
// is normalised to this spelling.
var mixedCase = []string{"CTr", "TTr", "TTg", "QĐi", "QyĐ"}

// canonCode returns the standard spelling of a symbol part: the mixed-case
// spelling of a known code written in another case, the upper-case
// spelling of a known type code, or the part unchanged.
func canonCode(p string) string {
	c, _ := canonType(p)
	return c
}

// canonType returns canonCode(p) and whether it is a type code (a key of
// typeCodes).
func canonType(p string) (string, bool) {
	if folded(p) {
		if c, ok := codeByFold.get(p); ok {
			return c.code, c.isType
		}
		return p, false
	}
	var buf [24]byte
	if key, ok := foldCode(p, &buf); ok {
		if c, ok := codeByFold.get(string(key)); ok {
			return c.code, c.isType
		}
		// A type code folds to a key of codeByFold.
		return p, false
	}
	c := canonCodeSlow(p)
	_, isType := typeCodes[c]
	return c, isType
}

// canonCodeSlow is canonCode for a part with other letters than ASCII,
// Đ and đ: those that fold to an ASCII letter (K, the Kelvin sign, folds
// to K) match too.
func canonCodeSlow(p string) string {
	for _, c := range mixedCase {
		if p != c && strings.EqualFold(p, c) {
			return c
		}
	}
	if _, ok := typeCodes[p]; ok {
		return p
	}
	for c := range typeCodes {
		if strings.EqualFold(p, c) {
			return c
		}
	}
	return p
}

// spelling is the standard spelling of a code, and whether it is a type
// code.
type spelling struct {
	code   string
	isType bool
}

// codeByFold maps the case-folded spelling (see foldCode) of the codes of
// mixedCase and typeCodes to their standard spelling. No two of them fold
// alike.
var codeByFold = func() *wordTable[spelling] {
	m := make(map[string]spelling)
	add := func(c string) {
		var buf [24]byte
		key, _ := foldCode(c, &buf)
		_, isType := typeCodes[c]
		m[string(key)] = spelling{c, isType}
	}
	for c := range typeCodes {
		add(c)
	}
	for _, c := range mixedCase {
		add(c)
	}
	return newWordTable(m)
}()

// folded reports whether foldCode would return p unchanged: p has at
// most 24 bytes, of ASCII other than lower-case letters, and Đ.
func folded(p string) bool {
	if len(p) > 24 {
		return false
	}
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case c < utf8.RuneSelf:
		case c == 0xC4 && i+1 < len(p) && p[i+1] == 0x90:
			i++
		default:
			return false
		}
	}
	return true
}

// foldCode writes p into buf in upper case and returns it, when p is at
// most len(buf) bytes of ASCII, Đ and đ, whose case folding is their
// upper case; it reports false for any other p.
func foldCode(p string, buf *[24]byte) ([]byte, bool) {
	if len(p) > len(buf) {
		return nil, false
	}
	b := buf[:0]
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case c < utf8.RuneSelf:
		case c == 0xC4 && i+1 < len(p) && (p[i+1] == 0x90 || p[i+1] == 0x91):
			// Đ, đ.
			b = append(b, 0xC4, 0x90)
			i++
			continue
		default:
			return nil, false
		}
		b = append(b, c)
	}
	return b, true
}

// symbol is a parsed document number and symbol.
type symbol struct {
	start, end int
	number     string // normalised
	code       string // canonical type code, "" if none
	year       bool   // has a year part: 38/2021/QH15
	parts      int    // code and issuer parts after the number (and year)
	// weak reports whether the symbol is acceptable only with context
	// ("số" or a type word before it, or inside a list of citations):
	// a single part that is not a known type code ("01/COP16") or a Party
	// symbol without issuer ("23-QĐ").
	weak bool
}

// partEnd parses a symbol part at i: an upper-case letter followed by
// letters, digits and "&", ending where no letter or digit follows. It
// returns the end, or i if there is no part. The letters are ASCII, đ,
// and the Vietnamese capitals (see codeUpperAt): issuer codes spell
// names with their diacritics ("BCĐTƯ", Ban Chỉ đạo Trung ương).
func partEnd(s string, i int) int {
	if i >= len(s) {
		return i
	}
	j := i
	c := s[j]
	switch {
	case 'A' <= c && c <= 'Z':
		j++
	case c >= utf8.RuneSelf:
		n := codeUpperAt(s, j)
		if n == 0 {
			return i
		}
		j += n
	default:
		return i
	}
	for j < len(s) && j-i < 24 {
		c := s[j]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', textscan.IsDigit(c), c == '&':
			j++
			continue
		case strings.HasPrefix(s[j:], "đ"):
			j += len("đ")
			continue
		case c >= utf8.RuneSelf:
			if n := codeUpperAt(s, j); n > 0 {
				j += n
				continue
			}
		}
		break
	}
	if isAlnumAt(s, j) {
		return i
	}
	return j
}

// codeUpperAt returns the width of the Vietnamese capital at i, or 0:
// a capital of Latin-1, Latin Extended-A and -B up to Ư (Â, Ă, Đ, Ơ, Ư
// ...) or of Latin Extended Additional (Ủ, Ấ, Ợ ...). Other capitals,
// such as the Kelvin sign, which folds to K, are not code letters.
func codeUpperAt(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if (0xC0 <= r && r <= 0x1B0 || 0x1EA0 <= r && r <= 0x1EF9) && textscan.IsUpper(r) {
		return n
	}
	return 0
}

// sepAt returns the width of a hyphen or slash separator at i and the
// canonical byte ('-' or '/'); en dashes and hyphen characters count as
// hyphens.
func sepAt(s string, i int) (int, byte) {
	if i >= len(s) {
		return 0, 0
	}
	switch s[i] {
	case '/':
		return 1, '/'
	case '-':
		return 1, '-'
	case 0xE2:
		// U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash.
		if strings.HasPrefix(s[i:], "\u2010") || strings.HasPrefix(s[i:], "\u2011") || strings.HasPrefix(s[i:], "\u2013") {
			return 3, '-'
		}
	}
	return 0, 0
}

// sep parses a separator at i with blanks on at most one side of it (a
// spaced " - " is prose, not a symbol) and returns the position after it
// and whether it was written with a blank. A line may end after the
// separator ("75-" / "KL/TW" in a hard-wrapped copy): the line break
// counts as a blank after it.
func sep(s string, i int) (int, byte, bool, bool) {
	j := textscan.SkipBlanks(s, i)
	before := j > i
	n, c := sepAt(s, j)
	if n == 0 {
		return i, 0, false, false
	}
	k := textscan.SkipBlanks(s, j+n)
	if k < len(s) && (s[k] == '\n' || s[k] == '\r') {
		if k+1 < len(s) && s[k] == '\r' && s[k+1] == '\n' {
			k++
		}
		k = textscan.SkipBlanks(s, k+1)
	}
	after := k > j+n
	if before && after {
		return i, 0, false, false
	}
	return k, c, before || after, true
}

// upperPart reports whether p is all capitals and digits or a known code:
// the only parts accepted after a separator written with a blank.
func upperPart(p string) bool {
	return isAllUpper(p) || canonCode(p) != p
}

// parseSymbol parses a document number at i, where s[i] is the first
// digit: "01/NQ-CP", "26-NQ/TW", "38/2021/QH15", "215 /KH-UBND".
func parseSymbol(s string, i int) (symbol, bool) {
	j := i
	for j < len(s) && textscan.IsDigit(s[j]) {
		j++
	}
	if j-i > 6 {
		return symbol{}, false
	}
	k, c, spaced, ok := sep(s, j)
	if !ok {
		return symbol{}, false
	}
	// The number is built in b; when it reads as written, it is taken
	// from s instead of being copied.
	var buf [64]byte
	b := append(buf[:0], s[i:j]...)
	b = append(b, c)
	sym := symbol{start: i}
	if c == '/' {
		// Optional year: 38/2021/QH15.
		if k+4 <= len(s) && textscan.IsDigit(s[k]) && textscan.IsDigit(s[k+1]) && textscan.IsDigit(s[k+2]) && textscan.IsDigit(s[k+3]) {
			if k2, c2, sp, ok := sep(s, k+4); ok && c2 == '/' {
				spaced = spaced || sp
				b = append(b, s[k:k+4]...)
				b = append(b, '/')
				sym.year = true
				k = k2
			}
		}
		e := partEnd(s, k)
		if e == k {
			return symbol{}, false
		}
		p := s[k:e]
		if spaced && !upperPart(p) {
			return symbol{}, false
		}
		p, isType := canonType(p)
		b = append(b, p...)
		sym.parts = 1
		if isType {
			sym.code = p
		}
		k = e
		for sym.parts < 8 {
			k2, c2, sp, ok := sep(s, k)
			if !ok || c2 != '-' {
				break
			}
			e := partEnd(s, k2)
			if e == k2 {
				break
			}
			p := s[k2:e]
			if sp && !upperPart(p) {
				break
			}
			b = append(b, '-')
			b = append(b, canonCode(p)...)
			sym.parts++
			k = e
		}
		if sym.code == "" && !sym.year && sym.parts == 1 {
			sym.weak = true
		}
	} else {
		// Party form: 26-NQ/TW, 46-HD/BTGTW.
		e := partEnd(s, k)
		if e == k {
			return symbol{}, false
		}
		p, isType := canonType(s[k:e])
		if !isType {
			return symbol{}, false
		}
		b = append(b, p...)
		sym.code = p
		sym.parts = 1
		k = e
		k2, c2, _, ok := sep(s, k)
		if ok && c2 == '/' {
			if e := partEnd(s, k2); e > k2 && upperPart(s[k2:e]) {
				b = append(b, '/')
				b = append(b, canonCode(s[k2:e])...)
				sym.parts++
				k = e
				for sym.parts < 8 {
					k3, c3, _, ok := sep(s, k)
					if !ok || c3 != '-' {
						break
					}
					e := partEnd(s, k3)
					if e == k3 || !upperPart(s[k3:e]) {
						break
					}
					b = append(b, '-')
					b = append(b, canonCode(s[k3:e])...)
					sym.parts++
					k = e
				}
			}
		}
		if sym.parts == 1 {
			sym.weak = true
		}
	}
	sym.end = k
	if string(b) == s[i:k] {
		sym.number = s[i:k]
	} else {
		sym.number = string(b)
	}
	return sym, true
}

// maxBlankNumber bounds the blank left for a number after "số": the
// last blank, dot or underscore starts fewer bytes than this after it.
const maxBlankNumber = 80

// blankSymbol parses the symbol of a form letter's blank number after
// "số" at i: blanks, dots or underscores, then "/KH-BTNMT" or
// "/2024/NQ-HĐND". It returns the end of the symbol and its type code.
func blankSymbol(s string, i int) (end int, code string, ok bool) {
	j := i
	if j < len(s) && s[j] == ':' {
		j++
	}
	for j < len(s) && j-i < maxBlankNumber {
		if n := textscan.BlankAt(s, j); n > 0 {
			j += n
			continue
		}
		if s[j] == '.' || s[j] == '_' {
			j++
			continue
		}
		if strings.HasPrefix(s[j:], "…") {
			j += len("…")
			continue
		}
		break
	}
	if j >= len(s) || s[j] != '/' {
		return i, "", false
	}
	k := textscan.SkipBlanks(s, j+1)
	if k+4 <= len(s) && textscan.IsDigit(s[k]) && textscan.IsDigit(s[k+1]) && textscan.IsDigit(s[k+2]) && textscan.IsDigit(s[k+3]) && k+4 < len(s) && s[k+4] == '/' {
		k += 5
	}
	e := partEnd(s, k)
	if e == k {
		return i, "", false
	}
	p, isType := canonType(s[k:e])
	if !isType {
		return i, "", false
	}
	k = e
	for n := 0; n < 8; n++ {
		k2, c, _, ok := sep(s, k)
		if !ok || c != '-' {
			break
		}
		e := partEnd(s, k2)
		if e == k2 || !upperPart(s[k2:e]) {
			break
		}
		k = e
	}
	return k, p, true
}

// Normalize returns the standard spelling of a document number and
// symbol: blanks removed ("15- NQ/TU" → "15-NQ/TU", "215 /KH-UBND" →
// "215/KH-UBND"), dashes made hyphens, and known codes written in the
// wrong case given their standard spelling ("13/CT-TTG" → "13/CT-TTg",
// "12-CTR/TU" → "12-CTr/TU"). Other parts keep the case they were written
// in. A string that is not a document number is returned with only its
// blanks removed and dashes replaced.
func Normalize(number string) string {
	var b strings.Builder
	b.Grow(len(number))
	start := 0
	flush := func(end int) {
		if start < end {
			b.WriteString(canonCode(number[start:end]))
		}
	}
	for i := 0; i < len(number); {
		c := number[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			flush(i)
			i++
			start = i
			continue
		}
		if n, sc := sepAt(number, i); n > 0 {
			flush(i)
			b.WriteByte(sc)
			i += n
			start = i
			continue
		}
		if strings.HasPrefix(number[i:], "\u00a0") {
			flush(i)
			i += 2
			start = i
			continue
		}
		_, n := utf8.DecodeRuneInString(number[i:])
		i += n
	}
	flush(len(number))
	return b.String()
}
