package agency

import (
	"flag"
	"testing"

	"github.com/vnplan/vnplan/internal/gentable"
)

var update = flag.Bool("update", false, "rewrite tables.go from the functions that define its tables")

// TestTables checks the generated tables against the functions that
// define them; with -update it rewrites tables.go instead.
func TestTables(t *testing.T) {
	classes := make([]uint64, vtabSize)
	for r := range classes {
		classes[r] = uint64(classify1(rune(r)))
	}
	if *update {
		err := gentable.Write("tables.go", "agency", "TestTables -update", gentable.Table{
			Name:   "runeClasses",
			Doc:    "runeClasses holds the class of every rune below vtabSize (see classify1).",
			Type:   "uint16",
			Values: classes,
		})
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	for r, c := range classes {
		if uint64(runeClasses[r]) != c {
			t.Fatalf("runeClasses[%U] = %#x, want %#x: run go test -run TestTables -update", r, runeClasses[r], c)
		}
	}
}
