package deadline

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
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

// wordEnd returns the end of the word that starts at i, as
// textscan.WordEnd does, with a fast path for ASCII letters and the
// letters of Vietnamese (U+00C0 to U+024F and U+1EA0 to U+1EF9), which it
// recognises from their bytes without decoding them.
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
		n := letterWidth(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// letterWidth returns the width of the non-ASCII rune at i if it is a
// letter in the sense of textscan.IsLetterRune, else 0.
func letterWidth(s string, i int) int {
	c := s[i]
	if i+1 < len(s) {
		c1 := s[i+1]
		switch {
		case c1&0xC0 != 0x80:
			// Not a continuation byte: an invalid sequence, decoded below.
		case c == 0xC3:
			// U+00C0 to U+00FF, but × (C3 97) and ÷ (C3 B7).
			if c1 == 0x97 || c1 == 0xB7 {
				return 0
			}
			return 2
		case 0xC4 <= c && c <= 0xC8, c == 0xC9 && c1 <= 0x8F:
			// U+0100 to U+024F.
			return 2
		case c == 0xE1 && i+2 < len(s) && s[i+2]&0xC0 == 0x80 &&
			(c1 == 0xBA && s[i+2] >= 0xA0 || c1 == 0xBB && s[i+2] <= 0xB9):
			// U+1EA0 to U+1EF9.
			return 3
		}
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if !textscan.IsLetterRune(r) {
		return 0
	}
	return n
}

// wordTable maps short words to small numbers. It is an open-addressing
// hash table that is filled once and then only read, faster than a map,
// above all for the many words that are not in it: most are turned away
// by their first byte and length before they are hashed.
type wordTable struct {
	// lens has bit n of lens[c] set when a word of n bytes starting
	// with the byte c is in the table.
	lens [256]uint16
	keys [wordTableSize]string
	vals [wordTableSize]uint8
}

// wordTableSize is the number of slots of a wordTable, a power of two
// well above the number of words it holds.
const wordTableSize = 512

// maxTableWord is the longest word a wordTable holds, in bytes.
const maxTableWord = 15

func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// set maps w, a word of 1 to maxTableWord bytes, to v.
func (t *wordTable) set(w string, v uint8) {
	if w == "" || len(w) > maxTableWord {
		panic("deadline: bad table word " + w)
	}
	t.lens[w[0]] |= 1 << len(w)
	j := wordHash(w) & (wordTableSize - 1)
	for t.keys[j] != "" && t.keys[j] != w {
		j = (j + 1) & (wordTableSize - 1)
	}
	t.keys[j], t.vals[j] = w, v
}

// get returns the number of w, or 0 when w is not in the table.
func (t *wordTable) get(w string) uint8 {
	if w == "" || len(w) > maxTableWord || t.lens[w[0]]&(1<<len(w)) == 0 {
		return 0
	}
	j := wordHash(w) & (wordTableSize - 1)
	for {
		k := t.keys[j]
		if k == w {
			return t.vals[j]
		}
		if k == "" {
			return 0
		}
		j = (j + 1) & (wordTableSize - 1)
	}
}
