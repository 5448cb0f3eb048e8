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

// equalFold is strings.EqualFold, quicker when a and b are the same or
// their first bytes tell them apart.
func equalFold(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	ca, cb := a[0], b[0]
	switch {
	case ca < utf8.RuneSelf && cb < utf8.RuneSelf:
		// An ASCII letter folds to itself, its other case and one
		// letter outside ASCII; other ASCII bytes only to themselves.
		if lowerASCII(ca) != lowerASCII(cb) {
			return false
		}
	case ca < utf8.RuneSelf || cb < utf8.RuneSelf:
		// Only two letters outside ASCII fold to ASCII ones: the Kelvin
		// sign (E2 84 AA) to k and ſ (C5 BF) to s.
		if c := max(ca, cb); c != 0xE2 && c != 0xC5 {
			return false
		}
	}
	return strings.EqualFold(a, b)
}

// lowerASCII returns the lower case of an ASCII letter, and any other
// byte unchanged.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
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
			j = skipSpace(s, j)
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
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return textscan.IsUpper(r)
}

// isAllUpper reports whether the letters of w are all upper case.
func isAllUpper(w string) bool {
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		return false
	}
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

// wordTable is a read-only set of words with a value for each, quicker
// to look up than a map: a word is looked for only among the few with
// the same first byte, last byte and length.
type wordTable[V any] struct {
	buckets [256][]wordEntry[V]
}

// wordEntry is a word of a wordTable and its value.
type wordEntry[V any] struct {
	word string
	v    V
}

// newWordTable returns the table of the words of m and their values.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	t := &wordTable[V]{}
	for w, v := range m {
		h := wordBucket(w)
		t.buckets[h] = append(t.buckets[h], wordEntry[V]{w, v})
	}
	return t
}

// wordBucket returns the bucket of w in a wordTable.
func wordBucket(w string) byte {
	if w == "" {
		return 0
	}
	return w[0]*7 + w[len(w)-1]*3 + byte(len(w))*37
}

// get returns the value of w and whether w is in t.
func (t *wordTable[V]) get(w string) (V, bool) {
	b := t.buckets[wordBucket(w)]
	for k := range b {
		if b[k].word == w {
			return b[k].v, true
		}
	}
	var zero V
	return zero, false
}

// skipSpace is textscan.SkipSpace, quicker where it skips nothing or a
// single space.
func skipSpace(s string, i int) int {
	if i < len(s) && !spaceByte[s[i]] {
		return i
	}
	if i+1 < len(s) && s[i] == ' ' && !spaceByte[s[i+1]] {
		return i + 1
	}
	return textscan.SkipSpace(s, i)
}

// spaceByte marks the bytes that textscan.SkipSpace may skip: blanks, the
// first byte of a no-break space, emphasis markers and newlines.
var spaceByte = [256]bool{' ': true, '\t': true, '\r': true, '\f': true, '\v': true, 0xC2: true, '*': true, '_': true, '\n': true}

// isAlnumAt is textscan.IsAlnumAt, quicker on ASCII.
func isAlnumAt(s string, i int) bool {
	if 0 <= i && i < len(s) && s[i] < utf8.RuneSelf {
		c := s[i]
		return textscan.IsDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return textscan.IsAlnumAt(s, i)
}
