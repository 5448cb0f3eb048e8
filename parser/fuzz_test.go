package parser

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse panic or hang, that every
// tree passes the span check, and that its JSON decodes again. The seeds
// are the sample, the corpus and the trap snippets; crashers the fuzzer
// finds are kept in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/traps/*.txt")
	corpus, _ := filepath.Glob("../testdata/corpus/*.txt")
	seeds = append(seeds, corpus...)
	seeds = append(seeds, seedPath)
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		// Small pieces make the fuzzer faster than whole documents.
		for len(b) > 0 {
			n := min(len(b), 4096)
			f.Add(b[:n])
			b = b[n:]
		}
	}
	f.Add([]byte("\xff\xfe1\x00.\x00 \x00A\x00"))
	f.Add([]byte("| a | b |\n| --- |\n| 1. | x |\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse(src)
		if err != nil {
			var pe *Error
			if !asError(err, &pe) {
				t.Fatalf("Parse error %v is not a *parser.Error", err)
			}
			return
		}
		checkDoc(t, doc)
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		if !json.Valid(b) || !bytes.HasPrefix(b, []byte(`{"schema":"vnplan/v1"`)) {
			t.Fatalf("bad JSON: %.200s", b)
		}
	})
}

func asError(err error, target **Error) bool {
	e, ok := err.(*Error)
	if ok {
		*target = e
	}
	return ok
}
