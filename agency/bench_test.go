package agency

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func seedParagraphs(b *testing.B) ([]string, int) {
	data, err := os.ReadFile(filepath.Join("..", "seeds", "000_a0ddf91c7c9a8c05.txt"))
	if err != nil {
		b.Skip(err)
	}
	var paras []string
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		_, body := stripLabel(line)
		if body != "" {
			paras = append(paras, body)
			n += len(body)
		}
	}
	return paras, n
}

// BenchmarkParseClause runs ParseClause on every line of the seed, as the
// parser does on every heading, paragraph and bullet.
func BenchmarkParseClause(b *testing.B) {
	benchmarkLines(b, func(s string) { ParseClause(s) })
}

// BenchmarkParseField runs ParseField on every line of the seed, as the
// parser does on every heading, paragraph and bullet.
func BenchmarkParseField(b *testing.B) {
	benchmarkLines(b, func(s string) { ParseField(s) })
}

// benchmarkLines runs fn on every line of the seed.
func benchmarkLines(b *testing.B, fn func(string)) {
	paras, n := seedParagraphs(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			fn(p)
		}
	}
}

// BenchmarkKey runs Key on agency names.
func BenchmarkKey(b *testing.B) {
	names := []string{"Uỷ ban nhân dân thành phố Huế", "Sở Lao động, Thương binh và Xã hội", "UBND huyện Phú Lộc", "các sở, ban, ngành"}
	n := 0
	for _, s := range names {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range names {
			Key(s)
		}
	}
}
