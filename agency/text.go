package agency

import (
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
// of the script, not a list of words. rs is a lower-case syllable; it is
// changed in place. "qu" + "y" ("quý") is left alone, as the u belongs to
// the consonant.
func fixTone(rs []rune) {
	n := len(rs)
	if n < 2 {
		return
	}
	v2 := vowelOf(rs[n-1])
	if !v2.ok || v2.tone == 0 {
		return
	}
	v1 := vowelOf(rs[n-2])
	if !v1.ok || v1.tone != 0 {
		return
	}
	b1, b2 := vowelRunes[v1.row][0], vowelRunes[v2.row][0]
	switch {
	case b1 == 'o' && (b2 == 'a' || b2 == 'e'):
	case b1 == 'u' && b2 == 'y':
	default:
		return
	}
	if n >= 3 && (vowelOf(rs[n-3]).ok || (b1 == 'u' && rs[n-3] == 'q')) {
		return
	}
	rs[n-2] = withTone(v1.row, v2.tone)
	rs[n-1] = b2
}

// appendFold appends s to dst in lower case with the tone marks of every
// syllable placed by fixTone. Other characters are copied as they are.
func appendFold(dst []byte, s string) []byte {
	var syl [16]rune
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			// ASCII, not a letter: ends a syllable.
			if n > 0 {
				dst = appendSyllable(dst, syl[:n])
				n = 0
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if !isLetter(r) {
			if n > 0 {
				dst = appendSyllable(dst, syl[:n])
				n = 0
			}
			dst = utf8.AppendRune(dst, r)
			continue
		}
		if n == len(syl) {
			// Too long for a syllable: no tone to fix.
			for _, r := range syl[:n] {
				dst = utf8.AppendRune(dst, r)
			}
			n = 0
		}
		syl[n] = toLower(r)
		n++
	}
	if n > 0 {
		dst = appendSyllable(dst, syl[:n])
	}
	return dst
}

// appendSyllable appends the lower-case syllable rs after fixTone.
func appendSyllable(dst []byte, rs []rune) []byte {
	fixTone(rs)
	for _, r := range rs {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, r)
		}
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
	f0, f1     int // folded form in words.fold (words only)
	kind       kind
	cap        bool // the first rune is upper case
	upper      bool // some letter is upper case
	lower      bool // some letter is lower case
}

// words is a scanned text.
type words struct {
	text string
	toks []token
	fold string
	buf  []byte // the memory of fold, for scans of scanPooled
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return isLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scan splits text into tokens. Markdown emphasis, quotes and spaces are
// skipped; the byte offsets of the tokens still point into text.
func scan(text string) *words {
	return scanLimit(text, 0, false)
}

// scanLimit is scan that stops after limit tokens, if limit > 0, and, if
// sentence is set, at the end of the first sentence (see sentenceEnd): the
// word that starts the second sentence is not scanned.
func scanLimit(text string, limit int, sentence bool) *words {
	w := &words{}
	scanInto(w, text, limit, sentence, false)
	return w
}

// wordsPool recycles the scans of ParseClause, which runs on every
// paragraph of a document.
var wordsPool = sync.Pool{New: func() any { return new(words) }}

// scanPooled is scanLimit into a scan taken from wordsPool; the caller
// gives it back with release and keeps no string of it.
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

// scanInto scans text into w, reusing w's memory if reuse is set; the
// folded words then share that memory.
func scanInto(w *words, text string, limit int, sentence, reuse bool) {
	// Most calls stop at the end of the first sentence: start small.
	size := min(len(text)/5+1, 48)
	if limit > 0 && limit < size {
		size = limit
	}
	w.text = text
	var buf []byte
	if reuse {
		w.toks, buf = w.toks[:0], w.buf[:0]
	} else {
		w.toks = make([]token, 0, size)
		buf = make([]byte, 0, 4*size)
	}
	i := 0
	for i < len(text) && (limit <= 0 || len(w.toks) < limit) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			t := token{start: i, kind: kWord, cap: isUpper(r)}
			j := i
			for j < len(text) {
				r, sz := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r) || r == '&' || r == '+' {
					if isUpper(r) {
						t.upper = true
					} else if isLower(r) {
						t.lower = true
					}
					j += sz
					continue
				}
				if r == '-' || r == '.' || r == '/' || r == '\'' || r == '’' || r == '_' {
					if j+sz < len(text) {
						if r2, _ := utf8.DecodeRuneInString(text[j+sz:]); isWordRune(r2) {
							j += sz
							continue
						}
					}
				}
				break
			}
			t.end = j
			if sentence && t.cap && w.endsSentence(len(w.toks)) {
				break
			}
			t.f0 = len(buf)
			buf = appendFold(buf, text[i:j])
			t.f1 = len(buf)
			w.toks = append(w.toks, t)
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
		w.toks = append(w.toks, token{start: i, end: i + size, kind: k})
		i += size
	}
	if reuse {
		w.buf = buf
		w.fold = unsafe.String(unsafe.SliceData(buf), len(buf))
	} else {
		w.fold = string(buf)
	}
}

// word returns the folded form of token k, or "" if k is not a word.
func (w *words) word(k int) string {
	if k < 0 || k >= len(w.toks) || w.toks[k].kind != kWord {
		return ""
	}
	t := &w.toks[k]
	return w.fold[t.f0:t.f1]
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

// endsSentence reports whether a capitalised word at token k starts a new
// sentence: the token before it is a period that is not the first token
// and does not follow a short capitalised abbreviation.
func (w *words) endsSentence(k int) bool {
	if k < 2 || w.toks[k-1].kind != kPeriod {
		return false
	}
	if w.isWord(k - 2) {
		p := &w.toks[k-2]
		if p.cap && utf8.RuneCountInString(w.text[p.start:p.end]) <= 2 {
			return false
		}
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
