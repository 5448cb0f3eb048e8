package textscan

import (
	"flag"
	"testing"
	"unicode"

	"github.com/vnplan/vnplan/internal/gentable"
)

var update = flag.Bool("update", false, "rewrite tables.go from the functions that define its tables")

// TestTables checks the generated tables against the functions that
// define them; with -update it rewrites tables.go instead.
func TestTables(t *testing.T) {
	classes := make([]uint64, len(runeClass))
	for r := range classes {
		if isLetterRuneSlow(rune(r)) {
			classes[r] |= classLetter | classAlnum
		}
		if unicode.IsDigit(rune(r)) {
			classes[r] |= classAlnum
		}
		if isUpperSlow(rune(r)) {
			classes[r] |= classUpper
		}
	}
	if *update {
		err := gentable.Write("tables.go", "textscan", "TestTables -update", gentable.Table{
			Name: "runeClass",
			Doc: `runeClass holds the classes of the runes below U+3000, whose UTF-8
is at most two bytes or three bytes led by E1 or E2: ASCII, the Latin,
Greek and Cyrillic letters, the combining marks, the Vietnamese
letters of Latin Extended Additional and the punctuation of U+2000 on.`,
			Type:   "uint8",
			Values: classes,
		})
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	for r, c := range classes {
		if uint64(runeClass[r]) != c {
			t.Fatalf("runeClass[%U] = %#x, want %#x: run go test -run TestTables -update", r, runeClass[r], c)
		}
	}
}
