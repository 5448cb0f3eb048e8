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

// TestPageMarkThenNumber checks that the page number printed under a page
// mark an extraction wrote ("===== Trang 2 =====" / "2") is a page
// number, not a word of the sentence the page break cut.
func TestPageMarkThenNumber(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Tập trung phát triển\n\n" +
		"===== Trang 2 =====\n2\n\n" +
		"các khu công nghiệp quy mô lớn, hạ tầng đồng bộ.\n" +
		"2. Rà soát quy hoạch.\n"
	doc := parseBytes(t, "mark", []byte(src))
	if got := node(t, doc, "I.1").Text; strings.Contains(got, " 2 ") {
		t.Errorf("I.1 text = %q, holds the page number", got)
	}
	if n := len(doc.Meta.PageNumbers); n != 2 {
		t.Errorf("%d page numbers, want 2 (the mark and the number): %+v", n, doc.Meta.PageNumbers)
	}
}
