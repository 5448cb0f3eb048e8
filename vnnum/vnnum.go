package vnnum

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
)

// ParseDigits parses s, a numeral written with digits and Vietnamese
// separators such as "55.000", "3,5", "1.573,1" or "06", and reports
// whether all of s is such a numeral. It accepts no sign, no spaces and no
// scale word; see [Scan] for those.
func ParseDigits(s string) (float64, bool) {
	v, n, ok := ScanDigits(s)
	if !ok || n != len(s) {
		return 0, false
	}
	return v, true
}

// ScanDigits reads the numeral written with digits at the start of s and
// returns its value and length in bytes. The numeral runs over digits and
// over "." and "," separators that are followed by a digit; the package
// documentation gives the rules that tell thousands from decimals.
//
// When s does not start with an ASCII digit, ScanDigits returns 0, 0,
// false. When the run of digits and separators is not a well-formed
// numeral (such as "2.1.3"), it returns false with n set to the length of
// the run, so that a caller can skip it whole.
func ScanDigits(s string) (v float64, n int, ok bool) {
	if s == "" || !isDigit(s[0]) {
		return 0, 0, false
	}
	// Find the end of the run and count the separators.
	var dots, commas int
	var last byte
	end := 0
	for end < len(s) {
		c := s[end]
		if isDigit(c) {
			end++
			continue
		}
		if (c == '.' || c == ',') && end+1 < len(s) && isDigit(s[end+1]) {
			if c == '.' {
				dots++
			} else {
				commas++
			}
			last = c
			end++
			continue
		}
		break
	}
	run := s[:end]
	var dec byte // the decimal separator, 0 if none
	switch {
	case dots == 0 && commas == 0:
	case commas == 0 && dots == 1:
		if !groupsThousands(run, '.') || run[0] == '0' {
			dec = '.'
		}
	case dots == 0 && commas == 1:
		dec = ','
	case commas == 0 || dots == 0:
		// Several separators of one kind: thousands only.
		if !groupsThousands(run, last) {
			return 0, end, false
		}
	default:
		// Both kinds: the last separator is the decimal one, and it
		// occurs once.
		if (last == ',' && commas != 1) || (last == '.' && dots != 1) {
			return 0, end, false
		}
		i := strings.LastIndexByte(run, last)
		if !groupsThousands(run[:i], otherSep(last)) {
			return 0, end, false
		}
		dec = last
	}
	v, ok = value(run, dec)
	return v, end, ok
}

func otherSep(c byte) byte {
	if c == '.' {
		return ','
	}
	return '.'
}

// groupsThousands reports whether run, made of digits and sep, is a
// first group of one to three digits followed by groups of exactly three.
// A run without sep is not grouped.
func groupsThousands(run string, sep byte) bool {
	first := strings.IndexByte(run, sep)
	if first < 1 || first > 3 {
		return false
	}
	g := 0
	for i := first + 1; i < len(run); i++ {
		c := run[i]
		if c == sep {
			if g != 3 {
				return false
			}
			g = 0
			continue
		}
		if !isDigit(c) {
			return false
		}
		g++
	}
	return g == 3
}

// pow10 holds the exact powers of ten a float64 can represent.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// value computes the value of run, whose decimal separator is dec (0 for
// none); every other separator groups thousands.
func value(run string, dec byte) (float64, bool) {
	var m uint64
	digits, frac := 0, 0
	inFrac := false
	for i := 0; i < len(run); i++ {
		c := run[i]
		if c == dec {
			inFrac = true
			continue
		}
		if !isDigit(c) {
			continue
		}
		if m == 0 && c == '0' && !inFrac {
			continue // leading zero
		}
		if digits < 19 {
			m = m*10 + uint64(c-'0')
		}
		digits++
		if inFrac {
			frac++
		}
	}
	// Exact fast path: an integer mantissa below 2^53 divided by an exact
	// power of ten rounds correctly.
	if digits <= 15 && frac < len(pow10) {
		if frac == 0 {
			return float64(m), true // no division: a whole number is most numerals
		}
		return float64(m) / pow10[frac], true
	}
	var b strings.Builder
	b.Grow(len(run))
	for i := 0; i < len(run); i++ {
		c := run[i]
		switch {
		case c == dec:
			b.WriteByte('.')
		case isDigit(c):
			b.WriteByte(c)
		}
	}
	f, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// Scale returns the multiplier of a scale word: 1e3 for "nghìn" and
// "ngàn", 1e4 for "vạn", 1e6 for "triệu", 1e9 for "tỷ" and "tỉ". The
// match ignores case; any other word gives 0, false.
func Scale(word string) (float64, bool) {
	k, v := classify(word)
	if k != kScale {
		return 0, false
	}
	return v, true
}

// ScanScale reads the scale words at the start of s, after optional white
// space, and returns the product of their multipliers and the bytes read.
// Several scale words combine only in increasing order, as in "nghìn tỷ"
// (1e12). It returns 1, 0, false when s does not start with a scale word.
func ScanScale(s string) (mult float64, n int, ok bool) {
	mult = 1
	last := 0.0
	for {
		// Scale words start with n, v or t, which only N, V and T
		// lower-case to.
		if i := skipSpace(s, n); i == len(s) || !strings.ContainsRune("nNvVtT", rune(s[i])) {
			break
		}
		ws, we := nextWord(s, n)
		if ws < 0 {
			break
		}
		k, v := classify(s[ws:we])
		if k != kScale || v <= last {
			break
		}
		mult *= v
		last = v
		n = we
		ok = true
	}
	return mult, n, ok
}

// Mul returns v × mult as the exact decimal product would round, so
// that a decimal numeral times a scale word gives the expected value:
// Mul(16.24, 1e6) is 16240000, where 16.24 * 1e6 is 16239999.999999998.
// It gives the plain product when v has more than fifteen significant
// digits or mult is not a whole number.
func Mul(v, mult float64) float64 {
	if mult < 1 || mult != math.Trunc(mult) || math.IsInf(v, 0) || math.IsNaN(v) {
		return v * mult
	}
	for k := 0; k < 16; k++ {
		x := v * pow10[k]
		if math.Abs(x) >= 1<<53 {
			break
		}
		rx := math.Round(x)
		if math.Abs(x-rx) > 1e-9*math.Max(1, math.Abs(x)) {
			continue
		}
		switch {
		case k == 0:
			return rx * mult
		case mult >= pow10[k] && math.Mod(mult, pow10[k]) == 0:
			return rx * (mult / pow10[k])
		default:
			return rx * mult / pow10[k]
		}
	}
	return v * mult
}

// Scan reads the number at the start of s: a numeral in digits
// ([ScanDigits]) followed by optional scale words, as in "3,5 triệu" or
// "2 tỷ 300 triệu", or a number in words ([ScanWords]). It returns the
// value with the scale applied and the bytes read; trailing spaces are not
// read. When s starts with neither, Scan returns 0, 0, false; when it
// starts with digits that do not form a numeral, n is the length of the
// run, as for ScanDigits.
func Scan(s string) (v float64, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	if !isDigit(s[0]) {
		return ScanWords(s)
	}
	v, n, ok = ScanDigits(s)
	if !ok {
		return 0, n, false
	}
	mult, k, has := ScanScale(s[n:])
	if !has {
		return v, n, true
	}
	total := Mul(v, mult)
	n += k
	maxScale := mult
	if h := half(s, n); h > 0 {
		return total + mult/2, h, true
	}
	// Further groups with smaller scales: "2 tỷ 300 triệu".
	for {
		i := skipSpace(s, n)
		if i == n || i >= len(s) || !isDigit(s[i]) {
			break
		}
		g, gn, gok := ScanDigits(s[i:])
		if !gok {
			break
		}
		m, k, has := ScanScale(s[i+gn:])
		if !has || m >= maxScale {
			break
		}
		total += Mul(g, m)
		n = i + gn + k
		maxScale = m
	}
	return total, n, true
}

// ScanWords reads the number written in words at the start of s, such as
// "mười lăm", "hai mươi mốt", "một trăm" or "ba triệu", and returns its
// value and the bytes read; trailing spaces are not read. It returns 0, 0,
// false when s does not start with a number word, or starts with "năm"
// used as "year" (see the package documentation).
func ScanWords(s string) (v float64, n int, ok bool) {
	var total float64
	maxScale := 1.0
	end := 0
	first := true
	for {
		g, j, lone, gok := group(s, end)
		if !gok {
			break
		}
		mult, k, has := ScanScale(s[j:])
		if !has {
			if lone.ok && (!first || !lone.alone(s, j)) {
				// "hai nghìn năm" (two thousand years), "năm 2024".
				break
			}
			total += g
			end = j
			first = false
			break
		}
		if mult > maxScale {
			total = (total + g) * mult
			maxScale = mult
		} else {
			total += g * mult
		}
		end = j + k
		first = false
		if h := half(s, end); h > 0 {
			total += mult / 2
			end = h
			break
		}
	}
	if first {
		return 0, 0, false
	}
	return total, end, true
}

// loneDigit describes a group made of a single digit word.
type loneDigit struct {
	ok   bool
	five bool // the word is "năm"
}

// alone reports whether the lone digit may stand as a whole number when
// the text goes on at j: any digit but "năm", which needs "phần trăm".
func (d loneDigit) alone(s string, j int) bool {
	if !d.five {
		return true
	}
	ws, we := nextWord(s, j)
	if ws < 0 || !strings.EqualFold(s[ws:we], "phần") {
		return false
	}
	ws, we = nextWord(s, we)
	return ws >= 0 && strings.EqualFold(s[ws:we], "trăm")
}

// group reads a number below one thousand at the word after offset i:
// "hai", "mười lăm", "hai mươi mốt", "một trăm linh năm", "không trăm".
// lone is set when the group is a single digit word.
func group(s string, i int) (v float64, end int, lone loneDigit, ok bool) {
	ws, we := nextWord(s, i)
	if ws < 0 {
		return 0, 0, lone, false
	}
	k, d := classify(s[ws:we])
	switch k {
	case kTen:
		v, end = 10, we
		if u, ue, ok := unitAfter(s, end, true); ok {
			v += u
			end = ue
		}
		return v, end, lone, true
	case kDigit:
	default:
		return 0, 0, lone, false
	}
	ws1, we1 := nextWord(s, we)
	k1 := kOther
	if ws1 >= 0 {
		k1, _ = classify(s[ws1:we1])
	}
	switch k1 {
	case kHundred:
		v, end = d*100, we1
		v, end = hundredTail(s, v, end)
		return v, end, lone, true
	case kTens:
		if d == 0 {
			return 0, 0, lone, false
		}
		v, end = d*10, we1
		if u, ue, ok := unitAfter(s, end, false); ok {
			v += u
			end = ue
		}
		return v, end, lone, true
	}
	if d == 0 {
		return 0, 0, lone, false
	}
	lone = loneDigit{ok: true, five: d == 5}
	return d, we, lone, true
}

// hundredTail reads what may follow "trăm": "linh năm", "mười hai",
// "ba mươi mốt".
func hundredTail(s string, v float64, end int) (float64, int) {
	ws, we := nextWord(s, end)
	if ws < 0 {
		return v, end
	}
	k, d := classify(s[ws:we])
	switch k {
	case kOdd:
		ws2, we2 := nextWord(s, we)
		if ws2 < 0 {
			return v, end
		}
		k2, d2 := classify(s[ws2:we2])
		if (k2 == kDigit && d2 > 0) || (k2 == kAlt && d2 == 4) {
			return v + d2, we2 // "linh năm", "lẻ tư"
		}
	case kTen:
		v += 10
		end = we
		if u, ue, ok := unitAfter(s, end, true); ok {
			v += u
			end = ue
		}
	case kDigit:
		if d == 0 {
			return v, end
		}
		ws2, we2 := nextWord(s, we)
		if ws2 < 0 {
			return v, end
		}
		if k2, _ := classify(s[ws2:we2]); k2 == kTens {
			v += d * 10
			end = we2
			if u, ue, ok := unitAfter(s, end, false); ok {
				v += u
				end = ue
			}
		}
	}
	return v, end
}

// unitAfter reads the units digit after "mười" (ten is true) or "mươi".
// Five is "lăm" or "nhăm" there, never "năm"; "mốt" (one) follows only
// "mươi".
func unitAfter(s string, i int, ten bool) (float64, int, bool) {
	ws, we := nextWord(s, i)
	if ws < 0 {
		return 0, 0, false
	}
	w := s[ws:we]
	k, d := classify(w)
	switch k {
	case kDigit:
		if d == 0 || d == 5 {
			return 0, 0, false
		}
		return d, we, true
	case kAlt:
		if ten && d == 1 {
			return 0, 0, false
		}
		return d, we, true
	}
	return 0, 0, false
}

// half returns the end of a "rưỡi" right after offset i, or 0.
func half(s string, i int) int {
	ws, we := nextWord(s, i)
	if ws < 0 {
		return 0
	}
	if k, _ := classify(s[ws:we]); k == kHalf {
		return we
	}
	return 0
}

type kind uint8

const (
	kOther   kind = iota
	kDigit        // không, một ... chín
	kAlt          // mốt, tư, lăm, nhăm: units after mươi/mười/linh
	kTen          // mười
	kTens         // mươi, chục
	kHundred      // trăm
	kOdd          // linh, lẻ
	kScale        // nghìn, ngàn, vạn, triệu, tỷ, tỉ
	kHalf         // rưỡi
)

// classify returns the kind and value of a number word.
func classify(w string) (kind, float64) {
	if len(w) < 2 || len(w) > 8 {
		return kOther, 0
	}
	var buf [4 * 8]byte
	switch string(textscan.AppendLower(buf[:0], w)) {
	case "không":
		return kDigit, 0
	case "một":
		return kDigit, 1
	case "hai":
		return kDigit, 2
	case "ba":
		return kDigit, 3
	case "bốn":
		return kDigit, 4
	case "năm":
		return kDigit, 5
	case "sáu":
		return kDigit, 6
	case "bảy", "bẩy":
		return kDigit, 7
	case "tám":
		return kDigit, 8
	case "chín":
		return kDigit, 9
	case "mốt":
		return kAlt, 1
	case "tư":
		return kAlt, 4
	case "lăm", "nhăm":
		return kAlt, 5
	case "mười":
		return kTen, 10
	case "mươi", "chục":
		return kTens, 10
	case "trăm":
		return kHundred, 100
	case "linh", "lẻ":
		return kOdd, 0
	case "nghìn", "ngàn":
		return kScale, 1e3
	case "vạn":
		return kScale, 1e4
	case "triệu":
		return kScale, 1e6
	case "tỷ", "tỉ":
		return kScale, 1e9
	case "rưỡi":
		return kHalf, 0
	}
	return kOther, 0
}

// nextWord skips white space from offset i and returns the bounds of the
// word that follows, or -1, -1 when a non-letter comes first.
func nextWord(s string, i int) (start, end int) {
	i = skipSpace(s, i)
	j := i
	for j < len(s) {
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if !textscan.IsLetterRune(r) {
			break
		}
		j += size
	}
	if j == i {
		return -1, -1
	}
	return i, j
}

// skipSpace returns the offset of the first byte at or after i that is not
// white space (space, tab, line break or no-break space).
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
