package target

import (
	"testing"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
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

func TestAppendLower(t *testing.T) {
	words := append(edgeStrings(), "Một", "MỘT", "ĐẤU", "TİÊU", "ǅ", "ǅA", "\u212A", "\u212AM", "ÁÀ\xff", "x\xffY", "đạt")
	for _, w := range words {
		if got, want := string(appendLower(nil, w)), textscan.Lower(w); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}
