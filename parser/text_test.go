package parser

import (
	"strings"
	"testing"
)

// FuzzSegTextMap checks the map of built text back to the source: every
// byte but an inserted space comes from an equal source byte, the offsets
// never decrease, and the cursor agrees with srcOffset whatever the order
// of the questions.
func FuzzSegTextMap(f *testing.F) {
	for _, s := range []string{
		"Sở Y tế  chủ trì,\n   phối hợp\twith **Sở A**\n\nvà  các đơn vị",
		"a *b* c\n_d_ e\\* f `g` [h](i) <j>",
		"x\u00a0y\n\nz  **w",
	} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, skip int) {
		src := []byte(s)
		var segs []seg
		start := 0
		for i := 0; i <= len(src); i++ {
			if i == len(src) || src[i] == '\n' {
				segs = append(segs, seg{start, i})
				start = i + 1
			}
		}
		skip = min(max(skip, 0), segs[0].end-segs[0].start)
		m := segText(src, s, segs, skip)
		prev := -1
		for i := 0; i < len(m.s); i++ {
			at := m.srcOffset(i)
			if at < prev {
				t.Fatalf("srcOffset(%d) = %d after %d in %q from %q", i, at, prev, m.s, s)
			}
			prev = at
			if c := m.s[i]; c != ' ' && c != '*' && c != '_' && (at >= len(src) || src[at] != c) {
				t.Fatalf("byte %d %q of %q maps to %d of %q", i, c, m.s, at, s)
			}
		}
		c := offsetCursor{m: &m}
		for _, i := range []int{len(m.s) / 2, 0, len(m.s), len(m.s) / 3, len(m.s) + 1} {
			if got, want := c.offset(i), m.srcOffset(i); got != want {
				t.Fatalf("offset(%d) = %d, want srcOffset %d (text %q)", i, got, want, m.s)
			}
		}
		if strings.Contains(m.s, "  ") {
			t.Fatalf("double space in %q from %q", m.s, s)
		}
	})
}

// FuzzLoneMark checks that a text loneMark lets past goldmark comes out
// of goldmark as it went in: the same text with the same map.
func FuzzLoneMark(f *testing.F) {
	for _, s := range []string{"(*viết tắt là A)", "a *b c", "snake_case x", "x * y", "*a", "a_", "a\n*\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		m := segText(src, s, []seg{{0, len(src)}}, 0)
		if !loneMark(m.s) {
			return
		}
		got, want := stripEmphasisScan(m), stripInline(m)
		if got.s != want.s {
			t.Fatalf("%q: without goldmark %q, with %q", m.s, got.s, want.s)
		}
		for i := 0; i <= len(got.s); i++ {
			if a, b := got.srcOffset(i), want.srcOffset(i); a != b {
				t.Fatalf("%q: byte %d maps to %d without goldmark, %d with", m.s, i, a, b)
			}
		}
	})
}
