package textscan

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The reference versions of the functions that have fast paths: the
// fast paths must not change what they return.

func refWordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetterRuneSlow(r) {
			return i
		}
		i += n
	}
	return i
}

func refWordStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isLetterRuneSlow(r) {
			return i
		}
		i -= n
	}
	return i
}

func refIsUpper(r rune) bool {
	if r >= 0x1EA0 && r <= 0x1EF9 {
		return r%2 == 0
	}
	return unicode.IsUpper(r)
}

// samples returns texts made of pieces of Vietnamese words, invalid and
// truncated UTF-8, marks and blanks.
func samples() []string {
	pieces := []string{
		"a", "Z", "đ", "Đ", "ư", "Ư", "ơ", "ă", "Ă", "ĩ", "ế", "Ế", "ộ", "Ỹ", "ỹ", "k", "\u212A", "ǅ",
		"\u0301", "ß", "×", "÷", "ª", "µ", "\u00a0", " ", "\n", "-", "1", "/", "“", "…", "\u2013",
		"\xe1", "\xe1\xbb", "\xbb", "\x80", "\xc4", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "\xff", "Σ", "Ω", "я", "Я", "中",
		"nghị", "Quyết", "CHƯƠNG", "định", "Một", "MỘT", "ĐẤU", "TİÊU", "ǅA", "\u212AM", "ÁÀ\xff", "x\xffY", "đạt",
	}
	var out []string
	for _, a := range pieces {
		for _, b := range pieces {
			out = append(out, a+b)
			for _, c := range pieces {
				out = append(out, a+b+c)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	// Every short byte string of a few interesting bytes.
	bytes := []byte{'a', ' ', 0x80, 0x90, 0xA0, 0xBB, 0xBF, 0xC2, 0xC3, 0xC4, 0xC6, 0xDF, 0xE0, 0xE1, 0xE2, 0xED, 0xF0, 0xFF}
	for _, a := range bytes {
		for _, b := range bytes {
			for _, c := range bytes {
				for _, d := range bytes {
					out = append(out, string([]byte{a, b, c, d}))
				}
			}
		}
	}
	return out
}

func TestWordBounds(t *testing.T) {
	for _, s := range samples() {
		for i := 0; i <= len(s); i++ {
			if got, want := WordEnd(s, i), refWordEnd(s, i); got != want {
				t.Fatalf("WordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := WordStart(s, i), refWordStart(s, i); got != want {
				t.Fatalf("WordStart(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func TestDecode(t *testing.T) {
	for _, s := range samples() {
		for i := 0; i < len(s); i++ {
			r, n := decodeRune(s, i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Fatalf("decodeRune(%q, %d) = %U, %d, want %U, %d", s, i, r, n, wr, wn)
			}
			r, n = decodeLastRune(s, i+1)
			if wr, wn := utf8.DecodeLastRuneInString(s[:i+1]); r != wr || n != wn {
				t.Fatalf("decodeLastRune(%q, %d) = %U, %d, want %U, %d", s, i+1, r, n, wr, wn)
			}
		}
	}
}

func TestIsUpper(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := IsUpper(r), refIsUpper(r); got != want {
			t.Fatalf("IsUpper(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestToLower(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

func TestLower(t *testing.T) {
	for _, s := range samples() {
		want := refLower(s)
		if got := Lower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got := string(AppendLower([]byte("x"), s)); got != "x"+want {
			t.Fatalf("AppendLower(x, %q) = %q, want %q", s, got, "x"+want)
		}
	}
}

func TestAppendLowerAllocs(t *testing.T) {
	var buf [64]byte
	for _, w := range []string{"nghị", "NGHỊ QUYẾT", "Đề án"} {
		if n := testing.AllocsPerRun(100, func() { AppendLower(buf[:0], w) }); n != 0 {
			t.Errorf("AppendLower(%q) allocates %v times", w, n)
		}
	}
}

// refIsAlnumAt and refIsAlnumBefore decode with the utf8 package and
// classify without the tables.
func refIsAlnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetterRuneSlow(r) || unicode.IsDigit(r)
}

func refIsAlnumBefore(s string, i int) bool {
	if i <= 0 || i > len(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isLetterRuneSlow(r) || unicode.IsDigit(r)
}

func TestRuneClass(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := IsLetterRune(r), isLetterRuneSlow(r); got != want {
			t.Fatalf("IsLetterRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := isAlnumRune(r), isLetterRuneSlow(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isAlnumRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzScan compares the table-driven scanners with rune-by-rune
// references at every offset of the input.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"Nghị quyết số 12/NQ-CP", "ĐẾN NĂM 2030", "e\u0301 “x” \xe1\xbb\xff", "\u00a0*_\n\nx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := -1; i <= len(s)+1; i++ {
			if got, want := IsAlnumAt(s, i), refIsAlnumAt(s, i); got != want {
				t.Fatalf("IsAlnumAt(%q, %d) = %v, want %v", s, i, got, want)
			}
			if got, want := IsAlnumBefore(s, i), refIsAlnumBefore(s, i); got != want {
				t.Fatalf("IsAlnumBefore(%q, %d) = %v, want %v", s, i, got, want)
			}
			if i < 0 || i > len(s) {
				continue
			}
			if got, want := WordEnd(s, i), refWordEnd(s, i); got != want {
				t.Fatalf("WordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := WordStart(s, i), refWordStart(s, i); got != want {
				t.Fatalf("WordStart(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		if got, want := Lower(s), refLower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	})
}

// refLower is what Lower returns: s itself when it holds no upper-case
// letter, else strings.ToLower(s).
func refLower(s string) string {
	for _, r := range s {
		if refIsUpper(r) {
			return strings.ToLower(s)
		}
	}
	return s
}
