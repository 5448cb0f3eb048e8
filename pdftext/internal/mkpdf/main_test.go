package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestFixturesUpToDate rebuilds the committed fixtures and compares them
// byte for byte, so that the generator stays deterministic and the
// fixtures stay in step with it. It needs the DejaVu fonts.
func TestFixturesUpToDate(t *testing.T) {
	const fontDir = "/usr/share/fonts/truetype/dejavu"
	if _, err := os.Stat(filepath.Join(fontDir, fontFiles[0])); err != nil {
		t.Skipf("DejaVu fonts not installed: %v", err)
	}
	src, err := os.ReadFile("../../../seeds/000_a0ddf91c7c9a8c05.txt")
	if err != nil {
		t.Fatal(err)
	}
	sample, err := build("sample", src, fontDir)
	if err != nil {
		t.Fatalf("build(sample) error: %v", err)
	}
	tests := []struct {
		kind string
		got  func() ([]byte, error)
	}{
		{"sample", func() ([]byte, error) { return sample, nil }},
		{"corrupt", func() ([]byte, error) { return sample[:len(sample)/2], nil }},
		{"scanned", func() ([]byte, error) { return build("scanned", nil, fontDir) }},
		{"encrypted", func() ([]byte, error) { return build("encrypted", src, fontDir) }},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			if tt.kind == "encrypted" && testing.Short() {
				t.Skip("slow")
			}
			want, err := os.ReadFile(filepath.Join("../../../testdata/pdf", tt.kind+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := tt.got()
			if err != nil {
				t.Fatalf("build(%q) error: %v", tt.kind, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("build(%q) differs from testdata/pdf/%s.pdf; run go generate ./pdftext", tt.kind, tt.kind)
			}
		})
	}
}

func TestParseDoc(t *testing.T) {
	src := []byte("TITLE\n\nSub title\n\nIntro text:\n\nA. HEAD\n\n- Bullet one ends in the middle of a\n\n¹ Note body.\n\nsentence that goes on¹.\n\n- Unfinished bullet giai đoạn\n\nIV, đợt 1; more.\n\nNơi nhận:\n\n- One;\n- Two.\n\n**SIGN**")
	paras := parseDoc(src)
	var kinds []kind
	for _, p := range paras {
		kinds = append(kinds, p.kind)
	}
	want := []kind{kindTitle, kindTitle, kindBody, kindHeading, kindBody, kindFootnote, kindBody, kindRecipientsHead, kindRecipient, kindRecipient, kindSignature}
	if len(kinds) != len(want) {
		t.Fatalf("parseDoc kinds = %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Errorf("paragraph %d kind = %v, want %v", i, kinds[i], want[i])
		}
	}
	if n := len(paras[4].words); n != 13 {
		t.Errorf("joined bullet has %d words, want 13", n)
	}
	if paras[5].fn != 1 {
		t.Errorf("footnote number = %d, want 1", paras[5].fn)
	}
}
