package parser

import (
	"strings"
	"testing"

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
