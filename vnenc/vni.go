package vnenc

import (
	"unicode"
	"unicode/utf8"
)

// vniInfo returns the description of VNI byte c (c >= 0xC0).
func vniInfo(c byte) vniByte {
	e := vniLow[c&0x1F]
	e.upper = c < 0xE0
	return e
}

// vowelASCII maps an ASCII vowel letter to its base, or -1.
var vowelASCII = func() (t [128]int8) {
	for i := range t {
		t[i] = -1
	}
	for _, p := range []struct {
		c byte
		b int8
	}{{'a', baseA}, {'e', baseE}, {'i', baseI}, {'o', baseO}, {'u', baseU}, {'y', baseY}} {
		t[p.c] = p.b
		t[p.c-'a'+'A'] = p.b
	}
	return t
}()

// takeMarks applies the VNI mark bytes that follow a vowel at b[i:] to
// base and tone, and returns the new base and tone and the number of bytes
// used. It stops at the first byte that is not a mark or that does not fit
// (a second diacritic or tone, a diacritic the vowel cannot take).
func takeMarks(b []byte, i, base, tone int) (int, int, int) {
	n := 0
	for i+n < len(b) && n < 2 {
		c := b[i+n]
		if c < 0xC0 {
			break
		}
		e := vniInfo(c)
		if e.kind != vniMark {
			break
		}
		nb := base
		if e.dia != diaNone {
			var ok bool
			if nb, ok = applyDiacritic(base, int(e.dia)); !ok {
				break
			}
		}
		if e.tone != toneNone && tone != toneNone {
			break
		}
		base = nb
		if e.tone != toneNone {
			tone = int(e.tone)
		}
		n++
	}
	return base, tone, n
}

// DecodeVNI decodes b, text in the VNI-Windows encoding (VNI-Times fonts),
// and returns it as NFC UTF-8.
//
// A vowel is read with the mark bytes that follow it ("Keá hoaïch" is
// "Kế hoạch"); a mark byte that follows no vowel it fits is kept as the
// combining mark it draws, and bytes with no VNI meaning decode as
// Windows-1252. DecodeVNI never fails, runs in time linear in len(b) and
// is safe for concurrent use.
func DecodeVNI(b []byte) string {
	out, needNorm := appendVNI(make([]byte, 0, len(b)+len(b)/4), b)
	if needNorm {
		return nfc(string(out))
	}
	return string(out)
}

// encodeRuneVNI appends the UTF-8 decoding of VNI text b to out, and reports
// whether the result may need NFC (a stray mark byte was kept as a
// combining mark).
func appendVNI(out, b []byte) ([]byte, bool) {
	needNorm := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			// Copy the run of ASCII, all but a last vowel that a mark
			// byte follows.
			j := i + 1
			for j < len(b) && b[j] < utf8.RuneSelf {
				j++
			}
			if j == len(b) || b[j] < 0xC0 || vowelASCII[b[j-1]] < 0 {
				out = append(out, b[i:j]...)
				i = j
				continue
			}
			out = append(out, b[i:j-1]...)
			c = b[j-1]
			base, tone, n := takeMarks(b, j, int(vowelASCII[c]), toneNone)
			if n > 0 {
				out = utf8.AppendRune(out, vowel(base, tone, c < 'a'))
			} else {
				out = append(out, c)
			}
			i = j + n
			continue
		}
		i++
		if c < 0xC0 {
			out = appendUTF8(out, &cp1252UTF8[c])
			continue
		}
		e := vniInfo(c)
		switch e.kind {
		case vniLetter:
			r := e.r
			if l, ok := lookupLetter(r); ok && l.base >= 0 {
				base, tone, n := takeMarks(b, i, int(l.base), int(l.tone))
				r = vowelRune[base][tone]
				i += n
			}
			if e.upper {
				r = unicode.ToUpper(r)
			}
			out = utf8.AppendRune(out, r)
		case vniMark:
			switch e.dia {
			case diaCirc:
				out = utf8.AppendRune(out, combCirc)
			case diaBreve:
				out = utf8.AppendRune(out, combBreve)
			}
			if e.tone != toneNone {
				out = utf8.AppendRune(out, markOfTone(int(e.tone)))
			}
			needNorm = true
		default:
			out = appendUTF8(out, &cp1252UTF8[c])
		}
	}
	return out, needNorm
}

// vniToneByte is the lower-case VNI byte of each tone, for a vowel that
// takes no other diacritic byte.
var vniToneByte = [numTones]byte{0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF}

// vniCircByte and vniBreveByte are the lower-case VNI bytes that carry a
// circumflex or a breve together with each tone.
var (
	vniCircByte  = [numTones]byte{0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4}
	vniBreveByte = [numTones]byte{0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB}
	// vniIByte is the single byte of each toned i.
	vniIByte = [numTones]byte{'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2}
)

// vniFree reports whether byte c (>= 0xC0) has no VNI meaning and so keeps
// its Windows-1252 character.
func vniFree(c byte) bool {
	return c >= 0xC0 && vniInfo(c).kind == vniOther
}

// EncodeVNI encodes s in VNI-Windows. s is first put in NFC. A rune with
// no VNI form is written as '?' and reported in the error, which names
// the first such rune; the returned bytes are complete either way.
func EncodeVNI(s string) ([]byte, error) {
	return encode("vni", s, len(s)/4, encodeRuneVNI)
}

// appendVNI appends the VNI form of r to out: a letter as its base and
// tone bytes, anything else as its Windows-1252 byte where VNI leaves
// that byte free.
func encodeRuneVNI(out []byte, r rune) ([]byte, bool) {
	if l, ok := lookupLetter(r); ok {
		var up byte // 0x20 for upper case: VNI upper-case bytes are 0x20 lower
		if l.upper {
			up = 0x20
		}
		if l.base < 0 { // đ
			return append(out, 0xF1-up), true
		}
		return appendVNIVowel(out, int(l.base), int(l.tone), l.upper, up), true
	}
	if c, ok := cp1252Byte[r]; ok && (c < 0xC0 || vniFree(c)) {
		return append(out, c), true
	}
	return out, false
}

// baseLetter is the ASCII letter each vowel base is written on.
var baseLetter = [numBases]byte{'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'}

// appendVNIVowel appends the VNI bytes of the vowel with base b and tone t.
func appendVNIVowel(out []byte, b, t int, upper bool, up byte) []byte {
	ascii := func(c byte) byte {
		if upper {
			return c - 'a' + 'A'
		}
		return c
	}
	switch b {
	case baseA, baseE, baseO, baseU, baseY:
		if b == baseY && t == toneDot {
			return append(out, 0xEE-up)
		}
		out = append(out, ascii(baseLetter[b]))
		if t != toneNone {
			out = append(out, vniToneByte[t]-up)
		}
	case baseACirc, baseECirc, baseOCirc:
		out = append(out, ascii(baseLetter[b]))
		out = append(out, vniCircByte[t]-up)
	case baseABreve:
		out = append(out, ascii('a'), vniBreveByte[t]-up)
	case baseOHorn, baseUHorn:
		c := byte(0xF4)
		if b == baseUHorn {
			c = 0xF6
		}
		out = append(out, c-up)
		if t != toneNone {
			out = append(out, vniToneByte[t]-up)
		}
	case baseI:
		if t == toneNone {
			return append(out, ascii('i'))
		}
		out = append(out, vniIByte[t]-up)
	}
	return out
}
