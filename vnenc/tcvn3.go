package vnenc

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

var (
	// cp1252Rune and cp1258Rune decode one byte of Windows-1252 and
	// Windows-1258; bytes the code page leaves undefined decode to U+FFFD.
	cp1252Rune [256]rune
	cp1258Rune [256]rune
	// cp1252UTF8 and cp1258UTF8 are the UTF-8 forms of cp1252Rune and
	// cp1258Rune; cp1258Tone is the tone of each combining tone mark byte.
	cp1252UTF8 [256]utf8Seq
	cp1258UTF8 [256]utf8Seq
	cp1258Tone [256]int8
	// cp1252Byte is the inverse of cp1252Rune for runes from U+0080 on.
	// The C1 controls U+0080-U+009F also map to their own byte, as
	// Latin-1 pasting keeps them.
	cp1252Byte = make(map[rune]byte, 160)

	// tcvn3Rune decodes one TCVN3 byte.
	tcvn3Rune [256]rune
	// tcvn3Upper holds the UTF-8 form of the upper case of tcvn3Rune.
	tcvn3Upper [256]string
	// tcvn3Tab holds, for each byte, the UTF-8 form of tcvn3Rune and its
	// case class.
	tcvn3Tab [256]struct {
		utf8Seq
		cls uint8
	}
	// tcvn3OnlyVN2 marks the bytes that only VN2 assigns.
	tcvn3OnlyVN2 [256]bool
	// tcvn3Byte encodes a rune from U+0080 on in TCVN3 (VN3 codes only).
	tcvn3Byte = make(map[rune]byte, 128)
)

// initTCVN3 fills the Windows code page and TCVN3 tables.
func initTCVN3() {
	for b := 0; b < 256; b++ {
		cp1252Rune[b] = charmap.Windows1252.DecodeByte(byte(b))
		cp1258Rune[b] = charmap.Windows1258.DecodeByte(byte(b))
		cp1252UTF8[b].n = uint8(utf8.EncodeRune(cp1252UTF8[b].b[:], cp1252Rune[b]))
		cp1258UTF8[b].n = uint8(utf8.EncodeRune(cp1258UTF8[b].b[:], cp1258Rune[b]))
		cp1258Tone[b] = int8(max(toneOfMark(cp1258Rune[b]), 0))
	}
	for b := 0x80; b < 0xA0; b++ {
		cp1252Byte[rune(b)] = byte(b)
	}
	for b := 0x80; b < 0x100; b++ {
		if r := cp1252Rune[b]; r != utf8.RuneError {
			cp1252Byte[r] = byte(b)
		}
	}

	for _, b := range tcvn3VN2 {
		tcvn3OnlyVN2[b] = true
	}
	for b := 0; b < 256; b++ {
		var r rune
		switch {
		case b < 0x80:
			r = rune(b)
		case b < 0xA0:
			r = cp1252Rune[b]
			tcvn3Byte[r] = byte(b)
		default:
			r = tcvn3High[b-0xA0]
			if !tcvn3OnlyVN2[b] {
				tcvn3Byte[r] = byte(b)
			}
		}
		tcvn3Rune[b] = r
		tcvn3Upper[b] = string(unicode.ToUpper(r))
		tcvn3Tab[b].n = uint8(utf8.EncodeRune(tcvn3Tab[b].b[:], r))
	}
	delete(tcvn3Byte, utf8.RuneError)
}

// initTCVN3Class fills the case classes of tcvn3Tab; it needs the letter
// tables.
func initTCVN3Class() {
	for b := 0; b < 256; b++ {
		tcvn3Tab[b].cls = uint8(caseClass(tcvn3Rune[b]))
	}
}

// DecodeTCVN3 decodes b, text in the TCVN3 (TCVN 5712:1993 VN3, "ABC",
// .VnTime fonts) encoding, and returns it as NFC UTF-8.
//
// Every byte decodes to something, so DecodeTCVN3 never fails: the bytes
// VN3 leaves free in 0xA0-0xFF decode as VN2 (upper-case toned vowels and
// combining tone marks), and 0x80-0x9F as Windows-1252 punctuation.
// Because TCVN3 has no codes for upper-case toned vowels, text typed in
// the all-capital .VnTimeH fonts stores them with the lower-case codes;
// DecodeTCVN3 restores their case from the surrounding letters (see
// [RestoreCase]). It runs in time linear in len(b) and is safe for
// concurrent use.
func DecodeTCVN3(b []byte) string {
	var (
		out      = make([]byte, 0, len(b)+len(b)/2+8)
		needNorm bool
		sent     = true // whether the next word starts a sentence
		sc       caseScanner
		runes    []rune
	)
	runesOf := func(w *caseWord) []rune {
		runes = runes[:0]
		for _, c := range b[w.start:w.end] {
			runes = append(runes, tcvn3Rune[c])
		}
		return runes
	}
	for lineStart := 0; ; {
		lineEnd := len(b)
		if n := bytes.IndexByte(b[lineStart:], '\n'); n >= 0 {
			lineEnd = lineStart + n
		}
		line := b[lineStart:lineEnd]
		if isBlank(line) || startsWithMarker(line, legacyBullets) {
			sent = true
		}
		lineOut, lineSent := len(out), sent

		// Decode the line and find whether a word may change case. This
		// is the logic of caseScanner and decideCase, reduced to what
		// rules a change out: a word can become upper case only if it has
		// no lower-case letter and, unless it has two capitals, the word
		// just before it in its segment has no lower-case letter either;
		// and it can become capitalized only at a sentence start.
		needed := false
		prevLower := false // whether the word just before has a lower-case letter
		spaces := 0
		for i := lineStart; i < lineEnd; {
			c := b[i]
			e := &tcvn3Tab[c]
			if e.cls == clsNone {
				i++
				switch c {
				case ' ':
					if spaces++; spaces == 3 {
						prevLower = false
					}
				case '.', '!', '?', 0x85: // 0x85 is "…"
					if i >= lineEnd || isSpaceByte(b[i]) {
						sent = true
					}
					spaces = 0
				case '|', '\t':
					sent, prevLower, spaces = true, false, 0
				default:
					spaces = 0
				}
				if c < utf8.RuneSelf {
					out = append(out, c)
				} else {
					out = appendUTF8(out, &e.utf8Seq)
				}
				continue
			}
			var n [5]int
			firstAmbig := e.cls == clsAmbig
			for {
				n[e.cls]++
				switch {
				case c < utf8.RuneSelf:
					out = append(out, c)
				case e.cls == clsMark:
					var ok bool
					if out, ok = composeTone(out, toneOfMark(tcvn3Rune[c])); !ok {
						out = appendUTF8(out, &e.utf8Seq)
						needNorm = true
					}
				default:
					out = appendUTF8(out, &e.utf8Seq)
				}
				if i++; i >= lineEnd {
					break
				}
				c = b[i]
				if e = &tcvn3Tab[c]; e.cls == clsNone {
					break
				}
			}
			upper, lower, ambig := n[clsUpper], n[clsLower], n[clsAmbig]
			if ambig > 0 && ((lower == 0 && (upper >= 2 || !prevLower)) || (sent && firstAmbig)) {
				needed = true
			}
			if upper+lower+ambig >= 2 || ambig > 0 {
				sent = false
			}
			prevLower, spaces = lower > 0, 0
		}

		if needed {
			// Collect the words of the line, decide, decode it again.
			sc.sent = lineSent
			sc.beginLine(false)
			for i := lineStart; i < lineEnd; {
				c := b[i]
				cls := int(tcvn3Tab[c].cls)
				if cls == clsNone {
					spaceAfter := i+1 >= lineEnd || isSpaceByte(b[i+1])
					if c < utf8.RuneSelf {
						sc.other(c, spaceAfter)
					} else {
						sc.otherRune(tcvn3Rune[c], spaceAfter)
					}
					i++
					continue
				}
				w := caseWord{start: i, firstAmbig: cls == clsAmbig}
				for i < lineEnd && tcvn3Tab[b[i]].cls != clsNone {
					w.count(int(tcvn3Tab[b[i]].cls))
					i++
				}
				w.end = i
				sc.add(w)
			}
			decideCase(sc.words, runesOf)
			out = out[:lineOut]
			from := lineStart
			for _, w := range sc.words {
				if w.act == actNone {
					continue
				}
				out = appendTCVN3(out, b[from:w.start], actNone, &needNorm)
				out = appendTCVN3(out, b[w.start:w.end], int(w.act), &needNorm)
				from = w.end
			}
			out = appendTCVN3(out, b[from:lineEnd], actNone, &needNorm)
		}
		if lineEnd == len(b) {
			break
		}
		out = append(out, '\n')
		lineStart = lineEnd + 1
	}
	if needNorm {
		return nfc(string(out))
	}
	return string(out)
}

// encodeRuneTCVN3 appends the decoding of TCVN3 bytes b to out. act says
// which lower-case toned vowels to write in upper case: none, all
// (actUpper) or the first letter (actFirst). needNorm is set when a VN2
// tone mark could not be composed with the letter before it.
func appendTCVN3(out, b []byte, act int, needNorm *bool) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf && act == actNone {
			j := i + 1
			for j < len(b) && b[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		i++
		e := &tcvn3Tab[c]
		switch {
		case e.cls == clsMark:
			var ok bool
			if out, ok = composeTone(out, toneOfMark(tcvn3Rune[c])); !ok {
				out = appendUTF8(out, &e.utf8Seq)
				*needNorm = true
			}
		case act == actUpper && e.cls == clsAmbig, act == actFirst && i == 1:
			out = append(out, tcvn3Upper[c]...)
		default:
			out = appendUTF8(out, &e.utf8Seq)
		}
	}
	return out
}

// utf8Seq is the UTF-8 encoding of one rune.
type utf8Seq struct {
	b [4]byte
	n uint8
}

// appendUTF8 appends the bytes of e to out.
func appendUTF8(out []byte, e *utf8Seq) []byte {
	switch e.n {
	case 1:
		return append(out, e.b[0])
	case 2:
		return append(out, e.b[0], e.b[1])
	case 3:
		return append(out, e.b[0], e.b[1], e.b[2])
	}
	return append(out, e.b[:e.n]...)
}

// decodeTCVN3Plain decodes TCVN3 without restoring case.
func decodeTCVN3Plain(b []byte) string {
	needNorm := false
	out := appendTCVN3(make([]byte, 0, len(b)+len(b)/2+8), b, actNone, &needNorm)
	if needNorm {
		return nfc(string(out))
	}
	return string(out)
}

// EncodeTCVN3 encodes s in TCVN3 (VN3). s is first put in NFC.
// Upper-case toned vowels, which VN3 cannot encode, are written with the
// lower-case code, as input methods do for the .VnTimeH fonts; decoding
// restores them only where the neighbouring letters are upper case (a
// heading), so they round-trip in upper-case words but not at the start
// of a lower-case word ("Ấp" decodes as "ấp" unless it begins a
// sentence). A rune with no TCVN3 code is written as '?' and reported in
// the error, which names the first such rune; the returned bytes are
// complete either way.
func EncodeTCVN3(s string) ([]byte, error) {
	return encode("tcvn3", s, 0, encodeRuneTCVN3)
}

// appendTCVN3 appends the TCVN3 form of r to out: its code, or for a
// capital with none the code of its lower case.
func encodeRuneTCVN3(out []byte, r rune) ([]byte, bool) {
	if c, ok := tcvn3Byte[r]; ok {
		return append(out, c), true
	}
	if unicode.IsUpper(r) {
		if c, ok := tcvn3Byte[unicode.ToLower(r)]; ok {
			return append(out, c), true
		}
	}
	return out, false
}
