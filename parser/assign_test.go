package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// TestRequestInherited checks that the tasks under a request ("Đề nghị
// X:") are asked of X too, whether they name nothing or only cooperating
// agencies, that a body named in such a point is asked too, and that the
// tasks under an order stay orders.
func TestRequestInherited(t *testing.T) {
	src := "KẾ HOẠCH\nTriển khai công tác năm 2025\n\n" +
		"I. TỔ CHỨC THỰC HIỆN\n" +
		"1. Sở Y tế chủ trì, phối hợp với các địa phương:\n" +
		"- Rà soát, báo cáo kết quả.\n" +
		"2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:\n" +
		"- Phối hợp với các ngành tuyên truyền, vận động Nhân dân.\n" +
		"- Giám sát việc thực hiện.\n" +
		"3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể:\n" +
		"- Hội Nông dân tỉnh vận động hội viên tham gia.\n" +
		"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Sở Y tế.\n"
	doc := parseBytes(t, "request", []byte(src))
	for _, tt := range []struct {
		id      string
		request bool
	}{
		{"I.1", false}, {"I.1/i1", false},
		{"I.2", true}, {"I.2/i1", true}, {"I.2/i2", true},
		// A body named in a point of a request is asked too; the
		// closing paragraph after the points is no request.
		{"I.3/i1", true}, {"I.3/p1", false},
	} {
		a := node(t, doc, tt.id).Assignment
		if a == nil || len(a.Lead) != 1 {
			t.Errorf("%s assignment = %+v, want one lead", tt.id, a)
			continue
		}
		if a.Request != tt.request {
			t.Errorf("%s request = %v, want %v (lead %q)", tt.id, a.Request, tt.request, a.Lead)
		}
	}
}

// TestFieldValueClause checks that a lead field whose value is a clause
// ("Cơ quan thực hiện: Sở A chủ trì, phối hợp với Sở B") gives the lead
// and the cooperating agencies apart, and that a plain list stays a list
// of leads.
func TestFieldValueClause(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Rà soát thủ tục hành chính\n" +
		"a) Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính.\n" +
		"b) Thời gian hoàn thành: Quý IV/2025.\n" +
		"2. Kiểm tra công vụ\n" +
		"a) Cơ quan chủ trì: Sở Tư pháp, Thanh tra tỉnh.\n" +
		"b) Cơ quan phối hợp: các sở, ngành.\n" +
		"3. Tuyên truyền chính sách\n" +
		"a) Cơ quan thực hiện: Sở Văn hóa phối hợp thực hiện.\n"
	doc := parseBytes(t, "fields", []byte(src))
	for _, tt := range []struct {
		id         string
		lead, coop []string
	}{
		{"I.1", []string{"Sở Nội vụ"}, []string{"Sở Tài chính"}},
		{"I.2", []string{"Sở Tư pháp", "Thanh tra tỉnh"}, []string{"các sở, ngành"}},
		{"I.3", nil, []string{"Sở Văn hóa"}},
	} {
		checkAgencies(t, doc, tt.id, tt.lead, tt.coop)
	}
}

// checkAgencies checks the lead and cooperating agencies of node id, and
// returns its assignment, nil when it has none.
func checkAgencies(t *testing.T, doc *model.Document, id string, lead, coop []string) *model.Assignment {
	t.Helper()
	a := node(t, doc, id).Assignment
	if a == nil {
		t.Errorf("%s: no assignment", id)
		return nil
	}
	if diff := cmp.Diff(lead, a.Lead); diff != "" {
		t.Errorf("%s lead (-want +got):\n%s", id, diff)
	}
	if diff := cmp.Diff(coop, a.Cooperating); diff != "" {
		t.Errorf("%s cooperating (-want +got):\n%s", id, diff)
	}
	return a
}

func TestIsAimsHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"MỤC ĐÍCH, YÊU CẦU": true, "MỤC ĐÍCH YÊU CẦU": true, "Mục đích": true, "Yêu cầu": true,
		"Quan điểm chỉ đạo": true, "QUAN ĐIỂM": true, "Mục đích và yêu cầu": true, "**YÊU CẦU**": true,
		"MỤC TIÊU": false, "Quan điểm, mục tiêu": false, "NHIỆM VỤ, GIẢI PHÁP": false,
		"Yêu cầu các sở báo cáo": false, "Chỉ đạo": false, "": false, "Mục": false,
	} {
		if got := isAimsHeading(h); got != want {
			t.Errorf("isAimsHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestAimsNotTasks checks that what a section of aims says is not a task,
// while the tasks of the next section are.
func TestAimsNotTasks(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"I. MỤC ĐÍCH, YÊU CẦU\n" +
		"1. Mục đích\n" +
		"Triển khai kịp thời, đồng bộ các giải pháp.\n" +
		"2. Yêu cầu\n" +
		"- Xác định rõ nhiệm vụ, trách nhiệm của các cơ quan.\n" +
		"II. NHIỆM VỤ\n" +
		"1. Sở Y tế chủ trì rà soát các cơ sở y tế.\n" +
		"- Báo cáo kết quả trước ngày 30/6/2025.\n"
	doc := parseBytes(t, "aims", []byte(src))
	checkTasks(t, doc, map[string]bool{"I.1/p1": false, "I.2/i1": false, "II.1": true, "II.1/i1": true})
}

// TestReviewNotTasks checks that what a part looking back reports
// ("KẾT QUẢ THỰC HIỆN NĂM 2025", "I. ĐÁNH GIÁ TÌNH HÌNH", "1. Đánh giá
// chung") is no task, while a point headed "Đánh giá tác động …" in
// sentence case is one.
func TestReviewNotTasks(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n" +
		"I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025\n" +
		"1. Sở Y tế đã chủ trì rà soát 120 cơ sở y tế.\n" +
		"- Thu hút 12 dự án theo phương thức đối tác công tư.\n" +
		"II. NHIỆM VỤ NĂM 2026\n" +
		"1. Đánh giá tác động của chính sách\n" +
		"Sở Tư pháp chủ trì đánh giá tác động của chính sách mới.\n" +
		"2. Hạn chế tối đa việc tổ chức hội nghị\n" +
		"Các sở hạn chế tổ chức hội nghị.\n" +
		"III. KẾT LUẬN\n" +
		"1. Đánh giá chung\n" +
		"Đến ngày 31/5/2026, toàn tỉnh giải ngân được 2.710 tỷ đồng, đạt 27,5% kế hoạch.\n" +
		"2. Tồn tại, hạn chế và nguyên nhân\n" +
		"Một số chủ đầu tư chưa quyết liệt.\n" +
		"3. Nhiệm vụ thời gian tới\n" +
		"Các chủ đầu tư đẩy nhanh tiến độ giải ngân.\n"
	doc := parseBytes(t, "review", []byte(src))
	checkTasks(t, doc, map[string]bool{"I.1": false, "I.1/i1": false, "II.1/p1": true, "II.2/p1": true,
		"III.1/p1": false, "III.2/p1": false, "III.3/p1": true})
	// What a part looking back reports was reached: no targets, no
	// deadlines.
	for _, id := range []string{"I.1/i1", "III.1/p1"} {
		if n := node(t, doc, id); len(n.Targets) != 0 || len(n.Deadlines) != 0 {
			t.Errorf("%s: targets %+v, deadlines %+v, want none", id, n.Targets, n.Deadlines)
		}
	}
}

// TestStatementsNotTasks checks that what states a fact of the document
// (its entry into force, where its tasks are listed, where its money
// comes from) is no task, while a body asked to find the money is.
func TestStatementsNotTasks(t *testing.T) {
	src := "QUYẾT ĐỊNH:\n" +
		"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n" +
		"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" +
		"KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"Các nhiệm vụ cụ thể, đơn vị chủ trì và thời gian hoàn thành được nêu tại Phụ lục kèm theo Kế hoạch này.\n\n" +
		"II. KINH PHÍ\n" +
		"Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách tỉnh năm 2026.\n\n" +
		"Sở Tài chính chủ trì bố trí kinh phí thực hiện.\n\n" +
		"III. TỔ CHỨC THỰC HIỆN\n" +
		"1. Khen thưởng sơ kết (năm 2028)\n" +
		"- Sở Nội vụ tổng hợp hồ sơ khen thưởng.\n" +
		"2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo Sở Nội vụ.\n" +
		"3. Trong quá trình thực hiện, trường hợp có phát sinh, các phòng kịp thời báo cáo để điều chỉnh Kế hoạch.\n"
	doc := parseBytes(t, "statements", []byte(src))
	checkTasks(t, doc, map[string]bool{"Điều 1": false, "Điều 2": false, "I/p1": false, "II/p1": false, "II/p2": true,
		"III.1": false, "III.1/i1": true, "III.2": false, "III.3": false})
	if h := node(t, doc, "III.1").Heading; h != "Khen thưởng sơ kết (năm 2028)" {
		t.Errorf("III.1 heading = %q", h)
	}
}

// TestExtractedBullets checks that the bullets text extraction and OCR
// leave ("¬ ", "Ø ", "_ ") start items of the section above, and are not
// joined to its heading across the blank line as a continuation.
func TestExtractedBullets(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"II. NHIỆM VỤ\n" +
		"1. Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận và Nhân dân\n\n" +
		"¬ Thực hiện sự lãnh đạo của cấp ủy đảng.\n" +
		"Ø Đổi mới nội dung, phương thức vận động.\n" +
		"_ na dựng, định kỳ cập nhật kế hoạch.\n" +
		"2. Nâng cao chất lượng hoạt động\n" +
		"- Rà soát, kiện toàn tổ chức.\n"
	doc := parseBytes(t, "bullets", []byte(src))
	if h := node(t, doc, "II.1").Heading; h != "Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận và Nhân dân" {
		t.Errorf("II.1 heading = %q", h)
	}
	var texts []string
	model.Walk(node(t, doc, "II.1").Children, func(n *model.Node) bool {
		if n.Kind == model.KindItem {
			texts = append(texts, n.Text)
		}
		return true
	})
	want := []string{"Thực hiện sự lãnh đạo của cấp ủy đảng.", "Đổi mới nội dung, phương thức vận động.", "na dựng, định kỳ cập nhật kế hoạch."}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("items of II.1 (-want +got):\n%s", diff)
	}
}

// TestAgencyKeyOwnPlace checks that an agency named with the document's
// own place ("... tỉnh Lào Cai" in a plan of Lào Cai) shares the key of
// the name without it, and that another place keeps its own.
func TestAgencyKeyOwnPlace(t *testing.T) {
	src := "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nAn Bình, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Ban Quản lý các khu công nghiệp tỉnh chủ trì rà soát quy hoạch.\n" +
		"2. Ban Quản lý các khu công nghiệp tỉnh An Bình chủ trì kiểm tra.\n" +
		"3. Ban Quản lý các khu công nghiệp tỉnh Bình Sơn phối hợp.\n"
	doc := parseBytes(t, "place", []byte(src))
	var keys []string
	for _, a := range doc.Agencies {
		keys = append(keys, a.Key)
	}
	want := []string{"ban quản lý các khu công nghiệp tỉnh", "ban quản lý các khu công nghiệp tỉnh bình sơn"}
	if doc.Meta.Place != "An Bình" {
		t.Fatalf("place = %q", doc.Meta.Place)
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("agency keys (-want +got):\n%s", diff)
	}
}

// TestCellDeadlines checks that a time cell of a task table listing two
// times gives both, each with its own span, and a cell with one time a
// deadline spanning the cell.
func TestCellDeadlines(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"PHỤ LỤC\n\n" +
		"| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n" +
		"|---|---|---|---|\n" +
		"| 1 | Xây dựng đề án | Sở A | Năm 2025; Năm 2030 |\n" +
		"| 2 | Tổ chức tập huấn | Sở B | Quý IV/2025 |\n"
	doc := parseBytes(t, "cells", []byte(src))
	var rows []*model.Node
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Kind == model.KindRow && len(n.Deadlines) > 0 {
			rows = append(rows, n)
		}
		return true
	})
	if len(rows) != 2 {
		t.Fatalf("%d rows with deadlines, want 2", len(rows))
	}
	var got []string
	for _, r := range rows {
		for _, d := range r.Deadlines {
			got = append(got, d.Period+" "+srcAt(src, d.Span))
		}
	}
	want := []string{"2025 Năm 2025", "2030 Năm 2030", "2025-Q4 Quý IV/2025"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("periods and spanned text (-want +got):\n%s", diff)
	}
}

// srcAt returns the text of src that sp spans.
func srcAt(src string, sp model.Span) string {
	return src[sp.Start.Offset:sp.End.Offset]
}

// TestLowerAlphaDotPoints checks that points numbered "a.", "b." under a
// numbered task are points with their own leads, as "a)" points are.
func TestLowerAlphaDotPoints(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Nhiệm vụ chung:\n" +
		"a. Sở Công Thương chủ trì xúc tiến thương mại.\n" +
		"b. Sở Tài chính chủ trì bố trí kinh phí.\n"
	doc := parseBytes(t, "points", []byte(src))
	for id, lead := range map[string]string{"I.1.a": "Sở Công Thương", "I.1.b": "Sở Tài chính"} {
		a := node(t, doc, id).Assignment
		if a == nil || len(a.Lead) != 1 || a.Lead[0] != lead {
			t.Errorf("%s assignment = %+v, want lead %s", id, a, lead)
		}
	}
}

// TestLetterRequest checks that the tasks of a letter whose opening asks
// its addressees ("kính đề nghị") are requests, and those of a letter
// that orders them are not.
func TestLetterRequest(t *testing.T) {
	for _, tt := range []struct {
		verb    string
		request bool
	}{{"kính đề nghị", true}, {"yêu cầu", false}} {
		src := "BỘ Y TẾ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
			"                         Độc lập - Tự do - Hạnh phúc\n" +
			"Số: 1500/BYT-KHTC        Hà Nội, ngày 10 tháng 3 năm 2025\n" +
			"V/v triển khai công tác phòng, chống dịch\n\n" +
			"Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n" +
			"Để chủ động phòng, chống dịch bệnh, Bộ Y tế " + tt.verb + " Ủy ban nhân dân các tỉnh, thành phố chỉ đạo:\n\n" +
			"1. Rà soát, cập nhật kế hoạch phòng, chống dịch.\n" +
			"2. Bố trí kinh phí thực hiện.\n"
		doc := parseBytes(t, "letter", []byte(src))
		if doc.Meta.DocType != "Công văn" {
			t.Fatalf("doc type %q", doc.Meta.DocType)
		}
		for _, id := range []string{"1", "2"} {
			a := node(t, doc, id).Assignment
			if a == nil || len(a.Lead) == 0 || a.Request != tt.request {
				t.Errorf("%s: %s assignment = %+v, want a lead and request %v", tt.verb, id, a, tt.request)
			}
		}
	}
}

func TestIsAnnexPointer(t *testing.T) {
	for s, want := range map[string]bool{
		"(Chi tiết tại biểu kèm theo)": true, "(chi tiết Phụ lục 02 đính kèm).": true, "(Có Phụ lục kèm theo)": true,
		"Chi tiết tại biểu kèm theo": false, "(Sở Y tế chủ trì)": false,
		"Rà soát quy hoạch (chi tiết tại Phụ lục 1) và báo cáo UBND tỉnh.": false,
	} {
		if got := isAnnexPointer(s); got != want {
			t.Errorf("isAnnexPointer(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMergedTimeCells checks that task rows under a time cell merged over
// several rows take its time, up to a row that is no task, and that a
// table whose rows each have their own time is left alone.
func TestMergedTimeCells(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n" +
		"PHỤ LỤC\n\n" +
		"Thời gian | Nội dung công việc | Đơn vị chủ trì\n" +
		"1 | Lập nhiệm vụ\n" +
		"10-11/2025 | Xây dựng đề cương | Sở A\n" +
		" | Lấy ý kiến các sở | Sở A\n" +
		"2 | Thẩm định\n" +
		" | Trình thẩm định | Sở B\n" +
		"12/2025 | Phê duyệt | Sở C\n"
	doc := parseBytes(t, "merged", []byte(src))
	var got []string
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Kind == model.KindRow && n.Task {
			var ds []string
			for _, d := range n.Deadlines {
				ds = append(ds, d.Period)
			}
			got = append(got, n.Cells[1]+": "+strings.Join(ds, ","))
		}
		return true
	})
	want := []string{"Xây dựng đề cương: 2025-10/2025-11", "Lấy ý kiến các sở: 2025-10/2025-11", "Trình thẩm định: ", "Phê duyệt: 2025-12"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("task rows and their periods (-want +got):\n%s", diff)
	}
}

// TestLaterClauses checks that the later clauses of a paragraph that
// assign add their agencies ("…; Công an tỉnh có trách nhiệm …", "…;
// giao Sở B …", "… . Các xã phối hợp thực hiện."), that the first
// action ends where they start, and that clauses that do not assign
// ("…; các sở gửi báo cáo về Sở A", "…, các đơn vị phản ánh về Sở A tổng
// hợp, tham mưu …", clauses after a colon) add nobody.
func TestLaterClauses(t *testing.T) {
	src := "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với các cơ quan liên quan xây dựng kế hoạch diễn tập; Công an tỉnh có trách nhiệm bảo đảm an ninh, trật tự.\n" +
		"2. Yêu cầu các sở, ban, ngành tổ chức thực hiện Kế hoạch này; giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.\n" +
		"3. Tăng cường kiểm tra an toàn thực phẩm; giao Sở Công Thương chủ trì thực hiện.\n" +
		"4. Sở Xây dựng chủ trì rà soát quy hoạch. Ủy ban nhân dân các xã, phường phối hợp thực hiện.\n" +
		"5. Sở Nội vụ chủ trì tổng hợp, báo cáo; các sở, ngành gửi báo cáo về Sở Nội vụ trước ngày 15/12/2026.\n" +
		"6. Sở Tư pháp chủ trì hướng dẫn. Trong quá trình thực hiện, các cơ quan, đơn vị phản ánh về Sở Tư pháp tổng hợp, tham mưu xử lý.\n" +
		"7. Sở Tài chính làm việc với các bộ theo hướng: Sở Y tế chủ trì nhóm nhiệm vụ thứ nhất; Sở Xây dựng chủ trì nhóm nhiệm vụ thứ hai.\n" +
		"8. Chủ trì, phối hợp với Sở Tài chính rà soát định mức; Công an tỉnh có trách nhiệm cung cấp số liệu.\n" +
		"9. Sở Xây dựng chủ trì rà soát quy hoạch; các sở, ngành phối hợp thực hiện.\n" +
		"10. Sở Y tế chủ trì tổ chức tiêm chủng; các sở, ngành có trách nhiệm bố trí nhân lực.\n"
	doc := parseBytes(t, "later", []byte(src))
	for _, tt := range []struct {
		id         string
		lead, coop []string
		action     string
	}{
		{"I.1", []string{"Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"}, []string{"các cơ quan liên quan"}, "xây dựng kế hoạch diễn tập"},
		{"I.2", []string{"các sở, ban, ngành", "Văn phòng Ủy ban nhân dân tỉnh"}, nil, "tổ chức thực hiện Kế hoạch này"},
		{"I.3", []string{"Sở Công Thương"}, nil, "thực hiện"},
		{"I.4", []string{"Sở Xây dựng"}, []string{"Ủy ban nhân dân các xã, phường"}, "rà soát quy hoạch"},
		{"I.5", []string{"Sở Nội vụ"}, nil, "tổng hợp, báo cáo; các sở, ngành gửi báo cáo về Sở Nội vụ trước ngày 15/12/2026"},
		{"I.6", []string{"Sở Tư pháp"}, nil, "hướng dẫn"},
		{"I.7", []string{"Sở Tài chính"}, nil, ""},
		// The first clause inherits the section's lead: a later subject
		// does not replace it.
		{"I.8", nil, []string{"Sở Tài chính"}, ""},
		// A clause after ";" starts in lower case; its subject keeps it.
		{"I.9", []string{"Sở Xây dựng"}, []string{"các sở, ngành"}, "rà soát quy hoạch"},
		{"I.10", []string{"Sở Y tế", "các sở, ngành"}, nil, "tổ chức tiêm chủng"},
	} {
		a := checkAgencies(t, doc, tt.id, tt.lead, tt.coop)
		if a != nil && tt.action != "" && a.Action != tt.action {
			t.Errorf("%s action = %q, want %q", tt.id, a.Action, tt.action)
		}
	}
}

// TestEndMarkInSection checks that the last paragraph of a section that
// ends with the mark "./." stays in its section as a task, while closing
// formulas ("Trên đây là …", a letter's thanks) go to the top level and
// are no tasks.
func TestEndMarkInSection(t *testing.T) {
	for _, tt := range []struct {
		name, last string
		id         string
		task       bool
	}{
		{"assigns", "Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này./.", "II/p1", true},
		{"formula", "Trên đây là Kế hoạch triển khai công tác năm 2026 của Ủy ban nhân dân tỉnh./.", "p1", false},
		{"thanks", "Sở Tài chính trân trọng cảm ơn sự phối hợp của Quý cơ quan./.", "p1", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "KẾ HOẠCH\nTriển khai công tác năm 2026\n\n" +
				"I. NHIỆM VỤ\n- Rà soát thủ tục hành chính.\n\n" +
				"II. TỔ CHỨC THỰC HIỆN\n\n" + tt.last + "\n"
			doc := parseBytes(t, tt.name, []byte(src))
			n := node(t, doc, tt.id)
			if n.Task != tt.task {
				t.Errorf("%s task = %v, want %v", tt.id, n.Task, tt.task)
			}
		})
	}
}

// TestIndicatorTargets checks that under a heading of targets an item
// that states a number with a unit and no verb is a target, and that the
// same words elsewhere are not.
func TestIndicatorTargets(t *testing.T) {
	src := "KẾ HOẠCH\nPhát triển nông nghiệp năm 2026\n\n" +
		"I. MỤC TIÊU, CHỈ TIÊU\n" +
		"- Diện tích gieo trồng 230.000 ha.\n" +
		"- Đàn bò 95.000 con.\n" +
		"II. NỘI DUNG\n" +
		"- Diện tích gieo trồng 230.000 ha.\n"
	doc := parseBytes(t, "indicators", []byte(src))
	for id, want := range map[string]int{"I/i1": 1, "I/i2": 1, "II/i1": 0} {
		if got := len(node(t, doc, id).Targets); got != want {
			t.Errorf("%s has %d targets, want %d", id, got, want)
		}
	}
}

// TestIndicatorTableWithLeads checks that a table of indicators that
// also names who leads each one and by when gives each row one target,
// its metric from the indicator column, and the row its lead; and that
// a column headed by a year holds values.
func TestIndicatorTableWithLeads(t *testing.T) {
	src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. CHỈ TIÊU\n\n" +
		"| STT | Chỉ tiêu | Kết quả phấn đấu | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|---|\n" +
		"| 1 | Chỉ số SIPAS | Đạt trên 85% | Sở Nội vụ | Quý IV/2026 |\n" +
		"| 2 | Chỉ số PAR INDEX | Thuộc nhóm 20 tỉnh dẫn đầu | Sở Nội vụ | Năm 2026 |\n\n" +
		"II. KẾT QUẢ\n\n| Chỉ tiêu | Đơn vị tính | Năm 2030 |\n|---|---|---|\n| Tỷ lệ đô thị hóa | % | 45 |\n"
	doc := parseBytes(t, "indicator-leads", []byte(src))
	for _, tt := range []struct {
		id, metric, unit string
		value            float64
	}{
		{"I/t1/r1", "Chỉ số SIPAS", "%", 85},
		{"I/t1/r2", "Chỉ số PAR INDEX", "tỉnh", 20},
		{"II/t1/r1", "Tỷ lệ đô thị hóa", "%", 45},
	} {
		n := node(t, doc, tt.id)
		if len(n.Targets) != 1 {
			t.Errorf("%s: %d targets, want 1: %+v", tt.id, len(n.Targets), n.Targets)
			continue
		}
		if tg := n.Targets[0]; tg.Metric != tt.metric || tg.Unit != tt.unit || tg.Value == nil || *tg.Value != tt.value {
			t.Errorf("%s: target %+v, want %v %s of %q", tt.id, tg, tt.value, tt.unit, tt.metric)
		}
	}
	checkAgencies(t, doc, "I/t1/r1", []string{"Sở Nội vụ"}, nil)
}

// checkTasks checks which of the nodes named in want are tasks.
func checkTasks(t *testing.T, doc *model.Document, want map[string]bool) {
	t.Helper()
	for id, task := range want {
		if got := node(t, doc, id).Task; got != task {
			t.Errorf("%s task = %v, want %v", id, got, task)
		}
	}
}

// TestAgencyRowNamesBody checks that the agencies table names a body by
// its own name when an office holder of it is met first.
func TestAgencyRowNamesBody(t *testing.T) {
	src := "KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" +
		"I. NHIỆM VỤ\n" +
		"1. Giám đốc Sở Tài chính chủ trì rà soát định mức.\n" +
		"2. Sở Tài chính chủ trì bố trí kinh phí.\n" +
		"3. Các Sở chủ trì tổng hợp.\n"
	doc := parseBytes(t, "agency-row", []byte(src))
	for _, a := range doc.Agencies {
		if a.Key == "sở tài chính" {
			if a.Name != "Sở Tài chính" || len(a.Lead) != 2 {
				t.Errorf("row %q: name %q, leads %v; want Sở Tài chính for I.1 and I.2", a.Key, a.Name, a.Lead)
			}
			return
		}
	}
	t.Errorf("no row for sở tài chính: %+v", doc.Agencies)
}

// TestLeadInParagraph checks that a paragraph ending with a colon that
// names an agency, or assigns, gives its lead and cooperating agencies
// to the items right after it, which are the tasks; the paragraph is
// none, and a paragraph between ends its run. One that introduces a
// table is no task either.
func TestLeadInParagraph(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"1. Phân loại chất thải rắn\n" +
		"Sở Nông nghiệp và Môi trường:\n- Hướng dẫn các xã triển khai phân loại.\n- Tổ chức 15 lớp tập huấn.\n" +
		"Ủy ban nhân dân các xã, phường:\n- Bố trí điểm tập kết.\n" +
		"Các hộ gia đình thực hiện phân loại tại nguồn.\n- Vận động hộ gia đình.\n" +
		"2. Thông tin\n" +
		"Sở Văn hóa chủ trì, phối hợp với Báo tỉnh:\n- Xây dựng chuyên mục.\n"
	doc := parseBytes(t, "lead-in", []byte(src))
	checkTasks(t, doc, map[string]bool{"I.1/p1": false, "I.1/i1": true, "I.1/p2": false, "I.1/p3": true, "I.2/p1": false, "I.2/i1": true})
	for id, lead := range map[string]string{"I.1/i1": "Sở Nông nghiệp và Môi trường", "I.1/i2": "Sở Nông nghiệp và Môi trường", "I.1/i3": "Ủy ban nhân dân các xã, phường"} {
		if a := checkAgencies(t, doc, id, []string{lead}, nil); a != nil && !a.Inherited {
			t.Errorf("%s: lead not marked inherited", id)
		}
	}
	if a := node(t, doc, "I.1/i4").Assignment; a != nil && len(a.Lead) > 0 && a.Lead[0] != "Các hộ gia đình" {
		t.Errorf("I.1/i4 lead = %q, want none or the paragraph's", a.Lead)
	}
	checkAgencies(t, doc, "I.2/i1", []string{"Sở Văn hóa"}, []string{"Báo tỉnh"})

	// One that introduces points is no task either.
	src = "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"Để giải ngân đạt trên 95% kế hoạch vốn, yêu cầu các đơn vị thực hiện các nhiệm vụ sau:\n" +
		"a) Sở Tài chính rà soát kế hoạch vốn.\nb) Sở Xây dựng đẩy nhanh tiến độ.\n"
	doc = parseBytes(t, "lead-in-points", []byte(src))
	checkTasks(t, doc, map[string]bool{"I/p1": false, "I.a": true, "I.b": true})

	// A paragraph that introduces a table is no task either: the rows are.
	src = "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"Các nhiệm vụ cụ thể được phân công tại bảng sau:\n\n" +
		"| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Rà soát thủ tục | Sở Tư pháp |\n"
	doc = parseBytes(t, "lead-in-table", []byte(src))
	checkTasks(t, doc, map[string]bool{"I/p1": false, "I/t1/r1": true})
}

// TestInlineFields checks that fields of agencies written inside a
// task's sentence ("…; cơ quan chủ trì: X; cơ quan phối hợp: Y, Z; thời
// gian trình: …", "(cơ quan chủ trì: X)") give its lead and cooperating
// agencies, and that a field after a comma ends the value before it.
func TestInlineFields(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"a) Xây dựng Nghị định quy định chi tiết; cơ quan chủ trì: Cục Đường sắt Việt Nam; cơ quan phối hợp: Vụ Pháp chế, Bộ Tài chính; thời gian trình: tháng 10/2026.\n" +
		"b) Xây dựng Thông tư hướng dẫn đào tạo; cơ quan chủ trì: Cục Đường sắt Việt Nam, thời gian ban hành: Quý II/2027.\n" +
		"c) Xây dựng Thông tư về tín hiệu (cơ quan chủ trì: Vụ Kết cấu hạ tầng; thời gian: năm 2027).\n" +
		"d) Xây dựng đề án. Đơn vị chủ trì: Vụ Kế hoạch. Đơn vị phối hợp: Vụ Tài chính.\n"
	doc := parseBytes(t, "inline-fields", []byte(src))
	checkTasks(t, doc, map[string]bool{"I.d": true})
	checkAgencies(t, doc, "I.d", []string{"Vụ Kế hoạch"}, []string{"Vụ Tài chính"})
	if a := node(t, doc, "I").Assignment; a != nil {
		t.Errorf("I: assignment %+v, want none: the fields are d's", a)
	}
	checkAgencies(t, doc, "I.a", []string{"Cục Đường sắt Việt Nam"}, []string{"Vụ Pháp chế", "Bộ Tài chính"})
	checkAgencies(t, doc, "I.b", []string{"Cục Đường sắt Việt Nam"}, nil)
	checkAgencies(t, doc, "I.c", []string{"Vụ Kết cấu hạ tầng"}, nil)
}

// TestRunInTopic checks that a run-in topic before a colon ("Chế độ báo
// cáo: …") does not hide the subject of the sentence after it, and that
// a body's name before a colon is still its subject.
func TestRunInTopic(t *testing.T) {
	src := "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n\nI. TỔ CHỨC THỰC HIỆN\n" +
		"1. Chế độ báo cáo: Sở Y tế báo cáo tình hình trước ngày 25 hằng tháng.\n" +
		"2. Về tuyên truyền: Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuyên truyền.\n" +
		"3. Sở Tài chính: bố trí kinh phí thực hiện.\n" +
		"4. Đối tượng: Các cơ quan, tổ chức tham gia vào Chương trình.\n" +
		"5. Thanh tra chuyên đề về đất đai: Phòng Nghiệp vụ 2 chủ trì, phối hợp với Sở Tài chính thực hiện.\n" +
		"6. Xây dựng chính quyền điện tử, chính quyền số: giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ triển khai.\n"
	doc := parseBytes(t, "topic", []byte(src))
	if a := node(t, doc, "I.4").Assignment; a != nil && len(a.Lead) > 0 {
		t.Errorf("I.4 lead = %q, want none: a scope names no one who acts", a.Lead)
	}
	checkAgencies(t, doc, "I.1", []string{"Sở Y tế"}, nil)
	checkAgencies(t, doc, "I.2", []string{"Sở Văn hóa, Thể thao và Du lịch"}, nil)
	checkAgencies(t, doc, "I.3", []string{"Sở Tài chính"}, nil)
	checkAgencies(t, doc, "I.5", []string{"Phòng Nghiệp vụ 2"}, []string{"Sở Tài chính"})
	// A longer topic with a comma, and the sentence after it in lower case.
	checkAgencies(t, doc, "I.6", []string{"Sở Khoa học và Công nghệ"}, []string{"Sở Nội vụ"})
}

// TestTaskWithoutFullStop checks that a point written without its final
// full stop, or with an OCR speck after it, is still a task: a heading
// with nothing under it that names an agency first, or is long; headings
// with points under them and fields are not.
func TestTaskWithoutFullStop(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nI. NHIỆM VỤ\n" +
		"1. Tiêm chủng mở rộng\n" +
		"a) Sở Y tế chủ trì triển khai tiêm chủng, hoàn thành trong quý III năm 2026\n" +
		"b) Công an tỉnh tăng cường tuần tra, xử lý 100% trường hợp vi phạm được phát hiện qua hệ thống camera giám sát. |\n" +
		"2. Cải cách hành chính\n" +
		"a) Rà soát thủ tục hành chính\n" +
		"- Cơ quan chủ trì: Sở Tư pháp\n"
	doc := parseBytes(t, "no-full-stop", []byte(src))
	checkTasks(t, doc, map[string]bool{"I.1": false, "I.1.a": true, "I.1.b": true, "I.2": false, "I.2.a": true})
	if n := node(t, doc, "I.1.b"); n.Heading != "" {
		t.Errorf("I.1.b heading = %q, want its sentence as text", n.Heading)
	}
	checkAgencies(t, doc, "I.1.a", []string{"Sở Y tế"}, nil)
}

// TestAgencyMarksLost checks that an agency OCR spelled with its marks
// lost ("Sở Xay dựng") is the same agency as the one spelled right
// elsewhere: one row of the agencies table, under the right name and key.
func TestAgencyMarksLost(t *testing.T) {
	src := "KẾ HOẠCH\nBảo đảm an toàn giao thông năm 2026\n\nI. NHIỆM VỤ\n" +
		"1. Sở Xay dựng chủ trì rà soát các điểm đen.\n" +
		"2. Sở Xây dựng chủ trì cải tạo các tuyến đường.\n" +
		"3. Công an tỉnh phối hợp với Sở Xây dựng tuần tra.\n"
	doc := parseBytes(t, "marks-lost", []byte(src))
	var rows []string
	for _, a := range doc.Agencies {
		rows = append(rows, fmt.Sprintf("%s|%s|%v|%v", a.Key, a.Name, a.Lead, a.Cooperating))
	}
	want := []string{"sở xây dựng|Sở Xây dựng|[I.1 I.2]|[I.3]", "công an tỉnh|Công an tỉnh|[I.3]|[]"}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("agencies mismatch (-want +got):\n%s", diff)
	}
	if k := node(t, doc, "I.1").Assignment.LeadKeys; len(k) != 1 || k[0] != "sở xây dựng" {
		t.Errorf("I.1 lead keys = %q", k)
	}
}

// TestKindThenNames checks that a line naming a kind of bodies and then
// listing them after a colon gives the bodies listed as leads, to the
// items under it too.
func TestKindThenNames(t *testing.T) {
	src := "KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2027 - 2028\n\nI. NHIỆM VỤ\n" +
		"a) Các khoa chuyên môn: Khoa Cơ khí, Khoa Điện - Điện tử, Khoa Xây dựng\n" +
		"- Rà soát chương trình đào tạo.\n"
	doc := parseBytes(t, "kind-then-names", []byte(src))
	want := []string{"Khoa Cơ khí", "Khoa Điện - Điện tử", "Khoa Xây dựng"}
	checkAgencies(t, doc, "I.a", want, nil)
	checkAgencies(t, doc, "I.a/i1", want, nil)
}

func TestIsArrangementHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN": true, "CHƯƠNG TRÌNH BUỔI LỄ": true,
		"NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA": true, "THÀNH PHẦN ĐOÀN KIỂM TRA": true,
		"Thời gian và địa điểm": true, "Nội dung kiểm tra": true, "Phạm vi điều chỉnh": true,
		"**HÌNH THỨC, QUY MÔ**": true, "Đối tượng áp dụng": true,
		// Headings of lists of tasks.
		"THỜI GIAN THỰC HIỆN": false, "NỘI DUNG": false, "CHƯƠNG TRÌNH HÀNH ĐỘNG": false,
		"NỘI DUNG, NHIỆM VỤ": false, "THỜI GIAN VÀ TIẾN ĐỘ THỰC HIỆN": false, "Thời gian": false,
		"TỔ CHỨC THỰC HIỆN": false, "Thành lập đoàn kiểm tra liên ngành": false, "": false,
	} {
		if got := isArrangementHeading(h); got != want {
			t.Errorf("isArrangementHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// An event plan describes the event before it assigns work: its time,
// place and guests, and its programme hour by hour. Those parts hold no
// tasks, and the guests they name lead nothing.
func TestEventArrangements(t *testing.T) {
	doc := parseFile(t, "traps/event-plan.txt")
	var tasks []string
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Task {
			tasks = append(tasks, n.ID)
		}
		return true
	})
	if diff := cmp.Diff([]string{"III.1", "III.2"}, tasks); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
	checkAgencies(t, doc, "III.1", []string{"Sở Văn hóa, Thể thao và Du lịch"}, []string{"Văn phòng Ủy ban nhân dân tỉnh"})
}

// A table of indicators with a column per year gives a target per year,
// each set for the period its column names; a unit with a scale word
// ("tỷ đồng") gives the value in đồng, as the text does; a column of
// results ("Thực hiện năm 2025") gives none where targets are there.
func TestIndicatorYearColumns(t *testing.T) {
	src := "KẾ HOẠCH\nChuyển đổi số năm 2026\n\n" +
		"I. CHỈ TIÊU\n\n" +
		"| Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Năm 2025 | 2026 | Cơ quan chủ trì |\n" +
		"| --- | --- | --- | --- | --- | --- |\n" +
		"| Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 45 | 60 | ≥ 80 | Văn phòng UBND tỉnh |\n" +
		"| Doanh thu thương mại điện tử | tỷ đồng | 900 | 1.200 | 1.500 | Sở Công Thương |\n"
	doc := parseBytes(t, "year-columns", []byte(src))
	var got []string
	for _, r := range node(t, doc, "I/t1").Children {
		for _, tg := range r.Targets {
			got = append(got, fmt.Sprintf("%s %s %g %s (%s)", tg.Metric, tg.Comparator, *tg.Value, tg.Unit, tg.Period))
		}
	}
	want := []string{
		"Tỷ lệ dịch vụ công trực tuyến toàn trình eq 60 % (2025)",
		"Tỷ lệ dịch vụ công trực tuyến toàn trình ge 80 % (2026)",
		"Doanh thu thương mại điện tử eq 1.2e+12 đồng (2025)",
		"Doanh thu thương mại điện tử eq 1.5e+12 đồng (2026)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
}

func TestIsPeriodName(t *testing.T) {
	for h, want := range map[string]bool{
		"2026": true, "Năm 2030": true, "Giai đoạn 2026 - 2030": true, "**Đến năm 2030**": true, "2021-2025": true,
		"Ghi chú": false, "Kế hoạch 2026": false, "": false, "Quý I/2026": false,
	} {
		if got := isPeriodName(h); got != want {
			t.Errorf("isPeriodName(%q) = %v, want %v", h, got, want)
		}
	}
}

// A schedule in a section on how an inspection is arranged holds no
// tasks, but its rows keep the days of its time column.
func TestScheduleInArrangements(t *testing.T) {
	src := "KẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2026\n\n" +
		"I. NỘI DUNG, THỜI GIAN KIỂM TRA\n\n" +
		"| STT | Đơn vị được kiểm tra | Thời gian | Đoàn kiểm tra |\n|---|---|---|---|\n" +
		"| 1 | Sở Tài chính | Sáng 15/7/2026 | Đoàn số 1 |\n" +
		"| 2 | UBND xã Phước Sơn | 27 - 28/7/2026 | Đoàn số 2 |\n\n" +
		"II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thực hiện.\n"
	doc := parseBytes(t, "schedule", []byte(src))
	var got []string
	for _, r := range node(t, doc, "I/t1").Children {
		if r.Task {
			t.Errorf("%s is a task", r.ID)
		}
		for _, d := range r.Deadlines {
			got = append(got, d.Date+d.Period)
		}
	}
	if diff := cmp.Diff([]string{"2026-07-15", "2026-07-27/2026-07-28"}, got); diff != "" {
		t.Errorf("row deadlines (-want +got):\n%s", diff)
	}
}

// A part on money whose only field says how much is spent asks nothing
// of anyone; a point with a field that names who leads is a task.
func TestFundingFieldNoTask(t *testing.T) {
	src := "KẾ HOẠCH\nXây dựng nông thôn mới năm 2026\n\n" +
		"I. NHIỆM VỤ\n1. Cứng hóa đường trục thôn\nCơ quan chủ trì: Ban Quản lý các Chương trình mục tiêu quốc gia xã.\n" +
		"II. KINH PHÍ THỰC HIỆN\nTổng kinh phí dự kiến: 4.850 triệu đồng.\n"
	doc := parseBytes(t, "funding", []byte(src))
	if !node(t, doc, "I.1").Task {
		t.Errorf("I.1, with a lead field, is no task")
	}
	if node(t, doc, "II").Task {
		t.Errorf("II, with a funding field alone, is a task")
	}
}

// The output cell of a task table states its target once: read with its
// metric from the text, not also as a bare value of the cell.
func TestProductCellTargetOnce(t *testing.T) {
	src := "KẾ HOẠCH\nChuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n\n" +
		"| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian | Sản phẩm |\n|---|---|---|---|---|\n" +
		"| 1 | Số hóa hồ sơ | Văn phòng UBND tỉnh | Năm 2026 | 100% kết quả giải quyết được số hóa |\n"
	doc := parseBytes(t, "product", []byte(src))
	tgs := node(t, doc, "I/t1/r1").Targets
	if len(tgs) != 1 || tgs[0].Metric == "" || *tgs[0].Value != 100 {
		t.Errorf("targets = %+v, want one, 100%% with its metric", tgs)
	}
}
