package agency

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// expansion returns the expansion of an abbreviation of generic words in
// agency names, folded, or "". Abbreviations are expanded only as whole
// words: the "TW" of "26-NQ/TW" is part of a document number and stays.
func expansion(low []byte) string {
	switch string(low) {
	case "ubnd":
		return "ủy ban nhân dân"
	case "hđnd", "hdnd":
		return "hội đồng nhân dân"
	case "mttq":
		return "mặt trận tổ quốc"
	case "mttqvn":
		return "mặt trận tổ quốc việt nam"
	case "ubmttq":
		return "ủy ban mặt trận tổ quốc"
	case "ubmttqvn":
		return "ủy ban mặt trận tổ quốc việt nam"
	case "tw", "t.w", "t.ư":
		return "trung ương"
	case "tp", "tp.":
		return "thành phố"
	case "bql":
		return "ban quản lý"
	case "bhxh":
		return "bảo hiểm xã hội"
	case "kbnn":
		return "kho bạc nhà nước"
	case "tand":
		return "tòa án nhân dân"
	case "vksnd":
		return "viện kiểm sát nhân dân"
	}
	return ""
}

// Key returns the canonical key of an agency name, which groups the
// spellings of one agency: the name in NFC and lower case, with spaces
// collapsed, the tone marks of the vowel pairs oa, oe and uy placed on the
// first vowel ("Uỷ ban" and "Ủy ban", "hoà" and "hòa" give the same key),
// bracketed notes removed ("(b/c)", "(Quyết định số ...)"), the
// abbreviations of generic words expanded ("UBND" → "ủy ban nhân
// dân", "HĐND", "MTTQ", "TW" as a word → "trung ương", "TP." →
// "thành phố"), the standard abbreviations of the names of ministries
// and departments expanded ("Sở TN&MT", "Sở TNMT" → "sở tài nguyên và
// môi trường", "Sở LĐ-TB&XH", "Sở KH&ĐT", "Sở VH,TT&DL", "Bộ NN&PTNT",
// "Sở GTVT", and "Sở TC" as the whole name after "Sở" or "Bộ"; see
// abbreviations), "và" put between the two sectors of such a name where
// it is left out ("tài nguyên môi trường"), a leading "các" or "những"
// and surrounding punctuation and markup removed, dashes between words
// spaced as " - ", and the spaces around "&" and "/" removed.
//
// Qualifiers are kept: "Ủy ban nhân dân tỉnh" and "Ủy ban nhân dân thành
// phố X" are different bodies and have different keys. Key of a key is
// the key itself. Key("") is "".
func Key(name string) string {
	if !isVietnameseNFC(name) && !norm.NFC.IsNormalString(name) {
		name = norm.NFC.String(name)
	}
	for strings.IndexByte(name, '(') >= 0 || strings.IndexByte(name, '[') >= 0 {
		if n := trimName(dropBrackets(name)); n != "" {
			name = n
			break
		}
		// All of it is in brackets: "(Sở Y tế)".
		t := strings.TrimSpace(name)
		if len(t) < 2 || (t[0] != '(' && t[0] != '[') || (t[len(t)-1] != ')' && t[len(t)-1] != ']') {
			break
		}
		name = t[1 : len(t)-1]
	}
	name = trimName(name)
	if name == "" {
		return ""
	}
	name = joinAround(name)
	var bufs [2][128]byte
	b := bufs[0][:0]
	var fs [16]string
	first := true
	fl := fields(fs[:0], name)
	for i := 0; i < len(fl); i++ {
		core, punct := splitTrailing(fl[i])
		low := appendFold(bufs[1][:0], core)
		if first {
			if (string(low) == "các" || string(low) == "những") && punct == "" {
				continue
			}
			first = false
		}
		if abbreviates(low) {
			if x, n, p := abbreviationAt(fl[i:], b); n > 0 {
				if len(b) > 0 {
					b = append(b, ' ')
				}
				b = append(b, x...)
				b = append(b, p...)
				i += n - 1
				continue
			}
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		if x := expansion(low); x != "" {
			b = append(b, x...)
			if !bytes.HasSuffix(low, []byte(".")) {
				b = append(b, punct...)
			}
			continue
		}
		if bytes.HasPrefix(low, []byte("tp.")) && len(low) > 3 {
			// "TP.X"; "TP.&X" or "TP./X" as joinAround writes it again.
			b = append(b, "thành phố"...)
			low = low[3:]
			if low[0] != '&' && low[0] != '/' {
				b = append(b, ' ')
			}
		}
		b = append(b, low...)
		if endsSector(low) && punct == "" && !(i+1 < len(fl) && (fl[i+1] == "&" || strings.EqualFold(fl[i+1], "và"))) {
			// "khoa học công nghệ" ends the list of sectors here; in
			// "Khoa học Công nghệ và Môi trường" it does not.
			b = insertAnd(b)
		}
		b = append(b, punct...)
	}
	if len(b) == 0 {
		return fold(name) // only determiners: "Các"
	}
	return string(b)
}

// isVietnameseNFC reports whether s holds only ASCII characters and
// precomposed Vietnamese letters, and so is in NFC: none of them composes
// with the character before it.
func isVietnameseNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := runeAt(s, i)
		if !(r < vtabSize && vtab[r] != 0 || r == 'đ' || r == 'Đ') {
			return false
		}
		i += size
	}
	return true
}

// dropBrackets removes the bracketed parts of s. If the brackets of s
// do not pair up, it returns s unchanged.
func dropBrackets(s string) string {
	b := make([]byte, 0, len(s))
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			if depth == 0 {
				return s
			}
			depth--
		case depth == 0:
			b = append(b, c)
		}
	}
	if depth != 0 {
		return s
	}
	return string(b)
}

// trimName removes what surrounds a name: spaces, bullets, markup, quotes
// and trailing punctuation.
func trimName(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("-–—+•·*_#>\"“”'‘’,;:.", r)
	})
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("-–—+•·*_#\"“”'‘’,;:./", r)
	})
	return s
}

// fields appends to out the words and free-standing dashes of s, split at
// spaces. A dash or en dash between two words, the second capitalised, is
// a separate field ("Kế hoạch-Tài chính" → "Kế hoạch", "-", "Tài
// chính"), and so is a dash before a space ("Kế hoạch- Tài chính") or
// another dash; a hyphen inside a word ("các-bon") is kept.
func fields(out []string, s string) []string {
	start := -1
	prevLetter, prevDigit := false, false
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		switch {
		case isSpace(r):
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			prevLetter, prevDigit = false, false
		case r == '–' || r == '—' || r == '−' || r == '-':
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if r == '-' && (prevDigit || prevLetter && isWordRune(next) && !isUpper(next)) {
				prevLetter, prevDigit = false, false
				break // a hyphen inside a word: "các-bon", "26-NQ"
			}
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			out = append(out, "-")
			prevLetter, prevDigit = false, false
		default:
			if start < 0 {
				start = i
			}
			prevLetter = isLetter(r)
			prevDigit = !prevLetter && ('0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r))
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// splitTrailing splits f into a word and the punctuation after it.
func splitTrailing(f string) (string, string) {
	i := len(f)
	for i > 0 && strings.IndexByte(",;:", f[i-1]) >= 0 {
		i--
	}
	return f[:i], f[i:]
}

// Matches reports whether query, as a user types it to select an agency,
// matches the agency name or key. Both are compared by their [Key], so
// case, tone placement, "UBND" against "Ủy ban nhân dân" and spacing do
// not matter; the words of the query must occur in the name in order and
// next to each other, the last one possibly cut short ("sở tài" matches
// "Sở Tài chính" and "Sở Tài nguyên và Môi trường"; "UBND thành phố"
// matches "Ủy ban nhân dân thành phố X"). A query written without
// diacritics matches without them ("so tai chinh" matches "Sở Tài
// chính"). An empty query matches every name.
func Matches(query, name string) bool {
	q := strings.Fields(Key(query))
	if len(q) == 0 {
		return true
	}
	k := Key(name)
	if isASCII(strings.TrimSpace(query)) {
		k = toASCII(k)
		for i := range q {
			q[i] = toASCII(q[i])
		}
	}
	kw := strings.Fields(k)
	for i := range q {
		q[i] = strings.Trim(q[i], ",;:.")
	}
	for i := range kw {
		kw[i] = strings.Trim(kw[i], ",;:.")
	}
	last := len(q) - 1
outer:
	for i := 0; i+len(q) <= len(kw); i++ {
		for j := 0; j < last; j++ {
			if kw[i+j] != q[j] {
				continue outer
			}
		}
		if strings.HasPrefix(kw[i+last], q[last]) {
			return true
		}
	}
	return false
}
