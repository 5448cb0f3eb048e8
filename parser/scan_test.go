package parser

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
	"golang.org/x/text/unicode/norm"
)

func TestRuneCount(t *testing.T) {
	tests := []string{"", "a", "Kế hoạch", "ĐẨY MẠNH CẢI CÁCH", strings.Repeat("Sở Y tế chủ trì, ", 7), "12345678", "\u2028x€"}
	for _, s := range tests {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestScanText(t *testing.T) {
	tests := []struct {
		in         string
		valid, nfc bool
	}{
		{"plain ASCII text, long enough for words", true, true},
		{"Kế hoạch thực hiện năm 2024", true, true},
		{"Ke\u0302\u0301 hoa\u0323ch", true, false}, // decomposed marks
		{"ha\xffy", false, false},
		{"\xe1\xbb", false, false},      // cut inside a letter
		{"\xed\xa0\x80", false, false},  // a surrogate
		{"—“x”… € ½ →", true, true},     // punctuation and symbols
		{"\u0340", true, false},         // a combining mark NFC replaces
		{"K\xe1\xbb\x81", true, true},   // "Kề"
		{"K\xe1\xbb\xc1", false, false}, // a bad continuation byte
		{strings.Repeat("Tỉnh ", 300000) + "\x80", false, false},
		{strings.Repeat("Tỉnh ", 300000) + "a\u0301", true, false},
	}
	for _, tt := range tests {
		got := scanText(tt.in)
		if got.valid != tt.valid || got.valid && got.nfc != tt.nfc {
			t.Errorf("scanText(%.20q) = %+v, want valid %v, nfc %v", tt.in, got, tt.valid, tt.nfc)
		}
	}
}

// FuzzScanText checks the fused scan against the standard library: the
// same validity as utf8.Valid, the same rune count as
// utf8.RuneCountInString on valid text, and NFC text whenever the scan
// says NFC has nothing to do.
func FuzzScanText(f *testing.F) {
	for _, s := range []string{"", "Kế hoạch", "a\u0301", "\xff", "x\u2028y", strings.Repeat("ộ", 9), "a\r\nb\x00c", "\x01\x02\x03\x04\x05\x06\x07\x08\t\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := scanText(s)
		if got.valid != utf8.ValidString(s) {
			t.Fatalf("scanText(%q).valid = %v, want %v", s, got.valid, !got.valid)
		}
		if !got.valid {
			return
		}
		if n := runeCount(s); n != utf8.RuneCountInString(s) {
			t.Fatalf("runeCount(%q) = %d, want %d", s, n, utf8.RuneCountInString(s))
		}
		if got.nfc && !norm.NFC.IsNormalString(s) {
			t.Fatalf("scanText(%q).nfc = true, but the text is not NFC", s)
		}
		if want := strings.ContainsAny(s, "\r\u2028\u2029"); got.lineSeps != want {
			t.Fatalf("scanText(%q).lineSeps = %v, want %v", s, got.lineSeps, want)
		}
		if want := strings.IndexByte(s, 0) >= 0; got.nul != want {
			t.Fatalf("scanText(%q).nul = %v, want %v", s, got.nul, want)
		}
		if got, want := controlHeavy([]byte(s)), controlHeavyNaive(s); got != want {
			t.Fatalf("controlHeavy(%q) = %v, want %v", s, got, want)
		}
	})
}

// controlHeavyNaive is controlHeavy written byte by byte.
func controlHeavyNaive(s string) bool {
	head := s[:min(len(s), 1<<20)]
	ctrl := 0
	for _, c := range []byte(head) {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	return len(head) > 0 && float64(ctrl) > maxCtrlRate*float64(len(head))
}

// cleanNaive is isClean written byte by byte, for FuzzIsClean.
func cleanNaive(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ', c == 0xC2, c == '*', c == '_', c == '\\', c == '`':
			return false
		case c == ' ' && i > 0 && s[i-1] == ' ':
			return false
		}
	}
	return true
}

func TestIsClean(t *testing.T) {
	tests := []string{
		"", "Sở Y tế chủ trì", "Sở Y tế  chủ trì", "1234567  ", "12345678  x", "1234567 8", "1234567 \u00a0x",
		"a\tb", "**đậm**", "snake_case", "a\\b", "`mã`", "Kế hoạch số 12/KH-UBND ngày 01/01/2024 của Ủy ban",
	}
	for _, s := range tests {
		if got, want := isClean(s), cleanNaive(s); got != want {
			t.Errorf("isClean(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzIsClean(f *testing.F) {
	for _, s := range []string{"Sở Y tế chủ trì", "1234567  8", "ab\u00a0c", "x*y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isClean(s), cleanNaive(s); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestPosTable checks the position of every offset against a count from
// the start of the text, on lines shorter and much longer than posStride,
// with columns counted from either end of the line.
func TestPosTable(t *testing.T) {
	text := []byte("Kế hoạch\n" + strings.Repeat("Sở Y tế chủ trì, phối hợp; ", 400) + "\n\nđạt 5%\n" + strings.Repeat("ộ", 3000))
	table := newPosTable(text, splitLines(text))
	line, col := 1, 1
	for off := 0; off <= len(text); off++ {
		want := model.Pos{Line: line, Column: col, Offset: off}
		if got := table.pos(off); got != want {
			t.Fatalf("pos(%d) = %+v, want %+v", off, got, want)
		}
		if off < len(text) {
			switch c := text[off]; {
			case c == '\n':
				line, col = line+1, 1
			case c&0xC0 != 0x80:
				col++ // a character starts here: the next offset is after it
			}
		}
	}
}

// TestOffsetCursor checks the cursor against srcOffset on text built
// from several lines.
func TestOffsetCursor(t *testing.T) {
	src := []byte("Sở Y tế  chủ trì,\n   phối hợp\twith **Sở A**\n\nvà  các đơn vị")
	m := segText(src, string(src), []seg{{0, 17}, {18, 44}, {46, len(src)}}, 0)
	c := offsetCursor{m: &m}
	for i := 0; i <= len(m.s)+2; i++ {
		if got, want := c.offset(i), m.srcOffset(i); got != want {
			t.Fatalf("offset(%d) = %d, want srcOffset %d (text %q)", i, got, want, m.s)
		}
	}
}

// FuzzFindMarkers checks that skipping to the bytes that can start a
// marker finds what reading every rune finds.
func FuzzFindMarkers(f *testing.F) {
	for _, s := range []string{"Chính phủ3 và [2] hay ^1", "x¹² y⁴⁵ z", "abc12, de3.", "[^12] ¹"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, withFused bool) {
		labels := map[string]bool{"1": true, "2": true, "3": true, "12": true}
		var fused map[string]bool
		if withFused {
			fused = map[string]bool{"1": true, "3": true, "12": true}
		}
		// Every rune read, with no skipping and no early return.
		every := func(_ string, i int, _ bool) int { return i }
		got, want := findMarkers(s, fused, labels), markersFrom(s, fused, labels, every)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findMarkers(%q) = %v, want %v", s, got, want)
		}
	})
}
