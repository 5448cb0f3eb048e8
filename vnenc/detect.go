package vnenc

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names of the encodings, as Detect reports them and as
// [github.com/vnplan/vnplan/model.Source] records them.
const (
	UTF8        = "utf-8"
	Windows1258 = "windows-1258"
	TCVN3       = "tcvn3"
	VNI         = "vni"
)

// maxDetectWords bounds the words Detect and DetectText look at, so that
// detection costs the same on any input past a few hundred kilobytes.
const maxDetectWords = 4000

// How detection works
//
// Text decoded with the wrong table is not Vietnamese: "KÕ ho¹ch" read as
// Windows-1258 has a superscript inside a word and a k before o, "Keá"
// read as TCVN3 is "Keỏ". So each candidate decoding is scored by how many
// of its words are well-formed Vietnamese syllables (a known onset and
// rhyme, one tone at most, a stop rhyme only with sắc or nặng; see
// isSyllable) and how many are not. Only words that contain a non-ASCII
// character count: ASCII words read the same in every candidate. The
// candidate with the highest valid-minus-invalid count wins; its
// confidence grows with its share of valid words and with its lead over
// the runner-up, and is low when there is little text to go on.

// score counts the words of one candidate decoding.
type score struct {
	valid, invalid int
}

func (s score) net() int { return s.valid - s.invalid }

func (s score) ratio() float64 {
	if s.valid+s.invalid == 0 {
		return 0
	}
	return float64(s.valid) / float64(s.valid+s.invalid)
}

// addWords scores the decoded text rs of one token: it splits it at spaces,
// trims general punctuation (quotes, dashes, ellipses) from each piece, and
// counts the pieces that contain a non-ASCII rune as valid or invalid
// syllables.
func (s *score) addWords(rs []rune) {
	for len(rs) > 0 {
		i := 0
		for i < len(rs) && !unicode.IsSpace(rs[i]) {
			i++
		}
		piece := rs[:i]
		for len(piece) > 0 && isTrimmed(piece[0]) {
			piece = piece[1:]
		}
		for len(piece) > 0 && isTrimmed(piece[len(piece)-1]) {
			piece = piece[:len(piece)-1]
		}
		if hasNonASCII(piece) {
			if isSyllable(piece) {
				s.valid++
			} else {
				s.invalid++
			}
		}
		for i < len(rs) && unicode.IsSpace(rs[i]) {
			i++
		}
		rs = rs[i:]
	}
}

// isTrimmed reports whether r is punctuation that may stick to a word
// without being part of it: the General Punctuation block and the byte
// order mark. Latin-1 symbols are not trimmed, because in TCVN3 and VNI
// those code points are letters.
func isTrimmed(r rune) bool {
	return (r >= 0x2000 && r < 0x2070) || r == 0xFEFF
}

func hasNonASCII(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// candidates are the legacy encodings Detect chooses from, in the order
// that breaks ties.
var candidates = [...]string{Windows1258, TCVN3, VNI}

// decodeToken appends to dst the runes of token b decoded as enc.
func decodeToken(dst []rune, buf *[]byte, enc string, b []byte) []rune {
	switch enc {
	case UTF8:
		for len(b) > 0 {
			r, size := utf8.DecodeRune(b)
			dst = append(dst, r)
			b = b[size:]
		}
	case Windows1258:
		for _, c := range b {
			dst = append(dst, cp1258Rune[c])
		}
	case TCVN3:
		if !plausible(TCVN3, b) {
			return append(dst, utf8.RuneError)
		}
		for _, c := range b {
			dst = append(dst, tcvn3Rune[c])
		}
	case VNI:
		if !plausible(VNI, b) {
			return append(dst, utf8.RuneError)
		}
		*buf, _ = appendVNI((*buf)[:0], b)
		for _, r := range string(*buf) {
			dst = append(dst, r)
		}
	}
	return dst
}

// plausible reports whether token b can have been typed in enc: TCVN3
// text (VN3) never holds the bytes only VN2 assigns, and VNI text never
// holds the bytes from 0xC0 on that VNI leaves unused. The decoders read
// such bytes anyway; the detectors take them as a sign of another
// encoding.
func plausible(enc string, b []byte) bool {
	for _, c := range b {
		switch {
		case c < 0xA0:
		case enc == TCVN3 && tcvn3OnlyVN2[c]:
			return false
		case enc == VNI && vniFree(c):
			return false
		}
	}
	return true
}

// confidenceScore turns the scores of the winner and the runner-up into a
// number between 0 and 1.
func confidenceScore(best, second score) float64 {
	margin := float64(best.net() - second.net())
	if margin < 0 {
		margin = 0
	}
	c := best.ratio() * (1 - math.Exp(-margin/3))
	return math.Round(c*1000) / 1000
}

// Detect guesses the encoding of b, which must not start with a byte order
// mark or be UTF-16 (the caller strips or decodes those first). It
// returns one of [UTF8], [Windows1258], [TCVN3] and [VNI], with a
// confidence between 0 and 1.
//
// Valid UTF-8 is reported as UTF-8 with confidence 1, unless its words
// are mostly not Vietnamese while a legacy reading of the same bytes is
// (which takes a short, contrived input: legacy Vietnamese is almost
// never valid UTF-8). Otherwise each legacy encoding decodes the words
// that hold non-ASCII bytes, and the one whose words are most often
// well-formed Vietnamese syllables wins; the confidence grows with the
// share of such words and with the lead over the runner-up, and is low
// when there are few words to go on. Plain UTF-8 and Windows-1258 text is not taken for TCVN3 or VNI,
// because read that way its words are not Vietnamese. Detect looks at
// most at the first few thousand such words, runs in time linear in
// len(b) and is safe for concurrent use. Text that is already Unicode
// but was typed in a legacy font is found by [DetectText].
func Detect(b []byte) (enc string, confidence float64) {
	high := false
	for _, c := range b {
		if c >= utf8.RuneSelf {
			high = true
			break
		}
	}
	if !high {
		return UTF8, 1
	}
	valid := utf8.Valid(b)
	var (
		scores [len(candidates)]score
		u      score
		rs     []rune
		buf    []byte
		words  int
	)
	for i := 0; i < len(b) && words < maxDetectWords; {
		if !isTokenByte(b[i]) {
			i++
			continue
		}
		j, hasHigh := i, false
		for j < len(b) && isTokenByte(b[j]) {
			if b[j] >= utf8.RuneSelf {
				hasHigh = true
			}
			j++
		}
		tok := b[i:j]
		i = j
		if !hasHigh {
			continue
		}
		words++
		if valid {
			rs = decodeToken(rs[:0], &buf, UTF8, tok)
			u.addWords(rs)
		}
		for k, enc := range candidates {
			rs = decodeToken(rs[:0], &buf, enc, tok)
			scores[k].addWords(rs)
		}
	}
	best, second := rank(scores[:])
	if valid && !(scores[best].net() > u.net()+2 && u.ratio() < 0.5) {
		return UTF8, 1
	}
	return candidates[best], positive(confidenceScore(scores[best], scores[second]))
}

// positive keeps a guess's confidence above 0, which in
// [github.com/vnplan/vnplan/model.Source] means "not guessed".
func positive(c float64) float64 {
	if c < 0.001 {
		return 0.001
	}
	return c
}

// rank returns the indexes of the best and second-best scores.
func rank(s []score) (best, second int) {
	better := func(a, b score) bool {
		if a.net() != b.net() {
			return a.net() > b.net()
		}
		return a.valid > b.valid
	}
	best, second = 0, -1
	for k := 1; k < len(s); k++ {
		if better(s[k], s[best]) {
			best, second = k, best
		} else if second < 0 || better(s[k], s[second]) {
			second = k
		}
	}
	return best, second
}

// isTokenByte reports whether byte c may be part of a word in any of the
// encodings: an ASCII letter or a byte from 0x80 on.
func isTokenByte(c byte) bool {
	return c >= utf8.RuneSelf || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// isTokenRune is isTokenByte for text that is already Unicode: an ASCII
// letter, or a non-ASCII rune that is not a space or general punctuation.
func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return !unicode.IsSpace(r) && !isTrimmed(r)
}

// legacyBytes appends to dst the bytes that the runes of tok were typed as
// in a legacy font, read back through Windows-1252, and reports whether
// every rune has such a byte.
func legacyBytes(dst []byte, tok string) ([]byte, bool) {
	for _, r := range tok {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		c, ok := cp1252Byte[r]
		if !ok {
			return dst, false
		}
		dst = append(dst, c)
	}
	return dst, true
}

// DetectText reports whether s, text that is already Unicode, was typed
// in a legacy font and pasted or converted as if the font were Latin, so
// that it reads "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI) instead of
// "Kế hoạch". It returns [TCVN3], [VNI] or [Windows1258] with a
// confidence when a legacy reading of the text gives clearly more
// Vietnamese words than the text as it is, and [UTF8] when the text
// should be left alone. Correct Vietnamese in Unicode is never flagged:
// its words are syllables as they stand, and most have letters (ế, ạ, ư,
// đ) that no legacy font byte reads as. DetectText runs in time linear
// in len(s) and is safe for concurrent use; [RepairText] does the repair.
func DetectText(s string) (enc string, confidence float64) {
	var (
		scores [len(candidates)]score
		asis   score
		rs     []rune
		bs     []byte
		buf    []byte
		words  int
	)
	for i := 0; i < len(s) && words < maxDetectWords; {
		start, j, hasHigh := nextToken(s, i)
		tok := s[start:j]
		i = j
		if !hasHigh {
			continue
		}
		words++
		rs = rs[:0]
		for _, r := range tok {
			rs = append(rs, r)
		}
		asis.addWords(rs)
		var ok bool
		bs, ok = legacyBytes(bs[:0], tok)
		for k, enc := range candidates {
			if !ok {
				scores[k].invalid++
				continue
			}
			rs = decodeToken(rs[:0], &buf, enc, bs)
			scores[k].addWords(rs)
		}
	}
	if words == 0 {
		return UTF8, 1
	}
	best, second := rank(scores[:])
	if scores[best].net() > asis.net()+2 && asis.ratio() < 0.5 {
		runnerUp := asis
		if scores[second].net() > asis.net() {
			runnerUp = scores[second]
		}
		return candidates[best], positive(confidenceScore(scores[best], runnerUp))
	}
	if asis.net() >= scores[best].net() {
		return UTF8, positive(confidenceScore(asis, scores[best]))
	}
	return UTF8, 0.5
}

// RepairText returns s, Unicode text typed in a legacy font as DetectText
// describes, with each word read back through enc ([TCVN3], [VNI] or
// [Windows1258]) and put in NFC; for any other enc it returns s
// unchanged. A word is left as it is when it is a Vietnamese syllable as
// it stands and its repaired form is not, so that Unicode words in a
// partly pasted text survive. For TCVN3 the case lost to the .VnTimeH
// fonts is restored as in [DecodeTCVN3]. RepairText runs in time linear
// in len(s) and is safe for concurrent use.
func RepairText(s string, enc string) string {
	var decode func([]byte) string
	switch enc {
	case TCVN3:
		decode = decodeTCVN3Plain
	case VNI:
		decode = DecodeVNI
	case Windows1258:
		decode = DecodeWindows1258
	default:
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	out := make([]byte, 0, len(s)+len(s)/4)
	var (
		rs []rune
		bs []byte
	)
	last := 0
	for i := 0; i < len(s); {
		start, j, hasHigh := nextToken(s, i)
		tok := s[start:j]
		i = j
		if !hasHigh {
			continue
		}
		var ok bool
		if bs, ok = legacyBytes(bs[:0], tok); !ok || !plausible(enc, bs) {
			continue
		}
		fixed := decode(bs)
		var before, after score
		rs = rs[:0]
		for _, r := range tok {
			rs = append(rs, r)
		}
		before.addWords(rs)
		rs = rs[:0]
		for _, r := range fixed {
			rs = append(rs, r)
		}
		after.addWords(rs)
		if before.invalid == 0 && before.valid > 0 && after.invalid > 0 {
			continue
		}
		out = append(out, s[last:start]...)
		out = append(out, fixed...)
		last = j
	}
	out = append(out, s[last:]...)
	t := nfc(string(out))
	if enc == TCVN3 {
		t = RestoreCase(t)
	}
	return t
}

// Decode detects the encoding of b with [Detect], decodes it to NFC UTF-8,
// and, when b is UTF-8, repairs text typed in a legacy font as
// [DetectText] and [RepairText] do. It returns the text, the encoding
// (the legacy one when a repair was made) and the confidence of the
// guess. b must not start with a byte order mark or be UTF-16. Decode
// never fails, runs in time linear in len(b) and is safe for concurrent
// use.
func Decode(b []byte) (text, enc string, confidence float64) {
	enc, confidence = Detect(b)
	switch enc {
	case Windows1258:
		return DecodeWindows1258(b), enc, confidence
	case TCVN3:
		return DecodeTCVN3(b), enc, confidence
	case VNI:
		return DecodeVNI(b), enc, confidence
	}
	text = nfc(string(b))
	if e, c := DetectText(text); e != UTF8 {
		return RepairText(text, e), e, c
	}
	return text, UTF8, confidence
}

// nextToken finds the next run of token runes at or after i and returns
// its start and end, and whether it holds a rune outside ASCII. At the end
// of s it returns an empty run at len(s).
func nextToken(s string, i int) (start, end int, hasHigh bool) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isTokenRune(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isTokenRune(r) {
			break
		}
		if r >= utf8.RuneSelf {
			hasHigh = true
		}
		j += size
	}
	return i, j, hasHigh
}
