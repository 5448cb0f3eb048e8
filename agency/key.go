package agency

import (
	"bytes"
	"sort"
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
// A leading office title is dropped before the name of a body: "Giám đốc
// Sở Y tế", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã" and
// "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh" have the keys of the bodies
// ("sở y tế", "sở, ban, ngành", "ủy ban nhân dân các xã", ...). The
// office holder leads on behalf of the body, and analysts group and
// filter the tasks per body. A title alone or before a unit that is no
// body keeps its key ("Giám đốc", "Trưởng thôn", "Trưởng các thôn"). "Thủ tướng Chính
// phủ" is an authority of its own and keeps "thủ tướng".
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
	for i := titleLen(fl, bufs[1][:0]); i < len(fl); i++ {
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

// officeTitles are the titles of the office holders who lead a body on
// its behalf, folded: Key drops them before the body's name.
const officeTitles = "giám_đốc phó_giám_đốc tổng_giám_đốc thủ_trưởng chủ_tịch phó_chủ_tịch " +
	"chỉ_huy_trưởng phó_chỉ_huy_trưởng hiệu_trưởng phó_hiệu_trưởng trưởng phó_trưởng " +
	"bí_thư phó_bí_thư bộ_trưởng cục_trưởng vụ_trưởng viện_trưởng chánh_án chánh đồng_chí"

// titlesByFirst maps the first syllable of each office title to the
// syllables of the titles it starts, longest first.
var titlesByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, f := range strings.Fields(officeTitles) {
		syl := strings.Split(f, "_")
		m[syl[0]] = append(m[syl[0]], syl)
	}
	for _, ts := range m {
		sort.Slice(ts, func(i, j int) bool { return len(ts[i]) > len(ts[j]) })
	}
	return m
}()

// titleLen returns the number of fields of fl that are office titles
// (see officeTitles) followed by the name of a body, possibly after a
// determiner ("Giám đốc Sở Y tế", "Thủ trưởng các cơ quan", "Đồng chí
// Chủ tịch UBND tỉnh"; see startsBody); 0 if there are none or what
// follows them is no body ("Giám đốc", "Trưởng thôn"). buf is scratch
// memory.
func titleLen(fl []string, buf []byte) int {
	n := 0
	for n < len(fl) {
		m := titleAt(fl[n:], buf)
		if m == 0 {
			break
		}
		n += m
	}
	if n == 0 || n >= len(fl) {
		return 0
	}
	if !startsBody(fl[n], buf) && !(determiners[string(appendFold(buf[:0], fl[n]))] && n+1 < len(fl) && startsBody(fl[n+1], buf)) {
		return 0
	}
	return n
}

// titleAt returns the number of fields of the office title that starts
// fl, without punctuation, or 0. Most names start with no title: their
// first field is folded once and looked up.
func titleAt(fl []string, buf []byte) int {
	if len(fl[0]) > maxLookUp || !lookUpWord(fl[0]).titleStart {
		return 0
	}
	ts := titlesByFirst[string(appendFold(buf[:0], fl[0]))]
next:
	for _, t := range ts {
		if len(t) > len(fl) {
			continue
		}
		for i := 1; i < len(t); i++ {
			if string(appendFold(buf[:0], fl[i])) != t[i] {
				continue next
			}
		}
		return len(t)
	}
	return 0
}

// startsBody reports whether the field f may start the name of a body:
// it starts a head word or a collective noun ("Sở", "UBND", "cơ quan").
// buf is scratch memory.
func startsBody(f string, buf []byte) bool {
	core, _ := splitTrailing(f)
	low := appendFold(buf[:0], core)
	return heads.phrases[string(low)] != nil || collectives.phrases[string(low)] != nil
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
// chính"). An empty query matches every name. A query that starts with
// the head word of a body ("UBND xã", "Sở Y tế") names that body: it
// matches only names that start with it, not the bodies that carry it
// in their own names ("Văn phòng HĐND và UBND xã").
func Matches(query, name string) bool {
	q := strings.Fields(Key(query))
	if len(q) == 0 {
		return true
	}
	var buf [maxLookUp]byte
	anchored := startsBody(q[0], buf[:0])
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
	for i := 0; i+len(q) <= len(kw) && (i == 0 || !anchored); i++ {
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
