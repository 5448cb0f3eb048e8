package agency

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role is what a column of an annex table, or an explicit field inside a
// task, holds. The zero value is RoleOther.
type Role uint8

// The roles.
const (
	RoleOther       Role = iota // anything else
	RoleIndex                   // the row number: "TT", "STT"
	RoleGroup                   // a group of tasks: "Nhóm hoạt động", "Lĩnh vực"
	RoleTask                    // the task: "Nhiệm vụ", "Nội dung công việc", "Hoạt động"
	RoleLead                    // the lead agency: "Cơ quan chủ trì", "Đơn vị chủ trì"
	RoleCooperating             // cooperating agencies: "Cơ quan phối hợp"
	RoleExecutor                // who carries out, lead and others together: "Cơ quan thực hiện"
	RoleTime                    // when: "Thời gian", "Thời gian thực hiện", "Tiến độ"
	RoleDeadline                // by when: "Thời gian hoàn thành", "Thời hạn", "Thời gian trình"
	RoleProduct                 // the output: "Sản phẩm", "Đầu ra chủ yếu"
	RoleFunding                 // the money: "Kinh phí", "Nguồn kinh phí"
	RoleIndicator               // the indicator: "Chỉ tiêu", "Tên chỉ tiêu"
	RoleUnit                    // the unit of measure: "Đơn vị tính", "ĐVT", "Đơn vị"
	RoleTarget                  // the target value: "Mục tiêu", "Kế hoạch năm 2025"
	RoleResult                  // the value reached: "Kết quả", "Thực hiện năm 2023"
	RoleNote                    // "Ghi chú"
)

var roleNames = [...]string{
	RoleOther:       "other",
	RoleIndex:       "index",
	RoleGroup:       "group",
	RoleTask:        "task",
	RoleLead:        "lead",
	RoleCooperating: "cooperating",
	RoleExecutor:    "executor",
	RoleTime:        "time",
	RoleDeadline:    "deadline",
	RoleProduct:     "product",
	RoleFunding:     "funding",
	RoleIndicator:   "indicator",
	RoleUnit:        "unit",
	RoleTarget:      "target",
	RoleResult:      "result",
	RoleNote:        "note",
}

// String returns the name of r in lower case, such as "lead".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "Role(" + string(rune('0'+r%10)) + ")"
}

// ColumnRole classifies the header cell of an annex table by what its
// column holds. Case, spacing, tone placement, markup and a trailing
// colon do not matter. Unknown headers give RoleOther.
//
// A header naming an agency column is read by its verb: "chủ trì" makes
// it RoleLead ("Cơ quan chủ trì", "Cơ quan chủ trì thực hiện", "Cơ quan
// chủ trì theo dõi, đánh giá"), "phối hợp" RoleCooperating, "thực hiện"
// or "trách nhiệm" after "cơ quan" or "đơn vị" RoleExecutor. "Đơn vị"
// alone is the unit of measure of an indicator table. "Kết quả" is
// RoleResult: in a table of tasks (one with a RoleTask column) it holds
// the expected output, in a table of indicators the value reached; the
// caller tells them apart by the other columns.
func ColumnRole(header string) Role {
	return classify(header)
}

func classify(header string) Role {
	h := normHeader(header)
	if h == "" {
		return RoleOther
	}
	has := func(s string) bool { return containsWords(h, s) }
	starts := func(s string) bool {
		return strings.HasPrefix(h, s) && (len(h) == len(s) || h[len(s)] == ' ' || h[len(s)] == ',')
	}
	switch h {
	case "tt", "stt", "số tt", "số thứ tự", "thứ tự", "no", "#":
		return RoleIndex
	case "đơn vị", "đơn vị tính", "đvt", "đơn vị đo":
		return RoleUnit
	case "ghi chú":
		return RoleNote
	}
	lead, coop := strings.Index(h, "chủ trì"), strings.Index(h, "phối hợp")
	switch {
	case lead >= 0 && (coop < 0 || lead < coop):
		return RoleLead
	case coop >= 0:
		return RoleCooperating
	case starts("chủ đầu tư"):
		return RoleLead // the investor, who carries out the project
	}
	agencyHeader := starts("cơ quan") || starts("đơn vị") || starts("cơ quan, đơn vị") ||
		starts("trách nhiệm") || starts("bộ phận")
	switch {
	case starts("thời gian") || starts("thời hạn") || starts("tiến độ") || starts("hạn") ||
		starts("lộ trình") || starts("năm"):
		if has("hoàn thành") || has("trình") || starts("thời hạn") || starts("hạn") {
			return RoleDeadline
		}
		if starts("năm") && !has("thực hiện") {
			if hasYear(h) {
				return RoleTarget // "Năm 2030" over the values of indicators
			}
			return RoleOther
		}
		return RoleTime
	case agencyHeader && (has("thực hiện") || has("trách nhiệm") || has("đầu mối") ||
		has("được giao") || h == "cơ quan" || h == "cơ quan, đơn vị"):
		return RoleExecutor
	case starts("trách nhiệm") || starts("phân công"):
		return RoleExecutor
	case starts("sản phẩm") || starts("đầu ra") || starts("hình thức") ||
		starts("kết quả dự kiến") || starts("kết quả đầu ra"):
		return RoleProduct
	case has("kinh phí") || has("nguồn vốn") || starts("dự toán") || starts("nguồn lực"):
		return RoleFunding
	case starts("nhóm") || starts("lĩnh vực"):
		return RoleGroup
	case starts("nhiệm vụ") || starts("nội dung") || starts("hoạt động") ||
		starts("công việc") || starts("tên nhiệm vụ") || starts("tên đề án") ||
		starts("tên dự án") || starts("giải pháp") || starts("đề án") || starts("dự án"):
		return RoleTask
	case starts("chỉ tiêu") || starts("tên chỉ tiêu") || starts("chỉ số") || starts("tiêu chí"):
		if hasYear(h) || has("kế hoạch") || has("phấn đấu") || has("cần đạt") {
			return RoleTarget
		}
		return RoleIndicator
	case starts("mục tiêu") || starts("kế hoạch") || starts("phấn đấu") || starts("chỉ tiêu kế hoạch") ||
		starts("giá trị") || has("phấn đấu") || has("cần đạt"):
		// "Kết quả phấn đấu", "Kết quả cần đạt": the value to reach.
		return RoleTarget
	case starts("kết quả") || starts("thực hiện") || starts("ước thực hiện") || starts("ước") ||
		starts("ước tính") || starts("thực tế"):
		return RoleResult
	}
	return RoleOther
}

// normHeader folds a header cell: lower case, unified tone marks, no
// markup, brackets removed with their content, spaces collapsed, and no
// trailing colon or period. "/" becomes a space.
func normHeader(s string) string {
	b := make([]byte, 0, len(s))
	depth := 0
	space := true
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
			continue
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
			continue
		case depth > 0:
			continue
		case r == '*' || r == '_' || r == '#' || r == '`' || r == '"' || r == '“' || r == '”' || r == '|':
			continue
		case r == '/' || isSpace(r):
			if !space {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		b = utf8.AppendRune(b, r)
		space = false
	}
	b = bytes.TrimRight(b, " :.;")
	return string(bytes.TrimSpace(appendFold(make([]byte, 0, len(b)), string(b))))
}

// containsWords reports whether phrase occurs in h at word boundaries.
func containsWords(h, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(h[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(phrase)
		if (j == 0 || h[j-1] == ' ' || h[j-1] == ',') && (end == len(h) || h[end] == ' ' || h[end] == ',') {
			return true
		}
		i = j + 1
	}
}

// hasYear reports whether h holds a number of four digits.
func hasYear(h string) bool {
	n := 0
	for i := 0; i < len(h); i++ {
		if '0' <= h[i] && h[i] <= '9' {
			n++
			if n == 4 && (i+1 == len(h) || h[i+1] < '0' || h[i+1] > '9') {
				return true
			}
			continue
		}
		n = 0
	}
	return false
}

// Field is an explicit field inside a task, such as "Cơ quan chủ trì: Sở
// Nội vụ;", as read by [ParseField]. The zero value is no field.
type Field struct {
	// Role says what the field holds: RoleLead, RoleCooperating,
	// RoleExecutor, RoleTime, RoleDeadline, RoleProduct or RoleFunding.
	Role Role
	// Name is the field's name as written, such as "Cơ quan chủ trì".
	Name string
	// Value is the text after the colon, without surrounding spaces and
	// trailing ";" or ".", up to the end of the text or the next field.
	Value string
	// ValueStart is the byte offset of Value in the parsed text.
	ValueStart int
	// End is the byte offset where the field ends: the end of the text, or
	// the start of the next field on the same line. Parse text[End:] to
	// read the next field.
	End int
}

// fieldRoles are the roles a field may have.
func fieldRole(r Role) bool {
	switch r {
	case RoleLead, RoleCooperating, RoleExecutor, RoleTime, RoleDeadline, RoleProduct, RoleFunding:
		return true
	}
	return false
}

// maxFieldName bounds the length in bytes of a field name.
const maxFieldName = 80

// ParseField reads an explicit field at the start of text: a name that
// [ColumnRole] classifies as an agency, time, product or funding role,
// then a colon and the value: "Cơ quan chủ trì: Sở Nội vụ;", "Đơn vị
// phối hợp: ...", "Cơ quan thực hiện: Các cơ quan, đơn vị ...", "Thời
// gian thực hiện: Thường xuyên", "Thời gian hoàn thành: Quý IV/2024",
// "Sản phẩm: ...". The name is matched without regard to case. Bullets
// and point labels before the name ("- ", "b) ", "a) a) ") are skipped.
//
// Several fields may share a line ("a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ
// quan phối hợp: ..."): the value then stops before the next field, and
// text[f.End:] holds it. ParseField reports false if text does not start
// with a field.
func ParseField(text string) (Field, bool) {
	if strings.IndexByte(text, ':') < 0 {
		return Field{}, false // most text: no colon, no field
	}
	start := skipLabels(text, 0)
	// A colon within maxFieldName bytes, with no ";" or line break before.
	head := text[start:min(len(text), start+maxFieldName+1)]
	k := strings.IndexByte(head, ':')
	if k < 0 || strings.IndexByte(head[:k], ';') >= 0 || strings.IndexByte(head[:k], '\n') >= 0 {
		return Field{}, false
	}
	colon := start + k
	name := strings.TrimSpace(strings.Trim(text[start:colon], "*_ "))
	if wordCount(name) > 8 || strings.Contains(name, ". ") {
		// "Xây dựng đề án. Đơn vị chủ trì: …" is a sentence, then a
		// field inside the text (see nextField).
		return Field{}, false
	}
	r := classify(name)
	if !fieldRole(r) || HeadLen(name) > 0 {
		return Field{}, false // "Sở A chủ trì:" is a clause, not a field
	}
	vs := colon + 1
	for vs < len(text) && (text[vs] == ' ' || text[vs] == '\t' || text[vs] == '*' || text[vs] == '_') {
		vs++
	}
	end := nextField(text, vs)
	v := text[vs:end]
	v = strings.TrimRightFunc(v, func(r rune) bool {
		return isSpace(r) || r == ';' || r == '.' || r == ',' || r == '*' || r == '_'
	})
	return Field{Role: r, Name: name, Value: v, ValueStart: vs, End: end}, true
}

// nextField returns the offset of the next field after offset i in text,
// or len(text): a field name, after a ";", a point label or the start of a
// line, followed by a colon.
func nextField(text string, i int) int {
	for c := i; c < len(text); c++ {
		if text[c] != ':' {
			continue
		}
		// Look back for the separator before the candidate name.
		lo := c - maxFieldName
		if lo < i {
			lo = i
		}
		sep := -1
		for j := c - 1; j >= lo; j-- {
			if text[j] == ';' || text[j] == '\n' || text[j] == '.' {
				sep = j + 1
				break
			}
		}
		if sep < 0 {
			// No separator: a label such as "b)" may start the name.
			for j := c - 1; j > lo; j-- {
				if text[j] == ')' && (j+1 == len(text) || text[j+1] == ' ') && labelBefore(text, j) >= lo {
					sep = labelBefore(text, j)
					break
				}
			}
		}
		if sep < 0 {
			continue
		}
		ns := skipLabels(text, sep)
		if ns >= c {
			continue
		}
		name := strings.TrimSpace(strings.Trim(text[ns:c], "*_ "))
		if wordCount(name) <= 8 && fieldRole(classify(name)) && HeadLen(name) == 0 {
			// The field starts at its label, after the separator's spaces.
			for sep < c && text[sep] == ' ' {
				sep++
			}
			return sep
		}
	}
	return len(text)
}

// labelBefore returns the start of a point label ending with ")" at j,
// such as "b" in "b)", or -1.
func labelBefore(text string, j int) int {
	k := j
	for k > 0 && j-k < 4 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k -= size
	}
	if k == j || (k > 0 && text[k-1] != ' ' && text[k-1] != '(') {
		return -1
	}
	if k > 0 && text[k-1] == '(' {
		k--
	}
	return k
}

// skipLabels returns the offset after the bullets and point labels at
// offset i of text: "- ", "+ ", "• ", "a) ", "b. ", "1. ", "(2) ", and
// OCR doublings such as "a) a) " or "6 b) ".
func skipLabels(text string, i int) int {
	for n := 0; n < 4; n++ {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '*' || text[i] == '_') {
			i++
		}
		if i >= len(text) {
			return i
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '-', '+', '•', '–':
			i += size
			continue
		}
		j := i
		if text[j] == '(' {
			j++
		}
		k := j
		for k < len(text) && k-j < 4 {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			k += size
		}
		if k == j || k >= len(text) {
			return i
		}
		if (text[k] == ')' || text[k] == '.') && k+1 < len(text) && text[k+1] == ' ' {
			i = k + 1
			continue
		}
		// A lone page or line number of OCR before a label: "6 b) ".
		if text[k] == ' ' && isDigits(text[j:k]) && isLabelAt(text, k+1) {
			i = k
			continue
		}
		return i
	}
	return i
}

// isLabelAt reports whether a point label such as "b) " starts at i.
func isLabelAt(text string, i int) bool {
	k := i
	for k < len(text) && k-i < 4 {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k += size
	}
	return k > i && k+1 < len(text) && text[k] == ')' && text[k+1] == ' '
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// wordCount returns the number of space-separated words of s, as
// strings.Fields splits them.
func wordCount(s string) int {
	n := 0
	space := true
	for _, r := range s {
		if isSpace(r) {
			space = true
		} else if space {
			space = false
			n++
		}
	}
	return n
}
