package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// TestParallelSameTree checks that a large document gives the same tree
// on several cores, where the scans are split, the annotation passes run
// on all cores and workers run ahead of the tree, as on one core, where
// none of that happens.
func TestParallelSameTree(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var corpus []byte
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		corpus = append(append(corpus, b...), '\n')
	}
	inputs := map[string][]byte{
		"sample x16": bytes.Repeat(seed, 16),
		"corpus x3":  bytes.Repeat(corpus, 3),
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for name, src := range inputs {
		if len(src) < partMin || len(src) < parallelMin {
			t.Fatalf("%s: %d bytes, too small to be split", name, len(src))
		}
		parse := func(procs int) *model.Document {
			runtime.GOMAXPROCS(procs)
			doc, err := Parse(src)
			if err != nil {
				t.Fatalf("%s on %d cores: %v", name, procs, err)
			}
			return doc
		}
		one := parse(1)
		for _, procs := range []int{2, 4} {
			if many := parse(procs); !reflect.DeepEqual(many, one) {
				t.Errorf("%s: the tree on %d cores differs from the tree on one (-one +many):\n%.3000s", name, procs, cmp.Diff(one, many))
			}
		}
	}
}

// TestCutLinesParts checks that cutting a large text into lines in parts
// gives the lines of one pass, wherever the parts fall: on a line end, in
// a run of empty lines, with and without a final "\n", in a text with no
// "\n" after its first part.
func TestCutLinesParts(t *testing.T) {
	line := []byte("- Sở A chủ trì, phối hợp với các đơn vị\n1. Mục tiêu\n\n\n   a) điểm\n")
	body := bytes.Repeat(line, partMin/len(line)+1)
	inputs := map[string][]byte{
		"lines":           body,
		"no final end":    body[:len(body)-1],
		"one long line":   append(append([]byte{}, body[:100]...), bytes.Repeat([]byte("x "), partMin)...),
		"only line ends":  bytes.Repeat([]byte{'\n'}, partMin+3),
		"no line end":     bytes.Repeat([]byte("y"), partMin+5),
		"crlf and blanks": bytes.ReplaceAll(body, []byte("\n"), []byte(" \n\n")),
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for name, text := range inputs {
		runtime.GOMAXPROCS(1)
		one := cutLines(text)
		for _, procs := range []int{2, 3, 8} {
			runtime.GOMAXPROCS(procs)
			if many := cutLines(text); !reflect.DeepEqual(many, one) {
				t.Errorf("%s: %d lines on %d cores, %d on one", name, len(many), procs, len(one))
			}
		}
	}
}
