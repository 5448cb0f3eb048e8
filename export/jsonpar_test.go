package export

import (
	"bytes"
	"testing"

	"github.com/vnplan/vnplan/model"
)

// parallelJSON encodes doc on workers goroutines with the body cut into
// units of at most limit.
func parallelJSON(doc *model.Document, indent bool, limit, workers int) []byte {
	var buf bytes.Buffer
	e := encoder{w: &buf, indent: indent}
	encodeParallel(&e, doc, cutBody(doc.Body, limit), workers)
	return buf.Bytes()
}

// TestJSONParallel checks that the body cut into units of any size and
// encoded on several goroutines gives the output of one encoder.
func TestJSONParallel(t *testing.T) {
	docs := map[string]*model.Document{"big": bigDoc(3000), "plan": planDoc()}
	twice := planDoc()
	twice.Body = append(twice.Body, twice.Body...) // the same nodes twice
	docs["twice"] = twice
	for i, s := range seedDocs() {
		docs[string(rune('a'+i))] = fullDoc(s)
	}
	for name, doc := range docs {
		for _, indent := range []bool{false, true} {
			want, err := stdJSON(doc, indent)
			if err != nil {
				continue
			}
			for _, limit := range []int{1, 2, 7, 50, 1 << 30} {
				for _, workers := range []int{1, 2, 3} {
					if got := parallelJSON(doc, indent, limit, workers); !bytes.Equal(got, want) {
						t.Fatalf("parallel JSON(%s, indent=%v, limit %d, %d workers) differs from encoding/json:\n%s",
							name, indent, limit, workers, firstDiff(got, want))
					}
				}
			}
		}
	}
}

// TestSplitBody checks that units cover the body in order, each a
// subtree of at most the limit, and that a small body is not split.
func TestSplitBody(t *testing.T) {
	if u := splitBody(planDoc().Body, 4); u != nil {
		t.Errorf("splitBody(small body) = %d units, want none", len(u))
	}
	doc := bigDoc(40000)
	units := splitBody(doc.Body, 2)
	if len(units) < 2*unitsPerWorker {
		t.Fatalf("splitBody(%d sections, 2) = %d units, want at least %d", len(doc.Body), len(units), 2*unitsPerWorker)
	}
	// Every section of bigDoc is small: each is a unit, in order.
	if len(units) != len(doc.Body) {
		t.Fatalf("splitBody = %d units, want one per section (%d)", len(units), len(doc.Body))
	}
	for i, u := range units {
		if u.node != doc.Body[i] || u.depth != 2 {
			t.Fatalf("unit %d = node %s at depth %d, want section %s at depth 2", i, u.node.ID, u.depth, doc.Body[i].ID)
		}
	}
}

// firstDiff shows where got and want first differ.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-60)
	return "got:  " + string(got[lo:min(len(got), i+60)]) + "\nwant: " + string(want[lo:min(len(want), i+60)])
}

func FuzzJSONParallel(f *testing.F) {
	for _, s := range seedDocs() {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, limit uint8) {
		doc := randomDoc(data)
		for _, indent := range []bool{false, true} {
			want, err := stdJSON(doc, indent)
			if err != nil {
				return
			}
			if got := parallelJSON(doc, indent, int(limit), 2); !bytes.Equal(got, want) {
				t.Fatalf("parallel JSON(limit %d, indent=%v) differs from encoding/json:\n%s", limit, indent, firstDiff(got, want))
			}
		}
	})
}
