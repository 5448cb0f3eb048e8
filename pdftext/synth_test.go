package pdftext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// buildPDF makes a small PDF whose pages have the given content streams.
// The resources hold /F1, a simple font whose glyphs are all 500 units
// wide, and /F2, an Identity-H font with a ToUnicode CMap: 0001 "Vi", 0002
// "ệ" (decomposed), 0010-0012 "ABC", 00FE-0101 "þÿĀā".
//
// /F3 is a font that draws accented letters as a base glyph and an accent
// glyph, all 600 units wide, as LibreOffice writes DejaVu Sans Mono: its
// ToUnicode CMap maps 01-03 "lin", 04 (the glyph "ê") to "ế", the first
// letter it was drawn for, 06 " ", 07 "K", and leaves 05 (the acute) out.
// /F4 maps its accent glyphs to combining marks: 01 "e" (500), 02 U+0302
// and 03 U+0301 (zero width), 04 "K" (600), 05 " " (300), 06 U+0302 with
// the advance of a letter (600). The property list /P1 has the
// ActualText "ê".
func buildPDF(pages []string, rotate int) []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	widths := strings.TrimSpace(strings.Repeat("500 ", 95))
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0001> <00560069> <0002> <006503230302> endbfchar\n" +
		"2 beginbfrange <0010> <0012> [<0041> <0042> <0043>] <00FE> <0101> <00FE> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	add("<< /Type /Catalog /Pages 2 0 R >>")
	add("") // pages, filled in below
	add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + "] >>")
	add("<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 5 0 R >>")
	add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap)+1, cmap))
	add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [1 [600 700]] >>")
	simple := func(widths, chars string) {
		n := len(objs) + 2
		add(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /Y /FirstChar 1 /LastChar 7 /Widths [%s] /ToUnicode %d 0 R >>", widths, n))
		cm := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
			"1 begincodespacerange <00> <FF> endcodespacerange\n" + chars +
			"\nendcmap CMapName currentdict /CMap defineresource pop end end"
		add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cm)+1, cm))
	}
	// /F3 is objects 7 and 8, /F4 9 and 10.
	simple("600 600 600 600 600 600 600", "6 beginbfchar <01> <006C> <02> <0069> <03> <006E> <04> <1EBF> <06> <0020> <07> <004B> endbfchar")
	simple("500 0 0 600 300 600 0", "6 beginbfchar <01> <0065> <02> <0302> <03> <0301> <04> <004B> <05> <0020> <06> <0302> endbfchar")
	var kids []string
	for _, c := range pages {
		cs := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c)+1, c))
		p := add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate %d /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 7 0 R /F4 9 0 R >> /Properties << /P1 << /ActualText <FEFF00EA> >> >> >> /Contents %d 0 R >>", rotate, cs))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

var synthTests = []struct {
	name   string
	pages  []string
	rotate int
	want   string
}{
	{
		name:  "TJ kerning and word gap",
		pages: []string{"BT /F1 12 Tf 72 700 Td [(Hel) -20 (lo) -600 (world)] TJ ET"},
		want:  "Hello world\n",
	},
	{
		name:  "words placed one by one",
		pages: []string{"BT /F1 12 Tf 72 700 Td (Xin) Tj ET BT /F1 12 Tf 100 700 Td (chao) Tj ET BT /F1 12 Tf 130.5 700 Td (ban) Tj ET"},
		want:  "Xin chao ban\n",
	},
	{
		name:  "lines rebuilt from baselines, not content order",
		pages: []string{"BT /F1 12 Tf 72 686 Td (second) Tj ET BT /F1 12 Tf 72 700 Td (first) Tj ET"},
		want:  "first second\n",
	},
	{
		name:  "raised small digits are a superscript",
		pages: []string{"BT /F1 12 Tf 72 700 Td (Chinh phu) Tj /F1 7 Tf 5 Ts (12) Tj 0 Ts /F1 12 Tf (.) Tj ET"},
		want:  "Chinh phu¹².\n",
	},
	{
		name:  "Identity-H with ToUnicode, NFC restored",
		pages: []string{"BT /F2 12 Tf 72 700 Td <000100020010001100FE0100> Tj ET"},
		want:  "ViệABþĀ\n",
	},
	{
		name:  "fake bold printed twice",
		pages: []string{"BT /F1 12 Tf 72 700 Td (Bold) Tj ET BT /F1 12 Tf 72.3 700 Td (Bold) Tj ET BT /F1 12 Tf 100 700 Td (text) Tj ET"},
		want:  "Bold text\n",
	},
	{
		name:   "rotated page",
		pages:  []string{"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (upright) Tj ET"},
		rotate: 90,
		want:   "upright\n",
	},
	{
		name:  "diagonal watermark left out",
		pages: []string{"BT /F1 40 Tf 0.7 0.7 -0.7 0.7 100 100 Tm (DRAFT) Tj ET BT /F1 12 Tf 72 700 Td (body) Tj ET"},
		want:  "body\n",
	},
	{
		name: "two columns side by side",
		pages: []string{"BT /F1 10 Tf 72 700 Td (Left one) Tj 300 0 Td (Right one) Tj ET " +
			"BT /F1 10 Tf 72 688 Td (Left two) Tj 300 0 Td (Right two) Tj ET " +
			"BT /F1 10 Tf 72 676 Td (Left three) Tj ET"},
		want: "Left one\nLeft two\nLeft three\n\nRight one\nRight two\n",
	},
	{
		name: "paragraph after a short line",
		pages: []string{"BT /F1 10 Tf 72 700 Td (aaaa bbbb cccc dddd eeee ffff gggg hhhh) Tj ET " +
			"BT /F1 10 Tf 72 688 Td (iiii jjjj) Tj ET " +
			"BT /F1 10 Tf 90 676 Td (kkkk llll mmmm nnnn oooo pppp qqqq) Tj ET"},
		want: "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj\n\nkkkk llll mmmm nnnn oooo pppp qqqq\n",
	},
	{
		name: "item after a full line ending a sentence keeps its line",
		pages: []string{"BT /F1 10 Tf 72 700 Td (aaaa bbbb cccc.) Tj ET " +
			"BT /F1 10 Tf 72 688 Td (- dddd eeee ffff) Tj ET"},
		want: "aaaa bbbb cccc.\n- dddd eeee ffff\n",
	},
	{
		name: "dash inside a sentence wrapped to the line start is joined",
		pages: []string{"BT /F1 10 Tf 72 700 Td (aaaa bbbb cccc) Tj ET " +
			"BT /F1 10 Tf 72 688 Td (- dddd eeee ffff) Tj ET"},
		want: "aaaa bbbb cccc - dddd eeee ffff\n",
	},
	{
		name: "running header, footer and page numbers removed",
		pages: []string{
			"BT /F1 9 Tf 250 770 Td (Ke hoach 12) Tj ET BT /F1 12 Tf 72 700 Td (one page) Tj ET BT /F1 9 Tf 300 30 Td (1) Tj ET",
			"BT /F1 9 Tf 250 770 Td (Ke hoach 12) Tj ET BT /F1 12 Tf 72 700 Td (two page) Tj ET BT /F1 9 Tf 300 30 Td (2) Tj ET",
			"BT /F1 9 Tf 250 770 Td (Ke hoach 12) Tj ET BT /F1 12 Tf 72 700 Td (three) Tj ET BT /F1 9 Tf 300 30 Td (- 3 -) Tj ET",
		},
		want: "one page\n\f\ntwo page\n\f\nthree\n",
	},
	{
		name:  "inline image skipped",
		pages: []string{"BI /W 2 /H 2 /CS /G /BPC 8 ID \x00EI\x01\x02 EI BT /F1 12 Tf 72 700 Td (after) Tj ET"},
		want:  "after\n",
	},
	{
		name: "ActualText replaces a base glyph shared by several accented letters",
		pages: []string{"BT /F3 10 Tf 1 0 0 1 72 700 Tm <07> Tj " +
			"/Span <</ActualText <FEFF1EBF>>> BDC 1 0 0 1 78 700 Tm [<04> 2 <05>] TJ EMC " +
			"1 0 0 1 84 700 Tm <060102> Tj " +
			"/Span <</ActualText <FEFF00EA>>> BDC 1 0 0 1 102 700 Tm <04> Tj EMC " +
			"1 0 0 1 108 700 Tm <03> Tj ET"},
		want: "Kế liên\n",
	},
	{
		name: "ActualText of a named property list, over nested marked content",
		pages: []string{"BT /F3 10 Tf 1 0 0 1 72 700 Tm <0102> Tj " +
			"/Span /P1 BDC /Span <</MCID 3>> BDC 1 0 0 1 84 700 Tm <04> Tj EMC /Artifact BMC <05> Tj EMC EMC " +
			"1 0 0 1 90 700 Tm <03> Tj ET"},
		want: "liên\n",
	},
	{
		name:  "empty ActualText drops its glyphs",
		pages: []string{"BT /F1 10 Tf 72 700 Td (Ke hoach) Tj /Span <</ActualText ()>> BDC ( ***) Tj EMC ET"},
		want:  "Ke hoach\n",
	},
	{
		name:  "accent drawn before its letter",
		pages: []string{"BT /F4 10 Tf 72 700 Td [<04> -150 <02> 150 <01>] TJ ET"},
		want:  "Kê\n",
	},
	{
		name:  "wide accent glyph drawn apart, just left of its letter",
		pages: []string{"BT /F4 10 Tf 72 700 Td <04> Tj ET BT /F4 10 Tf 78 700 Td <01> Tj ET BT /F4 10 Tf 77.5 700 Td <06> Tj ET"},
		want:  "Kê\n",
	},
	{
		name:  "two zero-width accents after their letter",
		pages: []string{"BT /F4 10 Tf 72 700 Td <0401020305040102> Tj ET"},
		want:  "Kế Kê\n",
	},
	{
		name:  "escapes and octal in strings",
		pages: []string{`BT /F1 12 Tf 72 700 Td (a\(b\)\\c\101) Tj ET`},
		want:  "a(b)\\cA\n",
	},
}

func TestSynthetic(t *testing.T) {
	for _, tt := range synthTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Bytes(buildPDF(tt.pages, tt.rotate))
			if err != nil {
				t.Fatalf("Bytes() error: %v", err)
			}
			if got != tt.want {
				t.Errorf("Bytes() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsPageNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"7", true},
		{"- 12 -", true},
		{"Trang 3", true},
		{"trang 3/15", true},
		{"Page 2 of 9", true},
		{"12345", false},
		{"2.1.", false},
		{"1. Mục tiêu", false},
		{"Năm 2024", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isPageNumber(tt.in); got != tt.want {
			t.Errorf("isPageNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseCMap(t *testing.T) {
	m := parseCMap([]byte("1 begincodespacerange <00> <FF> endcodespacerange\n" +
		"1 beginbfchar <41> /uni1EC7 endbfchar\n" +
		"1 beginbfrange <E0> <E2> <00610300> endbfrange"))
	tests := []struct {
		code uint32
		want string
		ok   bool
	}{
		{0x41, "ệ", true},
		{0xE2, "a\u0302", true},
		{0x42, "", false},
	}
	for _, tt := range tests {
		got, ok := m.lookup(tt.code, 1)
		if got != tt.want || ok != tt.ok {
			t.Errorf("lookup(%#x) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}
