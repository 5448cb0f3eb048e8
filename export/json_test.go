package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/vnplan/vnplan/model"
)

// stdJSON encodes doc with encoding/json as JSON documents it does.
func stdJSON(doc *model.Document, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	err := enc.Encode(doc)
	return buf.Bytes(), err
}

func ourJSON(doc *model.Document, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	err := JSON(&buf, doc, JSONOptions{Indent: indent})
	return buf.Bytes(), err
}

// compareJSON reports whether JSON and encoding/json write doc alike, in
// both modes.
func compareJSON(t *testing.T, name string, doc *model.Document) {
	t.Helper()
	for _, indent := range []bool{false, true} {
		want, werr := stdJSON(doc, indent)
		got, gerr := ourJSON(doc, indent)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("JSON(%s, indent=%v) error = %v, want %v", name, indent, gerr, werr)
		}
		if werr != nil {
			if len(got) != 0 {
				t.Errorf("JSON(%s, indent=%v) wrote %d bytes before an error", name, indent, len(got))
			}
			continue
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			lo := max(0, i-80)
			t.Fatalf("JSON(%s, indent=%v) differs from encoding/json at byte %d:\ngot:  %q\nwant: %q",
				name, indent, i, got[lo:min(len(got), i+80)], want[lo:min(len(want), i+80)])
		}
	}
}

func TestJSONMatchesStdlib(t *testing.T) {
	allNil := &model.Document{}
	emptySlices := &model.Document{
		Body:        []*model.Node{},
		Footnotes:   []*model.Footnote{},
		Agencies:    []*model.Agency{},
		Diagnostics: []model.Diagnostic{},
		Meta: model.Metadata{
			Preamble: []string{}, Recipients: []model.Recipient{}, Archive: []string{},
			Signature: &model.Signature{Chain: []model.Delegation{}},
		},
	}
	nilElems := &model.Document{
		Body:      []*model.Node{nil, {Kind: model.KindItem, Children: []*model.Node{nil}, Assignment: &model.Assignment{}}},
		Footnotes: []*model.Footnote{nil},
		Agencies:  []*model.Agency{nil, {Lead: []string{}}},
	}
	zeroValues := &model.Document{Body: []*model.Node{{
		Targets: []model.Target{{Value: f64(0), Min: f64(math.Copysign(0, -1)), Max: f64(-1)}},
	}}, Source: model.Source{EncodingConfidence: math.Copysign(0, -1)}}
	var floatDocs []*model.Document
	for _, v := range floats {
		floatDocs = append(floatDocs, &model.Document{
			Source: model.Source{EncodingConfidence: v},
			Body:   []*model.Node{{Targets: []model.Target{{Value: f64(v), Min: f64(-v)}}}},
		})
	}
	strDoc := &model.Document{Meta: model.Metadata{Notes: strs}, Body: []*model.Node{{Cells: strs, Header: []string{""}}}}
	tests := []struct {
		name string
		doc  *model.Document
	}{
		{"nil", nil},
		{"zero", allNil},
		{"empty slices", emptySlices},
		{"nil elements", nilElems},
		{"zero values", zeroValues},
		{"strings", strDoc},
		{"plan", planDoc()},
		{"annex", annexDoc()},
		{"empty", emptyDoc()},
		{"big", bigDoc(200)},
	}
	for i, d := range floatDocs {
		tests = append(tests, struct {
			name string
			doc  *model.Document
		}{"float " + string(appendFloat(nil, floats[i])), d})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { compareJSON(t, tt.name, tt.doc) })
	}
}

// TestJSONEveryField fills every field of every type with random
// values, so that a field the encoder misses, or a field added to the
// model, shows as a difference from encoding/json.
func TestJSONEveryField(t *testing.T) {
	doc := fullDoc(bytes.Repeat([]byte{3, 1, 2, 7, 9}, 4000))
	compareJSON(t, "every field", doc)
	got, err := ourJSON(doc, false)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatalf("json.Unmarshal(JSON(random)) = %v", err)
	}
	keys := map[string]bool{}
	collectKeys(v, keys)
	for _, k := range []string{"encoding_confidence", "normalization", "signature", "chain", "recipients",
		"aliases", "attachments", "page_numbers", "assignment", "cooperating_keys", "from", "request",
		"targets", "min", "max", "rank", "deadlines", "day", "recurrence", "footnote_refs", "children",
		"footnotes", "truncated", "agencies", "diagnostics", "alias", "header", "cells", "task"} {
		if !keys[k] {
			t.Errorf("random document has no %q field; the filler does not reach it", k)
		}
	}
}

// collectKeys adds the keys of every object in v to keys.
func collectKeys(v any, keys map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			keys[k] = true
			collectKeys(e, keys)
		}
	case []any:
		for _, e := range v {
			collectKeys(e, keys)
		}
	}
}

func TestAppendString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"Kế hoạch", `"Kế hoạch"`},
		{`a"b\c`, `"a\"b\\c"`},
		{"\b\f\n\r\t", `"\b\f\n\r\t"`},
		{"\x00\x01\x1f", `"\u0000\u0001\u001f"`},
		{"\x7f", "\"\x7f\""},
		{"<>&", `"<>&"`},
		{"\u2028x\u2029", `"\u2028x\u2029"`},
		{"\u2027\u202a", "\"\u2027\u202a\""},
		{"a\xffb", `"a\ufffdb"`},
		{"\xe1\xba", `"\ufffd\ufffd"`},
		{"\xed\xa0\x80", `"\ufffd\ufffd\ufffd"`}, // a surrogate is not UTF-8
		{"\xc0\xaf", `"\ufffd\ufffd"`},           // nor is an overlong form
		{"\ufffd", "\"\ufffd\""},
		{"😀", `"😀"`},
	}
	for _, tt := range tests {
		got := string(appendString(nil, tt.in))
		if got != tt.want {
			t.Errorf("appendString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		std, _ := json.Marshal(tt.in)
		if tt.in != "<>&" && got != string(std) {
			t.Errorf("appendString(%q) = %s, encoding/json writes %s", tt.in, got, std)
		}
	}
}

func TestAppendFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{1e13, "10000000000000"},
		{2e13, "20000000000000"},
		{0.5, "0.5"},
		{1.76, "1.76"},
		{3500000, "3500000"},
		{1e21, "1e+21"},
		{1e20, "100000000000000000000"},
		{1e-6, "0.000001"},
		{1e-7, "1e-7"},
		{-0.25, "-0.25"},
		{0, "0"},
	}
	for _, tt := range tests {
		if got := string(appendFloat(nil, tt.in)); got != tt.want {
			t.Errorf("appendFloat(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestJSONUnsupportedFloat(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		doc := planDoc()
		doc.Body[1].Children[1].Children[0].Children[1].Targets[0].Max = f64(v)
		var buf bytes.Buffer
		err := JSON(&buf, doc, JSONOptions{})
		if !errors.Is(err, errUnsupported) {
			t.Errorf("JSON(target %v) = %v, want an unsupported value error", v, err)
		}
		if buf.Len() != 0 {
			t.Errorf("JSON(target %v) wrote %d bytes, want none", v, buf.Len())
		}
		if _, err := stdJSON(doc, false); err == nil {
			t.Errorf("encoding/json accepts %v; the test is wrong", v)
		}
		doc = emptyDoc()
		doc.Source.EncodingConfidence = v
		if err := JSON(io.Discard, doc, JSONOptions{}); !errors.Is(err, errUnsupported) {
			t.Errorf("JSON(encoding_confidence %v) = %v, want an unsupported value error", v, err)
		}
	}
}

// failWriter fails once it has been given more than n bytes.
type failWriter struct {
	n      int
	writes int
}

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	w.writes++
	if len(p) > w.n {
		return 0, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

func TestJSONWriteError(t *testing.T) {
	doc := bigDoc(2000)
	for _, n := range []int{0, 100, flushSize + 10} {
		w := &failWriter{n: n}
		if err := JSON(w, doc, JSONOptions{Indent: true}); !errors.Is(err, errWrite) {
			t.Errorf("JSON(writer failing after %d bytes) = %v, want %v", n, err, errWrite)
		}
	}
	w := &failWriter{n: math.MaxInt}
	if err := JSON(w, doc, JSONOptions{Indent: true}); err != nil {
		t.Fatalf("JSON = %v", err)
	}
	if w.writes < 2 {
		t.Errorf("JSON of a large document made %d writes, want it written in chunks", w.writes)
	}
}

func TestJSONDeep(t *testing.T) {
	// Deeper than the indentation string is long.
	root := &model.Node{Kind: model.KindSection, ID: "0"}
	n := root
	for i := range 60 {
		c := &model.Node{Kind: model.KindItem, ID: strings.Repeat("i", i), Depth: i + 2}
		n.Children = []*model.Node{c}
		n = c
	}
	compareJSON(t, "deep", &model.Document{Body: []*model.Node{root}})
}

func FuzzJSON(f *testing.F) {
	for _, s := range seedDocs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareJSON(t, "random", randomDoc(data))
	})
}

var benchDoc = sync.OnceValue(func() *model.Document { return bigDoc(20000) })

func benchmarkJSON(b *testing.B, enc func(w io.Writer, doc *model.Document) error) {
	doc := benchDoc()
	var buf bytes.Buffer
	if err := enc(&buf, doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := enc(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSON measures JSON on a document of 20,000 nodes; bytes are
// those of the indented output.
func BenchmarkJSON(b *testing.B) {
	benchmarkJSON(b, func(w io.Writer, doc *model.Document) error {
		return JSON(w, doc, JSONOptions{Indent: true})
	})
}

// BenchmarkJSONStdlib measures encoding/json on the same document.
func BenchmarkJSONStdlib(b *testing.B) {
	benchmarkJSON(b, func(w io.Writer, doc *model.Document) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	})
}

func BenchmarkJSONCompact(b *testing.B) {
	benchmarkJSON(b, func(w io.Writer, doc *model.Document) error {
		return JSON(w, doc, JSONOptions{})
	})
}

func BenchmarkJSONCompactStdlib(b *testing.B) {
	benchmarkJSON(b, func(w io.Writer, doc *model.Document) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(doc)
	})
}

// TestJSONSharedAssignments checks the assignments whose JSON is copied
// from the last one written at the same depth: nodes that share lists,
// lists that share an array but not a length, the same lists with other
// fields, the same assignment at other depths, and enough nodes for the
// buffer to be written out in the middle of an assignment.
func TestJSONSharedAssignments(t *testing.T) {
	names := []string{"Sở A", "Sở \"B\"", "các sở, ban, ngành", "địa phương\n"}
	keys := []string{"sở a", "sở b", "sở, ban, ngành", "địa phương"}
	variants := []model.Assignment{
		{Lead: names[:1], LeadKeys: keys[:1], Cooperating: names[2:], CooperatingKeys: keys[2:]},
		{Lead: names[:1], LeadKeys: keys[:1], Cooperating: names[2:], CooperatingKeys: keys[2:], Inherited: true, From: "I.1"},
		{Lead: names[:1], LeadKeys: keys[:1], Cooperating: names[2:], CooperatingKeys: keys[2:], Inherited: true, From: "I.2"},
		{Lead: names[:2], LeadKeys: keys[:2], Cooperating: names[2:3], CooperatingKeys: keys[2:3]},
		{Lead: names[:2], LeadKeys: keys[:2], Action: "theo dõi", Request: true},
		{Cooperating: names[2:], CooperatingKeys: keys[2:]},
		{},
	}
	doc := planDoc()
	doc.Body = nil
	for i := range 3000 {
		a := variants[i%len(variants)]
		if i%5 == 0 {
			a = variants[(i/5)%len(variants)] // runs of the same assignment
		}
		sec := &model.Node{Kind: model.KindSection, ID: fmt.Sprint(i), Depth: 1, Assignment: &a}
		for j := range 1 + i%4 {
			b := variants[(i+j)%len(variants)]
			if j%2 == 0 {
				b = a
			}
			sec.Children = append(sec.Children, &model.Node{Kind: model.KindItem, ID: fmt.Sprintf("%d/i%d", i, j), Depth: 2,
				Text: strings.Repeat("chữ ", i%7), Assignment: &b})
		}
		doc.Body = append(doc.Body, sec)
	}
	compareJSON(t, "shared assignments", doc)
}
