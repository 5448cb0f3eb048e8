package parser

import (
	"bytes"
	"os"
	"testing"
)

// Benchmarks for each stage and for the whole parse, on the sample and on
// about 10 MB made by repeating it. Compare two commits with benchstat:
//
//	go test -run '^$' -bench . -count 10 ./parser/ > old.txt
//	(check out the other commit)
//	go test -run '^$' -bench . -count 10 ./parser/ > new.txt
//	benchstat old.txt new.txt

// benchInputs returns the sample and its 130-fold repetition (9.97 MB).
func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	return map[string][]byte{"sample": seed, "10MB": bytes.Repeat(seed, 130)}
}

func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"sample", "10MB"} {
		src := benchInputs(b)[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStages times each stage on the 10 MB input, feeding it the
// result of the stages before.
func BenchmarkStages(b *testing.B) {
	src := benchInputs(b)["10MB"]
	d, err := decode(src)
	if err != nil {
		b.Fatal(err)
	}
	text, _ := normalize(d)
	lines := splitLines(text)
	lo := studyLayout(string(text), lines)
	lo.fnMarkers = fusedMarkers(text)
	stage := func(name string, fn func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				fn()
			}
		})
	}
	stage("decode", func() { decode(src) })
	stage("normalize", func() { normalize(d) })
	stage("lines", func() { splitLines(text) })
	stage("layout", func() { studyLayout(string(text), lines); fusedMarkers(text) })
	stage("blocks", func() { buildBlocks(string(text), lines, lo) })
	stage("tree", func() {
		p := newParser(text, config{maxDepth: DefaultMaxDepth})
		p.lines, p.layout = lines, lo
		p.blocks, _ = buildBlocks(string(text), lines, lo)
		p.regions()
		p.doc.Body = p.tree.root
		p.finishTree()
	})
	p := newParser(text, config{maxDepth: DefaultMaxDepth})
	p.lines, p.layout = lines, lo
	stage("tree+annotate", func() {
		p := newParser(text, config{maxDepth: DefaultMaxDepth})
		p.lines, p.layout = lines, lo
		p.blocks, _ = buildBlocks(string(text), lines, lo)
		p.regions()
		p.doc.Body = p.tree.root
		p.finishTree()
		p.annotate()
	})
	stage("all", func() {
		p := newParser(text, config{maxDepth: DefaultMaxDepth})
		p.run()
	})
}
