package vnenc

import (
	"strings"
	"unicode/utf8"
)

// A Vietnamese syllable is written onset + rhyme, with at most one tone
// mark, on a vowel of the rhyme. The tables below are the spelling of the
// language: the onsets (initial consonants) and the rhymes (vần) without
// tone. They are used to tell real Vietnamese from the letter salad that
// text decoded with the wrong encoding becomes.

// onsets lists the written initial consonants, longest first so that the
// first match is the longest.
var onsets = []string{
	"ngh",
	"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
}

// rhymeList lists the rhymes of standard Vietnamese spelling, without tone.
var rhymeList = []string{
	// single vowels and vowel + semivowel
	"a", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư",
	"ai", "ay", "ây", "ao", "au", "âu", "eo", "êu", "iu", "oi", "ôi", "ơi",
	"ui", "ưi", "ưu", "ia", "ua", "ưa",
	// vowel + final consonant
	"ac", "ach", "am", "an", "ang", "anh", "ap", "at",
	"ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
	"âc", "âm", "ân", "âng", "âp", "ât",
	"ec", "em", "en", "eng", "ep", "et",
	"êch", "êm", "ên", "ênh", "êp", "êt",
	"ich", "im", "in", "inh", "ip", "it",
	"oc", "om", "on", "ong", "op", "ot",
	"ôc", "ôm", "ôn", "ông", "ôp", "ôt",
	"ơm", "ơn", "ơp", "ơt",
	"uc", "um", "un", "ung", "up", "ut",
	"ưc", "ưm", "ưn", "ưng", "ưt",
	// diphthongs iê/yê, uô, ươ
	"iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
	"yêm", "yên", "yêng", "yêt", "yêu",
	"uôc", "uôi", "uôm", "uôn", "uông", "uôt",
	"ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
	// rounded rhymes (medial o/u)
	"oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
	"oăc", "oăm", "oăn", "oăng", "oăt",
	"oe", "oem", "oen", "oeo", "oet",
	"ooc", "oong",
	"uân", "uâng", "uât", "uây",
	"uê", "uêch", "uênh",
	"uơ",
	"uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu",
	"uyên", "uyêt",
}

var rhymes = make(map[string]bool, len(rhymeList))

func init() {
	for _, r := range rhymeList {
		rhymes[r] = true
	}
}

// frontVowel reports whether the rhyme starts with i, e, ê or y, the
// vowels that decide between c/k, g/gh and ng/ngh.
func frontVowel(rhyme string) bool {
	r, _ := utf8.DecodeRuneInString(rhyme)
	return r == 'i' || r == 'e' || r == 'ê' || r == 'y'
}

// rhymeFits reports whether rhyme may follow onset in standard spelling.
func rhymeFits(onset, rhyme string) bool {
	if rhyme == "" {
		return false
	}
	switch onset {
	case "k", "gh", "ngh":
		if !frontVowel(rhyme) {
			return false
		}
	case "c", "ng":
		if frontVowel(rhyme) {
			return false
		}
	case "g":
		// g before i is the onset gi with its i merged ("gì", "gìn").
		if r, _ := utf8.DecodeRuneInString(rhyme); r == 'e' || r == 'ê' || r == 'y' {
			return false
		}
	case "q":
		// q is always written qu; after it the medial o is spelled u.
		if !strings.HasPrefix(rhyme, "u") {
			return false
		}
		if rhymes[rhyme] {
			return true
		}
		return rhymes["o"+rhyme[1:]]
	case "gi":
		// gi + iê... merges to "giê..." ("giếng", "giết").
		if rhymes[rhyme] {
			return true
		}
		return strings.HasPrefix(rhyme, "ê") && rhymes["i"+rhyme]
	}
	if strings.HasPrefix(rhyme, "o") && len(rhyme) > 1 && onset == "qu" {
		return false
	}
	return rhymes[rhyme]
}

// checkedCoda reports whether a rhyme ends in a stop (c, ch, p, t), which
// only the sắc and nặng tones may carry.
func checkedCoda(rhyme string) bool {
	return strings.HasSuffix(rhyme, "c") || strings.HasSuffix(rhyme, "ch") ||
		strings.HasSuffix(rhyme, "p") || strings.HasSuffix(rhyme, "t")
}

// maxSyllableRunes bounds the letters of one syllable ("nghiêng" has 7).
const maxSyllableRunes = 10

// isSyllable reports whether word, a run of letters and combining marks in
// any case and normalization form, is one well-formed Vietnamese syllable:
// a known onset and rhyme, at most one tone, and a stop rhyme only with
// the sắc or nặng tone.
func isSyllable(word []rune) bool {
	var buf [4 * maxSyllableRunes]byte
	n := 0
	tone, tonePos := 0, -1
	lastVowel := -1 // base of the previous letter if it was a vowel, else -1
	letters := 0
	for _, r := range word {
		if isCombining(r) {
			if t := toneOfMark(r); t > 0 {
				if lastVowel < 0 || tone != 0 {
					return false
				}
				tone, tonePos = t, letters-1
				continue
			}
			d := diacriticOfMark(r)
			if d == diaNone || lastVowel < 0 {
				return false
			}
			nb, ok := applyDiacritic(lastVowel, d)
			if !ok {
				return false
			}
			// Replace the previous letter in buf by the new base.
			_, size := utf8.DecodeLastRune(buf[:n])
			n -= size
			n += utf8.EncodeRune(buf[n:], vowelRune[nb][0])
			lastVowel = nb
			continue
		}
		l, ok := lookupLetter(r)
		if !ok {
			return false
		}
		letters++
		if letters > maxSyllableRunes {
			return false
		}
		if l.base >= 0 {
			if l.tone != 0 {
				if tone != 0 {
					return false
				}
				tone, tonePos = int(l.tone), letters-1
			}
			lastVowel = int(l.base)
		} else {
			lastVowel = -1
		}
		n += utf8.EncodeRune(buf[n:], l.bare)
	}
	if letters == 0 {
		return false
	}
	return validSyllable(string(buf[:n]), tone, tonePos)
}

// validSyllable reports whether s, a lower-case syllable without tone, is
// onset + rhyme, and whether tone fits the rhyme and sits, at letter
// tonePos of s, on the vowel that carries it.
func validSyllable(s string, tone, tonePos int) bool {
	ok := false
	rhyme, onsetLen := "", 0
	if rhymes[s] {
		ok, rhyme = true, s
	}
	for _, o := range onsets {
		if ok {
			break
		}
		if strings.HasPrefix(s, o) && rhymeFits(o, s[len(o):]) {
			ok, rhyme, onsetLen = true, s[len(o):], utf8.RuneCountInString(o)
		}
	}
	if !ok && strings.HasPrefix(s, "gi") {
		// "gì", "gìn": gi with the vowel i merged into it.
		if rest := s[len("g"):]; rhymes[rest] {
			ok, rhyme, onsetLen = true, rest, 1
		}
	}
	if !ok {
		return false
	}
	if checkedCoda(rhyme) && tone != toneAcute && tone != toneDot {
		return false
	}
	return tone == toneNone || toneFits(rhyme, tonePos-onsetLen)
}

// toneFits reports whether the tone mark may sit on letter pos of rhyme.
// The tone goes on the vowel with a diacritic (the last one, as in "ươ");
// otherwise on the last vowel when a consonant follows, on the middle one
// of three, on the first of two ("ai", "ia", "ua"), where "oa", "oe" and
// "uy" accept both the old ("hòa") and the new ("hoà") placement.
func toneFits(rhyme string, pos int) bool {
	var vowels [4]rune
	nv, coda := 0, false
	for _, r := range rhyme {
		if l, _ := lookupLetter(r); l.base < 0 {
			coda = true
			break
		}
		if nv == len(vowels) {
			return false
		}
		vowels[nv] = r
		nv++
	}
	if pos < 0 || pos >= nv {
		return false
	}
	for i := nv - 1; i >= 0; i-- {
		switch vowels[i] {
		case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
			return pos == i
		}
	}
	switch {
	case nv == 1:
		return true
	case coda:
		return pos == nv-1
	case nv == 3:
		return pos == 1
	}
	switch string(vowels[:nv]) {
	case "oa", "oe", "uy":
		return true
	}
	return pos == 0
}

// letterTab1 covers U+00C0-U+01B0 and letterTab2 U+1EA0-U+1EF9: the
// non-ASCII Vietnamese letters, for a lookup without a map.
var (
	letterTab1 [0x1B1 - 0xC0]letter
	letterTab2 [0x1EFA - 0x1EA0]letter
	letterTabA [128]letter
)

// buildLetterTabs fills the lookup tables from letters.
func buildLetterTabs() {
	for r, l := range letters {
		switch {
		case r < 0x80:
			letterTabA[r] = l
		case r >= 0xC0 && r < 0x1B1:
			letterTab1[r-0xC0] = l
		case r >= 0x1EA0 && r < 0x1EFA:
			letterTab2[r-0x1EA0] = l
		}
	}
}

// lookupLetter returns the description of Vietnamese letter r (ASCII
// letters included) and whether r is one.
func lookupLetter(r rune) (letter, bool) {
	var l letter
	switch {
	case r < 0x80:
		l = letterTabA[r]
	case r >= 0xC0 && r < 0x1B1:
		l = letterTab1[r-0xC0]
	case r >= 0x1EA0 && r < 0x1EFA:
		l = letterTab2[r-0x1EA0]
	}
	return l, l.lower != 0
}
