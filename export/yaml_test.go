package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
	"go.yaml.in/yaml/v3"
)

// normalize turns the integers a YAML decoder returns into float64, as
// a JSON decoder returns every number.
func normalize(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = normalize(e)
		}
	case []any:
		for i, e := range v {
			v[i] = normalize(e)
		}
	case int:
		return float64(v)
	case int64:
		return float64(v)
	case uint64:
		return float64(v)
	}
	return v
}

// jsonKeys returns the keys of every object of the JSON data, in order,
// each with its path.
func jsonKeys(t *testing.T, data []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	var keys []string
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return nil
		}
		for i := 0; dec.More(); i++ {
			p := path + "/" + string(rune('0'+i%10))
			if d == '{' {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				p = path + "/" + k.(string)
				keys = append(keys, p)
			}
			if err := walk(p); err != nil {
				return err
			}
		}
		_, err = dec.Token()
		return err
	}
	if err := walk(""); err != nil {
		t.Fatalf("reading JSON keys: %v", err)
	}
	return keys
}

// yamlKeys returns the keys of every mapping of the YAML data, in order,
// each with its path.
func yamlKeys(t *testing.T, data []byte) []string {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatalf("yaml.Unmarshal = %v", err)
	}
	var keys []string
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode:
			walk(n.Content[0], path)
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				p := path + "/" + n.Content[i].Value
				keys = append(keys, p)
				walk(n.Content[i+1], p)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, path+"/"+string(rune('0'+i%10)))
			}
		}
	}
	walk(&root, "")
	return keys
}

// compareYAML reports whether YAML writes the data JSON writes for doc,
// with keys in the same order.
func compareYAML(t *testing.T, name string, doc *model.Document) {
	t.Helper()
	var j, y bytes.Buffer
	if err := JSON(&j, doc, JSONOptions{}); err != nil {
		t.Fatalf("JSON(%s) = %v", name, err)
	}
	if err := YAML(&y, doc); err != nil {
		t.Fatalf("YAML(%s) = %v", name, err)
	}
	var jv, yv any
	if err := json.Unmarshal(j.Bytes(), &jv); err != nil {
		t.Fatalf("json.Unmarshal(JSON(%s)) = %v", name, err)
	}
	if err := yaml.Unmarshal(y.Bytes(), &yv); err != nil {
		t.Fatalf("yaml.Unmarshal(YAML(%s)) = %v\n%s", name, err, y.Bytes())
	}
	if diff := cmp.Diff(jv, normalize(yv)); diff != "" {
		t.Fatalf("YAML(%s) decodes to other data than JSON (-json +yaml):\n%s\nYAML:\n%s", name, diff, y.Bytes())
	}
	if diff := cmp.Diff(jsonKeys(t, j.Bytes()), yamlKeys(t, y.Bytes())); diff != "" {
		t.Fatalf("YAML(%s) keys differ from JSON's (-json +yaml):\n%s", name, diff)
	}
}

func TestYAMLSameDataAsJSON(t *testing.T) {
	tests := []struct {
		name string
		doc  *model.Document
	}{
		{"nil", nil},
		{"zero", &model.Document{}},
		{"plan", planDoc()},
		{"annex", annexDoc()},
		{"empty", emptyDoc()},
		{"every field", fullDoc(bytes.Repeat([]byte{5, 8, 13, 21}, 3000))},
		{"strings", &model.Document{Meta: model.Metadata{Notes: strs}}},
		{"floats", &model.Document{Body: []*model.Node{{Targets: []model.Target{
			{Value: f64(1e21), Min: f64(1e20), Max: f64(1e-7)},
			{Value: f64(math.MaxFloat64), Min: f64(5e-324), Max: f64(-0.5)},
		}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { compareYAML(t, tt.name, tt.doc) })
	}
}

func TestYAMLQuoting(t *testing.T) {
	// Strings a YAML 1.1 reader would misread are quoted, so that such a
	// reader also gets strings.
	for _, s := range []string{"yes", "No", "off", "ON", "y", "1:20", "-1:30:00", "true", "null", "~", "123", "1e5", ""} {
		var buf bytes.Buffer
		if err := YAML(&buf, &model.Document{Schema: s}); err != nil {
			t.Fatal(err)
		}
		want := `schema: "` + s + `"`
		if !strings.Contains(buf.String(), want) {
			t.Errorf("YAML(schema %q) = %q, want it to contain %q", s, buf.String(), want)
		}
	}
	var buf bytes.Buffer
	if err := YAML(&buf, &model.Document{Schema: "vnplan/v1"}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "schema: vnplan/v1\n") {
		t.Errorf("YAML(schema vnplan/v1) = %q, want it plain", buf.String())
	}
}

func TestYAMLErrors(t *testing.T) {
	doc := emptyDoc()
	doc.Source.EncodingConfidence = math.NaN()
	if err := YAML(io.Discard, doc); !errors.Is(err, errUnsupported) {
		t.Errorf("YAML(NaN) = %v, want an unsupported value error", err)
	}
	if err := YAML(&failWriter{n: 10}, planDoc()); !errors.Is(err, errWrite) {
		t.Errorf("YAML(failing writer) = %v, want %v", err, errWrite)
	}
}

func FuzzYAML(f *testing.F) {
	for _, s := range seedDocs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareYAML(t, "random", randomDoc(data))
	})
}

// FuzzYAMLString checks single strings, in values and lists, against a
// YAML reader.
func FuzzYAMLString(f *testing.F) {
	for _, s := range strs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := &model.Document{Schema: s, Meta: model.Metadata{Title: s, Notes: []string{s, s + " x", "x " + s}}}
		compareYAML(t, "string", doc)
	})
}

func TestYAMLMalformedJSON(t *testing.T) {
	// YAML converts only what JSON writes; other input must give an
	// error, not a panic.
	for _, in := range []string{``, `{`, `{"a":`, `{"a" 1}`, `{"a":1,}`, `[1,`, `"abc`, `"a\`, `{1:2}`, `[1]]`, `[1 2]`, `{"a":1}x`} {
		y := yamlWriter{src: []byte(in), w: io.Discard}
		y.value(0, false)
		if y.err == nil && y.pos == len(in) {
			t.Errorf("yamlWriter(%q) = nil error", in)
		}
	}
}

func BenchmarkYAML(b *testing.B) {
	doc := benchDoc()
	var buf bytes.Buffer
	if err := YAML(&buf, doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := YAML(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}
