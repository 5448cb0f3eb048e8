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

// BenchmarkStages times each stage of run on the 10 MB input, each on a
// parser brought to it by the stages before, outside the timer.
func BenchmarkStages(b *testing.B) {
	src := benchInputs(b)["10MB"]
	d, err := decode(src)
	if err != nil {
		b.Fatal(err)
	}
	text, _ := normalize(d)
	stages := []struct {
		name string
		run  func(p *parser)
	}{
		{"lines", (*parser).readLines},
		{"blocks", (*parser).readBlocks},
		{"tree", (*parser).buildTree},
		{"annotate", (*parser).annotate},
		{"finish", (*parser).finish},
	}
	b.Run("decode", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			decode(src)
		}
	})
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			normalize(d)
		}
	})
	for k, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				p := newParser(text, config{maxDepth: DefaultMaxDepth})
				for _, before := range stages[:k] {
					before.run(p)
				}
				b.StartTimer()
				st.run(p)
			}
		})
	}
}
