package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// TestIndentedLayoutSentenceInside checks that in text laid out as the
// printed page (paragraphs and items start indented, the lines that go
// on with them at the margin), a line at the margin after a sentence
// end, on the third line of an item or later, goes on with the item.
func TestIndentedLayoutSentenceInside(t *testing.T) {
	src, err := os.ReadFile("../testdata/corpus/ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := parseBytes(t, "qd1422", src)
	item := node(t, doc, "II.1.d/i5")
	if !strings.Contains(item.Text, "đô thị ven biển. Tập trung hoàn thành các công trình trữ nước ngọt") {
		t.Errorf("II.1.d/i5 = %q, want it to go on after its first sentence", item.Text)
	}
	for _, c := range node(t, doc, "II.1.d").Children {
		if c.Kind == model.KindParagraph {
			t.Errorf("%s: a paragraph among the items: %.60q", c.ID, c.Text)
		}
	}
}

// TestPageMarkThenNumber checks that the page number printed under a page
// mark an extraction wrote ("===== Trang 2 =====" / "2") is a page
// number, not a word of the sentence the page break cut.
func TestPageMarkThenNumber(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Tập trung phát triển\n\n" +
		"===== Trang 2 =====\n2\n\n" +
		"các khu công nghiệp quy mô lớn, hạ tầng đồng bộ.\n" +
		"2. Rà soát quy hoạch.\n"
	doc := parseBytes(t, "mark", []byte(src))
	if got := node(t, doc, "I.1").Text; strings.Contains(got, " 2 ") {
		t.Errorf("I.1 text = %q, holds the page number", got)
	}
	if n := len(doc.Meta.PageNumbers); n != 2 {
		t.Errorf("%d page numbers, want 2 (the mark and the number): %+v", n, doc.Meta.PageNumbers)
	}
}

// TestLetterIssuerAlone checks a letter whose issuer stands in capitals
// on a line of its own above the motto, with no title line: the header
// is read whole, and the addressees lead its tasks.
func TestLetterIssuerAlone(t *testing.T) {
	src := "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 1500/BYT-KHTC\nHà Nội, ngày 2 tháng 6 năm 2026\nV/v triển khai thực hiện Kế hoạch\n\n" +
		"Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n" +
		"Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo thực hiện một số nội dung sau:\n" +
		"1. Rà soát danh mục thuốc.\n2. Bố trí kinh phí cho y tế cơ sở.\n"
	doc := parseBytes(t, "letter-issuer", []byte(src))
	m := doc.Meta
	if m.DocType != "Công văn" || m.Number != "1500/BYT-KHTC" || m.Issuer != "BỘ Y TẾ" || m.Date != "2026-06-02" || m.Authority != "" {
		t.Errorf("doc type %q number %q issuer %q date %q authority %q", m.DocType, m.Number, m.Issuer, m.Date, m.Authority)
	}
	if a := node(t, doc, "1").Assignment; a == nil || len(a.Lead) != 1 || !a.Request {
		t.Errorf("1 assignment = %+v", a)
	}
}

// TestIssuerUnderSuperior checks that a header naming the body above the
// issuer on the lines before it gives the lower body as the issuer and
// the upper one as its superior, and that the lines of one name wrapped
// in two stay one issuer.
func TestIssuerUnderSuperior(t *testing.T) {
	for _, tt := range []struct {
		lines            string
		issuer, superior string
	}{
		{"ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSỞ NỘI VỤ", "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"},
		{"ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NGHI LỘC", "ĐẢNG ỦY XÃ NGHI LỘC", "ĐẢNG BỘ TỈNH NGHỆ AN"},
		{"BỘ CÔNG THƯƠNG\nCỤC THƯƠNG MẠI ĐIỆN TỬ VÀ KINH TẾ SỐ", "CỤC THƯƠNG MẠI ĐIỆN TỬ VÀ KINH TẾ SỐ", "BỘ CÔNG THƯƠNG"},
		{"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", ""},
		{"BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", ""},
		{"UBND TỈNH LÀO CAI\nSỞ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "UBND TỈNH LÀO CAI"},
	} {
		src := tt.lines + "\nSố: 12/KH-X\nNinh Bình, ngày 14 tháng 01 năm 2026\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n1. Rà soát thủ tục.\n"
		doc := parseBytes(t, "issuer", []byte(src))
		if m := doc.Meta; m.Issuer != tt.issuer || m.Superior != tt.superior {
			t.Errorf("%q: issuer %q superior %q, want %q and %q", tt.lines, m.Issuer, m.Superior, tt.issuer, tt.superior)
		}
	}
}

// TestSpansInOrder checks every span of the documents, in the tree, the
// metadata and the annotations: each starts at or before its end, on a
// line and column that exist. The closing's parts are not always read in
// the order of the text, and a signature's span once ran backwards.
func TestSpansInOrder(t *testing.T) {
	traps, _ := filepath.Glob("testdata/traps/*")
	docs := realDocuments(t)
	for _, f := range traps {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = b
	}
	spanType := reflect.TypeOf(model.Span{})
	for name, src := range docs {
		doc, err := Parse(src)
		if err != nil {
			continue
		}
		var visit func(v reflect.Value, path string)
		visit = func(v reflect.Value, path string) {
			switch v.Kind() {
			case reflect.Pointer, reflect.Interface:
				if !v.IsNil() {
					visit(v.Elem(), path)
				}
			case reflect.Slice, reflect.Array:
				for i := range v.Len() {
					visit(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
				}
			case reflect.Struct:
				if v.Type() == spanType {
					sp := v.Interface().(model.Span)
					if sp.Start.Offset > sp.End.Offset || sp.Start.Line < 1 || sp.End.Line < sp.Start.Line {
						t.Errorf("%s: %s: span %+v runs backwards", name, path, sp)
					}
					return
				}
				for i := range v.NumField() {
					if v.Type().Field(i).IsExported() {
						visit(v.Field(i), path+"."+v.Type().Field(i).Name)
					}
				}
			}
		}
		visit(reflect.ValueOf(doc), "doc")
	}
}

// TestHeadingEndsInNounEnding checks that a heading ending in "số", "bị"
// or the "tới" of a time to come, words that also link a phrase to the
// next line, is a heading when a sentence in capitals follows, and still
// joins a number or a name after it.
func TestHeadingEndsInNounEnding(t *testing.T) {
	text := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\nI. NHIỆM VỤ\n" +
		"1. Công tác chuẩn bị\nĐể chủ động ứng phó, Sở Y tế chủ trì rà soát phương án.\n" +
		"2. Đẩy mạnh chuyển đổi số\nSở Thông tin và Truyền thông chủ trì triển khai nền tảng số.\n" +
		"3. Thực hiện Nghị quyết số\n12/NQ-CP của Chính phủ.\n" +
		"4. Nhiệm vụ thời gian tới\nCác chủ đầu tư đẩy nhanh tiến độ giải ngân.\n" +
		"5. Sở Tài chính gửi báo cáo tới\nSở Xây dựng trước ngày 15/6.\n"
	doc := parseBytes(t, "noun-endings", []byte(text))
	for id, heading := range map[string]string{"I.1": "Công tác chuẩn bị", "I.2": "Đẩy mạnh chuyển đổi số", "I.4": "Nhiệm vụ thời gian tới"} {
		if h := node(t, doc, id).Heading; h != heading {
			t.Errorf("%s heading = %q, want %q", id, h, heading)
		}
	}
	for id, text := range map[string]string{"I.3": "Thực hiện Nghị quyết số 12/NQ-CP của Chính phủ.", "I.5": "Sở Tài chính gửi báo cáo tới Sở Xây dựng trước ngày 15/6."} {
		if got := node(t, doc, id).Text; got != text {
			t.Errorf("%s text = %q, want %q", id, got, text)
		}
	}
}

// TestDecimalUnderRoman checks that "2.1." under "II." opens a level, as
// "1.1." under "I." does, with "2.1.1." under it.
func TestDecimalUnderRoman(t *testing.T) {
	text := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n" +
		"I. MỤC TIÊU\n1.1. Hoàn thành các nhiệm vụ.\n" +
		"II. NHIỆM VỤ\n2.1. Hoàn thiện thể chế\n2.1.1. Cục A chủ trì xây dựng Nghị định.\n2.2. Điều tra cơ bản\n" +
		"III. TỔ CHỨC THỰC HIỆN\n3.1. Vụ B bố trí kinh phí.\n"
	doc := parseBytes(t, "decimal-under-roman", []byte(text))
	if h := node(t, doc, "II").Heading; h != "NHIỆM VỤ" {
		t.Errorf("II heading = %q", h)
	}
	if a := node(t, doc, "II.2.1.1").Assignment; a == nil || len(a.Lead) != 1 || a.Lead[0] != "Cục A" {
		t.Errorf("II.2.1.1 assignment = %+v", a)
	}
	node(t, doc, "II.2.2")
	node(t, doc, "III.3.1")
}

// TestLabelAloneThenHeading checks that a label alone on its line ("Phần
// I", "Chương III") takes the line of capitals under it as its heading.
func TestLabelAloneThenHeading(t *testing.T) {
	text := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n" +
		"Phần I\nMỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\n" +
		"Phần II\nNHIỆM VỤ\n1. Sở Y tế chủ trì rà soát.\n"
	doc := parseBytes(t, "label-alone", []byte(text))
	for id, h := range map[string]string{"Phần I": "MỤC ĐÍCH, YÊU CẦU", "Phần II": "NHIỆM VỤ"} {
		n := node(t, doc, id)
		if n.Heading != h {
			t.Errorf("%s heading = %q, want %q", id, n.Heading, h)
		}
		for _, c := range n.Children {
			if c.Kind == model.KindParagraph {
				t.Errorf("%s: paragraph %q", c.ID, c.Text)
			}
		}
	}
}

// TestLineBreakTagsInCells checks a closing table copied from the web,
// whose cells break their lines with "<br>": the recipients, archive
// note and signature are read line by line.
func TestLineBreakTagsInCells(t *testing.T) {
	text := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì rà soát.\n\n" +
		"| **Nơi nhận:**<br>- Bộ Y tế (b/c);<br>- TT Tỉnh ủy;<br>- Lưu: VT, VX. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Nguyễn Văn A** |\n" +
		"|---|---|\n"
	doc := parseBytes(t, "br", []byte(text))
	m := doc.Meta
	if s := m.Signature; s == nil || s.Title != "PHÓ CHỦ TỊCH" || s.Name != "Nguyễn Văn A" {
		t.Errorf("signature = %+v", m.Signature)
	}
	var names []string
	for _, r := range m.Recipients {
		names = append(names, r.Name)
	}
	if diff := cmp.Diff([]string{"Bộ Y tế", "TT Tỉnh ủy"}, names); diff != "" {
		t.Errorf("recipients (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"VT", "VX"}, m.Archive); diff != "" {
		t.Errorf("archive (-want +got):\n%s", diff)
	}
}

// TestQuarterWrapped checks that a line cut after "quý" goes on with the
// Roman numeral of the quarter on the next line, which is no label.
func TestQuarterWrapped(t *testing.T) {
	text := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"1. Sở Tư pháp chủ trì rà soát văn bản, hoàn thành trong quý\nIII/2026.\n" +
		"2. Sở Y tế chủ trì rà soát cơ sở.\n"
	doc := parseBytes(t, "quarter-wrapped", []byte(text))
	n := node(t, doc, "I.1")
	if want := "Sở Tư pháp chủ trì rà soát văn bản, hoàn thành trong quý III/2026."; n.Text != want {
		t.Errorf("I.1 text = %q, want %q", n.Text, want)
	}
	if len(n.Deadlines) != 1 || n.Deadlines[0].Period != "2026-Q3" {
		t.Errorf("I.1 deadlines = %+v, want one in 2026-Q3", n.Deadlines)
	}
}

func TestGridPieces(t *testing.T) {
	s := "  1   Xây dựng Bộ chỉ số    Sở Nội vụ\tQuý I/2026"
	var got []string
	var cols []int
	for _, p := range gridPieces(nil, s) {
		got = append(got, s[p.start:p.end])
		cols = append(cols, p.col)
	}
	if diff := cmp.Diff([]string{"1", "Xây dựng Bộ chỉ số", "Sở Nội vụ", "Quý I/2026"}, got); diff != "" {
		t.Errorf("pieces mismatch (-want +got):\n%s", diff)
	}
	// Columns count characters, not bytes.
	if diff := cmp.Diff([]int{2, 6, 28, 38}, cols); diff != "" {
		t.Errorf("columns mismatch (-want +got):\n%s", diff)
	}
}

// TestGridNeedsHeaderAndRows checks that lines spaced into columns make
// a table only under a header of known column names and with rows that
// start with their index: a header laid out in two columns, or a list of
// names spaced out, stays text.
func TestGridNeedsHeaderAndRows(t *testing.T) {
	for _, src := range []string{
		"ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN BÌNH              Độc lập - Tự do - Hạnh phúc\n",
		"Nhiệm vụ     Cơ quan chủ trì     Thời gian\nXây dựng kế hoạch     Sở Nội vụ     Quý I/2026\n",
		"Nguyễn Văn A     Trần Văn B     Lê Thị C\n1     2     3\n",
	} {
		text := []byte(src)
		lines := splitLines(text)
		if g := findGrids(string(text), lines); len(g) != 0 {
			t.Errorf("findGrids(%q) = %+v, want none", src, g)
		}
	}
}

// TestFormFeedBeforeContent checks that a page's first line written right
// after the form feed, as pdftotext writes it, is read as a line of its
// own after a page break: text is kept, a page number recorded.
func TestFormFeedBeforeContent(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"1. Sở Y tế chủ trì rà soát các cơ sở.\n\f2\n" +
		"2. Sở Tài chính chủ trì bố trí kinh phí.\n\fSở Xây dựng phối hợp thực hiện.\n"
	doc := parseBytes(t, "form-feed", []byte(src))
	if got := node(t, doc, "I.2/p1").Text; got != "Sở Xây dựng phối hợp thực hiện." {
		t.Errorf("I.2/p1 text = %q", got)
	}
	if pn := doc.Meta.PageNumbers; len(pn) != 1 || pn[0].Text != "2" {
		t.Errorf("page numbers = %+v, want 2", pn)
	}
}
