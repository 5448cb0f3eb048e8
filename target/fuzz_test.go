package target

import (
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Ổn định diện tích cây lương thực có hạt đạt trên 55.000 ha, trong đó: diện tích lúa cả năm khoảng 53.000 ha (lúa chất lượng cao đạt trên 23.600 ha, tỷ lệ sử dụng giống lúa xác nhận đạt trên 93%).",
		"phấn đấu thành lập mới 5-7 HTX nông nghiệp; đón khoảng 3,5 - 4 triệu lượt khách",
		"phấn đấu tỷ lệ hộ nghèo giảm còn dưới 1,76%; giảm trên 5% số người chết",
		"nhóm 10 địa phương dẫn đầu cả nước; xếp ổn định trong nhóm Top 5",
		"Nghị quyết số 01/NQ-CP ngày 05/01/2024; TCVN ISO 9001:2015; 1/5.000; 4G, 5G",
		"“4 không 1 có” và 01 có “Dữ liệu”",
		"có thêm hai mươi mốt sản phẩm; đạt một trăm linh năm phần trăm",
		"| 7 | Số doanh nghiệp | Doanh nghiệp | ≥ 5 | Bộ |",
		"tăng từ 35% lên 40%; đạt 12 bác sĩ/vạn dân; 4.500 USD/người",
		"đạt\u00a05\u00a0ha, “đạt 5", "((((đạt 5))", "đạt 5-", "đạt 5 - ", "Top", "nhóm 5",
		"- 90% nước thải y tế và 75% nước thải đô thị được xử lý; Có từ 12 trường học",
		"đạt chuẩn 100%; đạt 2,05 con/phụ nữ; dưới 111 bé trai/100 bé gái; đạt 4 người trên một vạn dân",
		"Hoàn thành cải tạo 03 chợ (điểm lẻ) và 05 chợ; tăng 18 tỷ; 12 \\- 15%/năm; ===== Trang 7 =====\n7",
		"đạt 5 ha và", "và 5 ha", "hoàn thành 5", "lít/người/", "trên một vạn", "đạt 1 ha/",
		"Tỷ lệ chất thải rắn được thu gom, vận chuyển, xử lý đạt 95%; Đến năm 2025 có 80% hộ; kinh tế số chiếm 20% GRDP",
		"có thêm 30 sản phẩm OCOP đạt 3 sao trở lên; giảm 5% mỗi năm số ca; 8%/năm giai đoạn 2021 - 2025; nhỏ và vừa",
		", xử lý đạt 5%", "a, b, c, d đạt 5%", "có 5%", "năm có 5%", "5 sao", "đạt 5 ha mỗi năm",
		"Triển khai tại 100% tổ dân phố, thôn; cho 100% hộ có doanh thu từ 1 tỷ đồng/năm trở lên; trên 100% trường",
		"- Đào tạo 100 cán bộ; Tổ chức 02 cuộc kiểm tra/năm; Nâng cấp 15 trường; Hỗ trợ 01 con bò cho mỗi hộ",
		"mức độ 4 đạt 80%; OCOP 3 sao, 4 sao; Top 20 tỉnh, thành phố; đạt 98%; năm 2030 đạt 100%",
		"cho 5%", "tại 100%", "đối với 100%", "Xây dựng 5", "nâng cấp 5", "Top 5 tỉnh", "; năm 2030 đạt 5%", "có quy mô trên 5 ha",
		"- Diện tích gieo trồng 230.000 ha; năng suất bình quân 71,5 tạ/ha; Rau màu các loại 18.500 ha, sản lượng 420 nghìn tấn; đàn bò 95.000 con",
		"Nâng cấp 15 trạm y tế xã; Lắp đặt 200 camera giám sát; 43 bãi chôn lấp; Đề án 1 triệu ha đạt 5 ha; hai con số; 24 tin, bài và 06 phóng sự",
		"các xã có tỷ lệ suy dinh dưỡng trên 20% xây dựng; đối với các chủ đầu tư giải ngân dưới 30%; kinh phí 2,5 tỷ đồng",
		"a 5 ha", "5 ha", "có tỷ lệ trên 5% x", "với trên 5%", "5 con số", "Đề án 5", "5, 6", "5 và 6 ha", "các loại 5 ha", "5 trạm y", "thu 5 tỷ",
		"đạt 1.2.3.4 ha", "đạt 5 nhóm 10 tỉnh dẫn đầu", "đạt 5 Top 3", "đạt 5 đứng thứ 2", "đạt 9999999999999999999999999 tỷ", "MỘT trăm", "\xff\xfe5",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMatches(t, s, Find(s))
		checkMatches(t, s, FindIndicators(s))
		for _, tg := range ParseValues(s) {
			if tg.Value == nil && (tg.Min == nil || tg.Max == nil) {
				t.Fatalf("ParseValues(%q) gave a target without a value: %+v", s, tg)
			}
		}
	})
}
