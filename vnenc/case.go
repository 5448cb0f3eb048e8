package vnenc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case classes of a rune, for RestoreCase.
const (
	clsNone  = iota // not part of a word
	clsUpper        // an upper-case letter
	clsLower        // a lower-case letter that has an upper-case code
	clsAmbig        // a lower-case toned vowel: upper case in a .VnTimeH font
	clsMark         // a combining mark, part of the word before it
)

// asciiClass is caseClass for ASCII.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = clsUpper
		t[c-'A'+'a'] = clsLower
	}
	return t
}()

// caseClass returns the case class of r.
func caseClass(r rune) int {
	if r < 0x80 {
		switch {
		case 'A' <= r && r <= 'Z':
			return clsUpper
		case 'a' <= r && r <= 'z':
			return clsLower
		}
		return clsNone
	}
	if l, ok := lookupLetter(r); ok {
		switch {
		case l.upper:
			return clsUpper
		case l.base >= 0 && l.tone != toneNone:
			return clsAmbig
		}
		return clsLower
	}
	switch {
	case isCombining(r):
		return clsMark
	case unicode.IsUpper(r):
		return clsUpper
	case unicode.IsLetter(r):
		return clsLower
	}
	return clsNone
}

// caseWord is one word of a line, for RestoreCase.
type caseWord struct {
	start, end int      // byte offsets in the text
	n          [5]int32 // letters and marks of each class
	seg        int32    // segment of the line (table cell, column)
	firstAmbig bool     // whether the first letter is clsAmbig
	sent       bool     // whether the word starts a sentence
	ev         int8     // evidence the word gives (evNone, ...)
	act        int8     // action decided for the word
}

func (w *caseWord) upper() int32   { return w.n[clsUpper] }
func (w *caseWord) lower() int32   { return w.n[clsLower] }
func (w *caseWord) ambig() int32   { return w.n[clsAmbig] }
func (w *caseWord) letters() int32 { return w.n[clsUpper] + w.n[clsLower] + w.n[clsAmbig] }

// endsSentenceState reports whether a word ends the "start of sentence"
// state: a word of two or more letters, or one with a toned vowel. A lone
// ASCII letter, such as the "a" of a list marker "a)", does not.
func (w *caseWord) endsSentenceState() bool {
	return w.letters() >= 2 || w.ambig() > 0
}

// Evidence a word gives about the case of its line.
const (
	evNone = iota
	evUpper
	evLower
)

// Actions RestoreCase takes on a word.
const (
	actNone  = iota
	actUpper // upper-case every ambiguous letter
	actFirst // upper-case the first letter
)

// RestoreCase returns s with the upper case restored on toned vowels that
// a legacy all-capital font (.VnTimeH for TCVN3) showed as capitals while
// the file stored their lower-case codes. DecodeTCVN3 calls it; it is
// exported for text decoded by other means.
//
// The rule is general and looks only at letters, line by line; a table
// cell ("|"), a tab or a run of three spaces (a PDF column gap) starts a
// new segment of the line. A word whose other letters are all capitals,
// two or more of them, is upper case: "HO¹CH" decodes to "HOạCH" and
// becomes "HOẠCH". A word with at most one capital and otherwise only
// toned vowels ("KÕ" → "Kế", "ë" → "ở") takes the case of its nearest
// neighbours in the segment that show one: all-caps Vietnamese syllables
// vote upper case and words with a lower-case letter vote lower case,
// the word right next to it counting twice; acronyms such as "UBND" do
// not vote, as they are capitals in any text. Finally a toned vowel that
// starts a sentence (at the start of the text, after a blank line, after
// ". ", "! ", "? ", at the start of a table cell or of a list item such
// as "- ", "a) ", "2. ") is made upper case. Ordinary mixed-case text
// ("Kế hoạch số 12/KH-UBND") is left as it is. What cannot be restored
// is a capital inside ordinary text, such as a proper name in the middle
// of a sentence ("Đông Nam Á" decodes as "Đông Nam á"). RestoreCase
// returns s itself when it changes nothing, runs in time linear in len(s)
// and is safe for concurrent use.
func RestoreCase(s string) string {
	var (
		out   []byte // nil until the first change
		last  int    // end of the part of s already copied to out
		sc    = caseScanner{sent: true}
		runes []rune
	)
	runesOf := func(w *caseWord) []rune {
		runes = runes[:0]
		for _, r := range s[w.start:w.end] {
			runes = append(runes, r)
		}
		return runes
	}
	for lineStart := 0; lineStart < len(s); {
		lineEnd := len(s)
		if n := strings.IndexByte(s[lineStart:], '\n'); n >= 0 {
			lineEnd = lineStart + n
		}
		line := s[lineStart:lineEnd]
		sc.beginLine(isBlank(line) || startsWithMarker(line, unicodeBullets))
		for i := lineStart; i < lineEnd; {
			c := s[i]
			r, size, cls := rune(c), 1, 0
			if c < utf8.RuneSelf {
				cls = int(asciiClass[c])
			} else {
				r, size = utf8.DecodeRuneInString(s[i:lineEnd])
				cls = caseClass(r)
			}
			if cls == clsNone {
				spaceAfter := i+size >= lineEnd || isSpaceByte(s[i+size])
				if c < utf8.RuneSelf {
					sc.other(c, spaceAfter)
				} else {
					sc.otherRune(r, spaceAfter)
				}
				i += size
				continue
			}
			w := caseWord{start: i, firstAmbig: cls == clsAmbig}
			for {
				w.count(cls)
				if i += size; i >= lineEnd {
					break
				}
				if c = s[i]; c < utf8.RuneSelf {
					cls, size = int(asciiClass[c]), 1
				} else {
					r, size = utf8.DecodeRuneInString(s[i:lineEnd])
					cls = caseClass(r)
				}
				if cls == clsNone {
					break
				}
			}
			w.end = i
			sc.add(w)
		}
		if sc.needed {
			decideCase(sc.words, runesOf)
			for _, w := range sc.words {
				if w.act == actNone {
					continue
				}
				if out == nil {
					out = make([]byte, 0, len(s))
				}
				out = append(out, s[last:w.start]...)
				first := true
				for _, r := range s[w.start:w.end] {
					if (w.act == actUpper && caseClass(r) == clsAmbig) || (w.act == actFirst && first) {
						r = unicode.ToUpper(r)
					}
					first = false
					out = utf8.AppendRune(out, r)
				}
				last = w.end
			}
		}
		lineStart = lineEnd + 1
	}
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}

// isSpaceByte reports whether c is ASCII white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// Bullets that open a list item, as UTF-8 and as Windows-1252 bytes (the
// legacy fonts keep Windows punctuation).
var (
	unicodeBullets = []string{"-", "+", "*", "•", "–", "—"}
	legacyBullets  = []string{"-", "+", "*", "\x95", "\x96", "\x97"}
)

// caseScanner collects the words of a line and the sentence and segment
// state between them, for RestoreCase and DecodeTCVN3.
type caseScanner struct {
	words  []caseWord
	seg    int
	spaces int  // length of the current run of spaces
	sent   bool // whether the next word starts a sentence
	needed bool // whether a word of the line may change case
}

// beginLine starts a line; opens reports whether it is blank or starts
// with a list marker, which starts a sentence.
func (sc *caseScanner) beginLine(opens bool) {
	if opens {
		sc.sent = true
	}
	sc.words = sc.words[:0]
	sc.seg, sc.spaces = 0, 0
	sc.needed = false
}

// count adds a letter or mark of class cls to the word.
func (w *caseWord) count(cls int) { w.n[cls]++ }

// add appends the word w, whose start, end and counts are set.
func (sc *caseScanner) add(w caseWord) {
	w.seg, w.sent = int32(sc.seg), sc.sent
	sc.words = append(sc.words, w)
	if w.endsSentenceState() {
		sc.sent = false
	}
	if w.ambig() > 0 && (w.lower() == 0 || (w.sent && w.firstAmbig)) {
		sc.needed = true
	}
	sc.spaces = 0
}

// other handles the ASCII byte c, which is not a letter; spaceAfter
// reports whether white space or the end of the line follows.
func (sc *caseScanner) other(c byte, spaceAfter bool) {
	switch c {
	case '.', '!', '?':
		if spaceAfter {
			sc.sent = true
		}
	case '|', '\t':
		sc.seg++
		sc.sent = true
	}
	if c == ' ' {
		sc.spaces++
		if sc.spaces == 3 {
			sc.seg++
		}
	} else {
		sc.spaces = 0
	}
}

// otherRune handles the non-ASCII rune r, which is not a letter.
func (sc *caseScanner) otherRune(r rune, spaceAfter bool) {
	if r == '…' && spaceAfter {
		sc.sent = true
	}
	sc.spaces = 0
}

// decideCase sets the evidence and the action of the words of one line;
// runesOf returns the letters of a word.
func decideCase(words []caseWord, runesOf func(*caseWord) []rune) {
	for i := range words {
		w := &words[i]
		w.ev = evNone
		switch {
		case w.lower() > 0:
			w.ev = evLower
		case w.ambig() > 0 && w.upper() >= 2:
			w.ev = evUpper
		case w.ambig() == 0 && w.upper() >= 2:
			if isSyllable(runesOf(w)) {
				w.ev = evUpper
			}
		}
	}
	// Votes of the nearest neighbour with evidence on the left, kept in
	// act for now, then combined with the right one.
	lastEv, lastAt, seg := int8(evNone), -1, int32(-1)
	for i := range words {
		w := &words[i]
		if w.seg != seg {
			lastEv, lastAt, seg = evNone, -1, w.seg
		}
		w.act = vote(lastEv, lastAt == i-1)
		if w.ev != evNone {
			lastEv, lastAt = w.ev, i
		}
	}
	lastEv, lastAt, seg = evNone, -1, -1
	for i := len(words) - 1; i >= 0; i-- {
		w := &words[i]
		if w.seg != seg {
			lastEv, lastAt, seg = evNone, -1, w.seg
		}
		score := w.act + vote(lastEv, lastAt == i+1)
		if w.ev != evNone {
			lastEv, lastAt = w.ev, i
		}
		w.act = actNone
		if w.ambig() > 0 && w.lower() == 0 && (w.upper() >= 2 || score > 0) {
			w.act = actUpper
		} else if w.sent && w.firstAmbig {
			w.act = actFirst
		}
	}
}

// vote returns the weight of a neighbour's evidence for upper case:
// positive for upper, negative for lower, doubled when the neighbour is
// the next word.
func vote(ev int8, adjacent bool) int8 {
	v := int8(0)
	switch ev {
	case evUpper:
		v = 1
	case evLower:
		v = -1
	}
	if adjacent {
		v *= 2
	}
	return v
}

// isBlank reports whether line holds only ASCII white space.
func isBlank[T string | []byte](line T) bool {
	for i := 0; i < len(line); i++ {
		if !isSpaceByte(line[i]) {
			return false
		}
	}
	return true
}

// startsWithMarker reports whether line begins, after white space, with
// a list marker: one of bullets, or a short label of ASCII letters or
// digits closed by ")" or "." ("a)", "(2)", "IV."), followed by a space.
func startsWithMarker[T string | []byte](line T, bullets []string) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	rest := line[i:]
	for _, m := range bullets {
		if len(rest) > len(m) && string(rest[:len(m)]) == m && rest[len(m)] == ' ' {
			return true
		}
	}
	j := 0
	if j < len(rest) && rest[j] == '(' {
		j++
	}
	n := 0
	for j < len(rest) && n < 4 && (('0' <= rest[j] && rest[j] <= '9') || ('a' <= rest[j] && rest[j] <= 'z') || ('A' <= rest[j] && rest[j] <= 'Z')) {
		j++
		n++
	}
	if n == 0 || j+1 >= len(rest) || (rest[j] != ')' && rest[j] != '.') {
		return false
	}
	return rest[j+1] == ' '
}
