package citation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
)

// Small scanning helpers shared by the citation and alias finders. They
// work on byte offsets and never allocate.

// matchWord reports whether the word at i is w (case-insensitively),
// and returns its end.
func matchWord(s string, i int, w string) (int, bool) {
	e := textscan.WordEnd(s, i)
	if e == i || !equalFold(s[i:e], w) {
		return i, false
	}
	return e, true
}

// equalFold is strings.EqualFold, quicker when a and b are the same.
func equalFold(a, b string) bool {
	return a == b || strings.EqualFold(a, b)
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
			j = textscan.SkipSpace(s, j)
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
