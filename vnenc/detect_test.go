package vnenc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// document is a real text of the project, as NFC without a byte order mark.
type document struct {
	name, text string
}

// documents returns the seed and every file of the shared corpus.
func documents(t testing.TB) []document {
	t.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	corpus, _ := filepath.Glob("../../shared/corpus/*.txt")
	files = append(files, corpus...)
	if len(files) == 0 {
		t.Fatal("no documents found")
	}
	var docs []document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := norm.NFC.String(strings.TrimPrefix(string(b), "\uFEFF"))
		docs = append(docs, document{filepath.Base(f), s})
	}
	return docs
}

// expected returns what decode(encode(s)) gives for c: s with '?' for
// each rune c cannot encode.
func expected(c codec, s string) string {
	var sb strings.Builder
	bad := make(map[rune]bool)
	for _, r := range s {
		if r >= 0x80 {
			ok, seen := bad[r]
			if !seen {
				_, err := c.encode(string(r))
				ok = err != nil
				bad[r] = ok
			}
			if ok {
				r = '?'
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func TestDetectSamples(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, UTF8},
		{"ascii", []byte("Ke hoach so 12/KH-UBND"), UTF8},
		{"utf-8", []byte("Kế hoạch số 12/KH-UBND"), UTF8},
		{"utf-8 nfd", []byte(norm.NFD.String("Kế hoạch số 12/KH-UBND")), UTF8},
		{"tcvn3", latin(t, "KÕ ho¹ch sè 12/KH-UBND"), TCVN3},
		{"tcvn3 caps", latin(t, "KÕ HO¹CH HµNH §éNG"), TCVN3},
		{"vni", latin(t, "Keá hoaïch soá 12/KH-UBND"), VNI},
		{"vni caps", latin(t, "KEÁ HOAÏCH HAØNH ÑOÄNG"), VNI},
		{"windows-1258", []byte{'K', 0xEA, 0xEC, ' ', 'h', 'o', 'a', 0xF2, 'c', 'h', ' ', 's', 0xF4, 0xEC}, Windows1258},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := Detect(tt.in)
			if got != tt.want {
				t.Errorf("Detect(%q) = %s, %v, want %s", tt.in, got, conf, tt.want)
			}
			if conf <= 0 || conf > 1 {
				t.Errorf("Detect(%q) confidence = %v, want in (0, 1]", tt.in, conf)
			}
		})
	}
}

// TestDetectDocuments encodes every real document in each encoding and
// checks that Detect names it with high confidence, that the decoders
// give the text back, and that the UTF-8 and Windows-1258 forms are never
// taken for TCVN3 or VNI.
func TestDetectDocuments(t *testing.T) {
	for _, d := range documents(t) {
		t.Run(d.name, func(t *testing.T) {
			for _, in := range []string{d.text, norm.NFD.String(d.text)} {
				if got, conf := Detect([]byte(in)); got != UTF8 || conf != 1 {
					t.Errorf("Detect(utf-8) = %s, %v, want %s, 1", got, conf, UTF8)
				}
				if got, conf := DetectText(in); got != UTF8 {
					t.Errorf("DetectText(utf-8) = %s, %v, want %s", got, conf, UTF8)
				}
				text, enc, _ := Decode([]byte(in))
				if enc != UTF8 || text != d.text {
					t.Errorf("Decode(utf-8) gave %s and a different text", enc)
				}
			}
			for _, c := range codecs {
				b, _ := c.encode(d.text)
				got, conf := Detect(b)
				if got != c.name || conf < 0.95 {
					t.Errorf("Detect(%s) = %s, %v, want %s, >= 0.95", c.name, got, conf, c.name)
				}
				text, enc, _ := Decode(b)
				if enc != c.name {
					t.Errorf("Decode(%s) encoding = %s", c.name, enc)
				}
				want := expected(c, d.text)
				if c.name != TCVN3 {
					if text != want {
						t.Errorf("Decode(%s) differs from the document at %s", c.name, firstDiff(text, want))
					}
					continue
				}
				// TCVN3 loses the case of some capitals; check that only
				// case differs, and that all-caps lines come back whole.
				if !strings.EqualFold(text, want) {
					t.Errorf("Decode(%s) differs beyond case at %s", c.name, firstDiff(text, want))
				}
				gotLines, wantLines := strings.Split(text, "\n"), strings.Split(want, "\n")
				for i, l := range wantLines {
					if i < len(gotLines) && isCapsLine(l) && gotLines[i] != l {
						t.Errorf("heading %q decoded as %q", l, gotLines[i])
					}
				}
			}
		})
	}
}

// isCapsLine reports whether line has letters, all upper case, in words of
// two or more letters.
func isCapsLine(line string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, r := range w {
			if !unicode.IsUpper(r) {
				return false
			}
		}
		n += len([]rune(w))
	}
	return n >= 6
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-30, 0)
	return "…" + a[lo:min(i+30, len(a))] + "… vs …" + b[lo:min(i+30, len(b))] + "…"
}

// TestNeverLegacyOnLines runs the detectors on every line of every
// document, where little text means little evidence: correct Unicode and
// Windows-1258 lines must still never be taken for TCVN3 or VNI.
func TestNeverLegacyOnLines(t *testing.T) {
	for _, d := range documents(t) {
		for _, line := range strings.Split(d.text, "\n") {
			if got, _ := Detect([]byte(line)); got != UTF8 {
				t.Errorf("%s: Detect(%q) = %s, want %s", d.name, line, got, UTF8)
			}
			if got, _ := DetectText(line); got != UTF8 {
				t.Errorf("%s: DetectText(%q) = %s, want %s", d.name, line, got, UTF8)
			}
			b, _ := EncodeWindows1258(line)
			if got, _ := Detect(b); got == TCVN3 || got == VNI {
				t.Errorf("%s: Detect(windows-1258 %q) = %s", d.name, line, got)
			}
		}
	}
}

// TestDetectTextDocuments pastes each document as a legacy font shows it
// ("KÕ ho¹ch") and checks that DetectText finds the font and RepairText
// gives what the decoder gives.
func TestDetectTextDocuments(t *testing.T) {
	for _, d := range documents(t) {
		t.Run(d.name, func(t *testing.T) {
			for _, c := range codecs[1:] {
				b, _ := c.encode(d.text)
				pasted := latin1(b)
				got, conf := DetectText(pasted)
				if got != c.name || conf < 0.95 {
					t.Errorf("DetectText(pasted %s) = %s, %v, want %s, >= 0.95", c.name, got, conf, c.name)
				}
				if fixed, want := RepairText(pasted, c.name), c.decode(b); fixed != want {
					t.Errorf("RepairText(%s) differs from the decoder at %s", c.name, firstDiff(fixed, want))
				}
				if text, enc, _ := Decode([]byte(pasted)); enc != c.name || text != c.decode(b) {
					t.Errorf("Decode(pasted %s) = %s and a different text", c.name, enc)
				}
			}
		})
	}
}

// latin1 returns b as the Windows-1252 characters a legacy font shows.
func latin1(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = cp1252Rune[c]
		if rs[i] == '\uFFFD' {
			rs[i] = rune(c)
		}
	}
	return string(rs)
}

func TestRepairTextKeepsUnicodeWords(t *testing.T) {
	// A TCVN3 paste followed by a word typed in Unicode.
	in := "KÕ ho¹ch triÓn khai c«ng viÖc cña Ban chØ ®¹o tØnh n¨m nay, Hà Nội"
	want := "Kế hoạch triển khai công việc của Ban chỉ đạo tỉnh năm nay, Hà Nội"
	if enc, _ := DetectText(in); enc != TCVN3 {
		t.Fatalf("DetectText(%q) = %s, want %s", in, enc, TCVN3)
	}
	if got := RepairText(in, TCVN3); got != want {
		t.Errorf("RepairText(%q) = %q, want %q", in, got, want)
	}
	if got := RepairText(in, UTF8); got != in {
		t.Errorf("RepairText(%q, utf-8) = %q, want it unchanged", in, got)
	}
}

func TestDecodeWindows1258MatchesCharmap(t *testing.T) {
	for _, d := range documents(t) {
		for _, in := range []string{d.text, norm.NFD.String(d.text)} {
			b, _ := EncodeWindows1258(in)
			if got, want := DecodeWindows1258(b), windows1258Reference(b); got != want {
				t.Errorf("%s: DecodeWindows1258 differs from charmap+NFC at %s", d.name, firstDiff(got, want))
			}
		}
	}
}

// TestDecodeTCVN3MatchesRestoreCase checks that the fast path of
// DecodeTCVN3, which restores case only on the lines that may need it,
// gives what RestoreCase gives on the whole decoded text.
func TestDecodeTCVN3MatchesRestoreCase(t *testing.T) {
	for _, d := range documents(t) {
		b, _ := EncodeTCVN3(d.text)
		if got, want := DecodeTCVN3(b), RestoreCase(decodeTCVN3Plain(b)); got != want {
			t.Errorf("%s: DecodeTCVN3 and RestoreCase differ at %s", d.name, firstDiff(got, want))
		}
	}
}
