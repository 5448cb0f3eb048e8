package deadline

import (
	"strings"
	"testing"

	"github.com/vnplan/vnplan/internal/textscan"
)

// TestWordEnd checks wordEnd against textscan.WordEnd at every place of
// every string of up to three pieces: letters and non-letters of one to
// three bytes, broken and stray UTF-8 sequences.
func TestWordEnd(t *testing.T) {
	pieces := []string{
		"a", "Z", " ", "-", "1", "\xc3\xa0", "\xc3\x97", "\xc3\xb7", "\xc3",
		"\xc4\x91", "\xc8\xbf", "\xc9\x90", "\xcc\x81", "\xe1", "\xe1\xba",
		"\xe1\xba\x80", "\xe1\xbb\xbf", "\xe1\xb8\x80", "\xe1\xbc\x80",
		"\xe2\x80\x9c", "\x80", "\xbf", "\xf0\x9f\x98\x80",
	}
	var b strings.Builder
	for _, p := range pieces {
		for _, q := range pieces {
			for _, r := range pieces {
				b.Reset()
				b.WriteString(p)
				b.WriteString(q)
				b.WriteString(r)
				// Long enough for the eight-byte paths.
				s := b.String() + "xyzxyzxyz"
				for i := range len(s) {
					if got, want := wordEnd(s, i), textscan.WordEnd(s, i); got != want {
						t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
					}
				}
			}
		}
	}
}

// TestWordTable checks that every keyword is found in lower and upper
// case, inside and at the end of a text, that a byte shorter it is looked
// up as when it stands alone, and that a longer word is not found.
func TestWordTable(t *testing.T) {
	for _, e := range keywords {
		for _, w := range []string{e.w, strings.ToUpper(e.w)} {
			for _, s := range []string{w, w + " và những", "x " + w} {
				i := strings.Index(s, w)
				if got := kw(forms.get(s, i, i+len(w))); got != e.k {
					t.Errorf("get(%q) in %q = %d, want %d", w, s, got, e.k)
				}
				if got, want := forms.get(s, i, i+len(w)-1), forms.get(w[:len(w)-1], 0, len(w)-1); got != want {
					t.Errorf("get(%q) in %q = %d, want %d", w[:len(w)-1], s, got, want)
				}
			}
			if s := w + "x"; forms.get(s, 0, len(s)) != 0 {
				t.Errorf("get(%q) found a keyword", s)
			}
		}
	}
}
