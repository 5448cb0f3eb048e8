package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxDepth bounds the nesting of tables, content controls and text boxes
// the converter descends into; deeper content is skipped.
const maxDepth = 100

// noteKind tells footnotes from endnotes.
type noteKind byte

const (
	noteFoot noteKind = 'f'
	noteEnd  noteKind = 'e'
)

// note is a footnote or endnote referenced from the document.
type note struct {
	kind   noteKind
	id     string
	label  string // "3", or the custom mark
	custom bool   // label is a custom mark, not a number
	body   string
	found  bool
}

// sink collects the blocks of a container. In the body every paragraph
// and table is a block of its own; in a table cell or a note (flat) the
// blocks are later joined into one line.
type sink struct {
	parts []string
	flat  bool
	span  int // w:gridSpan of the cell being read
}

// para is the paragraph being read.
type para struct {
	buf     []byte
	style   string
	numRef  // w:numPr of the paragraph itself
	labeled bool
	label   string
	boxes   sink // paragraphs of text boxes anchored here
}

// converter turns document.xml and the notes parts into text.
type converter struct {
	d      *xml.Decoder
	num    *numbering
	styles *styles
	body   sink
	notes  []*note
	byKey  map[string]*note
	auto   int    // footnotes numbered so far
	field  []bool // open fields: true while in the field code
	code   int    // open fields in their field code
	depth  int
	inNote bool
	res    Result
}

// document reads document.xml and reports whether it had a w:body.
func (c *converter) document(d *xml.Decoder) (bool, error) {
	c.d = d
	found := false
	err := elements(d, func(se xml.StartElement) error {
		if !isW(se.Name) || se.Name.Local != "body" {
			return nil
		}
		found = true
		return c.blocks(&c.body)
	})
	if err != nil {
		return false, err
	}
	return found, nil
}

// nest calls fn for each child of the element just started, as children
// does, one level deeper; when the content is already maxDepth levels
// deep it skips the element instead.
func (c *converter) nest(fn func(xml.StartElement) error) error {
	if c.depth >= maxDepth {
		return skip(c.d)
	}
	c.depth++
	err := children(c.d, fn)
	c.depth--
	return err
}

// blocks reads the block-level content of the element just started
// (body, table cell, note, text box, content control) into s.
func (c *converter) blocks(s *sink) error {
	return c.nest(func(t xml.StartElement) error {
		if isChoice(t.Name) {
			return c.blocks(s)
		}
		if !isW(t.Name) {
			return skip(c.d)
		}
		switch t.Name.Local {
		case "p":
			return c.paragraph(s)
		case "tbl":
			return c.table(s)
		case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag":
			return c.blocks(s)
		case "tcPr":
			return c.cellProps(s)
		}
		return skip(c.d)
	})
}

// paragraph reads a w:p and appends it, with its label, to s.
func (c *converter) paragraph(s *sink) error {
	p := &para{boxes: sink{flat: s.flat}}
	if err := c.inline(p); err != nil {
		return err
	}
	c.ensureLabel(p)
	text := clean(p.buf)
	if text != "" {
		if p.label != "" {
			text = p.label + " " + text
			c.res.Numbered++
		}
		s.parts = append(s.parts, text)
		if !s.flat && !c.inNote {
			c.res.Paragraphs++
		}
	}
	s.parts = append(s.parts, p.boxes.parts...)
	return nil
}

// inline reads the content of a paragraph or of an inline wrapper
// (hyperlink, content control, tracked insertion, simple field) into p.
func (c *converter) inline(p *para) error {
	return c.nest(func(t xml.StartElement) error {
		if isChoice(t.Name) {
			return c.inline(p)
		}
		if !isW(t.Name) {
			return skip(c.d)
		}
		switch t.Name.Local {
		case "pPr":
			return c.paragraphProps(p)
		case "r":
			c.ensureLabel(p)
			return c.run(p)
		case "hyperlink", "smartTag", "ins", "moveTo", "sdt", "sdtContent",
			"customXml", "fldSimple", "dir", "bdo":
			c.ensureLabel(p)
			return c.inline(p)
		}
		// w:del, w:moveFrom, w:sdtPr, bookmarks, proofing marks,
		// comment ranges.
		return skip(c.d)
	})
}

// paragraphProps reads the style and list of a w:pPr; everything else in
// it, including the old properties of a tracked change, is skipped.
func (c *converter) paragraphProps(p *para) error {
	return children(c.d, func(t xml.StartElement) error {
		if isW(t.Name) {
			switch t.Name.Local {
			case "pStyle":
				p.style, _ = attr(t, "val")
			case "numPr":
				return readNumPr(c.d, &p.numRef)
			}
		}
		return skip(c.d)
	})
}

// ensureLabel computes the list label of p once, before any of its
// content, so that paragraphs in its text boxes are counted after it.
func (c *converter) ensureLabel(p *para) {
	if p.labeled {
		return
	}
	p.labeled = true
	if c.inNote {
		return
	}
	numID, hasNum, ilvl, hasIlvl := p.numID, p.hasNum, p.ilvl, p.hasIlvl
	if !hasNum || !hasIlvl {
		sNum, sHasNum, sIlvl, sHasIlvl, from := c.styles.paragraphNum(p.style)
		if !hasNum {
			numID, hasNum = sNum, sHasNum
		}
		if !hasIlvl {
			switch {
			case sHasIlvl:
				ilvl = sIlvl
			case from != "":
				ilvl = c.num.styleLevel(numID, p.style)
			}
		}
	}
	if !hasNum {
		return
	}
	p.label, _ = c.num.label(numID, ilvl)
}

// run reads a w:r.
func (c *converter) run(p *para) error {
	hidden := false
	var capture *note // a footnote whose custom mark follows in this run
	return childrenThrough(c.d, isChoice, func(t xml.StartElement) error {
		if !isW(t.Name) {
			return skip(c.d)
		}
		show := !hidden && c.code == 0
		switch t.Name.Local {
		case "t":
			return c.text(p, show, capture)
		case "rPr":
			h, err := c.hiddenRun()
			hidden = h
			return err
		case "drawing", "pict", "object":
			return c.textBoxes(p)
		case "tab", "ptab":
			if show {
				p.buf = append(p.buf, ' ')
			}
		case "br", "cr":
			if show {
				p.buf = append(p.buf, '\n')
			}
		case "noBreakHyphen":
			if show {
				p.buf = append(p.buf, '-')
			}
		case "sym":
			if show {
				ch, _ := attr(t, "char")
				p.buf = append(p.buf, symbol(ch)...)
			}
		case "footnoteReference", "endnoteReference":
			if show {
				kind := noteFoot
				if t.Name.Local == "endnoteReference" {
					kind = noteEnd
				}
				capture = c.noteRef(p, t, kind)
			}
		case "fldChar":
			typ, _ := attr(t, "fldCharType")
			c.fieldChar(typ)
		}
		// Also w:delText, w:instrText, w:footnoteRef and the rest.
		return skip(c.d)
	})
}

// text reads the character data of a w:t.
func (c *converter) text(p *para, show bool, capture *note) error {
	for {
		tok, err := c.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if show {
				p.buf = append(p.buf, t...)
				if capture != nil {
					capture.label += string(t)
				}
			}
		case xml.StartElement:
			if err := skip(c.d); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// hiddenRun reads a w:rPr and reports whether it hides the run (w:vanish).
func (c *converter) hiddenRun() (bool, error) {
	hidden := false
	err := children(c.d, func(t xml.StartElement) error {
		if isW(t.Name) && t.Name.Local == "vanish" {
			hidden = onOff(t)
		}
		return skip(c.d)
	})
	if err != nil {
		return false, err
	}
	return hidden, nil
}

// fieldChar follows w:fldChar: the text between "begin" and "separate" is
// the field code, which a reader does not see; the result after it is
// shown.
func (c *converter) fieldChar(typ string) {
	switch typ {
	case "begin":
		c.field = append(c.field, true)
		c.code++
	case "separate":
		if n := len(c.field); n > 0 && c.field[n-1] {
			c.field[n-1] = false
			c.code--
		}
	case "end":
		if n := len(c.field); n > 0 {
			if c.field[n-1] {
				c.code--
			}
			c.field = c.field[:n-1]
		}
	}
}

// textBoxes looks inside a drawing for text boxes (w:txbxContent) and
// reads their paragraphs into p.boxes. It looks through every other
// element, however deep, but mc:Fallback, which repeats the content of
// the mc:Choice before it.
func (c *converter) textBoxes(p *para) error {
	isFallback := func(n xml.Name) bool { return isMC(n) && n.Local == "Fallback" }
	isBox := func(n xml.Name) bool { return isW(n) && n.Local == "txbxContent" }
	through := func(n xml.Name) bool { return !isBox(n) && !isFallback(n) }
	return childrenThrough(c.d, through, func(t xml.StartElement) error {
		if isFallback(t.Name) {
			return skip(c.d)
		}
		return c.blocks(&p.boxes)
	})
}

// noteRef writes the mark of a footnote or endnote reference into p. It
// returns the note if its mark is custom text that follows in the run.
func (c *converter) noteRef(p *para, se xml.StartElement, kind noteKind) *note {
	if c.inNote {
		return nil
	}
	id, _ := attr(se, "id")
	key := string(kind) + id
	if n := c.byKey[key]; n != nil {
		if !n.custom {
			p.buf = appendSuperscript(p.buf, n.label)
		}
		return nil
	}
	if c.byKey == nil {
		c.byKey = make(map[string]*note)
	}
	n := &note{kind: kind, id: id, custom: onOffAttr(se, "customMarkFollows")}
	c.byKey[key] = n
	c.notes = append(c.notes, n)
	if n.custom {
		return n
	}
	c.auto++
	n.label = strconv.Itoa(c.auto)
	p.buf = appendSuperscript(p.buf, n.label)
	return nil
}

// hasNotes reports whether the document references a note of kind.
func (c *converter) hasNotes(kind noteKind) bool {
	for _, n := range c.notes {
		if n.kind == kind {
			return true
		}
	}
	return false
}

// notesPart reads footnotes.xml or endnotes.xml, keeping the bodies of the
// notes the document references.
func (c *converter) notesPart(d *xml.Decoder, kind noteKind) error {
	c.d = d
	c.inNote = true
	c.field, c.code = c.field[:0], 0 // fields do not run on from the body
	defer func() { c.inNote = false }()
	return elements(d, func(se xml.StartElement) error {
		if !isW(se.Name) || (se.Name.Local != "footnote" && se.Name.Local != "endnote") {
			return nil
		}
		id, _ := attr(se, "id")
		n := c.byKey[string(kind)+id]
		if typ, _ := attr(se, "type"); n == nil || n.found || (typ != "" && typ != "normal") {
			return skip(d)
		}
		s := sink{flat: true}
		if err := c.blocks(&s); err != nil {
			return err
		}
		n.body, n.found = strings.Join(s.parts, " "), true
		return nil
	})
}

// table reads a w:tbl into s: Markdown rows in the body, one line of cell
// texts when flat.
func (c *converter) table(s *sink) error {
	var rows [][]string
	if err := c.tableContent(&rows); err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	if s.flat || c.inNote {
		var parts []string
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" {
					parts = append(parts, cell)
				}
			}
		}
		if len(parts) > 0 {
			s.parts = append(s.parts, strings.Join(parts, " "))
		}
		return nil
	}
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteByte('|')
		for _, cell := range row {
			b.WriteByte(' ')
			b.WriteString(cell)
			b.WriteString(" |")
		}
		if i == 0 {
			b.WriteString("\n|")
			for range row {
				b.WriteString(" --- |")
			}
		}
	}
	s.parts = append(s.parts, b.String())
	c.res.Tables++
	return nil
}

// tableContent reads the rows of a table, or of a content control or
// tracked change wrapping rows.
func (c *converter) tableContent(rows *[][]string) error {
	return c.nest(func(t xml.StartElement) error {
		switch {
		case isW(t.Name) && t.Name.Local == "tr":
			var row []string
			deleted, err := c.row(&row)
			if err != nil {
				return err
			}
			if !deleted && len(row) > 0 {
				*rows = append(*rows, row)
			}
			return nil
		case isRowWrapper(t.Name):
			return c.tableContent(rows)
		}
		return skip(c.d)
	})
}

// isRowWrapper reports whether n is an element that may wrap table rows
// or cells: a content control, custom XML or a tracked insertion.
func isRowWrapper(n xml.Name) bool {
	if !isW(n) {
		return false
	}
	switch n.Local {
	case "sdt", "sdtContent", "customXml", "ins", "moveTo":
		return true
	}
	return false
}

// row reads the cells of a w:tr, or of a wrapper of cells, into row. It
// reports whether the row is a tracked deletion.
func (c *converter) row(row *[]string) (deleted bool, err error) {
	err = c.nest(func(t xml.StartElement) error {
		switch {
		case isW(t.Name) && t.Name.Local == "tc":
			s := sink{flat: true, span: 1}
			if err := c.blocks(&s); err != nil {
				return err
			}
			*row = append(*row, cellText(s.parts))
			for i := 1; i < s.span && len(*row) < maxSpan; i++ {
				*row = append(*row, "")
			}
			return nil
		case isW(t.Name) && t.Name.Local == "trPr":
			d, err := c.rowDeleted()
			deleted = deleted || d
			return err
		case isRowWrapper(t.Name):
			d, err := c.row(row)
			deleted = deleted || d
			return err
		}
		return skip(c.d)
	})
	if err != nil {
		return false, err
	}
	return deleted, nil
}

// maxSpan bounds the cells a row gets from w:gridSpan, which Word limits to
// 63 columns.
const maxSpan = 64

// rowDeleted reads a w:trPr and reports whether it marks the row deleted.
func (c *converter) rowDeleted() (bool, error) {
	deleted := false
	err := children(c.d, func(t xml.StartElement) error {
		if isW(t.Name) && t.Name.Local == "del" {
			deleted = true
		}
		return skip(c.d)
	})
	if err != nil {
		return false, err
	}
	return deleted, nil
}

// cellProps reads a w:tcPr for its w:gridSpan.
func (c *converter) cellProps(s *sink) error {
	return children(c.d, func(t xml.StartElement) error {
		if isW(t.Name) && t.Name.Local == "gridSpan" {
			v, _ := attr(t, "val")
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 1 {
				s.span = min(n, maxSpan)
			}
		}
		return skip(c.d)
	})
}

// cellText joins the paragraphs of a cell into one Markdown cell.
func cellText(parts []string) string {
	s := strings.Join(parts, " ")
	if strings.ContainsAny(s, "|\n") {
		s = strings.ReplaceAll(s, "\n", " ")
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	return s
}

// result assembles the text: body blocks, then note bodies.
func (c *converter) result() *Result {
	var b strings.Builder
	for _, part := range c.body.parts {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(part)
	}
	for _, n := range c.notes {
		if !n.found || n.body == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if n.custom {
			b.WriteString(strings.TrimSpace(n.label))
		} else {
			b.Write(appendSuperscript(nil, n.label))
		}
		b.WriteByte(' ')
		b.WriteString(n.body)
		c.res.Footnotes++
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	c.res.Text = b.String()
	return &c.res
}

var superscripts = [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

// appendSuperscript appends the decimal digits of s as superscript digits.
func appendSuperscript(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if d := s[i]; d >= '0' && d <= '9' {
			dst = append(dst, superscripts[d-'0']...)
		}
	}
	return dst
}

// symbol returns the text of a w:sym whose w:char is ch (hexadecimal),
// as far as it is a bullet or dash; other symbols give "".
func symbol(ch string) string {
	v, err := strconv.ParseUint(strings.TrimSpace(ch), 16, 32)
	if err != nil {
		return ""
	}
	if v < 0xF000 {
		v += 0xF000 // Symbol-font codes may be written without the PUA offset
	}
	switch rune(v) {
	case '\uF02D', '\uF02B', '\uF0B7', '\uF0A7', '\uF0D8', '\uF076', '\uF06F', '\uF0FC', '\uF0A8', '\uF0B0', '\uF0BE':
		return bulletMarker(string(rune(v)))
	}
	return ""
}

// clean turns the raw text of a paragraph into its line(s): tabs and
// other spaces become one space, runs of spaces collapse, breaks become
// single newlines with no spaces around them, and the ends are trimmed.
// Soft hyphens stay: in text typed in the TCVN3 font the same character
// is the letter "ư", which the parser restores before it drops the soft
// hyphens that are left.
func clean(b []byte) string {
	out := make([]byte, 0, len(b))
	space, newline := false, false
	for i := 0; i < len(b); {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			newline, space = true, false
		case r == ' ' || r == '\t' || r < 0x20 || r == '\u00A0' || r == '\u3000' ||
			(r >= '\u2000' && r <= '\u200A') || r == '\u202F' || r == '\u205F':
			space = true
		default:
			if len(out) > 0 {
				if newline {
					out = append(out, '\n')
				} else if space {
					out = append(out, ' ')
				}
			}
			space, newline = false, false
			if r == utf8.RuneError && size == 1 {
				out = append(out, "\uFFFD"...)
			} else {
				out = append(out, b[i:i+size]...)
			}
		}
		i += size
	}
	return string(out)
}
