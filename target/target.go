package target

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/vnnum"
)

// Match is a numeric commitment found in a text by [Find]. It is plain
// data; its strings point into the text given to Find.
type Match struct {
	// Start and End are the byte offsets of the phrase in the text given
	// to Find; End is exclusive. Both fall on rune boundaries.
	Start, End int
	// Target describes the commitment. Target.Text is text[Start:End]
	// and Target.Span is left zero for the caller to fill.
	Target model.Target
}

// Find returns the numeric commitments of text, in order, without
// overlaps. text is usually one paragraph, item or table row; Find reads
// it once from start to end, looking only a bounded distance around each
// number, so its cost is linear in len(text), and a text without digits
// and without number words costs one quick pass. It never panics, and is
// safe for concurrent use. The returned slice is nil when nothing is
// found; its Text shares memory with text, and so does Unit unless it is
// implied ("đồng" after "tỷ") or written across a line break.
func Find(text string) []Match {
	f := finder{text: text}
	f.run()
	return f.out
}

// FindIndicators is like [Find] for a text that a heading or a column of
// targets governs as a whole, such as the items under "MỤC TIÊU, CHỈ
// TIÊU" or "Các chỉ tiêu chủ yếu": there, a metric and a number with its
// unit state a target with no verb ("Diện tích gieo trồng 230.000 ha;
// năng suất bình quân 71,5 tạ/ha", "đàn bò 95.000 con"). Besides what
// Find returns, it returns these; years, dates, document numbers,
// ordinals, names, times, sums that a plan spends ("kinh phí 2,5 tỷ
// đồng") and counts of the plan's own parts are no more targets than in
// Find. Call it only for such text: the background or results of a plan
// ("Căn cứ kết quả ...: diện tích 228.500 ha") state numbers that way too.
func FindIndicators(text string) []Match {
	f := finder{text: text, lenient: true}
	f.run()
	return f.out
}

// finder holds the state of one pass of Find over a text.
type finder struct {
	text    string
	out     []Match
	cmpOnly []bool // whether out[i] rests on a comparator alone; false past its end
	lastEnd int    // end of the last match
	prevEnd int    // end of the match before the last
	objEnd  int    // end of the metric read after the last match
	ordEnd  int    // end of the last number read as an ordinal
	inQuote bool
	lenient bool // FindIndicators: "metric number unit" needs no verb
}

// run scans the text for numerals and numbers in words, and keeps track
// of quotations, whose numbers are no targets. It stops only at the bytes
// where something happens ([nextStop]), and passes over the rest, which
// is most of the text, in a tight loop.
func (f *finder) run() {
	t := f.text
	for i := 0; i < len(t); {
		if i = nextStop(t, i); i >= len(t) {
			break
		}
		switch c := t[i]; {
		case isDigit(c):
			i = f.digits(i)
		case c == '"':
			f.inQuote = straightQuoteOpens(t, i, f.inQuote)
			i++
		case c == '\n':
			f.inQuote = false
			i++
		case c == 0xE2:
			f.inQuote = t[i+2] == 0x9C // “ opens, ” closes
			i++
		case c == 0xC2:
			f.inQuote = t[i+1] == 0xAB // « opens, » closes
			i++
		default:
			i = f.word(i)
		}
	}
}

// stopAt reports whether run has something to do at offset i: a digit,
// a straight quotation mark, a line break, one of “ ” « », or a number
// word ([mayStartNumberWord], [wordStart], [numberWord]). A word that is
// no number word holds nothing to do either (no word starts inside it,
// and it holds no digit, quotation mark or line break), so run passes
// over it as over the rest of the text.
func stopAt(t string, i int) bool {
	switch c := t[i]; {
	case isDigit(c), c == '"', c == '\n':
		return true
	case c == 0xE2:
		return i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9C || t[i+2] == 0x9D)
	case c == 0xC2:
		return i+1 < len(t) && (t[i+1] == 0xAB || t[i+1] == 0xBB)
	}
	if !mayStartNumberWord(t, i) || !wordStart(t, i) {
		return false
	}
	_, ok := numberWord(t, i)
	return ok
}

// nextStop returns the first offset from i on at which run has something
// to do ([stopAt]), or len(t). It looks up the pairs of bytes at sixteen
// offsets at a time in the table stopPairs, and calls stopAt only where
// the table tells that run may stop.
func nextStop(t string, i int) int {
	start := i
	for ; i+17 <= len(t); i += 16 {
		x, z := swar.Load(t, i), swar.Load(t, i+8)
		y := uint64(t[i+16])
		// Four bits for each offset: the entry of its pair.
		m := uint64(stopPairs[uint16(x)]) | uint64(stopPairs[uint16(x>>8)])<<4 |
			uint64(stopPairs[uint16(x>>16)])<<8 | uint64(stopPairs[uint16(x>>24)])<<12 |
			uint64(stopPairs[uint16(x>>32)])<<16 | uint64(stopPairs[uint16(x>>40)])<<20 |
			uint64(stopPairs[uint16(x>>48)])<<24 | uint64(stopPairs[uint16(x>>56|z<<8)])<<28 |
			uint64(stopPairs[uint16(z)])<<32 | uint64(stopPairs[uint16(z>>8)])<<36 |
			uint64(stopPairs[uint16(z>>16)])<<40 | uint64(stopPairs[uint16(z>>24)])<<44 |
			uint64(stopPairs[uint16(z>>32)])<<48 | uint64(stopPairs[uint16(z>>40)])<<52 |
			uint64(stopPairs[uint16(z>>48)])<<56 | uint64(stopPairs[uint16(z>>56|y<<8)])<<60
		for m != 0 {
			shift := bits.TrailingZeros64(m) &^ 3
			e := uint8(m >> shift & 15)
			m &^= 15 << shift
			if k := i + shift/4 - stopBack(e); k >= start && stopAt(t, k) {
				return k
			}
		}
	}
	for ; i < len(t); i++ {
		if i+1 == len(t) {
			if stopAt(t, i) {
				return i
			}
		} else if e := stopPairs[pairAt(t, i)]; e != 0 {
			if k := i - stopBack(e); k >= start && stopAt(t, k) {
				return k
			}
		}
	}
	return len(t)
}

// pairAt returns the bytes t[i] and t[i+1] as the index of stopPairs.
func pairAt(t string, i int) uint16 { return uint16(t[i]) | uint16(t[i+1])<<8 }

// stopBack returns how many bytes before its pair of bytes the stop that
// the entry e of stopPairs tells is.
func stopBack(e uint8) int { return int(e) - 1 }

// stopPairs is the table of nextStop, indexed by two bytes a and b as
// a | b<<8: 0 where run has nothing to do at a followed by b, else 1 plus
// how many bytes before a run may have something to do, a first test
// that [stopAt] refines. Each number word has a pair of its own, the
// rarest of its first bytes in either case, which lies inside the word,
// so that the stops come in the order of their pairs.
var stopPairs = func() (table [1 << 16]uint8) {
	const anyByte = ""
	rules := []struct {
		firsts, seconds string
		back            uint8
	}{
		{"0123456789\"\n", anyByte, 0},
		{"\xE2", "\x80", 0},           // “ ” (E2 80 9C, E2 80 9D)
		{"\xC2", "\xAB\xBB", 0},       // « »
		{"mM", "\xC6", 0},             // mười (ư, Ư: C6 B0, C6 AF)
		{"\x99\x98", "tT", 3},         // một (ộ, Ộ: E1 BB 99, E1 BB 98)
		{"hH", "aA", 0},               // hai
		{"bB", "aA", 0},               // ba
		{"\x91\x90", "nN", 3},         // bốn (ố, Ố: E1 BB 91, E1 BB 90)
		{"\xA3\xA2\xA9\xA8", "yY", 3}, // bảy, bẩy (ả, Ả, ẩ, Ẩ: E1 BA A3, A2, A9, A8)
		{"\x83\x82", "mM", 2},         // năm (ă, Ă: C4 83, C4 82)
		{"\xA1\x81", "uUmM", 2},       // sáu, tám (á, Á: C3 A1, C3 81)
		{"\xAD\x8D", "nN", 3},         // chín (í, Í: C3 AD, C3 8D)
	}
	for _, r := range rules {
		for _, a := range []byte(r.firsts) {
			for b := 0; b < 256; b++ {
				if r.seconds != anyByte && strings.IndexByte(r.seconds, byte(b)) < 0 {
					continue
				}
				if e := &table[int(a)|b<<8]; *e == 0 {
					*e = 1 + r.back
				} else if *e != 1+r.back {
					panic("target: two stops for one pair of bytes")
				}
			}
		}
	}
	return table
}()

// straightQuoteOpens tells whether the '"' at i opens a quotation: it
// does after a space or bracket and before a word, it closes after a
// word, and it toggles the state otherwise.
func straightQuoteOpens(t string, i int, open bool) bool {
	before, _ := runeBefore(t, i)
	after, _ := runeAt(t, i+1)
	spaceBefore := before == -1 || isSpace(before) || before == '(' || before == '['
	spaceAfter := after == -1 || isSpace(after) || after == ',' || after == '.' || after == ';' || after == ')'
	switch {
	case spaceBefore && !spaceAfter:
		return true
	case !spaceBefore:
		return false
	}
	return !open
}

// isWordByte reports whether c may be part of a Vietnamese word: an ASCII
// letter or a byte of a multi-byte letter. The lead bytes 0xE2 (“ ” – …
// ≥) and 0xC2 (no-break space, « ») start no letter.
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes is the table of isWordByte.
var wordBytes = func() (a [256]bool) {
	for c := 0; c < 256; c++ {
		a[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 && c != 0xE2 && c != 0xC2
	}
	return a
}()

// numberWord returns the end of the word at i and reports whether the
// word may start a number in words ("một", "hai", ..., "mười"), without
// decoding runes or allocating.
func numberWord(t string, i int) (int, bool) {
	j := i
	for j < len(t) && isWordByte(t[j]) {
		j++
		if j-i > len("mười") {
			for j < len(t) && isWordByte(t[j]) {
				j++
			}
			return j, false
		}
	}
	return j, isNumberWord(t[i:j])
}

// mayStartNumberWord reports whether the word at i, which starts with an
// ASCII letter, may be a number word ([isNumberWord]) by its first
// letters, in either case: "mộ", "mư", "hai", "ba" alone, "bố", "bả",
// "bẩ", "nă", "sá", "tá" or "chí". It rejects most words without reading
// them. The upper and lower case of ộ (E1 BB 99), ố (E1 BB 91), ả
// (E1 BA A3), ẩ (E1 BA A9) and ă (C4 83) differ in the lowest bit of their
// last byte.
func mayStartNumberWord(t string, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	rest := t[i+1:]
	switch t[i] | 0x20 {
	case 'm':
		return len(rest) >= 3 && rest[0] == 0xE1 && rest[1] == 0xBB && rest[2]|1 == 0x99 || // một
			len(rest) >= 2 && rest[0] == 0xC6 && (rest[1] == 0xB0 || rest[1] == 0xAF) // mười
	case 'h':
		return len(rest) >= 2 && rest[0]|0x20 == 'a' && rest[1]|0x20 == 'i' // hai
	case 'b':
		return rest[0]|0x20 == 'a' && (len(rest) == 1 || !isWordByte(rest[1])) || // ba
			len(rest) >= 3 && rest[0] == 0xE1 && (rest[1] == 0xBB && rest[2]|1 == 0x91 || // bốn
				rest[1] == 0xBA && (rest[2]|1 == 0xA3 || rest[2]|1 == 0xA9)) // bảy, bẩy
	case 'n':
		return len(rest) >= 2 && rest[0] == 0xC4 && rest[1]|1 == 0x83 // năm
	case 's', 't':
		return len(rest) >= 2 && rest[0] == 0xC3 && (rest[1] == 0xA1 || rest[1] == 0x81) // sáu, tám
	case 'c':
		return len(rest) >= 3 && rest[0]|0x20 == 'h' && rest[1] == 0xC3 && (rest[2] == 0xAD || rest[2] == 0x8D) // chín
	}
	return false
}

// numberWords are the words that may start a number in words.
var numberWords = [...]string{"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười"}

// isNumberWord reports whether w, in any case, is one of numberWords.
func isNumberWord(w string) bool {
	switch w {
	case "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười":
		return true
	}
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lc, rest := w[0]+'a'-'A', w[1:]
	for _, n := range numberWords {
		if len(n) == len(w) && n[0] == lc && n[1:] == rest {
			return true // "Một"
		}
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return false
	}
	for _, n := range numberWords {
		if strings.EqualFold(w, n) {
			return true // "MỘT"
		}
	}
	return false
}

// wordStart reports whether an ASCII letter at i starts a word.
func wordStart(t string, i int) bool {
	if i == 0 {
		return true
	}
	c := t[i-1]
	if c < 0x80 {
		return !isDigit(c) && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
	}
	// After a multi-byte character: a word starts after punctuation or a
	// no-break space (lead byte 0xE2 or 0xC2), not after a letter.
	k := i - 1
	for k > 0 && k > i-4 && t[k]&0xC0 == 0x80 {
		k--
	}
	return t[k] == 0xE2 || t[k] == 0xC2
}

// skipRun returns the end of the code-like run at i: letters, digits and
// the characters that join them in dates, numbers and symbols.
func skipRun(t string, i int) int {
	for i < len(t) {
		r, size := runeAt(t, i)
		if isAlnum(r) || r == '.' || r == ',' || r == '/' || r == ':' || r == '-' || r == '_' {
			i += size
			continue
		}
		break
	}
	return i
}

// atLineStart reports whether only white space and Markdown marks stand
// between the start of the line and offset i.
func atLineStart(t string, i int) bool {
	for i > 0 {
		c := t[i-1]
		switch c {
		case '\n':
			return true
		case ' ', '\t', '#', '*', '|', '>', '(':
			i--
		default:
			return false
		}
	}
	return true
}

// labelStart reports whether offset i starts a line that may hold a list
// label: the first line, or one after a line that ends a sentence or
// clause. A hard-wrapped line that goes on with "95." is no label.
func labelStart(t string, i int) bool {
	if !atLineStart(t, i) {
		return false
	}
	j := strings.LastIndexByte(t[:i], '\n')
	if j < 0 {
		return true
	}
	for j > 0 {
		r, size := runeBefore(t, j)
		if !isSpace(r) {
			switch r {
			case '.', ':', ';', '!', '?', '|', ')':
				return true
			}
			return false
		}
		j -= size
	}
	return true
}

// upperNext reports whether the first letter after offset i, past white
// space, is upper case: "1. Mục tiêu" is a label even after a heading
// line with no full stop.
func upperNext(t string, i int) bool {
	j, _ := skipSpace(t, i)
	r, _ := runeAt(t, j)
	return unicode.IsUpper(r)
}

// word handles a word at i that may start a number written in words.
func (f *finder) word(i int) int {
	t := f.text
	end, ok := numberWord(t, i)
	if !ok || f.inQuote {
		return end
	}
	if yearAfterNam(t, i, end) {
		return end // vnnum.ScanWords reads no number in "năm 2024"
	}
	// A number in words counts only right after a governing word, so
	// look at that first: it is cheaper than reading the number.
	switch pt := prevTok(t, i, f.lastEnd); pt.kind {
	case tokSym:
	case tokWord:
		if !lowerIn(phraseWords, t[pt.start:pt.end]) {
			return end
		}
	default:
		return end
	}
	v, n, ok := vnnum.ScanWords(t[i:])
	if !ok {
		return end
	}
	if n == end-i && lowerIs(t[i:end], "một") {
		if nt := nextTok(t, end); nt.kind == tokWord && lowerIn(excludedAfterOne, t[nt.start:nt.end]) {
			return end
		}
	}
	q := quantity{start: i, end: i + n, v: v, words: true}
	return f.candidate(&q)
}

// yearAfterNam reports whether the word t[i:end] is "năm", in any case,
// and a numeral follows it after spaces, as in "năm 2024": "năm" then
// means "year".
func yearAfterNam(t string, i, end int) bool {
	j := end
	for j < len(t) && t[j] == ' ' {
		j++
	}
	return j < len(t) && isDigit(t[j]) && lowerIs(t[i:end], "năm")
}

// digits handles the numeral at i.
func (f *finder) digits(i int) int {
	t := f.text
	if f.inQuote {
		if q, ok := f.quoted(i); ok {
			return f.candidate(&q)
		}
		return skipRun(t, i)
	}
	switch r, size := runeBefore(t, i); {
	case isLetter(r), r == '/', r == '.', r == ',', r == ':', r == '#', r == '_', r == '[', r == '^', r == '№', r == '\\':
		// "Chính phủ3", "CO2", "III/2024", "[1]".
		return skipRun(t, i)
	case r == '-':
		if p, _ := runeBefore(t, i-size); isAlnum(p) {
			return skipRun(t, i)
		}
	}
	if q, ok := f.fraction(i); ok {
		return f.candidate(&q)
	}
	if e := numeralEnd(t, i); e < len(t) && codeGlue(t[e]) {
		// A date or a code, "05/01/2024", "9001:2015": readNumeral
		// would refuse it, so do not read its value.
		return skipRun(t, i)
	}
	var q quantity
	if !readNumeral(t, i, &q) {
		return skipRun(t, i)
	}
	if r, _ := runeAt(t, q.end); r == ')' || r == '.' {
		// Labels: "1.", "2)", "(3)".
		if p, _ := runeBefore(t, i); p == '(' || atLineStart(t, i) {
			n, _ := runeAt(t, q.end+1)
			if r == ')' || (n == -1 || isSpace(n)) && (labelStart(t, i) || upperNext(t, q.end+1)) {
				return q.end + 1
			}
		}
	}
	if q.year && q.end < len(t) && endsYear(t[q.end]) {
		return q.end // "năm 2024,": no scale word or range follows
	}
	return f.candidate(&q)
}

// fraction reads the fraction at i, such as "1/3" or "2/3", as a share
// in percent: "khoảng 1/3 cấp ủy viên", "2/3 số xã" (33.3333% and
// 66.6667%, rounded to four decimals). It has one digit over a
// denominator from 2 to 10, is smaller than one, and the noun it counts
// follows; a date ("ngày 1/3", "từ 1/3 đến 15/3"), a scale ("1/2.000")
// and a code are none.
func (f *finder) fraction(i int) (quantity, bool) {
	t := f.text
	if i+3 > len(t) || t[i+1] != '/' || !isDigit(t[i+2]) {
		return quantity{}, false
	}
	num, den, e := int(t[i]-'0'), int(t[i+2]-'0'), i+3
	if e < len(t) && t[e] == '0' && den == 1 {
		den, e = 10, e+1
	}
	if num < 1 || den < 2 || num >= den || e+1 >= len(t) || t[e] != ' ' {
		return quantity{}, false
	}
	nt := nextTok(t, e)
	if nt.kind != tokWord || nt.start != e+1 || isUpperStart(t[nt.start:nt.end]) {
		return quantity{}, false
	}
	var b wordBuf
	if w := b.lowered(t[nt.start:nt.end]); stopWords.has(w) || timeWords.has(w) {
		return quantity{}, false // "từ 1/3 đến 15/3", "1/3 năm"
	}
	if pt := prevTok(t, i, 0); pt.kind == tokWord {
		w := b.lowered(t[pt.start:pt.end])
		if deadlineWords.has(w) && string(w) != "từ" || timeWords.has(w) || ordinalBefore.has(w) {
			return quantity{}, false // "ngày 1/3", "trước 1/3"; not "từ 1/3 số xã trở lên"
		}
	}
	v := math.Round(float64(num)/float64(den)*1e6) / 1e4
	return quantity{start: i, end: e, v: v, pct: true, frac: true}, true
}

// fractionSuffix takes "trở lên" or "trở xuống" out of obj, the noun
// phrase after a fraction, and makes tg's comparator ge or le: the suffix
// comes after the noun that a fraction counts ("1/3 cấp ủy viên trở
// lên", "từ 1/3 số xã trở lên đạt chuẩn"), where a percentage has it
// right after its sign.
func fractionSuffix(obj string, tg *model.Target) string {
	for _, sf := range [...]struct{ w, cmp string }{{" trở lên", model.CompareGe}, {" trở xuống", model.CompareLe}} {
		if before, after, ok := strings.Cut(obj, sf.w); ok && before != "" {
			tg.Comparator = sf.cmp
			return before + after
		}
	}
	return obj
}

// quoted reads the numeral at i when quotation marks enclose it alone,
// as in "phát thải ròng bằng “0”": the marks stress a number, they do not
// quote a slogan ("“4 không 1 có”"). The quantity spans the marks, and
// the quotation is closed.
func (f *finder) quoted(i int) (quantity, bool) {
	t := f.text
	var open int
	switch {
	case i >= 1 && t[i-1] == '"':
		open = i - 1
	case i >= 3 && t[i-3:i] == "“":
		open = i - 3
	case i >= 2 && t[i-2:i] == "«":
		open = i - 2
	default:
		return quantity{}, false
	}
	e := numeralEnd(t, i)
	var closeLen int
	switch {
	case strings.HasPrefix(t[e:], "\""):
		closeLen = 1
	case strings.HasPrefix(t[e:], "”"):
		closeLen = 3
	case strings.HasPrefix(t[e:], "»"):
		closeLen = 2
	default:
		return quantity{}, false
	}
	var q quantity
	if !readNumeral(t, i, &q) {
		return quantity{}, false
	}
	f.inQuote = false
	q.start, q.end = open, e+closeLen
	return q, true
}

// endsYear reports whether c, right after a year, leaves it a year
// alone: punctuation that neither readScale nor readRange reads past.
func endsYear(c byte) bool {
	switch c {
	case ',', ';', '.', ':', ')', ']', '!', '?', '"', '\'':
		return true
	}
	return false
}

// quantity is a number, or a range of numbers, with its unit.
type quantity struct {
	start, end int     // the numerals and scale words, without the unit
	v          float64 // the value, scale applied
	scale      float64 // the scale word's multiplier, 0 if none
	lo, hi     float64 // the ends of a range
	isRange    bool
	year       bool // a year such as "2024", or a range of years
	words      bool // written in words
	pct        bool // a "%" sign came inside a range: "1% - 3%", or a fraction
	frac       bool // a fraction such as "2/3", its value in percent

	unit               string
	unitStart, unitEnd int
	measure            bool   // unit is a unit of measure, not a counted noun
	suffix             string // comparator of "trở lên" (ge) or "trở xuống" (le)
	stop               int    // end of all that was read
}

// points reports whether the unit of q is percentage points: "điểm phần
// trăm", "điểm phần trăm/năm". Like a percentage, it is the object of a
// change verb far before ("giảm tỷ lệ hộ nghèo 1,5 điểm phần trăm/năm").
func (q *quantity) points() bool {
	const pp = "điểm phần trăm"
	return q.measure && len(q.unit) >= len(pp) && lowerIs(q.unit[:len(pp)], pp)
}

// percent reports whether the unit of q is a percentage: "%", "%/năm"
// or "phần trăm".
func (q *quantity) percent() bool {
	return q.measure && q.unit != "" && (q.unit[0] == '%' || lowerIs(q.unit, "phần trăm"))
}

// readNumeral reads the numeral in digits at i with what is glued to it
// into q, which it expects zero, and reports false for codes, dates and
// numbers fused to letters.
func readNumeral(t string, i int, q *quantity) bool {
	v, n, ok := vnnum.ScanDigits(t[i:])
	if !ok {
		return false
	}
	e := i + n
	if !gluedOK(t, e) {
		return false
	}
	q.start, q.end, q.v, q.year = i, e, v, n == 4 && v >= 1900 && v <= 2100
	return true
}

// numeralEnd returns the end of the numeral in digits at i, as
// [vnnum.ScanDigits] reads it: digits, with a "." or "," between two
// digits.
func numeralEnd(t string, i int) int {
	for i < len(t) {
		if c := t[i]; isDigit(c) || (c == '.' || c == ',') && i+1 < len(t) && isDigit(t[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// codeGlue reports whether c, right after a numeral, makes it part of a
// date, ratio or code rather than a quantity ([gluedOK]).
func codeGlue(c byte) bool {
	return c == '/' || c == ':' || c == '_' || c == '@' || c == '^'
}

// gluedOK reports whether what directly follows a numeral ending at e
// lets it be a quantity: not "/", ":" (dates, ratios, "9001:2015",
// "01/NQ-CP"), not a letter other than a unit ("4G", "5G"), not "-" and a
// letter ("26-NQ").
func gluedOK(t string, e int) bool {
	r, size := runeAt(t, e)
	switch {
	case r < utf8.RuneSelf && codeGlue(byte(r)):
		return false
	case r == '-' || r == '–':
		n, _ := runeAt(t, e+size)
		return !isLetter(n)
	case isLetter(r):
		return lowerIn(gluedUnits, t[e:wordEnd(t, e)])
	}
	return true
}

// candidate reads the rest of the quantity that starts at q.start,
// decides whether the text commits to it, and if so records a match. It
// returns the offset at which to go on scanning.
func (f *finder) candidate(q *quantity) int {
	t := f.text
	if !q.words && !q.frac {
		readScale(t, q)
		readRange(t, q)
	}
	if q.year {
		return q.end
	}
	// What stands right before the number.
	pt := prevTok(t, q.start, f.lastEnd)
	var pwb wordBuf
	var pw []byte // the word, lower-cased
	if pt.kind == tokWord {
		pw = pwb.lowered(t[pt.start:pt.end])
	}
	switch {
	case string(pw) == "top":
		if end, unit, ok := rankAfter(t, q.end); ok {
			return f.rank(q, pt.start, end, unit, model.CompareLe) // "Top 10 tỉnh dẫn đầu"
		}
		if readUnitWords(t, q, false); q.unit != "" && !q.measure && lowerIn(units, q.unit) {
			return f.rank(q, pt.start, q.unitEnd, q.unit, model.CompareLe) // "Top 20 tỉnh, thành phố"
		}
		return f.rank(q, pt.start, q.end, "", model.CompareLe)
	case string(pw) == "nhóm":
		if end, unit, ok := rankAfter(t, q.end); ok {
			return f.rank(q, pt.start, end, unit, model.CompareLe)
		}
		return f.ordinal(q)
	case string(pw) == "thứ":
		if vt := prevTok(t, pt.start, f.lastEnd); vt.kind == tokWord && lowerIn(rankVerbs, t[vt.start:vt.end]) {
			return f.rank(q, vt.start, q.end, "", model.CompareEq)
		}
		return f.ordinal(q)
	case ordinalBefore.has(pw) && !f.upgrade(pt) && !allKinds(t, pt) && f.skipManner(pt) == pt:
		// Not the "điểm" of "xử lý dứt điểm 15 điểm đen".
		return f.ordinal(q)
	case len(pw) > 0 && isUpperStart(t[pt.start:pt.end]) && !phraseWords.has(pw):
		return f.ordinal(q) // a name: "Festival 4 mùa", "Đề án 06"
	case programEnds.has(pw) && f.programName(pt):
		return f.ordinal(q) // "Đề án 1 triệu ha", "Chương trình 135"
	}
	if f.ordEnd > 0 && f.ordEnd <= q.start && q.start-f.ordEnd <= 12 {
		switch strings.TrimSpace(t[f.ordEnd:q.start]) {
		case "và", "hoặc", ",", "-", "–", "đến", "hay":
			return f.ordinal(q) // "mức độ 3 và 4"
		}
	}
	readUnit(t, q, true)
	readSuffix(t, q)
	if figures(t, q) {
		return q.stop // "tăng trưởng hai con số": double digits, not animals
	}

	c := f.chain(q.start, q.percent())
	if c.from && !q.isRange && q.suffix == "" {
		return q.end // "tăng từ 5% lên 7%": 5% is the baseline
	}
	if c.n == 1 && string(pw) == "trên" && q.v == 100 && !q.isRange && q.suffix == "" && q.percent() {
		c = chain{} // no share is more than the whole: "trên 100% trường học" is where
	}
	gov, sentence := c.governs, false
	if !gov && c.level {
		gov = f.verbBefore(c.first)
	}
	if !gov && c.is {
		gov = f.sentenceGoverned(c.first)
	}
	if !gov && c.n == 0 && !q.words && q.unit != "" && (clauseStart(t, pt) || string(pw) == "có") {
		gov = f.sentenceGoverned(q.start)
		sentence = gov
	}
	if !gov && c.n == 0 && !q.words && q.unit != "" && string(pw) == "có" && f.clauseAfterTarget(pt.start) && !tellsPast(t, q.stop) {
		gov, sentence = true, true // "100% xã đạt chuẩn; có 30 bác sĩ/vạn dân"
	}
	if !gov && c.n == 0 && !q.words && q.unit != "" && f.afterTrongDo(q.start) {
		gov, sentence = true, true // "đạt 9.800 tỷ đồng, trong đó thu nội địa 8.500 tỷ đồng"
	}
	list := false // the next of a list: "95% ... và 85% ..."
	if !gov && c.n == 0 && !q.words && q.unit != "" && f.listGoesOn(pt, q) {
		gov, sentence, list = true, true, true
		last := f.out[len(f.out)-1].Target
		c.change = last.Change
		if last.Comparator != model.CompareBetween {
			c.cmp = last.Comparator
		}
	}
	if !gov && c.n == 0 && !q.words && q.percent() && clauseStart(t, pt) && t[pt.start:pt.end] != "(" && percentFirst(t, q.stop) {
		gov, sentence = true, true // "- 100% cơ sở y tế ... được kết nối"
	}
	if !gov && c.n == 0 && !q.words && q.percent() && string(pw) == "có" && coOpens(t, pt) && percentFirst(t, q.stop) {
		gov, sentence = true, true // "Đến năm 2025 có 80% hộ gia đình ..."
	}
	// "hoàn thành" before an action: "hoàn thành cải tạo 03 chợ",
	// "hoàn thành bàn giao 100% mặt bằng"; before the share after an
	// action alone, which it names more fully.
	done, act := -1, ""
	if !gov && c.n == 0 && !q.words && q.unit != "" && !lowerIn(timeUnits, q.unit) {
		if ds, as, ae, ok := f.completion(q.start); ok {
			gov, sentence, done, act = true, true, ds, t[as:ae]
		}
	}
	cover := false // the share of what a task reaches: "tại 100% tổ dân phố"
	if !gov && c.n == 0 && !q.words && q.percent() && f.coverage(q, pt) {
		gov, sentence, cover = true, true, true
	}
	disb := "" // "Giải ngân 50% trước 30/6/2027": the share disbursed
	if !gov && c.n == 0 && !q.words && q.percent() && f.disbursed(q, pt) {
		gov, sentence, cover, disb = true, true, true, t[prevTok(t, pt.start, 0).start:pt.end]
	}
	task := -1 // a count right after the verb that opens a task: "Đào tạo 100 cán bộ"
	if !gov && c.n == 0 && !q.words && q.unit != "" {
		if vs, ok := f.taskCount(q, f.skipManner(pt)); ok {
			gov, sentence, task, act = true, true, vs, t[vs:pt.end]
		}
	}
	// A count of those a task is for: "tặng Bằng khen cho 30 tập thể".
	if !gov && c.n == 0 && !q.words && q.unit != "" {
		if vs, ve, ok := f.beneficiary(q, pt); ok {
			gov, sentence, cover, act = true, true, true, t[vs:ve]
		}
	}
	if (task >= 0 || cover) && placePoint(t, q) {
		q.measure = false // a place: the metric reads "điểm nóng", not "nóng"
	}
	verb := -1 // start of a change verb far before: "giảm tỷ lệ hộ nghèo 1,5%/năm"
	if !gov && !q.words && (q.percent() || q.points()) {
		if vs, change, ok := f.changeVerb(q.start); ok {
			gov, sentence, verb = true, true, vs
			c.change = change
		}
	}
	ind := false // under "CHỈ TIÊU": "năng suất bình quân 71,5 tạ/ha"
	if !gov && f.lenient && !q.words && q.unit != "" && !c.governs && !c.level && !c.is && f.indicator(q, &c) {
		gov, sentence, ind = true, true, true
	}
	if !gov || q.words && !wordsGoverned(&c, q) {
		return q.end // not "trong hơn một năm qua"
	}
	cmpOnly := c.cmpOnly && !sentence
	if cmpOnly && (lowerIs(q.unit, "tuổi") || q.start < f.objEnd || f.attributeOfLast(c.first) || f.selects(c.first, q.stop)) {
		return q.end // a qualifier: "trẻ em dưới 5 tuổi", "từ 3 sao trở lên"
	}
	if c.n > 0 && lowerIn(timeUnits, q.unit) && !lowerIs(q.unit, "lần") {
		if pt := prevTok(t, c.first, f.lastEnd); pt.kind == tokWord && lowerIn(offsetWords, t[pt.start:pt.end]) &&
			!strings.Contains(strings.ToLower(t[max(f.lastEnd, pt.start-80):pt.start]), "thời gian") {
			// A time counted from an event: "gửi trước ít nhất 10
			// ngày"; but "thời gian dự báo bão trước ít nhất 72 giờ"
			// measures that time.
			return q.end
		}
	}

	start := q.start
	if c.n > 0 {
		start = c.start
	}
	if lowerIs(q.unit, "sao") && f.rightAfterLast(start) {
		return q.stop // a grade of what the last counts: "30 sản phẩm OCOP đạt 3 sao"
	}
	if verb >= 0 {
		start = verb
	}
	if done >= 0 {
		start = done
	}
	if task >= 0 {
		start = task
	}
	tg := model.Target{Comparator: c.cmp, Change: c.change, Unit: q.unit}
	if q.suffix != "" {
		tg.Comparator = q.suffix
	}
	if q.isRange {
		tg.Approx = tg.Comparator == model.CompareApprox
		tg.Comparator = model.CompareBetween
		tg.Min, tg.Max = ptr(q.lo), ptr(q.hi)
	} else {
		tg.Value = ptr(q.v)
	}
	if tg.Comparator == "" {
		tg.Comparator = model.CompareEq
	}
	subjEnd := start
	if c.n > 0 {
		subjEnd = c.subjEnd
	}
	var subj string
	switch {
	case list || done >= 0 || task >= 0 || cover:
		// The metric follows: "75% nước thải đô thị được xử lý".
	case verb >= 0:
		// Between the verb and the number, or the words that lead to it
		// ("bình quân"): "giảm tỷ lệ hộ nghèo 1,5%".
		end := q.start
		if c.n > 0 {
			end = c.subjEnd
		}
		_, subj = subjectIn(t, end, wordEnd(t, verb))
	default:
		subj = f.subject(subjEnd)
	}
	obj, objEnd := object(t, q.stop)
	if q.frac {
		obj = fractionSuffix(obj, &tg) // "1/3 cấp ủy viên trở lên"
	}
	switch {
	case obj != "" && q.unit != "" && !q.measure:
		obj = clean(q.unit + " " + obj) // "HTX nông nghiệp"
	case q.unit == "" && isUpperStart(obj):
		obj = "" // a name after a bare number: "≤ 3 Đông Nam Á"
	}
	switch {
	case verb >= 0 && subj != "":
		tg.Metric = subj
	case (tg.Change != "" || c.object || q.frac) && obj != "":
		// A fraction is a share of what follows: "1/3 cấp ủy viên".
		tg.Metric = obj
	case subj != "":
		tg.Metric = subj
	case obj != "":
		tg.Metric = obj
	case q.unit != "" && !q.measure:
		tg.Metric = clean(q.unit)
	}
	if act != "" {
		tg.Metric = clean(act + " " + tg.Metric) // "cải tạo chợ đầu mối"
	}
	if disb != "" {
		tg.Metric = disb
	}
	if tg.Metric == "" && tg.Change != "" {
		tg.Metric = f.metricGoesOn(start)
	}
	if tg.Metric == "" && !q.words {
		tg.Metric = f.metricOfTime(start)
	}
	if tg.Metric == "" {
		tg.Metric = f.restated(start)
	}
	if ind && tg.Metric == "" {
		return q.stop // "..., dự kiến 18,5 tỷ đồng": no metric, no indicator
	}
	if (tg.Change != "" || c.level) && spends(t, q, start, tg.Metric) {
		return q.stop // "tổng mức đầu tư tăng 35 tỷ đồng": a cost, not a result
	}
	f.add(start, q.stop, tg, cmpOnly, objEnd)
	return q.stop
}

// restated returns the metric of the last match when the target at
// start, which has none, restates it in brackets right after it: "nâng
// tổng số trường đạt chuẩn lên 560 trường (đạt 78%)".
func (f *finder) restated(start int) string {
	n := len(f.out)
	if n == 0 {
		return ""
	}
	t := f.text
	open := prevTok(t, start, f.lastEnd)
	if open.kind != tokPunct || t[open.start:open.end] != "(" || prevTok(t, open.start, 0).end != f.lastEnd {
		return ""
	}
	return f.out[n-1].Target.Metric
}

// upgrade reports whether the word pt is "cấp" of the verb "nâng cấp",
// after which a number counts what is upgraded ("Nâng cấp 15 trạm y
// tế"), not a level ("cấp 2").
func (f *finder) upgrade(pt tok) bool {
	t := f.text
	if !lowerIs(t[pt.start:pt.end], "cấp") {
		return false
	}
	v := prevTok(t, pt.start, f.lastEnd)
	return v.kind == tokWord && lowerIs(t[v.start:v.end], "nâng")
}

// allKinds reports whether the word pt is "loại" of "các loại" (or
// "mọi loại", "nhiều loại"), of all kinds, after which a number counts
// ("Rau màu các loại 18.500 ha"), not the "loại" that names a grade
// ("loại 1").
func allKinds(t string, pt tok) bool {
	if !lowerIs(t[pt.start:pt.end], "loại") {
		return false
	}
	d := prevTok(t, pt.start, 0)
	if d.kind != tokWord {
		return false
	}
	switch textscan.Lower(t[d.start:d.end]) {
	case "các", "mọi", "nhiều":
		return true
	}
	return false
}

// indicator reports whether the quantity q, which no word governs (the
// chain c holds fillers such as "bình quân" at most), states a target
// in a list of indicators ([FindIndicators]): a noun phrase of at most
// maxIndicatorWords words opens its clause and ends right before it,
// its clause ends after it ("Diện tích gieo trồng 230.000 ha;"), and its
// unit is one of measure or a counted noun. The phrase holds no number,
// no word that tells the past, no "có" or "với" before a noun of size
// ("cánh đồng với quy mô 50 ha" qualifies), no sum to spend before a
// sum of money ("bố trí kinh phí 120 tỷ đồng"), and it opens with no
// action ("Tập trung 03 nhóm giải pháp").
func (f *finder) indicator(q *quantity, c *chain) bool {
	t := f.text
	if q.start < f.objEnd || q.points() || lowerIn(timeUnits, q.unit) && !lowerIs(q.unit, "tuổi") ||
		lowerIn(notOutputs, q.unit) || lowerIs(q.unit, "cấp") || !clauseEnds(t, q.stop) {
		return false
	}
	if u := nextTok(t, q.unitStart); u.kind == tokWord && !lowerIn(units, q.unit) && lowerIn(notOutputs, t[u.start:u.end]) {
		return false // "03 nhóm giải pháp"
	}
	end := q.start
	if c.n > 0 {
		end = c.first
	}
	var ws [maxIndicatorWords]tok // the words of the phrase, last first
	n := 0
	for p := end; ; {
		tk := prevTok(t, p, f.lastEnd)
		switch tk.kind {
		case tokWord:
		case tokNone:
			if f.lastEnd > 0 && tk.start == f.lastEnd {
				return false // right after the last target: its qualifier
			}
			return f.indicatorPhrase(ws[:n], lowerIn(moneyUnits, q.unit))
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", ",", ";", ":", "-", "+", "•", "–", "|":
				return f.indicatorPhrase(ws[:n], lowerIn(moneyUnits, q.unit))
			}
			return false
		default:
			return false
		}
		w := t[tk.start:tk.end]
		if n == 0 && (lowerIn(stopWords, w) || isUpperStart(w) && !isAcronym(w)) {
			return false // "trong 5 ha", a name
		}
		if n == len(ws) || lowerIs(w, "đã") || lowerIs(w, "vừa") {
			return false
		}
		if (lowerIs(w, "có") || lowerIs(w, "với")) && n > 0 && measureNoun(t, ws[n-1]) {
			return false // "cánh đồng với quy mô 50 ha"
		}
		ws[n] = tk
		n++
		p = tk.start
	}
}

// maxIndicatorWords is the most words of the metric of an indicator
// that no verb governs.
const maxIndicatorWords = 10

// clauseEnds reports whether the clause ends at offset i, after a
// quantity: a mark, the end of the text, or a word that opens no part of
// the clause ("so với", "đến năm", "trong", "và"). A word that goes on
// makes the quantity part of a longer phrase: "trẻ em 3 - 5 tuổi đạt
// 96%", "2 huyện miền núi".
func clauseEnds(t string, i int) bool {
	tk := nextTok(t, i)
	if tk.kind != tokWord {
		return tk.kind != tokNum
	}
	w := t[tk.start:tk.end]
	return lowerIn(objectStop, w) || lowerIn(deadlineWords, w) || lowerIs(w, "so") || lowerIs(w, "vào") ||
		lowerIs(w, "trở")
}

// indicatorPhrase reports whether the words ws, in reverse order, may be
// the metric of an indicator: there is one, it opens with no action of
// actionVerbs or taskVerbs, also after lead-in words of leadStrip
// ("Tập trung phát triển ..."), and, when money is a sum to spend, it holds
// no word of spendWords ("thu ngân sách" is revenue).
func (f *finder) indicatorPhrase(ws []tok, money bool) bool {
	n := len(ws)
	if n == 0 {
		return false
	}
	t := f.text
	var buf [64]byte
	for lead := 0; n > 0; n -= lead {
		// The action after a lead-in: "Tập trung phát triển bền vững 06
		// khu công nghiệp".
		lead = 0
		for l := min(2, n); l >= 1; l-- {
			pair := [2]tok{ws[n-1], ws[max(n-2, 0)]}
			k, ok := key(buf[:0], t, pair[:l])
			if ok && (actionVerbs.has(k) || taskVerbs.has(k)) && string(k) != "thu" {
				return false // "thu" opens revenue: "Thu ngân sách", "Thu nhập"
			}
			if ok && lead == 0 && leadStrip.has(k) {
				lead = l
			}
		}
		if lead == 0 {
			break
		}
	}
	n = len(ws)
	if !money {
		return true
	}
	for i := n - 1; i >= 0; i-- {
		w := ws[i]
		hit := lowerIn(spendWords, t[w.start:w.end])
		if !hit && i > 0 {
			pair := [2]tok{w, ws[i-1]}
			k, ok := key(buf[:0], t, pair[:])
			hit = ok && spendWords.has(k)
		}
		if hit && (i == n-1 || !lowerIs(t[ws[i+1].start:ws[i+1].end], "thu")) {
			return false
		}
	}
	return true
}

// programName reports whether the word pt ends a noun of a programme or
// scheme whose first word is capitalised, as in "Đề án 1 triệu ha",
// "Chương trình 135" or "Dự án 06": the number after it is part of the
// name.
func (f *finder) programName(pt tok) bool {
	t := f.text
	v := prevTok(t, pt.start, f.lastEnd)
	if v.kind != tokWord || !isUpperStart(t[v.start:v.end]) {
		return false
	}
	var buf [64]byte
	k, ok := key(buf[:0], t, []tok{v, pt})
	return ok && programNouns.has(k)
}

// figures reports whether the unit of q is "con số" or "chữ số",
// figures or digits: "tăng trưởng hai con số" is double-digit growth,
// which states no number.
func figures(t string, q *quantity) bool {
	switch {
	case lowerIs(q.unit, "chữ số"), lowerIs(q.unit, "con số"):
		return true
	case lowerIs(q.unit, "con"):
		n := nextTok(t, q.unitEnd)
		return n.kind == tokWord && n.start == q.unitEnd+1 && lowerIs(t[n.start:n.end], "số")
	}
	return false
}

// selects reports whether the comparator that starts at pos picks out
// who a task is for or who must act, rather than stating a target: it
// follows "đối với" and a noun phrase ("xử lý đối với các chủ đầu tư
// giải ngân dưới 30%"), or it follows "có" and the noun of a measure
// after a noun, and the clause goes on past the quantity, which ends at
// stop ("các xã có tỷ lệ suy dinh dưỡng trên 20% xây dựng kế hoạch").
func (f *finder) selects(pos, stop int) bool {
	t := f.text
	if condition(t, stop) {
		return true
	}
	var after tok // the word after the one read
	for p, n := pos, 0; n < maxSelectorWords; n++ {
		tk := prevTok(t, p, f.lastEnd)
		if tk.kind != tokWord {
			return false
		}
		switch {
		case lowerIs(t[tk.start:tk.end], "với") && n > 0:
			// Not right before the comparator: "tiếp nhận hồ sơ đối
			// với ít nhất 200 thủ tục" states how many.
			d := prevTok(t, tk.start, f.lastEnd)
			return d.kind == tokWord && lowerIs(t[d.start:d.end], "đối")
		case lowerIs(t[tk.start:tk.end], "có") && n > 0:
			if !measureNoun(t, after) {
				return false // "các xã có 20 hộ": what they have
			}
			s := prevTok(t, tk.start, f.lastEnd)
			if s.kind != tokWord || lowerIn(stopWords, t[s.start:s.end]) || lowerIn(leadStrip, t[s.start:s.end]) {
				return false // "phải có tỷ lệ ... trên 90%", "Đến năm 2030 có ..."
			}
			nt := nextTok(t, stop)
			return nt.kind == tokWord && !lowerIn(objectStop, t[nt.start:nt.end]) && !lowerIn(deadlineWords, t[nt.start:nt.end]) &&
				!lowerIs(t[nt.start:nt.end], "so")
		}
		after = tk
		p = tk.start
	}
	return false
}

// condition reports whether the clause that goes on at offset stop, past
// a quantity, ends in "thì" within maxSelectorWords words, commas aside:
// the quantity is then part of a condition that picks out who the rest
// of the sentence is for ("chi bộ có dưới 09 đảng viên thì bầu bí thư").
func condition(t string, stop int) bool {
	tk := nextTok(t, stop)
	for range maxSelectorWords {
		switch {
		case tk.kind == tokWord:
			if lowerIs(t[tk.start:tk.end], "thì") {
				return true
			}
		case tk.kind == tokPunct && t[tk.start:tk.end] == ",":
		default:
			return false
		}
		tk = nextTok(t, tk.end)
	}
	return false
}

// measureNoun reports whether the words from a open with the noun of a
// measure: a head of a metric ("tỷ lệ", "mật độ") or a size ("doanh
// thu", "quy mô").
func measureNoun(t string, a tok) bool {
	b := nextTok(t, a.end)
	if opensWithHead(t, a, b) || lowerIn(sizeNouns, t[a.start:a.end]) {
		return true
	}
	if b.kind != tokWord {
		return false
	}
	var buf [64]byte
	k, ok := key(buf[:0], t, []tok{a, b})
	return ok && sizeNouns.has(k)
}

// maxSelectorWords is how many words [finder.selects] reads back from a
// comparator for "có" or "đối với".
const maxSelectorWords = 10

// rightAfterLast reports whether only white space stands between the
// last match, or the noun phrase after it, and offset start: what starts
// there describes what the last match counts.
func (f *finder) rightAfterLast(start int) bool {
	if len(f.out) == 0 {
		return false
	}
	e := max(f.lastEnd, f.objEnd)
	if e > start {
		return false
	}
	for i := e; i < start; i++ {
		if c := f.text[i]; c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// wordsGoverned reports whether the chain c governs the number in words
// q. A verb does ("có thêm hai mươi sản phẩm"), and so does a comparator
// of two words or more ("ít nhất ba mươi xã", "không dưới năm mươi doanh
// nghiệp"). A single comparator word is often a preposition and "một" an
// article ("trên một nền tảng", "dưới hai hình thức", "trong hơn một năm
// qua"), so after one the number must be ten or more and count things
// other than time ("trên một trăm lượt").
func wordsGoverned(c *chain, q *quantity) bool {
	switch {
	case c.n == 0:
		return false
	case !c.cmpOnly, c.cmpLong:
		return true
	}
	return q.v >= 10 && q.unit != "" && !lowerIn(timeUnits, q.unit)
}

// metricGoesOn returns the metric of the last match when the change that
// starts at start follows it past a comma alone, as in "Tổng thu ngân
// sách đạt 12.000 tỷ đồng, tăng 10% so với năm 2025": the change is one of
// the same quantity. It returns "" otherwise.
func (f *finder) metricGoesOn(start int) string {
	n := len(f.out)
	if n == 0 {
		return ""
	}
	t := f.text
	pt := prevTok(t, start, 0)
	if pt.kind != tokPunct || t[pt.start:pt.end] != "," {
		return ""
	}
	if b := prevTok(t, pt.start, 0); b.end != f.lastEnd && b.end != f.objEnd {
		return ""
	}
	return f.out[n-1].Target.Metric
}

// metricOfTime returns the metric of the last match when the clause
// that ends at start holds only a time, after ";" or "," in the sentence
// of the last match: "Năm 2025, tỷ lệ hộ dùng nước sạch đạt 98%; năm
// 2030 đạt 100%" states the same quantity at a later time. It returns ""
// otherwise.
func (f *finder) metricOfTime(start int) string {
	n := len(f.out)
	if n == 0 || start-f.lastEnd > 200 {
		return ""
	}
	t := f.text
	years := 0
	for p := start; ; {
		tk := prevTok(t, p, f.lastEnd)
		switch tk.kind {
		case tokNum:
			years++
		case tokWord:
			if !lowerIn(deadlineWords, t[tk.start:tk.end]) && !lowerIn(timeWords, t[tk.start:tk.end]) &&
				!lowerIn(leadStrip, t[tk.start:tk.end]) {
				return ""
			}
		case tokPunct:
			switch t[tk.start:tk.end] {
			case ";", ",":
				if years == 0 || !f.sameSentence(tk.start) {
					return ""
				}
				return f.out[n-1].Target.Metric
			case "-", "–":
			default:
				return ""
			}
		default:
			return ""
		}
		p = tk.start
	}
}

// sameSentence reports whether only words, numbers and marks inside a
// sentence stand between the last match and offset pos.
func (f *finder) sameSentence(pos int) bool {
	t := f.text
	for p := pos; ; {
		tk := prevTok(t, p, f.lastEnd)
		switch tk.kind {
		case tokNone:
			return true
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", "!", "?", ":":
				return false
			}
		}
		p = tk.start
	}
}

// listGoesOn reports whether the quantity q, after the token pt, goes on
// the list of the last match: pt is "và", "hoặc" or "," right after the
// last match or its metric, and both are percentages or both counts, as
// in "90% nước thải y tế và 75% nước thải đô thị" or "03 chợ đầu mối và
// 05 chợ nông thôn". Times and ages do not go on: "đạt 5 ha và 3 năm".
func (f *finder) listGoesOn(pt tok, q *quantity) bool {
	n := len(f.out)
	if n == 0 {
		return false
	}
	last := f.out[n-1].Target
	if last.Rank || last.Unit == "" {
		return false
	}
	t := f.text
	switch pt.kind {
	case tokWord:
		if w := textscan.Lower(t[pt.start:pt.end]); w != "và" && w != "hoặc" {
			return false
		}
	case tokPunct:
		if t[pt.start:pt.end] != "," {
			return false
		}
	default:
		return false
	}
	b := prevTok(t, pt.start, 0)
	if b.kind == tokPunct && t[b.start] == ')' {
		// A name in brackets after the last: "02 trường học (...) và".
		if open := matchOpen(t, b.start, f.lastEnd); open >= 0 {
			b = prevTok(t, open, 0)
		}
	}
	if b.end != f.lastEnd && b.end != f.objEnd {
		return false
	}
	if lowerIs(q.unit, "sao") != lowerIs(last.Unit, "sao") {
		return false // a grade is no count: "12 sản phẩm OCOP 3 sao, 4 sao"
	}
	lastPct := last.Unit[0] == '%' || lowerIs(last.Unit, "phần trăm")
	return lastPct == q.percent() && !lowerIn(timeUnits, q.unit)
}

// percentFirst reports whether the percentage that starts a clause (not
// a bracket: "(100% vốn ngân sách)" explains) and ends at stop opens a
// statement of a target: a noun phrase follows ("100% cơ sở y tế tuyến
// xã được kết nối ...") and the clause does not report the past with "đã"
// or "vừa".
func percentFirst(t string, stop int) bool {
	tk := nextTok(t, stop)
	if tk.kind != tokWord {
		return false
	}
	switch w := textscan.Lower(t[tk.start:tk.end]); {
	case w == "các" || w == "những" || w == "mỗi" || w == "tất" || w == "cả":
	case stopWords.hasString(w):
		return false
	}
	return !tellsPast(t, tk.start)
}

// disbursed reports whether the share q, after the word pt, is the
// share of money disbursed with nothing after it but a time or the end
// of its clause: "Giải ngân 50% trước 30/6/2027", "giải ngân 100%.".
// The verb is then the metric.
func (f *finder) disbursed(q *quantity, pt tok) bool {
	t := f.text
	if pt.kind != tokWord || !lowerIs(t[pt.start:pt.end], "ngân") {
		return false
	}
	v := prevTok(t, pt.start, f.lastEnd)
	if v.kind != tokWord || !lowerIs(t[v.start:v.end], "giải") {
		return false
	}
	if tellsPast(t, f.clauseBegin(v.start)) {
		return false // "đã giải ngân 80%"
	}
	switch nx := nextTok(t, q.stop); nx.kind {
	case tokNone, tokPunct:
		return true
	case tokWord:
		return lowerIn(deadlineWords, t[nx.start:nx.end])
	}
	return false
}

// taskCount reports whether the count q, after the word pt, is the
// output of a task: a verb of taskVerbs opens its clause ("- Đào tạo 100
// cán bộ", "Tổ chức 02 cuộc thanh tra", "Xây dựng 02 - 03 mô hình") and
// the count follows it, right after it or after "mới" or "thêm"
// ("khởi công mới 18 dự án"), or after another verb of taskVerbs up to
// five words on ("xây dựng kế hoạch tuyển dụng 40 giảng viên"); and the
// unit is a counted noun of what the task makes or reaches (see
// [outputUnit]). Other words between the verb and the count make it
// part of the object, which the count may qualify ("Phát triển giáo dục
// 2 huyện miền núi"). It returns the start of the verb.
func (f *finder) taskCount(q *quantity, pt tok) (int, bool) {
	t := f.text
	if pt.kind != tokWord || !outputUnit(t, q) {
		return 0, false
	}
	var toks [maxTaskGap + 2]tok // the words before the count, nearest last
	n := 0
	for tk := pt; tk.kind == tokWord && n < len(toks); tk = prevTok(t, tk.start, f.lastEnd) {
		toks[len(toks)-1-n] = tk
		n++
	}
	ws := toks[len(toks)-n:]
	last := len(ws) - 1
	near := false // a verb of taskVerbs ends right before the count
	for j := last; j >= 0 && last-j <= maxTaskGap; j-- {
		// ws[j] ends a verb of one or two words; ws[j+1:] lie between.
		if j < last && !near && !lowerIn(gapFunctionWords, t[ws[j+1].start:ws[j+1].end]) ||
			j < last && near && !gapWord(t, ws[j+1]) {
			break
		}
		for l := 1; l <= 2 && l <= j+1; l++ {
			var buf [64]byte
			k, ok := key(buf[:0], t, ws[j+1-l:j+1])
			if !ok || !taskVerbs.has(k) {
				continue
			}
			near = near || j == last
			if f.opensTask(ws[j+1-l].start) {
				return ws[j+1-l].start, true
			}
		}
	}
	return 0, false
}

// maxTaskGap is the most words that may stand between the verb that opens
// a task and a verb of taskVerbs right before its count.
const maxTaskGap = 5

// gapWord reports whether the word tk may stand between the verb that
// opens a task and the verb right before its count: a word in lower case
// that tells neither a subject nor a condition nor a link to a qualifier
// ("có", "của", "với", "đã", "mỗi", ...).
func gapWord(t string, tk tok) bool {
	w := t[tk.start:tk.end]
	if isUpperStart(w) || isAcronym(w) {
		return false
	}
	var b wordBuf
	lw := b.lowered(w)
	return !stopWords.has(lw) && !notYetTasks.has(lw)
}

// outputUnit reports whether the unit of the count q names what a task
// makes or reaches. Shares, sums of money, times, rates ("01 lần/năm",
// "01 con bò cho mỗi hộ"), names ("04 Tổ công tác") and the documents
// and meetings of the issuer itself ("Ban hành 02 kế hoạch", "Tổ chức 01
// hội nghị") are none; units of measure are only when they measure what
// a task makes ("Trồng 500 ha rừng"), and "điểm" when a noun follows it,
// which makes it a place, not a score ("Xử lý 12 điểm tập kết rác").
func outputUnit(t string, q *quantity) bool {
	if q.unit == "" || q.percent() || q.points() || q.measure && !lowerIn(areaUnits, q.unit) && !placePoint(t, q) ||
		strings.IndexByte(q.unit, '/') >= 0 || isUpperStart(q.unit) || lowerIn(timeUnits, q.unit) ||
		lowerIn(moneyUnits, q.unit) || lowerIn(notOutputs, q.unit) {
		return false
	}
	if u := nextTok(t, q.unitStart); u.kind == tokWord && !lowerIn(units, q.unit) && lowerIn(notOutputs, t[u.start:u.end]) {
		return false // "03 nhóm giải pháp"
	}
	return !perUnit(t, q.unitEnd) // "02 cuộc kiểm tra/năm", "01 con bò cho mỗi hộ"
}

// placePoint reports whether the unit of q is "điểm" before a noun in
// lower case: "12 điểm tập kết", "05 điểm nóng", places, where "đạt 8
// điểm" is a score.
func placePoint(t string, q *quantity) bool {
	if !lowerIs(q.unit, "điểm") || q.unitEnd >= len(t) || t[q.unitEnd] != ' ' {
		return false
	}
	n := nextTok(t, q.unitEnd)
	if n.kind != tokWord || isUpperStart(t[n.start:n.end]) {
		return false
	}
	var b wordBuf
	return !stopWords.has(b.lowered(t[n.start:n.end]))
}

// beneficiary reports whether the count q, after the word pt, counts
// those a task is for or the places it reaches: pt is "cho", "tại" or
// "đối với", and a verb of taskVerbs or actionVerbs opens the clause at
// most twelve words before ("Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng
// khen cho 30 tập thể", "tổ chức bồi dưỡng nghiệp vụ cho 40 công chức",
// "Kiểm tra việc thực hiện kết luận tại 06 đơn vị"). A verb that spends
// (spendWords: "bố trí", "đầu tư", "giải ngân") gives no output: the
// count names where staff or money go ("Đầu tư trang thiết bị cho 40
// trạm y tế"), the scope of the task. The unit must be an
// output's ([outputUnit]); "có" or "mỗi" between makes the count part of
// who is picked out, and a clause that tells the past ("đã") holds no
// task. It returns the bounds of the verb.
func (f *finder) beneficiary(q *quantity, pt tok) (int, int, bool) {
	t := f.text
	if pt.kind != tokWord || q.start < f.objEnd || !outputUnit(t, q) {
		return 0, 0, false
	}
	switch w := t[pt.start:pt.end]; {
	case lowerIs(w, "cho"), lowerIs(w, "tại"):
	case lowerIs(w, "với"):
		d := prevTok(t, pt.start, f.lastEnd)
		if d.kind != tokWord || !lowerIs(t[d.start:d.end], "đối") {
			return 0, 0, false
		}
		pt = d
	default:
		return 0, 0, false
	}
	next := pt // the word after tk
	for n, tk := 0, prevTok(t, pt.start, f.lastEnd); n < maxBeneficiaryWords && tk.kind == tokWord; n++ {
		w := t[tk.start:tk.end]
		if lowerIs(w, "có") || lowerIs(w, "mỗi") || lowerIs(w, "là") {
			return 0, 0, false
		}
		pair := [2]tok{tk, next}
		for l := 2; l >= 1; l-- {
			var buf [64]byte
			k, ok := key(buf[:0], t, pair[:l])
			if ok && (taskVerbs.has(k) || actionVerbs.has(k)) && !verbs.has(k) && !spendWords.has(k) && string(k) != "thu" &&
				f.opensTask(tk.start) {
				if tellsPast(t, f.clauseBegin(tk.start)) {
					return 0, 0, false
				}
				return tk.start, pair[l-1].end, true
			}
		}
		next, tk = tk, prevTok(t, tk.start, f.lastEnd)
	}
	return 0, 0, false
}

// maxBeneficiaryWords is the most words between the verb that opens a
// task and the preposition before the count of those it is for.
const maxBeneficiaryWords = 12

// opensTask reports whether the verb at vs opens a task: it starts its
// clause, or only lead-in words ("Phấn đấu tổ chức 20 lớp", "Tiếp tục
// đào tạo") or a scope come before it, a scope being a determiner of
// places or units and their noun ("Các xã tổ chức 02 lớp", "Mỗi huyện
// xây dựng 02 mô hình"; see scopeWords). A word that tells the
// action is done or under way ("đã", "đang") makes it no task.
func (f *finder) opensTask(vs int) bool {
	t := f.text
	if pt := prevTok(t, vs, 0); pt.kind == tokWord && t[pt.start:pt.end] == "và" && len(f.out) > 0 &&
		f.lastEnd <= pt.start && !strings.ContainsAny(t[f.lastEnd:pt.start], ";.:\n") {
		// "lập hồ sơ đầu tư 01 công trình … và cứng hóa 2,5 km đường":
		// a second task of the clause, after the count of the first.
		return true
	}
	var ws [maxLeadWords + 4]tok
	n := 0
	for pt := prevTok(t, vs, 0); !clauseStart(t, pt); pt = prevTok(t, pt.start, 0) {
		if pt.kind != tokWord || n == len(ws) {
			return false
		}
		ws[n] = pt
		n++
	}
	// ws holds the words before the verb, nearest first.
	for i := range n {
		if lowerIn(notYetTasks, t[ws[i].start:ws[i].end]) {
			return false
		}
	}
	if n > 0 && lowerIn(scopeWords, t[ws[n-1].start:ws[n-1].end]) {
		return n >= 2 && n <= 6
	}
	i := leadIns(t, ws[:n])
	return i == n || leadName(t, ws[i:n])
}

// leadIns returns how many of the words ws, nearest to a verb first, are
// lead-in words of leadStrip ("Phấn đấu", "Tiếp tục") counted from the
// verb.
func leadIns(t string, ws []tok) int {
	i := 0
	for i < len(ws) {
		var buf [64]byte
		if i+1 < len(ws) {
			if k, ok := key(buf[:0], t, []tok{ws[i+1], ws[i]}); ok && leadStrip.has(k) {
				i += 2
				continue
			}
		}
		if !lowerIn(leadStrip, t[ws[i].start:ws[i].end]) {
			break
		}
		i++
	}
	return i
}

// leadName reports whether the words ws, nearest to a verb first, name
// the agency that does the task, so that the count after the verb is its
// output: a name that opens with a capitalised head and holds another
// capitalised word or an acronym ("Trung tâm Khuyến nông tỉnh", "Sở Y
// tế", "UBND huyện"), with "chủ trì" after it or not, or "phối hợp với"
// and such a name after "chủ trì," ("Sở Y tế chủ trì, phối hợp với Bảo
// hiểm xã hội tỉnh đào tạo 200 cán bộ"). A bare head ("Hội đồng tổ
// chức 20 lớp") or a total ("Toàn tỉnh") names no one in particular and
// is how reports state results.
func leadName(t string, ws []tok) bool {
	n := len(ws)
	assigned := false // "chủ trì" or "phối hợp với" tells the name is an agency's
	if n >= 2 && lowerIs(t[ws[0].start:ws[0].end], "trì") && lowerIs(t[ws[1].start:ws[1].end], "chủ") {
		ws, n, assigned = ws[2:], n-2, true
	}
	if n >= 4 && lowerIs(t[ws[n-1].start:ws[n-1].end], "phối") && lowerIs(t[ws[n-2].start:ws[n-2].end], "hợp") &&
		lowerIs(t[ws[n-3].start:ws[n-3].end], "với") {
		ws, n, assigned = ws[:n-3], n-3, true
	}
	if !assigned {
		if i := withPartner(t, ws); i > 0 {
			// "Văn phòng Thanh tra tỉnh phối hợp với Sở Nội vụ tổ chức ...":
			// the lead and its partner, each a name.
			return isUpperStart(t[ws[i-1].start:ws[i-1].end]) && leadName(t, ws[i+3:])
		}
	}
	if assigned && n == 2 && lowerIn(scopeWords, t[ws[1].start:ws[1].end]) {
		return true // "chủ trì, phối hợp với các khoa xây dựng ..."
	}
	if n < 2 || n > maxLeadWords {
		return false
	}
	first := t[ws[n-1].start:ws[n-1].end]
	if isAcronym(first) {
		return true
	}
	if !isUpperStart(first) {
		return false
	}
	if assigned {
		return true
	}
	for _, w := range ws[:n-1] {
		if isUpperStart(t[w.start:w.end]) {
			return true
		}
	}
	return false
}

// withPartner returns the index in ws, nearest to a verb first, of the
// "với" of "phối hợp với" that stands between two names, or 0.
func withPartner(t string, ws []tok) int {
	for i := 1; i+3 < len(ws); i++ {
		if lowerIs(t[ws[i].start:ws[i].end], "với") && lowerIs(t[ws[i+1].start:ws[i+1].end], "hợp") &&
			lowerIs(t[ws[i+2].start:ws[i+2].end], "phối") {
			return i
		}
	}
	return 0
}

// skipManner returns the word before pt when pt ends an adverb of
// manner between a task's verb and its count ("Xử lý nghiêm 100% …",
// "xử lý dứt điểm 15 điểm đen", "tuyên truyền kịp thời 20 tin"); else pt.
func (f *finder) skipManner(pt tok) tok {
	t := f.text
	if pt.kind != tokWord {
		return pt
	}
	if lowerIn(mannerWords, t[pt.start:pt.end]) {
		return prevTok(t, pt.start, f.lastEnd)
	}
	prev := prevTok(t, pt.start, f.lastEnd)
	var buf [64]byte
	if k, ok := key(buf[:0], t, []tok{prev, pt}); ok && prev.kind == tokWord && mannerWords.has(k) {
		return prevTok(t, prev.start, f.lastEnd)
	}
	return pt
}

// perUnit reports whether the noun phrase from offset i, up to the end
// of its clause and within eight words, makes the count before it a
// rate: "/" before a word ("02 cuộc kiểm tra/năm") or "mỗi" ("01 con bò
// cho mỗi hộ").
func perUnit(t string, i int) bool {
	tk := nextTok(t, i)
	for range 8 {
		switch tk.kind {
		case tokWord:
			if lowerIs(t[tk.start:tk.end], "mỗi") {
				return true
			}
		case tokPunct:
			if t[tk.start:tk.end] != "/" {
				return false
			}
			return nextTok(t, tk.end).kind == tokWord
		default:
			return false
		}
		tk = nextTok(t, tk.end)
	}
	return false
}

// coverage reports whether the percentage q, after the token pt, is the
// share of the places or people that a task reaches: pt is a preposition
// of place or aim ("Triển khai mô hình ... tại 100% tổ dân phố", "cho
// 100% hộ kinh doanh", "phủ sóng đến 100% thôn", "đối với 100% cơ sở")
// or the action of the task itself ("số hóa 100% hồ sơ"),
// a noun phrase follows, the clause does not tell the past, and the
// number is not in the metric read after the last target ("Giảm 10% thời
// gian xử lý hồ sơ cho 100% thủ tục" is one target).
func (f *finder) coverage(q *quantity, pt tok) bool {
	t := f.text
	if pt.kind != tokWord || q.start < f.objEnd {
		return false
	}
	var b wordBuf
	switch w := b.lowered(t[pt.start:pt.end]); {
	case coverPreps.has(w):
	case string(w) == "với":
		if d := prevTok(t, pt.start, f.lastEnd); d.kind != tokWord || !lowerIs(t[d.start:d.end], "đối") {
			return false
		}
	default:
		if !f.actionBefore(pt) || f.selects(q.start, q.stop) || f.actsInObject(pt) {
			return false // "các xã có tỷ lệ giải ngân 30% …": who acts
		}
	}
	return percentFirst(t, q.stop) && !tellsPast(t, f.clauseBegin(pt.start))
}

// actsInObject reports whether the action that ends at the word pt tells
// what the object of an earlier action does, and so picks it out: a
// lowercase verb of actionVerbs or taskVerbs comes before it in the same
// clause, with "các" or "những" and no mark between ("Hỗ trợ các doanh
// nghiệp sử dụng 30% lao động nữ"). A capitalised word inside a clause
// is part of a name ("Sở Giáo dục và Đào tạo") and makes no action.
func (f *finder) actsInObject(pt tok) bool {
	t := f.text
	plural := false
	next := pt // the word after tk
	for p, n := pt.start, 0; n < maxSelectorWords; n++ {
		tk := prevTok(t, p, f.lastEnd)
		if tk.kind != tokWord {
			return false
		}
		w := t[tk.start:tk.end]
		if lowerIs(w, "các") || lowerIs(w, "những") {
			plural = true
		}
		if plural && (!isUpperStart(w) || prevTok(t, tk.start, f.lastEnd).kind != tokWord) {
			pair := [2]tok{tk, next}
			for l := 1; l <= 2; l++ {
				var buf [64]byte
				if k, ok := key(buf[:0], t, pair[:l]); ok && (actionVerbs.has(k) || taskVerbs.has(k)) {
					return true
				}
			}
		}
		next, p = tk, tk.start
	}
	return false
}

// actionBefore reports whether the word pt ends the action of a task, of
// one or two words, anywhere in its clause: a verb of actionVerbs,
// taskVerbs or coverVerbs ("chuyển đổi 100% hồ sơ", "chỉ đạo 100%
// trường học", "phủ sóng 80% khu dân cư"). A share after it is what the
// task reaches. Verbs of change ("tăng", "giảm") and "thu" (revenue) are
// none: a percentage after them is the size of a change or a sum.
func (f *finder) actionBefore(pt tok) bool {
	t := f.text
	pt = f.skipManner(pt)
	var toks [2]tok
	toks[1] = pt
	for n := 1; n <= 2; n++ {
		var buf [64]byte
		k, ok := key(buf[:0], t, toks[2-n:])
		if ok && (actionVerbs.has(k) || taskVerbs.has(k) || coverVerbs.has(k)) {
			return !verbs.has(k) && string(k) != "thu"
		}
		if n == 2 {
			break
		}
		toks[0] = prevTok(t, pt.start, f.lastEnd)
		if toks[0].kind != tokWord {
			break
		}
	}
	return false
}

// clauseBegin returns the offset at which the clause that holds offset
// pos begins: after the last ".", ";", ":", "!", "?" or blank line before
// it, the last match, or 300 bytes back.
func (f *finder) clauseBegin(pos int) int {
	t := f.text
	limit := max(f.lastEnd, pos-300)
	for p := pos; ; {
		tk := prevTok(t, p, limit)
		switch tk.kind {
		case tokNone:
			return p
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", ";", ":", "!", "?":
				return tk.end
			}
		}
		p = tk.start
	}
}

// attributeOfLast reports whether the comparator that starts at pos
// follows "có" and a noun of size ("doanh thu", "quy mô", "công suất",
// ...) in the noun phrase of the last target, with no end of a clause
// between: the number then tells which of them the target counts, as in
// "cho 100% hợp tác xã và doanh nghiệp có doanh thu dưới 3 tỷ đồng".
func (f *finder) attributeOfLast(pos int) bool {
	if len(f.out) == 0 || pos-f.lastEnd > 300 {
		return false
	}
	t := f.text
	var toks [4]tok
	n, co := 0, -1
	for p := pos; n < len(toks); n++ {
		tk := prevTok(t, p, f.lastEnd)
		if tk.kind != tokWord {
			return false
		}
		if n > 0 && lowerIs(t[tk.start:tk.end], "có") {
			co = tk.start
			break
		}
		toks[len(toks)-1-n] = tk
		p = tk.start
	}
	if co < 0 {
		return false
	}
	var buf [64]byte
	if k, ok := key(buf[:0], t, toks[len(toks)-n:]); !ok || !sizeNouns.has(k) {
		return false
	}
	for p := co; ; {
		tk := prevTok(t, p, f.lastEnd)
		switch tk.kind {
		case tokNone:
			return true
		case tokPunct:
			if s := t[tk.start:tk.end]; s != "," && s != "-" && s != "/" {
				return false
			}
		}
		p = tk.start
	}
}

// coOpens reports whether the word "có" at pt opens its clause, alone or
// after the year it holds for ("Đến năm 2025 có 80% hộ ..."): it then
// states what there is to be, as a percentage that opens a clause does,
// not what a subject has ("Toàn tỉnh hiện có ...").
func coOpens(t string, pt tok) bool {
	b := prevTok(t, pt.start, 0)
	if b.kind == tokNum {
		y := prevTok(t, b.start, 0)
		return y.kind == tokWord && lowerIs(t[y.start:y.end], "năm")
	}
	return clauseStart(t, b)
}

// tellsPast reports whether "đã" or "vừa" comes within forty tokens
// from offset i, before the clause ends: the clause reports what was
// done, not a target. "vừa" after "và" is a size: "doanh nghiệp nhỏ và
// vừa".
func tellsPast(t string, i int) bool {
	tk := nextTok(t, i)
	prevVa := false // the word before tk is "và"
	for range 40 {
		switch tk.kind {
		case tokNone:
			return false
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", ";", "!", "?":
				return false
			}
		case tokWord:
			w := textscan.Lower(t[tk.start:tk.end])
			if w == "đã" || w == "vừa" && !prevVa {
				return true
			}
			prevVa = w == "và"
		}
		tk = nextTok(t, tk.end)
	}
	return false
}

// completion looks back from the quantity at pos for "hoàn thành" (or
// "hoàn tất") and one to three words of an action in between, as in
// "Hoàn thành cải tạo 03 chợ đầu mối": such a count is an output the
// plan commits to. It returns the start of "hoàn thành" and the bounds of
// the action.
func (f *finder) completion(pos int) (start, actStart, actEnd int, ok bool) {
	t := f.text
	p := pos
	for n := 0; n <= 3; n++ {
		tk := prevTok(t, p, f.lastEnd)
		if tk.kind != tokWord {
			return 0, 0, 0, false
		}
		w := textscan.Lower(t[tk.start:tk.end])
		if n > 0 && (w == "thành" || w == "tất") {
			if h := prevTok(t, tk.start, f.lastEnd); h.kind == tokWord && lowerIs(t[h.start:h.end], "hoàn") {
				return h.start, p, actEnd, true
			}
		}
		if n == 3 || stopWords.hasString(w) || isUpperStart(t[tk.start:tk.end]) {
			return 0, 0, 0, false
		}
		if n == 0 {
			actEnd = tk.end
		}
		p = tk.start
	}
	return 0, 0, 0, false
}

// ordinal records that the number is a name or an ordinal and skips it.
func (f *finder) ordinal(q *quantity) int {
	f.ordEnd = q.end
	return q.end
}

// rank records a rank target such as "Top 5" or "nhóm 10 địa phương dẫn
// đầu", which needs no verb.
func (f *finder) rank(q *quantity, start, end int, unit, cmp string) int {
	tg := model.Target{Comparator: cmp, Value: ptr(q.v), Unit: unit, Rank: true}
	tg.Metric = f.subject(start)
	f.add(start, end, tg, false, end)
	return end
}

// add appends a match.
func (f *finder) add(start, end int, tg model.Target, cmpOnly bool, objEnd int) {
	tg.Text = f.text[start:end]
	f.out = append(f.out, Match{Start: start, End: end, Target: tg})
	if cmpOnly {
		for len(f.cmpOnly) < len(f.out)-1 {
			f.cmpOnly = append(f.cmpOnly, false)
		}
		f.cmpOnly = append(f.cmpOnly, true)
	}
	f.prevEnd, f.lastEnd = f.lastEnd, end
	if objEnd > f.objEnd {
		f.objEnd = objEnd
	}
}

// lastCmpOnly reports whether the last match rests on a comparator alone.
func (f *finder) lastCmpOnly() bool {
	n := len(f.out)
	return n > 0 && n <= len(f.cmpOnly) && f.cmpOnly[n-1]
}

// dropLast removes the last match.
func (f *finder) dropLast() {
	n := len(f.out)
	f.out = f.out[:n-1]
	f.cmpOnly = f.cmpOnly[:min(len(f.cmpOnly), n-1)]
}

func ptr(v float64) *float64 { return &v }

// clauseStart reports whether the token before a number ends a clause,
// so that the number starts one: "Phấn đấu đến năm 2030, 100% xã ...".
func clauseStart(t string, pt tok) bool {
	switch pt.kind {
	case tokNone:
		return true
	case tokPunct:
		switch t[pt.start:pt.end] {
		case "", ",", ";", ":", "(", "-", "+", "•", "–", "|":
			return true
		}
	}
	return false
}

// readScale applies the scale words after a numeral: "3,5 triệu".
func readScale(t string, q *quantity) {
	if m, k, ok := vnnum.ScanScale(t[q.end:]); ok {
		q.scale = m
		q.v = vnnum.Mul(q.v, m)
		q.end += k
		q.year = false
	}
}

// readRange reads the second half of a range after the first numeral:
// "5-7", "3,5 - 4 triệu", "1% - 3%", "từ 5 đến 7". A scale word on one
// end only applies to both.
func readRange(t string, q *quantity) {
	j := q.end
	pct := false
	if j < len(t) && t[j] == '%' {
		pct = true
		j++
	}
	k, blank := skipSpace(t, j)
	if blank || k >= len(t) {
		return
	}
	r, size := runeAt(t, k)
	after := 0
	switch {
	case r == '-' || r == '–' || r == '—':
		after = k + size
	case r == '\\' && k+1 < len(t) && t[k+1] == '-':
		after = k + 2 // a dash escaped in Markdown: "12 \- 15%"
	case isLetter(r) && (t[k] == 0xC4 || t[k]|0x20 == 't'):
		// Only words that start with đ or Đ (lead byte 0xC4), t or T
		// lower-case to "đến" or "tới".
		we := wordEnd(t, k)
		if w := textscan.Lower(t[k:we]); w == "đến" || w == "tới" {
			after = we
		}
	}
	if after == 0 {
		return
	}
	k2, blank := skipSpace(t, after)
	if blank || k2 >= len(t) || !isDigit(t[k2]) {
		return
	}
	var q2 quantity
	if ok := readNumeral(t, k2, &q2); !ok || q.year != q2.year {
		return // "tăng 5% đến 2030"
	}
	if q.year {
		q.end = q2.end // "2021 - 2025"
		return
	}
	readScale(t, &q2)
	lo, hi := q.v, q2.v
	if q.scale == 0 && q2.scale != 0 {
		lo = vnnum.Mul(q.v, q2.scale) // "3,5 - 4 triệu"
	}
	if q.scale != 0 && q2.scale == 0 {
		hi = vnnum.Mul(q2.v, q.scale)
	}
	if lo > hi {
		return
	}
	q.lo, q.hi, q.isRange, q.end, q.pct = lo, hi, true, q2.end, pct
	q.scale = max(q.scale, q2.scale)
}

// readUnit reads the unit after the quantity: "%", a known unit such as
// "ha" or "lượt khách", a rate such as "USD/người", "bác sĩ/vạn dân" or
// "bác sĩ trên một vạn dân", an acronym such as "HTX", or, when generic is
// set, the next one or two words. A sum in "tỷ" with no unit written is
// in "đồng": "tăng 18 tỷ".
func readUnit(t string, q *quantity, generic bool) {
	readUnitWords(t, q, generic)
	if q.unit == "" && q.scale >= 1e9 && !q.words {
		q.unit, q.measure = "đồng", true
	}
}

// readUnitWords is readUnit without the implied "đồng".
func readUnitWords(t string, q *quantity, generic bool) {
	q.unitStart, q.unitEnd, q.stop = q.end, q.end, q.end
	k, blank := skipSpace(t, q.end)
	if blank {
		if q.pct {
			q.unit, q.measure = "%", true
		}
		return
	}
	if strings.HasPrefix(t[k:], "‰") {
		e := k + len("‰") // per mille: "dưới 12‰"
		q.unitStart, q.unitEnd, q.stop = k, e, e
		q.unit, q.measure = "‰", true
		return
	}
	if k < len(t) && t[k] == '%' {
		e := k + 1
		if e < len(t) && t[e] == '/' {
			if r, _ := runeAt(t, e+1); isLetter(r) {
				e = wordEnd(t, e+1) // "%/năm"
			}
		}
		q.unitStart, q.unitEnd, q.stop = k, e, e
		q.unit, q.measure = t[k:e], true
		return
	}
	if q.pct {
		q.unit, q.measure = "%", true
		return
	}
	var ws [3]tok
	nw := 0
	for p := q.end; nw < len(ws); {
		tk := nextTok(t, p)
		if tk.kind != tokWord {
			break
		}
		ws[nw] = tk
		nw++
		p = tk.end
		if p < len(t) && t[p] == '/' {
			break
		}
	}
	if nw == 0 {
		return
	}
	var buf [96]byte
	ks := phraseKeysOf(buf[:0], t, ws[:nw])
	n := 0
	for l := nw; l >= 1; l-- {
		if kb, ok := ks.first(l); ok && units.has(kb) {
			n = l
			break
		}
	}
	w0 := t[ws[0].start:ws[0].end]
	if n == 0 && stopWords.has(ks.word(0)) {
		return // "trung bình", but "trung tâm" is a unit
	}
	if n == 0 {
		switch {
		case isAcronym(w0):
			n = 1
		case !generic || isUpperStart(w0):
			return
		case nw >= 2 && ws[0].end < len(t) && t[ws[0].end] != '/' && !stopWords.has(ks.word(1)) &&
			!isUpperStart(t[ws[1].start:ws[1].end]) && !phraseWords.has(ks.word(1)):
			n = 2
			if nw == 3 && unitHeads.has(ks.word(0)) && !unitHeads.has(ks.word(1)) && modifierGoesOn(t, ws[1], ws[2], ks.word(2)) {
				n = 3 // "trạm y tế", "camera giám sát": not "trạm y"
			}
		default:
			n = 1
		}
	}
	end := ws[n-1].end
	if e := rateEnd(t, end); e > end {
		end = e
	} else {
		end = perEnd(t, end)
	}
	kb, _ := ks.first(1)
	q.measure = measureUnits.has(kb)
	if !q.measure {
		if kb, ok := ks.first(n); ok {
			q.measure = measureUnits.has(kb)
		}
	}
	q.unitStart, q.unitEnd, q.stop = ws[0].start, end, end
	q.unit = clean(t[ws[0].start:end]) // "lượt\nkhách" as "lượt khách"
}

// modifierGoesOn reports whether the word c, lower-cased as w, goes on
// the modifier that the word b, the second of a unit, starts: it follows
// b after a single space and is a content word in lower case, not a
// word that governs a number. A head of
// one syllable ([unitHeads]) takes a modifier of two, which a unit must
// not cut ("bãi chôn lấp", not "bãi chôn").
func modifierGoesOn(t string, b, c tok, w []byte) bool {
	return c.start == b.end+1 && t[b.end] == ' ' && (c.end == len(t) || t[c.end] != '/') &&
		!stopWords.has(w) && !isPhrase(w) && !isUpperStart(t[c.start:c.end])
}

// isPhrase reports whether the lower-cased word w is a phrase of its own
// before a number, such as "đạt" or "tăng".
func isPhrase(w []byte) bool {
	_, ok := lookupPhrase(w)
	return ok
}

// rateEnd extends a unit that ends at end over the denominators written
// after "/": "USD/người", "bác sĩ/vạn dân", "con/phụ nữ", "bé trai/100 bé
// gái", "lít/người/ngày đêm". It returns end when no "/" follows.
func rateEnd(t string, end int) int {
	for k := 0; k < 2 && end+1 < len(t) && t[end] == '/'; k++ {
		nt := nextTok(t, end+1)
		if nt.start != end+1 || nt.kind != tokWord && nt.kind != tokNum {
			break
		}
		end = nt.end
		if nt.kind == tokNum || isScaleWord(t[nt.start:nt.end]) {
			// A base, then the counted noun: "100 bé gái", "vạn dân".
			w := nextTok(t, end)
			if w.kind != tokWord || w.start != end+1 || lowerIn(stopWords, t[w.start:w.end]) {
				continue
			}
			nt = w
		}
		end = nounEnd(t, nt)
	}
	return end
}

// perEnd extends a unit that ends at end over a rate written in words:
// "bác sĩ trên một vạn dân", "ca trên 100.000 dân". The base must be a
// power of ten, with a scale word after "một" or "1", and the counted
// noun a word for people, so that "ha trên 100 xã" stays apart.
func perEnd(t string, end int) int {
	a := nextTok(t, end)
	if a.kind != tokWord || !lowerIs(t[a.start:a.end], "trên") {
		return end
	}
	b := nextTok(t, a.end)
	small := false // "một", "1" or "10": needs a scale word
	switch {
	case b.kind == tokWord && lowerIs(t[b.start:b.end], "một"):
		small = true
	case b.kind == tokNum:
		z, ok := powerOfTen(t[b.start:b.end])
		if !ok {
			return end
		}
		small = z < 2
	default:
		return end
	}
	c := nextTok(t, b.end)
	if c.kind == tokWord && isScaleWord(t[c.start:c.end]) {
		small = false
		c = nextTok(t, c.end)
	}
	if small || c.kind != tokWord || !lowerIn(rateNouns, t[c.start:c.end]) {
		return end
	}
	return nounEnd(t, c)
}

// powerOfTen reports whether the numeral s is 1, 10, 100, 1.000, ...,
// and returns its number of zeros.
func powerOfTen(s string) (int, bool) {
	if s == "" || s[0] != '1' {
		return 0, false
	}
	z := 0
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '0':
			z++
		case '.':
		default:
			return 0, false
		}
	}
	return z, true
}

// isScaleWord reports whether w is a scale word ("nghìn", "vạn",
// "triệu", "tỷ", ...) or "trăm".
func isScaleWord(w string) bool {
	if _, ok := vnnum.Scale(w); ok {
		return true
	}
	return lowerIs(w, "trăm")
}

// nounEnd returns the end of the counted noun of a rate's denominator
// that starts with the word w: one word when it is a known unit or what
// follows is a function word ("người", "ha"), else two ("phụ nữ", "bé
// gái").
func nounEnd(t string, w tok) int {
	if w.end < len(t) && t[w.end] == '/' {
		return w.end
	}
	n2 := nextTok(t, w.end)
	if n2.kind != tokWord || n2.start != w.end+1 {
		return w.end
	}
	var buf [64]byte
	pair := [2]tok{w, n2}
	if kb, ok := key(buf[:0], t, pair[:]); ok && units.has(kb) {
		return n2.end
	}
	w1, w2 := textscan.Lower(t[w.start:w.end]), textscan.Lower(t[n2.start:n2.end])
	if units.hasString(w1) || measureUnits.hasString(w1) || stopWords.hasString(w2) || phraseWords.hasString(w2) || isUpperStart(t[n2.start:n2.end]) {
		return w.end
	}
	return n2.end
}

// readSuffix reads "trở lên" (or more) and "trở xuống" (or less) after
// the quantity and its unit.
func readSuffix(t string, q *quantity) {
	a := nextTok(t, q.stop)
	if a.kind != tokWord || !lowerIs(t[a.start:a.end], "trở") {
		return
	}
	b := nextTok(t, a.end)
	if b.kind != tokWord {
		return
	}
	switch textscan.Lower(t[b.start:b.end]) {
	case "lên":
		q.suffix = model.CompareGe
	case "xuống":
		q.suffix = model.CompareLe
	default:
		return
	}
	q.stop = b.end
}

// rankAfter looks, after the number of "nhóm 10 ...", for the words that
// make it a rank ("dẫn đầu", "đứng đầu", ...) within six words, and
// returns the end of the phrase and the words in between.
func rankAfter(t string, p int) (end int, unit string, ok bool) {
	var ws [7]tok
	n := 0
	for n < len(ws) {
		tk := nextTok(t, p)
		if tk.kind == tokPunct && t[tk.start:tk.end] == "," && n > 0 {
			p = tk.end // "nhóm 20 tỉnh, thành phố dẫn đầu"
			continue
		}
		if tk.kind != tokWord {
			break
		}
		ws[n] = tk
		n++
		p = tk.end
	}
	var buf [64]byte
	for i := 0; i < n; i++ {
		for l := 3; l >= 1; l-- {
			if i+l > n {
				continue
			}
			if kb, kok := key(buf[:0], t, ws[i:i+l]); kok && rankWords.has(kb) {
				if i > 0 {
					unit = t[ws[0].start:ws[i-1].end]
				}
				return ws[i+l-1].end, clean(unit), true
			}
		}
	}
	return 0, "", false
}

// chain is the run of words before a number that governs it, such as
// "phấn đấu có thêm khoảng" or "giảm còn dưới".
type chain struct {
	n       int    // number of phrases in the run
	first   int    // start of the run
	start   int    // start of the run without the leading lead-in words
	cmp     string // comparator
	change  string // "increase", "decrease" or ""
	governs bool   // a commitment, change or comparator word is present
	cmpOnly bool   // only comparator words govern
	cmpLong bool   // a comparator of two words or more: "ít nhất", "không dưới"
	level   bool   // "lên", "còn", "xuống": governs after a verb
	is      bool   // "là", "ở mức": governs under "phấn đấu"/"mục tiêu"
	from    bool   // the run ends with "từ"
	object  bool   // the verb takes the quantity as object: the metric follows
	subjEnd int    // end of the metric before the run: first, or after "tăng trưởng"
}

type element struct {
	phrase
	start, end int
	words      int // how many words the phrase has
}

// chain reads the run of governing words right before offset pos; pct
// tells whether the quantity there is a percentage.
func (f *finder) chain(pos int, pct bool) chain {
	t := f.text
	var toks [8]tok
	var low [len(toks)][]byte // the text of toks lower-cased, each once
	var arena [128]byte
	lowered := arena[:0]
	m := 0
	var buf [64]byte
	for p := pos; m < len(toks); {
		tk := prevTok(t, p, f.lastEnd)
		if tk.kind != tokWord && tk.kind != tokSym {
			break
		}
		if tk.kind == tokSym && tk.start > 0 && t[tk.start-1] == t[tk.start] {
			break // a rule of signs, such as "=====", compares nothing
		}
		k := len(lowered)
		lowered = textscan.AppendLower(lowered, t[tk.start:tk.end])
		w := lowered[k:len(lowered):len(lowered)]
		if !phraseWords.has(w) {
			break // no phrase holds the word, nor goes past it
		}
		toks[m], low[m] = tk, w
		m++
		p = tk.start
		if tk.kind == tokSym {
			break // a sign ends the run: "tỷ lệ cắt giảm >= 30%"
		}
	}
	var els [8]element
	ne := 0
	var seq [4]tok
	var seqLow [len(seq)][]byte
	for k := 0; k < m; {
		// The phrase ends with toks[k], the word nearest the number; its
		// words, in text order, are the last l of seq.
		n := min(len(seq), m-k)
		for x := 0; x < n; x++ {
			seq[x], seqLow[x] = toks[k+n-1-x], low[k+n-1-x]
		}
		matched := 0
		for l := n; l >= 1; l-- {
			kb, ok := joinWords(buf[:0], seqLow[n-l:n])
			if !ok {
				continue
			}
			if ph, ok := lookupPhrase(kb); ok {
				els[ne] = element{phrase: ph, start: seq[n-l].start, end: seq[n-1].end, words: l}
				ne++
				matched = l
				break
			}
		}
		if matched == 0 {
			break
		}
		k += matched
	}
	// "đến"/"tới" count only right after a change verb, "từ" only right
	// before the number.
	for i := 0; i < ne; i++ {
		if els[i].subject && i > 0 && els[i-1].role != roleFiller {
			ne = i // "tốc độ tăng trưởng kinh tế đạt 7%": part of the metric
			break
		}
		if els[i].pct && !pct {
			ne = i // "đạt chuẩn từ 3 sao": a grade, not a commitment
			break
		}
		if els[i].role == roleLevel {
			if pt := prevTok(t, els[i].start, f.lastEnd); pt.kind == tokWord && lowerIs(t[pt.start:pt.end], "trở") {
				ne = i // "từ 60 tuổi trở lên đạt 85%": "lên" ends a qualifier
				break
			}
		}
		switch els[i].role {
		case roleTo:
			if i+1 >= ne || els[i+1].role != roleIncrease && els[i+1].role != roleDecrease {
				ne = i
			}
		case roleFrom:
			if i > 0 {
				ne = i
			}
		}
	}
	c := chain{n: ne}
	if ne == 0 {
		return c
	}
	c.first = els[ne-1].start
	c.start = c.first
	c.subjEnd = c.first
	for _, e := range els[:ne] {
		if e.subject {
			// "tốc độ tăng trưởng kinh tế 8%", also after a lead-in:
			// "phấn đấu tăng trưởng kinh tế bình quân 8%/năm".
			c.subjEnd = e.end
			break
		}
	}
	leading := true
	strong := false // a governing word other than a comparator
	for i := ne - 1; i >= 0; i-- {
		e := els[i]
		if leading && e.role != roleLead && e.role != roleFiller {
			c.start = e.start
			leading = false
		}
		if e.role != roleCmp && e.role != roleFiller {
			c.object = e.object
		}
		switch e.role {
		case roleLead, roleCommit:
			c.governs, strong = true, true
			if e.cmp != "" && c.cmp == "" {
				c.cmp = e.cmp
			}
		case roleCmp:
			c.governs = true
			c.cmpLong = c.cmpLong || e.words > 1
			if e.cmp != model.CompareEq || c.cmp == "" {
				c.cmp = e.cmp
			}
		case roleIncrease:
			c.governs, strong = true, true
			c.change = "increase"
		case roleDecrease:
			c.governs, strong = true, true
			c.change = "decrease"
		case roleLevel, roleTo:
			c.level = true
			c.change = ""
		case roleIs:
			c.is = true
		case roleFrom:
			c.from = true
		}
	}
	if leading { // only lead-in words: "phấn đấu 100%"
		c.start = c.first
	}
	if c.from {
		c.governs = true
	}
	c.cmpOnly = c.governs && !strong
	return c
}

// sentenceGoverned reports whether "phấn đấu", "mục tiêu" or "chỉ tiêu"
// comes earlier in the sentence that holds offset pos; a list of targets
// after "Mục tiêu:" may run over ";".
func (f *finder) sentenceGoverned(pos int) bool {
	t := f.text
	limit := max(0, pos-400)
	for p := pos; ; {
		tk := prevTok(t, p, limit)
		switch tk.kind {
		case tokNone:
			return false
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", "!", "?":
				return false
			}
		case tokWord:
			if c := t[tk.end-1]; c != 'u' && c != 'U' {
				break // only "u" and "U" lower-case to the "u" that ends both words
			}
			var want1, want2 string
			switch textscan.Lower(t[tk.start:tk.end]) {
			case "đấu":
				want1 = "phấn"
			case "tiêu":
				want1, want2 = "mục", "chỉ"
			}
			if want1 != "" {
				if pt := prevTok(t, tk.start, limit); pt.kind == tokWord {
					if w := textscan.Lower(t[pt.start:pt.end]); w == want1 || w == want2 {
						// "mục tiêu" governs as a lead ("Mục tiêu: ..."),
						// not inside a phrase ("phục vụ mục tiêu xây dựng").
						if pk := prevTok(t, pt.start, limit); want1 == "phấn" || pk.kind == tokNone || pk.kind == tokPunct || pk.kind == tokNum {
							return true
						}
					}
				}
			}
		}
		p = tk.start
	}
}

// changeVerb looks back from offset pos, within the clause and twelve
// words, for "tăng" or "giảm" whose object is a percentage, as in "giảm
// tỷ lệ hộ nghèo bình quân 1,5%/năm". It returns the verb's start and the
// change.
func (f *finder) changeVerb(pos int) (int, string, bool) {
	t := f.text
	limit := max(f.lastEnd, pos-200)
	after, after2 := "", ""
	for p, words := pos, 0; words < 12; words++ {
		tk := prevTok(t, p, limit)
		if tk.kind != tokWord {
			return 0, "", false
		}
		w := textscan.Lower(t[tk.start:tk.end])
		var change string
		switch w {
		case "tăng":
			change = "increase"
		case "giảm":
			change = "decrease"
		}
		if change != "" {
			switch after {
			case "cường":
				if after2 != "độ" { // "giảm cường độ phát thải" has an object
					return 0, "", false // "tăng cường"
				}
			case "trưởng", "thiểu", "nghèo", "thêm", "lên", "xuống", "còn":
				return 0, "", false // "tăng trưởng", "giảm nghèo"
			}
			if words == 0 {
				return 0, "", false
			}
			return tk.start, change, true
		}
		if ph, ok := lookupPhraseString(w); ok && ph.role != roleFiller && (ph.role != roleCmp || words == 0) {
			return 0, "", false // a comparator away from the number is a preposition: "trên đơn vị GRDP"
		}
		after, after2 = w, after
		p = tk.start
	}
	return 0, "", false
}

// afterTrongDo reports whether the number at pos follows "trong đó" in
// the sentence of the last match: a part of that target.
func (f *finder) afterTrongDo(pos int) bool {
	if len(f.out) == 0 || pos-f.lastEnd > 300 {
		return false
	}
	t := f.text
	for p := pos; ; {
		tk := prevTok(t, p, f.lastEnd)
		switch tk.kind {
		case tokNone:
			return false
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", ";", "!", "?":
				return false
			}
		case tokWord:
			if lowerIs(t[tk.start:tk.end], "đó") {
				if pt := prevTok(t, tk.start, f.lastEnd); pt.kind == tokWord && lowerIs(t[pt.start:pt.end], "trong") {
					return true
				}
			}
		}
		p = tk.start
	}
}

// verbBefore reports whether a verb that "lên", "còn" or "xuống" can
// complete ("tăng", "nâng", "giảm", "đưa", ...) comes earlier in the
// clause that holds offset pos.
func (f *finder) verbBefore(pos int) bool {
	t := f.text
	limit := max(f.lastEnd, pos-200)
	for p := pos; ; {
		tk := prevTok(t, p, limit)
		switch tk.kind {
		case tokNone:
			return false
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", ";", "!", "?", ":", "(", ")":
				return false
			}
		case tokWord:
			if lowerIn(verbs, t[tk.start:tk.end]) {
				return true
			}
		}
		p = tk.start
	}
}

// clauseAfterTarget reports whether the token that ends at pos is ";"
// and the last match lies earlier in the same sentence: a clause after
// it goes on stating targets ("Đến năm 2030, 100% xã đạt chuẩn ...; có
// 30 bác sĩ/vạn dân").
func (f *finder) clauseAfterTarget(pos int) bool {
	if len(f.out) == 0 || pos-f.lastEnd > 400 {
		return false
	}
	t := f.text
	if pt := prevTok(t, pos, f.lastEnd); pt.kind != tokPunct || t[pt.start:pt.end] != ";" {
		return false
	}
	for p := pos; ; {
		tk := prevTok(t, p, f.lastEnd)
		switch tk.kind {
		case tokNone:
			return true
		case tokPunct:
			switch t[tk.start:tk.end] {
			case "", ".", "!", "?":
				return false
			}
		}
		p = tk.start
	}
}

// spends reports whether a change or level of the sum of money q, read
// from start, with metric m, is a resource a plan spends rather than a
// result it commits to: its metric opens with a word of resourceHeads
// ("kinh phí thực hiện tăng thêm 2 tỷ đồng"), or it restates, in
// brackets, the change of the sum just before ("lên thành 208 tỷ đồng
// (tăng 35 tỷ)").
func spends(t string, q *quantity, start int, m string) bool {
	if q.unit == "" || !lowerIn(moneyUnits, q.unit) {
		return false
	}
	return resourceMetric(m) || restatesAmount(t, start)
}

// resourceMetric reports whether the metric m opens with a word of
// resourceHeads.
func resourceMetric(m string) bool {
	if m == "" {
		return false
	}
	low := textscan.Lower(m)
	for i, words := 0, 0; i <= len(low) && words < 4; i++ {
		if i == len(low) || low[i] == ' ' {
			if resourceHeads.hasString(low[:i]) {
				return true
			}
			words++
		}
	}
	return false
}

// restatesAmount reports whether start follows an open bracket right
// after a sum of money: a numeral, then scale words or units of money
// ("208 tỷ đồng (", "173 tỷ (").
func restatesAmount(t string, start int) bool {
	pt := prevTok(t, start, 0)
	if pt.kind != tokPunct || t[pt.start:pt.end] != "(" {
		return false
	}
	p := pt.start
	for range 3 {
		tk := prevTok(t, p, 0)
		switch {
		case tk.kind == tokNum:
			return p < pt.start // a unit or scale word stands between
		case tk.kind != tokWord:
			return false
		}
		if w := t[tk.start:tk.end]; !isScaleWord(w) && !lowerIn(moneyUnits, w) {
			return false
		}
		p = tk.start
	}
	return false
}
