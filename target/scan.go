package target

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
)

// tokKind is the kind of a token of the text around a number.
type tokKind uint8

const (
	tokNone  tokKind = iota // start or end of the text, or of the window
	tokWord                 // letters, possibly with digits after the first
	tokNum                  // digits, with separators between digits
	tokSym                  // a comparison sign: ≥ ≤ > < = ~ ≈ >= <=
	tokPunct                // any other character; a blank line is one too
)

// tok is a token: a kind and a byte range of the text.
type tok struct {
	start, end int
	kind       tokKind
}

// isLetter reports whether r is a letter or a combining mark.
func isLetter(r rune) bool { return textscan.IsLetterRune(r) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isAlnum reports whether r is a letter, a combining mark or an ASCII
// digit.
func isAlnum(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return textscan.IsLetterRune(r)
}

// asciiAlnum tells the ASCII letters and digits.
var asciiAlnum = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return a
}()

func isSym(r rune) bool {
	switch r {
	case '≥', '≤', '>', '<', '=', '~', '≈':
		return true
	}
	return false
}

// isSpace reports whether r is white space inside a paragraph. The
// Markdown emphasis mark "*" counts as space, so that "đạt **95%**" reads
// as "đạt 95%".
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '*' || r == 0xA0 || r == '\u2009' || r == '\u202F'
}

// runeAt decodes the rune at offset i; it returns -1, 0 at the end.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Vietnamese letters first: two bytes, or three from 0xE1.
	if i+1 < len(s) && isCont(s[i+1]) {
		if 0xC2 <= c && c < 0xE0 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
		if c == 0xE1 && i+2 < len(s) && isCont(s[i+2]) {
			return 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at offset i; it returns -1, 0 at
// the start.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Vietnamese letters first: two bytes, or three from 0xE1.
	if i >= 2 && isCont(c) {
		b := s[i-2]
		if 0xC2 <= b && b < 0xE0 {
			return rune(b&0x1F)<<6 | rune(c&0x3F), 2
		}
		if i >= 3 && isCont(b) && s[i-3] == 0xE1 {
			return 0x1000 | rune(b&0x3F)<<6 | rune(c&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isCont reports whether c is a continuation byte of UTF-8.
func isCont(c byte) bool { return c&0xC0 == 0x80 }

// skipSpace returns the first offset at or after i that is not white
// space, and reports whether a blank line was crossed.
func skipSpace(s string, i int) (int, bool) {
	nl := 0
	for i < len(s) {
		r, size := runeAt(s, i)
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			nl++
		}
		i += size
	}
	return i, nl >= 2
}

// wordEnd returns the end of the word of letters and digits at i. Inner
// hyphens between letters ("héc-ta") are part of the word.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiAlnum[c] {
			i++
			continue
		}
		r, size := runeAt(s, i)
		if isAlnum(r) {
			i += size
			continue
		}
		if r == '-' && i > 0 {
			if p, _ := runeBefore(s, i); isLetter(p) {
				if n, _ := runeAt(s, i+1); isLetter(n) {
					i++
					continue
				}
			}
		}
		break
	}
	return i
}

// nextTok returns the token that starts at or after offset i.
func nextTok(s string, i int) tok {
	i, blank := skipSpace(s, i)
	if blank {
		return tok{i, i, tokPunct}
	}
	if i >= len(s) {
		return tok{i, i, tokNone}
	}
	r, size := runeAt(s, i)
	switch {
	case r < utf8.RuneSelf && isDigit(byte(r)):
		j := i
		for j < len(s) && (isDigit(s[j]) || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1])) {
			j++
		}
		return tok{i, j, tokNum}
	case isLetter(r):
		return tok{i, wordEnd(s, i), tokWord}
	case isSym(r):
		if n, nsize := runeAt(s, i+size); (r == '>' || r == '<' || r == '=') && (n == '=' || n == '>' || n == '<') && n != r {
			return tok{i, i + size + nsize, tokSym}
		}
		return tok{i, i + size, tokSym}
	}
	return tok{i, i + size, tokPunct}
}

// prevTok returns the token that ends at or before offset i, not
// reaching before limit.
func prevTok(s string, i, limit int) tok {
	nl := 0
	for i > limit {
		r, size := runeBefore(s, i)
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			nl++
		}
		i -= size
	}
	if nl >= 2 {
		return tok{i, i, tokPunct}
	}
	if i <= limit {
		return tok{i, i, tokNone}
	}
	r, size := runeBefore(s, i)
	switch {
	case isAlnum(r):
		j := i
		for j > limit {
			if c := s[j-1]; c < utf8.RuneSelf && asciiAlnum[c] {
				j--
				continue
			}
			p, psize := runeBefore(s, j)
			if isAlnum(p) {
				j -= psize
				continue
			}
			if (p == '.' || p == ',') && j-1 > limit && j < i && isDigit(s[j]) && isDigit(s[j-2]) {
				j--
				continue
			}
			if p == '-' && j < i && j-1 > limit {
				q, _ := runeBefore(s, j-1)
				n, _ := runeAt(s, j)
				if isLetter(q) && isLetter(n) {
					j--
					continue
				}
			}
			break
		}
		if isDigit(s[j]) {
			return tok{j, i, tokNum}
		}
		return tok{j, i, tokWord}
	case isSym(r):
		if p, psize := runeBefore(s, i-size); i-size > limit && (p == '>' || p == '<' || p == '=') && (r == '=' || r == '>' || r == '<') && p != r {
			return tok{i - size - psize, i, tokSym}
		}
		return tok{i - size, i, tokSym}
	}
	return tok{i - size, i, tokPunct}
}

// isUpperStart reports whether w starts with an upper-case letter.
func isUpperStart(w string) bool {
	r, _ := runeAt(w, 0)
	return textscan.IsUpper(r)
}

// isAcronym reports whether w has two or more letters and no lower-case
// letter, such as "HTX" or "OCOP".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// key joins the lower-cased text of toks, in order, with single spaces
// into buf and returns the result; it reports false when buf is too
// small.
func key(buf []byte, s string, toks []tok) ([]byte, bool) {
	buf = buf[:0]
	for i, t := range toks {
		if i > 0 {
			buf = append(buf, ' ')
		}
		if w := textscan.AppendLower(buf, s[t.start:t.end]); len(w) <= cap(buf) {
			buf = w
		} else {
			return buf, false
		}
	}
	return buf, true
}

// wordBuf is room to lower-case a word without allocating.
type wordBuf [32]byte

// lowered returns w lower-cased, as textscan.Lower does, in b when it
// fits.
func (b *wordBuf) lowered(w string) []byte { return textscan.AppendLower(b[:0], w) }

// lowerIn reports whether w lower-cased is in set, without allocating.
func lowerIn(set *wordSet, w string) bool {
	var b wordBuf
	return set.has(b.lowered(w))
}

// lowerIs reports whether w lower-cased is want, without allocating.
func lowerIs(w, want string) bool {
	var b wordBuf
	return string(b.lowered(w)) == want
}

// clean returns s with its runs of white space turned into single spaces
// and trimmed, and with Markdown emphasis marks removed; it allocates only
// when something changes.
func clean(s string) string {
	s = strings.Trim(s, " \t\r\n*_")
	need := false
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '*' || c == '\t' || c == '\r' || c == '\n' || c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			need = true
		case c == ' ':
			if prevSpace {
				need = true
			}
		}
		prevSpace = c == ' '
	}
	if !need {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '*' {
			continue
		}
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
