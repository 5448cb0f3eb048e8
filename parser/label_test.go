package parser

import "testing"

// FuzzMayBeLetterLabel checks that mayBeLetterLabel lets through every
// text that lexLetter reads a label from.
func FuzzMayBeLetterLabel(f *testing.F) {
	for _, s := range []string{"a) Sở", "IV. Nhiệm vụ", "XII: ", "C\\. x", "đ) điểm", "B) chữ", "Tập trung", "VII", "I.", "Š) x", "A.", "ii) "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, ok := lexLetter(s); ok && !mayBeLetterLabel(s) {
			t.Fatalf("lexLetter(%q) reads a label that mayBeLetterLabel turns away", s)
		}
	})
}

// TestLabelSlashAndHyphen checks the labels of Party and district
// documents, "I/", "1/", "1-", "a-", "a/", beside the usual ones, that a
// slash or hyphen inside a word or number is no label, and the Roman
// numerals of parts that OCR wrote with an "l".
func TestLabelSlashAndHyphen(t *testing.T) {
	for _, tt := range []struct {
		in    string
		ok    bool
		style style
		value int
	}{
		{"I/ NHIỆM VỤ", true, styleRoman, 1},
		{"III- NHIỆM VỤ, GIẢI PHÁP", true, styleRoman, 3},
		{"1/ Về xây dựng Đảng", true, styleArabic, 1},
		{"2- Về kinh tế", true, styleArabic, 2},
		{"a- Nâng cao chất lượng", true, styleLowerAlpha, 1},
		{"b/ Phát triển kinh tế", true, styleLowerAlpha, 2},
		{"c) Tổ chức", true, styleLowerAlpha, 3},
		{"1/500 bản đồ", false, styleNone, 0},
		{"I/O", false, styleNone, 0},
		{"a-b", false, styleNone, 0},
		{"a/", false, styleNone, 0},
		{"x-quang", false, styleNone, 0},
		// OCR took an "I" for an "l" in a part's Roman numeral.
		{"l. MỤC ĐÍCH, YÊU CẦU", true, styleRoman, 1},
		{"Il. NHIỆM VỤ, GIẢI PHÁP", true, styleRoman, 2},
		{"lII. TỔ CHỨC THỰC HIỆN", true, styleRoman, 3},
		{"ll. Nhiệm vụ", false, styleNone, 0}, // not before a title in capitals
	} {
		l, ok := lexLabel(tt.in)
		if ok != tt.ok || ok && (l.style != tt.style || l.value != tt.value) {
			t.Errorf("lexLabel(%q) = style %v value %d ok %v, want style %v value %d ok %v",
				tt.in, l.style, l.value, ok, tt.style, tt.value, tt.ok)
		}
	}
}
