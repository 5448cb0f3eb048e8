package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// The tests of this file read the forms that documents from other issuers
// and text extractions take: older label punctuation, paragraphs set
// apart by blank lines, PDF layouts with indented first lines, page marks
// of OCR tools, Party headers, official letters and closings without an
// authority prefix.

func TestOldLabelForms(t *testing.T) {
	doc := parseFile(t, "traps/old-labels.txt")
	want := []string{
		"I section", "I.1 section", "I.2 section",
		"II section", "II.1 section", "II.2 section", "II.3 section", "II.4 section",
		"III section", "III.1 section",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	tests := []struct {
		id, field, want string
	}{
		// A range cut after its dash goes on on the next line.
		{"II.1", "text", "Điều chỉnh quy hoạch chung của tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 trong năm 2026."},
		// So does a bracket that the next line closes.
		{"II.2", "text", "Thành lập mới ít nhất 03 cụm công nghiệp (Khu A, Khu B 2, Khu C), nâng tổng số cụm công nghiệp lên 20 cụm."},
		// "Phụ lục 2 kèm theo ..." in sentence case is a reference, not an annex.
		{"II.3", "text", "Các nhiệm vụ cụ thể được xác định tại Phụ lục 2 kèm theo Kế hoạch này."},
		// An inline enumerator at the end of a line opens what follows.
		{"II.4", "text", "Sở Công Thương chủ trì các nội dung sau: (i) Rà soát các dự án; (ii) Tổ chức hội nghị xúc tiến đầu tư."},
		// A bold heading wrapped over two lines.
		{"III", "heading", "TỔ CHỨC THỰC HIỆN"},
		{"II", "heading", "NHIỆM VỤ"},
	}
	for _, tt := range tests {
		n := node(t, doc, tt.id)
		got := n.Text
		if tt.field == "heading" {
			got = n.Heading
		}
		if got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.id, tt.field, got, tt.want)
		}
	}
	if got := node(t, doc, "I").Numbering; got != "roman" {
		t.Errorf(`"I-" numbering = %q, want roman`, got)
	}
}

func TestBlankSeparatedParagraphs(t *testing.T) {
	doc := parseFile(t, "traps/blank-separated.txt")
	want := []string{
		"I section", "I.1 section", "I.1/i1 item", "I.1/i2 item",
		"I.2 section", "I.2/i1 item", "I.2/i2 item", "II section", "II/i1 item",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	// A line break after a full stop is a wrap when blank lines set the
	// paragraphs apart.
	if got := node(t, doc, "I.1/i1").Text; !strings.HasSuffix(got, "môi trường. Hoàn thiện cơ chế phân bổ, quản lý kinh phí sự nghiệp môi trường bảo đảm tiết kiệm, hiệu quả.") {
		t.Errorf("item = %q, want its second sentence", got)
	}
	// Two trailing spaces break a line only in Markdown.
	if got := node(t, doc, "I.1/i2").Text; !strings.HasSuffix(got, "chất Thải rắn sinh hoạt.") {
		t.Errorf("item = %q, want the line after trailing spaces joined", got)
	}
}

func TestIndentedPDFLayout(t *testing.T) {
	doc := parseFile(t, "traps/indented-layout.txt")
	want := []string{
		"II section", "II.1 section", "II.1/p1 paragraph",
		"II.2 section", "II.2/i1 item", "II.2/i2 item",
		"II.3 section", "II.3/p1 paragraph", "II.4 section", "II.4/p1 paragraph",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	// Back at the margin after an indented first line, a capital goes on
	// with the paragraph.
	p := node(t, doc, "II.1/p1")
	if !strings.Contains(p.Text, "Ban Quản lý khu Kinh tế và các cơ quan liên quan") {
		t.Errorf("paragraph = %q, want the line at the margin joined", p.Text)
	}
	if a := p.Assignment; a == nil || strings.Join(a.Lead, ";") != "Ủy ban nhân dân xã A" {
		t.Errorf("II.1/p1 assignment = %+v", p.Assignment)
	}
	// An indented dash under a full heading line opens an item.
	if h := node(t, doc, "II.2").Heading; h != "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh An Bình" {
		t.Errorf("II.2 heading = %q", h)
	}
}

func TestPageMarksAndLabelOnlyFootnote(t *testing.T) {
	doc := parseFile(t, "traps/page-marks.txt")
	want := []string{"1 section", "1.a section", "1.b section", "1.c section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "1.b").Text; !strings.HasSuffix(got, "dựa trên dữ liệu và phân loại cơ sở theo mức độ rủi ro.") {
		t.Errorf("1.b = %q, want the sentence joined across the page mark", got)
	}
	var pages []string
	for _, pn := range doc.Meta.PageNumbers {
		pages = append(pages, pn.Text)
	}
	if diff := cmp.Diff([]string{"===== Trang 3 =====", "18.KHDS.DOC 3"}, pages); diff != "" {
		t.Errorf("page numbers mismatch (-want +got):\n%s", diff)
	}
	labels := map[string][]string{}
	for _, f := range doc.Footnotes {
		labels[f.Label] = f.Refs
	}
	if diff := cmp.Diff(map[string][]string{"1": {"1.a"}, "2": {"1.a"}}, labels); diff != "" {
		t.Errorf("footnotes mismatch (-want +got):\n%s", diff)
	}
	if len(doc.Footnotes) == 2 && !strings.HasPrefix(doc.Footnotes[1].Text, "Thông tư số 01/2021/TT-BYT") {
		t.Errorf("footnote 2 = %q, want the body on the line after its label", doc.Footnotes[1].Text)
	}
}

func TestPartyHeader(t *testing.T) {
	doc := parseFile(t, "traps/header-forms.txt")
	m := doc.Meta
	for _, c := range []struct{ name, got, want string }{
		{"issuer", m.Issuer, "TỈNH ỦY AN BÌNH"},
		{"motto", m.Motto, "ĐẢNG CỘNG SẢN VIỆT NAM"},
		{"number", m.Number, "34-NQ/TU"},
		{"place", m.Place, "An Bình"},
		{"date", m.Date, "2025-12-27"},
		{"title", m.Title, "NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY"},
		{"subject", m.Subject, "về phát triển các khu công nghiệp, cụm công nghiệp"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestBlankNumber(t *testing.T) {
	src := "TỈNH ỦY AN BÌNH\n*\nSố         -CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nAn Bình, ngày        tháng 8 năm 2026\n\n" +
		"CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW\n\nI. MỤC ĐÍCH\n1. Quán triệt Kết luận.\n"
	doc := parseBytes(t, "blank-number", []byte(src))
	m := doc.Meta
	if m.Number != "-CTr/TU" || m.Issuer != "TỈNH ỦY AN BÌNH" || m.Place != "An Bình" || len(m.Notes) != 0 {
		t.Errorf("number %q issuer %q place %q notes %q", m.Number, m.Issuer, m.Place, m.Notes)
	}
}

func TestOfficialLetter(t *testing.T) {
	doc := parseFile(t, "traps/letter.txt")
	m := doc.Meta
	if m.DocType != "Công văn" || m.Subject != "triển khai thực hiện các quy định pháp luật về thị trường các-bon" {
		t.Errorf("doc type %q subject %q", m.DocType, m.Subject)
	}
	if diff := cmp.Diff([]string{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}, m.Addressees); diff != "" {
		t.Errorf("addressees mismatch (-want +got):\n%s", diff)
	}
	// "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành ..." opens the
	// preamble; it is not a place and date of the header.
	if len(m.Preamble) != 2 || !strings.HasPrefix(m.Preamble[0], "Ngày 09 tháng 6 năm 2025") || len(m.Notes) != 0 {
		t.Errorf("preamble %q notes %q", m.Preamble, m.Notes)
	}
	// The tasks of a letter are asked of its addressees.
	a := node(t, doc, "2").Assignment
	if a == nil || !a.Inherited || a.From != "" || len(a.Lead) != 1 || strings.Join(a.Cooperating, ";") != "Bộ Tài chính" {
		t.Errorf("2 assignment = %+v", a)
	}
	if a := node(t, doc, "p1").Assignment; a != nil {
		t.Errorf("closing courtesy assigned to %+v", a)
	}
	// The signature in the right-hand column, beside the recipients.
	if s := m.Signature; s == nil || s.Authority != "KT." || s.OnBehalfOf != "BỘ TRƯỞNG" || s.Title != "THỨ TRƯỞNG" || s.Name != "Nguyễn Văn An" {
		t.Errorf("signature = %+v", m.Signature)
	}
	var names []string
	for _, r := range m.Recipients {
		names = append(names, r.Name)
	}
	if diff := cmp.Diff([]string{"Như trên", "Văn phòng Chính phủ"}, names); diff != "" {
		t.Errorf("recipients mismatch (-want +got):\n%s", diff)
	}
	if hasDiag(doc, "unrecognized-line") {
		t.Errorf("unexpected diagnostics: %+v", doc.Diagnostics)
	}
}

func TestClosingWithoutAuthority(t *testing.T) {
	doc := parseFile(t, "traps/closing-forms.txt")
	m := doc.Meta
	if s := m.Signature; s == nil || s.Authority != "" || s.Title != "BỘ TRƯỞNG" || s.Name != "Trần Văn Bình" {
		t.Errorf("signature = %+v", m.Signature)
	}
	if strings.Join(m.Archive, ",") != "VT,VLXD" || len(m.Recipients) != 2 {
		t.Errorf("recipients %+v archive %v", m.Recipients, m.Archive)
	}
	if diff := cmp.Diff([]string{"Điều 1 section", "Điều 2 section"}, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
}

func TestTwoRowTableHeader(t *testing.T) {
	doc := parseFile(t, "traps/two-row-header.txt")
	tb := node(t, doc, "t1")
	want := []string{"Thời gian", "Nội dung công việc", "Cơ quan chịu trách nhiệm", "Đơn vị chủ trì", "Đơn vị phối hợp"}
	if diff := cmp.Diff(want, tb.Header); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	if len(tb.Children) != 2 {
		t.Fatalf("table has %d rows, want 2", len(tb.Children))
	}
	// The column that leads outranks the one only responsible.
	a := tb.Children[0].Assignment
	if a == nil || strings.Join(a.Lead, ";") != "Ban Quản lý dự án" || strings.Join(a.Cooperating, ";") != "Vụ Kế hoạch - Tài chính;Vụ Pháp chế" {
		t.Errorf("row 1 assignment = %+v", a)
	}
}

func TestClosingOCRAndWebForms(t *testing.T) {
	tests := []struct {
		name, src string
		sig       string // authority|on behalf of|title|name
		recips    int
	}{
		{
			// OCR drops the hook of "nhận"; the signature runs on the
			// recipients' line.
			name: "ocr",
			src: "1. Sở A theo dõi, đôn đốc thực hiện Nghị quyết.\n\nNơi nhân: T/M BAN THƯỜNG VỤ\n" +
				"- Các đảng ủy trực thuộc,\n- Lưu Văn phòng.\n\nNguyễn Văn An\n",
			sig: "TM.|BAN THƯỜNG VỤ||Nguyễn Văn An", recips: 1,
		},
		{
			// A web copy: bars left of empty tables, a bold authority
			// wrapped over two lines.
			name: "web",
			src: "1. Sở A theo dõi, đôn đốc thực hiện Kế hoạch./.\n\n|\nNơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\n|\n" +
				"**TM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Bình\n|\n",
			sig: "TM.|ỦY BAN NHÂN DÂN|PHÓ CHỦ TỊCH|Trần Thị Bình", recips: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseBytes(t, tt.name, []byte(tt.src))
			m := doc.Meta
			got := ""
			if s := m.Signature; s != nil {
				got = s.Authority + "|" + s.OnBehalfOf + "|" + s.Title + "|" + s.Name
			}
			if got != tt.sig {
				t.Errorf("signature = %q, want %q", got, tt.sig)
			}
			if len(m.Recipients) != tt.recips || len(m.Archive) != 1 {
				t.Errorf("recipients %+v archive %q", m.Recipients, m.Archive)
			}
			if diff := cmp.Diff([]string{"1 section"}, outline(doc)); diff != "" {
				t.Errorf("outline mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOCRPartyMotto(t *testing.T) {
	src := "TỈNH ỦY AN BÌNH ĐÁNG CỘNG SẢN VIỆT NAM\n*\nSố 12-NQ/TU An Bình, ngày 5 tháng 3 năm 2025\n\nNGHỊ QUYẾT\nvề phát triển du lịch\n\nI. MỤC TIÊU\n"
	m := parseBytes(t, "motto", []byte(src)).Meta
	if m.Issuer != "TỈNH ỦY AN BÌNH" || m.Motto != "ĐÁNG CỘNG SẢN VIỆT NAM" {
		t.Errorf("issuer %q motto %q", m.Issuer, m.Motto)
	}
}

func TestLineCutBeforeCitation(t *testing.T) {
	src := "I. MỤC ĐÍCH\n\nSau 8 năm triển khai thực hiện\nNghị quyết số 21-NQ/TW ngày 25/10/2017, các cấp đã ban hành nhiều kế hoạch.\n\n" +
		"Nghị quyết số 21-NQ/TW đã đề ra các mục tiêu cụ thể.\n"
	doc := parseBytes(t, "cite", []byte(src))
	want := []string{"I section", "I/p1 paragraph", "I/p2 paragraph"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "I/p1").Text; !strings.HasPrefix(got, "Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW") {
		t.Errorf("paragraph = %q, want the cited document joined", got)
	}
}

func TestGroupRowsDoNotInherit(t *testing.T) {
	src := "II. TỔ CHỨC THỰC HIỆN\n1. Sở A chủ trì tổng hợp kết quả.\n\n" +
		"TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp\n--- | --- | --- | ---\nI | GIAI ĐOẠN 1\n1 | Lập nhiệm vụ | Sở B | Sở C\n"
	doc := parseBytes(t, "rows", []byte(src))
	var rows []string
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Kind == model.KindRow {
			lead := ""
			if n.Assignment != nil {
				lead = strings.Join(n.Assignment.Lead, ";")
			}
			rows = append(rows, n.Cells[0]+"="+lead)
		}
		return true
	})
	if diff := cmp.Diff([]string{"I=", "1=Sở B"}, rows); diff != "" {
		t.Errorf("row leads mismatch (-want +got):\n%s", diff)
	}
}

func TestDigitalSignatureStampInHeader(t *testing.T) {
	src := "BỘ A\nBỘ A\n28-07-2026 18:08:51 +07:00\n\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\n" +
		"Số 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW\n\nI. MỤC ĐÍCH\n"
	m := parseBytes(t, "stamp", []byte(src)).Meta
	if m.Issuer != "BAN CHẤP HÀNH TRUNG ƯƠNG" || m.Motto != "ĐẢNG CỘNG SẢN VIỆT NAM" || m.Number != "31-CTr/TW" {
		t.Errorf("issuer %q motto %q number %q", m.Issuer, m.Motto, m.Number)
	}
	if diff := cmp.Diff([]string{"BỘ A BỘ A", "28-07-2026 18:08:51 +07:00"}, m.Notes); diff != "" {
		t.Errorf("notes mismatch (-want +got):\n%s", diff)
	}
}

// TestLineCutForms reads lines cut where no sentence can end, in a text
// with one line per paragraph: each pair of lines is one paragraph.
func TestLineCutForms(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"agency head", "Giao Vụ trưởng Vụ\nPháp chế theo dõi việc thực hiện.",
			"Giao Vụ trưởng Vụ Pháp chế theo dõi việc thực hiện."},
		{"office", "Giao Cục trưởng\nCục Kiểm lâm hướng dẫn thực hiện.",
			"Giao Cục trưởng Cục Kiểm lâm hướng dẫn thực hiện."},
		{"date", "Nghị định ban hành ngày 21 tháng 5 năm\n2026 quy định về dịch vụ môi trường rừng.",
			"Nghị định ban hành ngày 21 tháng 5 năm 2026 quy định về dịch vụ môi trường rừng."},
		{"italic", "*Căn cứ Nghị định số 35/2025/NĐ-CP của Chính phủ quy định chức năng của Bộ\nNông nghiệp và Môi trường;*",
			"Căn cứ Nghị định số 35/2025/NĐ-CP của Chính phủ quy định chức năng của Bộ Nông nghiệp và Môi trường;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "I. NHIỆM VỤ\n" + tt.src + "\nII. TỔ CHỨC THỰC HIỆN\n"
			doc := parseBytes(t, tt.name, []byte(src))
			want := []string{"I section", "I/p1 paragraph", "II section"}
			if diff := cmp.Diff(want, outline(doc)); diff != "" {
				t.Fatalf("outline mismatch (-want +got):\n%s", diff)
			}
			if got := node(t, doc, "I/p1").Text; got != tt.want {
				t.Errorf("paragraph = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOCRRomanOne(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"misread", "1- MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Kết luận.\n2. Xác định nhiệm vụ.\nII- NHIỆM VỤ\n1. Tăng cường lãnh đạo.\n",
			[]string{"I section", "I.1 section", "I.2 section", "II section", "II.1 section"}},
		{"digits throughout", "1. MỤC ĐÍCH\na) Quán triệt.\n2. NHIỆM VỤ\nII. PHỤ LỤC KÈM THEO\n",
			[]string{"1 section", "1.a section", "2 section", "II section"}},
		{"roman one present", "I. MỤC TIÊU\n1. MỤC TIÊU CHUNG\nNâng cao chất lượng.\nII. NHIỆM VỤ\n",
			[]string{"I section", "I.1 section", "I.1/p1 paragraph", "II section"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseBytes(t, tt.name, []byte(tt.src))
			if diff := cmp.Diff(tt.want, outline(doc)); diff != "" {
				t.Errorf("outline mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFlattenedTableCells(t *testing.T) {
	src := "PHỤ LỤC\nCÁC NHIỆM VỤ CỤ THỂ\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n" +
		"Thời gian thực hiện\n1\nTuyên truyền, phổ biến Nghị định\na)\nTổ chức hội nghị phổ biến Nghị định.\nSở A\nSở B; các cơ quan liên quan\nQuý III/2026\n" +
		"2\nXây dựng văn bản hướng dẫn.\nSở C\nSở D\nQuý IV/2026\n"
	doc := parseBytes(t, "flat", []byte(src))
	want := []string{"PHỤ LỤC section", "PHỤ LỤC/t1 table", "PHỤ LỤC/t1/r1 row", "PHỤ LỤC/t1/r2 row", "PHỤ LỤC/t1/r3 row"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Fatalf("outline mismatch (-want +got):\n%s", diff)
	}
	if h := node(t, doc, "PHỤ LỤC/t1").Header; len(h) != 5 || h[4] != "Thời gian thực hiện" {
		t.Errorf("header = %q, want the cell before the first row added", h)
	}
	r := node(t, doc, "PHỤ LỤC/t1/r2")
	if diff := cmp.Diff([]string{"a)", "Tổ chức hội nghị phổ biến Nghị định.", "Sở A", "Sở B; các cơ quan liên quan", "Quý III/2026"}, r.Cells); diff != "" {
		t.Errorf("row cells mismatch (-want +got):\n%s", diff)
	}
	if a := r.Assignment; a == nil || strings.Join(a.Lead, ";") != "Sở A" || len(r.Deadlines) != 1 {
		t.Errorf("row assignment %+v deadlines %+v", r.Assignment, r.Deadlines)
	}
	if len(doc.Meta.PageNumbers) != 0 {
		t.Errorf("row numbers taken as page numbers: %+v", doc.Meta.PageNumbers)
	}
}

func TestScheduleAfterBody(t *testing.T) {
	src := "I. MỤC ĐÍCH\n1. Quán triệt.\nII. TỔ CHỨC THỰC HIỆN\n1. Các Vụ có trách nhiệm thực hiện.\n" +
		"NỘI DUNG CHI TIẾT\n\nThời gian | Nội dung | Đơn vị chủ trì\n10/2026 | Lập nhiệm vụ. | Vụ A\n"
	doc := parseBytes(t, "schedule", []byte(src))
	want := []string{"I section", "I.1 section", "II section", "II.1 section",
		"NỘI DUNG CHI TIẾT section", "NỘI DUNG CHI TIẾT/t1 table", "NỘI DUNG CHI TIẾT/t1/r1 row"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
}

func TestCopierNotesAboveHeader(t *testing.T) {
	src := "# KẾ HOẠCH SỐ 12/KH-UBND NGÀY 5/3/2026 CỦA ỦY BAN NHÂN DÂN TỈNH AN BÌNH — BẢN TEXT\n" +
		"# Trích từ tệp PDF có chữ ký số (12 trang).\n\nỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\n\nAn Bình, ngày 5 tháng 3 năm 2026\n\n" +
		"KẾ HOẠCH\nthực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy về  \nphát triển du lịch\n\nI. MỤC ĐÍCH\n"
	m := parseBytes(t, "notes", []byte(src)).Meta
	if m.Title != "KẾ HOẠCH" || m.Issuer != "ỦY BAN NHÂN DÂN TỈNH AN BÌNH" || m.Place != "An Bình" || len(m.Notes) != 2 {
		t.Errorf("title %q issuer %q place %q notes %q", m.Title, m.Issuer, m.Place, m.Notes)
	}
	if m.Subject != "thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy về phát triển du lịch" {
		t.Errorf("subject = %q", m.Subject)
	}
}

// TestMarkdownTitleWithTable checks that a Markdown heading that is the
// title stays the title when the body has a table: the table's rows are
// no header material coming after a copier's note.
func TestMarkdownTitleWithTable(t *testing.T) {
	src := "# KẾ HOẠCH\n\nCải cách hành chính năm 2026\n\n## I. NHIỆM VỤ\n\n" +
		"| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Rà soát thủ tục | Sở Tư pháp |\n"
	m := parseBytes(t, "md-title-table", []byte(src)).Meta
	if m.DocType != "Kế hoạch" || m.Title != "KẾ HOẠCH" || m.Subject != "Cải cách hành chính năm 2026" || len(m.Preamble) != 0 {
		t.Errorf("doc type %q title %q subject %q preamble %q", m.DocType, m.Title, m.Subject, m.Preamble)
	}
}

// TestHeaderCellBoldLine checks a header cell of a web copy whose line
// break was lost, the issuer's line bold after its superior's: the two
// bodies are told apart.
func TestHeaderCellBoldLine(t *testing.T) {
	src := "| BỘ GIÁO DỤC VÀ ĐÀO TẠO **TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** |\n" +
		"| --- | --- |\n| Số: 1045/KH-ĐHKTMT | *Quảng Lâm, ngày 18 tháng 8 năm 2027* |\n\n" +
		"**KẾ HOẠCH**\n\n**Thực hiện nhiệm vụ năm học 2027 - 2028**\n\n**I. NHIỆM VỤ**\n\n1. Phòng Đào tạo chủ trì xây dựng kế hoạch.\n"
	m := parseBytes(t, "header-bold-line", []byte(src)).Meta
	if m.Issuer != "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG" || m.Superior != "BỘ GIÁO DỤC VÀ ĐÀO TẠO" || m.Date != "2027-08-18" {
		t.Errorf("issuer %q, superior %q, date %q", m.Issuer, m.Superior, m.Date)
	}
}

// TestSignatureCellRunTogether checks a closing laid out as a table row
// whose line breaks a copy lost: the title in capitals and the signer's
// name share the right cell, and a dash inside an upper-case name does
// not split it.
func TestSignatureCellRunTogether(t *testing.T) {
	for _, tt := range []struct{ row, authority, onBehalf, title, name string }{
		{"| Nơi nhận: - Thanh tra Chính phủ (b/c); - Lưu: VT, NV1. | CHÁNH THANH TRA Nguyễn Văn Bình |", "", "", "CHÁNH THANH TRA", "Nguyễn Văn Bình"},
		{"| *Nơi nhận:* - Ban Giám hiệu; - Lưu: VT. | **HIỆU TRƯỞNG** PGS.TS. Đoàn Minh Châu |", "", "", "HIỆU TRƯỞNG", "PGS.TS. Đoàn Minh Châu"},
		{"| Nơi nhận: - Như trên; - Lưu: VT. | TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG CHỦ TỊCH Lê Minh Quang |", "TM.", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH", "Lê Minh Quang"},
	} {
		src := "KẾ HOẠCH\nThanh tra năm 2027\n\nI. NHIỆM VỤ\n1. Phòng Nghiệp vụ 1 chủ trì thanh tra./.\n\n" + tt.row + "\n| --- | --- |\n"
		sig := parseBytes(t, "signature-cell", []byte(src)).Meta.Signature
		if sig == nil || sig.Authority != tt.authority || sig.OnBehalfOf != tt.onBehalf || sig.Title != tt.title || sig.Name != tt.name {
			t.Errorf("%s: signature %+v, want %s %s / %s / %s", tt.row, sig, tt.authority, tt.onBehalf, tt.title, tt.name)
		}
	}
}

// TestTableOnly checks that a document that is a table of tasks alone
// gives its rows as tasks, not its header as the document's issuer.
func TestTableOnly(t *testing.T) {
	src := "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n" +
		"| 1 | Nâng cấp Trung tâm điều hành thông minh | Sở Khoa học và Công nghệ | Quý II/2026 |\n" +
		"| 2 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | Trước ngày 31/10/2026 |\n"
	doc := parseBytes(t, "table-only", []byte(src))
	if m := doc.Meta; m.Issuer != "" || len(m.Notes) != 0 {
		t.Errorf("issuer %q, notes %q, want none", m.Issuer, m.Notes)
	}
	checkTaskTable(t, doc, "t1", []string{"STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"}, [][]string{
		{"1", "Nâng cấp Trung tâm điều hành thông minh", "Sở Khoa học và Công nghệ", "Quý II/2026"},
		{"2", "Số hóa hồ sơ hộ tịch", "Sở Tư pháp", "Trước ngày 31/10/2026"},
	})
}

func TestRecipientsOnOneLine(t *testing.T) {
	src := "1. Sở A thực hiện./.\n\nNơi nhận:\n- Báo tỉnh; Cổng thông tin điện tử tỉnh;\n- Các Bộ: Tài chính; Xây dựng;\n- Lưu: VT.\n"
	var names []string
	for _, r := range parseBytes(t, "recips", []byte(src)).Meta.Recipients {
		names = append(names, r.Name)
	}
	if diff := cmp.Diff([]string{"Báo tỉnh", "Cổng thông tin điện tử tỉnh", "Các Bộ: Tài chính; Xây dựng"}, names); diff != "" {
		t.Errorf("recipients mismatch (-want +got):\n%s", diff)
	}
}

// TestTabSeparatedTable checks that a task table copied from a word
// processor, its cells separated by tabs and its group rows ending in
// empty cells, is one table whose rows give their leads, and that a tab
// after a label makes no row.
func TestTabSeparatedTable(t *testing.T) {
	src := "KẾ HOẠCH\nPhát triển thương mại điện tử năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1.\tSở Công Thương chủ trì rà soát quy hoạch.\n\n" +
		"II. NHIỆM VỤ CỤ THỂ\n" +
		"TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n" +
		"I\tHOÀN THIỆN THỂ CHẾ\t\t\t\n" +
		"1\tXây dựng quy chế quản lý sàn giao dịch\tSở Công Thương\tSở Tư pháp\tQuý II/2026\n" +
		"2\tBan hành bộ tiêu chí\tSở Khoa học và Công nghệ\tSở Tài chính\tQuý IV/2026\n" +
		"II\tTRUYỀN THÔNG\t\t\t\n" +
		"3\tTổ chức 10 lớp tập huấn\tBáo tỉnh\tĐài Phát thanh và Truyền hình tỉnh\tNăm 2026\n"
	doc := parseBytes(t, "tabs", []byte(src))
	if n := node(t, doc, "I.1"); n.Assignment == nil || len(n.Assignment.Lead) != 1 || n.Assignment.Lead[0] != "Sở Công Thương" {
		t.Errorf("I.1 assignment = %+v, want lead Sở Công Thương", n.Assignment)
	}
	tb := node(t, doc, "II/t1")
	if len(tb.Header) != 5 || tb.Header[2] != "Đơn vị chủ trì" {
		t.Errorf("II/t1 header = %q, want the five columns", tb.Header)
	}
	var leads []string
	for _, r := range tb.Children {
		if r.Assignment != nil {
			leads = append(leads, r.Assignment.Lead...)
		}
	}
	want := []string{"Sở Công Thương", "Sở Khoa học và Công nghệ", "Báo tỉnh"}
	if diff := cmp.Diff(want, leads); diff != "" {
		t.Errorf("row leads (-want +got):\n%s", diff)
	}
	if len(tb.Children) != 5 {
		t.Errorf("II/t1 has %d rows, want 5 (3 tasks, 2 groups); outline:\n%s", len(tb.Children), strings.Join(outline(doc), "\n"))
	}
}

// TestClosingRowsTwoColumns checks a closing laid out as a table of
// several rows, recipients in the left cells and the signature in the
// right ones, with "|" and with tabs, and a flattened row followed by
// the rest of the signature as lines.
func TestClosingRowsTwoColumns(t *testing.T) {
	body := "KẾ HOẠCH\nThực hiện năm 2026\n\nI. NHIỆM VỤ\n1. Sở Nội vụ chủ trì rà soát thủ tục.\n\n"
	for _, tt := range []struct {
		name, closing string
		chain         int
	}{
		{"pipes", "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n| - Các sở; | KT. CHỦ TỊCH |\n| - Lưu: VT. | PHÓ CHỦ TỊCH |\n|  | Nguyễn Văn A |\n", 2},
		{"tabs", "Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN\n- Các sở;\t\tKT. CHỦ TỊCH\n- Lưu: VT.\t\tPHÓ CHỦ TỊCH\n\t\tNguyễn Văn A\n", 2},
		{"flattened", "Nơi nhận:\n- Các sở;\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseBytes(t, tt.name, []byte(body+tt.closing))
			m := doc.Meta
			if len(m.Recipients) != 1 || m.Recipients[0].Name != "Các sở" {
				t.Errorf("recipients = %+v, want Các sở", m.Recipients)
			}
			if diff := cmp.Diff([]string{"VT"}, m.Archive); diff != "" {
				t.Errorf("archive (-want +got):\n%s", diff)
			}
			sig := m.Signature
			if sig == nil || len(sig.Chain) != tt.chain || sig.Chain[0].Authority != "TM." || sig.Title != "PHÓ CHỦ TỊCH" || sig.Name != "Nguyễn Văn A" {
				t.Errorf("signature = %+v, want TM. then KT., PHÓ CHỦ TỊCH, Nguyễn Văn A", sig)
			}
			for _, d := range doc.Diagnostics {
				if d.Code == "unrecognized-line" {
					t.Errorf("diagnostic: %s", d.Message)
				}
			}
		})
	}
}

// TestRepeatedRunningHead checks that a line repeated word for word after
// each page number, the running head of a PDF's pages, is no text: the
// sentence it cut in two is whole again and keeps its deadline.
func TestRepeatedRunningHead(t *testing.T) {
	head := "Kế hoạch số 52/KH-UBND ngày 20/3/2026 của UBND tỉnh"
	src := "KẾ HOẠCH\nPhát triển kinh tế biển năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Tuần Du lịch biển trong\n" +
		"2\n" + head + "\n" +
		"tháng 4/2026.\n" +
		"2. Sở Xây dựng chủ trì nâng cấp cảng hành khách; hoàn thành trong quý IV/2026.\n" +
		"3\n" + head + "\n" +
		"3. Sở Tài chính chủ trì thu hút đầu tư.\n"
	doc := parseBytes(t, "runhead", []byte(src))
	n := node(t, doc, "I.1")
	if !strings.HasSuffix(n.Text, "trong tháng 4/2026.") || len(n.Deadlines) != 1 {
		t.Errorf("I.1 text = %q, deadlines %+v; want the sentence whole, with its deadline", n.Text, n.Deadlines)
	}
	model.Walk(doc.Body, func(n *model.Node) bool {
		if strings.Contains(n.Text, "52/KH-UBND") {
			t.Errorf("%s holds the running head: %q", n.ID, n.Text)
		}
		return true
	})
}

// TestWrapAfterQuantityWord checks that a short first line of a point
// cut before its number ("… có thêm" / "30 xã …") is no heading: the
// point is one text and keeps its targets; a label after such a word
// still starts a point.
func TestWrapAfterQuantityWord(t *testing.T) {
	src := "KẾ HOẠCH\nXây dựng nông thôn mới giai đoạn 2026 - 2030\n\n" +
		"I. MỤC TIÊU\n\n" +
		"1. Đến hết năm 2030, phấn đấu toàn tỉnh có thêm\n" +
		"30 xã đạt chuẩn nông thôn mới nâng cao và 12 xã đạt chuẩn nông thôn\n" +
		"mới kiểu mẫu.\n\n" +
		"2. Các chỉ tiêu chủ yếu đạt\n" +
		"3. Tỷ lệ hộ nghèo giảm còn dưới 1%.\n"
	doc := parseBytes(t, "quantity", []byte(src))
	n := node(t, doc, "I.1")
	if n.Heading != "" || !strings.HasPrefix(n.Text, "Đến hết năm 2030") || len(n.Targets) < 2 {
		t.Errorf("I.1 heading %q, text %q, %d targets; want one text with the targets 30 xã and 12 xã", n.Heading, n.Text, len(n.Targets))
	}
	node(t, doc, "I.3")
}

// TestNoBreakSpaceAfterLabels checks that no-break spaces after labels
// and bullets, as word processors and web pages write them, give the
// same tree as spaces, with columns counted in the characters of the
// text as decoded.
func TestNoBreakSpaceAfterLabels(t *testing.T) {
	plain := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.\n" +
		"- Báo cáo kết quả trước ngày 30/6/2026.\n" +
		"a) Sở Tư pháp chủ trì kiểm tra văn bản.\n" +
		"2. Sở Tài chính chủ trì bố trí kinh phí.\n"
	nb := strings.NewReplacer("I. ", "I.\u00a0", "1. ", "1.\u00a0", "2. ", "2.\u00a0", "- ", "-\u00a0", "a) ", "a)\u00a0").Replace(plain)
	want := outline(parseBytes(t, "plain", []byte(plain)))
	doc := parseBytes(t, "nbsp", []byte(nb))
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline with no-break spaces (-spaces +no-break):\n%s", diff)
	}
	n := node(t, doc, "I.2")
	if n.Assignment == nil || len(n.Assignment.Lead) != 1 || n.Assignment.Lead[0] != "Sở Tài chính" {
		t.Errorf("I.2 assignment = %+v", n.Assignment)
	}
	// The section starts at its label: column 1, and the offset of the
	// label in the bytes of the decoded text.
	if c := n.Span.Start.Column; c != 1 {
		t.Errorf("I.2 starts at column %d, want 1", c)
	}
	if b := strings.Index(nb, "2.\u00a0Sở"); n.Span.Start.Offset != b {
		t.Errorf("I.2 starts at offset %d, want %d (bytes of the decoded text)", n.Span.Start.Offset, b)
	}
}

// TestLabelLikeWrap checks that a line cut in the middle of a phrase whose
// next line starts with a number and a dot followed by lower-case text
// ("... đến năm 2025 đạt" / "2. tháng 9 năm 2025 ...", "... tại" / "3.
// tuyến huyện ...") goes on with the sentence: a section's text never
// starts in lower case. A list whose points all start in lower case stays
// a list.
func TestLabelLikeWrap(t *testing.T) {
	src := "KẾ HOẠCH\nChuyển đổi số năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Khoa học và Công nghệ chủ trì nâng cấp hạ tầng mạng, bảo đảm đến năm 2025 đạt\n" +
		"2. tháng 9 năm 2025 hoàn thành phủ sóng toàn tỉnh.\n" +
		"2. Sở Y tế chủ trì nâng cao chất lượng khám chữa bệnh tại\n" +
		"3. tuyến huyện, xã theo quy định.\n" +
		"3. Sở Tài chính bố trí kinh phí.\n" +
		"II. DANH MỤC\n" +
		"1. xây dựng cơ sở dữ liệu\n" +
		"2. số hóa hồ sơ\n"
	doc := parseBytes(t, "labelwrap", []byte(src))
	want := []string{
		"I section", "I.1 section", "I.2 section", "I.3 section",
		"II section", "II.1 section", "II.2 section",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	for id, text := range map[string]string{
		"I.1": "Sở Khoa học và Công nghệ chủ trì nâng cấp hạ tầng mạng, bảo đảm đến năm 2025 đạt 2. tháng 9 năm 2025 hoàn thành phủ sóng toàn tỉnh.",
		"I.2": "Sở Y tế chủ trì nâng cao chất lượng khám chữa bệnh tại 3. tuyến huyện, xã theo quy định.",
		"I.3": "Sở Tài chính bố trí kinh phí.",
	} {
		if n := node(t, doc, id); n.Text != text || n.Heading != "" {
			t.Errorf("%s heading %q, text %q; want text %q", id, n.Heading, n.Text, text)
		}
	}
}

// TestNumberAfterBreak checks that a paragraph cut by a blank line or a
// page number after a word that a number follows ("... đến năm" / "2025
// đạt ...", "... trước ngày" / "- 2 -" / "15/12 ...", "... có" / "30 xã
// ...") is one paragraph.
func TestNumberAfterBreak(t *testing.T) {
	src := "KẾ HOẠCH\nPhát triển y tế năm 2025\n\n" +
		"I. NHIỆM VỤ\n\n" +
		"1. Sở Y tế chủ trì nâng cao chất lượng khám chữa bệnh, bảo đảm đến năm\n\n" +
		"2025 đạt 35 giường bệnh/vạn dân.\n\n" +
		"2. Sở Tài chính bố trí kinh phí thực hiện, phấn đấu có\n\n" +
		"30 xã đạt chuẩn.\n\n" +
		"3. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày\n\n" +
		"- 2 -\n\n" +
		"15/12 hằng năm.\n\n" +
		"4. Sở Tư pháp thẩm định.\n"
	doc := parseBytes(t, "numberbreak", []byte(src))
	want := []string{"I section", "I.1 section", "I.2 section", "I.3 section", "I.4 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	for id, text := range map[string]string{
		"I.1": "Sở Y tế chủ trì nâng cao chất lượng khám chữa bệnh, bảo đảm đến năm 2025 đạt 35 giường bệnh/vạn dân.",
		"I.2": "Sở Tài chính bố trí kinh phí thực hiện, phấn đấu có 30 xã đạt chuẩn.",
		"I.3": "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.",
	} {
		if n := node(t, doc, id); n.Text != text || n.Heading != "" {
			t.Errorf("%s heading %q, text %q; want text %q", id, n.Heading, n.Text, text)
		}
	}
	// A footnote body and a page number where the page ended.
	src = "KẾ HOẠCH\nPhát triển công nghiệp năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Công Thương chủ trì phát triển các cụm công nghiệp¹, phấn đấu đến năm\n\n" +
		"¹ Theo Quyết định số 12/QĐ-UBND ngày 5/1/2025 của Ủy ban nhân dân tỉnh.\n" +
		"2\n\n" +
		"2030 có thêm 5 cụm công nghiệp đi vào hoạt động.\n" +
		"2. Sở Tài chính chủ trì.\n"
	doc = parseBytes(t, "numberfootnote", []byte(src))
	if n := node(t, doc, "I.1"); n.Heading != "" || !strings.HasSuffix(n.Text, "đến năm 2030 có thêm 5 cụm công nghiệp đi vào hoạt động.") || len(n.Children) > 0 {
		t.Errorf("I.1 heading %q, text %q, %d children; want one text", n.Heading, n.Text, len(n.Children))
	}
}

// TestOCRFirstLabel checks that "l." where OCR misread the first "1." of
// a level is that "1.": the sections that follow number on from it
// instead of gluing into a point "l".
func TestOCRFirstLabel(t *testing.T) {
	src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.\n" +
		"II. TỔ CHỨC THỰC HIỆN\n" +
		"l. Các sở, ngành triển khai kế hoạch này.\n" +
		"2. Giao Sở Nội vụ theo dõi, đôn đốc.\n"
	doc := parseBytes(t, "ocrone", []byte(src))
	want := []string{"I section", "I.1 section", "II section", "II.1 section", "II.2 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "II.1").Text; got != "Các sở, ngành triển khai kế hoạch này." {
		t.Errorf("II.1 text = %q", got)
	}
	if !hasDiag(doc, "label-ocr-fixed") {
		t.Errorf("the OCR repair was not reported: %+v", doc.Diagnostics)
	}
}

// TestAnnexSentenceCaseTitle checks that an annex label alone on its line
// in sentence case ("Phụ lục 02") takes the sentence-case title on the
// next line as its heading, as it does an upper-case one.
func TestAnnexSentenceCaseTitle(t *testing.T) {
	src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.\n\n" +
		"Phụ lục 01\n" +
		"Danh mục nhiệm vụ trọng tâm\n" +
		"1. Xây dựng cơ sở dữ liệu.\n\n" +
		"Phụ lục 02\n" +
		"Danh mục chỉ tiêu\n" +
		"1. Tỷ lệ hồ sơ trực tuyến đạt 80%.\n"
	doc := parseBytes(t, "annextitle", []byte(src))
	want := []string{"I section", "I.1 section", "Phụ lục 01 section", "Phụ lục 01.1 section",
		"Phụ lục 02 section", "Phụ lục 02.1 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	for id, heading := range map[string]string{"Phụ lục 01": "Danh mục nhiệm vụ trọng tâm", "Phụ lục 02": "Danh mục chỉ tiêu"} {
		if got := node(t, doc, id).Heading; got != heading {
			t.Errorf("%s heading = %q, want %q", id, got, heading)
		}
	}
}

// TestNumberAloneThenText checks that a number label alone on its line,
// as PDF extractions and Markdown conversions leave it ("2." / "**3.**"),
// takes the sentence on the next line as its text, as a word label takes
// the line of capitals under it as its heading.
func TestNumberAloneThenText(t *testing.T) {
	src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.\n" +
		"2.\n" +
		"Sở Tài chính bố trí kinh phí.\n" +
		"**3.**\n" +
		"Sở Tư pháp thẩm định văn bản.\n" +
		"II.\n" +
		"Tổ chức thực hiện\n" +
		"1. Các sở triển khai.\n"
	doc := parseBytes(t, "numberalone", []byte(src))
	want := []string{"I section", "I.1 section", "I.2 section", "I.3 section", "II section", "II.1 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	for id, text := range map[string]string{"I.2": "Sở Tài chính bố trí kinh phí.", "I.3": "Sở Tư pháp thẩm định văn bản."} {
		if got := node(t, doc, id).Text; got != text {
			t.Errorf("%s text = %q, want %q", id, got, text)
		}
	}
	if got := node(t, doc, "II").Heading; got != "Tổ chức thực hiện" {
		t.Errorf("II heading = %q", got)
	}
}

// TestParenLabelLostBracket checks that a point whose opening bracket was
// lost ("3)" after "(2)") or added ("(3)" after "2)") goes on with its
// sequence, as a sibling, not a new level.
func TestParenLabelLostBracket(t *testing.T) {
	src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Sở Tài chính chủ trì các nội dung sau:\n" +
		"(1) Bố trí kinh phí;\n" +
		"(2) Hướng dẫn thanh quyết toán;\n" +
		"3) Kiểm tra, giám sát.\n" +
		"2. Sở Nội vụ chủ trì các nội dung sau:\n" +
		"1) Rà soát biên chế;\n" +
		"2) Đào tạo cán bộ;\n" +
		"(3) Đánh giá kết quả.\n"
	doc := parseBytes(t, "parenlost", []byte(src))
	want := []string{"I section", "I.1 section", "I.1.1 section", "I.1.2 section", "I.1.3 section",
		"I.2 section", "I.2.1 section", "I.2.2 section", "I.2.3 section"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if got := node(t, doc, "I.1.3").Numbering; got != node(t, doc, "I.1.1").Numbering {
		t.Errorf("I.1.3 numbering = %q, want that of I.1.1", got)
	}
	if hasDiag(doc, "numbering-gap") {
		t.Errorf("a gap was reported: %+v", doc.Diagnostics)
	}
}

// TestHeadingInCapitalsBroken checks that a heading in capitals broken
// over two lines ("II. TỔ CHỨC" / "THỰC HIỆN"), plain or bold, is one
// heading, and that a heading that ends with ":" is whole.
func TestHeadingInCapitalsBroken(t *testing.T) {
	for _, tt := range []struct{ name, lines, heading string }{
		{"plain", "II. TỔ CHỨC\nTHỰC HIỆN\n", "TỔ CHỨC THỰC HIỆN"},
		{"bold", "**II. TỔ CHỨC**\n**THỰC HIỆN**\n", "TỔ CHỨC THỰC HIỆN"},
		{"colon", "II. NHIỆM VỤ:\nCÁC SỞ, NGÀNH\n", "NHIỆM VỤ:"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC TIÊU\n\n1. Sở Y tế chủ trì rà soát.\n\n" +
				tt.lines + "\n1. Sở Nội vụ chủ trì tổng hợp.\n"
			doc := parseBytes(t, tt.name, []byte(src))
			if got := node(t, doc, "II").Heading; got != tt.heading {
				t.Errorf("II heading = %q, want %q", got, tt.heading)
			}
			node(t, doc, "II.1")
		})
	}
}

// Word text that lost its automatic numbering keeps the titles of the
// parts in capitals with no label. Each title opens a top-level part, the
// numbered sections that follow nest under it and start their count
// again, and a line in capitals inside a numbered section stays its text.
func TestUnnumberedPartTitles(t *testing.T) {
	doc := parseFile(t, "traps/unnumbered-parts.txt")
	var top []string
	for _, n := range doc.Body {
		top = append(top, n.Heading)
	}
	want := []string{"MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"}
	if diff := cmp.Diff(want, top); diff != "" {
		t.Fatalf("top-level headings mismatch (-want +got):\n%s", diff)
	}
	for i, n := range doc.Body {
		if n.Kind != model.KindSection || n.Label != "" || len(n.Children) != 2 {
			t.Errorf("part %d: kind %s, label %q, %d children; want an unlabelled section of 2",
				i, n.Kind, n.Label, len(n.Children))
		}
	}
	if len(doc.Meta.Preamble) != 2 {
		t.Errorf("preamble = %q, want the basis and the enacting line only", doc.Meta.Preamble)
	}
	tiem := doc.Body[1].Children[0]
	if tiem.Label != "1" || tiem.Heading != "Tiêm phòng" {
		t.Fatalf("first task section = %q %q, want 1 Tiêm phòng", tiem.Label, tiem.Heading)
	}
	if a := tiem.Children[0].Assignment; a == nil || len(a.Lead) != 1 || a.Lead[0] != "Phòng Kinh tế" {
		t.Errorf("lead of the vaccination task = %+v, want Phòng Kinh tế", a)
	}
	khu := doc.Body[1].Children[1]
	var texts []string
	for _, c := range khu.Children {
		texts = append(texts, c.Text)
	}
	if len(texts) != 2 || texts[0] != "LƯU Ý KHI PHUN THUỐC" {
		t.Errorf("children of 2. = %q, want the capitals line kept as text, then the task", texts)
	}
	if got := node(t, doc, doc.Body[2].Children[0].ID).Deadlines; len(got) != 1 {
		t.Errorf("deadlines of the first closing task = %d, want 1", len(got))
	}
}

// Text saved from a word processor sets the two columns of the header and
// of the closing with tab stops: the issuer's lines on the left, the
// motto and the place and date on the right; the recipients on the left,
// the signature on the right. The second form puts the first issuer line
// alone and lets the signature go on below the right column, its indent
// lost.
func TestTabColumns(t *testing.T) {
	tests := []struct {
		file                       string
		issuer, place, title, name string
		chain                      []string
		recipients                 int
		archive                    []string
	}{
		{"traps/tab-columns.txt", "ỦY BAN NHÂN DÂN TỈNH ĐÔNG LÂM", "Đông Lâm", "CHỦ TỊCH", "Võ Thanh Bình",
			[]string{"TM. ỦY BAN NHÂN DÂN"}, 2, []string{"VT", "NC"}},
		{"traps/tab-columns-2.txt", "ỦY BAN NHÂN DÂN TỈNH HÒA GIANG", "Hòa Giang", "PHÓ CHỦ TỊCH", "Phạm Đức Thắng",
			[]string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, 1, []string{"VT", "KTN"}},
	}
	for _, tt := range tests {
		m := parseFile(t, tt.file).Meta
		if m.Issuer != tt.issuer || m.Motto != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" ||
			m.Place != tt.place || len(m.Notes) != 0 {
			t.Errorf("%s: issuer %q, motto %q, place %q, notes %q", tt.file, m.Issuer, m.Motto, m.Place, m.Notes)
		}
		s := m.Signature
		if s == nil {
			t.Errorf("%s: no signature", tt.file)
			continue
		}
		var chain []string
		for _, c := range s.Chain {
			chain = append(chain, c.Authority+" "+c.OnBehalfOf)
		}
		if s.Title != tt.title || s.Name != tt.name || !cmp.Equal(chain, tt.chain) {
			t.Errorf("%s: signature %q %q, chain %q; want %q %q, %q", tt.file, s.Title, s.Name, chain, tt.title, tt.name, tt.chain)
		}
		if len(m.Recipients) != tt.recipients || !cmp.Equal(m.Archive, tt.archive) {
			t.Errorf("%s: %d recipients, archive %q; want %d, %q", tt.file, len(m.Recipients), m.Archive, tt.recipients, tt.archive)
		}
	}
}

// In Markdown a heading and a list are two levels, even when both are
// numbered from 1: the list under "### 1." goes inside it, and "### 2."
// continues the headings, not the list before it.
func TestMarkdownHeadingsAndLists(t *testing.T) {
	doc := parseFile(t, "traps/markdown-levels.md")
	want := []string{
		"I section", "I.1 section", "I.2 section",
		"II section",
		"II.1 section", "II.1.1 section", "II.1.2 section",
		"II.2 section", "II.2.1 section", "II.2.1/i1 item", "II.2.2 section",
		"III section", "III.1 section",
	}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if a := node(t, doc, "II.2.2").Assignment; a == nil || len(a.Lead) != 1 || a.Lead[0] != "Sở Tài chính" {
		t.Errorf("II.2.2 assignment = %+v, want Sở Tài chính leading", a)
	}
}

// A table of tab-separated cells, as Word saves one as text, groups its
// rows under rows whose one tab sets the group's index apart from its
// name: those rows stay in the table, which keeps its header.
func TestTabTableGroupRows(t *testing.T) {
	src := "KẾ HOẠCH\nChuyển đổi số năm 2026\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" +
		"STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n" +
		"I\tCHÍNH QUYỀN SỐ\n" +
		"1\tSố hóa hồ sơ\tVăn phòng UBND tỉnh\tCác sở, ngành\tQuý I/2026\n" +
		"II\tKINH TẾ SỐ\n" +
		"2\tHỗ trợ doanh nghiệp chuyển đổi số\tSở Tài chính\tHiệp hội Doanh nghiệp tỉnh\tQuý III/2026\n"
	doc := parseBytes(t, "tab-groups", []byte(src))
	want := []string{"PHỤ LỤC section", "PHỤ LỤC/t1 table", "PHỤ LỤC/t1/r1 row", "PHỤ LỤC/t1/r2 row",
		"PHỤ LỤC/t1/r3 row", "PHỤ LỤC/t1/r4 row"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Fatalf("outline (-want +got):\n%s", diff)
	}
	checkAgencies(t, doc, "PHỤ LỤC/t1/r4", []string{"Sở Tài chính"}, []string{"Hiệp hội Doanh nghiệp tỉnh"})
}

// A decision followed by the plan it issues: the plan's own header, after
// the decision's signature, is neither recipients nor the signer's name;
// it goes to the notes, and the plan's title starts the attachment.
func TestAttachedPlanHeader(t *testing.T) {
	src := "ỦY BAN NHÂN DÂN\nTỈNH BÌNH LÂM\nSố: 27/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch chuyển đổi số năm 2026\n\n" +
		"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.\n" +
		"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" +
		"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\tCHỦ TỊCH\n\n\nTrần Quốc Hưng\n\n" +
		"ỦY BAN NHÂN DÂN\nTỈNH BÌNH LÂM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"KẾ HOẠCH\nChuyển đổi số năm 2026\n(Ban hành kèm theo Quyết định số 27/QĐ-UBND)\n" +
		"I. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ chủ trì triển khai.\n"
	doc := parseBytes(t, "attached-header", []byte(src))
	m := doc.Meta
	var names []string
	for _, r := range m.Recipients {
		names = append(names, r.Name)
	}
	if diff := cmp.Diff([]string{"Như Điều 2"}, names); diff != "" {
		t.Errorf("recipients (-want +got):\n%s", diff)
	}
	if m.Signature == nil || m.Signature.Name != "Trần Quốc Hưng" {
		t.Errorf("signature = %+v, want Trần Quốc Hưng", m.Signature)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Title != "KẾ HOẠCH" {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	notes := strings.Join(m.Notes, "|")
	if !strings.Contains(notes, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") || !strings.Contains(notes, "Độc lập - Tự do - Hạnh phúc") {
		t.Errorf("notes %q lack the attached plan's header", m.Notes)
	}
	checkAgencies(t, doc, "I.1", []string{"Sở Khoa học và Công nghệ"}, nil)
}

// A table copied from a web page lists several bodies in one cell, one
// per line, the lines broken with "<br>": each is an agency of its own.
func TestLineBreaksInAgencyCells(t *testing.T) {
	src := "KẾ HOẠCH\nCông tác năm 2026\n\nI. NHIỆM VỤ\n\n" +
		"| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n" +
		"| 1 | Bảo đảm trật tự an toàn giao thông | Công an huyện | Phòng Kinh tế và Hạ tầng<br>Trung tâm Văn hóa, Thông tin và Thể thao | Tháng 1 |\n"
	doc := parseBytes(t, "br-cells", []byte(src))
	checkAgencies(t, doc, "I/t1/r1", []string{"Công an huyện"},
		[]string{"Phòng Kinh tế và Hạ tầng", "Trung tâm Văn hóa, Thông tin và Thể thao"})
}
