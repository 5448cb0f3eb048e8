package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
)

// style is a numbering style of section labels.
type style uint8

const (
	styleNone        style = iota
	styleUpperAlpha        // A. B. C.
	styleRoman             // I. II. III.
	styleArabic            // 1. 2. 3.
	styleDecimal           // 1.1. 2.3.4 (parts vary)
	styleLowerAlpha        // a) b) đ)
	styleParen             // (1) (2)
	styleArabicParen       // 1) 2)
	stylePart              // Phần I
	styleChapter           // Chương I
	styleMuc               // Mục 1
	styleArticle           // Điều 1.
	styleAnnex             // PHỤ LỤC I
	styleTitle             // a part's title with no label: "NHIỆM VỤ VÀ GIẢI PHÁP"
)

// numbering returns the contract's name of the style.
func (s style) numbering() string {
	switch s {
	case styleUpperAlpha:
		return model.NumberingUpperAlpha
	case styleRoman:
		return model.NumberingRoman
	case styleArabic:
		return model.NumberingArabic
	case styleDecimal:
		return model.NumberingDecimal
	case styleLowerAlpha:
		return model.NumberingLowerAlpha
	case styleParen:
		return model.NumberingParen
	case styleArabicParen:
		return model.NumberingArabicPar
	case stylePart:
		return model.NumberingPart
	case styleChapter:
		return model.NumberingChapter
	case styleMuc:
		return model.NumberingMuc
	case styleArticle:
		return model.NumberingArticle
	case styleAnnex:
		return model.NumberingAnnex
	}
	return ""
}

// maxLabelParts bounds the parts of a decimal label; longer runs of
// "1.1.1..." are not read as labels.
const maxLabelParts = 12

// label is a section label at the start of a block.
type label struct {
	style     style
	value     int                // ordinal: A=1, I=1, 1=1, a=1 (Vietnamese order)
	alt       style              // a second reading, for "I." "V." "X." "C." "D." "L." "M."
	altValue  int                // its ordinal
	parts     [maxLabelParts]int // decimal parts
	nparts    int                // number of parts of a decimal label
	text      string             // as written, without the final punctuation
	letter    rune               // the letter of an alphabetic label, lower case
	caseFixed bool               // an upper-case letter read as a lower-case point ("B)")
	ocrFixed  bool               // a misread character read as the digit it stands for
	punct     byte               // '.', ')', ':', '-' or 0
	size      int                // bytes consumed, up to the body
	words     bool               // a worded label: Phần, Chương, Mục, Điều, PHỤ LỤC
	raw       string             // the label as written, with punctuation
}

// vietLower is the order of lower-case point letters in Vietnamese
// documents (Nghị định 30/2020/NĐ-CP): no f, j, w, z, and đ after d.
const vietLower = "abcdđeghiklmnopqrstuvxy"

// letterOrdinal returns the 1-based position of the lower-case letter r
// in the Vietnamese order, or in the Latin order for f, j, w, z.
func letterOrdinal(r rune) int {
	if i := strings.IndexRune(vietLower, r); i >= 0 {
		return utf8.RuneCountInString(vietLower[:i]) + 1
	}
	return 0
}

// nextLetter reports whether cur follows prev in a run of points, in the
// Vietnamese order or in the Latin order.
func nextLetter(prev, cur rune) bool {
	if a, b := letterOrdinal(prev), letterOrdinal(cur); a > 0 && b == a+1 {
		return true
	}
	if prev >= 'a' && prev < 'z' && cur == prev+1 {
		return true
	}
	return false
}

// lexLabel reads a section label at the start of s. It accepts leading
// Markdown emphasis and escapes ("**Điều 1.**", "1\\.") and returns the
// label with size set to the bytes up to the body text.
func lexLabel(s string) (label, bool) {
	i := skipEmphasis(s, 0)
	if i >= len(s) {
		return label{}, false
	}
	var l label
	var ok bool
	rest := s[i:]
	switch c := rest[0]; {
	case c >= '0' && c <= '9':
		l, ok = lexNumeric(rest)
	case c == '(':
		l, ok = lexParen(rest)
	default:
		if wordLabelStarts[c] {
			l, ok = lexWordLabel(rest)
		}
		if !ok && mayBeLetterLabel(rest) {
			l, ok = lexLetter(rest)
		}
	}
	if !ok {
		return label{}, false
	}
	l.raw = rest[:l.size]
	// Past the label: closing emphasis, then white space.
	j := i + l.size
	j = skipEmphasis(s, j)
	if j < len(s) && s[j] != ' ' && s[j] != '\t' && l.punct == 0 && !l.words {
		return label{}, false
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	l.size = j
	return l, true
}

// skipEmphasis skips Markdown emphasis runs and a backslash at s[i:].
func skipEmphasis(s string, i int) int {
	for i < len(s) && (s[i] == '*' || s[i] == '_') {
		i++
	}
	return i
}

// lexNumeric reads "1.", "1)", "2.1", "2.1.", "1.1.1." at the start of s.
func lexNumeric(s string) (label, bool) {
	var l label
	i := 0
	for {
		n, k := 0, i
		for k < len(s) && s[k] >= '0' && s[k] <= '9' && k-i < 4 {
			n = n*10 + int(s[k]-'0')
			k++
		}
		if k == i || (k < len(s) && s[k] >= '0' && s[k] <= '9') {
			return label{}, false
		}
		if l.nparts == maxLabelParts {
			return label{}, false
		}
		l.parts[l.nparts] = n
		l.nparts++
		i = k
		if i < len(s) && s[i] == '\\' && i+1 < len(s) && (s[i+1] == '.' || s[i+1] == ')') {
			i++
		}
		if i < len(s) && s[i] == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	end := i
	switch {
	case i < len(s) && s[i] == '.':
		l.punct = '.'
		i++
	case i < len(s) && s[i] == ')' && l.nparts == 1:
		l.punct = ')'
		i++
	case i+1 < len(s) && (s[i] == '-' || s[i] == '/') && l.nparts == 1 && (s[i+1] == ' ' || s[i+1] == '*'):
		// "1- Tăng cường", the hyphen of older documents, and "1/ Tăng
		// cường", the slash of some Party and district documents.
		l.punct = s[i]
		i++
	}
	if i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '*' && s[i] != '_' {
		return label{}, false
	}
	l.text = strings.ReplaceAll(s[:end], "\\", "")
	l.size = i
	switch {
	case l.nparts > 1:
		l.style = styleDecimal
		l.value = l.parts[l.nparts-1]
	case l.punct == '.' || l.punct == '-' || l.punct == '/':
		l.style = styleArabic
		l.value = l.parts[0]
	case l.punct == ')':
		l.style = styleArabicParen
		l.value = l.parts[0]
	default:
		return label{}, false
	}
	if l.style == styleDecimal && l.punct == 0 && i >= len(s) {
		return label{}, false
	}
	return l, true
}

// lexParen reads "(1)" at the start of s.
func lexParen(s string) (label, bool) {
	n, k := 0, 1
	for k < len(s) && s[k] >= '0' && s[k] <= '9' && k < 4 {
		n = n*10 + int(s[k]-'0')
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ')' {
		return label{}, false
	}
	return label{style: styleParen, value: n, text: s[1:k], punct: ')', size: k + 1}, true
}

// lexLetter reads "A.", "I.", "IV.", "a)", "a.", "đ)", "B)" at the start of s.
func lexLetter(s string) (label, bool) {
	// Roman numerals first: a run of I V X L C.
	k := 0
	for k < len(s) && strings.IndexByte("IVXLC", s[k]) >= 0 && k < 8 {
		k++
	}
	if k > 0 {
		if v := romanValue(s[:k]); v > 0 {
			if p, size, ok := labelPunct(s, k, ".:-/"); ok && (p != '-' && p != '/' || size < len(s)) {
				l := label{style: styleRoman, value: v, text: s[:k], punct: p, size: size}
				if k == 1 {
					l.alt, l.altValue = styleUpperAlpha, letterOrdinal(rune(s[0]+'a'-'A'))
					l.letter = rune(s[0] + 'a' - 'A')
				}
				return l, true
			}
		}
	}
	if l, ok := lexOCRRoman(s); ok {
		return l, true
	}
	r, size := utf8.DecodeRuneInString(s)
	lower := toLowerLetter(r)
	if lower == 0 {
		return label{}, false
	}
	upper := r != lower
	if upper {
		if p, n, ok := labelPunct(s, size, "."); ok {
			return label{style: styleUpperAlpha, value: letterOrdinal(lower), text: s[:size], letter: lower, punct: p, size: n}, true
		}
		if p, n, ok := labelPunct(s, size, ")"); ok {
			return label{style: styleLowerAlpha, value: letterOrdinal(lower), text: string(lower), letter: lower, punct: p, size: n, caseFixed: true}, true
		}
		return label{}, false
	}
	// "a)", and "a.", "a-", "a/" as some provinces and Party documents
	// write points.
	if p, n, ok := labelPunct(s, size, ").-/"); ok && (p == ')' || p == '.' || n < len(s)) {
		return label{style: styleLowerAlpha, value: letterOrdinal(lower), text: s[:size], letter: lower, punct: p, size: n}, true
	}
	return label{}, false
}

// lexOCRRoman reads a Roman label in which OCR took an "I" for an "l"
// ("l. MỤC ĐÍCH", "Il. NHIỆM VỤ", "lII. TỔ CHỨC THỰC HIỆN"), before an
// upper-case title as parts are headed. Elsewhere "l." is read as the
// digit it looks like (see ocrDigits).
func lexOCRRoman(s string) (label, bool) {
	k, ells := 0, 0
	for k < len(s) && k < 8 && strings.IndexByte("IVXl", s[k]) >= 0 {
		if s[k] == 'l' {
			ells++
		}
		k++
	}
	if ells == 0 {
		return label{}, false
	}
	text := strings.ReplaceAll(s[:k], "l", "I")
	v := romanValue(text)
	if v == 0 {
		return label{}, false
	}
	p, size, ok := labelPunct(s, k, ".")
	if !ok || !isUpperText(strings.TrimSpace(trimMarks(s[size:]))) {
		return label{}, false
	}
	return label{style: styleRoman, value: v, text: text, punct: p, size: size, ocrFixed: true}, true
}

// mayBeLetterLabel reports whether lexLetter may read a label at the
// start of s: its punctuation comes right after the first letter, or
// after a run of Roman digits. Most lines start with a word, and are
// turned away here without lexLetter's work.
func mayBeLetterLabel(s string) bool {
	punctAt := func(k int) bool {
		if k < len(s) && s[k] == '\\' {
			k++
		}
		return k < len(s) && (s[k] == '.' || s[k] == ')' || s[k] == ':' || s[k] == '-' || s[k] == '/')
	}
	_, size := utf8.DecodeRuneInString(s)
	if punctAt(size) {
		return true
	}
	k := 0
	for k < len(s) && k < 8 && strings.IndexByte("IVXLCl", s[k]) >= 0 {
		k++
	}
	return k > 1 && punctAt(k)
}

// labelPunct checks that s[k] is one of the punctuation bytes in set,
// followed by white space, emphasis or the end, and returns the size.
func labelPunct(s string, k int, set string) (byte, int, bool) {
	if k < len(s) && s[k] == '\\' {
		k++
	}
	if k >= len(s) || strings.IndexByte(set, s[k]) < 0 {
		return 0, 0, false
	}
	p := s[k]
	k++
	if k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != '*' && s[k] != '_' {
		return 0, 0, false
	}
	return p, k, true
}

// toLowerLetter returns the lower-case form of a Latin letter or Đ/đ,
// or 0 for anything else.
func toLowerLetter(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return r
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r == 'đ' || r == 'Đ':
		return 'đ'
	case r == 'Š' || r == 'š':
		return 's' // as OCR reads a "5" of some fonts
	}
	return 0
}

// romanValue returns the value of a well-formed Roman numeral up to 89,
// or 0.
func romanValue(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total >= 90 || toRoman(total) != s {
		return 0
	}
	return total
}

func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

// toRoman writes n (1..89) in Roman numerals.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// wordLabels are the worded labels of legal-style documents.
var wordLabels = []struct {
	word  string
	st    style
	upper bool // only in upper case
}{
	{"Phần", stylePart, false},
	{"PHẦN", stylePart, false},
	{"Chương", styleChapter, false},
	{"CHƯƠNG", styleChapter, false},
	{"Mục", styleMuc, false},
	{"MỤC", styleMuc, false},
	{"Điều", styleArticle, false},
	{"ĐIỀU", styleArticle, false},
	{"PHỤ LỤC", styleAnnex, true},
	{"Phụ lục", styleAnnex, false},
}

// wordLabelStarts holds the first bytes of wordLabels.
var wordLabelStarts = func() (t [256]bool) {
	for _, w := range wordLabels {
		t[w.word[0]] = true
	}
	return t
}()

// ordinalWords are the words of "Phần thứ nhất", "Phần thứ hai", ...
var ordinalWords = []string{"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"}

// lexWordLabel reads "Phần I", "Chương II", "Mục 1", "Điều 3.", "PHỤ LỤC I"
// at the start of s.
func lexWordLabel(s string) (label, bool) {
	if s == "" || !wordLabelStarts[s[0]] {
		return label{}, false
	}
	for _, w := range wordLabels {
		if !strings.HasPrefix(s, w.word) {
			continue
		}
		i := len(w.word)
		if i < len(s) && s[i] != ' ' {
			return label{}, false
		}
		for i < len(s) && s[i] == ' ' {
			i++
		}
		numStart := i
		var v int
		switch {
		case w.st == styleAnnex && (i == len(s) || s[i] == ':' || s[i] == '.' || s[i] == '*'):
			v = 1
		case i < len(s) && s[i] >= '0' && s[i] <= '9':
			for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-numStart < 4 {
				v = v*10 + int(s[i]-'0')
				i++
			}
		case i < len(s) && strings.IndexByte("IVXLC", s[i]) >= 0:
			k := i
			for k < len(s) && strings.IndexByte("IVXLC", s[k]) >= 0 {
				k++
			}
			v = romanValue(s[i:k])
			i = k
		default:
			low := strings.ToLower(s[i:])
			if strings.HasPrefix(low, "thứ ") {
				rest := low[len("thứ "):]
				for n, ow := range ordinalWords {
					if strings.HasPrefix(rest, ow) && (len(rest) == len(ow) || !isLetterByte(rest[len(ow)])) {
						v = n + 1
						i += len("thứ ") + len(ow)
						break
					}
				}
			}
			if w.st == styleAnnex && strings.HasPrefix(low, "số ") {
				// "Phụ lục số 1"
				k := i + len("số ")
				n := 0
				for k < len(s) && s[k] >= '0' && s[k] <= '9' {
					n = n*10 + int(s[k]-'0')
					k++
				}
				if n > 0 {
					v, i = n, k
				}
			}
		}
		if v <= 0 {
			return label{}, false
		}
		text := strings.TrimSpace(s[:i])
		var p byte
		if i < len(s) && (s[i] == '.' || s[i] == ':') {
			p = s[i]
			i++
		}
		// The word must end the label: nothing but a space, emphasis,
		// a dash or the end may follow.
		if i < len(s) && s[i] != ' ' && s[i] != '*' && s[i] != '_' {
			return label{}, false
		}
		if w.st == styleArticle && p == 0 {
			return label{}, false
		}
		if w.st == styleAnnex && !w.upper && p == 0 && !annexTitleFollows(s[i:]) {
			// "Phụ lục 2 kèm theo Kế hoạch này" is a reference that a
			// wrapped line starts with, not the heading of an annex.
			return label{}, false
		}
		return label{style: w.st, value: v, text: text, punct: p, size: i, words: true}, true
	}
	return label{}, false
}

// annexTitleFollows reports whether rest, what follows "Phụ lục N" in
// sentence case, lets it be an annex heading: nothing, a dash, or an
// upper-case title.
func annexTitleFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " *_")
	if rest == "" || isUpperText(rest) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '-' || r == '–' || r == '—'
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// ocrDigits maps characters that OCR commonly reads in place of a digit.
var ocrDigits = map[string]int{"Z": 7, "z": 7, "O": 0, "o": 0, "l": 1, "I": 1, "S": 5, "s": 5, "Š": 5, "B": 8, "G": 6, "g": 9, "q": 9}

// bulletMarker returns the bullet marker at the start of s ("-", "+",
// "•", "*") and the bytes up to the item's text, or "" if s does not
// start with a bullet.
func bulletMarker(s string) (string, int) {
	if s == "" {
		return "", 0
	}
	i := 0
	if s[0] == '\\' && len(s) > 1 && (s[1] == '-' || s[1] == '+' || s[1] == '*') {
		i = 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	var m string
	switch r {
	case '-', '–', '—', '−':
		m = "-"
	case '+':
		m = "+"
	case '•', '●', '▪', '◦', '·', '∙', '\uf0a7', '\uf0b7', '\uf0d8', '■', '□', '○', '➢', '➤', '►', '✓', '√',
		'❖', '◆', '♦', '⁃', '‣', '✔',
		// What text extraction makes of the Symbol and Wingdings bullets
		// of word processors.
		'Ø', '§':
		m = "•"
	case '¬':
		m = "-" // what OCR makes of a dash
	case '*':
		m = "*"
	case '_':
		// An OCR reading of a dash; "_text_" is Markdown emphasis, so
		// only with a space after it.
		if i+1 >= len(s) || s[i+1] != ' ' {
			return "", 0
		}
		m = "-"
	default:
		return "", 0
	}
	j := i + size
	if j < len(s) && s[j] != ' ' && s[j] != '\t' {
		// "-Tập trung": a dash fused to a capital letter is a bullet too;
		// "-5%", "--", "**bold**" are not.
		r2, _ := utf8.DecodeRuneInString(s[j:])
		if m != "-" || !isUpperLetter(r2) {
			return "", 0
		}
	}
	if j >= len(s) {
		return "", 0
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return m, j
}
