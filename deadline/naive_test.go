package deadline

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vnplan/vnplan/internal/textscan"
)

// findNaive is the reference for Find: it tries a phrase at every word
// and number that may start one, left to right.
func findNaive(text string, year int) []Match {
	var out []Match
	nm := newNames(text)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case textscan.IsDigit(c):
			if !textscan.IsAlnumBefore(text, i) {
				if o, end, ok := try(text, i, year, nm, out); ok {
					out, i = settle(text, out, o, end)
					continue
				} else if end > i {
					i = end
					continue
				}
			}
			for i < len(text) && textscan.IsDigit(text[i]) {
				i++
			}
		case c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
			i++
		default:
			k, e := word(text, i)
			if e == i {
				i++
				for i < len(text) && text[i]&0xC0 == 0x80 {
					i++
				}
				continue
			}
			if trigger(k) {
				if o, end, ok := try(text, i, year, nm, out); ok {
					out, i = settle(text, out, o, end)
					continue
				} else if end > i {
					i = end
					continue
				}
			}
			i = e
		}
	}
	return out
}

func TestFindMatchesNaiveScan(t *testing.T) {
	files := []string{
		"seeds/000_a0ddf91c7c9a8c05.txt",
		"testdata/corpus/btnmt-kh09-2024-tin-chi-carbon.txt",
		"testdata/corpus/cantho-kh70-2025-ocr-dan-van.txt",
		"testdata/corpus/chinhphu-nq03-2025-chuong-trinh-hanh-dong-nq57.txt",
		"testdata/corpus/chinhphu-nq88-2022-chuong-trinh-hanh-dong.txt",
		"testdata/corpus/ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt",
		"testdata/corpus/ttg-qd419-2017-chuong-trinh-redd-plus.txt",
		"testdata/corpus/vpcp-tb467-2024-ket-luan-thi-truong-carbon.txt",
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text := readRepoFile(t, f)
			want := findNaive(text, 2024)
			got := Find(text, 2024)
			if len(want) == 0 {
				t.Fatalf("findNaive(%s) found nothing", f)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find(%s) differs from a scan of every word (-naive +Find):\n%s", f, diff)
			}
		})
	}
}
