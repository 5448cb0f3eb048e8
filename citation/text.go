package citation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small scanning helpers shared by the citation and alias finders. They
// work on byte offsets and never allocate.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isLetterRune reports whether r is part of a word: a letter or a
// combining mark (NFD input keeps its tone marks as marks).
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

// isAlnumAt reports whether the rune starting at s[i] is a letter or digit.
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

// isAlnumBefore reports whether the rune ending at s[i] is a letter or digit.
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

// wordEnd returns the end of the word starting at i, or i if there is no
// word there.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			c := s[i]
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

// wordStart returns the start of the word ending at i, or i if there is
// no word there.
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

// isSpaceAt returns the width of the blank at s[i] (space, tab, carriage
// return, no-break space), 0 if there is none. Newlines are not blanks.
func isSpaceAt(s string, i int) int {
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

// skipH skips blanks (no newline) forward from i.
func skipH(s string, i int) int {
	for i < len(s) {
		n := isSpaceAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// skipWS skips blanks, emphasis markers and at most one newline forward
// from i, so that a hard-wrapped line continues but a blank line stops.
func skipWS(s string, i int) int {
	nl := 0
	for i < len(s) {
		if n := isSpaceAt(s, i); n > 0 {
			i += n
			continue
		}
		switch s[i] {
		case '*', '_':
			i++
			continue
		case '\n':
			if nl > 0 {
				return i
			}
			nl++
			i++
			continue
		}
		break
	}
	return i
}

// skipWSBack skips blanks, emphasis markers and at most one newline
// backward from i (the returned index is just after the previous token).
func skipWSBack(s string, i int) int {
	nl := 0
	for i > 0 {
		c := s[i-1]
		switch c {
		case ' ', '\t', '\r', '\f', '\v', '*', '_':
			i--
			continue
		case 0xA0:
			if i >= 2 && s[i-2] == 0xC2 {
				i -= 2
				continue
			}
		case '\n':
			if nl > 0 {
				return i
			}
			nl++
			i--
			continue
		}
		break
	}
	return i
}

// matchWord reports whether the word at i is w (case-insensitively),
// and returns its end.
func matchWord(s string, i int, w string) (int, bool) {
	e := wordEnd(s, i)
	if e == i || !strings.EqualFold(s[i:e], w) {
		return i, false
	}
	return e, true
}

// matchPhrase matches the words of ph (separated by single spaces) at i,
// allowing any blanks and one newline between them, and returns the end.
func matchPhrase(s string, i int, ph string) (int, bool) {
	j := i
	for k := 0; ; k++ {
		sp := strings.IndexByte(ph, ' ')
		w := ph
		if sp >= 0 {
			w = ph[:sp]
		}
		if k > 0 {
			j = skipWS(s, j)
		}
		e, ok := matchWord(s, j, w)
		if !ok {
			return i, false
		}
		j = e
		if sp < 0 {
			return j, true
		}
		ph = ph[sp+1:]
	}
}

// isUpperStart reports whether the word at i starts with an upper-case
// letter.
func isUpperStart(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// isAllUpper reports whether the letters of w are all upper case.
func isAllUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// collapse returns s with runs of white space replaced by one space and
// emphasis markers removed, trimmed.
func collapse(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*'
		if c == '*' || (sp && (prevSpace || c != ' ')) {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !strings.HasSuffix(s, " ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '*':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
