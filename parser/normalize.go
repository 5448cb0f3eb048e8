package parser

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnplan/vnplan/internal/swar"
)

// normalize returns the decoded text in NFC with every line ending turned
// into "\n" and reports whether NFC changed anything. It reuses the text's
// memory when nothing needs to change.
//
// Most real files are already NFC, and x/text's normaliser costs more than
// the rest of the parse, so decoding checks on its way that no character
// needs recomposing (every rune lies in a range whose NFC quick-check
// property is "yes", see [scanText]). Only when it found another rune, or
// could not tell, does the text go through norm.NFC.
func normalize(d decoded) (out []byte, recomposed bool) {
	text := d.text
	if d.nfc && d.oneLineSep {
		return text, false
	}
	if !d.nfc && !scanText(bytesString(text)).nfc {
		n := norm.NFC.Bytes(text)
		recomposed = !bytes.Equal(n, text)
		text = n
	}
	return normalizeNewlines(text), recomposed
}

// nbsp is the no-break space, U+00A0, in UTF-8.
const nbsp = "\u00a0"

// replaceNBSP returns text with every no-break space replaced by two
// spaces, the same number of bytes, so that offsets stay those of the
// decoded text. Word processors and web pages put a no-break space after
// a label or bullet ("1.\u00a0Nội dung", "-\u00a0Rà soát"), where every
// rule expects a space. It copies text only when it holds one, never
// writing to the caller's bytes; the second result reports a copy.
func replaceNBSP(text []byte) ([]byte, bool) {
	i := bytes.Index(text, []byte(nbsp))
	if i < 0 {
		return text, false
	}
	out := bytes.Clone(text)
	for i >= 0 {
		out[i], out[i+1] = ' ', ' '
		k := bytes.Index(out[i+2:], []byte(nbsp))
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return out, true
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

// hideLinks returns text with the syntax of every Markdown link blanked
// out: "[Nghị quyết số 82/NQ-CP](https://…)" keeps its text between
// spaces of the same number of bytes, so that offsets stay those of the
// decoded text, and the address, whose numbers and dates are no part of
// the document, is gone. Images ("![alt](…)") go the same way. A link's
// target must look like an address (a scheme, "/", "#" or "www."), on the
// same line. text is copied before the first change unless copied says
// it is already the parser's own; the second result reports a copy.
func hideLinks(text []byte, copied bool) ([]byte, bool) {
	from := 0
	for {
		k := bytes.Index(text[from:], []byte("]("))
		if k < 0 {
			return text, copied
		}
		mid := from + k
		from = mid + 2
		open, end := linkAt(text, mid)
		if open < 0 {
			continue
		}
		if !copied {
			text, copied = bytes.Clone(text), true
		}
		text[open] = ' '
		if open > 0 && text[open-1] == '!' {
			text[open-1] = ' '
		}
		for i := mid; i < end; i++ {
			text[i] = ' '
		}
		from = end
	}
}

// linkAt returns the offset of the "[" that opens the link whose "](" is
// at mid, and the end of its target after ")"; open is -1 when mid is no
// link's.
func linkAt(text []byte, mid int) (open, end int) {
	open = -1
	for i := mid - 1; i >= 0 && mid-i <= maxLinkText; i-- {
		c := text[i]
		if c == '\n' || c == ']' {
			break
		}
		if c == '[' {
			open = i
			break
		}
	}
	if open < 0 || !looksLikeAddress(text[mid+2:]) {
		return -1, 0
	}
	depth := 0 // brackets inside the target: "javascript:print()"
	for i := mid + 2; i < len(text) && i-mid <= maxLinkTarget; i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return open, i + 1
			}
			depth--
		case '\n', ' ':
			return -1, 0
		}
	}
	return -1, 0
}

// maxLinkText and maxLinkTarget bound the bytes of a link's text and
// target.
const (
	maxLinkText   = 600
	maxLinkTarget = 2000
)

// looksLikeAddress reports whether t starts with an address: a scheme
// ("https:", "mailto:", "javascript:"), "/", "#" or "www.".
func looksLikeAddress(t []byte) bool {
	if len(t) == 0 {
		return false
	}
	if t[0] == '/' || t[0] == '#' || bytes.HasPrefix(t, []byte("www.")) {
		return true
	}
	for i, c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case c == ':' && i > 1:
			return true
		default:
			return false
		}
		if i > 16 {
			return false
		}
	}
	return false
}

// fixOCRDigits mends the misreadings OCR makes between digits and
// letters, byte for byte so that offsets do not move: an "l" in a
// number ("ngày l2 tháng", "l5/10/2026", "ll5", "2l8/KH") is a "1", an
// "O" in one ("3O%", "22.OOO", "1O tháng") a "0", and a "0" between
// capitals ("KẾ H0ẠCH", "C0NG HÒA") an "O". A word is mended only when it
// has digits and is set apart from letters (see misreadNumber), or the
// capitals round the "0" leave no other reading. It returns the mended text (a copy, unless
// copied says text is already the parser's own), whether it copied, the
// number of mends and the offset of the first.
func fixOCRDigits(text []byte, copied bool) (out []byte, isCopy bool, n, first int) {
	out, isCopy, first = text, copied, -1
	mend := func(i int, c byte) {
		if !isCopy {
			out, isCopy = bytes.Clone(out), true
		}
		out[i] = c
		if n == 0 {
			first = i
		}
		n++
	}
	for i := 0; i < len(out); i++ {
		// Jump to the next "l", "O" or "0": the rest of the text is passed over.
		k := indexSuspect(out[i:])
		if k < 0 {
			break
		}
		i += k
		switch out[i] {
		case 'l', 'O':
			a, b, ok := misreadNumber(out, i)
			if !ok {
				continue
			}
			for k := a; k < b; k++ {
				switch out[k] {
				case 'l':
					mend(k, '1')
				case 'O':
					mend(k, '0')
				}
			}
			i = b
		case '0':
			if i > 0 && i+1 < len(out) && endsCapital(out[:i]) && startsCapital(out[i+1:]) {
				mend(i, 'O')
			}
		}
	}
	return out, isCopy, n, first
}

// misreadNumber reports whether the "l" or "O" at out[i] stands in a
// number that OCR misread, and returns the number's bounds: a word of
// digits, "l", "O" and the punctuation of numbers and dates ("2l8",
// "3O%", "22.OOO", "31/l/2027", "l5/10"), with a digit in it, set apart
// from letters on both sides. An "l" or "O" with no digit next to it or
// across a comma, dot or slash is left alone ("Quý l.", "O.K"), and so is
// a word that ends in an "l" after digits only ("10l"), which may be a
// quantity in litres, unless a slash follows, as in the number of a
// document ("4l/NQ-HĐND").
func misreadNumber(out []byte, i int) (a, b int, ok bool) {
	inWord := func(c byte) bool {
		return c >= '0' && c <= '9' || c == 'l' || c == 'O' || c == '.' || c == ',' || c == '/'
	}
	isDigit := func(k int) bool { return k >= 0 && k < len(out) && out[k] >= '0' && out[k] <= '9' }
	// Most letters stand in words: reject them by their neighbours.
	near := func(k int) bool {
		return isDigit(k) || k >= 0 && k < len(out) && (out[k] == 'l' || out[k] == 'O' ||
			(out[k] == '.' || out[k] == ',' || out[k] == '/') && (isDigit(k-1) || isDigit(k+1)))
	}
	if !near(i-1) && !near(i+1) {
		return 0, 0, false
	}
	a, b = i, i+1
	for a > 0 && inWord(out[a-1]) {
		a--
	}
	for b < len(out) && inWord(out[b]) {
		b++
	}
	for a < b && !(out[a] >= '0' && out[a] <= '9' || out[a] == 'l' || out[a] == 'O') {
		a++ // punctuation before the number
	}
	for b > a && !(out[b-1] >= '0' && out[b-1] <= '9' || out[b-1] == 'l' || out[b-1] == 'O') {
		b-- // a full stop or comma after it
	}
	if a > 0 && !wordBoundary(out[a-1]) || b < len(out) && !wordBoundary(out[b]) {
		return 0, 0, false
	}
	digits := 0
	for k := a; k < b; k++ {
		if isDigit(k) {
			digits++
		}
	}
	if digits == 0 || i < a || i >= b {
		return 0, 0, false
	}
	if out[b-1] == 'l' && !bytes.ContainsAny(out[a:b-1], "lO./,") && (b == len(out) || out[b] != '/') {
		return 0, 0, false // "10l": litres; "4l/NQ" is a number
	}
	return a, b, true
}

// wordBoundary reports whether the byte c can stand next to a word: white
// space or punctuation of ASCII.
func wordBoundary(c byte) bool {
	return c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
}

// endsCapital and startsCapital report whether b ends or starts with an
// upper-case letter, Vietnamese ones included.
func endsCapital(b []byte) bool {
	r, _ := utf8.DecodeLastRune(b)
	return isUpperLetter(r)
}

func startsCapital(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return isUpperLetter(r)
}

// indexSuspect returns the index of the first "l", "O" or "0" in b, or -1. It
// looks at eight bytes at a time.
func indexSuspect(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := swar.Load(bytesString(b), i)
		if m := swar.Eq(x, 'l') | swar.Eq(x, 'O') | swar.Eq(x, '0'); m != 0 {
			return i + swar.First(m)
		}
	}
	for ; i < len(b); i++ {
		if b[i] == 'l' || b[i] == 'O' || b[i] == '0' {
			return i
		}
	}
	return -1
}

// softHyphen is U+00AD in UTF-8: invisible unless a word breaks there.
const softHyphen = "\u00ad"

// dropSoftHyphens returns text without its soft hyphens, which split
// words that should read whole ("thành" with one inside it). They are
// dropped here, after decoding, and not by the DOCX and PDF readers: in
// text typed in the TCVN3 font the same character is the letter "ư",
// which decoding has restored by now. It returns text itself, without a
// copy, when it holds none.
func dropSoftHyphens(text []byte) []byte {
	if !bytes.Contains(text, []byte(softHyphen)) {
		return text
	}
	return bytes.ReplaceAll(text, []byte(softHyphen), nil)
}
