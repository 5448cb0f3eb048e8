// Package swar tests eight bytes of text at once ("SIMD within a
// register"), for the scans that look for a few kinds of byte in long
// runs of text: the bytes of a string are loaded into a uint64, the first
// in the low byte, and each test returns a mask with the high bit of
// every byte that passes set. No byte's result depends on its neighbours:
// the sums below stay within each byte.
package swar

import "math/bits"

const (
	ones = 0x0101010101010101 // 0x01 in each byte
	high = 0x8080808080808080 // 0x80 in each byte
	low7 = 0x7F7F7F7F7F7F7F7F // 0x7F in each byte
)

// Load returns the eight bytes of s from i, s[i] in the low byte. It
// panics if s has fewer than i+8 bytes.
func Load(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Spread returns c in every byte of a word.
func Spread(c byte) uint64 { return ones * uint64(c) }

// NonASCII marks the bytes of x that are not ASCII.
func NonASCII(x uint64) uint64 { return x & high }

// Eq marks the bytes of x equal to c.
func Eq(x uint64, c byte) uint64 {
	y := x ^ (ones * uint64(c)) // zero where equal
	// The high bit of (y&low7)+low7 is set when the low seven bits of a
	// byte are not all zero; or-ing y adds its own high bit.
	return ^((y&low7 + low7) | y) & high
}

// Less marks the bytes of x below c, which must be at most 0x80.
func Less(x uint64, c byte) uint64 {
	// The high bit of (x&low7)+(0x80-c) is set when the low seven bits
	// are at least c; or-ing x marks the bytes of 0x80 and above too.
	return ^((x&low7 + ones*uint64(0x80-c)) | x) & high
}

// Digit marks the bytes of x that are ASCII digits.
func Digit(x uint64) uint64 {
	lo := x & low7
	atLeast0 := lo + ones*(0x80-'0')   // high bit set when lo >= '0'
	above9 := lo + ones*(0x80-('9'+1)) // high bit set when lo > '9'
	return atLeast0 &^ above9 &^ x & high
}

// Continuation marks the bytes of x that continue a UTF-8 sequence
// (10xxxxxx).
func Continuation(x uint64) uint64 {
	// Bit 7 set, and bit 6, shifted up into bit 7's place, clear.
	return x &^ (x << 1) & high
}

// Count returns the number of bytes marked in m.
func Count(m uint64) int { return bits.OnesCount64(m) }

// First returns the index of the first byte marked in m, or 8 when none
// is.
func First(m uint64) int { return bits.TrailingZeros64(m) / 8 }
