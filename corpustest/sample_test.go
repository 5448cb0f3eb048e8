package corpustest

import (
	"sort"
	"strings"
	"testing"

	"github.com/vnplan/vnplan/model"
)

// TestSampleCitationsAndFootnotes checks two facts of the sample the
// issue states exactly: 24 distinct cited numbers (footnotes included),
// and no footnote body left inside the text of any node.
func TestSampleCitationsAndFootnotes(t *testing.T) {
	doc := parseSample(t)
	numbers := make(map[string]bool)
	add := func(rs []model.Reference) {
		for _, r := range rs {
			numbers[r.Number] = true
		}
	}
	add(doc.Meta.References)
	model.Walk(doc.Body, func(n *model.Node) bool {
		add(n.References)
		return true
	})
	for _, f := range doc.Footnotes {
		add(f.References)
	}
	if len(numbers) != 24 {
		var list []string
		for n := range numbers {
			list = append(list, n)
		}
		sort.Strings(list)
		t.Errorf("%d distinct cited numbers, want 24: %q", len(numbers), list)
	}
	if len(doc.Footnotes) != 8 {
		t.Fatalf("%d footnotes, want 8", len(doc.Footnotes))
	}
	model.Walk(doc.Body, func(n *model.Node) bool {
		for _, f := range doc.Footnotes {
			// The first 40 bytes of a body are enough to recognise it.
			head := f.Text[:min(len(f.Text), 40)]
			if strings.Contains(n.Text, head) || strings.Contains(n.Heading, head) {
				t.Errorf("node %s holds the body of footnote %s", n.ID, f.Label)
			}
		}
		return true
	})
	for _, f := range doc.Footnotes {
		if len(f.Refs) != 1 {
			t.Errorf("footnote %s is linked to %v, want one node", f.Label, f.Refs)
		}
	}
}
