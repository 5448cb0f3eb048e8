package parser

import (
	"os"
	"strings"
	"testing"

	"github.com/vnplan/vnplan/model"
)

// TestIndentedLayoutSentenceInside checks that in text laid out as the
// printed page (paragraphs and items start indented, the lines that go
// on with them at the margin), a line at the margin after a sentence
// end, on the third line of an item or later, goes on with the item.
func TestIndentedLayoutSentenceInside(t *testing.T) {
	src, err := os.ReadFile("../testdata/corpus/ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := parseBytes(t, "qd1422", src)
	item := node(t, doc, "II.1.d/i5")
	if !strings.Contains(item.Text, "đô thị ven biển. Tập trung hoàn thành các công trình trữ nước ngọt") {
		t.Errorf("II.1.d/i5 = %q, want it to go on after its first sentence", item.Text)
	}
	for _, c := range node(t, doc, "II.1.d").Children {
		if c.Kind == model.KindParagraph {
			t.Errorf("%s: a paragraph among the items: %.60q", c.ID, c.Text)
		}
	}
}
