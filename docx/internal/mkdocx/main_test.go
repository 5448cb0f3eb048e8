package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnplan/vnplan/docx"
)

const (
	seedPath    = "../../../seeds/000_a0ddf91c7c9a8c05.txt"
	fixturesDir = "../../../testdata/docx"
)

// TestFixturesUpToDate rebuilds every committed fixture and compares the
// bytes: the generator is deterministic and the fixtures are its output.
func TestFixturesUpToDate(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	sample, err := build(src)
	if err != nil {
		t.Fatal(err)
	}
	broken, err := brokenFixtures()
	if err != nil {
		t.Fatal(err)
	}
	all := append([]fixture{{"sample.docx", sample}}, broken...)
	for _, f := range all {
		want, err := os.ReadFile(filepath.Join(fixturesDir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.data, want) {
			t.Errorf("%s differs from the generator's output; run go generate ./docx", f.name)
		}
	}
	again, _ := build(src)
	if !bytes.Equal(sample, again) {
		t.Errorf("build is not deterministic")
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.docx")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"sample", []string{"-o", out, seedPath}, 0},
		{"broken", []string{"-broken", dir}, 0},
		{"no args", nil, 2},
		{"both", []string{"-o", out, "-broken", dir, seedPath}, 2},
		{"missing source", []string{"-o", out, filepath.Join(dir, "nothere.txt")}, 1},
		{"bad flag", []string{"-x"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if code := run(tt.args, &stderr); code != tt.code {
				t.Errorf("run(%q) = %d, want %d (stderr %q)", tt.args, code, tt.code, stderr.String())
			}
		})
	}
	for _, name := range []string{"out.docx", "corrupt.docx", "notdocx.docx", "bomb.docx"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("run did not write %s: %v", name, err)
		}
	}
}

// numbered returns, for each paragraph of the built document.xml, its list
// and level ("1/2") or "", and its text.
func numbered(t *testing.T, src string) []string {
	t.Helper()
	data, err := build([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			doc = string(b)
		}
	}
	var out []string
	for _, para := range strings.Split(doc, "<w:p>")[1:] {
		para, _, _ = strings.Cut(para, "</w:p>")
		var tag string
		if _, rest, ok := strings.Cut(para, `<w:ilvl w:val="`); ok {
			ilvl, rest, _ := strings.Cut(rest, `"`)
			_, rest, _ = strings.Cut(rest, `<w:numId w:val="`)
			id, _, _ := strings.Cut(rest, `"`)
			tag = id + "/" + ilvl + " "
		}
		var text strings.Builder
		for _, piece := range strings.Split(para, `<w:t xml:space="preserve">`)[1:] {
			s, _, _ := strings.Cut(piece, "</w:t>")
			text.WriteString(s)
		}
		if strings.Contains(para, "<w:footnoteReference") {
			text.WriteString("[fn]")
		}
		out = append(out, tag+text.String())
	}
	return out
}

func TestBuildNumbering(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{
			name: "levels",
			src:  "A. Một\n\nI. La Mã\n\n1. Số\n\n1.1. Hai cấp\n\na) Chữ\n\n- Gạch\n\n+ Cộng\n\n• Chấm\n\nThường",
			want: []string{"1/0 Một", "1/1 La Mã", "1/2 Số", "1/3 Hai cấp", "1/4 Chữ", "2/0 Gạch", "2/1 Cộng", "2/2 Chấm", "Thường"},
		},
		{
			name: "letter or Roman",
			// After "H.", "I." could be either; the due Roman wins.
			src: "A. a\n\nB. b\n\nI. một\n\nII. hai\n\nC. c\n\nI. lại một\n\nD. d\n\nE. e\n\nF. f\n\nG. g\n\nH. h\n\nI. chữ i\n\nV. năm?",
			want: []string{"1/0 a", "1/0 b", "1/1 một", "1/1 hai", "1/0 c", "1/1 lại một", "1/0 d", "1/0 e",
				"1/0 f", "1/0 g", "1/0 h", "1/1 chữ i", "3/1 năm?"},
		},
		{
			name: "labels that fit no level stay text",
			src:  "1. một\n\n2.8 không chấm\n\n3.1. sai cha\n\n2.1.1. ba cấp\n\n0. không\n\n-gạch liền\n\nA.B. lạ",
			want: []string{"1/2 một", "2.8 không chấm", "3.1. sai cha", "2.1.1. ba cấp", "0. không", "-gạch liền", "A.B. lạ"},
		},
		{
			name: "restart by a higher level needs no override",
			src:  "A. a\n\n1. x\n\n2. y\n\nB. b\n\n1. lại",
			want: []string{"1/0 a", "1/2 x", "1/2 y", "1/0 b", "1/2 lại"},
		},
		{
			name: "a skipped number gets a start override",
			src:  "1. một\n\n2. hai\n\n5. năm\n\n6. sáu",
			want: []string{"1/2 một", "1/2 hai", "3/2 năm", "3/2 sáu"},
		},
		{
			name: "multi-line blocks, footnotes, emphasis",
			src:  "- Văn phòng;\n- Lưu: VT.\n\nCó chú thích¹ và m²\n\n¹ Thân chú thích\n\n**TM. ỦY BAN\nCHỦ TỊCH**\n\n*nghiêng* và *lẻ",
			want: []string{"- Văn phòng;- Lưu: VT.", "Có chú thích và m²[fn]", "TM. ỦY BANCHỦ TỊCH", "*nghiêng* và *lẻ"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := numbered(t, tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("build(%q) paragraphs =\n%s\nwant\n%s", tt.src, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestRomanValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"I", 1}, {"IV", 4}, {"IX", 9}, {"XIV", 14}, {"MCMXCIV", 1994},
		{"IIII", 0}, {"VX", 0}, {"IC", 0}, {"", 0}, {"A", 0},
	}
	for _, tt := range tests {
		if got := romanValue(tt.in); got != tt.want {
			t.Errorf("romanValue(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestRoundTrip converts built documents back to text with package docx:
// the labels Word numbering shows must be the labels of the source.
func TestRoundTrip(t *testing.T) {
	tests := []string{
		"A. a\n\nB. b\n\nI. một\n\nII. hai\n\n1. x\n\n1.1. y\n\na) z\n\nb) zz\n\n- g\n\n+ c\n\nC. c\n\n1. lại\n\nH. h",
		"1. một\n\n2. hai\n\n5. năm\n\n6. sáu\n\nB. b\n\n1. lại",
		"Chữ¹ và m² và³\n\n- Văn phòng;\n- Lưu: VT.\n\n¹ một\n\n³ ba",
	}
	for _, src := range tests {
		data, err := build([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		res, err := docx.Convert(data)
		if err != nil {
			t.Fatalf("docx.Convert(build(%q)): %v", src, err)
		}
		// Footnote markers are renumbered in order of reference.
		want := strings.NewReplacer("và³", "và²", "³ ba", "² ba").Replace(src)
		if got := strings.TrimSuffix(res.Text, "\n"); got != want {
			t.Errorf("docx.Convert(build(%q)) =\n%s\nwant\n%s", src, got, want)
		}
	}
}
