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
		"đạt 1.2.3.4 ha", "đạt 5 nhóm 10 tỉnh dẫn đầu", "đạt 5 Top 3", "đạt 5 đứng thứ 2", "đạt 9999999999999999999999999 tỷ", "MỘT trăm", "\xff\xfe5",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMatches(t, s, Find(s))
		for _, tg := range ParseValues(s) {
			if tg.Value == nil && (tg.Min == nil || tg.Max == nil) {
				t.Fatalf("ParseValues(%q) gave a target without a value: %+v", s, tg)
			}
		}
	})
}
