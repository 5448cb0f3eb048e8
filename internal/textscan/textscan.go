// Package textscan holds the scanning helpers that the phrase finders
// (citation, deadline, target, vnnum) share: words, blanks, line breaks
// and letter case in Vietnamese text, by byte offsets, without
// allocating.
package textscan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsLetterRune reports whether r is part of a word: a letter or a
// combining mark.
func IsLetterRune(r rune) bool {
	if uint32(r) < uint32(len(runeClass)) {
		return runeClass[r]&classLetter != 0
	}
	return isLetterRuneSlow(r)
}

// isLetterRuneSlow is IsLetterRune without the table.
func isLetterRuneSlow(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0xC0 && r <= 0x24F:
		// Latin-1 letters and Latin Extended-A and B, but × and ÷.
		return r != 0xD7 && r != 0xF7
	case r >= 0x1EA0 && r <= 0x1EF9, r >= 0x300 && r <= 0x36F:
		// Vietnamese letters with tone marks, combining marks.
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isAlnumRune reports whether r is a letter (see IsLetterRune) or a
// digit.
func isAlnumRune(r rune) bool {
	if uint32(r) < uint32(len(runeClass)) {
		return runeClass[r]&classAlnum != 0
	}
	return isLetterRuneSlow(r) || unicode.IsDigit(r)
}

// Classes of a rune in runeClass.
const (
	classLetter = 1 << iota // IsLetterRune
	classAlnum              // IsLetterRune or unicode.IsDigit
	classUpper              // IsUpper
)

// asciiLetter and asciiAlnum tell the ASCII letters, and the ASCII
// letters and digits, indexed by a byte without a bounds check.
var asciiLetter, asciiAlnum = func() (letter, alnum [256]bool) {
	for c := range utf8.RuneSelf {
		letter[c] = runeClass[c]&classLetter != 0
		alnum[c] = runeClass[c]&classAlnum != 0
	}
	return
}()

// IsAlnumAt reports whether the rune at s[i] is a letter or digit.
func IsAlnumAt(s string, i int) bool {
	if uint(i) < uint(len(s)) && s[i] < utf8.RuneSelf {
		return asciiAlnum[s[i]]
	}
	return isAlnumAtSlow(s, i)
}

// isAlnumAtSlow is IsAlnumAt for s[i] not ASCII or i out of range.
func isAlnumAtSlow(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := decodeRune(s, i)
	return isAlnumRune(r)
}

// IsAlnumBefore reports whether the rune ending at s[i] is a letter or
// digit.
func IsAlnumBefore(s string, i int) bool {
	if uint(i-1) < uint(len(s)) && s[i-1] < utf8.RuneSelf {
		return asciiAlnum[s[i-1]]
	}
	return isAlnumBeforeSlow(s, i)
}

// isAlnumBeforeSlow is IsAlnumBefore for s[i-1] not ASCII or i out of
// range.
func isAlnumBeforeSlow(s string, i int) bool {
	if i <= 0 || i > len(s) {
		return false
	}
	r, _ := decodeLastRune(s, i)
	return isAlnumRune(r)
}

// WordEnd returns the end of the word starting at i, or i.
func WordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if !asciiLetter[c] {
				return i
			}
			i++
		case 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// Two bytes: Latin letters and combining marks.
			if runeClass[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]&classLetter == 0 {
				return i
			}
			i += 2
		case c-0xE1 < 2 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// Three bytes led by E1 or E2: Vietnamese letters and
			// punctuation.
			if runeClass[rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)]&classLetter == 0 {
				return i
			}
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !IsLetterRune(r) {
				return i
			}
			i += n
		}
	}
	return i
}

// WordStart returns the start of the word ending at i, or i.
func WordStart(s string, i int) int {
	for i > 0 {
		c := s[i-1]
		if c < utf8.RuneSelf {
			if !asciiLetter[c] {
				return i
			}
			i--
			continue
		}
		if i >= 2 && c&0xC0 == 0x80 {
			b := s[i-2]
			if 0xC2 <= b && b < 0xE0 {
				// Two bytes: Latin letters and combining marks.
				if runeClass[rune(b&0x1F)<<6|rune(c&0x3F)]&classLetter == 0 {
					return i
				}
				i -= 2
				continue
			}
			if i >= 3 && b&0xC0 == 0x80 && s[i-3]-0xE1 < 2 {
				// Three bytes led by E1 or E2: Vietnamese letters
				// and punctuation.
				if runeClass[rune(s[i-3]&0x0F)<<12|rune(b&0x3F)<<6|rune(c&0x3F)]&classLetter == 0 {
					return i
				}
				i -= 3
				continue
			}
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !IsLetterRune(r) {
			return i
		}
		i -= n
	}
	return i
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for i < len(s), with a
// fast path for the two-byte runes and the three-byte runes led by E1 or
// E2, which spell the Vietnamese letters and the common punctuation.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		if 0xC2 <= c && c < 0xE0 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
		if c-0xE1 < 2 && i+2 < len(s) && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLastRune is utf8.DecodeLastRuneInString(s[:i]) for i > 0, with
// the fast paths of decodeRune.
func decodeLastRune(s string, i int) (rune, int) {
	c := s[i-1]
	if i >= 2 && c&0xC0 == 0x80 {
		b := s[i-2]
		if 0xC2 <= b && b < 0xE0 {
			return rune(b&0x1F)<<6 | rune(c&0x3F), 2
		}
		if i >= 3 && b&0xC0 == 0x80 && s[i-3]-0xE1 < 2 {
			return rune(s[i-3]&0x0F)<<12 | rune(b&0x3F)<<6 | rune(c&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// BlankAt returns the width of a blank at s[i] (space, tab, carriage
// return, no-break space), or 0. Newlines are not blanks.
func BlankAt(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\r', '\f', '\v':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// SkipBlanks skips blanks forward from i.
func SkipBlanks(s string, i int) int {
	for i < len(s) {
		n := BlankAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// SkipSpace skips blanks, emphasis markers and at most one newline forward,
// so a phrase may run over a hard-wrapped line but not a blank line.
func SkipSpace(s string, i int) int {
	nl := false
	for i < len(s) {
		if n := BlankAt(s, i); n > 0 {
			i += n
			continue
		}
		switch s[i] {
		case '*', '_':
			i++
			continue
		case '\n':
			if nl {
				return i
			}
			nl = true
			i++
			continue
		}
		break
	}
	return i
}

// SkipSpaceBack skips blanks, emphasis markers and at most one newline
// backward; the result is just after the previous token.
func SkipSpaceBack(s string, i int) int {
	nl := false
	for i > 0 {
		switch s[i-1] {
		case ' ', '\t', '\r', '\f', '\v', '*', '_':
			i--
			continue
		case 0xA0:
			if i >= 2 && s[i-2] == 0xC2 {
				i -= 2
				continue
			}
		case '\n':
			if nl {
				return i
			}
			nl = true
			i--
			continue
		}
		break
	}
	return i
}

// Lower lower-cases w, allocating only when w has an upper-case letter.
func Lower(w string) string {
	if !hasUpper(w) {
		return w
	}
	return strings.ToLower(w)
}

// AppendLower appends Lower(w) to dst without allocating more than dst
// needs: w itself when it has no upper-case letter, else w lower-cased
// as by strings.ToLower, which writes invalid bytes as U+FFFD.
func AppendLower(dst []byte, w string) []byte {
	if !hasUpper(w) {
		return append(dst, w...)
	}
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, toLower(r))
	}
	return dst
}

// toLower is unicode.ToLower with fast paths for the Vietnamese letters.
func toLower(r rune) rune {
	switch {
	case 0 <= r && r < rune(len(latinLower)):
		return latinLower[r]
	case r >= 0x1EA0 && r <= 0x1EF9:
		// Latin Extended Additional: upper case even, lower case odd.
		return r | 1
	}
	return unicode.ToLower(r)
}

// hasUpper reports whether w has an upper-case letter (see IsUpper).
func hasUpper(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, size := decodeRune(w, i)
		if IsUpper(r) {
			return true
		}
		i += size
	}
	return false
}

// IsUpper is unicode.IsUpper with a fast path for the Vietnamese letters
// of Latin-1, Latin Extended-A and B, and Latin Extended Additional.
func IsUpper(r rune) bool {
	if uint32(r) < uint32(len(runeClass)) {
		return runeClass[r]&classUpper != 0
	}
	return isUpperSlow(r)
}

// isUpperSlow is IsUpper without the table.
func isUpperSlow(r rune) bool {
	if r >= 0x1EA0 && r <= 0x1EF9 {
		return r%2 == 0
	}
	return unicode.IsUpper(r)
}

// latinLower holds the lower case of the runes of ASCII, Latin-1 and
// Latin Extended-A and B, which hold đ, ă, ơ, ư and the other Vietnamese
// letters outside Latin Extended Additional.
var latinLower = func() (a [0x250]rune) {
	for r := range a {
		a[r] = unicode.ToLower(rune(r))
	}
	return a
}()
