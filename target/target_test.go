package target

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
)

// want is the expected form of a target in tests: the fields that matter,
// with the value or range written as numbers.
type want struct {
	text   string
	cmp    string
	value  float64 // when min and max are both 0
	min    float64
	max    float64
	unit   string
	change string
	rank   bool
	approx bool
	metric string // checked when not empty
}

func (w want) String() string {
	return fmt.Sprintf("{%q %s %v [%v %v] unit=%q change=%q rank=%v approx=%v metric=%q}",
		w.text, w.cmp, w.value, w.min, w.max, w.unit, w.change, w.rank, w.approx, w.metric)
}

// checkFind checks that Find(in) gives the targets wants, in order.
func checkFind(t *testing.T, in string, wants []want) {
	t.Helper()
	ms := Find(in)
	var gs []want
	for _, m := range ms {
		gs = append(gs, got(m.Target))
	}
	ok := len(gs) == len(wants)
	for i := 0; ok && i < len(gs); i++ {
		ok = same(gs[i], wants[i])
	}
	if !ok {
		t.Errorf("Find(%q) =\n\t%v\nwant\n\t%v", in, gs, wants)
	}
	checkMatches(t, in, ms)
}

// got turns a target into a want for comparison; the metric is kept.
func got(tg model.Target) want {
	w := want{text: tg.Text, cmp: tg.Comparator, unit: tg.Unit, change: tg.Change, rank: tg.Rank, approx: tg.Approx, metric: tg.Metric}
	if tg.Value != nil {
		w.value = *tg.Value
	}
	if tg.Min != nil {
		w.min = *tg.Min
	}
	if tg.Max != nil {
		w.max = *tg.Max
	}
	return w
}

// same reports whether g matches w; w.metric is compared only when set.
func same(g, w want) bool {
	m := g.metric
	if w.metric == "" {
		m = ""
	}
	return g.text == w.text && g.cmp == w.cmp && g.value == w.value && g.min == w.min &&
		g.max == w.max && g.unit == w.unit && g.change == w.change && g.rank == w.rank && m == w.metric
}

// Short names for the comparators and changes of the test tables.
const (
	eq      = model.CompareEq
	gt      = model.CompareGt
	ge      = model.CompareGe
	lt      = model.CompareLt
	le      = model.CompareLe
	approx  = model.CompareApprox
	between = model.CompareBetween
	inc     = "increase"
	dec     = "decrease"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// Comparators.
		{"gt đạt trên", "Ổn định diện tích cây lương thực có hạt đạt trên 55.000 ha, trong đó",
			[]want{{text: "đạt trên 55.000 ha", cmp: gt, value: 55000, unit: "ha", metric: "diện tích cây lương thực có hạt"}}},
		{"gt hơn", "số doanh nghiệp đạt hơn 1.200 doanh nghiệp.",
			[]want{{text: "đạt hơn 1.200 doanh nghiệp", cmp: gt, value: 1200, unit: "doanh nghiệp", metric: "số doanh nghiệp"}}},
		{"gt vượt", "thu ngân sách vượt 10% dự toán.",
			[]want{{text: "vượt 10%", cmp: gt, value: 10, unit: "%", metric: "thu ngân sách"}}},
		{"ge tối thiểu", "tỷ lệ lao động qua đào tạo tối thiểu 80%;",
			[]want{{text: "tối thiểu 80%", cmp: ge, value: 80, unit: "%", metric: "tỷ lệ lao động qua đào tạo"}}},
		{"ge ít nhất", "Phấn đấu đến năm 2030, có ít nhất 05 dự án được triển khai.",
			[]want{{text: "ít nhất 05 dự án", cmp: ge, value: 5, unit: "dự án"}}},
		{"ge không dưới", "tỷ lệ che phủ rừng không dưới 57%.",
			[]want{{text: "không dưới 57%", cmp: ge, value: 57, unit: "%", metric: "tỷ lệ che phủ rừng"}}},
		{"ge từ trở lên", "có 20 sản phẩm OCOP được xếp hạng đạt từ 3 sao trở lên.",
			[]want{{text: "đạt từ 3 sao trở lên", cmp: ge, value: 3, unit: "sao", metric: "sản phẩm OCOP"}}},
		{"ge từ trở lên alone", "Dân số từ 15 tuổi trở lên; sản phẩm từ 3 sao trở lên.",
			[]want{{text: "từ 3 sao trở lên", cmp: ge, value: 3, unit: "sao", metric: "sản phẩm"}}},
		{"ge sign", "Số doanh nghiệp ≥ 5", []want{{text: "≥ 5", cmp: ge, value: 5}}},
		{"ge ascii sign", "tỷ lệ cắt giảm >= 30%", []want{{text: ">= 30%", cmp: ge, value: 30, unit: "%", metric: "tỷ lệ cắt giảm"}}},
		{"lt dưới", "tỷ lệ nợ xấu dưới 3%.", []want{{text: "dưới 3%", cmp: lt, value: 3, unit: "%", metric: "tỷ lệ nợ xấu"}}},
		{"lt sign", "chỉ số lạm phát < 4%", []want{{text: "< 4%", cmp: lt, value: 4, unit: "%"}}},
		{"le không quá", "thời gian giải quyết không quá 10 ngày làm việc.",
			[]want{{text: "không quá 10 ngày", cmp: le, value: 10, unit: "ngày", metric: "thời gian giải quyết"}}},
		{"le tối đa", "bội chi ngân sách tối đa 3,5% GRDP.",
			[]want{{text: "tối đa 3,5%", cmp: le, value: 3.5, unit: "%", metric: "bội chi ngân sách"}}},
		{"le sign", "Xếp hạng ≤ 10", []want{{text: "≤ 10", cmp: le, value: 10}}},
		{"approx khoảng", "diện tích lúa cả năm khoảng 53.000 ha (lúa",
			[]want{{text: "khoảng 53.000 ha", cmp: approx, value: 53000, unit: "ha", metric: "diện tích lúa cả năm"}}},
		{"approx gần", "tỷ lệ hộ dùng nước sạch gần 100%.", []want{{text: "gần 100%", cmp: approx, value: 100, unit: "%"}}},
		{"approx xấp xỉ", "xây dựng tuyến đường dài xấp xỉ 50 km.", []want{{text: "xấp xỉ 50 km", cmp: approx, value: 50, unit: "km"}}},
		{"eq đạt", "phấn đấu ổn định diện tích nuôi trồng thủy sản đạt 7.850 ha; phát triển",
			[]want{{text: "đạt 7.850 ha", cmp: eq, value: 7850, unit: "ha", metric: "diện tích nuôi trồng thủy sản"}}},
		{"eq bằng", "tỷ lệ tiêm chủng bằng 100% kế hoạch.", []want{{text: "bằng 100%", cmp: eq, value: 100, unit: "%", metric: "tỷ lệ tiêm chủng"}}},
		{"comparator wins over đạt", "hướng tới tối thiểu đạt 25%.", []want{{text: "tối thiểu đạt 25%", cmp: ge, value: 25, unit: "%"}}},

		// Ranges and scale words.
		{"range dash", "phấn đấu thành lập mới 5-7 HTX nông nghiệp.",
			[]want{{text: "thành lập mới 5-7 HTX", cmp: between, min: 5, max: 7, unit: "HTX", change: inc, metric: "HTX nông nghiệp"}}},
		{"range scale on second end", "tập trung phát triển du lịch, đón khoảng 3,5 - 4 triệu lượt khách.",
			[]want{{text: "đón khoảng 3,5 - 4 triệu lượt khách", cmp: between, min: 3500000, max: 4000000, unit: "lượt khách"}}},
		{"range từ đến", "hỗ trợ thành lập thêm từ 5 đến 7 doanh nghiệp",
			[]want{{text: "thành lập thêm từ 5 đến 7 doanh nghiệp", cmp: between, min: 5, max: 7, unit: "doanh nghiệp", change: inc}}},
		{"range percent", "Tốc độ tăng trưởng kinh tế đạt 7-7,5%.",
			[]want{{text: "đạt 7-7,5%", cmp: between, min: 7, max: 7.5, unit: "%", metric: "Tốc độ tăng trưởng kinh tế"}}},
		{"range two percents", "tỷ lệ chi cho nghiên cứu đạt 1% - 3% doanh thu",
			[]want{{text: "đạt 1% - 3%", cmp: between, min: 1, max: 3, unit: "%"}}},
		{"scale nghìn tỷ", "thu ngân sách nhà nước đạt 20 nghìn tỷ đồng.",
			[]want{{text: "đạt 20 nghìn tỷ đồng", cmp: eq, value: 2e13, unit: "đồng", metric: "thu ngân sách nhà nước"}}},
		{"scale with decimals", "tổng vốn đạt 1.573,1 tỷ đồng", []want{{text: "đạt 1.573,1 tỷ đồng", cmp: eq, value: 1573100000000, unit: "đồng"}}},
		{"scale exact", "diện tích các loại rừng đạt 14,4 triệu ha.", []want{{text: "đạt 14,4 triệu ha", cmp: eq, value: 14400000, unit: "ha"}}},

		// Units.
		{"slash unit", "thu nhập bình quân đầu người đạt 4.500 USD/người.",
			[]want{{text: "đạt 4.500 USD/người", cmp: eq, value: 4500, unit: "USD/người", metric: "thu nhập bình quân đầu người"}}},
		{"slash unit vạn", "đạt 12 bác sĩ/vạn dân và 32 giường bệnh/vạn dân",
			[]want{
				{text: "đạt 12 bác sĩ/vạn dân", cmp: eq, value: 12, unit: "bác sĩ/vạn dân"},
				{text: "32 giường bệnh/vạn dân", cmp: eq, value: 32, unit: "giường bệnh/vạn dân"},
			}},
		{"percent per year", "kim ngạch xuất khẩu tăng bình quân 8%/năm.",
			[]want{{text: "tăng bình quân 8%/năm", cmp: eq, value: 8, unit: "%/năm", change: inc}}},
		{"glued unit", "trồng mới 100ha rừng", []want{{text: "trồng mới 100ha", cmp: eq, value: 100, unit: "ha", change: inc, metric: "rừng"}}},
		{"generic unit", "phấn đấu có thêm 12 nhà văn hóa.", []want{{text: "có thêm 12 nhà văn hóa", cmp: eq, value: 12, unit: "nhà văn hóa", change: inc}}},
		{"acronym unit", "thành lập mới 3 HTX.", []want{{text: "thành lập mới 3 HTX", cmp: eq, value: 3, unit: "HTX", change: inc}}},
		{"no unit", "Kết quả: đạt 95.", []want{{text: "đạt 95", cmp: eq, value: 95}}},
		{"bold", "tỷ lệ hộ nghèo **giảm còn** **2%**.", []want{{text: "giảm còn** **2%", cmp: eq, value: 2, unit: "%", metric: "tỷ lệ hộ nghèo"}}},

		// Change and level.
		{"decrease", "phấn đấu giảm trên 5% số người chết do tai nạn giao thông, tiến tới",
			[]want{{text: "giảm trên 5%", cmp: gt, value: 5, unit: "%", change: dec, metric: "số người chết do tai nạn giao thông"}}},
		{"level giảm còn", "phấn đấu tỷ lệ hộ nghèo giảm còn dưới 1,76%;",
			[]want{{text: "giảm còn dưới 1,76%", cmp: lt, value: 1.76, unit: "%", metric: "tỷ lệ hộ nghèo"}}},
		{"level nâng lên", "nâng cao độ che phủ rừng toàn quốc lên 42% và diện tích các loại rừng đạt 14,4 triệu ha.",
			[]want{
				{text: "lên 42%", cmp: eq, value: 42, unit: "%", metric: "độ che phủ rừng toàn quốc"},
				{text: "đạt 14,4 triệu ha", cmp: eq, value: 14400000, unit: "ha", metric: "diện tích các loại rừng"},
			}},
		{"increase có thêm", "phấn đấu có thêm 30 sản phẩm được công nhận đạt chuẩn từ 3 sao trở lên.",
			[]want{{text: "có thêm 30 sản phẩm", cmp: eq, value: 30, unit: "sản phẩm", change: inc,
				metric: "sản phẩm được công nhận đạt chuẩn từ 3 sao trở lên"}}},
		{"increase tăng thêm", "tăng thêm 200 giường bệnh", []want{{text: "tăng thêm 200 giường bệnh", cmp: eq, value: 200, unit: "giường bệnh", change: inc}}},
		{"increase approx", "phấn đấu có thêm khoảng 1.500 ha rừng gỗ lớn được cấp chứng chỉ.",
			[]want{{text: "có thêm khoảng 1.500 ha", cmp: approx, value: 1500, unit: "ha", change: inc, metric: "rừng gỗ lớn được cấp chứng chỉ"}}},
		{"decrease cắt giảm", "cắt giảm 30% thủ tục hành chính nội bộ.",
			[]want{{text: "cắt giảm 30%", cmp: eq, value: 30, unit: "%", change: dec, metric: "thủ tục hành chính nội bộ"}}},
		{"từ lên", "tỷ lệ đô thị hóa tăng từ 35% lên 40%.",
			[]want{{text: "lên 40%", cmp: eq, value: 40, unit: "%", metric: "tỷ lệ đô thị hóa"}}},
		{"tăng lên", "mức đóng góp có thể tăng lên 25% khi nhận được hỗ trợ quốc tế.",
			[]want{{text: "tăng lên 25%", cmp: eq, value: 25, unit: "%", metric: "mức đóng góp"}}},
		{"object after hoàn thành", "đẩy nhanh tiến độ giải ngân, đảm bảo hoàn thành 100% kế hoạch.",
			[]want{{text: "hoàn thành 100%", cmp: eq, value: 100, unit: "%", metric: "kế hoạch"}}},
		{"object enumeration", "phấn đấu 100% các xã, phường, thị trấn không tăng số người nghiện, góp phần",
			[]want{{text: "phấn đấu 100%", cmp: eq, value: 100, unit: "%", metric: "các xã, phường, thị trấn không tăng số người nghiện"}}},
		{"sentence governor", "Phấn đấu đến năm 2030, 100% xã đạt chuẩn nông thôn mới.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "xã đạt chuẩn nông thôn mới"}}},
		{"mục tiêu object", "đảm bảo mục tiêu 16,24 triệu ha đất sử dụng cho mục đích lâm nghiệp",
			[]want{{text: "mục tiêu 16,24 triệu ha", cmp: eq, value: 16240000, unit: "ha", metric: "đất sử dụng cho mục đích lâm nghiệp"}}},
		{"qualifier in subject dropped", "Tỷ lệ hộ có thu nhập trên 50 triệu đồng đạt 30%.",
			[]want{{text: "đạt 30%", cmp: eq, value: 30, unit: "%", metric: "Tỷ lệ hộ có thu nhập trên 50 triệu đồng"}}},
		{"age qualifier", "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi giảm còn 10%.",
			[]want{{text: "giảm còn 10%", cmp: eq, value: 10, unit: "%", metric: "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi"}}},
		{"hard-wrapped", "phấn đấu có thêm\n30 xã đạt chuẩn nông thôn mới", []want{{text: "có thêm\n30 xã", cmp: eq, value: 30, unit: "xã", change: inc}}},
		{"year stripped from metric", "tỷ lệ hộ nghèo năm 2024 giảm còn 2%.",
			[]want{{text: "giảm còn 2%", cmp: eq, value: 2, unit: "%", metric: "tỷ lệ hộ nghèo"}}},

		{"trong đó", "Thu ngân sách đạt 9.800 tỷ đồng, trong đó thu nội địa 8.500 tỷ đồng.",
			[]want{
				{text: "đạt 9.800 tỷ đồng", cmp: eq, value: 9.8e12, unit: "đồng", metric: "Thu ngân sách"},
				{text: "8.500 tỷ đồng", cmp: eq, value: 8.5e12, unit: "đồng", metric: "thu nội địa"},
			}},
		{"verb far before percent", "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm; tăng cường 5 đoàn.",
			[]want{{text: "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm", cmp: eq, value: 1.5, unit: "%/năm", change: dec, metric: "tỷ lệ hộ nghèo"}}},
		{"tăng trưởng", "Duy trì tốc độ tăng trưởng kinh tế 8%/năm.",
			[]want{{text: "tăng trưởng kinh tế 8%/năm", cmp: eq, value: 8, unit: "%/năm", metric: "tốc độ tăng trưởng kinh tế"}}},
		{"có under phấn đấu", "Phấn đấu năm 2024 có 3 xã đạt chuẩn nông thôn mới.",
			[]want{{text: "3 xã", cmp: eq, value: 3, unit: "xã", metric: "xã đạt chuẩn nông thôn mới"}}},
		{"list under mục tiêu", "Mục tiêu: 100% xã có trạm y tế; 95% hộ dân dùng điện lưới.",
			[]want{
				{text: "100%", cmp: eq, value: 100, unit: "%", metric: "xã có trạm y tế"},
				{text: "95%", cmp: eq, value: 95, unit: "%", metric: "hộ dân dùng điện lưới"},
			}},
		{"employment", "Giải quyết việc làm cho 20.000 lao động.",
			[]want{{text: "việc làm cho 20.000 lao động", cmp: eq, value: 20000, unit: "lao động", metric: "lao động"}}},
		{"level xuống dưới", "Phấn đấu đưa tỷ lệ hộ nghèo xuống dưới 3%.",
			[]want{{text: "xuống dưới 3%", cmp: lt, value: 3, unit: "%", metric: "tỷ lệ hộ nghèo"}}},

		// Numbers in words.
		{"words increase", "phấn đấu có thêm hai mươi sản phẩm OCOP.",
			[]want{{text: "có thêm hai mươi sản phẩm", cmp: eq, value: 20, unit: "sản phẩm", change: inc}}},
		{"words percent", "tỷ lệ giải ngân đạt một trăm phần trăm.",
			[]want{{text: "đạt một trăm phần trăm", cmp: eq, value: 100, unit: "phần trăm"}}},
		{"words mười lăm", "giảm mười lăm phần trăm chi phí", []want{{text: "giảm mười lăm phần trăm", cmp: eq, value: 15, unit: "phần trăm", change: dec}}},
		{"words scale", "đón một triệu lượt khách", []want{{text: "đón một triệu lượt khách", cmp: eq, value: 1e6, unit: "lượt khách"}}},
		// A comparator of two words or more governs a number in words, and
		// a single comparator word one of ten or more that counts things.
		{"words after ít nhất", "Có ít nhất ba mươi xã đạt chuẩn.",
			[]want{{text: "ít nhất ba mươi xã", cmp: ge, value: 30, unit: "xã", metric: "xã đạt chuẩn"}}},
		{"words one after ít nhất", "Đạt 30 xã đạt chuẩn; mỗi xã có ít nhất một sản phẩm OCOP.",
			[]want{{text: "Đạt 30 xã", cmp: eq, value: 30, unit: "xã"}, {text: "ít nhất một sản phẩm", cmp: ge, value: 1, unit: "sản phẩm", metric: "mỗi xã"}}},
		{"words after tối thiểu", "tối thiểu hai mươi lăm", []want{{text: "tối thiểu hai mươi lăm", cmp: ge, value: 25}}},
		{"words after không dưới", "Số doanh nghiệp không dưới năm mươi doanh nghiệp.",
			[]want{{text: "không dưới năm mươi doanh nghiệp", cmp: ge, value: 50, unit: "doanh nghiệp", metric: "Số doanh nghiệp"}}},
		{"words after không quá", "thời gian giải quyết không quá mười ngày",
			[]want{{text: "không quá mười ngày", cmp: le, value: 10, unit: "ngày", metric: "thời gian giải quyết"}}},
		{"words after trên", "đón trên một trăm lượt khách", []want{{text: "đón trên một trăm lượt khách", cmp: gt, value: 100, unit: "lượt khách"}}},
		{"words ten after trên", "có trên một trăm lượt", []want{{text: "trên một trăm lượt", cmp: gt, value: 100, unit: "lượt"}}},

		// Ranks.
		{"rank nhóm", "của tỉnh trong nhóm 10 địa phương dẫn đầu cả nước;",
			[]want{{text: "nhóm 10 địa phương dẫn đầu", cmp: le, value: 10, unit: "địa phương", rank: true}}},
		{"rank top", "Chỉ số Chuyển đổi số (DTI) của tỉnh xếp ổn định trong nhóm Top 5 của cả nước.",
			[]want{{text: "Top 5", cmp: le, value: 5, rank: true, metric: "Chỉ số Chuyển đổi số (DTI) của tỉnh"}}},
		{"rank with comma", "Chỉ số PCI thuộc nhóm 20 tỉnh, thành phố dẫn đầu.",
			[]want{{text: "nhóm 20 tỉnh, thành phố dẫn đầu", cmp: le, value: 20, unit: "tỉnh, thành phố", rank: true, metric: "Chỉ số PCI"}}},
		{"rank đứng thứ", "chỉ số PCI vươn lên đứng thứ 10 cả nước", []want{{text: "đứng thứ 10", cmp: eq, value: 10, rank: true, metric: "chỉ số PCI"}}},

		{"no overlap", "đạt 5 nhóm 10 tỉnh dẫn đầu", []want{{text: "đạt 5 nhóm", cmp: eq, value: 5, unit: "nhóm"}}},

		// Traps: no target.
		{"year", "trong năm 2024", nil},
		{"year governed", "hoàn thành trước năm 2025; đạt chuẩn nông thôn mới năm 2023", nil},
		{"year range", "Quy hoạch tỉnh giai đoạn 2021 - 2030, tầm nhìn đến năm 2050", nil},
		{"year range glued", "thời kỳ 2021-2030 đạt kết quả", nil},
		{"date", "báo cáo trước ngày 30/01/2024", nil},
		{"date words", "ngày 05 tháng 01 năm 2024", nil},
		{"quarter", "hoàn tất trước quý III/2024; tháng 8", nil},
		{"document numbers", "Nghị quyết số 01/NQ-CP ngày 05/01/2024; Nghị quyết 38/2021/QH15; Chương trình số 12-CTr/TU", nil},
		{"document number spaced", "Kế hoạch 231/KH-UBND; Nghị quyết 26-NQ/TW", nil},
		{"4G 5G", "đạt tốc độ cao 4G, hướng đến phủ sóng 5G trên địa bàn", nil},
		{"ISO", "áp dụng TCVN ISO 9001:2015, đạt chuẩn", nil},
		{"map scale", "Quản lý tốt các quy hoạch 1/5.000, 1/2.000 trên địa bàn.", nil},
		{"name with number", "chuỗi hoạt động của Festival 4 mùa; Đề án 06 về ứng dụng", nil},
		{"ordinal", "Dự án Đê chắn sóng giai đoạn 2, Đường vành đai 3, container số 4 và số 5", nil},
		{"ordinal list", "giao trả trực tuyến TTHC mức độ 3 và 4", nil},
		{"quoted slogan", "theo phương châm “4 không 1 có”; phong trào “Nói không với túi ni lông sử dụng 01 lần”", nil},
		{"ascii quotes", `phương châm "đạt 4 không"`, nil},
		{"ascii quote closes", `phong trào "xanh" đạt 5 ha`, []want{{text: "đạt 5 ha", cmp: eq, value: 5, unit: "ha"}}},
		{"ascii quote after a line break", "phong trào \"xanh\nsạch\" đạt 5 ha", []want{{text: "đạt 5 ha", cmp: eq, value: 5, unit: "ha"}}},
		{"plain counts", "thực hiện có hiệu quả 06 quan điểm, trọng tâm; 12 nhóm nhiệm vụ; hoạt động của 04 Tổ công tác; 03 Chương trình mục tiêu", nil},
		{"footnote digit", "theo Nghị quyết của Chính phủ3 đạt", nil},
		{"labels", "1. Mục tiêu\n(2) Tăng cường\n2.1. Sở Tài chính", nil},
		{"label after a heading", "I. MỤC TIÊU\n   1. Mục tiêu tổng quát", nil},
		{"wrapped number is no label", "tỷ lệ hộ nghèo giảm còn\n2.", []want{{text: "giảm còn\n2", cmp: eq, value: 2, metric: "tỷ lệ hộ nghèo"}}},
		{"archive note", "- Lưu: VT, CN (2).", nil},
		{"baseline alone", "tỷ lệ tăng từ 35% năm 2020", nil},
		{"unresolved from", "tăng từ 5 lần", nil},
		{"một số", "đạt một số kết quả quan trọng", nil},
		{"mục tiêu after a label", "2. Mục tiêu cụ thể: 90% xã đạt chuẩn.", []want{{text: "90%", cmp: eq, value: 90, unit: "%", metric: "xã đạt chuẩn"}}},
		{"mục tiêu inside a phrase", "phục vụ mục tiêu xây dựng thành phố; 12 nhóm nhiệm vụ", nil},
		{"words after a comparator only", "trong hơn một năm qua", nil},
		{"words after a preposition", "triển khai trên một nền tảng dùng chung, dưới hai hình thức", nil},
		{"words of time after a comparator", "trong hơn mười năm qua; gần hai mươi năm", nil},
		{"words without unit after a comparator", "khoảng hai mươi", nil},
		{"một trong after ít nhất", "đáp ứng ít nhất một trong các tiêu chí", nil},
		{"một số after tối thiểu", "tối thiểu một số nội dung", nil},
		{"năm as year", "phấn đấu đạt năm học tới", nil},
		{"tăng cường", "tăng cường 5 đoàn kiểm tra", nil},
		{"lên without verb", "lên 5 tầng", nil},
		{"lần thứ", "Hội nghị lần thứ 26 các bên", nil},
		{"nhóm ordinal", "đạt nhóm 1 theo quy định", nil},
		{"condition not commitment", "với tỷ lệ 1% - 3% doanh thu", nil},
		{"no digits", "Tăng cường công tác thanh tra, kiểm tra và phối hợp chặt chẽ.", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}

// checkMatches checks the invariants of a result of Find.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for _, m := range ms {
		if m.Start < prev || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("Find(%q): bad offsets %d:%d after %d", text, m.Start, m.End, prev)
		}
		if valid && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			t.Fatalf("Find(%q): offsets %d:%d split a rune", text, m.Start, m.End)
		}
		tg := m.Target
		if tg.Text != text[m.Start:m.End] {
			t.Fatalf("Find(%q): Text %q, want %q", text, tg.Text, text[m.Start:m.End])
		}
		switch tg.Comparator {
		case model.CompareBetween:
			if tg.Min == nil || tg.Max == nil || tg.Value != nil || *tg.Min > *tg.Max {
				t.Fatalf("Find(%q): range %+v", text, tg)
			}
		case model.CompareEq, model.CompareGt, model.CompareGe, model.CompareLt, model.CompareLe, model.CompareApprox:
			if tg.Value == nil || tg.Min != nil || tg.Max != nil {
				t.Fatalf("Find(%q): value %+v", text, tg)
			}
		default:
			t.Fatalf("Find(%q): comparator %q", text, tg.Comparator)
		}
		if tg.Span != (model.Span{}) {
			t.Fatalf("Find(%q): span set", text)
		}
		if tg.Change != "" && tg.Change != "increase" && tg.Change != "decrease" {
			t.Fatalf("Find(%q): change %q", text, tg.Change)
		}
		prev = m.End
	}
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		in     string
		want   want
		wantOK bool
	}{
		{"≥ 55", want{text: "≥ 55", cmp: model.CompareGe, value: 55}, true},
		{"> 0,7", want{text: "> 0,7", cmp: model.CompareGt, value: 0.7}, true},
		{">= 30", want{text: ">= 30", cmp: model.CompareGe, value: 30}, true},
		{"40 - 50", want{text: "40 - 50", cmp: model.CompareBetween, min: 40, max: 50}, true},
		{"20% - 50%", want{text: "20% - 50%", cmp: model.CompareBetween, min: 20, max: 50, unit: "%"}, true},
		{"100%", want{text: "100%", cmp: model.CompareEq, value: 100, unit: "%"}, true},
		{"09", want{text: "09", cmp: model.CompareEq, value: 9}, true},
		{"≥ 03", want{text: "≥ 03", cmp: model.CompareGe, value: 3}, true},
		{" **≥ 3% và tăng dần theo yêu cầu phát triển** ", want{text: "≥ 3% và tăng dần theo yêu cầu phát triển", cmp: model.CompareGe, value: 3, unit: "%"}, true},
		{"≤ 3 Đông Nam Á; ≤ 50 Thế giới", want{text: "≤ 3 Đông Nam Á", cmp: model.CompareLe, value: 3}, true},
		{"Đạt 95%", want{text: "Đạt 95%", cmp: model.CompareEq, value: 95, unit: "%"}, true},
		{"Tối thiểu 1,5 triệu ha", want{text: "Tối thiểu 1,5 triệu ha", cmp: model.CompareGe, value: 1500000, unit: "ha"}, true},
		{"Khoảng 30.000 ha", want{text: "Khoảng 30.000 ha", cmp: model.CompareApprox, value: 30000, unit: "ha"}, true},
		{"từ 5 trở lên", want{text: "từ 5 trở lên", cmp: model.CompareGe, value: 5}, true},
		{"- 2,2 triệu ha rừng tự nhiên được bảo vệ", want{text: "- 2,2 triệu ha rừng tự nhiên được bảo vệ", cmp: model.CompareEq, value: 2200000, unit: "ha"}, true},
		{"mười lăm", want{text: "mười lăm", cmp: model.CompareEq, value: 15}, true},
		{"Đạt mức trên trung bình của thế giới", want{}, false},
		{"Thứ bậc", want{}, false},
		{"2025", want{}, false},
		{"06/2025", want{}, false},
		{"2021 - 2025", want{}, false},
		{"Năm 2022 và hàng năm", want{}, false},
		{"Quý IV/2024", want{}, false},
		{"Bộ Công an", want{}, false},
		{"từ 5", want{}, false},
		{"4G", want{}, false},
		{"", want{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tg, ok := ParseValue(tt.in)
			if ok != tt.wantOK || ok && !same(got(tg), tt.want) {
				t.Errorf("ParseValue(%q) = %v, %v, want %v, %v", tt.in, got(tg), ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestParseValues(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		{"≤ 3 Đông Nam Á; ≤ 50 Thế giới", []want{
			{text: "≤ 3 Đông Nam Á", cmp: model.CompareLe, value: 3},
			{text: "≤ 50 Thế giới", cmp: model.CompareLe, value: 50},
		}},
		{"90", []want{{text: "90", cmp: model.CompareEq, value: 90}}},
		{"Năm 2025; Năm 2030", nil},
	}
	for _, tt := range tests {
		checkParseValues(t, tt.in, tt.want)
	}
}

// TestFindLinear checks that a long text made of many numbers, and a long
// text with no number, are read in time proportional to their length.
func TestFindLinear(t *testing.T) {
	tests := []struct {
		name string
		unit string
	}{
		{"numbers", "đạt trên 1.000 ha, giảm 5%, năm 2024, 01/NQ-CP; "},
		{"words", "một hai ba bốn năm sáu bảy tám chín mười "},
		{"no numbers", "tăng cường công tác thanh tra, kiểm tra (phối hợp) “chặt chẽ” "},
		{"one clause", "đạt 5 ha và "},
		{"brackets", "(((( đạt 5 ha )"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(tt.unit, 5000)
			ms := Find(text)
			checkMatches(t, text, ms)
		})
	}
}

// checkParseValues checks the values ParseValues reads from in, in a
// subtest named after it.
func checkParseValues(t *testing.T, in string, wants []want) {
	t.Helper()
	t.Run(in, func(t *testing.T) {
		var gs []want
		for _, tg := range ParseValues(in) {
			gs = append(gs, got(tg))
		}
		ok := len(gs) == len(wants)
		for i := 0; ok && i < len(gs); i++ {
			ok = same(gs[i], wants[i])
		}
		if !ok {
			t.Errorf("ParseValues(%q) = %v, want %v", in, gs, wants)
		}
	})
}
