package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece of a header or closing line: a cell of a table row, or a column
// of a line laid out with runs of spaces.
type part struct {
	s          string // trimmed, emphasis and rules removed
	start, end int    // source range
}

// rawCells returns the source ranges of the cells of a row block:
// "| a | b |" or "a | b".
func (p *parser) rawCells(b *block) []seg {
	return p.rowRanges(b, true)
}

// rowRanges returns the source ranges of the cells of a row block. In a
// Markdown table (md) a leading "|" opens the row; in a table flattened
// with " | " it closes an empty first cell.
func (p *parser) rowRanges(b *block, md bool) []seg {
	if b.cells != nil {
		// A row laid out with spaces: the first piece of each cell.
		out := make([]seg, len(b.cells))
		for i, c := range b.cells {
			if len(c) > 0 {
				out[i] = c[0]
			}
		}
		return out
	}
	var cells []seg
	for _, sg := range b.segs {
		s := p.text[sg.start:sg.end]
		i, end := 0, len(s)
		sep := byte('|')
		// A row of tab-separated cells; its trailing empty cells may
		// have been trimmed, leaving a single tab.
		if str := p.str[sg.start:sg.end]; strings.IndexByte(str, '\t') >= 0 && strings.IndexByte(str, '|') < 0 {
			sep = '\t'
			i = len(str) - len(strings.TrimLeft(str, " \t"))
		}
		if i < end && s[i] == '|' && md {
			i++
		}
		if end > i && s[end-1] == '|' && (end < 2 || s[end-2] != '\\') {
			end--
		}
		start := i
		for k := i; k <= end; k++ {
			if k == end || (s[k] == sep && (k == 0 || s[k-1] != '\\')) {
				a, z := start, k
				for a < z && (s[a] == ' ' || s[a] == '\t') {
					a++
				}
				for z > a && (s[z-1] == ' ' || s[z-1] == '\t') {
					z--
				}
				cells = append(cells, seg{sg.start + a, sg.start + z})
				start = k + 1
			}
		}
	}
	return cells
}

// rowCells returns the texts of the cells of a row block of a Markdown
// table (md) or of a table flattened with " | ".
func (p *parser) rowCells(b *block, md bool) []mapped {
	if b.cells != nil {
		cells := make([]mapped, len(b.cells))
		for i, c := range b.cells {
			if len(c) > 0 {
				cells[i] = trimMapped(segText(p.text, p.str, c, 0), "")
			}
		}
		return cells
	}
	raw := p.rowRanges(b, md)
	cells := make([]mapped, len(raw))
	for i, c := range raw {
		cells[i] = trimMapped(rangeText(p.text, p.str, c.start, c.end), "")
	}
	return cells
}

// parts splits a block into the pieces of its lines: cells, and columns
// separated by three or more spaces; decorative rules are dropped.
func (p *parser) parts(b *block) []part {
	var ranges []seg
	if b.kind == blockRow {
		ranges = p.rawCells(b)
	} else {
		ranges = b.segs
	}
	var out []part
	for _, r := range ranges {
		out = p.appendParts(out, r)
	}
	return out
}

// appendParts appends the pieces of the source range r, as parts finds
// them, to out.
func (p *parser) appendParts(out []part, r seg) []part {
	s := p.str[r.start:r.end]
	for _, c := range splitColumns(s) {
		t := cleanPart(s[c.start:c.end])
		if t == "" {
			continue
		}
		out = append(out, part{s: t, start: r.start + c.start, end: r.start + c.end})
	}
	return out
}

// splitColumns splits s at runs of three or more spaces, at tabs (the
// columns of a header or a signature that a word processor set with tab
// stops), at " | " and at HTML line breaks ("<br>", "<br/>", "<br />").
func splitColumns(s string) []seg {
	return appendColumns(nil, s)
}

// appendColumns appends the columns of s, as splitColumns finds them, to
// out.
func appendColumns(out []seg, s string) []seg {
	start := 0
	for i := 0; i < len(s); {
		if s[i] == '<' {
			if n := lineBreakTag(s[i:]); n > 0 {
				// "Nơi nhận:<br>- Bộ A;<br>- Lưu: VT." in a cell of a
				// table copied from the web: each line a part.
				out = append(out, seg{start, i})
				i += n
				start = i
				continue
			}
		}
		if s[i] == ' ' || s[i] == '\t' {
			j, tab := i, false
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				tab = tab || s[j] == '\t'
				j++
			}
			if !tab && j+1 < len(s) && s[j] == '*' && s[j+1] == '*' && strings.Count(s[start:i], "**")%2 == 0 && strings.TrimSpace(s[start:i]) != "" {
				// "BỘ GIÁO DỤC VÀ ĐÀO TẠO **TRƯỜNG ĐẠI HỌC …**": the bold
				// second line of a cell whose line break a copy lost.
				out = append(out, seg{start, i})
				start = j
				i = j + 2
				continue
			}
			if j-i >= 3 || tab || (j < len(s) && s[j] == '|' && j+1 < len(s) && s[j+1] == ' ') {
				if j < len(s) && s[j] == '|' {
					j++
				}
				out = append(out, seg{start, i})
				start = j
			}
			i = j
			continue
		}
		i++
	}
	return append(out, seg{start, len(s)})
}

// lineBreakTag returns the length of the HTML line break at the start of
// s ("<br>", "<BR/>", "<br />"), or 0.
func lineBreakTag(s string) int {
	if len(s) < 4 || s[0] != '<' || s[1]|0x20 != 'b' || s[2]|0x20 != 'r' {
		return 0
	}
	i := 3
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && s[i] == '/' {
		i++
	}
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	return 0
}

// cleanPart trims white space, emphasis, "#" marks and decorative rules
// ("-------", "___") from a piece of a header line.
func cleanPart(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.Trim(s, "*_# \t")
		t = strings.TrimRight(t, "-_=~ ")
		t = strings.TrimLeft(t, "-_=~ ")
		if t == s {
			break
		}
		s = t
	}
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether the words of s are set apart by single
// spaces, with no white space around them: joining the fields of s
// gives s back.
func singleSpaced(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// maxHeaderBlock bounds the size of a block that can hold header lines.
const maxHeaderBlock = 4096

// isHeaderBlock reports whether b holds header material: the motto, a
// number, a place and date, an upper-case issuer, or a table row.
func (p *parser) isHeaderBlock(b *block) bool {
	if b.end()-b.start() > maxHeaderBlock {
		return false
	}
	if b.kind == blockRow {
		// A row of the header laid out as a table, unless it is the
		// header of a table of tasks: a document may be that table alone.
		return !p.namesColumns(b)
	}
	if b.kind != blockText || b.lead != leadNone || isPreambleStart(b.firstText(p.str)) {
		return false
	}
	for _, pt := range p.parts(b) {
		if isMotto(pt.s) || numberOf(pt.s) != "" || isPlaceDate(pt.s) {
			return true
		}
		if _, ok := letterSubject(pt.s); ok {
			return true
		}
		if _, ok := addressLine(pt.s); ok {
			return true
		}
	}
	return false
}

// namesColumns reports whether the row b names the columns of a table of
// tasks or indicators: two of its cells or more have known roles, one of
// them the work, the lead or the indicator ("STT | Nhiệm vụ | Cơ quan chủ
// trì | …").
func (p *parser) namesColumns(b *block) bool {
	cells := p.rawCells(b)
	names := make([]string, len(cells))
	for i, c := range cells {
		names[i] = p.str[c.start:c.end]
	}
	known, key := columnRoles(names)
	return key && known >= 2
}

// isIssuerBlock reports whether b may be the issuer of a document
// written above the rest of its header: a short line or two of capitals,
// with no label, that open neither the preamble nor the body.
func (p *parser) isIssuerBlock(b *block) bool {
	if b.kind != blockText || b.lead != leadNone || len(b.segs) > 2 || b.end()-b.start() > maxIssuerBytes {
		return false
	}
	s := trimMarks(b.firstText(p.str))
	return isUpperText(s) && hasLetter(s) && !isPreambleStart(s) && !isMotto(s)
}

// maxIssuerBytes bounds the bytes of an issuer block.
const maxIssuerBytes = 160

// isTimestamp reports whether s is a date and time as signature stamps
// print them: "28-07-2026 18:08:51 +07:00", "2026-07-28T18:08:51+07:00".
func isTimestamp(s string) bool {
	colons, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ':':
			colons++
		case c == '-' || c == '/' || c == '.' || c == ' ' || c == '+' || c == 'T' || c == 'Z':
		default:
			return false
		}
	}
	return colons >= 2 && digits >= 12
}

// letterSubject returns the subject of an official letter from its
// "V/v ..." line (về việc, "regarding").
func letterSubject(s string) (string, bool) {
	t := strings.TrimLeft(s, "*_ ")
	if strings.HasPrefix(t, "V/v") || strings.HasPrefix(t, "V/V") {
		return strings.Trim(strings.TrimLeft(t[len("V/v"):], " :"), "*_ "), true
	}
	return "", false
}

// addressLine returns what follows "Kính gửi:" on the line that opens
// the addressees of a letter.
func addressLine(s string) (string, bool) {
	t := strings.TrimLeft(s, "*_ ")
	for _, w := range []string{"Kính gửi", "KÍNH GỬI"} {
		if strings.HasPrefix(t, w) {
			return strings.Trim(strings.TrimLeft(t[len(w):], " :*_"), "*_ "), true
		}
	}
	return "", false
}

// addAddressees adds the addressees named in s, one or several set apart
// by semicolons.
func (p *parser) addAddressees(s string) {
	for _, a := range splitTopLevel(s, ';') {
		if a = strings.Trim(a, "-+•*_.,; "); a != "" {
			p.doc.Meta.Addressees = append(p.doc.Meta.Addressees, a)
		}
	}
}

// header reads the issuer, motto, number, place and date from a header
// block; anything else goes to the notes.
func (p *parser) header(b *block) {
	m := &p.doc.Meta
	if b.md > 0 {
		// A Markdown heading above the header is the copier's note, unless
		// it is a line of the header itself ("## ĐẢNG CỘNG SẢN VIỆT NAM").
		s := p.blockText(b, 0).s
		if _, _, _, title := titleOf(s); title || hasLower(s) || runeWidth(s) > 80 {
			m.Notes = append(m.Notes, s)
			return
		}
	}
	parts := p.parts(b)
	// Join a piece that starts in lower case to the one before ("<nơi ban hành>,
	// ngày 22 tháng 7" / "năm 2022").
	joined := parts[:0]
	for _, pt := range parts {
		if r, _ := utf8.DecodeRuneInString(pt.s); isLowerLetter(r) && len(joined) > 0 {
			last := &joined[len(joined)-1]
			last.s += " " + pt.s
			last.end = pt.end
			continue
		}
		joined = append(joined, pt)
	}
	parts = joined
	if b.blankBefore || p.issuerMark < 0 {
		// The issuer as it was before this group of lines.
		p.issuerMark = len(m.Issuer)
	}
	for k := 0; k < len(parts); k++ {
		pt := parts[k]
		s := pt.s
		if isTimestamp(s) {
			// The stamp of a digital signature, "BỘ X / 28-07-2026
			// 18:08:51 +07:00": its lines are not the issuer's.
			if mark := min(p.issuerMark, len(m.Issuer)); mark < len(m.Issuer) {
				m.Notes = append(m.Notes, strings.TrimSpace(m.Issuer[mark:]))
				m.Issuer = strings.TrimSpace(m.Issuer[:mark])
				for len(p.issuerBodies) > 0 && p.issuerBodies[len(p.issuerBodies)-1] >= len(m.Issuer) {
					p.issuerBodies = p.issuerBodies[:len(p.issuerBodies)-1]
				}
			}
			m.Notes = append(m.Notes, s)
			continue
		}
		// "Số        -CTr/TU": a number left blank for the digital
		// signature, its two halves in two pieces.
		if strings.TrimRight(s, ":") == "Số" && k+1 < len(parts) && strings.Contains(parts[k+1].s, "/") {
			if n := numberOf(p.str[pt.start:parts[k+1].end]); n != "" {
				m.Number = n
				k++
				continue
			}
		}
		// "CHÍNH PHỦ CỘNG HÒA XÃ HỘI ...": issuer and motto in one piece.
		if k := mottoStart(s); k > 0 {
			p.issuerPart(strings.TrimSpace(s[:k]))
			s = s[k:]
		}
		if subj, ok := letterSubject(s); ok {
			m.Subject = subj
			if m.DocType == "" {
				m.DocType = "Công văn"
			}
			continue
		}
		if to, ok := addressLine(s); ok {
			p.addAddressees(to)
			p.addressOpen = to == ""
			continue
		}
		switch {
		case isMotto(s) || strings.HasSuffix(m.Motto, "XÃ HỘI") && strings.HasPrefix(s, "CHỦ NGHĨA"):
			if m.Motto != "" {
				m.Motto += " "
			}
			m.Motto += s
			// The motto's second line may share the piece.
		case numberOf(s) != "":
			m.Number = numberOf(s)
			if rest := afterNumber(s); rest != "" && isPlaceDate(rest) {
				p.placeDate(rest)
			}
		case isPlaceDate(s):
			p.placeDate(s)
		case isUpperText(s) && m.Number == "" && m.Date == "":
			// The issuer's lines, before the number and the date; in
			// some copies and layouts after the motto or between its
			// lines.
			p.issuerPart(s)
		default:
			m.Notes = append(m.Notes, s)
		}
	}
}

// issuerPart appends a line of the issuing body.
func (p *parser) issuerPart(s string) {
	if s == "" {
		return
	}
	m := &p.doc.Meta
	if m.Issuer != "" && startsBody(s) && !endsOpen(m.Issuer) {
		p.issuerBodies = append(p.issuerBodies, len(m.Issuer)+1)
	}
	if m.Issuer != "" {
		m.Issuer += " "
	}
	m.Issuer += s
}

// splitIssuer splits off the body above the issuer, when a line of the
// issuer's lines after the first starts a body of its own: "ỦY BAN NHÂN
// DÂN TỈNH NINH BÌNH" / "SỞ NỘI VỤ" is the department, under the
// province, which issues through it.
func (p *parser) splitIssuer() {
	m := &p.doc.Meta
	if len(p.issuerBodies) == 0 {
		return
	}
	k := p.issuerBodies[len(p.issuerBodies)-1]
	if k <= 0 || k >= len(m.Issuer) {
		return
	}
	m.Superior = strings.TrimSpace(m.Issuer[:k])
	m.Issuer = strings.TrimSpace(m.Issuer[k:])
}

// bodyHeads are the head words, in capitals, that start the name of a
// body on a line of a header: "SỞ NỘI VỤ", "ĐẢNG ỦY XÃ …", "BAN TUYÊN
// GIÁO". A place ("TỈNH QUẢNG TRỊ", "THÀNH PHỐ HUẾ") continues the name
// above it.
var bodyHeads = []string{
	"SỞ", "PHÒNG", "BAN", "CỤC", "CHI CỤC", "TỔNG CỤC", "VỤ", "VIỆN", "VĂN PHÒNG",
	"TRUNG TÂM", "TRƯỜNG", "BỆNH VIỆN", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG ĐOÀN", "TỈNH ỦY",
	"TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY", "HUYỆN UỶ", "QUẬN ỦY", "QUẬN UỶ",
	"THỊ ỦY", "THỊ UỶ", "CHI BỘ", "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "BỘ",
	"THANH TRA", "KHO BẠC", "CÔNG AN", "HỘI", "LIÊN ĐOÀN", "ĐOÀN", "TỈNH ĐOÀN",
	"QUỸ", "ĐÀI", "BÁO", "HẢI QUAN", "BẢO HIỂM XÃ HỘI", "CHI NHÁNH", "NGÂN HÀNG",
	"ĐẠI HỌC", "HỌC VIỆN", "THUẾ", "THỐNG KÊ",
}

// startsBody reports whether s, a line of a header, starts with the head
// word of a body (see bodyHeads).
func startsBody(s string) bool {
	for _, h := range bodyHeads {
		if strings.HasPrefix(s, h) && len(s) > len(h) && s[len(h)] == ' ' {
			return true
		}
	}
	return false
}

// endsOpen reports whether s ends where its name cannot: "BỘ TÀI
// NGUYÊN VÀ", "SỞ VĂN HÓA,", "BỘ LAO ĐỘNG -".
func endsOpen(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, " VÀ") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-")
}

// partyMotto heads the documents of the Party's bodies where the
// national motto heads those of the State.
const partyMotto = "ĐẢNG CỘNG SẢN VIỆT NAM"

// mottoStart returns where the national motto, or the Party's heading
// that takes its place, starts in s, or -1.
func mottoStart(s string) int {
	for _, w := range []string{"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"} {
		if k := strings.Index(s, w); k >= 0 {
			return k
		}
	}
	// As OCR reads it, marks lost or misplaced: "CONG HÒA XÃ HỘI".
	for k := strings.IndexByte(s, 'C'); k >= 0; {
		if foldedPrefix(s[k:], "CỘNG HÒA XÃ HỘI") {
			return k
		}
		next := strings.IndexByte(s[k+1:], 'C')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	if k := foldedSuffix(s, partyMotto); k >= 0 {
		return k
	}
	return -1
}

// foldedPrefix reports whether s starts with prefix, letters compared on
// the letters they are written on (see foldedSuffix).
func foldedPrefix(s, prefix string) bool {
	i := 0
	for _, w := range prefix {
		if i >= len(s) {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != w && baseLetter(r) != baseLetter(w) {
			return false
		}
		i += n
	}
	return true
}

// foldedSuffix returns where s ends with suffix, letters compared on the
// letters they are written on ("ĐÁNG" for "ĐẢNG", as OCR reads it), or -1.
func foldedSuffix(s, suffix string) int {
	i, j := len(s), len(suffix)
	for j > 0 {
		if i == 0 {
			return -1
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		w, m := utf8.DecodeLastRuneInString(suffix[:j])
		if r != w && baseLetter(r) != baseLetter(w) {
			return -1
		}
		i, j = i-n, j-m
	}
	if i > 0 && s[i-1] != ' ' {
		return -1
	}
	return i
}

// isMotto reports whether s is a line of the national motto.
func isMotto(s string) bool {
	if mottoStart(s) == 0 {
		return true
	}
	low := strings.ToLower(s)
	return strings.HasPrefix(low, "độc lập") && strings.Contains(low, "tự do")
}

// numberOf returns the number and symbol of a "Số: 28/CTr-UBND" line, or
// "" if s is not one.
func numberOf(s string) string {
	t := strings.TrimLeft(s, "*_ ")
	if !strings.HasPrefix(t, "Số") && !strings.HasPrefix(t, "SỐ") {
		return ""
	}
	t = strings.TrimLeft(t[len("Số"):], " ")
	t = strings.TrimLeft(strings.TrimPrefix(t, ":"), " ")
	// The number runs to the next run of spaces, the end, or a word with
	// no digit, slash or hyphen, which starts the place: "Số 34-NQ/TU Hà
	// Nội, ngày ...". A space inside it is dropped: "134 /KH-UBND".
	end := len(t)
	for i := 0; i+1 < len(t); i++ {
		if t[i] == ' ' && t[i+1] == ' ' {
			end = i
			break
		}
	}
	f := strings.Fields(trimMarks(t[:end]))
	for k := 1; k < len(f); k++ {
		if !strings.ContainsAny(f[k], "0123456789/-") {
			f = f[:k]
			break
		}
	}
	num := strings.Join(f, "")
	// "28/CTr-UBND", "/KH-UBND" and "-CTr/TU" (blank number), "30/2021/NQ-HĐND".
	if !strings.Contains(num, "/") && !strings.Contains(num, "-") {
		return ""
	}
	if k := strings.IndexAny(num, ",;"); k >= 0 {
		num = num[:k]
	}
	r, _ := utf8.DecodeRuneInString(num)
	if !isDigit(r) && r != '/' && r != '-' {
		return ""
	}
	return num
}

// afterNumber returns what follows the number on a "Số: ..." piece: the
// first word with no digit, slash or hyphen, and the rest.
func afterNumber(s string) string {
	t := strings.TrimLeft(s, "*_ ")
	t = strings.TrimLeft(t[len("Số"):], " :")
	i := strings.IndexByte(t, ' ')
	if i < 0 {
		return ""
	}
	for i < len(t) {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			j = len(t) - i
		}
		if !strings.ContainsAny(t[i:i+j], "0123456789/-") {
			break
		}
		i += j
	}
	return strings.TrimSpace(t[i:])
}

// isPlaceDate reports whether s reads "<place>, ngày <d> tháng <m> năm
// <y>", with nothing after the year: "Ngày 09 tháng 6 năm 2025, Chính
// phủ ban hành ..." opens a paragraph.
func isPlaceDate(s string) bool {
	low := strings.ToLower(s)
	i := strings.Index(low, "ngày")
	if i < 0 || runeWidth(s) >= 80 || runeWidth(s[:i]) > 40 || !strings.Contains(low[i:], "tháng") || isPreambleStart(s) {
		return false
	}
	k := strings.LastIndex(low, "năm")
	if k < i {
		return false
	}
	rest := strings.TrimLeft(low[k+len("năm"):], " ")
	rest = strings.TrimLeft(rest, "0123456789")
	return strings.Trim(rest, " .,;:)*_") == ""
}

// placeDate reads the place and the date of issue.
func (p *parser) placeDate(s string) {
	m := &p.doc.Meta
	low := strings.ToLower(s)
	i := strings.Index(low, "ngày")
	place := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[:i]), ","))
	if place != "" && m.Place == "" {
		m.Place = trimMarks(place)
	}
	if d, ok := vietDate(s[i:]); ok && m.Date == "" {
		m.Date = d
	}
}

// vietDate reads "ngày 06 tháng 8 năm 2024" (or "ngày 06/8/2024") at the
// start of s and returns the ISO date.
func vietDate(s string) (string, bool) {
	f := strings.Fields(strings.ToLower(s))
	num := func(w string) (int, bool) {
		w = strings.Trim(w, ",.;)*_")
		n, err := strconv.Atoi(w)
		return n, err == nil
	}
	var d, mo, y int
	var ok1, ok2, ok3 bool
	for k := 0; k+1 < len(f); k++ {
		switch f[k] {
		case "ngày":
			if !ok1 {
				if strings.Count(f[k+1], "/") == 2 {
					ps := strings.Split(strings.Trim(f[k+1], ",.;)"), "/")
					d, ok1 = num(ps[0])
					mo, ok2 = num(ps[1])
					y, ok3 = num(ps[2])
					continue
				}
				d, ok1 = num(f[k+1])
			}
		case "tháng":
			if !ok2 {
				mo, ok2 = num(f[k+1])
			}
		case "năm":
			if !ok3 {
				y, ok3 = num(f[k+1])
			}
		}
	}
	if !ok1 || !ok2 || !ok3 || d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1900 || y > 2200 {
		return "", false
	}
	return isoDate(y, mo, d), true
}

// isoDate formats a date as YYYY-MM-DD.
func isoDate(y, m, d int) string {
	b := make([]byte, 0, 10)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
	return string(b)
}
