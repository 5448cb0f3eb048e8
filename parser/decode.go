package parser

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
	"github.com/vnplan/vnplan/vnenc"
)

// Encodings reported in [model.Source.Encoding].
const (
	encUTF8     = "utf-8"
	encUTF8BOM  = "utf-8-bom"
	encUTF16LE  = "utf-16le"
	encUTF16BE  = "utf-16be"
	encWin1258  = "windows-1258"
	encTCVN3    = "tcvn3"
	encVNI      = "vni"
	maxCtrlRate = 0.02 // share of control bytes above which input is binary
)

// ErrBinary is returned, wrapped in an [*Error], when the input is not text.
var ErrBinary = errors.New("input is binary, not text")

// ErrEmpty is returned, wrapped in an [*Error], when the input holds no
// text at all.
var ErrEmpty = errors.New("input is empty")

// decoded is the result of the decode stage.
type decoded struct {
	text       []byte  // UTF-8, not yet normalised
	encoding   string  // one of the enc constants
	confidence float64 // 0 when the encoding was not guessed
	invalid    int     // invalid UTF-8 sequences or UTF-16 code units replaced by U+FFFD
	// nfc reports that every rune of text is known to be unchanged by
	// NFC, so that normalisation has nothing to compose.
	nfc bool
	// oneLineSep reports that text is known to end its lines with "\n"
	// alone: no "\r", U+2028 or U+2029.
	oneLineSep bool
	// nuls counts the stray NUL bytes removed from a text, the first of
	// them at offset firstNUL of text.
	nuls, firstNUL int
}

// decode turns the input bytes into UTF-8: it strips byte-order marks,
// decodes UTF-16 and, for bytes that are not UTF-8, the legacy
// Vietnamese encodings. It returns ErrBinary for input that is not text.
func decode(src []byte) (decoded, error) {
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		d := decodeUTF8(src[3:])
		d.encoding = encUTF8BOM
		return d, checkText(d.text)
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		d := decodeUTF16(src[2:], false)
		d.encoding = encUTF16LE
		return d, checkText(d.text)
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		d := decodeUTF16(src[2:], true)
		d.encoding = encUTF16BE
		return d, checkText(d.text)
	}
	if be, ok := looksUTF16(src); ok {
		enc := encUTF16LE
		if be {
			enc = encUTF16BE
		}
		d := decodeUTF16(src, be)
		d.encoding, d.confidence = enc, 0.9
		return d, checkText(d.text)
	}
	if sc := scanText(bytesString(src)); sc.valid {
		if controlHeavy(src) {
			return decoded{}, ErrBinary
		}
		if sc.nul {
			// A few stray NUL bytes in a text, as broken copies and
			// downloads leave them: spaces in their place, which keep
			// the words apart ("Hoàng\x00Nam") and the offsets.
			text, n, first := blankNULs(src)
			d, err := decode(text)
			d.nuls, d.firstNUL = n, first
			return d, err
		}
		// Text typed in a legacy font and pasted as Unicode: "KÕ ho¹ch".
		if latin1Heavy(src) {
			s := string(src)
			if enc, conf := vnenc.DetectText(s); enc != vnenc.UTF8 {
				return decoded{text: []byte(vnenc.RepairText(s, enc)), encoding: enc, confidence: conf}, nil
			}
		}
		return decoded{text: src, encoding: encUTF8, nfc: sc.nfc, oneLineSep: !sc.lineSeps}, nil
	}
	if err := checkText(src); err != nil {
		return decoded{}, err
	}
	// Mostly UTF-8 with a few broken sequences: keep UTF-8 and say so,
	// unless a legacy encoding reads the bytes with confidence.
	enc, conf := vnenc.Detect(src)
	if bad, multi := countInvalidUTF8(src); bad*20 <= multi || (bad < multi && conf < 0.5) {
		return decodeUTF8(src), nil
	}
	switch enc {
	case vnenc.TCVN3:
		return decoded{text: []byte(vnenc.DecodeTCVN3(src)), encoding: encTCVN3, confidence: conf}, nil
	case vnenc.VNI:
		return decoded{text: []byte(vnenc.DecodeVNI(src)), encoding: encVNI, confidence: conf}, nil
	default:
		return decoded{text: []byte(vnenc.DecodeWindows1258(src)), encoding: encWin1258, confidence: conf}, nil
	}
}

// decodeUTF8 returns src with invalid sequences replaced by U+FFFD.
func decodeUTF8(src []byte) decoded {
	if sc := scanText(bytesString(src)); sc.valid {
		return decoded{text: src, encoding: encUTF8, nfc: sc.nfc, oneLineSep: !sc.lineSeps}
	}
	out := make([]byte, 0, len(src)+16)
	n := 0
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size == 1 {
			n++
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, src[:size]...)
		}
		src = src[size:]
	}
	return decoded{text: out, encoding: encUTF8, invalid: n}
}

// countInvalidUTF8 counts invalid bytes and valid multi-byte sequences.
func countInvalidUTF8(src []byte) (bad, multi int) {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		i += size
	}
	return bad, multi
}

// looksUTF16 reports whether src, without a byte-order mark, looks like
// UTF-16 text: many zero bytes, all at even or all at odd offsets.
func looksUTF16(src []byte) (bigEndian, ok bool) {
	n := min(len(src), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*3 && even*20 < pairs:
		return false, true
	case even*10 >= pairs*3 && odd*20 < pairs:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 code units to UTF-8; unpaired surrogates and
// a trailing odd byte become U+FFFD.
func decodeUTF16(src []byte, bigEndian bool) decoded {
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(src[2*i])<<8 | uint16(src[2*i+1])
		}
		return uint16(src[2*i+1])<<8 | uint16(src[2*i])
	}
	n := len(src) / 2
	out := make([]byte, 0, len(src))
	invalid := 0
	for i := 0; i < n; i++ {
		r := rune(unit(i))
		switch {
		case r >= 0xD800 && r < 0xDC00 && i+1 < n && unit(i+1) >= 0xDC00 && unit(i+1) < 0xE000:
			r = utf16.DecodeRune(r, rune(unit(i+1)))
			i++
		case utf16.IsSurrogate(r):
			// A half of a pair alone, as a cut or damaged file has.
			r = utf8.RuneError
			invalid++
		}
		out = utf8.AppendRune(out, r)
	}
	if len(src)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
		invalid++
	}
	return decoded{text: out, invalid: invalid}
}

// checkText returns ErrBinary when b has NUL bytes or too many control
// characters to be text.
func checkText(b []byte) error {
	if bytes.IndexByte(b, 0) >= 0 || controlHeavy(b) {
		return ErrBinary
	}
	return nil
}

// controlHeavy reports whether b has too many control characters to be
// text. Binary data shows itself early: it counts control bytes in the
// first megabyte only.
func controlHeavy(b []byte) bool {
	head := bytesString(b[:min(len(b), 1<<20)])
	ctrl, i := 0, 0
	for ; i+8 <= len(head); i += 8 {
		x := swar.Load(head, i)
		if c := swar.Less(x, 0x20); c != 0 {
			white := swar.Eq(x, '\n') | swar.Eq(x, '\r') | swar.Eq(x, '\t') | swar.Eq(x, '\f') | swar.Eq(x, '\v')
			ctrl += swar.Count(c &^ white)
		}
	}
	for ; i < len(head); i++ {
		if c := head[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	return len(head) > 0 && float64(ctrl) > maxCtrlRate*float64(len(head))
}

// latin1Heavy reports whether valid UTF-8 text src holds many Latin-1
// characters that Vietnamese does not use ("¹", "µ", "Õ" among "ho¹ch";
// "ï", "ø" among "hoaïch"), as text typed in a legacy Vietnamese font and
// pasted as Unicode does: at least twenty, and one in a hundred characters
// of its first 256 KB.
func latin1Heavy(src []byte) bool {
	src = src[:min(len(src), 256<<10)]
	for len(src) > 0 && src[len(src)-1]&0xC0 == 0x80 {
		src = src[:len(src)-1]
	}
	n, chars := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c&0xC0 != 0x80 {
			chars++
		}
		if (c == 0xC2 || c == 0xC3) && i+1 < len(src) {
			r := rune(c&0x1F)<<6 | rune(src[i+1]&0x3F)
			if foreignLatin1(r) {
				n++
			}
		}
	}
	return n >= 20 && n*100 >= chars
}

// foreignLatin1 reports whether r, in U+0080-U+00FF, is a character that
// Vietnamese text does not use.
func foreignLatin1(r rune) bool {
	switch r {
	case 0xA0, 0xAB, 0xBB, 0xB0, 0xB2, 0xB3, 0xB9, 0xD7, 0xF7, 0xA9, 0xAE, 0xB1:
		return false // no-break space, guillemets, degree, superscripts, ×, ÷, ©, ®, ±
	}
	if r < 0xC0 {
		return true
	}
	return !strings.ContainsRune("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", r)
}

// blankNULs returns a copy of b with a space for each NUL byte, their
// number and the offset of the first.
func blankNULs(b []byte) ([]byte, int, int) {
	out := bytes.Clone(b)
	n, first := 0, -1
	for i, c := range out {
		if c == 0 {
			if first < 0 {
				first = i
			}
			out[i] = ' '
			n++
		}
	}
	return out, n, first
}
