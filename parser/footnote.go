package parser

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
	"github.com/vnplan/vnplan/model"
)

// footnote is a footnote body found while parsing.
type footnote struct {
	label string
	blk   *block
	text  mapped
	node  *model.Footnote
}

// addFootnote records a footnote body block.
func (p *parser) addFootnote(b *block) {
	skip := footnoteBodyStart(b.firstText(p.str))
	m := p.blockText(b, skip)
	fn := &model.Footnote{Label: b.fnLabel, Text: m.s, Span: offSpan(b.start(), b.end())}
	p.footnotes = append(p.footnotes, &footnote{label: b.fnLabel, blk: b, text: m, node: fn})
}

// footnoteBodyStart returns the bytes of the marker that opens a footnote
// body line.
func footnoteBodyStart(s string) int {
	i := 0
	for i < len(s) && (s[i] == '*' || s[i] == '_') {
		i++
	}
	switch {
	case strings.HasPrefix(s[i:], "[^"):
		if k := strings.Index(s[i:], "]:"); k >= 0 {
			return i + k + 2
		}
	case strings.HasPrefix(s[i:], "["):
		if k := strings.IndexByte(s[i:], ']'); k >= 0 {
			return i + k + 1
		}
	case strings.HasPrefix(s[i:], "^"):
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := superscriptDigit(r); !ok && !isDigit(r) {
			break
		}
		i += size
	}
	return i
}

// fusedMarkers finds footnote markers written as plain digits fused to
// the end of a word ("Chính phủ3"): a lower-case word of two or more
// letters followed directly by one or two digits and then a space or
// punctuation. Unit symbols such as "m2" and "km2" are not markers.
// A large text is searched on all cores.
func fusedMarkers(text []byte) map[string]bool {
	var (
		mu  sync.Mutex
		set map[string]bool
	)
	forParts(bytesString(text), func(start, end int) {
		part := fusedMarkersIn(text, max(start, 1), end)
		mu.Lock()
		defer mu.Unlock()
		if set == nil {
			set = part
			return
		}
		for m := range part {
			set[m] = true
		}
	})
	return set
}

// fusedMarkersIn is fusedMarkers on the markers that start in
// text[start:end].
func fusedMarkersIn(text []byte, start, end int) map[string]bool {
	var set map[string]bool
	str := bytesString(text)
	for i := start; i < end; i++ {
		if i+8 <= end && swar.Digit(swar.Load(str, i)) == 0 {
			i += 7 // no digit in these eight bytes
			continue
		}
		c := text[i]
		if c < '0' || c > '9' || text[i-1] < 0x80 && !(text[i-1] >= 'a' && text[i-1] <= 'z' || text[i-1] >= 'A' && text[i-1] <= 'Z') {
			continue
		}
		if text[i-1] >= '0' && text[i-1] <= '9' {
			continue
		}
		// The word before the digits: in lower case ("phủ3"), a name
		// ("Đảng1") or an abbreviation ("HĐND3").
		j := i
		letters := 0
		for j > 0 {
			r, size := utf8.DecodeLastRune(text[:j])
			if !isLowerLetter(r) && !isUpperLetter(r) {
				break
			}
			letters++
			j -= size
		}
		if letters < 2 || isUnitWord(string(text[j:i])) || string(text[j:i]) == "QH" {
			// A unit ("km2") or the National Assembly's term in a
			// law's number ("38/2021/QH15").
			continue
		}
		if j > 0 {
			r, _ := utf8.DecodeLastRune(text[:j])
			if isLetter(r) || isDigit(r) {
				continue
			}
		}
		k := i
		for k < len(text) && text[k] >= '0' && text[k] <= '9' && k-i < 3 {
			k++
		}
		if k-i > 2 || k < len(text) && !(text[k] == ' ' || text[k] == ',' || text[k] == '.' || text[k] == ';' || text[k] == ':' || text[k] == '\n' || text[k] == ')') {
			continue
		}
		if set == nil {
			set = make(map[string]bool)
		}
		set[strings.TrimLeft(string(text[i:k]), "0")] = true
		i = k
	}
	return set
}

// isUnitWord reports whether w is a unit symbol that takes a digit:
// "m2", "km2", "cm3".
func isUnitWord(w string) bool {
	switch w {
	case "m", "km", "cm", "mm", "dm", "ha", "kg", "ppm", "co", "pm", "so", "no", "ch", "nh":
		return true
	}
	return false
}

// marker is a footnote marker in a text.
type marker struct {
	label      string
	start, end int // bytes in the text
}

// findMarkers returns the footnote markers in s: superscript digits,
// "[1]", "[^1]", "^1", and digits fused to a word when fused holds them.
func findMarkers(s string, fused map[string]bool, labels map[string]bool) []marker {
	if !mayHaveMarker(s, len(fused) > 0 && len(labels) > 0) {
		return nil
	}
	// Only the first bytes of markers can start one.
	return markersFrom(s, fused, labels, nextMarkerByte)
}

// markersFrom is findMarkers reading the runes of s that next returns as
// the next place a marker may start at or after i (every rune, for a next
// that returns i).
func markersFrom(s string, fused, labels map[string]bool, next func(s string, i int, digits bool) int) []marker {
	var out []marker
	digits := len(fused) > 0
	for i := 0; i < len(s); {
		if i = next(s, i, digits); i >= len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := superscriptDigit(r); ok {
			j, n := i, 0
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				d, ok := superscriptDigit(r2)
				if !ok {
					break
				}
				n = n*10 + d
				j += size2
			}
			out = append(out, marker{label: itoa(n), start: i, end: j})
			i = j
			continue
		}
		switch {
		case r == '[':
			k := i + 1
			if k < len(s) && s[k] == '^' {
				k++
			}
			if lab, rest, ok := digitsThen(s[k:], "]"); ok && labels[lab] {
				out = append(out, marker{label: lab, start: i, end: len(s) - len(rest)})
				i = len(s) - len(rest)
				continue
			}
		case r == '^' && i > 0:
			if lab, rest, ok := digitsThen(s[i+1:], ""); ok && labels[lab] {
				out = append(out, marker{label: lab, start: i, end: len(s) - len(rest)})
				i = len(s) - len(rest)
				continue
			}
		case isDigit(r) && i > 0 && len(fused) > 0:
			pr, _ := utf8.DecodeLastRuneInString(s[:i])
			if isLowerLetter(pr) || isUpperLetter(pr) {
				if lab, rest, ok := digitsThen(s[i:], ""); ok && fused[lab] && labels[lab] && (rest == "" || strings.IndexByte(" ,.;:)", rest[0]) >= 0) {
					out = append(out, marker{label: lab, start: i, end: len(s) - len(rest)})
					i = len(s) - len(rest)
					continue
				}
			}
		}
		i += size
	}
	return out
}

// mayHaveMarker reports whether s holds a byte that can start a footnote
// marker: a superscript digit (¹²³ are U+00B2, U+00B3, U+00B9; ⁰ and ⁴-⁹
// are U+2070-U+2079), "[" or "^", or, when digits fused to words may be
// markers, any digit.
func mayHaveMarker(s string, digits bool) bool {
	for i := nextMarkerByte(s, 0, digits); i < len(s); i = nextMarkerByte(s, i+1, digits) {
		switch markerByte[s[i]] {
		case markerOpen, markerDigit:
			return true
		case markerLatin1: // "¹", "²", "³"
			if i+1 < len(s) && (s[i+1] == 0xB2 || s[i+1] == 0xB3 || s[i+1] == 0xB9) {
				return true
			}
		case markerPunct: // "⁰" to "⁹"
			if i+2 < len(s) && s[i+1] == 0x81 && s[i+2] >= 0xB0 && s[i+2] <= 0xB9 {
				return true
			}
		}
	}
	return false
}

// nextMarkerByte returns the offset of the first byte at or after i that
// may start a footnote marker, digits included when digits is set, or
// len(s). It looks at eight bytes at a time.
func nextMarkerByte(s string, i int, digits bool) int {
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load(s, i)
		m := swar.Eq(x, '[') | swar.Eq(x, '^') | swar.Eq(x, 0xC2) | swar.Eq(x, 0xE2)
		if digits {
			m |= swar.Digit(x)
		}
		if m != 0 {
			return i + swar.First(m)
		}
	}
	for ; i < len(s); i++ {
		if k := markerByte[s[i]]; k != markerNone && (k != markerDigit || digits) {
			return i
		}
	}
	return len(s)
}

// Classes of bytes for mayHaveMarker.
const (
	markerNone   = iota
	markerOpen   // "[" or "^"
	markerDigit  // an ASCII digit
	markerLatin1 // the lead byte of U+0080-U+00BF
	markerPunct  // the lead byte of U+2000-U+2FFF
)

// markerByte is the mayHaveMarker class of every byte.
var markerByte = func() (t [256]uint8) {
	t['['], t['^'] = markerOpen, markerOpen
	for c := '0'; c <= '9'; c++ {
		t[c] = markerDigit
	}
	t[0xC2], t[0xE2] = markerLatin1, markerPunct
	return t
}()

// linkFootnotes finds the markers in the text of every node and links
// them to the footnote bodies, and reports bodies without markers,
// markers without bodies and bodies cut off by the source.
func (p *parser) linkFootnotes(nodes []*model.Node) {
	labels := make(map[string]bool)
	byLabel := make(map[string][]*footnote)
	for _, f := range p.footnotes {
		labels[f.label] = true
		byLabel[f.label] = append(byLabel[f.label], f)
	}
	p.fnLabels = labels
	// Digits fused to a word are markers only of the bodies there are
	// ("QH15" of a law's number is none when no footnote 15 exists):
	// with none, the texts are not searched digit by digit.
	fused := p.layout.fnMarkers
	for l := range fused {
		if !labels[l] {
			delete(fused, l)
		}
	}
	// Find the markers of every node, on all cores for a large document,
	// then link them in document order.
	type found struct {
		t  mapped
		mk marker
	}
	markers := make([][]found, len(nodes))
	p.parallel(len(nodes), func(i int, _ *[]model.Diagnostic) {
		n, info := nodes[i], p.infos[i]
		if info == nil || n.Kind == model.KindTable {
			return
		}
		for _, t := range info.texts() {
			for _, mk := range findMarkers(t.s, p.layout.fnMarkers, labels) {
				markers[i] = append(markers[i], found{t, mk})
			}
		}
	})
	linked := make(map[*footnote]bool)
	missing := 0
	for i, n := range nodes {
		for _, m := range markers[i] {
			t, mk := m.t, m.mk
			at := t.srcOffset(mk.start)
			f := nearestFootnote(byLabel[mk.label], at)
			if f == nil {
				if missing < maxDiagsPerCode {
					p.diag(model.SeverityWarning, "missing-footnote", fmt.Sprintf("footnote marker %q has no footnote body", mk.label), at, t.srcOffset(mk.end))
				}
				missing++
				continue
			}
			if !containsString(n.FootnoteRefs, mk.label) {
				n.FootnoteRefs = append(n.FootnoteRefs, mk.label)
			}
			if k := len(f.node.Refs); k == 0 || f.node.Refs[k-1] != n.ID {
				f.node.Refs = append(f.node.Refs, n.ID)
			}
			linked[f] = true
		}
	}
	// Markers in the metadata (title, subject, preamble) link too, with no
	// node to name.
	for _, t := range p.metaTexts {
		for _, mk := range findMarkers(t.s, p.layout.fnMarkers, labels) {
			if f := nearestFootnote(byLabel[mk.label], t.srcOffset(mk.start)); f != nil {
				linked[f] = true
			}
		}
	}
	for _, f := range p.footnotes {
		if !linked[f] {
			p.diag(model.SeverityWarning, "orphan-footnote", fmt.Sprintf("footnote %q has no marker in the text", f.label), f.blk.start(), f.blk.end())
		}
		if !endsClause(f.text.s) {
			f.node.Truncated = true
			p.diag(model.SeverityWarning, "footnote-truncated", fmt.Sprintf("footnote %q is cut off: its text stops in the middle of a sentence", f.label), f.blk.start(), f.blk.end())
		}
		p.doc.Footnotes = append(p.doc.Footnotes, f.node)
	}
}

// nearestFootnote returns the body, among fs, that a marker at offset at
// refers to: the first body after it, or else the last one before it.
func nearestFootnote(fs []*footnote, at int) *footnote {
	if len(fs) == 0 {
		return nil
	}
	k := sort.Search(len(fs), func(k int) bool { return fs[k].blk.start() >= at })
	if k < len(fs) {
		return fs[k]
	}
	return fs[len(fs)-1]
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
