// Package textscan holds the scanning helpers that the phrase finders
// (citation, deadline) share: words, blanks and line breaks in Vietnamese
// text, by byte offsets, without allocating.
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

// IsAlnumAt reports whether the rune at s[i] is a letter or digit.
func IsAlnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if IsDigit(s[i]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return IsLetterRune(r) || unicode.IsDigit(r)
}

// IsAlnumBefore reports whether the rune ending at s[i] is a letter or
// digit.
func IsAlnumBefore(s string, i int) bool {
	if i <= 0 || i > len(s) {
		return false
	}
	if IsDigit(s[i-1]) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return IsLetterRune(r) || unicode.IsDigit(r)
}

// WordEnd returns the end of the word starting at i, or i.
func WordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsLetterRune(r) {
			return i
		}
		i += n
	}
	return i
}

// WordStart returns the start of the word ending at i, or i.
func WordStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !IsLetterRune(r) {
			return i
		}
		i -= n
	}
	return i
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
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if IsUpper(r) {
			return strings.ToLower(w)
		}
		i += size
	}
	return w
}

// IsUpper is unicode.IsUpper with a fast path for the Vietnamese letters
// of Latin-1 and Latin Extended Additional.
func IsUpper(r rune) bool {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r%2 == 0
	case r >= 0xC0 && r <= 0xFF:
		return r <= 0xDE && r != 0xD7
	}
	return unicode.IsUpper(r)
}
