package target

import (
	"os"
	"strings"
	"testing"
)

// seedParagraphs returns the paragraphs of the sample document.
func seedParagraphs(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile("../seeds/000_a0ddf91c7c9a8c05.txt")
	if err != nil {
		tb.Skipf("seed: %v", err)
	}
	return strings.Split(string(b), "\n\n")
}

func BenchmarkFind(b *testing.B) {
	paras := seedParagraphs(b)
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Find(p)
		}
	}
}

func BenchmarkFindNoNumber(b *testing.B) {
	text := strings.Repeat("Tăng cường công tác thanh tra, kiểm tra và phối hợp chặt chẽ giữa các cơ quan chức năng. ", 100)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}
