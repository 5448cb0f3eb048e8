package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
)

// typeWords are the document types that open a title line, upper case,
// with their names in sentence case. Longer entries come first.
var typeWords = []struct{ upper, name string }{
	{"CHƯƠNG TRÌNH", "Chương trình"},
	{"KẾ HOẠCH", "Kế hoạch"},
	{"QUYẾT ĐỊNH", "Quyết định"},
	{"NGHỊ QUYẾT", "Nghị quyết"},
	{"NGHỊ ĐỊNH", "Nghị định"},
	{"THÔNG BÁO", "Thông báo"},
	{"THÔNG TƯ", "Thông tư"},
	{"CHỈ THỊ", "Chỉ thị"},
	{"BÁO CÁO", "Báo cáo"},
	{"TỜ TRÌNH", "Tờ trình"},
	{"HƯỚNG DẪN", "Hướng dẫn"},
	{"KẾT LUẬN", "Kết luận"},
	{"ĐỀ ÁN", "Đề án"},
	{"PHƯƠNG ÁN", "Phương án"},
	{"CHIẾN LƯỢC", "Chiến lược"},
	{"QUY CHẾ", "Quy chế"},
	{"QUY ĐỊNH", "Quy định"},
	{"CÔNG VĂN", "Công văn"},
	{"LUẬT", "Luật"},
	{"ĐIỀU LỆ", "Điều lệ"},
}

// titleOf reports whether s is a title line: upper case words that start
// with a document type ("KẾ HOẠCH HÀNH ĐỘNG"). It returns the document
// type, the title (the upper-case words) and the rest of the line, which
// is the start of the subject when title and subject share a line.
func titleOf(s string) (docType, title, rest string, ok bool) {
	if t := trimMarksLeft(s); t != "" && !mayStartType(t[0]) {
		return "", "", "", false
	}
	s = strings.TrimSpace(trimMarks(s))
	for _, w := range typeWords {
		if !strings.HasPrefix(s, w.upper) {
			continue
		}
		after := s[len(w.upper):]
		if after != "" && after[0] != ' ' {
			return "", "", "", false
		}
		// The title runs over the upper-case words.
		title, rest = upperPrefix(s)
		if strings.HasSuffix(title, ":") {
			return "", "", "", false // "QUYẾT ĐỊNH:" is the enacting formula
		}
		if rest != "" && !isUpperText(title) {
			return "", "", "", false
		}
		if rest == "" && !isUpperText(s) {
			return "", "", "", false
		}
		return w.name, title, rest, true
	}
	return "", "", "", false
}

// mayStartType reports whether a line whose first byte after the
// emphasis marks is c can open with a document type: c is the first
// byte of one, white space that titleOf trims, or the first byte of a
// character outside ASCII ("Đ", or a Unicode space).
func mayStartType(c byte) bool {
	switch c {
	case 'C', 'K', 'Q', 'N', 'T', 'B', 'H', 'P', 'L', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return c >= utf8.RuneSelf
}

// upperPrefix splits s after its leading run of upper-case words.
func upperPrefix(s string) (string, string) {
	words := strings.Fields(s)
	n := 0
	for n < len(words) && !hasLower(words[n]) {
		n++
	}
	// A trailing word that is a number or symbol belongs to the title.
	if n == len(words) {
		return s, ""
	}
	return strings.Join(words[:n], " "), strings.Join(words[n:], " ")
}

func hasLower(s string) bool {
	for _, r := range s {
		if isLowerLetter(r) {
			return true
		}
	}
	return false
}

// preambleWords open the legal basis and introduction of a document.
var preambleWords = []string{"Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị", "Xét", "Trên cơ sở", "Nhằm", "Để", "Ngày", "Sau khi", "Thi hành", "Tiếp theo"}

// isPreambleStart reports whether s opens with the words of a legal
// basis or an introduction.
func isPreambleStart(s string) bool {
	s = strings.TrimLeft(s, "*_ ")
	for _, w := range preambleWords {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || s[len(w)] == ' ' || s[len(w)] == ',') {
			return true
		}
	}
	return false
}

// isNote reports whether s is a note of attachment: "(Kèm theo ...)",
// "(Ban hành kèm theo ...)".
func isNote(s string) bool {
	s = trimMarksLeft(s)
	if !strings.HasPrefix(s, "(") {
		return false
	}
	low := strings.ToLower(s[1:])
	return strings.HasPrefix(low, "kèm theo") || strings.HasPrefix(low, "ban hành kèm") || strings.HasPrefix(low, "ban hành theo")
}

// isEnacting reports whether s is the enacting formula of a legal
// document: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "NGHỊ QUYẾT:".
func isEnacting(s string) bool {
	s = strings.TrimSpace(trimMarks(s))
	if !strings.HasSuffix(s, ":") || !isUpperText(s) || runeWidth(s) > 30 {
		return false
	}
	w := strings.TrimSpace(strings.TrimSuffix(s, ":"))
	switch w {
	case "QUYẾT ĐỊNH", "QUYẾT NGHỊ", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO", "KẾT LUẬN", "BAN HÀNH":
		return true
	}
	return false
}

// front reads the front matter from block i: for the main document the
// header (issuer, motto, number, place and date), then for any document
// the title, subject, note of attachment, enacting authority, preamble
// and enacting formula. It returns the index of the first body block.
func (p *parser) front(bl []*block, i int, main bool, att *model.Attachment) int {
	m := &p.doc.Meta
	// Find the title.
	titleAt := -1
	for k := i; k < len(bl) && k < i+30; k++ {
		b := bl[k]
		if b.kind != blockText {
			continue
		}
		s := b.firstText(p.str)
		if _, _, _, ok := titleOf(s); ok && b.lead == leadNone {
			if main && b.md > 0 && p.headerAfter(bl, k+1, i+30) {
				// "# KẾ HOẠCH SỐ 12 ... — BẢN TEXT" above the document's
				// own header: a note of whoever copied it.
				continue
			}
			titleAt = k
			break
		}
		if b.lead != leadNone || isPreambleStart(s) || isClosingBlock(s) || isEnacting(s) {
			break
		}
	}
	if main {
		end := titleAt
		if end < 0 {
			end = i
			// The issuer in capitals on lines of its own ("BỘ Y TẾ"),
			// when the header's other lines follow.
			for k := i; k < i+3 && k+1 < len(bl) && p.isIssuerBlock(bl[k]); k++ {
				if bl[k+1].kind == blockText && p.isHeaderBlock(bl[k+1]) {
					end = k + 1
					break
				}
			}
			for end < len(bl) && p.isHeaderBlock(bl[end]) {
				end++
			}
		}
		for k := i; k < end; k++ {
			if bl[k].kind == blockFootnote {
				p.addFootnote(bl[k])
				continue
			}
			p.header(bl[k])
		}
		p.splitIssuer()
		i = end
		// "Kính gửi:" alone, the addressees listed under it.
		for p.addressOpen && i < len(bl) && bl[i].kind == blockText && bl[i].lead == leadBullet {
			s := p.blockText(bl[i], 0)
			if runeWidth(s.s) > 200 {
				break
			}
			p.addAddressees(s.s)
			p.metaTexts = append(p.metaTexts, s)
			i++
		}
	}
	if !main && titleAt > i {
		// The header of an attached document, above its title: its
		// issuer and the national motto, kept with the notes.
		for k := i; k < titleAt; k++ {
			if bl[k].kind == blockText {
				for _, pt := range p.parts(bl[k]) {
					m.Notes = append(m.Notes, pt.s)
				}
			}
		}
	}
	var title, subject, note *string
	var docType *string
	if main {
		title, subject, note, docType = &m.Title, &m.Subject, &m.IssuedWith, &m.DocType
	} else {
		title, subject, note, docType = &att.Title, &att.Subject, &att.IssuedWith, &att.DocType
	}
	if titleAt >= 0 {
		b := bl[titleAt]
		dt, t, rest, _ := titleOf(p.blockText(b, 0).s)
		*docType, *title = dt, t
		if att != nil {
			att.Span = offSpan(b.start(), b.end())
		}
		p.metaTexts = append(p.metaTexts, p.blockText(b, 0))
		i = titleAt + 1
		// "NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ ...": who issues it, on the
		// title's next line, belongs to the title.
		if rest == "" && i < len(bl) && bl[i].kind == blockText && bl[i].lead == leadNone {
			first := bl[i].firstText(p.str)
			if t := trimMarks(first); isUpperText(t) && strings.HasPrefix(t, "CỦA ") {
				*title += " " + t
				if len(bl[i].segs) == 1 {
					i++
				} else if s := p.blockText(bl[i], len(first)); s.s != "" {
					// The subject goes on on the lines below.
					rest = s.s
					p.metaTexts = append(p.metaTexts, s)
					i++
				}
			}
		}
		if rest != "" {
			parts := []string{rest}
			if raw := strings.TrimSpace(b.firstText(p.str)); strings.HasPrefix(raw, "*") || strings.HasPrefix(raw, "_") {
				parts, i = p.emphasizedLines(bl, i, parts)
			}
			*subject = strings.Join(parts, " ")
		} else {
			i = p.subject(bl, i, subject)
		}
	}
	// Note of attachment, before or after the subject.
	i = p.skipFootnotes(bl, i)
	if i < len(bl) && bl[i].kind == blockText && isNote(bl[i].firstText(p.str)) {
		i = p.readNote(bl, i, note)
		if *subject == "" && titleAt >= 0 {
			i = p.subject(bl, i, subject)
		}
	}
	// Enacting authority: "CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ".
	i = p.skipFootnotes(bl, i)
	if i+1 < len(bl) && bl[i].kind == blockText && bl[i].lead == leadNone {
		s := p.blockText(bl[i], 0).s
		if isUpperText(s) && runeWidth(s) <= 80 && !isEnacting(s) && !isClosingBlock(s) {
			if _, _, _, ok := titleOf(s); !ok && annexWord(s) == "" {
				if main {
					m.Authority = s
				} else {
					m.Notes = append(m.Notes, s)
				}
				i++
			}
		}
	}
	// Preamble, up to the first numbered section, bullet or table, or the
	// enacting formula.
	labelled := p.hasLabelAfter(bl, i)
	for ; i < len(bl); i++ {
		b := bl[i]
		if b.kind == blockFootnote {
			p.addFootnote(b)
			continue
		}
		if b.kind != blockText || b.lead != leadNone {
			break
		}
		s := p.blockText(b, 0)
		if isEnacting(s.s) {
			if main {
				m.Enacting = trimMarks(s.s)
			}
			i++
			break
		}
		if isClosingBlock(s.s) || p.isAttachmentStart(bl, i, false) {
			break
		}
		if _, ok := annexLabel(p, bl, i); ok {
			break
		}
		if !isPreambleStart(s.s) && (!labelled || p.isPartTitle(b)) {
			break // the body starts, with a part's title that lost its label
		}
		m.Preamble = append(m.Preamble, s.s)
		p.metaTexts = append(p.metaTexts, s)
	}
	return i
}

// subject reads the subject lines after a title: the first block unless
// it opens a preamble, and the upper-case blocks that follow an
// upper-case subject.
func (p *parser) subject(bl []*block, i int, subject *string) int {
	i = p.skipFootnotes(bl, i)
	if i >= len(bl) || bl[i].kind != blockText || bl[i].lead != leadNone {
		return i
	}
	b := bl[i]
	s := p.blockText(b, 0)
	if isNote(s.s) || isEnacting(s.s) || isClosingBlock(s.s) {
		return i
	}
	raw := strings.TrimSpace(b.firstText(p.str))
	emphasized := strings.HasPrefix(raw, "*") || strings.HasPrefix(raw, "_")
	nextIsNote := i+1 < len(bl) && bl[i+1].kind == blockText && isNote(bl[i+1].firstText(p.str))
	// "Thực hiện Nghị quyết số ..." under the title is its subject when
	// it reads as a title line: short and with no closing punctuation.
	titleLine := !endsClause(s.s) && runeWidth(s.s) <= 300 && !startsLegalBasis(s.s)
	if isPreambleStart(s.s) && !emphasized && !titleLine && !(nextIsNote && !endsClause(s.s)) {
		return i
	}
	if endsWithAny(s.s, ":;") && !isUpperText(s.s) {
		return i
	}
	parts := []string{s.s}
	p.metaTexts = append(p.metaTexts, s)
	i++
	if emphasized && !isUpperText(s.s) {
		parts, i = p.emphasizedLines(bl, i, parts)
	}
	if isUpperText(s.s) {
		for i < len(bl) && bl[i].kind == blockText && bl[i].lead == leadNone {
			t := p.blockText(bl[i], 0)
			// An upper-case line right before the legal basis is the
			// enacting authority ("THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ ...").
			if !isUpperText(t.s) || isEnacting(t.s) || isClosingBlock(t.s) || i+1 < len(bl) && startsLegalBasis(bl[i+1].firstText(p.str)) {
				break
			}
			if _, _, _, ok := titleOf(t.s); ok {
				break
			}
			parts = append(parts, t.s)
			p.metaTexts = append(p.metaTexts, t)
			i++
		}
	}
	*subject = strings.Join(parts, " ")
	return i
}

// emphasizedLines adds to the subject parts the blocks from i on that go
// on with a subject in bold or italic over several lines, each line its
// own span ("**triển khai ...**" / "**về ...**"), and returns the parts
// and the next block.
func (p *parser) emphasizedLines(bl []*block, i int, parts []string) ([]string, int) {
	for n := 0; n < 4 && i < len(bl) && bl[i].kind == blockText && bl[i].lead == leadNone && !endsSentence(parts[len(parts)-1]); n++ {
		raw := strings.TrimSpace(bl[i].firstText(p.str))
		t := p.blockText(bl[i], 0)
		if !strings.HasPrefix(raw, "*") && !strings.HasPrefix(raw, "_") || isNote(t.s) || isEnacting(t.s) || startsLegalBasis(t.s) || isUpperText(t.s) {
			break
		}
		parts = append(parts, t.s)
		p.metaTexts = append(p.metaTexts, t)
		i++
	}
	return parts, i
}

func endsWithAny(s, set string) bool {
	r := lastRune(s)
	return r != 0 && strings.ContainsRune(set, r)
}

// readNote reads a note of attachment that may run over several blocks
// until its bracket closes. A block goes on with the note only if it
// reads as the note's end: unnumbered, short, and either continuing a
// sentence or closing the bracket.
func (p *parser) readNote(bl []*block, i int, note *string) int {
	var parts []string
	for i < len(bl) && bl[i].kind == blockText {
		s := p.blockText(bl[i], 0)
		if len(parts) > 0 && !notePart(bl[i], s.s) {
			break
		}
		parts = append(parts, s.s)
		p.metaTexts = append(p.metaTexts, s)
		i++
		joined := strings.Join(parts, " ")
		if strings.Count(joined, "(") <= strings.Count(joined, ")") || len(parts) >= 4 {
			break
		}
	}
	*note = trimMarks(strings.Join(parts, " "))
	return i
}

// notePart reports whether block b, with text s, can go on with a note
// of attachment left open.
func notePart(b *block, s string) bool {
	if b.lead != leadNone || runeWidth(s) > 200 {
		return false
	}
	if startsContinuation(s) {
		return true
	}
	k := strings.IndexByte(s, ')')
	return k >= 0 && !strings.Contains(s[:k], "(")
}

// skipFootnotes adds the footnote blocks at i and returns the next block.
func (p *parser) skipFootnotes(bl []*block, i int) int {
	for i < len(bl) && bl[i].kind == blockFootnote {
		p.addFootnote(bl[i])
		i++
	}
	return i
}

// hasLabelAfter reports whether a labelled block follows i.
func (p *parser) hasLabelAfter(bl []*block, i int) bool {
	for ; i < len(bl); i++ {
		if bl[i].kind == blockText && (bl[i].lead == leadLabel || bl[i].lead == leadBullet) {
			return true
		}
		if bl[i].kind == blockRow {
			return true
		}
	}
	return false
}

// isAttachmentStart reports whether block i starts a document attached to
// the one before: an upper-case title line after a closing part, or one
// followed closely by a note of attachment.
func (p *parser) isAttachmentStart(bl []*block, i int, closed bool) bool {
	b := bl[i]
	if b.kind != blockText || b.lead != leadNone {
		return false
	}
	if _, _, _, ok := titleOf(b.firstText(p.str)); !ok {
		return false
	}
	s := p.blockText(b, 0).s
	if _, _, _, ok := titleOf(s); !ok || !isUpperText(strings.Fields(s)[0]+" ") && !isUpperText(s) {
		return false
	}
	if closed {
		return true
	}
	for k := i + 1; k < len(bl) && k <= i+3; k++ {
		if bl[k].kind == blockText && isNote(bl[k].firstText(p.str)) {
			return true
		}
	}
	return false
}

// attachmentHeaderAt reports whether block i opens the header of a
// document attached after the signature of the one before: the issuer's
// lines in capitals, then within three blocks a line with the national motto ("CỘNG
// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), then
// within three more the attached document's title ("KẾ HOẠCH").
func (p *parser) attachmentHeaderAt(bl []*block, i int) bool {
	if b := bl[i]; b.kind != blockText || b.lead != leadNone || !isUpperText(trimMarks(b.firstText(p.str))) {
		return false
	}
	for k := i; k < len(bl) && k <= i+3; k++ {
		if bl[k].kind != blockText || bl[k].lead != leadNone {
			return false
		}
		if !p.hasMotto(bl[k]) {
			if !isUpperText(trimMarks(bl[k].firstText(p.str))) {
				return false // the issuer's lines are in capitals
			}
			continue
		}
		for j := k + 1; j < len(bl) && j <= k+3; j++ {
			if p.isAttachmentStart(bl, j, true) {
				return true
			}
		}
		return false
	}
	return false
}

// hasMotto reports whether a piece of text block b holds the national
// motto.
func (p *parser) hasMotto(b *block) bool {
	if raw := p.str[b.start():b.end()]; !strings.Contains(raw, "HÒA XÃ HỘI") && !strings.Contains(raw, "HOÀ XÃ HỘI") &&
		!strings.Contains(raw, "Tự do") && !strings.Contains(raw, "TỰ DO") {
		return false
	}
	for _, pt := range p.parts(b) {
		if isMotto(pt.s) || mottoStart(pt.s) > 0 {
			return true
		}
	}
	return false
}

// annexWord returns the annex word that opens s ("PHỤ LỤC", "DANH MỤC")
// or "".
func annexWord(s string) string {
	s = trimMarksLeft(s)
	if s == "" || s[0] != 'P' && s[0] != 'D' {
		return ""
	}
	for _, w := range []string{"PHỤ LỤC", "DANH MỤC"} {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || s[len(w)] == ' ' || s[len(w)] == ':' || s[len(w)] == '*') {
			return w
		}
	}
	return ""
}

// annexLabel reports whether block i opens an annex: an upper-case line
// "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC SỐ 2", or "DANH MỤC ..." followed by
// a note of attachment or a table. It returns the annex label.
func annexLabel(p *parser, bl []*block, i int) (label, bool) {
	b := bl[i]
	if b.kind != blockText {
		return label{}, false
	}
	raw := b.firstText(p.str)
	if annexWord(raw) == "" {
		return p.scheduleLabel(bl, i)
	}
	s := p.blockText(b, 0).s
	w := annexWord(s)
	if w == "" || !isUpperText(s) {
		return label{}, false
	}
	lab := label{style: styleAnnex, value: 1, text: w, words: true}
	rest := strings.TrimSpace(s[len(w):])
	if w == "PHỤ LỤC" {
		if l, ok := lexWordLabel(strings.TrimLeft(s, "*_ ")); ok && l.style == styleAnnex {
			lab.text, lab.value = l.text, l.value
			rest = strings.TrimSpace(strings.TrimLeft(s, "*_ ")[l.size:])
		}
	} else {
		ok := false
		for k := i + 1; k < len(bl) && k <= i+4; k++ {
			if bl[k].kind == blockRow || bl[k].kind == blockText && isNote(bl[k].firstText(p.str)) {
				ok = true
				break
			}
		}
		if !ok {
			return label{}, false
		}
	}
	// The label's size in the raw first line, for the heading text.
	lab.size = len(raw) - len(strings.TrimLeft(raw, "*_ #"))
	if k := strings.Index(raw, lab.text); k >= 0 {
		lab.size = k + len(lab.text)
	}
	if rest == "" {
		lab.size = len(raw)
	}
	lab.raw = lab.text
	return lab, true
}

// headerAfter reports whether a block of header material (a number, a
// place and date, the motto) stands among blocks i to end, before the
// first labelled block: no header comes after the body has begun, and
// a table there is one of the body.
func (p *parser) headerAfter(bl []*block, i, end int) bool {
	for ; i < len(bl) && i < end; i++ {
		if bl[i].lead != leadNone {
			return false
		}
		if bl[i].md == 0 && p.isHeaderBlock(bl[i]) {
			return true
		}
	}
	return false
}

// scheduleLabel reports whether block i opens a schedule attached after
// the body: an upper-case title with no label, after the last part of the
// body ("IV. TỔ CHỨC THỰC HIỆN"), with a table right under it. The
// title is the annex's label: "NỘI DUNG CHI TIẾT".
func (p *parser) scheduleLabel(bl []*block, i int) (label, bool) {
	b := bl[i]
	if p.lastPart < 0 || i <= p.lastPart || b.lead != leadNone || b.md > 0 || len(b.segs) > 2 {
		return label{}, false
	}
	s := trimMarks(p.blockText(b, 0).s)
	if s == "" || !isUpperText(s) || runeWidth(s) > 120 || isClosingBlock(s) || isEnacting(s) {
		return label{}, false
	}
	if _, _, _, ok := titleOf(s); ok {
		return label{}, false // the title of an attached document
	}
	for k := i + 1; k < len(bl) && k <= i+2; k++ {
		if bl[k].kind == blockRow {
			return label{style: styleAnnex, value: 1, text: s, raw: s, words: true, size: b.end() - b.start()}, true
		}
	}
	return label{}, false
}

// lastPartIndex returns the index of the last block that opens a part of
// the body (a Roman, upper-case letter, Phần or Chương label), or -1.
func lastPartIndex(bl []*block) int {
	last := -1
	for i, b := range bl {
		if b.kind == blockText && b.lead == leadLabel {
			switch b.lab.style {
			case styleRoman, styleUpperAlpha, stylePart, styleChapter:
				last = i
			}
		}
	}
	return last
}

// annexFront reads the heading lines and the note of an annex that
// follow its label line, and returns the next block.
func (p *parser) annexFront(bl []*block, i int) int {
	n, info := p.tree.stack[0].node, p.tree.stack[0].info
	var heads []string
	if n.Heading != "" {
		heads = append(heads, n.Heading)
	}
	for i < len(bl) && bl[i].kind == blockText && bl[i].lead == leadNone {
		s := p.blockText(bl[i], 0)
		switch {
		case isNote(s.s):
			n.Text = trimMarks(s.s)
			p.metaTexts = append(p.metaTexts, s)
			info.end = bl[i].end()
			i++
			continue
		case isUpperText(s.s) && n.Text == "":
			heads = append(heads, s.s)
			p.metaTexts = append(p.metaTexts, s)
			info.end = bl[i].end()
			i++
			continue
		}
		break
	}
	n.Heading = strings.Join(heads, " ")
	info.heading = n.Heading != ""
	return i
}
