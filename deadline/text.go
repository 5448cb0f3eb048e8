package deadline

import (
	"unicode"
	"unicode/utf8"
)

// Scanning helpers. They work on byte offsets and do not allocate.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isLetterRune reports whether r is part of a word: a letter or a
// combining mark.
func isLetterRune(r rune) bool {
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

// isAlnumAt reports whether the rune at s[i] is a letter or digit.
func isAlnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if isDigit(s[i]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetterRune(r) || unicode.IsDigit(r)
}

// isAlnumBefore reports whether the rune ending at s[i] is a letter or
// digit.
func isAlnumBefore(s string, i int) bool {
	if i <= 0 || i > len(s) {
		return false
	}
	if isDigit(s[i-1]) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isLetterRune(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i, or i.
func wordEnd(s string, i int) int {
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
		if !isLetterRune(r) {
			return i
		}
		i += n
	}
	return i
}

// wordStart returns the start of the word ending at i, or i.
func wordStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isLetterRune(r) {
			return i
		}
		i -= n
	}
	return i
}

// blankAt returns the width of a blank at s[i] (space, tab, carriage
// return, no-break space), or 0. Newlines are not blanks.
func blankAt(s string, i int) int {
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

// skipH skips blanks forward.
func skipH(s string, i int) int {
	for i < len(s) {
		n := blankAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// skipWS skips blanks, emphasis markers and at most one newline forward,
// so a phrase may run over a hard-wrapped line but not a blank line.
func skipWS(s string, i int) int {
	nl := false
	for i < len(s) {
		if n := blankAt(s, i); n > 0 {
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

// skipWSBack skips blanks, emphasis markers and at most one newline
// backward; the result is just after the previous token.
func skipWSBack(s string, i int) int {
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

// lower writes the lower-case form of w into buf, which must have room
// for it, and returns the written part; words that do not fit give nil.
func lower(buf []byte, w string) []byte {
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(b)+1 > cap(b) {
				return nil
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		r = unicode.ToLower(r)
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return nil
		}
		b = utf8.AppendRune(b, r)
		i += n
	}
	return b
}

// isUpperStart reports whether the word at i starts with a capital.
func isUpperStart(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}
