package parser

import (
	"unicode"
	"unicode/utf8"
)

// isUpperLetter reports whether r is an upper-case letter.
func isUpperLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// isLowerLetter reports whether r is a lower-case letter.
func isLowerLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isLetter reports whether r is a letter.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return true
		}
	}
	return false
}

// isDigit reports whether r is an ASCII digit.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isSuperscriptDigit reports whether r is one of ⁰¹²³⁴⁵⁶⁷⁸⁹, and returns
// its value.
func superscriptDigit(r rune) (int, bool) {
	switch r {
	case '⁰':
		return 0, true
	case '¹':
		return 1, true
	case '²':
		return 2, true
	case '³':
		return 3, true
	}
	if r >= '⁴' && r <= '⁹' {
		return int(r-'⁴') + 4, true
	}
	return 0, false
}

// firstRune returns the first rune of s after emphasis marks and
// opening quotes or brackets are skipped, and reports whether one exists.
func firstRune(s string) rune {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '*', '_', '"', '“', '‘', '\'', '(', '[', ' ', '\t', '\\':
			i += size
			continue
		}
		return r
	}
	return 0
}

// lastRune returns the last rune of s after trailing emphasis marks and
// white space are skipped.
func lastRune(s string) rune {
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		switch r {
		case '*', '_', ' ', '\t':
			j -= size
			continue
		}
		return r
	}
	return 0
}

// isUpperText reports whether s has at least two letters and no
// lower-case letter.
func isUpperText(s string) bool {
	letters := 0
	for _, r := range s {
		if isLowerLetter(r) {
			return false
		}
		if isLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isUpperWords reports whether s has no lower-case letter and at least
// two words made only of letters: an upper-case line of words, not a
// symbol such as "06/2022/NĐ-CP".
func isUpperWords(s string) bool {
	words := 0
	inWord, letters, pure := false, 0, true
	end := func() {
		if inWord && pure && letters >= 2 {
			words++
		}
		inWord, letters, pure = false, 0, true
	}
	for _, r := range s {
		switch {
		case isLowerLetter(r):
			return false
		case r == ' ':
			end()
		case isLetter(r):
			inWord = true
			letters++
		case r == ',' || r == '.' || r == ':' || r == ';':
			// punctuation after a word
		default:
			inWord = true
			pure = false
		}
	}
	end()
	return words >= 2
}

// endsSentence reports whether s ends with the end of a sentence: ".",
// "!", "?" or "…" (an ellipsis after a comma, ",...", does not count),
// possibly followed by a closing quote or bracket.
func endsSentence(s string) bool {
	j := len(s)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r == ' ' || r == '*' || r == '_' || r == '"' || r == '”' || r == '’' || r == ')' || r == ']' || r == '/' {
			j -= size
			continue
		}
		break
	}
	t := s[:j]
	switch {
	case len(t) >= 4 && t[len(t)-3:] == "..." && t[len(t)-4] == ',':
		return false
	case len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == '!' || t[len(t)-1] == '?'):
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '…'
}

// endsClause reports whether s ends with punctuation that closes a clause
// or a sentence: ". ! ? ; : …" or an ellipsis.
func endsClause(s string) bool {
	r := lastRune(s)
	switch r {
	case '.', '!', '?', ';', ':', '…', ')', '”', '"', ']':
		return true
	}
	return false
}

// runeWidth returns the number of runes in s.
func runeWidth(s string) int { return runeCount(s) }
