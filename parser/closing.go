package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnplan/vnplan/model"
)

// authorities are the prefixes of a signature block: on behalf of a
// collective, signing for the head, by order, by authorisation, acting.
var authorities = []struct{ prefix, norm string }{
	{"TM.", "TM."}, {"T/M.", "TM."}, {"T/M", "TM."},
	{"KT.", "KT."}, {"K/T.", "KT."}, {"K/T", "KT."},
	{"TL.", "TL."}, {"T/L.", "TL."},
	{"TUQ.", "TUQ."}, {"T/UQ.", "TUQ."},
	{"Q.", "Q."},
}

// authorityPrefix returns the normalised authority prefix that opens s
// and the rest of s, or "" if s does not open with one.
func authorityPrefix(s string) (string, string) {
	s = trimMarksLeft(s)
	if s == "" || s[0] != 'T' && s[0] != 'K' && s[0] != 'Q' {
		return "", s // the first letters of the authorities
	}
	for _, a := range authorities {
		if strings.HasPrefix(s, a.prefix) {
			rest := s[len(a.prefix):]
			if rest != "" && rest[0] != ' ' && !isUpperStart(rest) {
				continue
			}
			return a.norm, strings.TrimSpace(rest)
		}
	}
	return "", s
}

// titleHeads open the office of a signer; deputies first.
var deputyHeads = []string{"PHÓ ", "THỨ TRƯỞNG", "Phó "}
var titleHeads = []string{"CHỦ TỊCH", "THỦ TƯỚNG", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "CHÁNH ", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC",
	"CỤC TRƯỞNG", "VỤ TRƯỞNG", "TRƯỞNG BAN", "TRƯỞNG ", "BÍ THƯ", "CHỦ NHIỆM", "TỔNG CỤC TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG"}

// splitOffice splits "BỘ TRƯỞNG THỨ TRƯỞNG" or "ỦY BAN NHÂN DÂN CHỦ TỊCH"
// into the body or office signed for and the signer's office.
func splitOffice(s string) (string, string) {
	for _, heads := range [][]string{deputyHeads, titleHeads} {
		best := -1
		for _, h := range heads {
			// The first occurrence of h that starts a word, after the
			// first byte.
			for from := 1; from < len(s); {
				j := strings.Index(s[from:], h)
				if j < 0 {
					break
				}
				j += from
				if s[j-1] == ' ' {
					if best < 0 || j < best {
						best = j
					}
					break
				}
				from = j + 1
			}
		}
		if best > 0 {
			return strings.TrimRight(strings.TrimSpace(s[:best]), ","), strings.TrimSpace(s[best:])
		}
	}
	return s, ""
}

// unit is a line or cell of the closing part.
type unit struct {
	s          string
	start, end int
	bullet     bool
}

// closing reads the recipients, the archive note and the signature from
// block i on, and returns the index of the first block after them.
func (p *parser) closing(bl []*block, i int) int {
	var units, right, rowRight []unit
	start := i
	for ; i < len(bl); i++ {
		b := bl[i]
		if b.kind == blockFootnote {
			p.addFootnote(b)
			continue
		}
		if i > start && b.kind == blockText {
			if _, ok := annexLabel(p, bl, i); ok {
				break
			}
			if p.isAttachmentStart(bl, i, true) || p.attachmentHeaderAt(bl, i) {
				break
			}
			if b.lead == leadLabel && b.lab.value == 1 && !b.lab.caseFixed {
				break
			}
			if b.lead == leadNone && !p.closingLike(b) {
				break
			}
		}
		if i > start && b.kind == blockRow && !p.isClosingRow(b) && !p.closingCells(b) {
			break
		}
		if b.kind != blockRow && len(rowRight) > 0 {
			// The rows ended: their right-hand cells come before
			// what follows them ("- Lưu: VT. | TM. CHÍNH PHỦ" /
			// "KT. THỦ TƯỚNG").
			units, rowRight = append(units, rowRight...), rowRight[:0]
		}
		l, r := p.closingUnits(b)
		if len(right) > 0 && len(r) == 0 && allSignature(l) {
			// "- Lưu: VT.⇥TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": the
			// signature goes on below its right-hand column, its
			// indent lost.
			units, right = append(units, right...), right[:0]
		}
		units = append(units, l...)
		if b.kind == blockRow {
			rowRight = append(rowRight, r...)
		} else {
			right = append(right, r...)
		}
	}
	// The right-hand column of a closing laid out in two, the signature,
	// is read after the recipients on the left.
	units = append(units, rowRight...)
	p.readClosing(append(units, right...))
	return i
}

// closingCells reports whether every cell of a row can belong to a
// closing part: a recipient, the archive note, a signer's office or
// name, a signed mark ("- Lưu: VT. | BỘ TRƯỞNG").
func (p *parser) closingCells(b *block) bool {
	n := 0
	for _, c := range p.rawCells(b) {
		s := trimMarks(p.str[c.start:c.end])
		if s == "" {
			continue
		}
		n++
		if _, ok := isArchive(s); ok {
			continue
		}
		if m, _ := bulletMarker(s); m != "" || isOffice(s) || looksLikeName(s) || isSignedMark(s) {
			continue
		}
		return false
	}
	return n > 0
}

// allSignature reports whether units holds lines of a signature only:
// authorities, a signer's office or a name, and no recipient.
func allSignature(units []unit) bool {
	for _, u := range units {
		if a, _ := authorityPrefix(u.s); u.bullet || a == "" && !isOffice(u.s) && !looksLikeName(u.s) {
			return false
		}
	}
	return len(units) > 0
}

// isOffice reports whether s, in upper case, names the office of a
// signer: "BỘ TRƯỞNG", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC".
func isOffice(s string) bool {
	s = trimMarks(s)
	if !isUpperText(s) || runeWidth(s) > 60 {
		return false
	}
	for _, heads := range [][]string{deputyHeads, titleHeads} {
		for _, h := range heads {
			if strings.HasPrefix(s, h) && isUpperText(h) {
				return true
			}
		}
	}
	return false
}

// closingLike reports whether a text block with no lead can belong to a
// closing part: short, or the recipients' list.
func (p *parser) closingLike(b *block) bool {
	s := p.blockText(b, 0).s
	if isClosingBlock(s) || isSignedMark(s) || isUpperText(s) || looksLikeName(s) {
		return true
	}
	return runeWidth(s) <= 120 && !endsSentence(s)
}

// closingUnits splits a block of the closing part into units: the cells
// of a row, the recipients run together in one cell, and the lines of a
// signature. The units of a right-hand column, when the lines are laid
// out in two with runs of spaces, are returned apart.
func (p *parser) closingUnits(b *block) (out, right []unit) {
	if b.kind == blockText && p.twoColumns(b) {
		for k, sg := range b.segs {
			line := p.str[sg.start:sg.end]
			n := 0
			for _, c := range splitColumns(line) {
				raw := line[c.start:c.end]
				if !hasLetter(raw) {
					continue // a bullet set apart from its text, "*   A"
				}
				u := unit{s: cleanPart(raw), start: sg.start + c.start, end: sg.start + c.end}
				if n++; n > 1 {
					right = append(right, u)
					continue
				}
				m, _ := bulletMarker(strings.TrimSpace(raw))
				u.bullet = m != "" || k == 0 && b.lead == leadBullet
				out = append(out, u)
			}
		}
		return out, right
	}
	if b.kind == blockText && b.lead == leadBullet {
		m := p.blockText(b, 0)
		return append(out, unit{s: m.s, start: b.start(), end: b.end(), bullet: true}), nil
	}
	if b.kind == blockText && len(b.segs) > 1 {
		s := p.blockText(b, 0).s
		if a, _ := authorityPrefix(s); a != "" && isUpperText(s) && !p.linesOpenSignature(b) {
			// "TM. ỦY BAN NHÂN" / "DÂN": one authority wrapped.
			return append(out, unit{s: s, start: b.start(), end: b.end()}), nil
		}
		// A recipient continued on a lower-case line stays one unit.
		if !isUpperText(s) && !looksLikeName(s) {
			if _, ok := recipientsHead(s); !ok {
				if a, _ := authorityPrefix(s); a == "" {
					return append(out, unit{s: s, start: b.start(), end: b.end()}), nil
				}
			}
		}
	}
	if b.kind == blockRow {
		// A row laid out as two columns, the recipients on the left and
		// the signature on the right, over one row or several ("| - Các
		// sở; | KT. CHỦ TỊCH |"): the cells after the first are read
		// after the left column, as the columns of text are.
		var pts []part
		for k, c := range p.rawCells(b) {
			pts = p.appendParts(pts[:0], c)
			for _, pt := range pts {
				if k == 0 {
					out = append(out, splitRun(pt)...)
				} else {
					for _, u := range splitRun(pt) {
						right = append(right, splitSigner(u)...)
					}
				}
			}
		}
		return out, right
	}
	for _, pt := range p.parts(b) {
		// Recipients run together: "- A (b/c); - B; - Lưu: VT."
		out = append(out, splitRun(pt)...)
	}
	return out, nil
}

// linesOpenSignature reports whether a line after the first of block b
// opens a part of a signature of its own: an authority prefix or a
// signer's office.
func (p *parser) linesOpenSignature(b *block) bool {
	for _, sg := range b.segs[1:] {
		s := trimMarks(p.str[sg.start:sg.end])
		if a, _ := authorityPrefix(s); a != "" || isOffice(s) {
			return true
		}
	}
	return false
}

// twoColumns reports whether a line of a text block holds two columns of
// words set apart by a run of spaces.
func (p *parser) twoColumns(b *block) bool {
	var buf [8]seg
	for _, sg := range b.segs {
		line := p.str[sg.start:sg.end]
		n := 0
		for _, c := range appendColumns(buf[:0], line) {
			if hasLetter(line[c.start:c.end]) {
				n++
			}
		}
		if n > 1 {
			return true
		}
	}
	return false
}

// splitRun splits a piece that holds several recipients run together on
// one line, at "; - " and at " - " before a capital letter.
func splitRun(pt part) []unit {
	s := pt.s
	var out []unit
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == '-' && s[i+2] == ' ' && i > 0 {
			prev := s[i-1]
			r, _ := utf8.DecodeRuneInString(s[min(i+3, len(s)):])
			// A dash between capitals goes on with a name: "HỘI ĐỒNG
			// THI ĐUA - KHEN THƯỞNG".
			inName := isUpperLetter(lastRune(s[start:i])) && isUpperLetter(r) && isUpperText(s[start:i])
			if prev == ';' || prev == ':' || prev == '.' || prev == ',' || isUpperLetter(r) && !inName {
				if t := strings.TrimSpace(s[start:i]); t != "" {
					out = append(out, unit{s: t, start: pt.start, end: pt.end, bullet: start > 0})
				}
				start = i + 3
				i += 2
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		b := start > 0
		if strings.HasPrefix(t, "- ") {
			t, b = strings.TrimSpace(t[2:]), true
		}
		out = append(out, unit{s: t, start: pt.start, end: pt.end, bullet: b})
	}
	return out
}

// splitSigner splits a unit of the signature's column that holds a
// title in capitals and the signer's name, their line break lost:
// "CHÁNH THANH TRA Nguyễn Văn Bình", "HIỆU TRƯỞNG PGS.TS. Đoàn Minh
// Châu". Other units are returned as they are.
func splitSigner(u unit) []unit {
	title, name := upperPrefix(u.s)
	// Academic titles in capitals go with the name: "PGS.TS.".
	for name != "" {
		k := strings.LastIndexByte(title, ' ')
		if k < 0 || !strings.HasSuffix(title, ".") {
			break
		}
		title, name = title[:k], title[k+1:]+" "+name
	}
	title = strings.TrimSpace(strings.Trim(title, "*_ "))
	if name == "" || strings.Count(title, " ") < 1 || !looksLikeName(name) {
		return []unit{u}
	}
	t, n := u, u
	t.s, n.s = title, name
	return []unit{t, n}
}

// recipientsHead reports whether s opens the recipients' list, and
// returns what follows "Nơi nhận:" on the same line.
func recipientsHead(s string) (string, bool) {
	i := 0
	for i < len(s) && (s[i] == '*' || s[i] == '_' || s[i] == '#' || s[i] == '|' || s[i] == ' ') {
		i++
	}
	t := s[i:]
	n := recipientsWordLen(t)
	if n == 0 {
		return "", false
	}
	rest := trimMarksLeft(t[n:])
	rest = trimMarksLeft(strings.TrimPrefix(rest, ":"))
	return rest, true
}

// trimMarksLeft returns s without its leading emphasis marks ("*", "_")
// and spaces: strings.TrimLeft(s, "*_ ") without building the cutset's
// table on every call.
func trimMarksLeft(s string) string {
	i := 0
	for i < len(s) && isMark(s[i]) {
		i++
	}
	return s[i:]
}

// trimMarks returns s without its leading and trailing emphasis marks
// and spaces: strings.Trim(s, "*_ ").
func trimMarks(s string) string {
	s = trimMarksLeft(s)
	j := len(s)
	for j > 0 && isMark(s[j-1]) {
		j--
	}
	return s[:j]
}

// isMark reports whether c is an emphasis mark or a space.
func isMark(c byte) bool { return c == '*' || c == '_' || c == ' ' }

// recipientsWordLen returns the length of the words "Nơi nhận" at the
// start of s, in any case and with the tone or vowel marks that OCR
// drops or misreads ("Nơi nhân", "Noi nhận"), or 0.
func recipientsWordLen(s string) int {
	if s == "" || s[0] != 'N' && s[0] != 'n' {
		return 0
	}
	const want = "noi nhan"
	k, i := 0, 0
	for i < len(s) && k < len(want) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if baseLetter(r) != rune(want[k]) {
			return 0
		}
		i += size
		k++
	}
	if k < len(want) {
		return 0
	}
	// The word must end here: "Nơi nhận:", not "Nơi nhận được".
	if r, _ := utf8.DecodeRuneInString(s[i:]); isLetter(r) {
		return 0
	}
	return i
}

// baseLetter returns the lower-case ASCII letter a Vietnamese letter is
// written on ("ơ" and "Ớ" give 'o', "ậ" gives 'a'), or r itself.
func baseLetter(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	var buf [8]byte
	d := norm.NFD.Append(buf[:0], []byte(string(r))...)
	if b := rune(d[0]); b < utf8.RuneSelf {
		return baseLetter(b)
	}
	return r
}

// isSignedMark reports whether s marks a signature: "[đã ký]", "(Đã ký)".
func isSignedMark(s string) bool {
	t := strings.Trim(s, "*_[]() ")
	if r, _ := utf8.DecodeRuneInString(t); unicode.ToLower(r) != 'đ' && unicode.ToLower(r) != 'k' {
		return false // not the first letter of one of the marks
	}
	t = strings.ToLower(t)
	return t == "đã ký" || t == "ký" || t == "đã ký và đóng dấu" || t == "(đã ký)"
}

// looksLikeName reports whether s reads as a person's name: two to six
// words, each capitalised, with no digits or punctuation, perhaps after
// academic titles ("PGS.TS. Đoàn Minh Châu").
func looksLikeName(s string) bool {
	n := 0
	titles := true
	for w := range strings.FieldsSeq(trimMarks(s)) {
		if titles && strings.HasSuffix(w, ".") && !hasLower(w[:len(w)-1]) || titles && isAcademicTitle(w) {
			continue
		}
		titles = false
		if n++; n > 6 || !isName(w) {
			return false
		}
	}
	return n >= 2
}

// isAcademicTitle reports whether w is an academic title written with
// dots and lower-case letters: "ThS.", "TS.", "PGS.TS.", "Ths.".
func isAcademicTitle(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "ThS", "Ths", "TS", "PGS", "GS", "PGS.TS", "GS.TS", "BS", "BSCKII", "KS", "CN":
		return true
	}
	return false
}

// isArchive reports whether s is the archive note ("Lưu: VT, TH.") and
// returns its filing codes.
func isArchive(s string) ([]string, bool) {
	t := strings.TrimLeft(s, "-*_ ")
	for _, w := range []string{"Lưu", "LƯU"} {
		if !strings.HasPrefix(t, w) {
			continue
		}
		rest := t[len(w):]
		if rest != "" && rest[0] != ':' && rest[0] != ' ' {
			return nil, false
		}
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
		rest = strings.TrimRight(rest, ".;*_ ")
		var codes []string
		for _, c := range splitTopLevel(rest, ',') {
			if c = strings.TrimSpace(c); c != "" {
				codes = append(codes, c)
			}
		}
		return codes, true
	}
	return nil, false
}

// splitTopLevel splits s at sep outside brackets.
func splitTopLevel(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// recipientOf splits "Văn phòng Chính phủ (b/c);" into name and note.
func recipientOf(s string) (string, string) {
	s = strings.TrimSpace(strings.TrimLeft(s, "-+•*_ "))
	s = strings.TrimRight(s, ";.,*_ ")
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndex(s, "("); k > 0 {
			note := strings.TrimSpace(s[k+1 : len(s)-1])
			low := strings.ToLower(note)
			if strings.Contains(note, "/") || strings.HasPrefix(low, "để ") || strings.Trim(note, "0123456789, b") == "" {
				return strings.TrimSpace(s[:k]), note
			}
		}
	}
	return s, ""
}

// readClosing interprets the units of a closing part.
func (p *parser) readClosing(units []unit) {
	m := &p.doc.Meta
	sig := m.Signature
	inRecipients := false
	var last *model.Recipient
	lastEndsOpen := false
	links := false // in a list of links of a web page's frame
	for k := 0; k < len(units); k++ {
		u := units[k]
		s := trimMarks(u.s)
		if s == "" {
			continue
		}
		if c := webChrome(s); c != chromeNone || links && u.bullet {
			// "Tải về: …", "Tin liên quan:" and its links, "Bản
			// quyền © …" after the signature of a web copy.
			m.Notes = append(m.Notes, s)
			links = c == chromeList || links && c == chromeNone
			inRecipients, last = false, nil
			continue
		}
		links = false
		if rest, ok := recipientsHead(s); ok {
			inRecipients = true
			if a, r := authorityPrefix(rest); a != "" && isUpperText(r) {
				// "Nơi nhận: TM. ỦY BAN NHÂN DÂN", the two columns run
				// together: the signature is read after the recipients.
				units = append(units, unit{s: rest, start: u.start, end: u.end})
				continue
			}
			if rest != "" {
				for _, r := range splitRun(part{s: rest, start: u.start, end: u.end}) {
					p.addRecipient(r, &last, &lastEndsOpen)
				}
			}
			continue
		}
		if codes, ok := isArchive(s); ok {
			m.Archive = append(m.Archive, codes...)
			inRecipients = false
			last = nil
			continue
		}
		if a, rest := authorityPrefix(s); a != "" {
			if sig == nil {
				sig = &model.Signature{Span: offSpan(u.start, u.end)}
			}
			p.readAuthority(sig, a, rest)
			growSpan(&sig.Span, u.start, u.end)
			inRecipients = false
			continue
		}
		if isSignedMark(s) {
			if sig != nil {
				growSpan(&sig.Span, u.start, u.end)
			}
			continue
		}
		if sig == nil && isOffice(s) && !u.bullet {
			// A signer's office with no prefix: "BỘ TRƯỞNG".
			sig = &model.Signature{Span: offSpan(u.start, u.end)}
			inRecipients = false
		}
		if sig != nil && isUpperText(s) && (sig.Name == "" || sig.Title == "" && isOffice(s)) {
			if sig.Title != "" {
				sig.Title += " "
			}
			sig.Title += s
			growSpan(&sig.Span, u.start, u.end)
			continue
		}
		if looksLikeName(s) && (sig != nil || !inRecipients || !u.bullet) && !(inRecipients && u.bullet) {
			if sig == nil {
				sig = &model.Signature{Span: offSpan(u.start, u.end)}
			}
			sig.Name = s
			growSpan(&sig.Span, u.start, u.end)
			inRecipients = false
			continue
		}
		if inRecipients {
			if !u.bullet && last != nil && (lastEndsOpen || startsContinuation(s)) {
				last.Name = strings.TrimSpace(last.Name + " " + s)
				last.Name, last.Note = recipientOf(last.Name + noteSuffix(last.Note))
				last.Span.End.Offset = u.end
				lastEndsOpen = strings.HasSuffix(strings.TrimSpace(u.s), ",")
				continue
			}
			p.addRecipient(u, &last, &lastEndsOpen)
			continue
		}
		if u.bullet {
			// Recipients without a "Nơi nhận:" line.
			inRecipients = true
			p.addRecipient(u, &last, &lastEndsOpen)
			continue
		}
		p.diag(model.SeverityInfo, "unrecognized-line", "a line of the closing part is neither a recipient nor part of the signature: "+quote(s), u.start, u.end)
	}
	m.Signature = sig
}

func noteSuffix(note string) string {
	if note == "" {
		return ""
	}
	return " (" + note + ")"
}

// addRecipient adds a recipient unit.
func (p *parser) addRecipient(u unit, last **model.Recipient, open *bool) {
	m := &p.doc.Meta
	if codes, ok := isArchive(u.s); ok {
		m.Archive = append(m.Archive, codes...)
		*last = nil
		return
	}
	// "- Báo tỉnh; Cổng TTĐT tỉnh;": two recipients on one line, unless a
	// colon heads a list of one ("Các Bộ: Tài chính; Xây dựng").
	parts := []string{u.s}
	if !strings.Contains(u.s, ":") {
		parts = splitTopLevel(strings.TrimRight(strings.TrimSpace(u.s), ";."), ';')
	}
	for _, part := range parts {
		name, note := recipientOf(part)
		if name == "" {
			continue
		}
		m.Recipients = append(m.Recipients, model.Recipient{Name: name, Note: note, Span: offSpan(u.start, u.end)})
		*last = &m.Recipients[len(m.Recipients)-1]
	}
	*open = strings.HasSuffix(strings.TrimSpace(u.s), ",")
}

// readAuthority reads "TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG THỨ TRƯỞNG"
// or "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG" into sig.
func (p *parser) readAuthority(sig *model.Signature, a, rest string) {
	for {
		// Another prefix later on the same line.
		next := -1
		for _, x := range authorities {
			if k := strings.Index(rest, " "+x.prefix+" "); k >= 0 && (next < 0 || k < next) {
				next = k
			}
		}
		cur := rest
		if next >= 0 {
			cur = strings.TrimSpace(rest[:next])
		}
		office, title := cur, ""
		if next < 0 {
			office, title = splitOffice(cur)
		}
		sig.Chain = append(sig.Chain, model.Delegation{Authority: a, OnBehalfOf: office})
		if len(sig.Chain) == 1 {
			sig.Authority, sig.OnBehalfOf = a, office
		}
		if title != "" {
			// "THỨ TRƯỞNG Nguyễn Văn A": the signer's name in the same cell.
			if t, name := upperPrefix(title); t != "" && looksLikeName(name) {
				title = t
				sig.Name = name
			}
			sig.Title = title
		}
		if next < 0 {
			return
		}
		a, rest = authorityPrefix(strings.TrimSpace(rest[next:]))
		if a == "" {
			return
		}
	}
}

// growSpan widens sp to cover [start, end): the parts of a signature are
// not always read in the order of the text ("Nơi nhận: TM. BAN ..." is
// read after the name below it, when the columns run together).
func growSpan(sp *model.Span, start, end int) {
	sp.Start.Offset = min(sp.Start.Offset, start)
	sp.End.Offset = max(sp.End.Offset, end)
}
