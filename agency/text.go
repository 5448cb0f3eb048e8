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
			r, size = runeAt(s, i)
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

// isSpace is unicode.IsSpace with a fast path for letters.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	if r > 0xFF && classOf(r)&cLetter != 0 {
		return false
	}
	return unicode.IsSpace(r)
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
	kWord   kind = iota // letters and digits, with inner - . / & and a final + (see startsName)
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
	start, end int    // byte offsets in words.text
	word       string // the folded form of a word, "" for other tokens
	kind       kind
	cap        bool // the first rune is upper case
	upper      bool // some letter is upper case
	lower      bool // some letter is lower case
	// nameLen is 1 + words.startLen of the token, 0 until startLen
	// computes it; lift forgets it if nameClipped says that the limit of
	// the scan kept from it a token it asked for.
	nameLen     int8
	nameClipped bool
	// syl is what the lexicons know of the word, nil until words.syl
	// looks it up; noSyllable for other tokens.
	syl *syllable
}

// words is a scanned text.
type words struct {
	text string
	toks []token
	buf  []byte // the memory of the folded words that are not substrings of text

	spans [][2]int // the memory of split
	// shared holds, for each span that split returned last, the tokens
	// of the head it shares with the other names of a list, or {0, 0}
	// (see distribute); dist is the memory of distribute.
	shared [][2]int
	dist   [][2]int
	// units holds, while split runs, the head each span shares with the
	// units of one level before it (see unitSibling), or {0, 0}.
	units [][2]int

	// The state of the scan, for scanTo: where it stopped, how many tokens
	// it may hold in all, whether it stops at the end of the first
	// sentence and whether it found that end.
	next     int
	limit    int
	sentence bool
	ended    bool

	// cased caches caseless: 0 if not known, 1 if false, 2 if true.
	cased uint8
	// clipped reports that the limit of the scan kept a token asked for
	// out of it, or that caseless answered true within the limit: what
	// was computed may change once lift lifts the limit.
	clipped bool
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
	// either case. scanTo relies on their order: cBareO<<2 is cTonedAE
	// and cBareU<<2 is cTonedY.
	cBareO
	cBareU
	cTonedAE
	cTonedY
)

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
	w.scanTo(math.MaxInt)
	return w
}

// wordsPool recycles the scans of ParseClause, which runs on every
// paragraph of a document.
var wordsPool = sync.Pool{New: func() any { return new(words) }}

// scanPooled is scanInto a scan taken from wordsPool. The caller gives the
// scan back with release and keeps no string of it.
func scanPooled(text string, limit int, sentence bool) *words {
	w := wordsPool.Get().(*words)
	scanInto(w, text, limit, sentence, true)
	return w
}

// release returns a scan of scanPooled to the pool.
func (w *words) release() {
	w.text = ""
	wordsPool.Put(w)
}

// scanInto prepares w to scan text, reusing w's memory if reuse is set.
// The tokens are scanned as they are asked for (see has), at most limit
// of them if limit > 0; if sentence is set, the scan stops at the end of
// the first sentence (see endsSentence): the word that starts the second
// sentence is not scanned.
func scanInto(w *words, text string, limit int, sentence, reuse bool) {
	w.text = text
	w.next, w.sentence, w.ended = 0, sentence, false
	w.limit, w.cased, w.clipped = limit, 0, false
	if limit <= 0 {
		w.limit = math.MaxInt
	}
	if reuse {
		w.toks, w.buf = w.toks[:0], w.buf[:0]
	} else {
		// Most calls stop at the end of the first sentence: start small.
		size := min(len(text)/5+1, 48, w.limit)
		w.toks = make([]token, 0, size)
		w.buf = nil
	}
}

// lift lifts the limit of the scan: tokens are scanned on demand to the
// end of the text or of its first sentence. Code that reads the whole
// sentence takes openEnd for its end.
func (w *words) lift() {
	w.limit = math.MaxInt
	// What startLen found within the limit may change beyond it.
	for i := range w.toks {
		if w.toks[i].nameClipped {
			w.toks[i].nameLen = 0
		}
	}
	w.clipped = false
	if w.cased == 2 {
		w.cased = 0 // a later word may be capitalised; cased text stays cased
	}
}

// openEnd is a token index that stands for the end of the first sentence
// while the scan has not reached it. Loops over tokens up to openEnd stop
// where has reports no token.
const openEnd = math.MaxInt

// scanAhead is how many tokens has scans beyond the one asked for: the
// grammar mostly reads a few tokens on.
const scanAhead = 2

// has reports whether token k exists, scanning on to it if needed.
func (w *words) has(k int) bool {
	return uint(k) < uint(len(w.toks)) || w.grow(k)
}

// grow scans on to token k, and a few more, within the limit of the scan,
// and reports whether token k exists.
func (w *words) grow(k int) bool {
	if k < 0 || w.ended || w.next >= len(w.text) {
		return false
	}
	if len(w.toks) < w.limit {
		w.scanTo(min(w.limit, k+1+scanAhead))
		if k < len(w.toks) {
			return true
		}
		if w.ended || w.next >= len(w.text) {
			return false
		}
	}
	w.clipped = true // the limit keeps token k out of the scan
	return false
}

// scanTo scans on where the scan stopped until the scan holds n tokens or
// reaches the end of the text or of its first sentence.
func (w *words) scanTo(n int) {
	if w.ended {
		return
	}
	text, toks, buf := w.text, w.toks, w.buf
	sentence, ended := w.sentence, false
	i := w.next
	for i < len(text) && len(toks) < n {
		if text[i] == ' ' {
			i++ // the space between words, the most common rune
			continue
		}
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
			//
			// seen gathers the classes of the runes, but for a change of
			// case of the first rune, noted in folded1: such a word folds
			// by its first rune alone if it is otherwise its own folded
			// form. prev is the class of the rune before, 0 at the start
			// of a syllable; cBareO and cBareU shifted left by two are
			// cTonedAE and cTonedY, the vowels that make a pair after them.
			j := i
			var seen, prev uint16
			own, pair, folded1 := true, false, false
			if c := text[i]; c < 'a' || c > 'z' {
				// The first rune, as the loop would read it.
				seen, prev = cl&^cFolds, cl
				folded1 = cl&cFolds != 0
				j += size
			}
			for j < len(text) {
				if c := text[j]; 'a' <= c && c <= 'z' {
					// A run of lower-case ASCII letters, the most common
					// runes: no tone mark in it.
					k := j + 1
					for k < len(text) && 'a' <= text[k] && text[k] <= 'z' {
						k++
					}
					seen |= cLower
					prev, pair = runeClasses[text[k-1]], false
					j = k
					continue
				}
				if text[j] == ' ' {
					break // the space after a word, the most common end
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
					if pair && cl&(cUpper|cLower) == 0 {
						own = false
					}
					seen |= cl
					pair = prev<<2&cl&(cTonedAE|cTonedY) != 0
					prev = cl
					j += sz
					continue
				}
				if r == '-' || r == '.' || r == '/' || r == '\'' || r == '’' || r == '_' {
					if j+sz < len(text) {
						if r2, sz2 := runeAt(text, j+sz); classOf(r2)&cWord != 0 {
							if r == '/' && prev&cLower != 0 && startsName(text, j+sz, r2, sz2) {
								break // "Sở Công Thương/Sở Ngoại vụ": two names
							}
							own = own && !pair
							prev, pair = 0, false
							j += sz
							continue
						}
					}
				}
				break
			}
			upper, lower := seen&cUpper != 0, seen&cLower != 0
			own = own && seen&cFolds == 0
			capital := cl&cUpper != 0
			if sentence && capital && endsSentence(text, toks) {
				ended = true
				break
			}
			// The token is written in place: a copy of a token built
			// field by field is slow to load.
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			t.start, t.end, t.kind = i, j, kWord
			t.cap, t.upper, t.lower = capital, upper, lower
			switch {
			case own && !pair && !folded1:
				t.word = text[i:j]
			default:
				// buf is not written again over this word before the scan
				// is released or dropped, so the word may point into it.
				f := len(buf)
				if own && !pair {
					// "Sở", "Tài": only the first rune folds.
					if r < utf8.RuneSelf {
						buf = append(buf, byte(r)+'a'-'A')
					} else {
						buf = utf8.AppendRune(buf, toLower(r))
					}
					buf = append(buf, text[i+size:j]...)
				} else {
					buf = appendFold(buf, text[i:j])
				}
				t.word = unsafe.String(&buf[f], len(buf)-f)
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
		t.start, t.end, t.kind, t.syl = i, i+size, k, noSyllable
		i += size
	}
	w.next, w.toks, w.buf, w.ended = i, toks, buf, ended
}

// startsName reports whether the word at text[i:], whose first rune r of
// size bytes follows a "/" after a lower-case letter, is capitalised and
// continues in lower case, as a name does: the "/" then joins two names
// ("Sở Công Thương/Sở Ngoại vụ") and is a token of its own, while a "/"
// in a document number ("12-CTr/TU"), a unit ("tỷ đồng/năm") or an
// abbreviation ("V/v") joins one word.
func startsName(text string, i int, r rune, size int) bool {
	if classOf(r)&cUpper == 0 || i+size >= len(text) {
		return false
	}
	r2, _ := runeAt(text, i+size)
	return classOf(r2)&cLower != 0
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
	if uint(k) >= uint(len(w.toks)) && !w.grow(k) {
		return ""
	}
	return w.toks[k].word
}

// syl returns what the lexicons know of the word at token k, noSyllable
// if nothing or if k is not a word. It looks the word up once.
func (w *words) syl(k int) *syllable {
	if uint(k) < uint(len(w.toks)) {
		if y := w.toks[k].syl; y != nil {
			return y
		}
	}
	return w.lookUp(k)
}

// lookUp is syl for a word not looked up yet.
func (w *words) lookUp(k int) *syllable {
	if !w.has(k) {
		return noSyllable
	}
	t := &w.toks[k]
	t.syl = lookUpSyllable(t.word)
	return t.syl
}

// isWord reports whether token k exists and is a word.
func (w *words) isWord(k int) bool {
	if uint(k) < uint(len(w.toks)) {
		return w.toks[k].kind == kWord
	}
	return w.grow(k) && w.toks[k].kind == kWord
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

// caseless reports whether the tokens of w carry no case information:
// all letters are upper case, or none is upper case after the first word.
// In caseless text capitalisation says nothing about names. It reads all
// the tokens the scan may hold, unless the first ones decide, and
// remembers its answer until lift lets the scan hold more.
func (w *words) caseless() bool {
	if w.cased == 0 {
		w.cased = 1
		if w.readCase() {
			w.cased = 2
		}
	}
	if w.cased == 2 && w.limit != math.MaxInt {
		w.clipped = true // a later word may be capitalised
	}
	return w.cased == 2
}

// readCase computes caseless.
func (w *words) readCase() bool {
	lower, upperLater := false, false
	first := true
	for k := 0; w.has(k); k++ {
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
		if lower && upperLater {
			return false
		}
		first = false
	}
	return true
}

// capital reports whether token k counts as a capitalised word: in cased
// text, a word whose first rune is upper case.
func (w *words) capital(k int) bool {
	return w.isWord(k) && w.toks[k].cap && !w.caseless()
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

// rest returns the text of tokens [a, b) without leading and trailing
// punctuation. If b is openEnd, it reads the end of the sentence without
// scanning it where skimEnd can.
func (w *words) rest(a, b int) string {
	for a < b && w.has(a) && w.toks[a].kind != kWord && w.toks[a].kind != kOpen {
		a++
	}
	if b == openEnd {
		if !w.has(a) {
			return ""
		}
		if end, ok := w.skimEnd(); ok {
			return w.text[w.toks[a].start:end]
		}
		w.scanTo(math.MaxInt)
		b = len(w.toks)
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

// skimEnd returns the end offset of the last token of the first sentence
// that is not a comma, semicolon, colon, period or dash, without scanning
// the text after the tokens scanned so far. It reports false if it cannot
// tell: if the sentence may end in that text at a period it cannot judge
// from the word before it (see periodEnds), or if the token sought is
// among those scanned.
func (w *words) skimEnd() (int, bool) {
	text, from := w.text, w.next
	if w.ended || from >= len(text) {
		return 0, false
	}
	if n := len(w.toks); n > 0 && w.toks[n-1].kind == kPeriod {
		return 0, false // a capital next ends the sentence
	}
	// A sentence ends at a period before a capitalised word (see
	// endsSentence). The periods are visited in order.
	var next [len(periods)]int
	for i, p := range periods {
		next[i] = indexFrom(text, p, from)
	}
	end := len(text) // the end of the sentence
	for end == len(text) {
		k := -1
		for i, p := range next {
			if p >= 0 && (k < 0 || p < next[k]) {
				k = i
			}
		}
		if k < 0 {
			break
		}
		p, size := next[k], len(periods[k])
		next[k] = indexFrom(text, periods[k], p+size)
		if !capitalAfter(text, p+size) {
			continue
		}
		ends, sure := periodEnds(text, from, p, size)
		if !sure || !w.sentence {
			return 0, false
		}
		if ends {
			end = p + size
		}
	}
	// The trailing punctuation and spaces, back from the end of the
	// sentence.
	for end > from {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if r == utf8.RuneError && size <= 1 {
			return 0, false
		}
		if skipped(r) || trailing(r) && !(r == '+' && inWord(text, end-size)) {
			end -= size
			continue
		}
		return end, true
	}
	return 0, false
}

// periods are the runes of a kPeriod token.
var periods = [...]string{".", "…", "。"}

// indexFrom returns the offset of the first sub in s at or after offset
// from, or -1.
func indexFrom(s, sub string, from int) int {
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// periodEnds reports whether the period of size bytes at offset p of text,
// before a capitalised word, ends a sentence (see endsSentence) in a scan
// that has read the tokens before offset from. It judges a period that is
// no part of a word and follows a punctuation mark ("Resort,... Các") or
// a word after a space ("năm 2024. Sở", "TP. Huế"), and reports sure
// false for any other ("TP.An Bình", "Sở(2024). Các").
func periodEnds(text string, from, p, size int) (ends, sure bool) {
	if r, _ := runeAt(text, p+size); classOf(r)&cWord != 0 {
		return false, false // "TP.An": a period in a word
	}
	// The last rune of the token before the period.
	q := p
	for {
		if q == 0 {
			return false, false // the period may be the first token
		}
		r, n := utf8.DecodeLastRuneInString(text[:q])
		if r == utf8.RuneError && n <= 1 {
			return false, false
		}
		if classOf(r)&cJoin != 0 {
			break
		}
		if !skipped(r) {
			return true, true // a punctuation mark, a token of its own
		}
		q -= n
	}
	b := q
	for b > from {
		r, n := utf8.DecodeLastRuneInString(text[:b])
		if classOf(r)&cWord == 0 {
			break
		}
		b -= n
	}
	if b == q || b <= from || text[b-1] != ' ' {
		return false, false
	}
	// text[b:q] is the word token before the period: the period ends the
	// sentence unless that word is a short capitalised abbreviation.
	r, _ := runeAt(text, b)
	return classOf(r)&cUpper == 0 || utf8.RuneCountInString(text[b:q]) > 2, true
}

// capitalAfter reports whether the first rune at or after offset i of
// text that the scan does not skip is an upper-case letter.
func capitalAfter(text string, i int) bool {
	for i < len(text) {
		r, size := runeAt(text, i)
		if cl := classOf(r); cl&cWord != 0 {
			return cl&cUpper != 0
		}
		if !skipped(r) {
			return false
		}
		i += size
	}
	return false
}

// skipped reports whether the scan skips r, a rune that is no word rune.
func skipped(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xa0, 0x200b, 0xfeff,
		'*', '_', '#', '`', '"', '“', '”', '\'', '‘', '’', '«', '»', '>', '~':
		return true
	case ',', '，', ';', ':', '.', '…', '。', '(', '[', '{', ')', ']', '}',
		'-', '–', '—', '+', '•', '·', '−':
		return false
	}
	return classOf(r)&cWord == 0 && unicode.IsSpace(r)
}

// trailing reports whether r, a rune that is no word rune, makes a token
// that rest drops at the end: a comma, semicolon, colon, period or dash.
func trailing(r rune) bool {
	switch r {
	case ',', '，', ';', ':', '.', '…', '。', '-', '–', '—', '+', '•', '·', '−':
		return true
	}
	return false
}

// inWord reports whether the rune at offset i of text, one that may
// continue a word ("&", "+"), does: whether the runes that may continue a
// word before it include a word rune.
func inWord(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		cl := classOf(r)
		if cl&cWord != 0 {
			return true
		}
		if cl&cJoin == 0 {
			return false
		}
		i -= size
	}
	return false
}

// hasPhoi reports whether s may hold a word that folds to "phối": the
// letters p, h, ố and i in either case ("İ" folds to "i" too).
func hasPhoi(s string) bool {
	return nextPhoi(s, 0) >= 0
}

// lastPhoi returns the offset in s of the last word that may fold to
// "phối" (see hasPhoi), or -1.
func lastPhoi(s string) int {
	last := -1
	for i := nextPhoi(s, 0); i >= 0; i = nextPhoi(s, i+1) {
		last = i
	}
	return last
}

// nextPhoi returns the offset in s of the first word at or after offset
// from that may fold to "phối" (see hasPhoi), or -1.
func nextPhoi(s string, from int) int {
	for at := from + 2; ; {
		i := indexO(s, at)
		if i < 0 {
			return -1
		}
		if s[i-1]|0x20 == 'h' && s[i-2]|0x20 == 'p' && i+3 < len(s) &&
			(s[i+3]|0x20 == 'i' || strings.HasPrefix(s[i+3:], "İ")) {
			return i - 2
		}
		at = i + 3
	}
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
