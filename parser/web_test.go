package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

func TestWebChrome(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want chrome
	}{
		{"Xem thêm: Tăng cường kiểm tra an toàn thực phẩm dịp Tết", chromeLine},
		{"Quảng cáo", chromeLine},
		{"QUẢNG CÁO", chromeLine},
		{"Bình luận (0)", chromeLine},
		{"Tải về: KH245.pdf (325 KB)", chromeLine},
		{"Bản quyền © 2025 Cổng thông tin điện tử tỉnh", chromeLine},
		{"Trang chủ > Văn bản > Kế hoạch", chromeLine},
		{"Trang chủ » Tin tức", chromeLine},
		{"Tin liên quan:", chromeList},
		{"Bình luận (0) Tin liên quan:", chromeList},
		{"Các tin khác", chromeList},
		{"Văn bản liên quan", chromeList},
		{"Tải về", chromeLine},
		{"Tải về (PDF, 412 KB)", chromeLine},
		// Text of a document.
		{"Quảng cáo sản phẩm OCOP trên các nền tảng số.", chromeNone},
		{"Bản quyền tác giả và quyền liên quan được bảo hộ.", chromeNone},
		{"Trang chủ của Cổng thông tin điện tử tỉnh được nâng cấp.", chromeNone},
		{"Chia sẻ dữ liệu giữa các cơ quan nhà nước.", chromeNone},
		{"", chromeNone},
	} {
		if got := webChrome(tt.in); got != tt.want {
			t.Errorf("webChrome(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestWebChromeInBody checks that the frame of a web page inside the
// body and after the signature ("Xem thêm", "Quảng cáo", "Tin liên quan"
// and its links, "Bản quyền ©") goes to the notes: no paragraph, task or
// recipient holds it, and the numbering around it goes on.
func TestWebChromeInBody(t *testing.T) {
	src := "KẾ HOẠCH\nTháng hành động vì an toàn thực phẩm năm 2025\n\n" +
		"I. NỘI DUNG\n" +
		"1. Sở Y tế chủ trì tổ chức lễ phát động.\n\n" +
		"Xem thêm: Tăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu\n\n" +
		"Quảng cáo\n\n" +
		"2. Sở Công Thương chủ trì kiểm tra thị trường.\n\n" +
		"Nơi nhận:\n- Bộ Y tế (b/c);\n- Lưu: VT.\n" +
		"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n\n" +
		"Tải về: KH245.pdf (325 KB)\n" +
		"Tin liên quan:\n- Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể\n- Ra quân kiểm tra liên ngành\n" +
		"Bản quyền © 2025 Cổng thông tin điện tử tỉnh\n"
	doc := parseBytes(t, "web", []byte(src))
	node(t, doc, "I.2")
	model.Walk(doc.Body, func(n *model.Node) bool {
		if strings.Contains(n.Text, "Xem thêm") || strings.Contains(n.Text, "Quảng cáo") {
			t.Errorf("%s holds a line of the page's frame: %q", n.ID, n.Text)
		}
		return true
	})
	if len(doc.Meta.Recipients) != 1 || doc.Meta.Recipients[0].Name != "Bộ Y tế" {
		t.Errorf("recipients = %+v, want only Bộ Y tế", doc.Meta.Recipients)
	}
	notes := strings.Join(doc.Meta.Notes, "\n")
	for _, want := range []string{"Xem thêm", "Quảng cáo", "Tải về", "Ra quân kiểm tra liên ngành", "Bản quyền ©"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
}

// TestWebChromeAfterEnd checks the frame of a page of legal texts after
// a copy that ends with its last paragraph and no signature: the list of
// related documents, its titles on lines of their own, and the row of
// tabs, go to the notes; the closing formula after the last point closes
// the body and is no task.
func TestWebChromeAfterEnd(t *testing.T) {
	src := "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 96/NQ-CP\n\n" +
		"I. TỔ CHỨC THỰC HIỆN\n\n" +
		"1. Vụ Kế hoạch - Tài chính theo dõi, tổng hợp.\n\n" +
		"2. Đề nghị Sở Nông nghiệp và Môi trường các tỉnh phối hợp triển khai.\n\n" +
		"Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Bộ trưởng để xem xét, điều chỉnh./.\n\n" +
		"Văn bản liên quan\nNghị quyết 96/NQ-CP năm 2025 phát triển nông nghiệp xanh\nNghị định 35/2025/NĐ-CP quy định chức năng\n" +
		"Lược đồ | Tải về | In\n"
	doc := parseBytes(t, "web-end", []byte(src))
	want := []string{"I section", "I.1 section", "I.2 section", "p1 paragraph"}
	if diff := cmp.Diff(want, outline(doc)); diff != "" {
		t.Errorf("outline (-want +got):\n%s", diff)
	}
	if p := node(t, doc, "p1"); p.Task || p.Assignment != nil {
		t.Errorf("the closing formula is a task: %+v", p.Assignment)
	}
	want = []string{"Văn bản liên quan", "Nghị quyết 96/NQ-CP năm 2025 phát triển nông nghiệp xanh",
		"Nghị định 35/2025/NĐ-CP quy định chức năng", "Lược đồ | Tải về | In"}
	if diff := cmp.Diff(want, doc.Meta.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

func TestHideLinks(t *testing.T) {
	// want is the text of the result, spaces collapsed; the result keeps
	// the length of the input.
	for _, tt := range []struct{ in, want string }{
		{"Thực hiện [Nghị quyết số 82/NQ-CP](https://vanban.chinhphu.vn/?docid=208123) của Chính phủ",
			"Thực hiện Nghị quyết số 82/NQ-CP của Chính phủ"},
		{"[In trang](javascript:window.print()) | ![logo](/img/a.png)", "In trang | logo"},
		{"[Trang chủ](/) > [Văn bản](#vb)", "Trang chủ > Văn bản"},
		// No link: brackets of text, a target that is no address, or one
		// broken by a line end.
		{"Điểm [a](nếu có) của khoản 2", "Điểm [a](nếu có) của khoản 2"},
		{"[x](https://a b)", "[x](https://a b)"},
		{"a ](https://x) b", "a ](https://x) b"},
	} {
		got, copied := hideLinks([]byte(tt.in), false)
		if s := strings.Join(strings.Fields(string(got)), " "); s != tt.want {
			t.Errorf("hideLinks(%q) = %q, want %q", tt.in, s, tt.want)
		}
		if len(got) != len(tt.in) {
			t.Errorf("hideLinks(%q) changed the length", tt.in)
		}
		if copied != (tt.in != tt.want) {
			t.Errorf("hideLinks(%q) copied = %v", tt.in, copied)
		}
	}
}

// TestLinksInWebCopy checks that the addresses of Markdown links leave no
// number, date or target in a document copied from a web page, that the
// cited documents keep their dates, and that the page's list of related
// documents goes to the notes.
func TestLinksInWebCopy(t *testing.T) {
	src := "**KẾ HOẠCH**\n\n**Phát triển du lịch năm 2026**\n\n" +
		"Thực hiện [Nghị quyết số 82/NQ-CP ngày 18/5/2023](https://vanban.chinhphu.vn/?docid=208123) của Chính phủ.\n\n" +
		"**I. NHIỆM VỤ**\n\n" +
		"1. Sở Văn hóa xây dựng sản phẩm du lịch theo [Quyết định số 147/QĐ-TTg](https://vanban.chinhphu.vn/?docid=205123) ngày 22/01/2020.\n\n" +
		"### Văn bản liên quan\n\n- [Kế hoạch số 256/KH-UBND ngày 20/12/2025](https://x.gov.vn/256)\n"
	doc := parseBytes(t, "links", []byte(src))
	n := node(t, doc, "I.1")
	if len(n.Targets) != 0 || len(n.Deadlines) != 0 {
		t.Errorf("I.1: targets %+v, deadlines %+v, want none", n.Targets, n.Deadlines)
	}
	if len(n.References) != 1 || n.References[0].Date != "2020-01-22" {
		t.Errorf("I.1 references = %+v, want 147/QĐ-TTg of 2020-01-22", n.References)
	}
	if strings.Contains(n.Text, "http") || strings.Contains(n.Text, "](") {
		t.Errorf("I.1 text = %q, still with the link's syntax", n.Text)
	}
	m := doc.Meta
	if len(m.Recipients) != 0 || len(m.Notes) != 2 {
		t.Errorf("recipients %+v, notes %q, want the related documents in the notes", m.Recipients, m.Notes)
	}
}

func TestFixOCRDigits(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ngày l2 tháng 01 năm 2026", "ngày 12 tháng 01 năm 2026"},
		{"trước ngày l5/10/2026.", "trước ngày 15/10/2026."},
		{"Trung tâm Cấp cứu ll5 và", "Trung tâm Cấp cứu 115 và"},
		{"KẾ H0ẠCH", "KẾ HOẠCH"},
		{"C0NG HÒA", "CONG HÒA"},
		{"Số: 2l8/KH-UBND, theo Nghị quyết 4l/NQ-HĐND", "Số: 218/KH-UBND, theo Nghị quyết 41/NQ-HĐND"},
		{"đạt 9.8OO tỷ đồng, tăng 3O%; 22.OOO ha.", "đạt 9.800 tỷ đồng, tăng 30%; 22.000 ha."},
		{"trước ngày 31/l/2027, ngày 1O tháng 12", "trước ngày 31/1/2027, ngày 10 tháng 12"},
		// Nothing to mend.
		{"lúa, lợn, l và ml2", "lúa, lợn, l và ml2"},
		{"khổ A0, COVID-19, PM2.5, Quý l.", "khổ A0, COVID-19, PM2.5, Quý l."},
		{"H0 và 0A", "H0 và 0A"},
		{"10l nước, H2O, CO2, năm 2O2O-2O25, lO và O.K, xe 5O cc l", "10l nước, H2O, CO2, năm 2020-2025, lO và O.K, xe 50 cc l"},
	} {
		got, copied, n, first := fixOCRDigits([]byte(tt.in), false)
		if string(got) != tt.want {
			t.Errorf("fixOCRDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if changed := tt.in != tt.want; copied != changed || (n > 0) != changed || changed && (first < 0 || tt.in[first] == tt.want[first]) {
			t.Errorf("fixOCRDigits(%q): copied %v, %d mends, first at %d", tt.in, copied, n, first)
		}
	}
}

// TestOCRHeader checks that a header read by OCR, with a "0" for an "O"
// and an "l" for a "1" and a motto whose marks were lost, gives its type,
// title, date and issuer, and that the mends are reported.
func TestOCRHeader(t *testing.T) {
	src := "ỦY BAN NHÂN DÂN            C0NG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"TỈNH SƠN NGUYÊN               Độc lập - Tự do - Hạnh phúc\n" +
		"Số: 58/KH-UBND           Sơn Nguyên, ngày l2 tháng 01 năm 2026\n\n" +
		"KẾ H0ẠCH\nBảo đảm trật tự, an toàn giao thông năm 2026\n\n" +
		"l. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nKiềm chế tai nạn giao thông.\n" +
		"Il. NHIỆM VỤ, GIẢI PHÁP\n1. Công an tỉnh chủ trì tuần tra, kiểm soát.\n"
	doc := parseBytes(t, "ocr-header", []byte(src))
	m := doc.Meta
	if m.DocType != "Kế hoạch" || m.Title != "KẾ HOẠCH" || m.Date != "2026-01-12" || m.Issuer != "ỦY BAN NHÂN DÂN TỈNH SƠN NGUYÊN" {
		t.Errorf("type %q title %q date %q issuer %q", m.DocType, m.Title, m.Date, m.Issuer)
	}
	if diff := cmp.Diff([]string{"I section", "I.1 section", "I.1/p1 paragraph", "II section", "II.1 section"}, outline(doc)); diff != "" {
		t.Errorf("outline mismatch (-want +got):\n%s", diff)
	}
	if !hasDiag(doc, "ocr-digits-fixed") || !hasDiag(doc, "label-ocr-fixed") {
		t.Errorf("the mends were not reported: %+v", doc.Diagnostics)
	}
}
