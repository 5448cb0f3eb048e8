package target

import (
	"testing"

	"github.com/vnplan/vnplan/model"
)

// TestFindForms covers the general forms of targets of plan documents
// beyond verb-first phrases: percent-first statements and their lists,
// "có từ N", "đạt chuẩn N%", rates as units, outputs after "hoàn thành",
// qualifiers inside a metric, ranks and sums in "tỷ".
func TestFindForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// 1. A percentage that opens a clause, then the noun phrase it counts.
		{"percent first", "- 100% cơ sở y tế tuyến xã được kết nối hồ sơ sức khỏe điện tử.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "cơ sở y tế tuyến xã được kết nối hồ sơ sức khỏe điện tử"}}},
		{"percent first pair", "- 90% nước thải y tế và 75% nước thải đô thị được xử lý đạt quy chuẩn.",
			[]want{
				{text: "90%", cmp: eq, value: 90, unit: "%", metric: "nước thải y tế"},
				{text: "75%", cmp: eq, value: 75, unit: "%", metric: "nước thải đô thị được xử lý đạt quy chuẩn"},
			}},
		{"percent first after semicolon", "Tỷ lệ tiêm chủng đạt 97%; 65% số trường học có phòng tin học.",
			[]want{
				{text: "đạt 97%", cmp: eq, value: 97, unit: "%", metric: "Tỷ lệ tiêm chủng"},
				{text: "65%", cmp: eq, value: 65, unit: "%", metric: "số trường học có phòng tin học"},
			}},
		{"percent first with determiner", "+ 100% các thôn, bản có đường ô tô đến trung tâm.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "các thôn, bản có đường ô tô đến trung tâm"}}},
		{"percent first reports the past", "Năm 2023, 92% hộ dân đã được sử dụng điện lưới.", nil},
		{"percent first before a function word", "- 40% còn lại do ngân sách cấp huyện bảo đảm.", nil},
		{"percent alone in a cell", "| Tỷ lệ hộ dùng điện | 95% |", nil},
		{"percent in brackets explains", "Kinh phí thực hiện (100% vốn ngân sách tỉnh).", nil},

		// 2. A range of yearly rates after a change verb far before.
		{"yearly rate range", "- Giảm cường độ phát thải trên đơn vị GRDP bình quân 2,0-2,5%/năm.",
			[]want{{text: "Giảm cường độ phát thải trên đơn vị GRDP bình quân 2,0-2,5%/năm", cmp: between, min: 2, max: 2.5,
				unit: "%/năm", change: dec, metric: "cường độ phát thải trên đơn vị GRDP"}}},
		{"change verb, metric, rate", "Giảm tỷ lệ hộ nghèo 1-1,5%/năm; tăng tỷ lệ che phủ rừng 2%/năm.",
			[]want{{text: "Giảm tỷ lệ hộ nghèo 1-1,5%/năm", cmp: between, min: 1, max: 1.5, unit: "%/năm", change: dec, metric: "tỷ lệ hộ nghèo"},
				{text: "tăng tỷ lệ che phủ rừng 2%/năm", cmp: "eq", value: 2, unit: "%/năm", change: inc, metric: "tỷ lệ che phủ rừng"}}},
		{"counter noun with a modifier of two syllables", "Tổ chức 01 đội cấp cứu thường trực; thành lập 01 đội phản ứng nhanh.",
			[]want{{text: "Tổ chức 01 đội cấp cứu", cmp: "eq", value: 1, unit: "đội cấp cứu", metric: "Tổ chức đội cấp cứu thường trực"},
				{text: "thành lập 01 đội phản ứng", cmp: "eq", value: 1, unit: "đội phản ứng", metric: "thành lập đội phản ứng nhanh"}}},
		{"second task of a clause after và", "Chủ trì, phối hợp với Phòng Kinh tế xã lập hồ sơ đầu tư 01 công trình nhà văn hóa thôn và cứng hóa 2,5 km đường trục thôn; khởi công trong quý II",
			[]want{{text: "đầu tư 01 công trình", cmp: "eq", value: 1, unit: "công trình", metric: "đầu tư công trình nhà văn hóa thôn"},
				{text: "cứng hóa 2,5 km", cmp: "eq", value: 2.5, unit: "km", metric: "cứng hóa đường trục thôn"}}},
		{"bound on a time before an event", "gửi giấy mời trước ít nhất 10 ngày; rút ngắn thời gian giải quyết xuống dưới 10 ngày",
			[]want{{text: "xuống dưới 10 ngày", cmp: "lt", value: 10, unit: "ngày", metric: "rút ngắn thời gian giải quyết"}}},
		{"a time in advance that is measured", "bảo đảm thời gian dự báo bão trước ít nhất 72 giờ.",
			[]want{{text: "ít nhất 72 giờ", cmp: "ge", value: 72, unit: "giờ", metric: "thời gian dự báo bão trước"}}},
		{"per mille", "Tỷ lệ tăng dân số tự nhiên dưới 12‰.",
			[]want{{text: "dưới 12‰", cmp: "lt", value: 12, unit: "‰", metric: "Tỷ lệ tăng dân số tự nhiên"}}},
		{"escaped dash", `số bằng độc quyền sáng chế tăng trung bình 12 \- 15%/năm`,
			[]want{{text: `tăng trung bình 12 \- 15%/năm`, cmp: between, min: 12, max: 15, unit: "%/năm", change: inc}}},

		// 3. Counts after "có từ", "tối thiểu có", "ít nhất có".
		{"có từ", "- Có từ 12 trường học đạt chuẩn quốc gia được công nhận mới.",
			[]want{{text: "Có từ 12 trường học", cmp: ge, value: 12, unit: "trường học", metric: "trường học đạt chuẩn quốc gia được công nhận mới"}}},
		{"tối thiểu có", "Tối thiểu có 8 hợp tác xã ứng dụng công nghệ cao.",
			[]want{{text: "Tối thiểu có 8 hợp tác xã", cmp: ge, value: 8, unit: "hợp tác xã", metric: "hợp tác xã ứng dụng công nghệ cao"}}},
		{"ít nhất có", "mỗi huyện ít nhất có 2 sản phẩm chủ lực.",
			[]want{{text: "ít nhất có 2 sản phẩm", cmp: ge, value: 2, unit: "sản phẩm"}}},
		{"có từ range", "có từ 20 - 25 doanh nghiệp được hỗ trợ đổi mới công nghệ.",
			[]want{{text: "có từ 20 - 25 doanh nghiệp", cmp: between, min: 20, max: 25, unit: "doanh nghiệp"}}},

		// 4. "đạt chuẩn" before a percentage is the verb.
		{"đạt chuẩn percent", "Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt chuẩn 100%.",
			[]want{{text: "đạt chuẩn 100%", cmp: eq, value: 100, unit: "%", metric: "Tỷ lệ trạm y tế xã có bác sĩ làm việc"}}},
		{"đạt chuẩn grade is no verb", "các cơ sở đạt chuẩn từ 4 sao trở lên", []want{{text: "từ 4 sao trở lên", cmp: ge, value: 4, unit: "sao"}}},

		// 5. Rates as units, and long metrics kept from their head noun.
		{"children per woman", "Tổng tỷ suất sinh đạt 2,05 con/phụ nữ.",
			[]want{{text: "đạt 2,05 con/phụ nữ", cmp: eq, value: 2.05, unit: "con/phụ nữ", metric: "Tổng tỷ suất sinh"}}},
		{"ratio per hundred", "tỷ số giới tính khi sinh dưới 111 bé trai/100 bé gái sinh ra sống;",
			[]want{{text: "dưới 111 bé trai/100 bé gái", cmp: lt, value: 111, unit: "bé trai/100 bé gái", metric: "tỷ số giới tính khi sinh"}}},
		{"two denominators", "cấp nước sinh hoạt đạt 150 lít/người/ngày đêm",
			[]want{{text: "đạt 150 lít/người/ngày đêm", cmp: eq, value: 150, unit: "lít/người/ngày đêm"}}},
		{"rate in words", "Số dược sĩ đạt 4 người trên một vạn dân.",
			[]want{{text: "đạt 4 người trên một vạn dân", cmp: eq, value: 4, unit: "người trên một vạn dân", metric: "Số dược sĩ"}}},
		{"rate in digits", "Số giường bệnh đạt 35 giường trên 10.000 dân",
			[]want{{text: "đạt 35 giường trên 10.000 dân", cmp: eq, value: 35, unit: "giường trên 10.000 dân"}}},
		{"area over communes is no rate", "Trồng mới 300 ha trên 12 xã.",
			[]want{{text: "Trồng mới 300 ha", cmp: eq, value: 300, unit: "ha", change: inc}}},
		{"long metric keeps its head", "Tỉ trọng giá trị xuất khẩu hàng hóa qua các cửa khẩu quốc tế trên địa bàn tỉnh trong tổng kim ngạch đạt 60%.",
			[]want{{text: "đạt 60%", cmp: eq, value: 60, unit: "%",
				metric: "Tỉ trọng giá trị xuất khẩu hàng hóa qua các cửa khẩu quốc tế trên địa bàn tỉnh trong tổng kim ngạch"}}},
		{"trở lên ends a qualifier", "tỷ lệ người từ 60 tuổi trở lên được khám sức khỏe định kỳ đạt 85%;",
			[]want{{text: "đạt 85%", cmp: eq, value: 85, unit: "%", metric: "tỷ lệ người từ 60 tuổi trở lên được khám sức khỏe định kỳ"}}},

		// 6. Approximate ranges stay ranges, marked approximate.
		{"approx percent range", "GRDP tăng khoảng 6,5% - 7,0%;",
			[]want{{text: "tăng khoảng 6,5% - 7,0%", cmp: between, min: 6.5, max: 7, unit: "%", change: inc, approx: true}}},
		{"approx money range", "thu nhập bình quân đầu người đạt khoảng 5.200-5.600 USD.",
			[]want{{text: "đạt khoảng 5.200-5.600 USD", cmp: between, min: 5200, max: 5600, unit: "USD", metric: "thu nhập bình quân đầu người", approx: true}}},

		// 7. Qualifiers inside the metric of a percentage; outputs after "hoàn thành".
		{"qualifier inside percent metric", "- 80% trẻ em dưới 1 tuổi được tiêm đủ ít nhất 8 loại vắc xin.",
			[]want{{text: "80%", cmp: eq, value: 80, unit: "%", metric: "trẻ em dưới 1 tuổi được tiêm đủ ít nhất 8 loại vắc xin"}}},
		{"completion outputs", "- Hoàn thành cải tạo 03 chợ đầu mối và 05 chợ nông thôn.",
			[]want{
				{text: "Hoàn thành cải tạo 03 chợ", cmp: eq, value: 3, unit: "chợ", metric: "cải tạo chợ đầu mối"},
				{text: "05 chợ", cmp: eq, value: 5, unit: "chợ", metric: "chợ nông thôn"},
			}},
		{"completion list past a bracket", "Hoàn thành di chuyển 02 trường học (điểm lẻ) và 04 trường mầm non.",
			[]want{
				{text: "Hoàn thành di chuyển 02 trường học", cmp: eq, value: 2, unit: "trường học", metric: "di chuyển trường học"},
				{text: "04 trường", cmp: eq, value: 4, unit: "trường", metric: "trường mầm non"},
			}},
		{"completion of a period", "Hoàn thành báo cáo 6 tháng đầu năm.", nil},
		{"list of increases", "thành lập mới 4 HTX, 6 tổ hợp tác",
			[]want{
				{text: "thành lập mới 4 HTX", cmp: eq, value: 4, unit: "HTX", change: inc},
				{text: "6 tổ hợp tác", cmp: eq, value: 6, unit: "tổ hợp tác", change: inc},
			}},
		{"list keeps the comparator", "có ít nhất 3 bệnh viện và 10 trung tâm y tế đạt chuẩn",
			[]want{
				{text: "ít nhất 3 bệnh viện", cmp: ge, value: 3, unit: "bệnh viện"},
				{text: "10 trung tâm", cmp: ge, value: 10, unit: "trung tâm"},
			}},
		{"no list of times", "đạt 5 ha và 3 năm liên tiếp", []want{{text: "đạt 5 ha", cmp: eq, value: 5, unit: "ha"}}},

		// 8. Ranks: "thuộc nhóm N ... dẫn đầu" is at rank N or better.
		{"rank among countries", "Quốc gia thuộc nhóm 5 nước dẫn đầu khu vực về chính phủ số.",
			[]want{{text: "nhóm 5 nước dẫn đầu", cmp: le, value: 5, unit: "nước", rank: true, metric: "Quốc gia"}}},
		{"rank top with its unit", "Chỉ số chuyển đổi số nằm trong Top 10 tỉnh dẫn đầu.",
			[]want{{text: "Top 10 tỉnh dẫn đầu", cmp: le, value: 10, unit: "tỉnh", rank: true, metric: "Chỉ số chuyển đổi số"}}},

		// Sums in "tỷ" are in "đồng" unless a unit is written.
		{"tỷ alone", "điều chỉnh tăng 18 tỷ (từ nguồn dự phòng)",
			[]want{{text: "tăng 18 tỷ", cmp: eq, value: 1.8e10, unit: "đồng", change: inc}}},
		{"tỷ range", "đạt 3-5 tỷ.", []want{{text: "đạt 3-5 tỷ", cmp: between, min: 3e9, max: 5e9, unit: "đồng"}}},
		{"tỷ with a unit", "kim ngạch đạt trên 1,2 tỷ USD", []want{{text: "đạt trên 1,2 tỷ USD", cmp: gt, value: 1.2e9, unit: "USD"}}},

		// Changes of a sum of money that is a resource (an investment
		// total, a cost, funds) adjust a project: no commitment.
		{"money change restating an amount", "tăng tổng mức đầu tư lên thành 208 tỷ đồng (tăng 35 tỷ) tại Tờ trình số 5", nil},
		{"cost change", "Kinh phí thực hiện tăng thêm 2 tỷ đồng so với dự toán.", nil},
		{"investment total change", "Tổng mức đầu tư dự án tăng 35 tỷ đồng.", nil},
		{"investment total raised", "nâng tổng mức đầu tư lên 208 tỷ đồng", nil},
		{"change restating a target", "thu ngân sách đạt 12.000 tỷ đồng (tăng 1.500 tỷ đồng so với năm 2025)",
			[]want{{text: "đạt 12.000 tỷ đồng", cmp: eq, value: 1.2e13, unit: "đồng", metric: "thu ngân sách"}}},
		{"revenue change stays", "phấn đấu tăng thu ngân sách thêm 500 tỷ đồng",
			[]want{{text: "thêm 500 tỷ đồng", cmp: eq, value: 5e11, unit: "đồng", change: inc, metric: "thu ngân sách"}}},
		{"investment level stays", "vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng",
			[]want{{text: "đạt 5.000 tỷ đồng", cmp: eq, value: 5e12, unit: "đồng", metric: "vốn đầu tư toàn xã hội"}}},
		{"attracted capital stays", "thu hút vốn FDI tăng thêm 500 triệu USD",
			[]want{{text: "tăng thêm 500 triệu USD", cmp: eq, value: 5e8, unit: "USD", change: inc, metric: "thu hút vốn FDI"}}},

		// Percentage points.
		{"percentage points", "Tăng thêm 1,5 điểm phần trăm; trồng mới 1.000 ha rừng.",
			[]want{
				{text: "Tăng thêm 1,5 điểm phần trăm", cmp: eq, value: 1.5, unit: "điểm phần trăm", change: inc},
				{text: "trồng mới 1.000 ha", cmp: eq, value: 1000, unit: "ha", change: inc, metric: "rừng"},
			}},
		{"percentage points a year", "giảm tỷ lệ hộ nghèo bình quân 1-1,5 điểm phần trăm/năm",
			[]want{{text: "giảm tỷ lệ hộ nghèo bình quân 1-1,5 điểm phần trăm/năm", cmp: between, min: 1, max: 1.5,
				unit: "điểm phần trăm/năm", change: dec, metric: "tỷ lệ hộ nghèo"}}},

		// "có" opens a clause after ";" in a sentence of targets.
		{"có after a semicolon", "- Đến năm 2030, 100% xã đạt chuẩn nông thôn mới; có 30 bác sĩ/vạn dân và 35 giường bệnh/vạn dân.",
			[]want{
				{text: "100%", cmp: eq, value: 100, unit: "%", metric: "xã đạt chuẩn nông thôn mới"},
				{text: "30 bác sĩ/vạn dân", cmp: eq, value: 30, unit: "bác sĩ/vạn dân"},
				{text: "35 giường bệnh/vạn dân", cmp: eq, value: 35, unit: "giường bệnh/vạn dân"},
			}},
		{"có after a semicolon with no target before", "Toàn tỉnh hiện có 5 bệnh viện; có 30 trạm y tế.", nil},
		{"có after a semicolon reports the past", "Đạt 100% kế hoạch; có 3 đơn vị đã hoàn thành sớm.",
			[]want{{text: "Đạt 100%", cmp: eq, value: 100, unit: "%", metric: "kế hoạch"}}},
		{"có after a sentence", "Đạt 100% kế hoạch. Có 30 trạm y tế.", []want{{text: "Đạt 100%", cmp: eq, value: 100, unit: "%"}}},

		// A number alone in quotation marks is a number, not a slogan.
		{"quoted zero", "phấn đấu đạt phát thải ròng bằng “0” trước năm 2050",
			[]want{{text: "bằng “0”", cmp: eq, value: 0}}},
		{"straight-quoted zero", `phát thải ròng bằng "0" trước năm 2050`,
			[]want{{text: `bằng "0"`, cmp: eq, value: 0, metric: "phát thải ròng"}}},
		{"quoted slogan with a number", "phong trào “5 không” đạt kết quả", nil},

		// A metric cut to its last words starts after a function word, not
		// inside a compound ("chuyển đổi").
		{"long metric starts at a phrase", "thực hiện Đề án chuyển đổi KCN Tân An sang khu công nghiệp sinh thái gắn với thực hiện di dời trên 400 hộ dân theo lộ trình.",
			[]want{{text: "trên 400 hộ dân", cmp: gt, value: 400, unit: "hộ dân", metric: "di dời"}}},

		// A change right after a target, past a comma alone, is a change of
		// the same quantity.
		{"change after a target", "Tổng thu ngân sách đạt 12.000 tỷ đồng, tăng 10% so với năm 2025.",
			[]want{
				{text: "đạt 12.000 tỷ đồng", cmp: eq, value: 1.2e13, unit: "đồng", metric: "Tổng thu ngân sách"},
				{text: "tăng 10%", cmp: eq, value: 10, unit: "%", change: inc, metric: "Tổng thu ngân sách"},
			}},
		{"points after a level", "Tỷ lệ che phủ rừng duy trì ở mức 52%, tăng thêm 1,5 điểm phần trăm so với năm 2025.",
			[]want{
				{text: "ở mức 52%", cmp: eq, value: 52, unit: "%", metric: "Tỷ lệ che phủ rừng"},
				{text: "tăng thêm 1,5 điểm phần trăm", cmp: eq, value: 1.5, unit: "điểm phần trăm", change: inc, metric: "Tỷ lệ che phủ rừng"},
			}},
		{"change with its own metric", "Kim ngạch xuất khẩu đạt 2 tỷ USD, tăng 12% số doanh nghiệp xuất khẩu.",
			[]want{
				{text: "đạt 2 tỷ USD", cmp: eq, value: 2e9, unit: "USD", metric: "Kim ngạch xuất khẩu"},
				{text: "tăng 12%", cmp: eq, value: 12, unit: "%", change: inc, metric: "số doanh nghiệp xuất khẩu"},
			}},

		// The agency that "chủ trì" a task is no part of its metric; the
		// body that a task is done by ("do ... chủ trì") is.
		{"metric after chủ trì", "Ủy ban nhân dân các huyện chủ trì tổ chức ra quân làm sạch bờ biển ít nhất 02 lần/năm.",
			[]want{{text: "ít nhất 02 lần/năm", cmp: ge, value: 2, unit: "lần/năm", metric: "tổ chức ra quân làm sạch bờ biển"}}},
		{"metric with do ... chủ trì", "Tỷ lệ nhiệm vụ do các sở chủ trì hoàn thành đúng hạn đạt 95%.",
			[]want{{text: "đạt 95%", cmp: eq, value: 95, unit: "%", metric: "Tỷ lệ nhiệm vụ do các sở chủ trì hoàn thành đúng hạn"}}},

		// Page rules and labels.
		{"page rule", "===== Trang 7 =====\n7", nil},
		{"label group left out of the metric", "Kết quả (4) tỷ lệ hộ dùng nước sạch đạt 98%.",
			[]want{{text: "đạt 98%", cmp: eq, value: 98, unit: "%", metric: "Kết quả (4) tỷ lệ hộ dùng nước sạch"}}},
		{"unit across a line break", "có thêm 2 cụm\ncông nghiệp",
			[]want{{text: "có thêm 2 cụm\ncông nghiệp", cmp: eq, value: 2, unit: "cụm công nghiệp", change: inc}}},

		// "chiếm" states the share of a whole that a percentage is.
		{"share of a whole", "Đến năm 2030, kinh tế số chiếm 20% GRDP.",
			[]want{{text: "chiếm 20%", cmp: eq, value: 20, unit: "%", metric: "kinh tế số"}}},
		{"share with a comparator", "Lao động nông nghiệp chiếm dưới 30% tổng số lao động.",
			[]want{{text: "chiếm dưới 30%", cmp: lt, value: 30, unit: "%", metric: "Lao động nông nghiệp"}}},
		{"share named", "Kinh tế số chiếm tỷ trọng khoảng 20% GRDP.",
			[]want{{text: "chiếm tỷ trọng khoảng 20%", cmp: approx, value: 20, unit: "%", metric: "Kinh tế số"}}},
		{"occupying land is no share", "Dự án chiếm 5 ha đất trồng lúa.", nil},

		// "có" that opens a clause, or follows its time, before a percentage.
		{"có percent after a time", "Đến năm 2025 có 80% hộ gia đình sử dụng nước sạch.",
			[]want{{text: "80%", cmp: eq, value: 80, unit: "%", metric: "hộ gia đình sử dụng nước sạch"}}},
		{"có percent first", "- Có 100% trường học kết nối Internet băng rộng.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "trường học kết nối Internet băng rộng"}}},
		{"có percent or more", "Có 95% trở lên số thôn có nhà văn hóa.",
			[]want{{text: "95% trở lên", cmp: ge, value: 95, unit: "%", metric: "số thôn có nhà văn hóa"}}},
		{"có percent now", "Hiện có 50% xã đạt chuẩn nông thôn mới.", nil},
		{"có percent in the past", "Đến nay đã có 60% hộ gia đình sử dụng nước sạch.", nil},
		{"có percent in the past after a time", "Năm 2023 có 60% hộ gia đình đã sử dụng nước sạch.", nil},
		{"có percent of small and medium firms", "Đến năm 2030 có 90% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.",
			[]want{{text: "90%", cmp: eq, value: 90, unit: "%", metric: "doanh nghiệp nhỏ và vừa sử dụng nền tảng số"}}},
		{"percent first of small and medium firms", "- 50% doanh nghiệp nhỏ và vừa được hỗ trợ chuyển đổi số.",
			[]want{{text: "50%", cmp: eq, value: 50, unit: "%", metric: "doanh nghiệp nhỏ và vừa được hỗ trợ chuyển đổi số"}}},
		{"percent first just done", "- 50% doanh nghiệp vừa được hỗ trợ chuyển đổi số.", nil},

		// A metric whose head noun is listed past a comma: "được thu gom, xử lý".
		{"metric with listed verbs", "Tỷ lệ chất thải rắn y tế được thu gom, xử lý đạt 100%.",
			[]want{{text: "đạt 100%", cmp: eq, value: 100, unit: "%", metric: "Tỷ lệ chất thải rắn y tế được thu gom, xử lý"}}},
		{"metric with three listed verbs", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, vận chuyển, xử lý đạt 95%.",
			[]want{{text: "đạt 95%", cmp: eq, value: 95, unit: "%", metric: "Tỷ lệ chất thải rắn sinh hoạt được thu gom, vận chuyển, xử lý"}}},
		{"metric with listed nouns", "Tỷ lệ hộ dân được sử dụng điện, nước sạch đạt 99%.",
			[]want{{text: "đạt 99%", cmp: eq, value: 99, unit: "%", metric: "Tỷ lệ hộ dân được sử dụng điện, nước sạch"}}},
		{"metric after a time clause", "Năm 2025, GRDP đạt 8%.",
			[]want{{text: "đạt 8%", cmp: eq, value: 8, unit: "%", metric: "GRDP"}}},
		{"metric after a linking clause", "Bên cạnh đó, GRDP tăng 8%.",
			[]want{{text: "tăng 8%", cmp: eq, value: 8, unit: "%", change: inc, metric: "GRDP"}}},
		{"metric with an expectation", "Kim ngạch xuất khẩu năm 2025, dự kiến đạt 1 tỷ USD.",
			[]want{{text: "đạt 1 tỷ USD", cmp: eq, value: 1e9, unit: "USD", metric: "Kim ngạch xuất khẩu"}}},
		{"metric after a clause with a head noun", "Tỷ lệ hộ nghèo tiếp tục giảm, GRDP tăng 8%.",
			[]want{{text: "tăng 8%", cmp: eq, value: 8, unit: "%", change: inc, metric: "GRDP"}}},
		{"metric after a target and a comma", "Tỷ lệ hộ nghèo giảm 1%, thu nhập đạt 60 triệu đồng.",
			[]want{
				{text: "giảm 1%", cmp: eq, value: 1, unit: "%", change: dec, metric: "Tỷ lệ hộ nghèo"},
				{text: "đạt 60 triệu đồng", cmp: eq, value: 6e7, unit: "đồng", metric: "thu nhập"},
			}},

		// A grade in stars right after a count qualifies what is counted.
		{"star grade of new products", "Phấn đấu có thêm 30 sản phẩm OCOP đạt 3 sao trở lên.",
			[]want{{text: "có thêm 30 sản phẩm", cmp: eq, value: 30, unit: "sản phẩm", change: inc, metric: "sản phẩm OCOP"}}},
		{"star grade from", "Phát triển mới 20 sản phẩm OCOP đạt từ 3 sao trở lên.",
			[]want{{text: "Phát triển mới 20 sản phẩm", cmp: eq, value: 20, unit: "sản phẩm", change: inc, metric: "sản phẩm OCOP"}}},
		{"star grade alone", "Sản phẩm chủ lực đạt 4 sao trở lên.",
			[]want{{text: "đạt 4 sao trở lên", cmp: ge, value: 4, unit: "sao", metric: "Sản phẩm chủ lực"}}},

		// A time phrase after the unit is no part of the metric.
		{"yearly before the metric", "Giảm ít nhất 5% mỗi năm số ca mắc mới.",
			[]want{{text: "Giảm ít nhất 5%", cmp: ge, value: 5, unit: "%", change: dec, metric: "số ca mắc mới"}}},
		{"yearly after the metric", "Trồng mới 500 ha rừng tập trung mỗi năm.",
			[]want{{text: "Trồng mới 500 ha", cmp: eq, value: 500, unit: "ha", change: inc, metric: "rừng tập trung"}}},
		{"yearly inside the metric", "Bố trí tối thiểu 2% tổng chi ngân sách hằng năm cho khoa học.",
			[]want{{text: "tối thiểu 2%", cmp: ge, value: 2, unit: "%", metric: "tổng chi ngân sách hằng năm cho khoa học"}}},
		{"period after a growth rate", "Phấn đấu tăng trưởng kinh tế bình quân 8%/năm giai đoạn 2021 - 2025.",
			[]want{{text: "tăng trưởng kinh tế bình quân 8%/năm", cmp: eq, value: 8, unit: "%/năm", metric: "tăng trưởng kinh tế"}}},

		// Counted nouns of events.
		{"inspections", "Tổ chức ít nhất 01 cuộc kiểm tra liên ngành.",
			[]want{{text: "ít nhất 01 cuộc", cmp: ge, value: 1, unit: "cuộc", metric: "cuộc kiểm tra liên ngành"}}},

		// A percentage of the places or people a task reaches, after a
		// preposition: the noun after it is the metric.
		{"coverage at", `- Triển khai mô hình "Bình dân học vụ số" tại 100% tổ dân phố, thôn.`,
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "tổ dân phố, thôn"}}},
		{"coverage for", "- Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho 100% hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên"}}},
		{"coverage to", "Phủ sóng di động 4G đến 100% thôn, bản.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "thôn, bản"}}},
		{"coverage in", "Thành lập tổ công nghệ số cộng đồng ở 100% xã, phường.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "xã, phường"}}},
		{"coverage on", "Triển khai phần mềm quản lý trên 100% trường học.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "trường học"}}},
		{"coverage with regard to", "Thực hiện kiểm tra đối với 100% cơ sở sản xuất.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "cơ sở sản xuất"}}},
		{"more than a share is a comparator", "Triển khai phần mềm quản lý trên 90% trường học.",
			[]want{{text: "trên 90%", cmp: gt, value: 90, unit: "%"}}},
		{"coverage reached in the past", "Đến nay, mạng 4G đã phủ sóng đến 100% thôn, bản.", nil},
		{"coverage inside the metric of a change", "Giảm 10% thời gian xử lý hồ sơ cho 100% thủ tục.",
			[]want{{text: "Giảm 10%", cmp: eq, value: 10, unit: "%", change: dec, metric: "thời gian xử lý hồ sơ cho 100% thủ tục"}}},
		{"coverage needs a noun", "Ngân sách tỉnh bảo đảm cho 100%.", nil},
		// A percentage right after the action of a task, also in its
		// middle, is the share of what the task reaches or handles.
		{"coverage after a directing verb", "Sở Giáo dục và Đào tạo chỉ đạo 100% trường học tổ chức dạy học trực tuyến.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "trường học tổ chức dạy học trực tuyến"}}},
		{"coverage after a task verb", "- Chuyển đổi 100% hồ sơ sang môi trường số.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "hồ sơ sang môi trường số"}}},
		{"coverage after a verb of reach", "Đến năm 2030, mạng 5G phủ sóng 80% khu dân cư.",
			[]want{{text: "80%", cmp: eq, value: 80, unit: "%", metric: "khu dân cư"}}},
		{"coverage after bao phủ", "Bảo hiểm xã hội tỉnh phấn đấu bao phủ 95% dân số.",
			[]want{{text: "95%", cmp: eq, value: 95, unit: "%", metric: "dân số"}}},
		{"coverage after tiếp cận", "Bảo đảm người dân tiếp cận 100% dịch vụ công trực tuyến.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "dịch vụ công trực tuyến"}}},
		{"coverage after an action in the middle", "Các sở, ngành số hóa 100% hồ sơ thủ tục hành chính.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "hồ sơ thủ tục hành chính"}}},
		{"coverage after a verb in the past", "Đến nay, các sở đã chuyển đổi 80% hồ sơ.", nil},
		{"coverage after a verb inside the metric of a change", "Giảm 10% thời gian số hóa 100% hồ sơ.",
			[]want{{text: "Giảm 10%", cmp: eq, value: 10, unit: "%", change: dec, metric: "thời gian số hóa 100% hồ sơ"}}},
		{"coverage after a verb needs a noun", "Hồ sơ được số hóa 100%.", nil},
		{"coverage after a verb of a threshold", "Kiểm điểm các xã có tỷ lệ giải ngân 30% xây dựng kế hoạch khắc phục.", nil},
		{"coverage after a verb of who is dealt with", "Xử lý đối với các chủ đầu tư giải ngân 30% kế hoạch vốn.", nil},
		{"coverage after a verb of who is supported", "Hỗ trợ các doanh nghiệp sử dụng 30% lao động nữ.", nil},
		{"coverage after listed verbs", "Đẩy mạnh số hóa, chuyển đổi 100% hồ sơ.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "hồ sơ"}}},
		{"coverage after a verb after a lead verb", "Tập trung triển khai số hóa 100% hồ sơ.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "hồ sơ"}}},

		// A threshold after "có doanh thu", "có quy mô", ... in the noun
		// phrase of another target qualifies what that target counts.
		{"threshold after a list", "Hỗ trợ chuyển đổi số cho 100% hợp tác xã và doanh nghiệp nhỏ có doanh thu dưới 3 tỷ đồng.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "hợp tác xã"}}},
		{"threshold after a comma", "Có thêm 10 doanh nghiệp, hợp tác xã ứng dụng công nghệ cao tại các vùng chuyên canh có quy mô trên 50 ha.",
			[]want{{text: "Có thêm 10 doanh nghiệp", cmp: eq, value: 10, unit: "doanh nghiệp", change: inc}}},
		// A count right after the verb that opens a task is its output.
		{"task count", "- Đào tạo 100 cán bộ chuyên trách chuyển đổi số.",
			[]want{{text: "Đào tạo 100 cán bộ", cmp: eq, value: 100, unit: "cán bộ", metric: "Đào tạo cán bộ chuyên trách chuyển đổi số"}}},
		{"task count of events", "- Tổ chức 02 cuộc thanh tra chuyên đề về đất đai.",
			[]want{{text: "Tổ chức 02 cuộc", cmp: eq, value: 2, unit: "cuộc", metric: "Tổ chức cuộc thanh tra chuyên đề về đất đai"}}},
		{"task count range", "- Xây dựng 02 - 03 mô hình điểm về chuyển đổi số cấp xã.",
			[]want{{text: "Xây dựng 02 - 03 mô hình", cmp: between, min: 2, max: 3, unit: "mô hình", metric: "Xây dựng mô hình điểm về chuyển đổi số cấp xã"}}},
		{"task count of area", "- Trồng 500 ha rừng sản xuất.",
			[]want{{text: "Trồng 500 ha", cmp: eq, value: 500, unit: "ha", metric: "Trồng rừng sản xuất"}}},
		{"task count after the lead", "Sở Nông nghiệp chủ trì, hỗ trợ 200 hộ nghèo vay vốn.",
			[]want{{text: "hỗ trợ 200 hộ nghèo", cmp: eq, value: 200, unit: "hộ nghèo", metric: "hỗ trợ hộ nghèo vay vốn"}}},
		{"task count of upgrades", "- Nâng cấp 15 trường học.",
			[]want{{text: "Nâng cấp 15 trường học", cmp: eq, value: 15, unit: "trường học", metric: "Nâng cấp trường học"}}},
		{"task count with its threshold", "- Đóng mới 20 tàu cá có công suất từ 400 CV trở lên.",
			[]want{{text: "Đóng mới 20 tàu", cmp: eq, value: 20, unit: "tàu", metric: "Đóng mới tàu cá có công suất từ 400 CV trở lên"}}},
		{"task count after a lead-in", "- Phấn đấu tổ chức 20 lớp tập huấn cho cán bộ cơ sở.",
			[]want{{text: "tổ chức 20 lớp", cmp: eq, value: 20, unit: "lớp", metric: "tổ chức lớp tập huấn cho cán bộ cơ sở"}}},
		{"task count after two lead-ins", "Tiếp tục đào tạo 500 lao động nông thôn.",
			[]want{{text: "đào tạo 500 lao động", cmp: eq, value: 500, unit: "lao động", metric: "đào tạo lao động nông thôn"}}},
		{"task count after its scope", "Mỗi huyện xây dựng 02 mô hình điểm.",
			[]want{{text: "xây dựng 02 mô hình", cmp: eq, value: 2, unit: "mô hình", metric: "xây dựng mô hình điểm"}}},
		{"task count of awards", "- Khen thưởng 20 tập thể có thành tích xuất sắc.",
			[]want{{text: "Khen thưởng 20 tập thể", cmp: eq, value: 20, unit: "tập thể", metric: "Khen thưởng tập thể có thành tích xuất sắc"}}},
		{"task count after an adverb", "- Xử lý dứt điểm 15 vụ việc tồn đọng.",
			[]want{{text: "Xử lý dứt điểm 15 vụ", cmp: eq, value: 15, unit: "vụ", metric: "Xử lý dứt điểm vụ việc tồn đọng"}}},
		{"task count after mới", "- Khởi công mới 18 dự án giao thông.",
			[]want{{text: "Khởi công mới 18 dự án", cmp: eq, value: 18, unit: "dự án", metric: "Khởi công mới dự án giao thông"}}},
		{"task count after a second verb", "- Xây dựng kế hoạch tuyển dụng 40 giảng viên.",
			[]want{{text: "Xây dựng kế hoạch tuyển dụng 40 giảng viên", cmp: eq, value: 40, unit: "giảng viên", metric: "Xây dựng kế hoạch tuyển dụng giảng viên"}}},
		{"task count of places", "- Xử lý dứt điểm 12 điểm tập kết rác.",
			[]want{{text: "Xử lý dứt điểm 12 điểm", cmp: eq, value: 12, unit: "điểm", metric: "Xử lý dứt điểm điểm tập kết rác"}}},
		{"task count after lead and partner", "Trung tâm Y tế huyện phối hợp với Hội Chữ thập đỏ tập huấn 200 học sinh.",
			[]want{{text: "tập huấn 200 học sinh", cmp: eq, value: 200, unit: "học sinh", metric: "tập huấn học sinh"}}},
		{"task count after a collective partner", "Phòng Tổ chức chủ trì, phối hợp với các khoa tuyển dụng 40 giảng viên.",
			[]want{{text: "tuyển dụng 40 giảng viên", cmp: eq, value: 40, unit: "giảng viên", metric: "tuyển dụng giảng viên"}}},
		// A count after "cho", "tại" or "đối với" in a clause that a
		// task's verb opens counts those the task is for.
		{"count of those awarded", "- Tặng Bằng khen cho 30 tập thể và 70 cá nhân.",
			[]want{
				{text: "30 tập thể", cmp: eq, value: 30, unit: "tập thể", metric: "Tặng tập thể"},
				{text: "70 cá nhân", cmp: eq, value: 70, unit: "cá nhân", metric: "cá nhân"},
			}},
		{"count of those trained", "Sở Nội vụ tổ chức bồi dưỡng nghiệp vụ cho 40 công chức.",
			[]want{{text: "40 công chức", cmp: eq, value: 40, unit: "công chức", metric: "bồi dưỡng công chức"}}},
		{"count of places inspected", "- Kiểm tra việc thực hiện kết luận thanh tra tại 06 đơn vị.",
			[]want{{text: "06 đơn vị", cmp: eq, value: 6, unit: "đơn vị", metric: "Kiểm tra đơn vị"}}},
		{"count of places a spend reaches", "- Đầu tư trang thiết bị cho 40 trạm y tế xã.", nil},
		{"count of those helped in the past", "- Tập huấn cho 200 hộ đã tham gia mô hình.", nil},
		{"count of those picked out", "- Hỗ trợ cây giống cho hộ có 03 lao động.", nil},
		{"count for a place after a subject", "Hội đồng khen thưởng cho 20 tập thể.", nil},
		{"score is no place", "- Tổ chức thi cho 20 điểm.", nil},
		{"share after an adverb", "- Xử lý nghiêm 100% trường hợp vi phạm.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "trường hợp vi phạm"}}},
		{"unit of a head and its two-syllable modifier", "- Huy động tối thiểu 15 mũi thi công trên tuyến đường.",
			[]want{{text: "tối thiểu 15 mũi thi công", cmp: ge, value: 15, unit: "mũi thi công", metric: "mũi thi công trên tuyến đường"}}},
		{"share disbursed by a time", "Giải ngân 50% trước 30/6/2027; hoàn thành tháng 12/2027",
			[]want{{text: "50%", cmp: eq, value: 50, unit: "%", metric: "Giải ngân"}}},
		{"share disbursed in the past", "Năm 2025 đã giải ngân 80% trước tháng 12.", nil},
		{"share after a verb of collection", "- Thu gom 95% rác thải sinh hoạt.",
			[]want{{text: "95%", cmp: eq, value: 95, unit: "%", metric: "rác thải sinh hoạt"}}},
		{"task count after a total", "Giai đoạn 2023 - 2025, toàn tỉnh tổ chức 107 lớp tập huấn.", nil},
		{"task count under way", "- Các xã đang xây dựng 02 mô hình điểm.", nil},
		{"task count after a subject", "Hội đồng tổ chức 20 lớp tập huấn.", nil},
		{"task count in the past", "- Đã đào tạo 100 cán bộ chuyên trách.", nil},
		{"task count of meetings", "- Tổ chức 01 hội nghị sơ kết.", nil},
		{"task count of documents", "- Ban hành 02 kế hoạch triển khai.", nil},
		{"task count of plan parts", "- Thực hiện 06 nhiệm vụ trọng tâm sau.", nil},
		{"task count of plan parts in two words", "- Triển khai 03 nhóm giải pháp.", nil},
		{"task count of a named body", "- Thành lập 01 Tổ công tác liên ngành.", nil},
		{"task count per year", "- Tổ chức 02 cuộc kiểm tra/năm.", nil},
		{"task count per household", "- Hỗ trợ 01 con bò sinh sản cho mỗi hộ nghèo.", nil},
		{"task count of money", "- Hỗ trợ 50 triệu đồng cho mỗi mô hình.", nil},
		{"level after cấp", "Trường học cấp 2 đạt chuẩn.", nil},
		// From the last review's list.
		{"level number in the metric", "Dịch vụ công trực tuyến mức độ 4 đạt 80%.",
			[]want{{text: "đạt 80%", cmp: eq, value: 80, unit: "%", metric: "Dịch vụ công trực tuyến mức độ 4"}}},
		{"share restating a count", "Nâng tổng số trường đạt chuẩn lên 560 trường (đạt 78%).",
			[]want{{text: "lên 560 trường", cmp: eq, value: 560, unit: "trường", metric: "tổng số trường đạt chuẩn"},
				{text: "đạt 78%", cmp: eq, value: 78, unit: "%", metric: "tổng số trường đạt chuẩn"}}},
		{"date not in the metric", "Phấn đấu đến ngày 30 tháng 9 năm 2026 tỷ lệ giải ngân đạt trên 60%.",
			[]want{{text: "đạt trên 60%", cmp: gt, value: 60, unit: "%", metric: "tỷ lệ giải ngân"}}},
		{"quarter not in the metric", "Đến hết quý III/2026 tỷ lệ giải ngân đạt 70%.",
			[]want{{text: "đạt 70%", cmp: eq, value: 70, unit: "%", metric: "tỷ lệ giải ngân"}}},
		{"year not in the metric", "Tỷ lệ hộ nghèo năm 2025 giảm còn 2%.",
			[]want{{text: "giảm còn 2%", cmp: eq, value: 2, unit: "%", metric: "Tỷ lệ hộ nghèo"}}},
		{"star grades listed", "Có thêm 12 sản phẩm được công nhận OCOP 3 sao, 4 sao.",
			[]want{{text: "Có thêm 12 sản phẩm", cmp: eq, value: 12, unit: "sản phẩm", change: inc}}},
		{"rank top with a counted noun", "Phấn đấu chỉ số PCI thuộc Top 20 tỉnh, thành phố.",
			[]want{{text: "Top 20 tỉnh", cmp: le, value: 20, unit: "tỉnh", rank: true}}},
		{"rank top with no noun", "Chỉ số DTI thuộc Top 5 của cả nước.",
			[]want{{text: "Top 5", cmp: le, value: 5, rank: true}}},
		{"later year keeps the metric", "Năm 2025, tỷ lệ hộ dùng nước sạch đạt 98%; năm 2030 đạt 100%.",
			[]want{
				{text: "đạt 98%", cmp: eq, value: 98, unit: "%", metric: "tỷ lệ hộ dùng nước sạch"},
				{text: "đạt 100%", cmp: eq, value: 100, unit: "%", metric: "tỷ lệ hộ dùng nước sạch"},
			}},
		{"later year in another sentence", "Tỷ lệ hộ dùng nước sạch đạt 98%. Đến năm 2030 đạt 100%.",
			[]want{
				{text: "đạt 98%", cmp: eq, value: 98, unit: "%", metric: "Tỷ lệ hộ dùng nước sạch"},
				{text: "đạt 100%", cmp: eq, value: 100, unit: "%", metric: ""},
			}},
		{"threshold in another sentence", "Có thêm 10 doanh nghiệp. Vùng chuyên canh có quy mô trên 50 ha.",
			[]want{
				{text: "Có thêm 10 doanh nghiệp", cmp: eq, value: 10, unit: "doanh nghiệp", change: inc},
				{text: "trên 50 ha", cmp: gt, value: 50, unit: "ha"},
			}},

		// 18. A unit that a head of one syllable opens takes its whole
		// modifier of two: no unit ends inside a compound word.
		{"unit head with its modifier", "- Nâng cấp 15 trạm y tế xã.",
			[]want{{text: "Nâng cấp 15 trạm y tế", cmp: eq, value: 15, unit: "trạm y tế", metric: "Nâng cấp trạm y tế xã"}}},
		{"unit head of a device", "Lắp đặt 200 camera giám sát giao thông.",
			[]want{{text: "Lắp đặt 200 camera giám sát", cmp: eq, value: 200, unit: "camera giám sát", metric: "Lắp đặt camera giám sát giao thông"}}},
		{"unit head of a bridge", "Xây dựng 30 cầu dân sinh.",
			[]want{{text: "Xây dựng 30 cầu dân sinh", cmp: eq, value: 30, unit: "cầu dân sinh"}}},
		{"unit head of a landfill", "Đóng cửa 43 bãi chôn lấp chất thải rắn sinh hoạt.",
			[]want{{text: "Đóng cửa 43 bãi chôn lấp", cmp: eq, value: 43, unit: "bãi chôn lấp", metric: "Đóng cửa bãi chôn lấp chất thải rắn sinh hoạt"}}},
		{"unit head with a short modifier", "Phấn đấu có thêm 15 trạm bơm.",
			[]want{{text: "có thêm 15 trạm bơm", cmp: eq, value: 15, unit: "trạm bơm", change: inc}}},
		{"unit of two syllables is no head", "Thành lập ít nhất 01 tổ đội xung kích chữa cháy rừng.",
			[]want{{text: "ít nhất 01 tổ đội", cmp: ge, value: 1, unit: "tổ đội"}}},

		// 19. Thresholds that pick out who must act, names of schemes and
		// "hai con số" are no targets.
		{"threshold picks who acts", "Ủy ban nhân dân các xã, phường có tỷ lệ suy dinh dưỡng trên 20% xây dựng kế hoạch can thiệp dinh dưỡng.", nil},
		{"threshold picks who is helped", "Các xã có tỷ lệ hộ nghèo trên 20% được ưu tiên hỗ trợ.", nil},
		{"threshold after đối với", "Xử lý nghiêm đối với các chủ đầu tư giải ngân dưới 30% kế hoạch vốn.", nil},
		{"threshold that is the target", "Phấn đấu tỉnh có tỷ lệ đô thị hóa trên 40%.",
			[]want{{text: "trên 40%", cmp: gt, value: 40, unit: "%", metric: "tỉnh có tỷ lệ đô thị hóa"}}},
		{"scheme name", "Diện tích lúa chất lượng cao đạt 200.000 ha; trong đó diện tích tham gia Đề án 1 triệu ha đạt 95.000 ha.",
			[]want{
				{text: "đạt 200.000 ha", cmp: eq, value: 200000, unit: "ha", metric: "Diện tích lúa chất lượng cao"},
				{text: "đạt 95.000 ha", cmp: eq, value: 95000, unit: "ha", metric: "diện tích tham gia Đề án 1 triệu ha"},
			}},
		{"programme name", "Phấn đấu có thêm Chương trình 135 tại 20 xã.", nil},
		{"double digits", "Phấn đấu thúc đẩy tăng trưởng kinh tế hai con số.", nil},
		{"double digits reached", "Tốc độ tăng trưởng đạt hai chữ số.", nil},
		{"heads of cattle", "Đàn bò đạt 95.000 con.",
			[]want{{text: "đạt 95.000 con", cmp: eq, value: 95000, unit: "con", metric: "Đàn bò"}}},

		// 20. The output of a task whose lead is named before its verb,
		// alone or with "chủ trì" or "phối hợp với".
		{"task count after chủ trì", "Sở Công Thương chủ trì hỗ trợ 50 hợp tác xã tham gia sàn thương mại điện tử.",
			[]want{{text: "hỗ trợ 50 hợp tác xã", cmp: eq, value: 50, unit: "hợp tác xã", metric: "hỗ trợ hợp tác xã tham gia sàn thương mại điện tử"}}},
		{"task count after the lead's name", "Trung tâm Khuyến nông tỉnh xây dựng 05 mô hình trình diễn.",
			[]want{{text: "xây dựng 05 mô hình", cmp: eq, value: 5, unit: "mô hình", metric: "xây dựng mô hình trình diễn"}}},
		{"task count after the lead's acronym", "UBND huyện xây dựng 02 mô hình điểm.",
			[]want{{text: "xây dựng 02 mô hình", cmp: eq, value: 2, unit: "mô hình", metric: "xây dựng mô hình điểm"}}},
		{"task count after a cooperating agency", "Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh đào tạo 200 cán bộ y tế cơ sở.",
			[]want{{text: "đào tạo 200 cán bộ", cmp: eq, value: 200, unit: "cán bộ", metric: "đào tạo cán bộ y tế cơ sở"}}},
		{"task count after a staffing verb", "Trung tâm Y tế huyện bố trí 04 kíp trực cấp cứu.",
			[]want{{text: "bố trí 04 kíp trực", cmp: eq, value: 4, unit: "kíp trực", metric: "bố trí kíp trực cấp cứu"}}},
		{"task count after the lead's name in the past", "Sở Y tế đã tổ chức 20 lớp tập huấn.", nil},
		{"coverage after making public", "Văn phòng Ủy ban nhân dân tỉnh chủ trì công bố, công khai 100% thủ tục hành chính.",
			[]want{{text: "100%", cmp: eq, value: 100, unit: "%", metric: "thủ tục hành chính"}}},

		// 21. A fraction of a whole is a share, in percent.
		{"fraction", "- Phấn đấu 2/3 số thôn đạt chuẩn văn hóa.",
			[]want{{text: "Phấn đấu 2/3", cmp: eq, value: 66.6667, unit: "%", metric: "số thôn đạt chuẩn văn hóa"}}},
		{"fraction after a comparator", "Phấn đấu đổi mới khoảng 1/3 thành viên ban chấp hành.",
			[]want{{text: "khoảng 1/3", cmp: approx, value: 33.3333, unit: "%", metric: "thành viên ban chấp hành"}}},
		{"fraction with its suffix", "Phấn đấu có từ 1/3 số xã trở lên đạt chuẩn.",
			[]want{{text: "có từ 1/3", cmp: ge, value: 33.3333, unit: "%", metric: "số xã đạt chuẩn"}}},
		{"fraction is no date", "Trước ngày 1/3, các xã báo cáo kết quả.", nil},
		{"fraction is no date in a range", "Tổ chức từ 1/3 đến 15/3 hằng năm.", nil},
		{"fraction is no ratio of codes", "Bản đồ tỷ lệ 1/2.000 và 1/500.", nil},

		// 22. A comparator right after a preposition states a target;
		// the preposition ends its metric.
		{"comparator after đối với", "Tiếp nhận hồ sơ trực tuyến đối với ít nhất 150 thủ tục hành chính.",
			[]want{{text: "ít nhất 150 thủ tục", cmp: ge, value: 150, unit: "thủ tục", metric: "Tiếp nhận hồ sơ trực tuyến"}}},
		{"comparator after tại", "Thanh tra tỉnh kiểm tra đột xuất tại tối thiểu 12 đơn vị.",
			[]want{{text: "tối thiểu 12 đơn vị", cmp: ge, value: 12, unit: "đơn vị", metric: "kiểm tra đột xuất"}}},
		{"comparator after a cooperating agency", "Sở Tư pháp chủ trì, phối hợp với Thanh tra tỉnh kiểm tra đột xuất tại tối thiểu 12 đơn vị.",
			[]want{{text: "tối thiểu 12 đơn vị", cmp: ge, value: 12, unit: "đơn vị", metric: "kiểm tra đột xuất"}}},

		// 23. A comma inside a fixed pair does not cut a metric.
		{"metric through phòng, chống", "Phấn đấu 90% cán bộ làm công tác phòng, chống dịch bệnh được tập huấn.",
			[]want{{text: "Phấn đấu 90%", cmp: eq, value: 90, unit: "%", metric: "cán bộ làm công tác phòng, chống dịch bệnh được tập huấn"}}},
		{"metric before phòng, chống", "Lực lượng xung kích phòng, chống thiên tai đạt 100%.",
			[]want{{text: "đạt 100%", cmp: eq, value: 100, unit: "%", metric: "Lực lượng xung kích phòng, chống thiên tai"}}},

		// 24. A threshold in the condition of "thì" picks out who, and a
		// head of a craft takes its modifier.
		{"threshold before thì", "Tổ có dưới 05 thành viên thì bầu tổ trưởng.", nil},
		{"threshold before thì after a comma", "Thôn có trên 300 hộ, thì bố trí 02 công an viên.", nil},
		{"unit head of a craft", "Bảo đảm tối thiểu 20 xuồng cứu hộ.",
			[]want{{text: "tối thiểu 20 xuồng cứu hộ", cmp: ge, value: 20, unit: "xuồng cứu hộ"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}

func TestParseValueForms(t *testing.T) {
	tests := []struct {
		in     string
		want   want
		wantOK bool
	}{
		{"Đạt chuẩn 95%", want{text: "Đạt chuẩn 95%", cmp: model.CompareEq, value: 95, unit: "%"}, true},
		{"Đạt chuẩn 4 sao", want{}, false},
		{"Tối thiểu có 6 doanh nghiệp", want{text: "Tối thiểu có 6 doanh nghiệp", cmp: model.CompareGe, value: 6, unit: "doanh nghiệp"}, true},
		{"1,9 con/phụ nữ", want{text: "1,9 con/phụ nữ", cmp: model.CompareEq, value: 1.9, unit: "con/phụ nữ"}, true},
		{"7 người trên một vạn dân", want{text: "7 người trên một vạn dân", cmp: model.CompareEq, value: 7, unit: "người trên một vạn dân"}, true},
		{"120 tỷ", want{text: "120 tỷ", cmp: model.CompareEq, value: 1.2e11, unit: "đồng"}, true},
		{`30 \- 40%`, want{text: `30 \- 40%`, cmp: model.CompareBetween, min: 30, max: 40, unit: "%"}, true},
		{"Ít nhất 4 diễn đàn được thành lập.", want{text: "Ít nhất 4 diễn đàn được thành lập.", cmp: model.CompareGe, value: 4, unit: "diễn đàn"}, true},
		{"Một số lĩnh vực đạt trình độ quốc tế", want{}, false},
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

// TestParseValuesForms covers cells that list counts: the output column
// of a task table ("Sản phẩm") holds one target per count, each with its
// unit.
func TestParseValuesForms(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		{"24 tin, bài và 06 phóng sự", []want{
			{text: "24 tin, bài", cmp: model.CompareEq, value: 24, unit: "tin"},
			{text: "06 phóng sự", cmp: model.CompareEq, value: 6, unit: "phóng sự"},
		}},
		{"100.000 chủ rừng là hộ gia đình và 100 chủ rừng là tổ chức", []want{
			{text: "100.000 chủ rừng là hộ gia đình", cmp: model.CompareEq, value: 100000, unit: "chủ rừng"},
			{text: "100 chủ rừng là tổ chức", cmp: model.CompareEq, value: 100, unit: "chủ rừng"},
		}},
		{"5%, 10%", []want{
			{text: "5%", cmp: model.CompareEq, value: 5, unit: "%"},
			{text: "10%", cmp: model.CompareEq, value: 10, unit: "%"},
		}},
		{"≥ 3% và tăng dần theo yêu cầu", []want{{text: "≥ 3% và tăng dần theo yêu cầu", cmp: model.CompareGe, value: 3, unit: "%"}}},
		{"Báo cáo kết quả và 02 hội thảo", nil},
	}
	for _, tt := range tests {
		checkParseValues(t, tt.in, tt.want)
	}
}

// TestFindIndicators covers the lenient rule of FindIndicators: under a
// heading of targets, a metric and a number with its unit state a target
// with no verb, and what Find refuses stays refused.
func TestFindIndicators(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"area, yield and output", "- Diện tích gieo trồng 230.000 ha; năng suất bình quân 71,5 tạ/ha; sản lượng đạt khoảng 1,64 triệu tấn.",
			[]want{
				{text: "230.000 ha", cmp: eq, value: 230000, unit: "ha", metric: "Diện tích gieo trồng"},
				{text: "bình quân 71,5 tạ/ha", cmp: eq, value: 71.5, unit: "tạ/ha", metric: "năng suất"},
				{text: "đạt khoảng 1,64 triệu tấn", cmp: approx, value: 1640000, unit: "tấn", metric: "sản lượng"},
			}},
		{"after a comma", "- Rau màu các loại 18.500 ha, sản lượng 420 nghìn tấn.",
			[]want{
				{text: "18.500 ha", cmp: eq, value: 18500, unit: "ha", metric: "Rau màu"},
				{text: "420 nghìn tấn", cmp: eq, value: 420000, unit: "tấn", metric: "sản lượng"},
			}},
		{"heads of cattle", "- Tổng đàn heo ổn định khoảng 280 nghìn con; đàn bò 95.000 con.",
			[]want{
				{text: "khoảng 280 nghìn con", cmp: approx, value: 280000, unit: "con", metric: "Tổng đàn heo"},
				{text: "95.000 con", cmp: eq, value: 95000, unit: "con", metric: "đàn bò"},
			}},
		{"after a label", "Chỉ tiêu: diện tích gieo trồng lúa 230.000 ha.",
			[]want{{text: "230.000 ha", cmp: eq, value: 230000, unit: "ha", metric: "diện tích gieo trồng lúa"}}},
		{"age", "Tuổi thọ trung bình 74,5 tuổi.",
			[]want{{text: "trung bình 74,5 tuổi", cmp: eq, value: 74.5, unit: "tuổi", metric: "Tuổi thọ"}}},
		{"revenue", "Thu ngân sách nhà nước 12.000 tỷ đồng.",
			[]want{{text: "12.000 tỷ đồng", cmp: eq, value: 1.2e13, unit: "đồng", metric: "Thu ngân sách nhà nước"}}},
		{"income", "Thu nhập bình quân đầu người 80 triệu đồng/năm.",
			[]want{{text: "80 triệu đồng/năm", cmp: eq, value: 8e7, unit: "đồng/năm", metric: "Thu nhập bình quân đầu người"}}},
		{"then a change", "Đàn bò 95.000 con, tăng 5% so với năm 2025.",
			[]want{
				{text: "95.000 con", cmp: eq, value: 95000, unit: "con", metric: "Đàn bò"},
				{text: "tăng 5%", cmp: eq, value: 5, unit: "%", change: inc, metric: "Đàn bò"},
			}},
		{"budget", "- Kinh phí thực hiện 2,5 tỷ đồng.", nil},
		{"budget after a task", "- Hỗ trợ 05 hợp tác xã ứng dụng máy bay không người lái, kinh phí 2,5 tỷ đồng.",
			[]want{{text: "Hỗ trợ 05 hợp tác xã", cmp: eq, value: 5, unit: "hợp tác xã"}}},
		{"budget to allot", "Tham mưu bố trí kinh phí 120 tỷ đồng cho các dự án.", nil},
		{"capital", "Tổng số vốn đầu tư 447 tỷ đồng.", nil},
		{"expected sum", "Tổng thu ngân sách 12.000 tỷ đồng; dự kiến 18,5 tỷ đồng.",
			[]want{{text: "12.000 tỷ đồng", cmp: eq, value: 1.2e13, unit: "đồng", metric: "Tổng thu ngân sách"}}},
		{"time", "Thời gian thực hiện 12 tháng.", nil},
		{"plan parts", "Tập trung thực hiện 03 nhóm giải pháp.", nil},
		{"action after a lead-in", "Tập trung phát triển bền vững 06 khu công nghiệp.", nil},
		{"levels", "Mô hình chính quyền địa phương 2 cấp.", nil},
		{"qualifier in a metric", "Tỷ lệ trẻ em 3 - 5 tuổi đi học đạt 96%.",
			[]want{{text: "đạt 96%", cmp: eq, value: 96, unit: "%", metric: "Tỷ lệ trẻ em 3 - 5 tuổi đi học"}}},
		{"phrase goes on", "Phát triển giáo dục 2 huyện miền núi.", nil},
		{"past", "- Diện tích rừng đã trồng 5.000 ha.", nil},
		{"size of a count", "Xây dựng 15 cánh đồng mẫu lớn với quy mô 50 ha.",
			[]want{{text: "Xây dựng 15 cánh đồng", cmp: eq, value: 15, unit: "cánh đồng"}}},
		{"codes, dates and years", "Kế hoạch số 402/KH-UBND ngày 20/10/2025; giai đoạn 2026 - 2030.", nil},
		{"scheme name", "Diện tích tham gia Đề án 1 triệu ha.", nil},
		{"after a bracket", "Diện tích lúa (năm 2025: 228.500 ha).", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := FindIndicators(tt.in)
			var gs []want
			for _, m := range ms {
				gs = append(gs, got(m.Target))
			}
			ok := len(gs) == len(tt.want)
			for i := 0; ok && i < len(gs); i++ {
				ok = same(gs[i], tt.want[i])
			}
			if !ok {
				t.Errorf("FindIndicators(%q) =\n\t%v\nwant\n\t%v", tt.in, gs, tt.want)
			}
			checkMatches(t, tt.in, ms)
		})
	}
}
