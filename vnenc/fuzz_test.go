package vnenc

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte("KÕ HO¹CH HµNH §éNG"))
	f.Add(latin(f, "Keá hoaïch soá 12/KH-UBND"))
	f.Add([]byte{'K', 0xEA, 0xEC, ' ', 0xB0, 0xB3, 0xC4, '\n', '|', 0xEB})
	f.Add([]byte("Kế hoạch số 12\n- ở cấp xã. á"))
	f.Add([]byte{0xF9, 'a', 0xE2, 0xF9, 0xF9, 0xD4, 0xDB, 0xEF})
	if b, err := os.ReadFile("../seeds/000_a0ddf91c7c9a8c05.txt"); err == nil {
		f.Add(b[:min(len(b), 2000)])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, c := range codecs {
			s := c.decode(b)
			if !utf8.ValidString(s) {
				t.Fatalf("decode %s(%q) = %q: not valid UTF-8", c.name, b, s)
			}
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("decode %s(%q) = %+q: not NFC", c.name, b, s)
			}
			if _, err := c.encode(s); err != nil && !bytes.Contains(mustEncode(c, s), []byte("?")) {
				t.Fatalf("encode %s(%q): error %v without a '?'", c.name, s, err)
			}
		}
		if got, want := DecodeWindows1258(b), windows1258Reference(b); got != want {
			t.Fatalf("DecodeWindows1258(%q) = %+q, charmap and NFC give %+q", b, got, want)
		}
		if !hasVN2Marks(b) {
			if got, want := DecodeTCVN3(b), RestoreCase(decodeTCVN3Plain(b)); got != want {
				t.Fatalf("DecodeTCVN3(%q) = %q, RestoreCase gives %q", b, got, want)
			}
		}
		enc, conf := Detect(b)
		switch enc {
		case UTF8, Windows1258, TCVN3, VNI:
		default:
			t.Fatalf("Detect(%q) = %q", b, enc)
		}
		if conf <= 0 || conf > 1 {
			t.Fatalf("Detect(%q) confidence = %v", b, conf)
		}
		text, _, _ := Decode(b)
		if !utf8.ValidString(text) {
			t.Fatalf("Decode(%q) = %q: not valid UTF-8", b, text)
		}
		s := string(b)
		if enc, _ := DetectText(s); enc != UTF8 {
			if r := RepairText(s, enc); !utf8.ValidString(r) {
				t.Fatalf("RepairText(%q, %s) = %q: not valid UTF-8", s, enc, r)
			}
		}
		if r := RestoreCase(s); len(r) != len(s) && utf8.ValidString(s) {
			// Upper-casing a toned vowel keeps its UTF-8 length.
			t.Fatalf("RestoreCase(%q) = %q: length changed", s, r)
		}
	})
}

// windows1258Reference decodes b with charmap.Windows1258 and puts the
// result in NFC, the slow way DecodeWindows1258 must agree with.
func windows1258Reference(b []byte) string {
	s, _ := charmap.Windows1258.NewDecoder().String(string(b))
	return norm.NFC.String(s)
}

// hasVN2Marks reports whether b holds a VN2 combining tone mark, after
// which DecodeTCVN3 knows the case of the letter and RestoreCase does not.
func hasVN2Marks(b []byte) bool {
	for _, c := range b {
		if c >= 0xB0 && c <= 0xB4 {
			return true
		}
	}
	return false
}

func mustEncode(c codec, s string) []byte {
	b, _ := c.encode(s)
	return b
}

// tenMB returns the seed encoded by c, repeated to about 10 MB.
func tenMB(b *testing.B, c codec) []byte {
	b.Helper()
	seed, err := os.ReadFile("../seeds/000_a0ddf91c7c9a8c05.txt")
	if err != nil {
		b.Fatal(err)
	}
	one := seed
	if c.encode != nil {
		one, _ = c.encode(string(seed))
	}
	return bytes.Repeat(one, 10<<20/len(one)+1)
}

func BenchmarkDecode(b *testing.B) {
	for _, c := range codecs {
		b.Run(c.name, func(b *testing.B) {
			in := tenMB(b, c)
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				c.decode(in)
			}
		})
	}
}

func BenchmarkDetect(b *testing.B) {
	for _, c := range append([]codec{{name: UTF8}}, codecs...) {
		b.Run(c.name, func(b *testing.B) {
			in := tenMB(b, c)
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Detect(in)
			}
		})
	}
}

func BenchmarkRestoreCase(b *testing.B) {
	in := DecodeTCVN3(tenMB(b, codecs[1]))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		RestoreCase(in)
	}
}
