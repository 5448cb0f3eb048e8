package deadline

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
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
// letters of Vietnamese (U+00C0 to U+023F and U+1E80 to U+1EFF), which it
// recognises from their bytes without decoding them.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c|0x20)-'a' < 26 { // a to z in either case
				i++
				continue
			}
			return i
		}
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 {
			switch {
			case c == 0xE1 && (s[i+1] == 0xBA || s[i+1] == 0xBB) && s[i+2]&0xC0 == 0x80:
				// U+1E80 to U+1EFF, all letters.
				i += 3
				continue
			case 0xC4 <= c && c <= 0xC8, c == 0xC3 && s[i+1] != 0x97 && s[i+1] != 0xB7:
				// U+00C0 to U+023F, but × (C3 97) and ÷ (C3 B7).
				i += 2
				continue
			}
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
// by their first and last bytes and length before they are hashed, and a
// word is compared as two integers that hold its bytes and its length.
type wordTable struct {
	// filter has the bit filterBit of each word in the table set.
	filter [1 << 14 / 64]uint64
	keys   [wordTableSize]wordKey
	vals   [wordTableSize]uint8
}

// wordKey holds a word of 1 to maxTableWord bytes: its first eight bytes
// in lo, the rest and its length in hi. The zero wordKey is no word.
type wordKey struct {
	lo, hi uint64
}

// wordTableSize is the number of slots of a wordTable, a power of two
// well above the number of words it holds.
const wordTableSize = 512

// maxTableWord is the longest word a wordTable holds, in bytes.
const maxTableWord = 15

// keyOf returns the key of the word s[i:e], which is 1 to maxTableWord
// bytes long.
func keyOf(s string, i, e int) wordKey {
	n := e - i
	var lo uint64
	for k := min(n, 8) - 1; k >= 0; k-- {
		lo = lo<<8 | uint64(s[i+k])
	}
	hi := uint64(n) << 56
	for k := n - 1; k >= 8; k-- {
		hi |= uint64(s[i+k]) << (8 * (k - 8))
	}
	return wordKey{lo, hi}
}

// filterBit returns the bit of the filter of a wordTable for a word of
// n bytes, 1 to maxTableWord, that starts with the byte first and ends
// with the byte last. It takes five bits of each byte, so that the
// spellings of a word in either case share most bits.
func filterBit(first, last byte, n int) uint {
	return uint(first&31)<<9 | uint(last&31)<<4 | uint(n)
}

// slot returns the slot where the search for k starts.
func (k wordKey) slot() uint64 {
	h := (k.lo ^ k.hi*0xFF51AFD7ED558CCD) * 0x9E3779B97F4A7C15
	return h >> (64 - 9) // wordTableSize is 1<<9
}

// set maps w, a word of 1 to maxTableWord bytes, to v.
func (t *wordTable) set(w string, v uint8) {
	if w == "" || len(w) > maxTableWord {
		panic("deadline: bad table word " + w)
	}
	b := filterBit(w[0], w[len(w)-1], len(w))
	t.filter[b/64] |= 1 << (b % 64)
	k := keyOf(w, 0, len(w))
	j := k.slot()
	for t.keys[j] != (wordKey{}) && t.keys[j] != k {
		j = (j + 1) & (wordTableSize - 1)
	}
	t.keys[j], t.vals[j] = k, v
}

// get returns the number of the word s[i:e], or 0 when it is not in the
// table.
func (t *wordTable) get(s string, i, e int) uint8 {
	n := e - i
	if n <= 0 || n > maxTableWord {
		return 0
	}
	if b := filterBit(s[i], s[e-1], n); t.filter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	var k wordKey
	if n <= 8 && i+8 <= len(s) {
		// keyOf, eight bytes at once.
		k = wordKey{swar.Load(s, i) & (1<<(8*n) - 1), uint64(n) << 56}
	} else {
		k = keyOf(s, i, e)
	}
	j := k.slot()
	for {
		x := t.keys[j]
		if x == k {
			return t.vals[j]
		}
		if x.hi == 0 {
			return 0
		}
		j = (j + 1) & (wordTableSize - 1)
	}
}
