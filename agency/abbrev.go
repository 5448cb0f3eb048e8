package agency

import "strings"

// abbreviations maps the standard abbreviations of the names of
// ministries, departments and sectors, written compactly (lower case,
// without the "&", "," and "-" between their parts: "TN&MT", "TN & MT"
// and "TNMT" are all "tnmt"), to the folded names they stand for, as Key
// writes those names. They are abbreviations of the language of public
// administration, used by every province, not of one document.
var abbreviations = map[string]string{
	"tnmt":     "tài nguyên và môi trường",
	"nnptnt":   "nông nghiệp và phát triển nông thôn",
	"ptnt":     "phát triển nông thôn",
	"nnmt":     "nông nghiệp và môi trường",
	"khđt":     "kế hoạch và đầu tư",
	"khdt":     "kế hoạch và đầu tư",
	"lđtbxh":   "lao động - thương binh và xã hội",
	"ldtbxh":   "lao động - thương binh và xã hội",
	"vhttdl":   "văn hóa, thể thao và du lịch",
	"tttt":     "thông tin và truyền thông",
	"gdđt":     "giáo dục và đào tạo",
	"gddt":     "giáo dục và đào tạo",
	"khcn":     "khoa học và công nghệ",
	"khcnđmst": "khoa học, công nghệ và đổi mới sáng tạo",
	"khcndmst": "khoa học, công nghệ và đổi mới sáng tạo",
	"gtvt":     "giao thông vận tải",
	"dttg":     "dân tộc và tôn giáo",
}

// headAbbreviations are the abbreviations of two letters that stand for a
// department or ministry only as the whole name after "Sở" or "Bộ" ("Sở
// TC"): elsewhere they mean other things ("TP" is "thành phố" in "UBND
// TP", "TC" may be "tiêu chuẩn").
var headAbbreviations = map[string]string{
	"tc": "tài chính",
	"xd": "xây dựng",
	"yt": "y tế",
	"nv": "nội vụ",
	"tp": "tư pháp",
	"ct": "công thương",
}

// maxAbbrevFields bounds the fields of one abbreviation: "LĐ - TB & XH"
// has five.
const maxAbbrevFields = 7

// abbreviationAt returns the expansion of the longest abbreviation of
// abbreviations that the fields fs start with, the number of fields it
// takes and the punctuation after it, or 0 fields. Its parts may be
// separate fields joined by "-" or "&" fields or a comma ("LĐ - TB&XH",
// "VH, TT&DL"). A two-letter abbreviation of headAbbreviations counts
// when it is the last field and b, the key so far, ends with "sở" or
// "bộ".
func abbreviationAt(fs []string, b []byte) (string, int, string) {
	var buf [32]byte
	c := buf[:0]
	x, n, punct := "", 0, ""
	for j := 0; j < len(fs) && j < maxAbbrevFields; j++ {
		core, p := splitTrailing(fs[j])
		if core == "-" || core == "&" {
			if j == 0 || p != "" {
				break
			}
			continue
		}
		var ok bool
		if c, ok = appendCompact(c, core); !ok {
			break
		}
		if e := abbreviations[string(c)]; e != "" {
			x, n, punct = e, j+1, p
		}
		if p != "" && p != "," {
			break
		}
	}
	if n == 0 && len(fs) == 1 && endsWithWord(b, "sở", "bộ") {
		core, p := splitTrailing(fs[0])
		if c, ok := appendCompact(buf[:0], core); ok && len(c) == 2 {
			if e := headAbbreviations[string(c)]; e != "" {
				return e, 1, p
			}
		}
	}
	return x, n, punct
}

// abbreviates reports whether the folded word low may start an
// abbreviation: it has no vowel but "y" and no letter with diacritics
// but "đ". Words have vowels; the test spares them abbreviationAt.
func abbreviates(low []byte) bool {
	for _, c := range low {
		switch {
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u':
			return false
		case c >= 0x80 && c != 0xC4 && c != 0x91: // đ is C4 91
			return false
		}
	}
	return true
}

// appendCompact appends to c the letters of f in lower case, without the
// "&", "," and "-" between them, and reports whether f may be (a part of)
// an abbreviation: consonants without diacritics but "Đ", "y", and those
// marks, no more than c can hold. Words have vowels, and are rejected at
// the first one.
func appendCompact(c []byte, f string) ([]byte, bool) {
	letters := false
	for i := 0; i < len(f); i++ {
		switch ch := f[i]; {
		case 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z':
			switch ch | 0x20 {
			case 'a', 'e', 'i', 'o', 'u':
				// A word: the abbreviations are consonants, and "y".
				return c, false
			}
			c = append(c, ch|0x20)
		case ch == '&' || ch == ',' || ch == '-':
			continue
		case ch == 0xC4 && i+1 < len(f) && (f[i+1] == 0x90 || f[i+1] == 0x91): // Đ, đ
			c = append(c, 0xC4, 0x91)
			i++
		default:
			return c, false
		}
		letters = true
		if len(c) > 24 {
			return c, false
		}
	}
	return c, letters
}

// endsWithWord reports whether b ends with one of the words a and b2, as
// a whole word.
func endsWithWord(b []byte, a, b2 string) bool {
	for _, w := range [...]string{a, b2} {
		if n := len(b) - len(w); n >= 0 && string(b[n:]) == w && (n == 0 || b[n-1] == ' ') {
			return true
		}
	}
	return false
}

// andPairs are the standard names of two sectors joined by "và", which
// names also write without it ("Thông tin dữ liệu tài nguyên môi
// trường"): Key writes them with it.
var andPairs = [...][2]string{
	{"tài nguyên", "môi trường"},
	{"nông nghiệp", "môi trường"},
	{"nông nghiệp", "phát triển nông thôn"},
	{"kế hoạch", "đầu tư"},
	{"giáo dục", "đào tạo"},
	{"khoa học", "công nghệ"},
	{"thông tin", "truyền thông"},
	{"dân tộc", "tôn giáo"},
}

// endsSector reports whether the folded syllable low ends the second
// name of a pair of andPairs, so that insertAnd may apply.
func endsSector(low []byte) bool {
	switch string(low) {
	case "trường", "tư", "tạo", "nghệ", "thông", "giáo", "thôn":
		return true
	}
	return false
}

// insertAnd inserts "và" into the end of b, a key being written, if b
// ends with the two names of a pair of andPairs without it.
func insertAnd(b []byte) []byte {
	for _, p := range andPairs {
		first, second := p[0], p[1]
		n := len(b) - len(first) - 1 - len(second)
		if n < 0 || string(b[len(b)-len(second):]) != second {
			continue
		}
		if string(b[n:n+len(first)]) != first || b[n+len(first)] != ' ' || n > 0 && b[n-1] != ' ' {
			continue
		}
		b = append(b[:len(b)-len(second)], "và "...)
		return append(b, second...)
	}
	return b
}

// joinAround removes the spaces around "&" and "/" in s: "TN & MT" and
// "TN&MT", "Ban A /Ban B" and "Ban A/Ban B" are written alike.
func joinAround(s string) string {
	if strings.IndexByte(s, '&') < 0 && strings.IndexByte(s, '/') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		if !isSpace(r) {
			b = append(b, s[i:i+size]...)
			i += size
			continue
		}
		// A run of spaces: dropped before or after a joiner.
		j := i
		for j < len(s) {
			r, size := runeAt(s, j)
			if !isSpace(r) {
				break
			}
			j += size
		}
		if !(j < len(s) && (s[j] == '&' || s[j] == '/') || len(b) > 0 && (b[len(b)-1] == '&' || b[len(b)-1] == '/')) {
			b = append(b, s[i:j]...)
		}
		i = j
	}
	return string(b)
}
