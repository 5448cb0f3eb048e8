package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const seedPath = "../seeds/000_a0ddf91c7c9a8c05.txt"

// seedLines returns the non-blank lines of the seed, trimmed and without
// Markdown emphasis markers, split into the body and the footnote bodies
// (lines starting with a superscript digit).
func seedLines(t *testing.T) (body, notes []string) {
	t.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines(string(src)) {
		l = strings.TrimSpace(strings.ReplaceAll(l, "*", ""))
		if strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", []rune(l)[0]) {
			notes = append(notes, l)
		} else {
			body = append(body, l)
		}
	}
	return body, notes
}

// label returns the list label that starts line ("A.", "II.", "2.1.",
// "a)", "-", "+"), or "".
func label(line string) string {
	head, _, ok := strings.Cut(line, " ")
	if !ok || head == "" {
		return ""
	}
	switch head {
	case "-", "+", "•":
		return head
	}
	last := head[len(head)-1]
	core := head[:len(head)-1]
	switch {
	case last == ')' && len(core) == 1 && core[0] >= 'a' && core[0] <= 'z':
		return head
	case last != '.' || core == "":
		return ""
	case len(core) == 1 && core[0] >= 'A' && core[0] <= 'Z':
		return head
	case strings.Trim(core, "IVXLCDM") == "":
		return head
	case strings.Trim(core, "0123456789.") == "" && core[0] != '.':
		return head
	}
	return ""
}

// TestSample converts the DOCX made from the seed by internal/mkdocx and
// compares it with the seed: the same lines in the same order, each list
// label written out by the converter from Word numbering, the footnote
// markers in place and the footnote bodies at the end.
func TestSample(t *testing.T) {
	data := readFixture(t, "sample.docx")
	res, err := Convert(data)
	if err != nil {
		t.Fatalf("Convert(sample.docx): %v", err)
	}
	body, notes := seedLines(t)
	want := append(body, notes...)
	got := lines(res.Text)
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Fatalf("Convert(sample.docx) line %d = %q, want %q", i+1, g, w)
		}
	}
	if len(notes) != 8 || res.Footnotes != 8 {
		t.Errorf("Convert(sample.docx).Footnotes = %d (seed has %d), want 8", res.Footnotes, len(notes))
	}

	// The labels must come from numbering.xml, not from the text: the
	// document part holds one w:numPr per label and no label text.
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var docXML []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			docXML, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	// Every label of a one-line paragraph of the seed is numbering, except
	// "2.8 " (no dot: it fits no level and stays text, as typed). Labels
	// on the lines of a longer block (the recipients) stay text too.
	src, _ := os.ReadFile(seedPath)
	labels := 0
	for _, block := range strings.Split(string(src), "\n\n") {
		if block = strings.TrimSpace(block); block != "" && !strings.Contains(block, "\n") && label(block) != "" {
			labels++
		}
	}
	if n := bytes.Count(docXML, []byte("<w:numPr>")); n != res.Numbered || n != labels {
		t.Errorf("sample.docx has %d w:numPr, Convert counted %d numbered paragraphs, seed has %d labels", n, res.Numbered, labels)
	}
	for _, text := range []string{">2.1. ", ">A. ", ">II. ", ">- Tập trung", "⁴"} {
		if bytes.Contains(docXML, []byte(text)) {
			t.Errorf("sample.docx word/document.xml contains %q; labels and markers must not be text", text)
		}
	}
	if !bytes.Contains(docXML, []byte(`<w:footnoteReference w:id="8"/>`)) {
		t.Errorf("sample.docx has no reference to footnote 8")
	}
}

// TestSampleLibreOffice checks the fixture with an independent reader:
// LibreOffice's text export must show the same list labels as the seed.
// It takes a few seconds, so it runs only with VNPLAN_LIBREOFFICE=1 and
// soffice on PATH.
func TestSampleLibreOffice(t *testing.T) {
	if os.Getenv("VNPLAN_LIBREOFFICE") != "1" {
		t.Skip("set VNPLAN_LIBREOFFICE=1 to check the fixture with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not found")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.docx")
	if err := os.WriteFile(in, readFixture(t, "sample.docx"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "txt:Text", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	out, err := os.ReadFile(filepath.Join(dir, "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := lines(strings.TrimPrefix(string(out), "\ufeff"))
	body, _ := seedLines(t)
	if len(got) != len(body) {
		t.Fatalf("LibreOffice text has %d lines, seed body has %d", len(got), len(body))
	}
	for i, w := range body {
		g := strings.TrimSpace(got[i])
		wl, gl := label(w), label(g)
		if wl == "-" || wl == "+" {
			// LibreOffice writes every bullet as • or ◦.
			if !strings.HasPrefix(g, "•") && !strings.HasPrefix(g, "◦") && gl != wl {
				t.Errorf("LibreOffice line %d = %q, want a bullet like %q", i+1, g, w)
			}
			continue
		}
		if wl != gl {
			t.Errorf("LibreOffice line %d label %q (%q), want %q (%q)", i+1, gl, g, wl, w)
		}
	}
}
