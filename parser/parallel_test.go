package parser

import (
	"bytes"
	"fmt"
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

// TestBlockPartsSameBlocks checks that grouping lines into blocks in parts
// gives the blocks of one pass, for a cut at every place blockParts may
// cut, in the sample, the corpus and the traps.
func TestBlockPartsSameBlocks(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	traps, _ := filepath.Glob("testdata/traps/*")
	files = append(append(files, seedPath), traps...)
	cuts := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := decode(src)
		if err != nil {
			continue
		}
		text, _ := normalize(d)
		p := newParser(text, config{maxDepth: DefaultMaxDepth})
		p.readLines()
		all := []int{0, len(p.lines)}
		one, onePages := buildBlockParts(p.str, p.lines, p.layout, all)
		want := dumpBlocks(one, onePages)
		for b := 0; b+1 < len(p.lines); b++ {
			if !separates(p.lines[b].kind) || !startsAfresh(p.str, &p.lines[b+1], p.layout) {
				continue
			}
			cuts++
			parts, pages := buildBlockParts(p.str, p.lines, p.layout, []int{0, b, len(p.lines)})
			if got := dumpBlocks(parts, pages); got != want {
				t.Errorf("%s, cut before line %d: the blocks differ from one pass (-one +parts):\n%.2000s", f, b+1, cmp.Diff(want, got))
			}
		}
	}
	t.Logf("%d cuts", cuts)
	if cuts < 100 {
		t.Errorf("only %d places to cut: the test no longer tests much", cuts)
	}
}

// dumpBlocks writes blocks and page numbers out as text, labels
// included, for comparison.
func dumpBlocks(blocks []*block, pageNums []int) string {
	var b bytes.Buffer
	for _, bl := range blocks {
		c := *bl
		c.lab = nil
		fmt.Fprintf(&b, "%+v", c)
		if bl.lab != nil {
			fmt.Fprintf(&b, " label %+v", *bl.lab)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "page numbers %v\n", pageNums)
	return b.String()
}
