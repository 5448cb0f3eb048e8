package vnenc

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// cp1258Byte encodes a rune from U+0080 on in Windows-1258.
var cp1258Byte = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for b := 0x80; b < 0x100; b++ {
		if r := charmap.Windows1258.DecodeByte(byte(b)); r != utf8.RuneError {
			m[r] = byte(b)
		}
	}
	return m
}()

// DecodeWindows1258 decodes b, text in the Windows-1258 code page, and
// returns it as NFC UTF-8: the combining tone marks of the code page are
// composed with the letters before them. Bytes the code page leaves
// undefined decode to U+FFFD. DecodeWindows1258 never fails, runs in time
// linear in len(b) and is safe for concurrent use.
func DecodeWindows1258(b []byte) string {
	out := make([]byte, 0, len(b)+len(b)/2+8)
	needNorm := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			j := i + 1
			for j < len(b) && b[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		i++
		if t := cp1258Tone[c]; t > 0 {
			var ok bool
			if out, ok = composeTone(out, int(t)); ok {
				continue
			}
			needNorm = true
		}
		out = appendUTF8(out, &cp1258UTF8[c])
	}
	if needNorm {
		return nfc(string(out))
	}
	return string(out)
}

// composeTone puts tone t on the last rune of out when it is a Vietnamese
// vowel without a tone, and reports whether it did.
func composeTone(out []byte, t int) ([]byte, bool) {
	r, size := utf8.DecodeLastRune(out)
	if size == 0 || t <= 0 {
		return out, false
	}
	l, ok := lookupLetter(r)
	if !ok || l.base < 0 || l.tone != toneNone {
		return out, false
	}
	return utf8.AppendRune(out[:len(out)-size], vowel(int(l.base), t, l.upper)), true
}

// nfc returns s in Unicode Normalization Form C. Most text is NFC already
// and holds only runes that no normalization changes, so nfc first scans
// for a rune outside those ranges and calls the (slower) normalizer only
// when it finds one.
func nfc(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !nfcInert(r) {
			return norm.NFC.String(s)
		}
		i += size
	}
	return s
}

// nfcInert reports whether r is NFC in any context: it neither combines
// with a neighbour nor is replaced by normalization. The ranges are the
// Latin blocks before the combining marks, Latin Extended Additional
// (every Vietnamese toned vowel), punctuation, super- and subscripts,
// currency, arrows and mathematical operators, enclosed alphanumerics,
// box drawing, shapes and the byte order mark.
func nfcInert(r rune) bool {
	switch {
	case r < 0x300, r == utf8.RuneError, r == 0xFEFF:
		return true
	case 0x1E00 <= r && r < 0x1F00:
		return true
	case 0x2010 <= r && r < 0x20C0:
		return true
	case 0x2190 <= r && r < 0x2300:
		return true
	case 0x2460 <= r && r < 0x2600:
		return true
	}
	return false
}

// EncodeWindows1258 encodes s in Windows-1258. s is first put in NFC; a
// toned vowel the code page has no precomposed byte for is written as its
// base letter followed by the combining tone mark, as Windows does. A
// rune with no Windows-1258 form is written as '?' and reported in the
// error, which names the first such rune; the returned bytes are complete
// either way.
func EncodeWindows1258(s string) ([]byte, error) {
	return encode("windows-1258", s, 0, encodeRuneCP1258)
}

// encodeRuneCP1258 appends the Windows-1258 form of r to out.
func encodeRuneCP1258(out []byte, r rune) ([]byte, bool) {
	if c, ok := cp1258Byte[r]; ok {
		return append(out, c), true
	}
	if l, ok := lookupLetter(r); ok && l.base >= 0 && l.tone != toneNone {
		base := vowel(int(l.base), toneNone, l.upper)
		bc, ok1 := cp1258Byte[base]
		if base < 0x80 {
			bc, ok1 = byte(base), true
		}
		mc, ok2 := cp1258Byte[markOfTone(int(l.tone))]
		if ok1 && ok2 {
			return append(out, bc, mc), true
		}
	}
	return out, false
}
