package parser

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize returns text in NFC with every line ending turned into "\n"
// and reports whether NFC changed anything. It reuses text's memory when
// nothing needs to change.
//
// Most real files are already NFC, and x/text's normaliser costs more than
// the rest of the parse, so a cheap scan first proves that no character
// needs recomposing: every rune lies in a range whose NFC quick-check
// property is "yes". Only when the scan finds another rune does the text
// go through norm.NFC.
func normalize(text []byte) (out []byte, recomposed bool) {
	if !nfcQuickYes(text) {
		n := norm.NFC.Bytes(text)
		recomposed = !bytes.Equal(n, text)
		text = n
	}
	return normalizeNewlines(text), recomposed
}

// nfcQuickYes reports whether every rune of b is known to be unchanged by
// NFC in any context.
func nfcQuickYes(b []byte) bool {
	for i := 0; i < len(b); {
		// Eight ASCII bytes at a time.
		if i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
			i += 8
			continue
		}
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// Fast paths on the lead bytes of Vietnamese text: two-byte
		// sequences below U+0300 (lead bytes C2-CB), and the Latin
		// Extended Additional block U+1E00-U+1EFF (E1 B8-BB).
		if c >= 0xC2 && c <= 0xCB && i+1 < len(b) {
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(b) && b[i+1] >= 0xB8 && b[i+1] <= 0xBB {
			i += 3
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		i += size
		switch {
		case r <= 0x2FF: // Latin-1, Latin Extended-A/B, IPA, spacing modifiers
		case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional (Vietnamese)
		case r >= 0x2002 && r <= 0x2125: // punctuation, superscripts, currency, letterlike
		case r >= 0x2130 && r <= 0x2328: // number forms, arrows, math operators
		case r >= 0x232B && r <= 0x2ADB: // technical, enclosed, box drawing, shapes, dingbats
		case r >= 0x2ADD && r <= 0x2FFF:
		case r >= 0x3000 && r <= 0x3098: // CJK punctuation, hiragana
		case r >= 0xE000 && r <= 0xF8FF: // private use
		case r >= 0xFB50 && r <= 0xFFFD: // presentation forms, specials, BOM
		default:
			return false
		}
	}
	return true
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n", and the
// Unicode line and paragraph separators into "\n" too.
func normalizeNewlines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 && !bytes.Contains(b, []byte("\u2028")) && !bytes.Contains(b, []byte("\u2029")) {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\r':
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case c == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0xA8 || b[i+2] == 0xA9):
			out = append(out, '\n')
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out
}
