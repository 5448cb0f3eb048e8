package agency

import (
	"strings"
	"testing"
)

// TestClassOrder checks the order of the vowel classes that scanTo relies
// on to find a pair of vowels with one shift.
func TestClassOrder(t *testing.T) {
	if cBareO<<2 != cTonedAE || cBareU<<2 != cTonedY {
		t.Fatal("cBareO<<2 must be cTonedAE and cBareU<<2 cTonedY")
	}
}

// TestScanFolds checks that the words scan folds as it reads them are
// those fold gives, also for words it takes as they are or folds by their
// first rune alone.
func TestScanFolds(t *testing.T) {
	for _, s := range []string{
		"Sở Tài chính", "Uỷ ban nhân dân", "THUỶ LỢI", "Hoà Bình", "quý", "Quý", "QUÝ",
		"Thuỷ-Lợi", "hoà1", "HOÀ", "ÔNG. X", "PHỐİ hợp", "x\u0301y", "Oà", "C++ và A&B",
		"cộng hoà xã hội chủ nghĩa", "Kiến trúc-Quy hoạch", "İstanbul", "ǅa",
	} {
		for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s)} {
			w := scan(v)
			for _, tk := range w.toks {
				if tk.kind != kWord {
					continue
				}
				if want := fold(v[tk.start:tk.end]); tk.word != want {
					t.Errorf("scan(%q): word %q folds to %q, want %q", v, v[tk.start:tk.end], tk.word, want)
				}
			}
		}
	}
}
