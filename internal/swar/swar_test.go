package swar

import (
	"bytes"
	"testing"
)

// marks returns the mask of the bytes of b for which pass holds, the
// plain way.
func marks(b []byte, pass func(c byte) bool) uint64 {
	var m uint64
	for i, c := range b {
		if pass(c) {
			m |= 0x80 << (8 * i)
		}
	}
	return m
}

// TestMasks checks every test on every byte value at every place in the
// word, among neighbours of several kinds (a byte's result must not
// depend on them).
func TestMasks(t *testing.T) {
	tests := []struct {
		name string
		got  func(x uint64) uint64
		want func(c byte) bool
	}{
		{"NonASCII", NonASCII, func(c byte) bool { return c >= 0x80 }},
		{"Eq(' ')", func(x uint64) uint64 { return Eq(x, ' ') }, func(c byte) bool { return c == ' ' }},
		{"Eq(0xC2)", func(x uint64) uint64 { return Eq(x, 0xC2) }, func(c byte) bool { return c == 0xC2 }},
		{"Eq(0)", func(x uint64) uint64 { return Eq(x, 0) }, func(c byte) bool { return c == 0 }},
		{"Less(0x20)", func(x uint64) uint64 { return Less(x, 0x20) }, func(c byte) bool { return c < 0x20 }},
		{"Less(0x80)", func(x uint64) uint64 { return Less(x, 0x80) }, func(c byte) bool { return c < 0x80 }},
		{"Less(1)", func(x uint64) uint64 { return Less(x, 1) }, func(c byte) bool { return c < 1 }},
		{"Digit", Digit, func(c byte) bool { return '0' <= c && c <= '9' }},
		{"Continuation", Continuation, func(c byte) bool { return c&0xC0 == 0x80 }},
	}
	for _, tt := range tests {
		for _, fill := range []byte{0x00, ' ', '/', '0', '9', ':', 'a', 0x7F, 0x80, 0xBF, 0xC2, 0xFF} {
			for c := 0; c < 256; c++ {
				for pos := 0; pos < 8; pos++ {
					b := bytes.Repeat([]byte{fill}, 8)
					b[pos] = byte(c)
					x := Load(string(b), 0)
					if got, want := tt.got(x), marks(b, tt.want); got != want {
						t.Fatalf("%s(% x) = %#x, want %#x", tt.name, b, got, want)
					}
				}
			}
		}
	}
}

func TestLoadFirstCount(t *testing.T) {
	s := "xxabcdefgh"
	if got := Load(s, 2); got != 0x6867666564636261 {
		t.Errorf("Load(%q, 2) = %#x, want 0x6867666564636261", s, got)
	}
	x := Load("ab1cd2ef", 0)
	if got := First(Digit(x)); got != 2 {
		t.Errorf("First(Digit(ab1cd2ef)) = %d, want 2", got)
	}
	if got := Count(Digit(x)); got != 2 {
		t.Errorf("Count(Digit(ab1cd2ef)) = %d, want 2", got)
	}
	if got := First(Digit(Load("abcdefgh", 0))); got != 8 {
		t.Errorf("First(no digit) = %d, want 8", got)
	}
}
