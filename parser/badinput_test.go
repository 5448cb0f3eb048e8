package parser

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// TestBadInput runs inputs that have broken parsers before: each must end
// quickly with a tree (checked like any other) or with an *Error.
func TestBadInput(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	deep := new(strings.Builder)
	label := ""
	for i := 0; i < 3000; i++ {
		if label == "" {
			label = "1"
		} else {
			label += ".1"
		}
		deep.WriteString(label + ". Mục\n")
	}
	markers := new(strings.Builder)
	markers.WriteString("1. Nội dung\n\n- Văn bản")
	for i := 0; i < 20000; i++ {
		markers.WriteString("¹²³ và")
	}
	markers.WriteString(".\n")
	tests := []struct {
		name    string
		in      []byte
		wantErr error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t\n"), ErrEmpty},
		{"binary noise", noise, ErrBinary},
		{"invalid utf-8", append(append([]byte("1. Nội dung \xff\xfe không hợp lệ\n"), seed[:2000]...), 0xC3), nil},
		{"5 MB single line", bytes.Repeat([]byte("Tăng cường công tác quản lý đạt trên 55.000 ha; "), 5<<20/50), nil},
		{"3000 levels", []byte(deep.String()), nil},
		{"20000 markers", []byte(markers.String()), nil},
		{"first half of the sample", seed[:len(seed)/2], nil},
		{"one byte", []byte("A"), nil},
		{"only labels", []byte("I.\nII.\n1.\na)\n-\n+\n"), nil},
		{"only a table separator", []byte("| --- | --- |\n"), nil},
		{"unclosed emphasis", bytes.Repeat([]byte("**_*`\\"), 20000), nil},
		{"nested brackets", bytes.Repeat([]byte("[(["), 30000), nil},
		{"many pipes", bytes.Repeat([]byte("| a "), 50000), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc, err := Parse(tt.in, WithFilename("bad.txt"))
			if elapsed := time.Since(start); elapsed > 20*time.Second {
				t.Errorf("Parse took %v", elapsed) // a hang, not a speed check
			}
			if tt.wantErr != nil {
				var pe *Error
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &pe) {
					t.Fatalf("Parse error = %v, want %v in a *parser.Error", err, tt.wantErr)
				}
				if msg := pe.Error(); !strings.HasPrefix(msg, "bad.txt: ") || strings.Contains(msg, "\n") {
					t.Errorf("error %q is not one line naming the file", msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkDoc(t, doc)
		})
	}
}

// TestDepthLimit checks that sections nest no deeper than WithMaxDepth
// and that the limit is reported.
func TestDepthLimit(t *testing.T) {
	var b strings.Builder
	label := "1"
	for i := 0; i < 40; i++ {
		b.WriteString(label + ". Mục\n\n")
		label += ".1"
	}
	doc, err := Parse([]byte(b.String()), WithMaxDepth(5))
	if err != nil {
		t.Fatal(err)
	}
	maxDepth := 0
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Kind == model.KindSection {
			maxDepth = max(maxDepth, n.Depth)
		}
		return true
	})
	if maxDepth != 5 {
		t.Errorf("sections nest %d deep, want 5", maxDepth)
	}
	if !hasDiag(doc, "depth-limit") {
		t.Errorf("no depth-limit diagnostic")
	}
}

// TestInvalidUTF8Reported checks that broken bytes are replaced and said.
func TestInvalidUTF8Reported(t *testing.T) {
	in := []byte("KẾ HOẠCH\n\n1. Nội dung \xff chính\n\n- Thực hiện kế hoạch của tỉnh trong năm tới.\n")
	doc, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if !hasDiag(doc, "invalid-utf8") {
		t.Errorf("no invalid-utf8 diagnostic: %+v", doc.Diagnostics)
	}
	for _, d := range doc.Diagnostics {
		// "1. Nội dung \xff": line 3, column 13.
		if d.Code == "invalid-utf8" && (d.Span.Start.Line != 3 || d.Span.Start.Column != 13) {
			t.Errorf("invalid-utf8 at %d:%d, want 3:13, the broken byte", d.Span.Start.Line, d.Span.Start.Column)
		}
	}
	if doc.Source.Encoding != "utf-8" {
		t.Errorf("encoding = %q", doc.Source.Encoding)
	}
}

// TestControlCharacters puts each control character inside a line of
// text: the text builder must copy it, not stop on it (a fuzzer found a
// loop that did).
func TestControlCharacters(t *testing.T) {
	for c := byte(1); c < 0x20; c++ {
		in := []byte("1. Nội dung\n\n- Văn bản " + string([]byte{c}) + "x tiếp theo của kế hoạch.\n")
		done := make(chan struct{})
		go func() {
			defer close(done)
			if doc, err := Parse(in); err == nil {
				checkDoc(t, doc)
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Parse hangs on control character %#x", c)
		}
	}
}

// TestCappedDiagnosticsOrder checks that the notes on diagnostics left
// out come one per code, in the order the codes first appear, whatever
// the order of a map: the output must not change from run to run.
func TestCappedDiagnosticsOrder(t *testing.T) {
	codes := []string{"c-one", "c-two", "c-three", "c-four", "c-five", "c-six"}
	var want []string
	for k, code := range codes {
		want = append(want, fmt.Sprintf("%s: %d more diagnostics of this code were left out", code, k+1))
	}
	for range 10 {
		p := &parser{}
		for k, code := range codes {
			for i := range maxDiagsPerCode + k + 1 {
				at := 10*i + k // the codes interleave, the first one first
				p.diags = append(p.diags, model.Diagnostic{Code: code, Span: offSpan(at, at)})
			}
		}
		ds := p.sortedDiags()
		if len(ds) != len(codes)*(maxDiagsPerCode+1) {
			t.Fatalf("%d diagnostics, want %d", len(ds), len(codes)*(maxDiagsPerCode+1))
		}
		var got []string
		for _, d := range ds[len(ds)-len(codes):] {
			got = append(got, d.Code+": "+d.Message)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("notes on what was left out (-want +got):\n%s", diff)
		}
	}
}

// TestNoStructure checks that a text with no title line, no numbered
// section and no table is parsed as paragraphs with a warning, and that
// a plan gets no such warning.
func TestNoStructure(t *testing.T) {
	for _, tt := range []struct {
		src  string
		warn bool
	}{
		{"# Kế hoạch\n", true},
		{"hello world\n", true},
		{"KẾ HOẠCH\nCải cách hành chính năm 2026\n\nSở Nội vụ chủ trì rà soát thủ tục.\n", false},
		{"1. Sở Nội vụ chủ trì rà soát thủ tục.\n2. Sở Tư pháp chủ trì kiểm tra.\n", false},
	} {
		doc := parseBytes(t, "structure", []byte(tt.src))
		got := false
		for _, d := range doc.Diagnostics {
			got = got || d.Code == "no-structure"
		}
		if got != tt.warn {
			t.Errorf("%q: no-structure warning %v, want %v", tt.src, got, tt.warn)
		}
	}
}

// TestInvalidUTF16Reported checks that a half of a surrogate pair alone
// in UTF-16, as a cut or damaged file has, is replaced and said where.
func TestInvalidUTF16Reported(t *testing.T) {
	text := "KẾ HOẠCH\n\n1. Nội dung X chính\n\n- Thực hiện kế hoạch của tỉnh trong năm tới.\n"
	var in []byte
	in = append(in, 0xFF, 0xFE)
	for _, r := range text {
		u := uint16(r)
		if r == 'X' {
			u = 0xD800 // a high surrogate with no low one after it
		}
		in = append(in, byte(u), byte(u>>8))
	}
	doc, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, d := range doc.Diagnostics {
		if d.Code == "invalid-utf16" {
			found = true
			if d.Span.Start.Line != 3 || d.Span.Start.Column != 13 {
				t.Errorf("invalid-utf16 at %d:%d, want 3:13", d.Span.Start.Line, d.Span.Start.Column)
			}
		}
	}
	if !found {
		t.Errorf("no invalid-utf16 diagnostic: %+v", doc.Diagnostics)
	}
}

// TestExtractionWarnings checks that what a front end says of the text
// it extracted reaches the diagnostics as warnings.
func TestExtractionWarnings(t *testing.T) {
	msg := "2654 of 60499 glyphs have no Unicode text in their fonts and were left out"
	doc, err := Parse([]byte("KẾ HOẠCH\nX\n\nI. NHIỆM VỤ\n1. Rà soát.\n"), WithFormat("pdf"), WithExtractionWarnings([]string{msg}))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range doc.Diagnostics {
		if d.Code == "extraction-doubtful" && d.Message == msg && d.Severity == model.SeverityWarning {
			return
		}
	}
	t.Errorf("no extraction-doubtful warning: %+v", doc.Diagnostics)
}

// TestStrayNULs checks that a few NUL bytes in a text, as broken copies
// leave them, cost the text nothing but a warning where the first was
// (each reads as a space: words stay apart), while a file full of them
// is still binary.
func TestStrayNULs(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n1. Sở Y\x00tế chủ trì rà soát.\x00\n"
	doc, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if got := node(t, doc, "I.1").Text; got != "Sở Y tế chủ trì rà soát." {
		t.Errorf("I.1 text = %q", got)
	}
	if !hasDiag(doc, "nul-replaced") {
		t.Errorf("no nul-replaced diagnostic: %+v", doc.Diagnostics)
	}
	if _, err := Parse(bytes.Repeat([]byte("ab\x00\x00"), 1000)); !errors.Is(err, ErrBinary) {
		t.Errorf("Parse of a file full of NULs: %v, want ErrBinary", err)
	}
}

// TestSoftHyphens checks that a soft hyphen inside a word does not split
// it: "Sở Tài chính" written with one is the same agency.
func TestSoftHyphens(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n1. Sở Tài chính chủ trì bố trí kinh phí.\n2. Sở Tài ch\u00adính thẩm định dự toán.\n"
	doc := parseBytes(t, "soft-hyphens", []byte(src))
	checkAgencies(t, doc, "I.2", []string{"Sở Tài chính"}, nil)
}
