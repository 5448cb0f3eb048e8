package parser

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/vnenc"
)

const seedPath = "../seeds/000_a0ddf91c7c9a8c05.txt"

// comparable returns doc as generic JSON data without spans, positions and
// the source description, for comparing trees of the same document read
// from different forms.
func comparable(t *testing.T, doc *model.Document) any {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	m := v.(map[string]any)
	delete(m, "source")
	var strip func(v any) any
	strip = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			delete(x, "span")
			for k, e := range x {
				x[k] = strip(e)
			}
		case []any:
			for i, e := range x {
				x[i] = strip(e)
			}
		}
		return v
	}
	// Diagnostics about the encoding itself differ by design.
	if ds, ok := m["diagnostics"].([]any); ok {
		var keep []any
		for _, d := range ds {
			if code := d.(map[string]any)["code"]; code != "encoding-guessed" {
				keep = append(keep, d)
			}
		}
		m["diagnostics"] = keep
	}
	return strip(m)
}

func utf16Bytes(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2+2*len(u))
	if bigEndian {
		b[0], b[1] = 0xFE, 0xFF
	} else {
		b[0], b[1] = 0xFF, 0xFE
	}
	for i, c := range u {
		if bigEndian {
			b[2+2*i], b[3+2*i] = byte(c>>8), byte(c)
		} else {
			b[2+2*i], b[3+2*i] = byte(c), byte(c>>8)
		}
	}
	return b
}

// TestEncodingsGiveSameTree parses the sample in every text form the
// issue names and requires the tree of the plain UTF-8 file.
func TestEncodingsGiveSameTree(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	want := comparable(t, parseBytes(t, "plain", src))
	// The legacy encodings hold no superscript digits or curly quotes:
	// their files mark footnotes as "[1]". Compare those with the UTF-8
	// file written the same way.
	legacy := legacySafe(string(src))
	wantLegacy := comparable(t, parseBytes(t, "legacy", []byte(legacy)))
	enc := func(f func(string) ([]byte, error)) []byte {
		b, err := f(legacy)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, f := range []struct {
		name, enc string
		data      []byte
	}{
		{"windows-1258", "windows-1258", enc(vnenc.EncodeWindows1258)},
		{"tcvn3", "tcvn3", enc(vnenc.EncodeTCVN3)},
		// Typed in a TCVN3 font and saved as Unicode, as Word files hold
		// it: each byte its Latin-1 character, "ư" a soft hyphen.
		{"tcvn3 font", "tcvn3", latin1(enc(vnenc.EncodeTCVN3))},
		{"vni", "vni", enc(vnenc.EncodeVNI)},
	} {
		t.Run(f.name, func(t *testing.T) {
			doc := parseBytes(t, f.name, f.data)
			if doc.Source.Encoding != f.enc {
				t.Errorf("encoding = %q, want %q", doc.Source.Encoding, f.enc)
			}
			want, got := wantLegacy, comparable(t, doc)
			if f.enc == "tcvn3" {
				if f.name == "tcvn3 font" && !bytes.Contains(f.data, []byte("\u00ad")) {
					t.Fatal("the test text has no ư, which the font writes as a soft hyphen")
				}
				// TCVN3 has no codes for upper-case toned vowels; a lone one
				// ("Đông Nam Á") comes back in lower case. Compare folded.
				want, got = fold(comparable(t, parseBytes(t, "legacy", []byte(legacy)))), fold(got)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("tree differs from the UTF-8 file (-want +got):\n%s", diff)
			}
		})
	}
	forms := []struct {
		name, enc string
		data      []byte
	}{
		{"nfd", "utf-8", norm.NFD.Bytes(src)},
		{"crlf", "utf-8", bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))},
		{"cr", "utf-8", bytes.ReplaceAll(src, []byte("\n"), []byte("\r"))},
		{"bom", "utf-8-bom", append([]byte{0xEF, 0xBB, 0xBF}, src...)},
		{"utf-16le", "utf-16le", utf16Bytes(string(src), false)},
		{"utf-16be", "utf-16be", utf16Bytes(string(src), true)},
		{"nfd+crlf+bom", "utf-8-bom", append([]byte{0xEF, 0xBB, 0xBF}, bytes.ReplaceAll(norm.NFD.Bytes(src), []byte("\n"), []byte("\r\n"))...)},
	}
	for _, f := range forms {
		t.Run(f.name, func(t *testing.T) {
			doc := parseBytes(t, f.name, f.data)
			if doc.Source.Encoding != f.enc {
				t.Errorf("encoding = %q, want %q", doc.Source.Encoding, f.enc)
			}
			if diff := cmp.Diff(want, comparable(t, doc)); diff != "" {
				t.Errorf("tree differs from the UTF-8 file (-want +got):\n%s", diff)
			}
		})
	}
}

// fold lower-cases every string in v.
func fold(v any) any {
	switch x := v.(type) {
	case string:
		return strings.ToLower(x)
	case map[string]any:
		for k, e := range x {
			x[k] = fold(e)
		}
	case []any:
		for i, e := range x {
			x[i] = fold(e)
		}
	}
	return v
}

// legacySafe rewrites superscript footnote markers as "[1]" and curly
// quotes as straight ones.
func legacySafe(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if _, ok := superscriptDigit(rs[i]); ok {
			j := i
			for j < len(rs) {
				if _, ok := superscriptDigit(rs[j]); !ok {
					break
				}
				j++
			}
			b.WriteString("[")
			for _, r := range rs[i:j] {
				d, _ := superscriptDigit(r)
				b.WriteByte(byte('0' + d))
			}
			b.WriteString("]")
			i = j - 1
			continue
		}
		switch rs[i] {
		case '“', '”':
			b.WriteByte('"')
		case '‘', '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(rs[i])
		}
	}
	return b.String()
}

// TestUTF8NotLegacy checks that plain UTF-8 and Windows-1258 files of
// every real document are read as what they are.
func TestUTF8NotLegacy(t *testing.T) {
	files := []string{seedPath}
	ents, _ := os.ReadDir("../testdata/corpus")
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			files = append(files, "../testdata/corpus/"+e.Name())
		}
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		if e := doc.Source.Encoding; e != "utf-8" && e != "utf-8-bom" {
			t.Errorf("%s: encoding %q, want utf-8", f, e)
		}
		w, err := vnenc.EncodeWindows1258(string(bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})))
		if err != nil {
			continue // characters Windows-1258 cannot hold
		}
		doc, err = Parse(w)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Source.Encoding != "windows-1258" {
			t.Errorf("%s in Windows-1258: encoding %q", f, doc.Source.Encoding)
		}
	}
}

// latin1 returns the UTF-8 text whose characters are the bytes of b read
// as Latin-1.
func latin1(b []byte) []byte {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}
