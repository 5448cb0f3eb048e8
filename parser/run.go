package parser

import (
	"strings"
	"sync"
	"unsafe"

	"github.com/vnplan/vnplan/model"
)

// parser holds the state of one parse.
type parser struct {
	cfg       config
	text      []byte
	str       string // text as a string, sharing its memory
	lines     []line
	blocks    []*block
	layout    layout
	doc       *model.Document
	info      map[*model.Node]*nodeInfo
	tree      *tree
	diags     []model.Diagnostic
	footnotes []*footnote
	fnLabels  map[string]bool   // the labels of the footnotes, once they are linked
	markdown  bool              // the input uses Markdown syntax
	metaTexts []mapped          // title, subject, notes and preamble, for annotation
	keyCache  map[string]string // agency name -> canonical key
	placeOnce sync.Once
	place     string          // key of the document's place, see placeKey
	clauses   []*clauseResult // what each node names, by its index in flatten's order
	// pendingAtt is 1 + the index of the attachment whose first node is
	// still to come, or 0.
	pendingAtt int
	// addressOpen reports a "Kính gửi:" line with the addressees under it.
	addressOpen bool
	// issuerMark is the length of the issuer before the header's current
	// group of lines, or -1 before the first.
	issuerMark int
	// colText is the text as decoded, before no-break spaces were
	// replaced (see replaceNBSP): the same bytes but for them, and the
	// characters columns count.
	colText []byte
	// issuerBodies are where the lines of the issuer that start a body of
	// their own start in it (see splitIssuer).
	issuerBodies []int
	// lastPart is the index of the block that opens the last part of the
	// body, or -1.
	lastPart int
	// nodes lists the nodes of the body in pre-order during annotation;
	// infos holds their infos by the same index (nil for a node without
	// one), and fieldText tells which have an explicit field for text
	// (see markFields).
	nodes     []*model.Node
	infos     []*nodeInfo
	fieldText []bool
	nodeSlab  slab[model.Node] // the nodes of the body
	infoSlab  slab[nodeInfo]   // their infos
	// checksum delivers the SHA-256 of the input, in hex, when it is
	// being computed alongside the parse; nil otherwise.
	checksum chan string
}

func newParser(text []byte, cfg config) *parser {
	p := &parser{cfg: cfg, text: text, colText: text, str: bytesString(text), info: make(map[*model.Node]*nodeInfo), issuerMark: -1, lastPart: -1}
	p.doc = &model.Document{Schema: model.SchemaV1}
	p.tree = newTree(p)
	return p
}

// bytesString returns b as a string without copying it. The parser never
// changes its text once it is normalised, so the string stays valid.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// diag records a diagnostic over the source range [start, end).
func (p *parser) diag(sev model.Severity, code, msg string, start, end int) {
	p.diags = append(p.diags, model.Diagnostic{Severity: sev, Code: code, Message: msg,
		Span: model.Span{Start: model.Pos{Offset: start}, End: model.Pos{Offset: end}}})
}

// blockText returns the text of block b without its first skip bytes.
// The text is built once per block and skip.
func (p *parser) blockText(b *block, skip int) mapped {
	if b.text != nil && b.textSkip == skip && b.textSegs == len(b.segs) {
		return *b.text
	}
	m, ok := b.ahead.textFor(b, skip)
	if !ok {
		m = trimMapped(segText(p.text, p.str, b.segs, skip), "")
	}
	b.text, b.textSkip, b.textSegs = &m, skip, len(b.segs)
	return m
}

// run parses the whole text, stage by stage.
func (p *parser) run() {
	p.readLines()
	p.readBlocks()
	p.buildTree()
	p.annotate()
	p.checkStructure()
	p.finish()
}

// checkStructure warns about a text in which nothing of a plan was found:
// no title line ("KẾ HOẠCH", "QUYẾT ĐỊNH", a letter's "V/v"), no
// numbered section and no table. Its tree is one of paragraphs, which
// may not be what the user expects of the file.
func (p *parser) checkStructure() {
	if m := &p.doc.Meta; m.Title != "" || m.DocType != "" {
		return
	}
	for _, n := range p.doc.Body {
		if n.Kind == model.KindSection || n.Kind == model.KindTable {
			return
		}
	}
	p.diag(model.SeverityWarning, "no-structure",
		"found no title line (such as KẾ HOẠCH) and no numbered section: the text may not be an administrative document, or its layout was not recognised", 0, 0)
}

// readLines cuts the text into lines and studies their layout.
func (p *parser) readLines() {
	p.lines = splitLines(p.text)
	p.markdown = p.detectMarkdown()
	if !p.markdown {
		// Trailing spaces break a line only in Markdown; in text from a
		// PDF they are what the extraction left.
		for i := range p.lines {
			p.lines[i].hardBreak = false
		}
	}
	grids := mergeGrids(findGrids(p.str, p.lines), findStacks(p.str, p.lines))
	p.layout = studyLayout(p.str, p.lines)
	p.layout.grids = grids
	p.layout.fnMarkers = fusedMarkers(p.text)
	if p.cfg.format == "" {
		p.cfg.format = "text"
		if p.markdown {
			p.cfg.format = "markdown"
		}
	}
	p.doc.Source.Format = p.cfg.format
	p.doc.Source.Lines = len(p.lines)
}

// readBlocks groups the lines into blocks and repairs their labels.
func (p *parser) readBlocks() {
	blocks, pageNums := buildBlocks(p.str, p.lines, p.layout)
	p.blocks = blocks
	for _, b := range blocks {
		for _, at := range b.joins {
			p.diag(model.SeverityInfo, "text-rejoined", "a paragraph split by a blank line, a page break or footnote bodies was joined here", at, at)
		}
	}
	for _, i := range pageNums {
		ln := p.lines[i]
		p.doc.Meta.PageNumbers = append(p.doc.Meta.PageNumbers, model.PageNumber{
			Text: string(p.text[ln.cs:ln.ce]), Span: offSpan(ln.cs, ln.ce)})
	}
	p.fixRomanOne(p.blocks)
	p.fixBareNumbers(p.blocks)
	p.reportOCRRoman(p.blocks)
	p.lastPart = lastPartIndex(p.blocks)
}

// buildTree builds the tree of the body and the metadata from the
// blocks, with the work ahead on the spare cores.
func (p *parser) buildTree() {
	// About one node per block: size the map once.
	p.info = make(map[*model.Node]*nodeInfo, len(p.blocks))
	work := p.startAhead()
	p.regions()
	p.doc.Body = p.tree.root
	p.finishTree()
	work.stop()
}

// detectMarkdown reports whether the text uses Markdown syntax: ATX
// headings, table delimiter rows or emphasis.
func (p *parser) detectMarkdown() bool {
	for i := range p.lines {
		l := &p.lines[i]
		// Long headings are the notes someone put on top of a plain text
		// ("# KẾ HOẠCH SỐ 12 NGÀY ... CỦA ... — BẢN TEXT"), not headings.
		if l.md > 0 && l.width <= 80 || l.kind == lineTableSep {
			return true
		}
	}
	return strings.Contains(string(p.text[:min(len(p.text), 1<<16)]), "**")
}

func offSpan(start, end int) model.Span {
	return model.Span{Start: model.Pos{Offset: start}, End: model.Pos{Offset: end}}
}

// regions walks the blocks: the front matter, the body, the closing, and
// then any attached document and annex, each in turn.
func (p *parser) regions() {
	bl := p.blocks
	// About one node per block.
	p.tree.made = make([]madeNode, 0, len(bl))
	p.tree.texts = make([]pendingText, 0, len(bl))
	i := p.front(bl, 0, true, nil)
	closed := false
	for i < len(bl) {
		var stop stopReason
		i, stop = p.body(bl, i, closed)
		switch stop {
		case stopClosing:
			i = p.closing(bl, i)
			closed = true
		case stopAttachment:
			p.tree.reset()
			att := &model.Attachment{}
			i = p.front(bl, i, false, att)
			p.doc.Meta.Attachments = append(p.doc.Meta.Attachments, *att)
			p.pendingAtt = len(p.doc.Meta.Attachments)
			closed = false
		}
	}
	p.tree.buildTexts()
	p.tree.complete()
}

// stopReason says why the body stopped.
type stopReason uint8

const (
	stopEnd stopReason = iota
	stopClosing
	stopAttachment
)

// body adds blocks to the tree from i until the closing part, an attached
// document or the end, and returns where it stopped and why.
func (p *parser) body(bl []*block, i int, closed bool) (int, stopReason) {
	t := p.tree
	links := false // in a list of links of a web page's frame
	for ; i < len(bl); i++ {
		b := bl[i]
		switch b.kind {
		case blockFootnote:
			p.addFootnote(b)
			continue
		case blockRow:
			if p.isClosingRow(b) {
				return i, stopClosing
			}
			if p.chromeRow(b) != chromeNone {
				p.chromeNotes(b) // "Lược đồ | Tải về | In"
				continue
			}
			t.addRow(b)
			continue
		}
		s := b.firstText(p.str)
		if isClosingBlock(s) {
			return i, stopClosing
		}
		if lab, ok := annexLabel(p, bl, i); ok {
			t.startAnnex(b, lab)
			i = p.annexFront(bl, i+1) - 1
			continue
		}
		if p.isAttachmentStart(bl, i, closed) || closed && p.attachmentHeaderAt(bl, i) {
			return i, stopAttachment
		}
		if c := p.chromeBlock(b, links); c != chromeNone {
			p.chromeNotes(b)
			links = c == chromeList || links && b.lead == leadBullet
			continue
		}
		links = false
		switch b.lead {
		case leadLabel:
			if t.addSection(b) {
				continue
			}
			if !b.blankBefore && t.appendText(b) {
				continue
			}
			p.diag(model.SeverityInfo, "label-out-of-sequence",
				"a line starts like label "+quote(b.lab.raw)+" but does not fit the numbering; it is read as text", b.start(), b.start()+len(b.lab.raw))
			if b.bullet != "" {
				t.addItem(b)
				continue
			}
			t.addParagraph(b, false)
		case leadBullet:
			t.addItem(b)
		default:
			if p.isPartTitle(b) {
				t.startTitle(b)
				continue
			}
			top := len(t.stack) > 0 && isClosingParagraph(p.blockText(b, 0).s)
			t.addParagraph(b, top)
		}
	}
	return i, stopEnd
}

// partWords open the titles of the parts of a plan, in capitals.
var partWords = []string{"MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ", "GIẢI PHÁP", "NỘI DUNG",
	"TỔ CHỨC THỰC HIỆN", "KINH PHÍ", "QUAN ĐIỂM", "PHẠM VI", "ĐỐI TƯỢNG", "CHỈ TIÊU",
	"TRÁCH NHIỆM", "PHÂN CÔNG", "TIẾN ĐỘ", "CHẾ ĐỘ BÁO CÁO", "KẾT QUẢ", "ĐÁNH GIÁ",
	"THỰC TRẠNG", "BỐI CẢNH", "ĐIỀU KHOẢN THI HÀNH"}

// maxPartTitle bounds the characters of a part's title with no label.
const maxPartTitle = 80

// isPartTitle reports whether block b is the title of a part of the plan
// that lost its label: one line in capitals that opens with the name of a
// part ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"), where no labelled part
// is open (the body so far holds no section, or only such titles). A line
// in capitals inside a numbered part is a heading of that part's text.
func (p *parser) isPartTitle(b *block) bool {
	t := p.tree
	if b.kind != blockText || b.lead != leadNone || b.md > 0 || len(b.segs) != 1 {
		return false
	}
	if len(t.stack) > 0 && t.stack[0].lab.style != styleTitle {
		return false
	}
	s := strings.TrimSpace(trimMarks(p.blockText(b, 0).s))
	s = strings.TrimSuffix(s, ":")
	return s != "" && isUpperText(s) && runeWidth(s) <= maxPartTitle && startsWithAny(s, partWords)
}

func quote(s string) string { return "\"" + strings.TrimSpace(s) + "\"" }

// isClosingParagraph reports whether an unnumbered paragraph closes the
// document with a formula, so that it belongs at the top level rather
// than in the last section: "Trên đây là ...", and, ending in the mark
// "./.", a letter's thanks ("... trân trọng cảm ơn ..."), a notice's
// "... thông báo để các cơ quan biết, thực hiện./.", the formula on
// difficulties met on the way ("Trong quá trình thực hiện, nếu có vướng
// mắc, …") or the call to carry the plan out ("Yêu cầu các cơ quan, đơn
// vị nghiêm túc triển khai thực hiện./."). The end mark alone
// does not close: the last paragraph of "III. TỔ CHỨC THỰC HIỆN" carries
// it as often as a formula does, and assigns work.
func isClosingParagraph(s string) bool {
	if strings.HasPrefix(s, "Trên đây") {
		return true
	}
	if !strings.HasSuffix(s, "/.") {
		return false
	}
	if strings.HasPrefix(s, "Trong quá trình") && isStatement(s) {
		return true // "Trong quá trình thực hiện, nếu có vướng mắc, … báo cáo …./."
	}
	if strings.HasPrefix(s, "Yêu cầu") && strings.Contains(s, "nghiêm túc") && strings.Contains(s, "thực hiện") && len(s) <= 300 {
		return true // "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
	}
	return strings.Contains(s, "trân trọng") || strings.Contains(s, "Trân trọng") || strings.Contains(s, "thông báo để")
}

// isClosingBlock reports whether a text block starts the closing part:
// "Nơi nhận:" or a signature authority such as "TM. ỦY BAN NHÂN DÂN".
func isClosingBlock(s string) bool {
	if _, ok := recipientsHead(s); ok {
		return true
	}
	if auth, rest := authorityPrefix(s); auth != "" && isUpperText(rest) {
		return true
	}
	return false
}

// isClosingRow reports whether a table row holds the recipients or the
// signature.
func (p *parser) isClosingRow(b *block) bool {
	for _, c := range p.rawCells(b) {
		s := trimMarksLeft(p.str[c.start:c.end])
		if _, ok := recipientsHead(s); ok {
			return true
		}
		if auth, rest := authorityPrefix(s); auth != "" && isUpperText(firstSegment(rest)) {
			return true
		}
	}
	return false
}

// firstSegment returns s up to the first run of three spaces.
func firstSegment(s string) string {
	if i := strings.Index(s, "   "); i >= 0 {
		return s[:i]
	}
	return s
}

// slab hands out zero values of T allocated in chunks, for the many small
// objects of a tree: one allocation per chunk instead of one per object.
// The chunks grow with use, so that a small document allocates little.
type slab[T any] struct {
	free []T
	size int
}

// next returns a pointer to a new zero T.
func (s *slab[T]) next() *T {
	if len(s.free) == 0 {
		s.size = min(max(2*s.size, 16), 1024)
		s.free = make([]T, s.size)
	}
	v := &s.free[0]
	s.free = s.free[1:]
	return v
}
