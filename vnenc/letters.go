package vnenc

import (
	"fmt"
	"unicode"
)

// Tones, in the order used by the tables of this package: none, sắc
// (acute), huyền (grave), hỏi (hook above), ngã (tilde), nặng (dot below).
const (
	toneNone = iota
	toneAcute
	toneGrave
	toneHook
	toneTilde
	toneDot
	numTones
)

// Vowel bases, in the order of vowelRows.
const (
	baseA = iota
	baseABreve
	baseACirc
	baseE
	baseECirc
	baseI
	baseO
	baseOCirc
	baseOHorn
	baseU
	baseUHorn
	baseY
	numBases
)

// vowelRows lists the 12 Vietnamese vowel letters, each followed by its
// five toned forms in tone order (acute, grave, hook, tilde, dot). These
// are the 72 lower-case vowel letters (12 plain, 60 toned); with their
// upper-case forms they make the 134 toned vowels plus the 12 plain ones
// of the alphabet. The rows are quoted data, checked letter by letter in
// TestVowelRows against the Unicode decompositions.
var vowelRows = [numBases]string{
	"aáàảãạ",
	"ăắằẳẵặ",
	"âấầẩẫậ",
	"eéèẻẽẹ",
	"êếềểễệ",
	"iíìỉĩị",
	"oóòỏõọ",
	"ôốồổỗộ",
	"ơớờởỡợ",
	"uúùủũụ",
	"ưứừửữự",
	"yýỳỷỹỵ",
}

// vowelRune[base][tone] is the lower-case precomposed vowel.
var vowelRune [numBases][numTones]rune

// letter describes one Vietnamese letter: for a vowel its base and tone,
// for a consonant base is -1 and the letter is the lower-case rune.
type letter struct {
	lower rune // lower-case form, tone included
	bare  rune // lower-case form without tone (the base letter)
	base  int8 // vowel base, or -1 for a consonant
	tone  int8 // tone of a vowel
	upper bool // whether the letter is upper case
}

// letters maps every Vietnamese letter (ASCII letters included, both
// cases) to its description.
var letters map[rune]letter

// init builds the tables of the package, in dependency order.
func init() {
	initLetters()
	initTCVN3()
	initTCVN3Class()
}

// initLetters fills letters, vowelRune and the letter lookup tables.
func initLetters() {
	letters = make(map[rune]letter, 2*(numBases*numTones+26+1))
	for b, row := range vowelRows {
		t := 0
		for _, r := range row {
			vowelRune[b][t] = r
			bare := vowelRune[b][0]
			letters[r] = letter{lower: r, bare: bare, base: int8(b), tone: int8(t)}
			letters[unicode.ToUpper(r)] = letter{lower: r, bare: bare, base: int8(b), tone: int8(t), upper: true}
			t++
		}
	}
	for r := 'a'; r <= 'z'; r++ {
		if _, ok := letters[r]; ok {
			continue
		}
		letters[r] = letter{lower: r, bare: r, base: -1}
		letters[unicode.ToUpper(r)] = letter{lower: r, bare: r, base: -1, upper: true}
	}
	letters['đ'] = letter{lower: 'đ', bare: 'đ', base: -1}
	letters['Đ'] = letter{lower: 'đ', bare: 'đ', base: -1, upper: true}
	buildLetterTabs()
}

// vowel returns the precomposed vowel of base b with tone t, in upper case
// when upper is set.
func vowel(b, t int, upper bool) rune {
	r := vowelRune[b][t]
	if upper {
		return unicode.ToUpper(r)
	}
	return r
}

// Combining marks used by Vietnamese in decomposed text.
const (
	combGrave   = '\u0300'
	combAcute   = '\u0301'
	combCirc    = '\u0302'
	combBreve   = '\u0306'
	combTilde   = '\u0303'
	combHook    = '\u0309'
	combHorn    = '\u031B'
	combDot     = '\u0323'
	combGraveTM = '\u0340' // deprecated grave tone mark
	combAcuteTM = '\u0341' // deprecated acute tone mark
)

// toneOfMark returns the tone a combining mark stands for, or -1.
func toneOfMark(r rune) int {
	switch r {
	case combAcute, combAcuteTM:
		return toneAcute
	case combGrave, combGraveTM:
		return toneGrave
	case combHook:
		return toneHook
	case combTilde:
		return toneTilde
	case combDot:
		return toneDot
	}
	return -1
}

// markOfTone returns the combining mark of tone t (t > 0).
func markOfTone(t int) rune {
	switch t {
	case toneAcute:
		return combAcute
	case toneGrave:
		return combGrave
	case toneHook:
		return combHook
	case toneTilde:
		return combTilde
	case toneDot:
		return combDot
	}
	return 0
}

// Diacritics that change a vowel base.
const (
	diaNone = iota
	diaCirc
	diaBreve
	diaHorn
)

// diacriticOfMark returns the base-changing diacritic a combining mark
// stands for, or diaNone.
func diacriticOfMark(r rune) int {
	switch r {
	case combCirc:
		return diaCirc
	case combBreve:
		return diaBreve
	case combHorn:
		return diaHorn
	}
	return diaNone
}

// applyDiacritic returns the base that diacritic d makes of base b, and
// whether the combination exists in Vietnamese.
func applyDiacritic(b, d int) (int, bool) {
	switch {
	case d == diaCirc && b == baseA:
		return baseACirc, true
	case d == diaCirc && b == baseE:
		return baseECirc, true
	case d == diaCirc && b == baseO:
		return baseOCirc, true
	case d == diaBreve && b == baseA:
		return baseABreve, true
	case d == diaHorn && b == baseO:
		return baseOHorn, true
	case d == diaHorn && b == baseU:
		return baseUHorn, true
	}
	return b, false
}

// isCombining reports whether r is a combining mark (general category M).
func isCombining(r rune) bool {
	if r >= 0x300 && r < 0x370 {
		return true
	}
	return r >= 0x80 && unicode.Is(unicode.M, r)
}

// encode encodes s, put in NFC, into a legacy code page: ASCII as it is,
// and every other rune by appendRune. A rune appendRune cannot write is
// written as '?' and the first one is reported in the error, named after
// the code page; the returned bytes are complete either way. extra is
// room to reserve for runes written in two bytes.
func encode(name, s string, extra int, appendRune func(out []byte, r rune) ([]byte, bool)) ([]byte, error) {
	s = nfc(s)
	out := make([]byte, 0, len(s)+extra)
	var err error
	for i, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		var ok bool
		if out, ok = appendRune(out, r); ok {
			continue
		}
		out = append(out, '?')
		if err == nil {
			err = fmt.Errorf("vnenc: %s cannot encode %q at byte %d", name, r, i)
		}
	}
	return out, err
}
