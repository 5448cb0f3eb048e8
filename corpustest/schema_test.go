package corpustest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnplan/vnplan/export"
	"github.com/vnplan/vnplan/parser"
	"github.com/vnplan/vnplan/schema"
)

// TestOutputMatchesSchema validates the JSON of every real document, as
// the parser produces it, against the JSON Schema of the contract.
func TestOutputMatchesSchema(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	files = append(files, "../seeds/000_a0ddf91c7c9a8c05.txt")
	traps, _ := filepath.Glob("../parser/testdata/traps/*.txt")
	files = append(files, traps...)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(src, parser.WithFilename(filepath.Base(f)))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, indent := range []bool{true, false} {
			var buf bytes.Buffer
			if err := export.JSON(&buf, doc, export.JSONOptions{Indent: indent}); err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(buf.Bytes()); err != nil {
				t.Errorf("%s: output does not match the schema: %v", f, err)
			}
		}
	}
}
