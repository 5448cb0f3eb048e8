package agency

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// vowelRows lists the Vietnamese vowels with their five tone marks, in the
// order none, grave, acute, hook above, tilde, dot below.
var vowelRows = [...]string{
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ",
	"eèéẻẽẹ", "êềếểễệ",
	"iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ",
	"uùúủũụ", "ưừứửữự",
	"yỳýỷỹỵ",
}

// vtabSize bounds the runes vtab describes; all Vietnamese letters are
// below it.
const vtabSize = 0x1F00

// rowASCII is the letter without diacritics of each row of vowelRows.
const rowASCII = "aaaeeiooouuy"

// vtab describes the Vietnamese vowels: bits 0-3 hold the row in
// vowelRows plus one (0 for a rune that is no vowel), bits 4-6 the tone
// mark, bit 7 upper case. vowelRunes holds the lower-case vowels by row
// and tone. Both are set by an initialiser, not by init, so that the
// package-level word lists, which are folded as they are built, see them.
var vtab, vowelRunes = buildVowels()

func buildVowels() (*[vtabSize]uint8, *[len(vowelRows)][6]rune) {
	var tab [vtabSize]uint8
	var runes [len(vowelRows)][6]rune
	for i, row := range vowelRows {
		t := 0
		for _, r := range row {
			runes[i][t] = r
			tab[r] = uint8(i+1) | uint8(t)<<4
			tab[unicode.ToUpper(r)] = uint8(i+1) | uint8(t)<<4 | 0x80
			t++
		}
	}
	return &tab, &runes
}

// vowel describes a Vietnamese vowel: its row in vowelRows, its tone
// mark (0 for none, 1-5 in vowelRows order) and its case.
type vowel struct {
	row, tone uint8
	upper, ok bool
}

func vowelOf(r rune) vowel {
	if r < 0 || r >= vtabSize {
		return vowel{}
	}
	v := vtab[r]
	if v == 0 {
		return vowel{}
	}
	return vowel{row: v&0x0F - 1, tone: v >> 4 & 0x07, upper: v&0x80 != 0, ok: true}
}

// withTone returns the lower-case vowel of row with tone mark t.
func withTone(row, t uint8) rune {
	return vowelRunes[row][t]
}

// isLetter, isUpper, isLower and toLower are their namesakes of package
// unicode with fast paths for ASCII and Vietnamese letters.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r < vtabSize && vtab[r] != 0, r == 'đ', r == 'Đ':
		return true
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case r < vtabSize && vtab[r] != 0:
		return vtab[r]&0x80 != 0
	case r == 'Đ':
		return true
	case r == 'đ':
		return false
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z'
	case r < vtabSize && vtab[r] != 0:
		return vtab[r]&0x80 == 0
	case r == 'đ':
		return true
	case r == 'Đ':
		return false
	}
	return unicode.IsLower(r)
}

func toLower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r < vtabSize && vtab[r] != 0:
		v := vowelOf(r)
		return withTone(v.row, v.tone)
	case r == 'Đ':
		return 'đ'
	}
	return unicode.ToLower(r)
}

// fixTone moves the tone mark of a syllable that ends in the vowel pair
// oa, oe or uy from the second vowel to the first ("hoà" → "hòa",
// "uỷ" → "ủy", "thuỷ" → "thủy"), the placement used in administrative
// texts. Both placements occur in real documents; unifying them is a rule
// of the script, not a list of words. The syllable has n runes in lower
// case and ends with a and b, after c if n >= 3; fixTone returns its last
// two runes with the tone mark placed and whether it moved the mark.
// "qu" + "y" ("quý") is left alone, as the u belongs to the consonant.
func fixTone(c, a, b rune, n int) (rune, rune, bool) {
	if n < 2 {
		return a, b, false
	}
	v2 := vowelOf(b)
	if !v2.ok || v2.tone == 0 {
		return a, b, false
	}
	v1 := vowelOf(a)
	if !v1.ok || v1.tone != 0 {
		return a, b, false
	}
	b1, b2 := vowelRunes[v1.row][0], vowelRunes[v2.row][0]
	switch {
	case b1 == 'o' && (b2 == 'a' || b2 == 'e'):
	case b1 == 'u' && b2 == 'y':
	default:
		return a, b, false
	}
	if n >= 3 && (vowelOf(c).ok || (b1 == 'u' && c == 'q')) {
		return a, b, false
	}
	return withTone(v1.row, v2.tone), b2, true
}

// maxSyllable bounds the runes of a syllable: a longer run of letters has
// no tone mark to place, except in its last maxSyllable runes or fewer.
const maxSyllable = 16

// appendFold appends s to dst in lower case with the tone marks of every
// syllable placed by fixTone. Other characters are copied as they are.
func appendFold(dst []byte, s string) []byte {
	// The syllable being read is written to dst as it is read: n runes,
	// the last three of which are c, a and b, a starting at dst[at].
	n := 0
	var c, a, b rune
	var at, atB int
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if classOf(r)&cLetter == 0 {
			dst = endSyllable(dst, n, c, a, b, at)
			n = 0
			if r < utf8.RuneSelf {
				dst = append(dst, byte(r))
			} else {
				dst = utf8.AppendRune(dst, r)
			}
			continue
		}
		if n == maxSyllable {
			n = 0 // too long for a syllable: no tone to place
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = toLower(r)
		}
		c, a, b = a, b, r
		at, atB = atB, len(dst)
		dst = utf8.AppendRune(dst, r)
		n++
	}
	return endSyllable(dst, n, c, a, b, at)
}

// endSyllable places the tone mark of the syllable of n runes that
// appendFold wrote to dst, ending with a and b after c, a at dst[at].
func endSyllable(dst []byte, n int, c, a, b rune, at int) []byte {
	if n < 2 {
		return dst
	}
	if a, b, ok := fixTone(c, a, b, n); ok {
		dst = utf8.AppendRune(utf8.AppendRune(dst[:at], a), b)
	}
	return dst
}

// fold returns s in lower case with unified tone placement.
func fold(s string) string {
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// toASCII returns s with Vietnamese diacritics removed ("đ" → "d").
func toASCII(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch v := vowelOf(r); {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case v.ok && v.upper:
			b = append(b, rowASCII[v.row]-'a'+'A')
		case v.ok:
			b = append(b, rowASCII[v.row])
		case r == 'đ':
			b = append(b, 'd')
		case r == 'Đ':
			b = append(b, 'D')
		case unicode.Is(unicode.Mn, r):
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// isASCII reports whether s has only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// kind is the kind of a token.
type kind uint8

const (
	kWord   kind = iota // letters and digits, with inner - . / & and a final +
	kComma              // ,
	kSemi               // ;
	kColon              // :
	kPeriod             // . …
	kOpen               // ( [ {
	kClose              // ) ] }
	kDash               // a free-standing - – — + • ·
	kOther              // anything else that is not space or markup
)

// token is a word or punctuation mark of a scanned text.
type token struct {
	start, end int // byte offsets in words.text
	f0, f1     int // folded form in words.fold (words that are not own)
	kind       kind
	cap        bool  // the first rune is upper case
	upper      bool  // some letter is upper case
	lower      bool  // some letter is lower case
	own        bool  // the word is its own folded form, text[start:end]
	syl        int32 // 1 + the index of its syllable in syllableList; 0 until words.syl looks it up
}

// words is a scanned text.
type words struct {
	text string
	toks []token
	fold string
	buf  []byte // the memory of fold

	// The state of the scan, for more: where it stopped, whether it stops
	// at the end of the first sentence and whether it found that end.
	next     int
	sentence bool
	ended    bool
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return isLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// The classes of a rune that the scanner needs, as bits.
const (
	cWord   uint16 = 1 << iota // isWordRune
	cLetter                    // isLetter
	cUpper                     // isUpper
	cLower                     // isLower
	cFolds                     // a letter that toLower changes
	cJoin                      // a rune that continues a word: cWord, "&", "+"
	// The vowels that fixTone may move a tone mark between: a toneless
	// "o" or "u", and an "a" or "e", or a "y", with a tone mark, in
	// either case.
	cBareO
	cBareU
	cTonedAE
	cTonedY
)

// runeClasses holds the class of every rune below vtabSize.
var runeClasses = buildClasses()

func buildClasses() *[vtabSize]uint16 {
	var tab [vtabSize]uint16
	for r := rune(0); r < vtabSize; r++ {
		tab[r] = classify1(r)
	}
	return &tab
}

// classify1 computes the class of r.
func classify1(r rune) uint16 {
	var c uint16
	if isWordRune(r) {
		c |= cWord
	}
	if isLetter(r) {
		c |= cLetter
	}
	if isWordRune(r) || r == '&' || r == '+' {
		c |= cJoin
	}
	if isUpper(r) {
		c |= cUpper
	}
	if isLower(r) {
		c |= cLower
	}
	if isLetter(r) && toLower(r) != r {
		c |= cFolds
	}
	if v := vowelOf(r); v.ok {
		switch base := vowelRunes[v.row][0]; {
		case v.tone == 0 && base == 'o':
			c |= cBareO
		case v.tone == 0 && base == 'u':
			c |= cBareU
		case v.tone != 0 && (base == 'a' || base == 'e'):
			c |= cTonedAE
		case v.tone != 0 && base == 'y':
			c |= cTonedY
		}
	}
	return c
}

// classOf returns the class of r.
func classOf(r rune) uint16 {
	if uint32(r) < vtabSize {
		return runeClasses[r]
	}
	return classify1(r)
}

// scan splits text into tokens. Markdown emphasis, quotes and spaces are
// skipped; the byte offsets of the tokens still point into text.
func scan(text string) *words {
	w := &words{}
	scanInto(w, text, 0, false, false)
	return w
}

// wordsPool recycles the scans of ParseClause, which runs on every
// paragraph of a document.
var wordsPool = sync.Pool{New: func() any { return new(words) }}

// scanPooled is scanInto a scan taken from wordsPool: it stops after
// limit tokens, if limit > 0, and, if sentence is set, at the end of the
// first sentence (see endsSentence): the word that starts the second
// sentence is not scanned. The caller may scan on with more, gives the
// scan back with release and keeps no string of it.
func scanPooled(text string, limit int, sentence bool) *words {
	w := wordsPool.Get().(*words)
	scanInto(w, text, limit, sentence, true)
	return w
}

// release returns a scan of scanPooled to the pool.
func (w *words) release() {
	w.text, w.fold = "", ""
	wordsPool.Put(w)
}

// scanInto scans text into w as scanPooled describes, reusing w's memory
// if reuse is set.
func scanInto(w *words, text string, limit int, sentence, reuse bool) {
	w.text = text
	w.next, w.sentence, w.ended = 0, sentence, false
	if reuse {
		w.toks, w.buf = w.toks[:0], w.buf[:0]
	} else {
		// Most calls stop at the end of the first sentence: start small.
		size := min(len(text)/5+1, 48)
		if limit > 0 && limit < size {
			size = limit
		}
		w.toks = make([]token, 0, size)
		w.buf = nil
	}
	w.more(limit)
}

// more scans on where the scan stopped, up to limit tokens in all if
// limit > 0, else to the end of the text or of its first sentence.
func (w *words) more(limit int) {
	if limit <= 0 {
		limit = math.MaxInt
	}
	text, toks, buf := w.text, w.toks, w.buf
	i := w.next
	for !w.ended && i < len(text) && len(toks) < limit {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = runeAt(text, i)
		}
		cl := classOf(r)
		if cl&cWord != 0 {
			// The word is its own folded form unless a letter changes
			// case or a syllable ends with a pair of vowels whose tone
			// mark fixTone may move: pair says the runes so far end with
			// one. A rune that is neither upper nor lower case may end the
			// syllable.
			j := i
			upper, lower, own := false, false, true
			bareO, bareU, pair := false, false, false
			for j < len(text) {
				if c := text[j]; 'a' <= c && c <= 'z' {
					// A run of lower-case ASCII letters, the most common
					// runes: no tone mark in it.
					k := j + 1
					for k < len(text) && 'a' <= text[k] && text[k] <= 'z' {
						k++
					}
					lower, pair = true, false
					bareO, bareU = text[k-1] == 'o', text[k-1] == 'u'
					j = k
					continue
				}
				// runeAt, inlined for the runes of Vietnamese words.
				r, sz := rune(text[j]), 1
				switch c := text[j]; {
				case c < utf8.RuneSelf:
				case 0xC2 <= c && c <= 0xDF && j+1 < len(text) && text[j+1]&0xC0 == 0x80:
					r, sz = rune(c&0x1F)<<6|rune(text[j+1]&0x3F), 2
				case c == 0xE1 && j+2 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80:
					r, sz = 0x1000|rune(text[j+1]&0x3F)<<6|rune(text[j+2]&0x3F), 3
				default:
					r, sz = utf8.DecodeRuneInString(text[j:])
				}
				cl := classOf(r)
				if cl&cJoin != 0 {
					if cl&cUpper != 0 {
						upper = true
					} else if cl&cLower != 0 {
						lower = true
					}
					if cl&cFolds != 0 || pair && cl&(cUpper|cLower) == 0 {
						own = false
					}
					pair = bareO && cl&cTonedAE != 0 || bareU && cl&cTonedY != 0
					bareO, bareU = cl&cBareO != 0, cl&cBareU != 0
					j += sz
					continue
				}
				if r == '-' || r == '.' || r == '/' || r == '\'' || r == '’' || r == '_' {
					if j+sz < len(text) {
						if r2, _ := runeAt(text, j+sz); classOf(r2)&cWord != 0 {
							own = own && !pair
							bareO, bareU, pair = false, false, false
							j += sz
							continue
						}
					}
				}
				break
			}
			capital := cl&cUpper != 0
			if w.sentence && capital && endsSentence(text, toks) {
				w.ended = true
				break
			}
			// The token is written in place: a copy of a token built
			// field by field is slow to load.
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			t.start, t.end, t.kind = i, j, kWord
			t.cap, t.upper, t.lower, t.own = capital, upper, lower, own && !pair
			if !t.own {
				t.f0 = len(buf)
				buf = appendFold(buf, text[i:j])
				t.f1 = len(buf)
			}
			i = j
			continue
		}
		k := kOther
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', 0xa0, 0x200b, 0xfeff,
			'*', '_', '#', '`', '"', '“', '”', '\'', '‘', '’', '«', '»', '>', '~':
			i += size
			continue
		case ',', '，':
			k = kComma
		case ';':
			k = kSemi
		case ':':
			k = kColon
		case '.', '…', '。':
			k = kPeriod
		case '(', '[', '{':
			k = kOpen
		case ')', ']', '}':
			k = kClose
		case '-', '–', '—', '+', '•', '·', '−':
			k = kDash
		default:
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		t.start, t.end, t.kind = i, i+size, k
		i += size
	}
	w.next, w.toks, w.buf = i, toks, buf
	// buf is not written again before the scan is released or dropped.
	w.fold = unsafe.String(unsafe.SliceData(buf), len(buf))
}

// runeAt is utf8.DecodeRuneInString(s[i:]) with fast paths for the runes
// of Vietnamese text.
func runeAt(s string, i int) (rune, int) {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		// U+0080 to U+07FF, such as "à" and "ư".
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		// U+1000 to U+1FFF, such as "ạ" and "ố".
		return 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// word returns the folded form of token k, or "" if k is not a word.
func (w *words) word(k int) string {
	if k < 0 || k >= len(w.toks) || w.toks[k].kind != kWord {
		return ""
	}
	t := &w.toks[k]
	if t.own {
		return w.text[t.start:t.end]
	}
	return w.fold[t.f0:t.f1]
}

// syl returns what the lexicons know of the word at token k, noSyllable
// if nothing or if k is not a word. It looks the word up once.
func (w *words) syl(k int) *syllable {
	if k < 0 || k >= len(w.toks) || w.toks[k].kind != kWord {
		return noSyllable
	}
	t := &w.toks[k]
	if t.syl == 0 {
		t.syl = 1 + syllableIDs[w.word(k)] // 0 for a word it does not know
	}
	return syllableList[t.syl-1]
}

// isWord reports whether token k exists and is a word.
func (w *words) isWord(k int) bool {
	return k >= 0 && k < len(w.toks) && w.toks[k].kind == kWord
}

// is reports whether the tokens from k are the words of phrase, a folded
// phrase of space-separated syllables, and returns how many tokens it took.
func (w *words) is(k int, phrase string) int {
	n := 0
	for phrase != "" {
		sp := 0
		for sp < len(phrase) && phrase[sp] != ' ' {
			sp++
		}
		if w.word(k+n) != phrase[:sp] {
			return 0
		}
		n++
		if sp == len(phrase) {
			break
		}
		phrase = phrase[sp+1:]
	}
	return n
}

// caseless reports whether tokens [s, e) carry no case information: all
// letters are upper case, or none is upper case after the first word. In
// caseless text capitalisation says nothing about names.
func (w *words) caseless(s, e int) bool {
	lower, upperLater := false, false
	first := true
	for k := s; k < e; k++ {
		t := &w.toks[k]
		if t.kind != kWord {
			continue
		}
		if t.lower {
			lower = true
		}
		if t.upper && !first {
			upperLater = true
		}
		first = false
	}
	return !lower || !upperLater
}

// capital reports whether token k counts as a capitalised word: in cased
// text, a word whose first rune is upper case.
func (w *words) capital(k int, caseless bool) bool {
	return !caseless && w.isWord(k) && w.toks[k].cap
}

// endsSentence reports whether a capitalised word after toks, the tokens
// of text before it, starts a new sentence: the token before it is a
// period that is not the first token and does not follow a short
// capitalised abbreviation.
func endsSentence(text string, toks []token) bool {
	k := len(toks)
	if k < 2 || toks[k-1].kind != kPeriod {
		return false
	}
	if p := &toks[k-2]; p.kind == kWord && p.cap && utf8.RuneCountInString(text[p.start:p.end]) <= 2 {
		return false
	}
	return true
}

// span returns the text of tokens [a, b).
func (w *words) span(a, b int) string {
	if a >= b {
		return ""
	}
	return w.text[w.toks[a].start:w.toks[b-1].end]
}

// mayContain reports whether the text of tokens [a, b) contains s or t.
func (w *words) mayContain(a, b int, s, t string) bool {
	span := w.span(a, b)
	return strings.Contains(span, s) || strings.Contains(span, t)
}

// rest returns the text of tokens [a, b) without leading and trailing
// punctuation.
func (w *words) rest(a, b int) string {
	for a < b && w.toks[a].kind != kWord && w.toks[a].kind != kOpen {
		a++
	}
	for b > a {
		switch w.toks[b-1].kind {
		case kComma, kSemi, kColon, kPeriod, kDash:
			b--
			continue
		}
		break
	}
	return w.span(a, b)
}

// bracketDepth returns the depth of brackets after a token of kind
// kind, at depth before it; a stray closing bracket is ignored.
func bracketDepth(kind kind, depth int) int {
	switch {
	case kind == kOpen:
		return depth + 1
	case kind == kClose && depth > 0:
		return depth - 1
	}
	return depth
}

// countWords returns the number of words in tokens [a, b) outside
// brackets.
func (w *words) countWords(a, b int) int {
	n, depth := 0, 0
	for k := a; k < b; k++ {
		switch w.toks[k].kind {
		case kOpen, kClose:
			depth = bracketDepth(w.toks[k].kind, depth)
		case kWord:
			if depth == 0 {
				n++
			}
		}
	}
	return n
}
