package deadline

import (
	"unicode"
	"unicode/utf8"
)

// Scanning helpers. They work on byte offsets and do not allocate.

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
