package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// parseFile parses a file of testdata and checks the tree's spans and ids.
func parseFile(t *testing.T, name string) *model.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return parseBytes(t, name, src)
}

func parseBytes(t *testing.T, name string, src []byte) *model.Document {
	t.Helper()
	doc, err := Parse(src, WithFilename(name))
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	checkDoc(t, doc)
	return doc
}

// outline lists "id kind" for every node, in order.
func outline(doc *model.Document) []string {
	var out []string
	model.Walk(doc.Body, func(n *model.Node) bool {
		out = append(out, n.ID+" "+string(n.Kind))
		return true
	})
	return out
}

// node returns the node with the given id.
func node(t *testing.T, doc *model.Document, id string) *model.Node {
	t.Helper()
	var found *model.Node
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.ID == id {
			found = n
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no node %q; outline:\n%s", id, strings.Join(outline(doc), "\n"))
	}
	return found
}

func hasDiag(doc *model.Document, code string) bool {
	for _, d := range doc.Diagnostics {
		if d.Code == code {
			return true
		}
	}
	return false
}

// checkDoc checks every span of doc: in bounds, start before end, lines
// and columns consistent, children inside parents, in source order, ids
// unique, depth one more than the parent's.
func checkDoc(t *testing.T, doc *model.Document) {
	t.Helper()
	ids := make(map[string]bool)
	var walk func(parent *model.Node, ns []*model.Node, depth int)
	walk = func(parent *model.Node, ns []*model.Node, depth int) {
		prevEnd := -1
		for _, n := range ns {
			if ids[n.ID] {
				t.Errorf("duplicate id %q", n.ID)
			}
			ids[n.ID] = true
			if n.ID == "" {
				t.Errorf("node without id: %+v", n)
			}
			if n.Depth != depth {
				t.Errorf("node %q: depth %d, want %d", n.ID, n.Depth, depth)
			}
			s := n.Span
			if s.Start.Offset > s.End.Offset || s.Start.Line < 1 || s.Start.Column < 1 {
				t.Errorf("node %q: bad span %+v", n.ID, s)
			}
			if parent != nil && (s.Start.Offset < parent.Span.Start.Offset || s.End.Offset > parent.Span.End.Offset) {
				t.Errorf("node %q: span %d-%d outside parent %q %d-%d", n.ID, s.Start.Offset, s.End.Offset, parent.ID, parent.Span.Start.Offset, parent.Span.End.Offset)
			}
			if s.Start.Offset < prevEnd {
				t.Errorf("node %q starts at %d before its previous sibling ends at %d", n.ID, s.Start.Offset, prevEnd)
			}
			prevEnd = s.End.Offset
			for _, txt := range []string{n.Text, n.Heading} {
				if !utf8.ValidString(txt) {
					t.Errorf("node %q: invalid UTF-8 text", n.ID)
				}
			}
			walk(n, n.Children, depth+1)
		}
	}
	walk(nil, doc.Body, 1)
}

func TestTrapPageBreakInSentence(t *testing.T) {
	doc := parseFile(t, "traps/pagebreak-sentence.txt")
	want := []string{"I section", "I.1 section", "I.1/i1 item", "I.1/i2 item"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	got := node(t, doc, "I.1/i1").Text
	const text = "Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, đổi mới sáng tạo và phát triển doanh nghiệp. Tăng cường kiểm tra."
	if got != text {
		t.Errorf("item text = %q, want %q", got, text)
	}
	if len(doc.Meta.PageNumbers) != 1 || doc.Meta.PageNumbers[0].Text != "- 7 -" {
		t.Errorf("page numbers = %+v, want the line \"- 7 -\"", doc.Meta.PageNumbers)
	}
}

func TestTrapContinuationLooksLikeLabel(t *testing.T) {
	doc := parseFile(t, "traps/continuation-label.txt")
	want := []string{"II section", "II.1 section", "II.1/i1 item", "II.1/i2 item", "II.2 section", "II.2/i1 item"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "II.1/i1").Text; !strings.HasSuffix(got, "giai đoạn IV, đợt 1; Dự án cảng biển phía Nam.") {
		t.Errorf("item text = %q, want the continuation joined", got)
	}
}

func TestTrapFootnoteInSentence(t *testing.T) {
	doc := parseFile(t, "traps/footnote-midsentence.txt")
	if len(doc.Footnotes) != 1 {
		t.Fatalf("got %d footnotes, want 1", len(doc.Footnotes))
	}
	f := doc.Footnotes[0]
	if f.Label != "3" || !strings.HasPrefix(f.Text, "Nghị quyết số 12/2021/NQ-HĐND") || f.Truncated {
		t.Errorf("footnote = %+v", f)
	}
	item := node(t, doc, "1/i1")
	if want := "Nâng hạng các chỉ số hành chính của tỉnh trong nhóm 10 địa phương dẫn đầu cả nước³."; item.Text != want {
		t.Errorf("item text = %q, want %q", item.Text, want)
	}
	if cmp.Diff([]string{"1/i1"}, f.Refs) != "" || cmp.Diff([]string{"3"}, item.FootnoteRefs) != "" {
		t.Errorf("footnote refs = %v, item refs = %v", f.Refs, item.FootnoteRefs)
	}
	if n := len(outline(doc)); n != 3 {
		t.Errorf("outline = %v, want a section and two items", outline(doc))
	}
}

func TestTrapFootnoteTruncated(t *testing.T) {
	doc := parseFile(t, "traps/footnote-truncated.txt")
	if len(doc.Footnotes) != 1 || !doc.Footnotes[0].Truncated {
		t.Fatalf("footnotes = %+v, want one truncated", doc.Footnotes)
	}
	if !strings.HasSuffix(doc.Footnotes[0].Text, "công nghiệp công nghệ") {
		t.Errorf("footnote text = %q: the next bullet must not be glued on", doc.Footnotes[0].Text)
	}
	if !hasDiag(doc, "footnote-truncated") {
		t.Errorf("no footnote-truncated diagnostic: %+v", doc.Diagnostics)
	}
	if got := node(t, doc, "1/i2").Text; got != "Chủ động xây dựng kế hoạch hỗ trợ doanh nghiệp." {
		t.Errorf("second item = %q", got)
	}
}

func TestTrapFootnoteMarkerForms(t *testing.T) {
	doc := parseFile(t, "traps/footnote-markers.txt")
	labels := map[string][]string{}
	for _, f := range doc.Footnotes {
		labels[f.Label] = f.Refs
	}
	want := map[string][]string{"1": {"1/i1"}, "2": {"1/i1"}, "12": {"1/i2"}, "3": {"1/i3"}}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Errorf("footnote refs mismatch (-want +got):\n%s", diff)
	}
	if hasDiag(doc, "orphan-footnote") || hasDiag(doc, "missing-footnote") {
		t.Errorf("unexpected diagnostics: %+v", doc.Diagnostics)
	}
	// The action read from a sentence leaves its marker out.
	doc = parseBytes(t, "marker-in-action", []byte("KẾ HOẠCH\nChuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n"+
		"1. Sở Khoa học và Công nghệ chủ trì đẩy mạnh chuyển đổi số².\n\n² Theo Nghị quyết số 57-NQ/TW.\n"))
	if a := node(t, doc, "I.1").Assignment; a == nil || a.Action != "đẩy mạnh chuyển đổi số" {
		t.Errorf("I.1 assignment %+v, want the action without its marker", a)
	}
}

// TestTrapPDFPageFootnotes reads text as pdftotext gives it without
// -layout: footnote bodies at the bottom of each page, in the middle of a
// sentence, their markers plain digits fused to a name ("Đảng1") or an
// abbreviation ("NQ-HĐND2"), a running head and page numbers after form
// feeds; and a line cut after a verb whose object, a name, starts the
// next line.
func TestTrapPDFPageFootnotes(t *testing.T) {
	doc := parseFile(t, "traps/pdf-page-footnotes.txt")
	labels := map[string][]string{}
	for _, f := range doc.Footnotes {
		labels[f.Label] = f.Refs
	}
	if diff := cmp.Diff(map[string][]string{"1": nil, "2": {"II.2"}}, labels); diff != "" {
		t.Errorf("footnote refs mismatch (-want +got):\n%s", diff)
	}
	if hasDiag(doc, "orphan-footnote") || hasDiag(doc, "missing-footnote") {
		t.Errorf("unexpected diagnostics: %+v", doc.Diagnostics)
	}
	n := node(t, doc, "II.1")
	if want := "Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Tư pháp tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ phát triển hợp tác xã giai đoạn 2026 - 2030, hoàn thành trước ngày 30/9/2026."; n.Text != want {
		t.Errorf("II.1 text = %q, want %q", n.Text, want)
	}
	if len(n.Deadlines) != 1 || n.Deadlines[0].Date != "2026-09-30" {
		t.Errorf("II.1 deadlines = %+v", n.Deadlines)
	}
	if refs := node(t, doc, "II.2").References; len(refs) != 1 || refs[0].Number != "15/2024/NQ-HĐND" {
		t.Errorf("II.2 references = %+v, want 15/2024/NQ-HĐND without the marker", refs)
	}
	if refs := doc.Meta.References; len(refs) == 0 || refs[0].Issuer != "Ban Chấp hành Trung ương Đảng" {
		t.Errorf("preamble references = %+v, want the issuer without the marker", refs)
	}
}

// TestTrapPageBreakInName checks that a name cut by a page break, with
// a footnote body between its halves, is rejoined though its second half
// starts with a capital: "… phối hợp với các Đài Khí tượng" / "Thủy văn
// khu vực …".
func TestTrapPageBreakInName(t *testing.T) {
	doc := parseFile(t, "traps/pagebreak-name.txt")
	checkAgencies(t, doc, "I.1", []string{"Cục Khí tượng Thủy văn"}, []string{"các Đài Khí tượng Thủy văn khu vực"})
	if len(doc.Footnotes) != 1 {
		t.Errorf("footnotes = %+v, want the one between the halves", doc.Footnotes)
	}
}

func TestTrapInlineEnumeration(t *testing.T) {
	doc := parseFile(t, "traps/inline-enumeration.txt")
	want := []string{"1 section", "1/i1 item", "1/i2 item"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "1/i1").Text; !strings.Contains(got, "(ii) Đề án chăn nuôi bò thịt; (iii) Đề án") {
		t.Errorf("item text = %q, want the enumeration kept whole", got)
	}
}

func TestNumberingSchemes(t *testing.T) {
	doc := parseFile(t, "traps/numbering-schemes.txt")
	want := []string{
		"A section", "A.I section", "A.I.1 section", "A.I.1.1 section", "A.I.1.2 section",
		"A.I.1.2.a section", "A.I.1.2.b section", "A.I.1.2.d section", "A.I.1.2.đ section",
		"A.I.1.2.đ/i1 item", "A.I.1.2.đ/i1/i1 item", "A.I.1.2.đ/i1/i1/i1 item", "A.I.1.2.đ/i2 item",
		"A.I.2 section", "A.II section", "B section", "B.1 section", "B.2 section", "B.2.1 section",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if !hasDiag(doc, "numbering-gap") {
		t.Errorf("d) after b) gave no numbering-gap diagnostic")
	}
	n := node(t, doc, "B.2.1")
	if n.Heading != "" || !strings.HasPrefix(n.Text, "Các đơn vị chủ động") {
		t.Errorf("numbered paragraph: heading %q text %q, want the body as text", n.Heading, n.Text)
	}
	if h := node(t, doc, "A.I.1").Heading; h != "Mục tiêu chung" {
		t.Errorf("heading = %q", h)
	}
	for id, num := range map[string]string{"A": "upper_alpha", "A.I": "roman", "A.I.1": "arabic", "A.I.1.1": "decimal", "A.I.1.2.a": "lower_alpha"} {
		if got := node(t, doc, id).Numbering; got != num {
			t.Errorf("node %q numbering %q, want %q", id, got, num)
		}
	}
}

func TestLegalStyle(t *testing.T) {
	doc := parseFile(t, "traps/legal-style.txt")
	want := []string{
		"Phần I section", "Phần I.Chương I section", "Phần I.Chương I.Mục 1 section",
		"Phần I.Chương I.Mục 1.Điều 1 section", "Phần I.Chương I.Mục 1.Điều 1.1 section",
		"Phần I.Chương I.Mục 1.Điều 1.1.a section", "Phần I.Chương I.Mục 1.Điều 1.1.b section",
		"Phần I.Chương I.Mục 1.Điều 2 section", "Phần I.Chương II section", "Phần I.Chương II.Điều 3 section",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if doc.Meta.Enacting != "QUYẾT ĐỊNH:" {
		t.Errorf("enacting = %q", doc.Meta.Enacting)
	}
}

func TestWrappedPDFLayout(t *testing.T) {
	doc := parseFile(t, "traps/wrapped-heading.txt")
	want := []string{"II section", "II.1 section", "II.1/p1 paragraph", "II.1.a section",
		"II.1.a/i1 item", "II.1.a/i2 item", "II.1.a/i3 item", "II.1.b section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if h := node(t, doc, "II.1").Heading; h != "Nâng cao khả năng chống chịu và năng lực thích ứng của hệ thống tự nhiên, kinh tế và xã hội, bảo đảm sinh kế bền vững" {
		t.Errorf("wrapped heading = %q", h)
	}
	if got := node(t, doc, "II.1.a/i2").Text; !strings.HasSuffix(got, "vùng đồng bào dân tộc thiểu số;") {
		t.Errorf("item across a page number = %q", got)
	}
}

func TestOCRLabels(t *testing.T) {
	doc := parseFile(t, "traps/ocr-labels.txt")
	want := []string{"II section", "II.5 section", "II.5.a section", "II.5.b section",
		"II.6 section", "II.6.a section", "II.6.b section", "II.6.c section", "II.7 section", "II.8 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if !hasDiag(doc, "label-ocr-fixed") || !hasDiag(doc, "label-case-fixed") {
		t.Errorf("OCR repairs were not reported: %+v", doc.Diagnostics)
	}
	if got := node(t, doc, "II.5.a").Heading; got != "Cơ quan chủ trì: Thanh tra thành phố" {
		t.Errorf("repeated label left in text: %q", got)
	}
}

func TestMarkdown(t *testing.T) {
	doc := parseFile(t, "traps/markdown.txt")
	want := []string{"Điều 1 section", "Điều 2 section", "I section", "I.1 section", "I.1/i1 item", "I.3 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "Điều 1").Text; got != "Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ." {
		t.Errorf("emphasis left in text: %q", got)
	}
	if got := node(t, doc, "I.1").Text; got != "Tổ chức thể chế hóa đầy đủ các quan điểm." {
		t.Errorf("text = %q", got)
	}
	if got := node(t, doc, "I.3").Text; got != "Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai." {
		t.Errorf("bold over two lines: %q", got)
	}
	if doc.Source.Format != "markdown" {
		t.Errorf("format = %q, want markdown", doc.Source.Format)
	}
}

func TestTables(t *testing.T) {
	doc := parseFile(t, "traps/tables.txt")
	want := []string{"PHỤ LỤC section", "PHỤ LỤC/t1 table", "PHỤ LỤC/t1/r1 row", "PHỤ LỤC/t1/r2 row",
		"DANH MỤC section", "DANH MỤC/t1 table", "DANH MỤC/t1/r1 row", "DANH MỤC/t1/r2 row"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	tb := node(t, doc, "PHỤ LỤC/t1")
	if diff := cmp.Diff([]string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"}, tb.Header); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "DANH MỤC/t1/r2").Cells; len(got) != 5 || got[2] != "Sở Xây dựng" {
		t.Errorf("flattened row cells = %q", got)
	}
	annex := node(t, doc, "PHỤ LỤC")
	if annex.Heading != "CÁC NHIỆM VỤ CỤ THỂ" || !strings.HasPrefix(annex.Text, "(Kèm theo Kế hoạch") {
		t.Errorf("annex heading %q text %q", annex.Heading, annex.Text)
	}
}

// TestLayoutTable reads a table that a PDF extraction laid out with
// spaces: the header's names centred and wrapped onto a second line, the
// cells of each row wrapped within their columns, a blank line between
// two rows, and a note after the table.
func TestLayoutTable(t *testing.T) {
	doc := parseFile(t, "traps/layout-table.txt")
	tb := checkTaskTable(t, doc, "PHỤ LỤC/t1", []string{"STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"}, [][]string{
		{"1", "Xây dựng Bộ chỉ số đánh giá cải cách hành chính năm 2026", "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Tư pháp", "Quý I/2026"},
		{"2", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Trước ngày 30/9/2026"},
		{"3", "Kiểm tra cải cách hành chính tại 12 xã, phường", "Sở Nội vụ", "Sở Tư pháp", "Quý II và Quý IV/2026"},
	})
	if d := tb.Children[1].Deadlines; len(d) != 1 || d[0].Date != "2026-09-30" {
		t.Errorf("row 2 deadlines = %+v, want before 2026-09-30", d)
	}
	// The cells' spans point at their words in the source.
	src, err := os.ReadFile(filepath.Join("testdata", "traps/layout-table.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if sp := tb.Children[0].Span; !strings.Contains(string(src[sp.Start.Offset:sp.End.Offset]), "Quý I/2026") {
		t.Errorf("row 1 span %+v does not cover its line", sp)
	}
	var note bool
	model.Walk(doc.Body, func(n *model.Node) bool {
		note = note || n.Kind == model.KindParagraph && strings.HasPrefix(n.Text, "Ghi chú")
		return true
	})
	if !note {
		t.Errorf("the note after the table is not a paragraph of its own")
	}
}

// TestCentredLayoutTable reads a table laid out with spaces whose cells
// are centred in their rows, so that each index stands on a middle line
// of its row and the first line of the row is above it; the table runs
// over a page break (a form feed before the next page's first line) and
// repeats its header there.
func TestCentredLayoutTable(t *testing.T) {
	doc := parseFile(t, "traps/centred-grid.txt")
	checkTaskTable(t, doc, "I/t1", []string{"STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"}, [][]string{
		{"1", "Xây dựng Đề án phát triển thương mại điện tử giai đoạn 2026 - 2030", "Sở Công Thương", "Sở Tài chính; Sở Khoa học và Công nghệ", "Quý II/2026"},
		{"2", "Tổ chức tập huấn kỹ năng bán hàng trực tuyến cho hộ kinh doanh", "Sở Công Thương", "Hội Liên hiệp Phụ nữ tỉnh", "Quý III/2026"},
		{"3", "Tuyên truyền về thương mại điện tử", "Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình tỉnh", "Hằng năm"},
		{"4", "Hỗ trợ doanh nghiệp đưa sản phẩm lên sàn giao dịch điện tử", "Sở Công Thương", "Ủy ban nhân dân các xã, phường", "Năm 2026"},
	})
}

// TestStackedTable reads a table that a PDF extraction stacked one cell
// per line: the header's names on lines of their own, one wrapped; each
// row opened by its index, the bare number that looks like a page
// number; cells wrapped over lines; a row with no cooperating agency.
func TestStackedTable(t *testing.T) {
	doc := parseFile(t, "traps/stacked-table.txt")
	checkTaskTable(t, doc, "PHỤ LỤC/t1", []string{"STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"}, [][]string{
		{"1", "Rà soát, phân loại hợp tác xã theo tiêu chí của Luật Hợp tác xã", "Sở Nông nghiệp và Môi trường", "Liên minh Hợp tác xã tỉnh; UBND các xã, phường", "Quý II/2026"},
		{"2", "Cập nhật cơ sở dữ liệu trên Hệ thống thông tin quốc gia", "Sở Khoa học và Công nghệ", "", "Trước ngày 30/11/2026"},
		{"3", "Kiểm tra việc sử dụng kinh phí", "Sở Tài chính", "", "Quý IV/2026"},
	})
	if len(doc.Meta.PageNumbers) != 0 {
		t.Errorf("page numbers %+v, want none: the bare numbers are the rows' indexes", doc.Meta.PageNumbers)
	}
}

// checkTaskTable checks the header and the cells of the rows of the table
// id, and that each row is a task led by the body in its third cell and
// with a deadline. It returns the table.
func checkTaskTable(t *testing.T, doc *model.Document, id string, header []string, rows [][]string) *model.Node {
	t.Helper()
	tb := node(t, doc, id)
	if diff := cmp.Diff(header, tb.Header); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	if len(tb.Children) != len(rows) {
		t.Fatalf("table has %d rows, want %d: %s", len(tb.Children), len(rows), outline(doc))
	}
	for i, want := range rows {
		r := tb.Children[i]
		if diff := cmp.Diff(want, r.Cells); diff != "" {
			t.Errorf("%s cells mismatch (-want +got):\n%s", r.ID, diff)
		}
		if !r.Task || r.Assignment == nil || r.Assignment.Lead[0] != want[2] || len(r.Deadlines) == 0 {
			t.Errorf("%s: task %v, assignment %+v, deadlines %+v, want led by %s with a deadline", r.ID, r.Task, r.Assignment, r.Deadlines, want[2])
		}
	}
	return tb
}

// TestDecisionWithAttachedPlan reads a decision in the form of a web copy:
// the header as table rows, no blank lines between paragraphs, a "KT."
// signature, then the attached plan with its own numbering.
func TestDecisionWithAttachedPlan(t *testing.T) {
	doc := parseFile(t, "traps/decision-attached.txt")
	m := doc.Meta
	for _, c := range []struct{ name, got, want string }{
		{"issuer", m.Issuer, "ỦY BAN NHÂN DÂN TỈNH AN BÌNH"},
		{"number", m.Number, "12/QĐ-UBND"},
		{"place", m.Place, "An Bình"},
		{"date", m.Date, "2024-03-05"},
		{"title", m.Title, "QUYẾT ĐỊNH"},
		{"doc type", m.DocType, "Quyết định"},
		{"subject", m.Subject, "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2024"},
		{"authority", m.Authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN BÌNH"},
		{"enacting", m.Enacting, "QUYẾT ĐỊNH:"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if s := m.Signature; s == nil || s.Authority != "KT." || s.OnBehalfOf != "CHỦ TỊCH" || s.Title != "PHÓ CHỦ TỊCH" || s.Name != "Trần Văn Bình" {
		t.Errorf("signature = %+v", m.Signature)
	}
	if len(m.Recipients) != 2 || m.Recipients[1].Note != "b/c" || strings.Join(m.Archive, ",") != "VT,KGVX" {
		t.Errorf("recipients %+v, archive %v", m.Recipients, m.Archive)
	}
	if len(m.Preamble) != 3 {
		t.Errorf("preamble = %q, want the three lines of legal basis", m.Preamble)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Title != "KẾ HOẠCH" || m.Attachments[0].First != "I" ||
		!strings.HasPrefix(m.Attachments[0].IssuedWith, "(Kèm theo Quyết định số 12/QĐ-UBND") {
		t.Errorf("attachments = %+v", m.Attachments)
	}
	want := []string{"Điều 1 section", "Điều 2 section", "Điều 3 section",
		"I section", "I.1 section", "II section", "II.1 section", "II.1.a section", "II.1.b section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	// The explicit field of point b gives its section a deadline and a
	// cooperating agency; point a inherits the lead.
	sec := node(t, doc, "II.1")
	if a := sec.Assignment; a == nil || strings.Join(a.Lead, ";") != "Sở Thông tin và Truyền thông" {
		t.Errorf("II.1 assignment = %+v", sec.Assignment)
	}
	if a := node(t, doc, "II.1.a").Assignment; a == nil || !a.Inherited || a.Lead[0] != "Sở Thông tin và Truyền thông" {
		t.Errorf("II.1.a assignment = %+v", a)
	}
	found := false
	for _, d := range sec.Deadlines {
		if d.Period == "2024-Q3" {
			found = true
		}
	}
	if !found {
		t.Errorf("II.1 deadlines = %+v, want the field's 2024-Q3", sec.Deadlines)
	}
	if tg := node(t, doc, "I.1").Targets; len(tg) != 1 || *tg[0].Value != 100 || tg[0].Unit != "%" {
		t.Errorf("I.1 targets = %+v", tg)
	}
}
