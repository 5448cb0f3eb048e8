package parser

import (
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
)

// Whole-text scans, written to go through text a word of eight bytes at a
// time, and split over the cores for a large input.

// runeCount returns the number of characters of UTF-8 text s, counted as
// the bytes that are not continuation bytes, so that counts over
// consecutive pieces add up even when a piece boundary splits a character.
func runeCount(s string) int {
	n, i := len(s), 0
	for ; i+8 <= len(s); i += 8 {
		n -= swar.Count(swar.Continuation(swar.Load(s, i)))
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// textScan is what one scan of the input learns about it. All but valid
// are meaningful only when valid is true.
type textScan struct {
	valid bool // valid UTF-8
	// nfc reports that every rune is known to be unchanged by NFC in any
	// context.
	nfc      bool
	lineSeps bool // holds a "\r", U+2028 or U+2029
	nul      bool // holds a NUL byte
}

// scanText checks in one pass over s that it is valid UTF-8, whether
// every rune lies in a range whose NFC quick-check property is "yes", and
// which line separators and NUL bytes it holds. A large text is scanned
// on all cores.
func scanText(s string) textScan {
	res := textScan{valid: true, nfc: true}
	var mu sync.Mutex
	forParts(s, func(start, end int) {
		part := scanPart(s[start:end])
		mu.Lock()
		res.valid = res.valid && part.valid
		res.nfc = res.nfc && part.nfc
		res.lineSeps = res.lineSeps || part.lineSeps
		res.nul = res.nul || part.nul
		mu.Unlock()
	})
	return res
}

// scanPart is scanText on one piece of the text.
func scanPart(s string) textScan {
	res := textScan{valid: true, nfc: true}
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Skip the ASCII bytes before the first byte of interest.
			x := swar.Load(s, i)
			if k := swar.First(swar.NonASCII(x) | swar.Eq(x, '\r') | swar.Eq(x, 0)); k > 0 {
				i += k
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			res.lineSeps = res.lineSeps || c == '\r'
			res.nul = res.nul || c == 0
			i++
			continue
		case c >= 0xC2 && c <= 0xCB:
			// U+0080-U+02FF: Latin-1, Latin Extended-A and B, IPA,
			// spacing modifiers; all NFC "yes".
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
				return textScan{}
			}
			i += 2
			continue
		case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB:
			// U+1E00-U+1EFF: Latin Extended Additional, the Vietnamese
			// letters with two marks.
			if s[i+2]&0xC0 != 0x80 {
				return textScan{}
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return textScan{}
		}
		i += size
		res.lineSeps = res.lineSeps || r == '\u2028' || r == '\u2029'
		if res.nfc && !nfcYes(r) {
			res.nfc = false
		}
	}
	return res
}

// nfcYes reports whether r, outside the ranges scanPart passes at once,
// is known to be unchanged by NFC in any context.
func nfcYes(r rune) bool {
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
	return true
}

// partMin is the text size from which whole-text scans are split over
// the cores.
const partMin = 1 << 20

// forParts calls fn on the bounds of consecutive pieces of s that
// together make s, each cut just before an ASCII byte so that no
// character is split, on one goroutine per core when s is large.
func forParts(s string, fn func(start, end int)) {
	n := min(runtime.GOMAXPROCS(0), 8)
	if len(s) < partMin || n < 2 {
		fn(0, len(s))
		return
	}
	var wg sync.WaitGroup
	start := 0
	for k := 1; k <= n && start < len(s); k++ {
		end := len(s)
		if k < n {
			end = max(start, len(s)*k/n)
			for end < len(s) && s[end] >= utf8.RuneSelf {
				end++
			}
		}
		from := start
		start = end
		wg.Go(func() { fn(from, end) })
	}
	wg.Wait()
}

// forRanges calls fn on consecutive ranges of [0, n) that together make
// it, on one goroutine per core when large is true.
func forRanges(n int, large bool, fn func(lo, hi int)) {
	parts := min(runtime.GOMAXPROCS(0), 8)
	if !large || parts < 2 || n < 2*parts {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := range parts {
		lo, hi := n*k/parts, n*(k+1)/parts
		wg.Go(func() { fn(lo, hi) })
	}
	wg.Wait()
}
