package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenDocs are the documents whose exports are kept in testdata/.
var goldenDocs = []struct {
	name string
	doc  func() *model.Document
}{
	{"plan", planDoc},
	{"annex", annexDoc},
	{"empty", emptyDoc},
}

// checkGolden compares got with testdata/name, or rewrites the file when
// -update is set.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update if the change is right)\ngot:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	for _, g := range goldenDocs {
		t.Run(g.name, func(t *testing.T) {
			doc := g.doc()
			var buf bytes.Buffer
			if err := JSON(&buf, doc, JSONOptions{Indent: true}); err != nil {
				t.Fatalf("JSON = %v", err)
			}
			checkGolden(t, g.name+".golden.json", buf.Bytes())
			if err := schema.Validate(buf.Bytes()); err != nil {
				t.Errorf("JSON(%s) does not validate: %v", g.name, err)
			}
			buf.Reset()
			if err := YAML(&buf, doc); err != nil {
				t.Fatalf("YAML = %v", err)
			}
			checkGolden(t, g.name+".golden.yaml", buf.Bytes())
			for _, table := range Tables() {
				buf.Reset()
				if err := CSV(&buf, doc, table, CSVOptions{}); err != nil {
					t.Fatalf("CSV(%s) = %v", table, err)
				}
				checkGolden(t, g.name+".golden.csv-"+string(table), buf.Bytes())
			}
		})
	}
}

// TestSchemaValidatesExports checks that every JSON document the tests
// export conforms to the schema, compact and indented, and that the
// schema catches a wrong kind and a misspelled field in them.
func TestSchemaValidatesExports(t *testing.T) {
	docs := map[string]*model.Document{
		"plan":      planDoc(),
		"annex":     annexDoc(),
		"empty":     emptyDoc(),
		"injection": injectionDoc(),
		"big":       bigDoc(100),
		"zero":      {Schema: model.SchemaV1},
	}
	for name, doc := range docs {
		for _, indent := range []bool{false, true} {
			var buf bytes.Buffer
			if err := JSON(&buf, doc, JSONOptions{Indent: indent}); err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(buf.Bytes()); err != nil {
				t.Errorf("JSON(%s, indent=%v) does not validate: %v", name, indent, err)
			}
		}
	}
	var buf bytes.Buffer
	if err := JSON(&buf, planDoc(), JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	tests := []struct {
		name, old, new string
	}{
		{"wrong kind", `"kind":"item"`, `"kind":"bullet"`},
		{"misspelled field", `"footnote_refs"`, `"footnote_ref"`},
		{"misspelled metadata field", `"doc_type"`, `"doctype"`},
		{"wrong comparator", `"comparator":"gt"`, `"comparator":">"`},
		{"wrong severity", `"severity":"info"`, `"severity":"note"`},
	}
	for _, tt := range tests {
		bad := bytes.Replace(good, []byte(tt.old), []byte(tt.new), 1)
		if bytes.Equal(bad, good) {
			t.Fatalf("%s: the plan's JSON has no %s", tt.name, tt.old)
		}
		if err := schema.Validate(bad); err == nil {
			t.Errorf("Validate(%s) = nil, want an error", tt.name)
		}
	}
}
