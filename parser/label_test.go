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
