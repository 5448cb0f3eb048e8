package pdftext

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	fixtures = "../testdata/pdf"
	seedFile = "../seeds/000_a0ddf91c7c9a8c05.txt"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sampleText extracts the sample fixture once per test binary.
var sampleCache struct {
	text string
	err  error
	done bool
}

func sampleText(t *testing.T) string {
	t.Helper()
	if !sampleCache.done {
		data := readFixture(t, "sample.pdf")
		sampleCache.text, sampleCache.err = Bytes(data)
		sampleCache.done = true
	}
	if sampleCache.err != nil {
		t.Fatalf("Bytes(sample.pdf) error: %v", sampleCache.err)
	}
	return sampleCache.text
}

// seedParagraphs returns the blank-line separated paragraphs of the seed,
// NFC, without Markdown emphasis.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(norm.NFC.String(string(data)), "*", "")
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isFootnoteStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹", r)
}

// paragraphs splits extracted text at blank lines and page breaks.
func paragraphs(s string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range strings.Split(s, "\n") {
		if l == "" || l == PageBreak {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

var labelRE = regexp.MustCompile(`^(?:[A-Z]|[IVX]+|\d+(?:\.\d+)*)\.?\s`)

// TestSampleLabels checks that every section label of the seed starts a
// line of the extracted text, in the same order.
func TestSampleLabels(t *testing.T) {
	text := sampleText(t)
	var want []string
	for _, p := range seedParagraphs(t) {
		if m := labelRE.FindString(p); m != "" && !isFootnoteStart(p) {
			want = append(want, strings.TrimSpace(m))
		}
	}
	if len(want) != 49 {
		t.Fatalf("seed has %d labels, want 49 (A., B., I., II., 1.-9., 2.1.-9.3, C.'s 1.-5.)", len(want))
	}
	var got []string
	for _, p := range paragraphs(text) {
		if m := labelRE.FindString(p[0]); m != "" {
			got = append(got, strings.TrimSpace(m))
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("labels at paragraph starts:\n got %q\nwant %q", got, want)
	}
}

// TestSampleBullets checks the bullets: one paragraph per "-" or "+"
// bullet of the body, and the recipients one per line after "Nơi nhận:".
func TestSampleBullets(t *testing.T) {
	text := sampleText(t)
	dash, plus, recipients := 0, 0, 0
	for _, p := range paragraphs(text) {
		switch {
		case strings.HasPrefix(p[0], "- "):
			dash++
		case strings.HasPrefix(p[0], "+ "):
			plus++
		case p[0] == "Nơi nhận:":
			for _, l := range p[1:] {
				if strings.HasPrefix(l, "- ") {
					recipients++
				}
			}
		}
	}
	if dash != 121 || plus != 3 || recipients != 12 {
		t.Errorf("bullets: %d \"-\", %d \"+\", %d recipients; want 121, 3, 12", dash, plus, recipients)
	}
}

// TestSampleFootnotes checks that the eight footnote bodies start a
// paragraph with their superscript number and hold the text of the seed.
func TestSampleFootnotes(t *testing.T) {
	text := sampleText(t)
	var want []string
	for _, p := range seedParagraphs(t) {
		if isFootnoteStart(p) {
			want = append(want, squeeze(p))
		}
	}
	var got []string
	for _, p := range paragraphs(text) {
		if isFootnoteStart(p[0]) {
			got = append(got, squeeze(strings.Join(p, " ")))
		}
	}
	if len(want) != 8 {
		t.Fatalf("seed has %d footnotes, want 8", len(want))
	}
	if len(got) != len(want) {
		t.Fatalf("got %d footnote bodies, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("footnote %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}
}

// TestSampleBody compares the whole body text with the seed, footnote
// bodies and page breaks aside, after white space is squeezed: every word,
// diacritic, space and superscript marker in its place, in reading order.
func TestSampleBody(t *testing.T) {
	text := sampleText(t)
	var want []string
	for _, p := range seedParagraphs(t) {
		if !isFootnoteStart(p) {
			want = append(want, p)
		}
	}
	var got []string
	for _, p := range paragraphs(text) {
		if !isFootnoteStart(p[0]) {
			got = append(got, strings.Join(p, " "))
		}
	}
	g, w := squeeze(strings.Join(got, " ")), squeeze(strings.Join(want, " "))
	if g != w {
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		t.Errorf("body differs at byte %d:\n got …%s…\nwant …%s…", i, g[max(0, i-60):min(len(g), i+60)], w[max(0, i-60):min(len(w), i+60)])
	}
	if !norm.NFC.IsNormalString(text) {
		t.Error("text is not NFC")
	}
}

// TestSampleMargins checks that the running header and the page numbers
// are gone and that the pages are separated by form feed lines.
func TestSampleMargins(t *testing.T) {
	text := sampleText(t)
	lines := strings.Split(text, "\n")
	title := lines[0]
	titles, breaks := 0, 0
	for i, l := range lines {
		switch {
		case l == title:
			titles++
		case l == PageBreak:
			breaks++
			if i == 0 || lines[i-1] == "" || lines[i+1] == "" {
				t.Errorf("line %d: page break next to a blank line", i+1)
			}
		case regexp.MustCompile(`^\d{1,2}$`).MatchString(l):
			t.Errorf("line %d: page number %q left in", i+1, l)
		}
	}
	if titles != 1 {
		t.Errorf("title %q appears %d times, want 1 (the running header repeats it)", title, titles)
	}
	if breaks != 21 { // the fixture has 22 pages
		t.Errorf("got %d page breaks, want 21", breaks)
	}
}

func TestErrors(t *testing.T) {
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	sample := readFixture(t, "sample.pdf")
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"encrypted.pdf", readFixture(t, "encrypted.pdf"), ErrEncrypted},
		{"scanned.pdf", readFixture(t, "scanned.pdf"), ErrNoText},
		{"corrupt.pdf", readFixture(t, "corrupt.pdf"), ErrCorrupt},
		{"text file", seed, ErrNotPDF},
		{"empty", nil, ErrNotPDF},
		{"header only", []byte("%PDF-1.4\n%%EOF\n"), ErrCorrupt},
		{"bad xref offset", append(append([]byte(nil), sample[:len(sample)-30]...), []byte("startxref\n99999999\n%%EOF\n")...), ErrCorrupt},
		{"huge /Size", []byte("%PDF-1.5\n1 0 obj <</Type/XRef/Size 99999999999/W[1 2 1]>> stream\nendstream endobj\nstartxref\n9\n%%EOF\n"), ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := Bytes(tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Bytes(%s) = %q, %v; want error %v", tt.name, text, err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("Bytes(%s) error %q is not one line", tt.name, err)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	_, err := Text(strings.NewReader("%PDF-1.4\n"), MaxSize+1)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("Text(size %d) error = %v, want %v", MaxSize+1, err, ErrTooLarge)
	}
}

// TestAccentGlyphs reads testdata/accents-mono.pdf, made by LibreOffice
// 7.4 (soffice --headless --convert-to pdf) from a two-line text file set
// in DejaVu Sans Mono. The font has few precomposed Vietnamese letters, so
// LibreOffice draws most of them as a base glyph and an accent glyph inside
// an /ActualText span, and its ToUnicode CMap maps each shared base glyph
// to the first letter it was drawn for: without the spans "liên" reads
// "liến" and "UBND" reads "ỦBND".
func TestAccentGlyphs(t *testing.T) {
	data, err := os.ReadFile("testdata/accents-mono.pdf")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Convert(data)
	if err != nil {
		t.Fatalf("Convert error: %v", err)
	}
	want := "Kế hoạch liên ngành của Sở Tài chính, Cần Thơ: Cục Thuế chủ trì. " +
		"ỦY BAN NHÂN DÂN số 165/KH-UBND, kiểm tra ở huyện."
	if got := squeeze(res.Text); got != want {
		t.Errorf("text:\n got %q\nwant %q", got, want)
	}
	if res.Unmapped != 0 || len(res.Warnings) != 0 {
		t.Errorf("Unmapped = %d, Warnings = %q; want none", res.Unmapped, res.Warnings)
	}
}

// TestConvertWarnings checks that glyphs without text and replacement
// characters are counted and, when they are more than a few, reported.
func TestConvertWarnings(t *testing.T) {
	tests := []struct {
		name               string
		page               string
		text               string
		unmapped, replaced int
		warning            string // part of the only warning, "" for none
	}{
		{"clean", "BT /F1 12 Tf 72 700 Td (Ke hoach) Tj ET", "Ke hoach\n", 0, 0, ""},
		{"accent glyph without ActualText", "BT /F3 10 Tf 72 700 Td <01020405> Tj 1 0 0 1 90 700 Tm <03> Tj ET", "liến\n", 1, 0, "1 of 5 glyphs have no Unicode text"},
		{"accent glyph inside ActualText", "BT /F3 10 Tf 72 700 Td <0102> Tj /Span /P1 BDC <0405> Tj EMC 1 0 0 1 90 700 Tm <03> Tj ET", "liên\n", 0, 0, ""},
		{"replacement character", "BT /F1 12 Tf 72 700 Td (Ke) Tj /Span <</ActualText <FEFFFFFD>>> BDC (x) Tj EMC ET", "Ke\n", 0, 1, "1 character mapped to U+FFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Convert(buildPDF([]string{tt.page}, 0))
			if err != nil {
				t.Fatalf("Convert error: %v", err)
			}
			if res.Text != tt.text || res.Unmapped != tt.unmapped || res.Replaced != tt.replaced {
				t.Errorf("Text, Unmapped, Replaced = %q, %d, %d; want %q, %d, %d", res.Text, res.Unmapped, res.Replaced, tt.text, tt.unmapped, tt.replaced)
			}
			switch {
			case tt.warning == "" && len(res.Warnings) != 0:
				t.Errorf("Warnings = %q, want none", res.Warnings)
			case tt.warning != "" && (len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], tt.warning)):
				t.Errorf("Warnings = %q, want one with %q", res.Warnings, tt.warning)
			}
		})
	}
}

func TestTextString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"\xfe\xff\x1e\xbf", "ế"},
		{"\xfe\xff\x00K\x1e\xbf", "Kế"},
		{"\xef\xbb\xbfK\xe1\xba\xbf", "Kế"},
		{"K\xe9 \x8d\x8e\x18\xa0", "Ké “”˘€"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := textString([]byte(tt.in)); got != tt.want {
			t.Errorf("textString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkText(b *testing.B) {
	data := readFixture(b, "sample.pdf")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bytes(data); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, name := range []string{"sample.pdf", "encrypted.pdf", "scanned.pdf", "corrupt.pdf"} {
		data, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	if data, err := os.ReadFile("testdata/accents-mono.pdf"); err == nil {
		f.Add(data)
	}
	for _, tt := range synthTests {
		f.Add(buildPDF(tt.pages, tt.rotate))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := Bytes(data)
		if err != nil {
			if text != "" {
				t.Errorf("Bytes returned text %q with error %v", text, err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is not one line", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Errorf("text is not UTF-8")
		}
	})
}
