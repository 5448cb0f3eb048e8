package target

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// edgeBytes are bytes that start, continue or break UTF-8 sequences.
var edgeBytes = []byte{' ', 'a', 'Z', '1', 0x7F, 0x80, 0x8F, 0x98, 0xA0, 0xBB, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC6, 0xDF,
	0xE0, 0xE1, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF}

// edgeStrings returns every string of up to four edgeBytes.
func edgeStrings() []string {
	out := []string{""}
	level := []string{""}
	for n := 0; n < 4; n++ {
		var next []string
		for _, s := range level {
			for _, c := range edgeBytes {
				next = append(next, s+string([]byte{c}))
			}
		}
		out = append(out, next...)
		level = next
	}
	return out
}

func TestRuneAtBefore(t *testing.T) {
	for _, s := range append(edgeStrings(), "một", "Ở", "mười", "\u2009x", "≥5") {
		for i := 0; i <= len(s); i++ {
			wr, wn := rune(-1), 0
			if i < len(s) {
				wr, wn = utf8.DecodeRuneInString(s[i:])
			}
			if r, n := runeAt(s, i); r != wr || n != wn {
				t.Fatalf("runeAt(%q, %d) = %U, %d, want %U, %d", s, i, r, n, wr, wn)
			}
			wr, wn = -1, 0
			if i > 0 {
				wr, wn = utf8.DecodeLastRuneInString(s[:i])
			}
			if r, n := runeBefore(s, i); r != wr || n != wn {
				t.Fatalf("runeBefore(%q, %d) = %U, %d, want %U, %d", s, i, r, n, wr, wn)
			}
		}
	}
}

// refNextStop is nextStop without its table.
func refNextStop(t string, i int) int {
	for ; i < len(t); i++ {
		if stopAt(t, i) {
			return i
		}
	}
	return len(t)
}

func TestNextStop(t *testing.T) {
	texts := append(edgeStrings(), "một hai ba bốn năm sáu bảy bẩy tám chín mười", "MỘT HAI BA", "x 1", "abcdefghijklmn\"opq", "xxxxxxxxxxxxxxxxxxxxxxxxxx9",
		"xxxxxxxxxxxxxxx“xxx”xxxxxxxxx«x»xxxxxxxxxxxxxxxxxxxxxxxxxxx\u00a0xx–xxx…")
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := nextStop(s, i), refNextStop(s, i); got != want {
				t.Fatalf("nextStop(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "h", "c", "m", "b", "n", "s", "t", "x", "i", " ", "1", "\"", "\n", "ộ", "ư", "ă", "á", "ố", "ả", "ẩ", "í", "Í", "Ộ", "H", "A", "M", "C",
		"“", "”", "«", "»", "\u00a0", "–", "\xe2", "\xc2", "\xc3", "\xe1", "\xc4", "\xc6", "\x80", "\xbb", "một", "Hai", "BA", "chín", "chính", "mười",
		"bốn", "bảy", "bẩy", "năm", "sáu", "tám", "MỘT", "BỐN", "BẢY", "BẨY", "NĂM", "SÁU", "TÁM", "CHÍN", "MƯỜI", "u", "y", "Y", "N", "T", "ố", "Ố", "ả", "Ả", "Ẩ", "Ă", "Á", "ư", "Ư"}
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for k := rng.Intn(40); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			if got, want := nextStop(s, i), refNextStop(s, i); got != want {
				t.Fatalf("nextStop(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// refMayStartNumberWord is mayStartNumberWord with the prefixes spelt
// out.
func refMayStartNumberWord(t string, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	rest := t[i+1:]
	has := func(s string, ps ...string) bool {
		for _, p := range ps {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
		return false
	}
	switch t[i] | 0x20 {
	case 'm':
		return has(rest, "ộ", "Ộ", "ư", "Ư")
	case 'h':
		return len(rest) >= 2 && rest[0]|0x20 == 'a' && rest[1]|0x20 == 'i'
	case 'b':
		return rest[0]|0x20 == 'a' && (len(rest) == 1 || !isWordByte(rest[1])) || has(rest, "ố", "Ố", "ả", "Ả", "ẩ", "Ẩ")
	case 'n':
		return has(rest, "ă", "Ă")
	case 's', 't':
		return has(rest, "á", "Á")
	case 'c':
		return len(rest) >= 2 && rest[0]|0x20 == 'h' && has(rest[1:], "í", "Í")
	}
	return false
}

func TestMayStartNumberWord(t *testing.T) {
	var conts []string
	for c := 0x80; c < 0xC0; c++ {
		conts = append(conts, string([]byte{byte(c)}))
	}
	lead := []string{"", "m", "M", "h", "H", "b", "B", "n", "N", "s", "S", "t", "T", "c", "C", "x"}
	mid := []string{"", "a", "A", "h", "H", "i", "I", " ", "\xe1\xbb", "\xe1\xba", "\xe1", "\xc6", "\xc4", "\xc3", "h\xc3", "H\xc3", "\xc2", "\xe2"}
	for _, l := range lead {
		for _, m := range mid {
			for _, c := range append(conts, "", "a", "i", "I", " ", "\xe1", "x") {
				s := l + m + c
				for i := 0; i < len(s); i++ {
					if got, want := mayStartNumberWord(s, i), refMayStartNumberWord(s, i); got != want {
						t.Fatalf("mayStartNumberWord(%q, %d) = %v, want %v", s, i, got, want)
					}
				}
			}
		}
	}
}
