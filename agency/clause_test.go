package agency

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseClause(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Clause
		ok   bool
	}{
		// Lead, cooperating and action.
		{"capitalised word a head excludes in lower case", "Bộ Công Thương:",
			Clause{Lead: []string{"Bộ Công Thương"}, LeadOnly: true}, true},
		{"excluded word in lower case", "Bộ công cụ hỗ trợ doanh nghiệp", Clause{}, false},
		{"lead and cooperating", "Sở A chủ trì, phối hợp với các sở, ban, ngành và địa phương:",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các sở, ban, ngành", "địa phương"}}, true},
		{"no comma before phối hợp", "Sở Du lịch chủ trì phối hợp với các sở, ban, ngành, địa phương:",
			Clause{Lead: []string{"Sở Du lịch"}, Cooperating: []string{"các sở, ban, ngành", "địa phương"}}, true},
		{"phối hợp without với", "Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan, đơn vị và các địa phương:",
			Clause{Lead: []string{"Bộ Chỉ huy Quân sự tỉnh"},
				Cooperating: []string{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "các cơ quan, đơn vị", "các địa phương"}}, true},
		{"trailing thực hiện", "Sở Ngoại vụ chủ trì, phối hợp với các ngành liên quan thực hiện:",
			Clause{Lead: []string{"Sở Ngoại vụ"}, Cooperating: []string{"các ngành liên quan"}, Action: "thực hiện"}, true},
		{"action after the list", "Bộ X chủ trì, phối hợp với Bộ Y, Bộ Z rà soát toàn diện dự thảo.",
			Clause{Lead: []string{"Bộ X"}, Cooperating: []string{"Bộ Y", "Bộ Z"}, Action: "rà soát toàn diện dự thảo"}, true},
		{"list ends at a verb without comma", "Cục A chủ trì, phối hợp với Cục B, Cục C và các địa phương có rừng ứng dụng công nghệ viễn thám",
			Clause{Lead: []string{"Cục A"}, Cooperating: []string{"Cục B", "Cục C", "các địa phương có rừng"},
				Action: "ứng dụng công nghệ viễn thám"}, true},
		{"list ends at nâng cấp", "Sở A chủ trì, phối hợp với Sở Tài chính nâng cấp đường truyền cho 150 trường học.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở Tài chính"}, Action: "nâng cấp đường truyền cho 150 trường học"}, true},
		{"list ends at đưa", "Sở A chủ trì, phối hợp với Sở Khoa học và Công nghệ đưa 80% thủ tục lên cổng dịch vụ công.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở Khoa học và Công nghệ"}, Action: "đưa 80% thủ tục lên cổng dịch vụ công"}, true},
		{"list ends at cắt giảm", "Cục A phối hợp với Tổng cục B (Bộ C) cắt giảm 20 thủ tục.",
			Clause{Lead: []string{"Cục A"}, Cooperating: []string{"Tổng cục B (Bộ C)"}, Action: "cắt giảm 20 thủ tục"}, true},
		{"list ends at treo", "Sở A chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện treo 50 băng rôn, khẩu hiệu.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Phòng Văn hóa và Thông tin huyện"}, Action: "treo 50 băng rôn, khẩu hiệu"}, true},
		{"list ends at mua sắm", "Sở A chủ trì, phối hợp với Sở Tài chính mua sắm trang thiết bị.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở Tài chính"}, Action: "mua sắm trang thiết bị"}, true},
		{"mua sắm inside a name", "Trung tâm mua sắm công tỉnh:",
			Clause{Lead: []string{"Trung tâm mua sắm công tỉnh"}, LeadOnly: true}, true},
		// Task verbs of plans end a list of agencies; those that also
		// name what a centre, fund or board does stay inside names after
		// their head, a comma or another activity.
		{"list ends at củng cố", "Sở A chủ trì, phối hợp với Sở Tài chính củng cố hệ thống thông tin.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở Tài chính"}, Action: "củng cố hệ thống thông tin"}, true},
		{"list ends at thu hồi", "Sở A chủ trì, phối hợp với Ủy ban nhân dân huyện thu hồi đất của các dự án chậm tiến độ.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Ủy ban nhân dân huyện"}, Action: "thu hồi đất của các dự án chậm tiến độ"}, true},
		{"list ends at lắp đặt", "Sở A chủ trì, phối hợp với Công an tỉnh, Sở Xây dựng lắp đặt 30 camera giám sát.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Công an tỉnh", "Sở Xây dựng"}, Action: "lắp đặt 30 camera giám sát"}, true},
		{"list ends at sửa chữa", "Sở A chủ trì, phối hợp với Ủy ban nhân dân các huyện sửa chữa 20 km đường.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Ủy ban nhân dân các huyện"}, Action: "sửa chữa 20 km đường"}, true},
		{"list ends at trồng", "Sở A chủ trì, phối hợp với Ủy ban nhân dân các xã trồng 100 ha rừng.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Ủy ban nhân dân các xã"}, Action: "trồng 100 ha rừng"}, true},
		{"list ends at tập huấn", "Sở Y tế phối hợp với Hội Chữ thập đỏ tỉnh tập huấn sơ cấp cứu cho 200 tình nguyện viên.",
			Clause{Lead: []string{"Sở Y tế"}, Cooperating: []string{"Hội Chữ thập đỏ tỉnh"}, Action: "tập huấn sơ cấp cứu cho 200 tình nguyện viên"}, true},
		{"lead ends at quán triệt", "Ban Tuyên giáo Tỉnh ủy quán triệt nghị quyết đến cán bộ, đảng viên.",
			Clause{Lead: []string{"Ban Tuyên giáo Tỉnh ủy"}, Action: "quán triệt nghị quyết đến cán bộ, đảng viên"}, true},
		{"lead ends at trực tiếp", "Sở A trực tiếp chỉ đạo các đơn vị trực thuộc.",
			Clause{Lead: []string{"Sở A"}, Action: "trực tiếp chỉ đạo các đơn vị trực thuộc"}, true},
		{"điều phối inside a name", "Văn phòng điều phối nông thôn mới tỉnh rà soát tiêu chí.",
			Clause{Lead: []string{"Văn phòng điều phối nông thôn mới tỉnh"}, Action: "rà soát tiêu chí"}, true},
		{"giải phóng after a comma inside a name", "Sở A phối hợp với Ban Bồi thường, giải phóng mặt bằng huyện bàn giao mặt bằng.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Ban Bồi thường, giải phóng mặt bằng huyện"}, Action: "bàn giao mặt bằng"}, true},
		{"ứng dụng after a head inside a name", "Trung tâm ứng dụng tiến bộ khoa học và công nghệ tỉnh chuyển giao giống mới.",
			Clause{Lead: []string{"Trung tâm ứng dụng tiến bộ khoa học và công nghệ tỉnh"}, Action: "chuyển giao giống mới"}, true},
		{"tích hợp after a head inside a name", "Trung tâm tích hợp dữ liệu tỉnh vận hành nền tảng.",
			Clause{Lead: []string{"Trung tâm tích hợp dữ liệu tỉnh"}, Action: "vận hành nền tảng"}, true},
		{"trợ giúp is a word", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh tư vấn miễn phí.",
			Clause{Lead: []string{"Trung tâm Trợ giúp pháp lý nhà nước tỉnh"}, Action: "tư vấn miễn phí"}, true},
		{"cây trồng is a word", "Trung tâm giống cây trồng tỉnh sản xuất giống lúa.",
			Clause{Lead: []string{"Trung tâm giống cây trồng tỉnh"}, Action: "sản xuất giống lúa"}, true},
		{"phục vụ after a head inside a name", "Trung tâm phục vụ hành chính công tỉnh tiếp nhận hồ sơ.",
			Clause{Lead: []string{"Trung tâm phục vụ hành chính công tỉnh"}, Action: "tiếp nhận hồ sơ"}, true},
		{"lưu trữ after a dash inside a name", "Chi cục Văn thư - lưu trữ số hóa tài liệu.",
			Clause{Lead: []string{"Chi cục Văn thư - lưu trữ"}, Action: "số hóa tài liệu"}, true},
		// A name that closes with a bracket is complete: a lower-case
		// word after it that cannot continue a name is a verb the lexicon
		// does not know.
		{"list ends after a bracket at an unknown verb", "Cục A chủ trì, phối hợp với Tổng cục Hải quan (Bộ Tài chính) in 500 tờ rơi.",
			Clause{Lead: []string{"Cục A"}, Cooperating: []string{"Tổng cục Hải quan (Bộ Tài chính)"}, Action: "in 500 tờ rơi"}, true},
		{"list ends after a bracket, two names", "Sở A chủ trì, phối hợp với Sở B, Công an tỉnh (Phòng Cảnh sát giao thông) dựng 30 biển báo.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B", "Công an tỉnh (Phòng Cảnh sát giao thông)"}, Action: "dựng 30 biển báo"}, true},
		{"lead ends after a bracket", "Ban A (thành lập theo Quyết định số 1/QĐ-TTg) in tài liệu hướng dẫn.",
			Clause{Lead: []string{"Ban A (thành lập theo Quyết định số 1/QĐ-TTg)"}, Action: "in tài liệu hướng dẫn"}, true},
		// Names of bodies since 2025 ("Thuế tỉnh", "Thống kê tỉnh",
		// "Thuế cơ sở"), office holders after "Đồng chí", Party cells.
		{"thuế tỉnh as a head", "Thuế tỉnh Bình Định thực hiện các nhiệm vụ sau:",
			Clause{Lead: []string{"Thuế tỉnh Bình Định"}, Action: "thực hiện các nhiệm vụ sau"}, true},
		{"thống kê tỉnh as a head", "Thống kê tỉnh chủ trì, phối hợp với Sở Tài chính tổng hợp số liệu.",
			Clause{Lead: []string{"Thống kê tỉnh"}, Cooperating: []string{"Sở Tài chính"}, Action: "tổng hợp số liệu"}, true},
		{"thuế cơ sở as a head", "Sở A phối hợp với Thuế cơ sở 2 tỉnh Bình Định, Kho bạc Nhà nước khu vực XV rà soát.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Thuế cơ sở 2 tỉnh Bình Định", "Kho bạc Nhà nước khu vực XV"},
				Action: "rà soát"}, true},
		{"thống kê as a whole name before a verb", "Chi cục Thống kê xây dựng kế hoạch điều tra.",
			Clause{Lead: []string{"Chi cục Thống kê"}, Action: "xây dựng kế hoạch điều tra"}, true},
		{"thuế as a whole name before a verb", "Cục Thuế xây dựng cơ sở dữ liệu.",
			Clause{Lead: []string{"Cục Thuế"}, Action: "xây dựng cơ sở dữ liệu"}, true},
		{"tax, not a body", "Thuế thu nhập cá nhân tăng 10% so với năm trước.", Clause{}, false},
		{"statistics, not a body", "Thống kê, đánh giá kết quả thực hiện", Clause{}, false},
		{"đồng chí before an office holder", "Đồng chí Phó Chủ tịch UBND tỉnh phụ trách khối văn hóa - xã hội trực tiếp chỉ đạo triển khai Kế hoạch.",
			Clause{Lead: []string{"Đồng chí Phó Chủ tịch UBND tỉnh phụ trách khối văn hóa - xã hội"},
				Action: "trực tiếp chỉ đạo triển khai Kế hoạch"}, true},
		{"đồng chí bí thư", "Đồng chí Bí thư Đảng ủy xã chủ trì, phối hợp với Ủy ban nhân dân xã kiểm tra.",
			Clause{Lead: []string{"Đồng chí Bí thư Đảng ủy xã"}, Cooperating: []string{"Ủy ban nhân dân xã"}, Action: "kiểm tra"}, true},
		{"đồng chí before a person", "Đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh", Clause{}, false},
		{"party cells of villages", "Các chi bộ thôn chủ động vận động Nhân dân góp công, góp đất.",
			Clause{Lead: []string{"Các chi bộ thôn"}, Action: "chủ động vận động Nhân dân góp công, góp đất"}, true},
		{"party cells among collectives", "Các chi bộ, cơ quan, đoàn thể căn cứ Chương trình này xây dựng kế hoạch.",
			Clause{Lead: []string{"Các chi bộ, cơ quan, đoàn thể"}, Action: "căn cứ Chương trình này xây dựng kế hoạch"}, true},
		{"branches of mass organisations", "Chi hội Nông dân thôn Đông chủ trì, phối hợp với Chi đoàn thôn tổ chức ra quân.",
			Clause{Lead: []string{"Chi hội Nông dân thôn Đông"}, Cooperating: []string{"Chi đoàn thôn"}, Action: "tổ chức ra quân"}, true},
		{"expenses, not a branch", "Chi hội nghị sơ kết, tổng kết theo quy định.", Clause{}, false},
		{"party cell of a village", "Chi bộ thôn 3 có trách nhiệm tuyên truyền.",
			Clause{Lead: []string{"Chi bộ thôn 3"}, Action: "tuyên truyền"}, true},
		// A capitalised noun phrase whose head the lexicon does not know
		// leads before a verb that only a subject takes.
		{"unknown head before phối hợp với", "Hợp tác xã dịch vụ nông nghiệp Tân Phú phối hợp với Hội Nông dân xã tổ chức chuỗi liên kết.",
			Clause{Lead: []string{"Hợp tác xã dịch vụ nông nghiệp Tân Phú"}, Cooperating: []string{"Hội Nông dân xã"},
				Action: "tổ chức chuỗi liên kết"}, true},
		{"unknown head before chủ trì", "Tổ Công nghệ số cộng đồng xã chủ trì hướng dẫn người dân cài đặt ứng dụng.",
			Clause{Lead: []string{"Tổ Công nghệ số cộng đồng xã"}, Action: "hướng dẫn người dân cài đặt ứng dụng"}, true},
		{"unknown head before có trách nhiệm", "Điểm Bưu điện văn hóa xã có trách nhiệm hỗ trợ người dân.",
			Clause{Lead: []string{"Điểm Bưu điện văn hóa xã"}, Action: "hỗ trợ người dân"}, true},
		{"event chaired by an agency", "Hội nghị do UBND tỉnh chủ trì tổ chức vào quý I.", Clause{}, false},
		{"noun before phối hợp", "Quy chế phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh được ban hành.", Clause{}, false},
		{"common noun before có trách nhiệm", "Mỗi cán bộ, đảng viên có trách nhiệm gương mẫu.", Clause{}, false},
		{"common noun alone before chịu trách nhiệm", "Người đứng đầu chịu trách nhiệm trước cấp trên.", Clause{}, false},
		{"field name before chủ trì", "Nhiệm vụ chủ trì: xây dựng đề án", Clause{}, false},
		// Names that hold a verb after "và" or after a capitalised verb.
		{"tìm kiếm cứu nạn after và", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì, phối hợp với Sở A thực hiện.",
			Clause{Lead: []string{"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"}, Cooperating: []string{"Sở A"},
				Action: "thực hiện"}, true},
		{"phòng thủ after và", "Sở A phối hợp với Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh rà soát.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh"},
				Action: "rà soát"}, true},
		{"verb after a capitalised phối hợp", "Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức hội nghị.",
			Clause{Lead: []string{"Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh"}, Action: "tổ chức hội nghị"}, true},
		{"quân sự before chủ trì", "Ban Chỉ huy Quân sự chủ trì, phối hợp với Công an xã tổ chức diễn tập.",
			Clause{Lead: []string{"Ban Chỉ huy Quân sự"}, Cooperating: []string{"Công an xã"}, Action: "tổ chức diễn tập"}, true},
		{"dân sự before a verb", "Sở A phối hợp với Ban Chỉ huy phòng thủ dân sự tổ chức diễn tập.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Ban Chỉ huy phòng thủ dân sự"}, Action: "tổ chức diễn tập"}, true},
		{"sự before a verb is a noun", "Sở A phối hợp với Sở B tăng cường sự phối hợp.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B"}, Action: "tăng cường sự phối hợp"}, true},
		{"list ends at nắm", "Phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh nắm tình hình các hoạt động tôn giáo.",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"},
				Action: "nắm tình hình các hoạt động tôn giáo"}, true},
		{"qualifier after a bracket", "Sở A chủ trì, phối hợp với các cơ quan (đơn vị) liên quan thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các cơ quan (đơn vị) liên quan"}, Action: "thực hiện"}, true},
		{"collective tail after a bracket", "Sở A chủ trì, phối hợp với các cơ quan (đơn vị) chức năng thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các cơ quan (đơn vị) chức năng"}, Action: "thực hiện"}, true},
		{"place after a bracket", "Sở A chủ trì, phối hợp với Sở B (Chi cục C) tỉnh thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B (Chi cục C) tỉnh"}, Action: "thực hiện"}, true},
		{"preposition after a bracket", "Sở A chủ trì, phối hợp với Sở B (Chi cục C) của tỉnh thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B (Chi cục C) của tỉnh"}, Action: "thực hiện"}, true},
		{"và after a bracket", "Sở A chủ trì, phối hợp với Sở B (cơ quan thường trực) và các sở, ngành thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B (cơ quan thường trực)", "các sở, ngành"}, Action: "thực hiện"}, true},
		{"list ends at an opener", "Sở A chủ trì, phối hợp với các cơ quan, đơn vị trong việc huy động nguồn lực",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các cơ quan, đơn vị"}, Action: "trong việc huy động nguồn lực"}, true},
		{"list ends at trong before a verb", "Phối hợp chặt chẽ với các địa phương lân cận và các cơ quan Trung ương trong kiểm soát chất lượng nước.",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"các địa phương lân cận", "các cơ quan Trung ương"},
				Action: "trong kiểm soát chất lượng nước"}, true},
		{"list ends at trong before a plain verb", "Sở A chủ trì, phối hợp với các cơ quan Trung ương trong thực hiện kế hoạch",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các cơ quan Trung ương"}, Action: "trong thực hiện kế hoạch"}, true},
		{"trong before a noun stays in the name", "Sở A chủ trì, phối hợp với các cơ quan trong tỉnh triển khai",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các cơ quan trong tỉnh"}, Action: "triển khai"}, true},
		{"chủ trì cùng với", "Sở A chủ trì, cùng với Sở B tổ chức hội nghị",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B"}, Action: "tổ chức hội nghị"}, true},
		{"chủ trì with an object", "Các đơn vị chủ trì nhiệm vụ được giao",
			Clause{Lead: []string{"Các đơn vị"}, Action: "chủ trì nhiệm vụ được giao"}, true},
		{"chủ trì then verb", "Sở A chủ trì tổ chức hội nghị",
			Clause{Lead: []string{"Sở A"}, Action: "tổ chức hội nghị"}, true},
		{"phối hợp as the subject's verb", "Sở Tài chính phối hợp các cơ quan liên quan bố trí kinh phí",
			Clause{Lead: []string{"Sở Tài chính"}, Cooperating: []string{"các cơ quan liên quan"}, Action: "bố trí kinh phí"}, true},
		{"phối hợp chặt chẽ với", "Sở A phối hợp chặt chẽ với Sở B theo dõi",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B"}, Action: "theo dõi"}, true},
		// A subject that only "phối hợp", with nobody to cooperate with,
		// takes part in the work of the lead it inherits.
		{"phối hợp without an object", "Cục Biến đổi khí hậu phối hợp thực hiện các nhiệm vụ liên quan đến NDC",
			Clause{Inherits: true, Cooperating: []string{"Cục Biến đổi khí hậu"}, Action: "thực hiện các nhiệm vụ liên quan đến NDC"}, true},
		{"phối hợp without an object, two verbs", "Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết;",
			Clause{Inherits: true, Cooperating: []string{"Văn phòng Tỉnh ủy"}, Action: "theo dõi, đôn đốc thực hiện Nghị quyết"}, true},
		{"phối hợp without an object, after an adverb", "Sở A chủ động phối hợp triển khai",
			Clause{Inherits: true, Cooperating: []string{"Sở A"}, Action: "triển khai"}, true},
		{"phối hợp without an object, several", "Sở A, Sở B phối hợp.",
			Clause{Inherits: true, Cooperating: []string{"Sở A", "Sở B"}}, true},
		// "Đề nghị X …" asks X of the task, which it leads (domain.md
		// §3), even when its verb is "phối hợp"; "Giao X phối hợp …"
		// gives X a part in the task of the lead above.
		{"phối hợp without an object, asked", "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tuyên truyền",
			Clause{Request: true, Lead: []string{"Ủy ban Mặt trận Tổ quốc tỉnh"}, Action: "tuyên truyền"}, true},
		{"phối hợp without an object, given", "Giao Công an tỉnh phối hợp thực hiện",
			Clause{Inherits: true, Cooperating: []string{"Công an tỉnh"}, Action: "thực hiện"}, true},

		// A name whose last words are a coordinated noun ("và Đào tạo")
		// ends before a verb that may be inside names.
		{"và Đào tạo then xây dựng", "Sở Giáo dục và Đào tạo xây dựng kho học liệu số dùng chung.",
			Clause{Lead: []string{"Sở Giáo dục và Đào tạo"}, Action: "xây dựng kho học liệu số dùng chung"}, true},
		{"và Đào tạo then phát triển", "Sở Giáo dục và Đào tạo phát triển kho học liệu số.",
			Clause{Lead: []string{"Sở Giáo dục và Đào tạo"}, Action: "phát triển kho học liệu số"}, true},
		{"và Đào tạo then kiểm tra", "Bộ Giáo dục và Đào tạo kiểm tra việc dạy thêm.",
			Clause{Lead: []string{"Bộ Giáo dục và Đào tạo"}, Action: "kiểm tra việc dạy thêm"}, true},
		{"và Đầu tư then xây dựng", "Sở Kế hoạch và Đầu tư xây dựng kế hoạch.",
			Clause{Lead: []string{"Sở Kế hoạch và Đầu tư"}, Action: "xây dựng kế hoạch"}, true},
		{"và Công nghệ then phát triển", "Sở Khoa học và Công nghệ phát triển thị trường.",
			Clause{Lead: []string{"Sở Khoa học và Công nghệ"}, Action: "phát triển thị trường"}, true},
		{"activity of a name stays whole", "Ban Quản lý dự án đầu tư xây dựng tỉnh xây dựng kế hoạch.",
			Clause{Lead: []string{"Ban Quản lý dự án đầu tư xây dựng tỉnh"}, Action: "xây dựng kế hoạch"}, true},
		{"Xúc tiến Đầu tư stays whole", "Trung tâm Xúc tiến Đầu tư:",
			Clause{Lead: []string{"Trung tâm Xúc tiến Đầu tư"}, LeadOnly: true}, true},

		// Leads only.
		{"agency and colon", "Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh:",
			Clause{Lead: []string{"Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh"}, LeadOnly: true}, true},
		{"university", "Đại học Huế:", Clause{Lead: []string{"Đại học Huế"}, LeadOnly: true}, true},
		{"agency without colon", "Ủy ban nhân dân các huyện, thị xã và thành phố Huế",
			Clause{Lead: []string{"Ủy ban nhân dân các huyện, thị xã và thành phố Huế"}, LeadOnly: true}, true},
		{"ministry", "Bộ Tài nguyên và Môi trường", Clause{Lead: []string{"Bộ Tài nguyên và Môi trường"}, LeadOnly: true}, true},
		{"comma in name", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh:",
			Clause{Lead: []string{"Ban Quản lý Khu kinh tế, công nghiệp tỉnh"}, LeadOnly: true}, true},
		{"responsibility of", "Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
			Clause{Lead: []string{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}, LeadOnly: true}, true},
		{"tasks of, upper case", "NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
			Clause{Lead: []string{"BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"}, LeadOnly: true}, true},
		{"colon then text", "Sở Y tế: chủ trì triển khai chiến dịch",
			Clause{Lead: []string{"Sở Y tế"}, Action: "chủ trì triển khai chiến dịch"}, true},
		{"markdown", "**Sở Y tế:**", Clause{Lead: []string{"Sở Y tế"}, LeadOnly: true}, true},

		// Several leads.
		{"three leads", "Sở Kế hoạch và Đầu tư, Ban Quản lý Khu kinh tế, công nghiệp tỉnh, Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh theo dõi, đôn đốc, hỗ trợ nhà đầu tư triển khai các dự án",
			Clause{Lead: []string{"Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh",
				"Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh"},
				Action: "theo dõi, đôn đốc, hỗ trợ nhà đầu tư triển khai các dự án"}, true},
		{"leads separated by semicolon", "Viện A; Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu tham mưu xây dựng",
			Clause{Lead: []string{"Viện A", "Viện Chiến lược, Chính sách tài nguyên và môi trường"},
				Action: "nghiên cứu tham mưu xây dựng"}, true},
		{"collectives as leads", "Các Sở, ban, ngành, các cơ quan, đơn vị, địa phương của tỉnh chủ động xây dựng kế hoạch",
			Clause{Lead: []string{"Các Sở, ban, ngành", "các cơ quan, đơn vị", "địa phương của tỉnh"},
				Action: "chủ động xây dựng kế hoạch"}, true},
		{"officials", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ tập trung chỉ đạo",
			Clause{Lead: []string{"Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"}, Action: "tập trung chỉ đạo"}, true},
		{"namey verb after a place", "Các sở, ngành xây dựng kế hoạch",
			Clause{Lead: []string{"Các sở, ngành"}, Action: "xây dựng kế hoạch"}, true},
		{"head without accents", "Vu Kế hoạch - Tài chính tham mưu cho Lãnh đạo Bộ",
			Clause{Lead: []string{"Vu Kế hoạch - Tài chính"}, Action: "tham mưu cho Lãnh đạo Bộ"}, true},
		{"activities inside a name", "Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì thẩm định",
			Clause{Lead: []string{"Ban Quản lý dự án đầu tư xây dựng tỉnh"}, Action: "thẩm định"}, true},
		{"activity after a coordinated name", "Sở Kế hoạch và Đầu tư xây dựng kế hoạch",
			Clause{Lead: []string{"Sở Kế hoạch và Đầu tư"}, Action: "xây dựng kế hoạch"}, true},
		{"activity after a capitalised activity", "Trung tâm Xúc tiến đầu tư tỉnh tổ chức hội nghị",
			Clause{Lead: []string{"Trung tâm Xúc tiến đầu tư tỉnh"}, Action: "tổ chức hội nghị"}, true},
		{"compound ending in a verb syllable", "Bộ Ngoại giao trình Chính phủ",
			Clause{Lead: []string{"Bộ Ngoại giao"}, Action: "trình Chính phủ"}, true},
		{"name with a domain phrase", "Ban Chỉ đạo về kế hoạch bảo vệ và phát triển rừng chỉ đạo tổ chức thực hiện",
			Clause{Lead: []string{"Ban Chỉ đạo về kế hoạch bảo vệ và phát triển rừng"}, Action: "chỉ đạo tổ chức thực hiện"}, true},
		{"verb after a head", "Các viện nghiên cứu, trường đại học có trách nhiệm phối hợp",
			Clause{Lead: []string{"Các viện nghiên cứu", "trường đại học"}, Action: "phối hợp"}, true},
		{"brackets", "Ban A (thành lập theo Quyết định số 1/QĐ-TTg) chỉ đạo thực hiện",
			Clause{Lead: []string{"Ban A (thành lập theo Quyết định số 1/QĐ-TTg)"}, Action: "chỉ đạo thực hiện"}, true},

		// Duties and tasks given.
		{"có trách nhiệm:", "Cục Biến đổi khí hậu có trách nhiệm:", Clause{Lead: []string{"Cục Biến đổi khí hậu"}}, true},
		{"có trách nhiệm + action", "Sở Y tế có trách nhiệm kịp thời tổng hợp",
			Clause{Lead: []string{"Sở Y tế"}, Action: "kịp thời tổng hợp"}, true},
		{"tham mưu", "Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh",
			Clause{Lead: []string{"Sở Nội vụ"}, Action: "tham mưu Ủy ban nhân dân tỉnh"}, true},
		{"giao", "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hướng dẫn",
			Clause{Lead: []string{"Sở Tài chính"}, Cooperating: []string{"Sở Nội vụ"}, Action: "hướng dẫn"}, true},
		{"giao cho", "Giao cho Công an tỉnh chủ trì thực hiện",
			Clause{Lead: []string{"Công an tỉnh"}, Action: "thực hiện"}, true},
		{"giao after an opening clause", "Trên cơ sở kết quả dự báo, giao Sở Y tế rà soát phương án.",
			Clause{Lead: []string{"Sở Y tế"}, Action: "rà soát phương án"}, true},
		{"giao cho after an opening clause", "Để bảo đảm tiến độ, giao cho Đài Phát thanh và Truyền hình tỉnh phối hợp với các cơ quan tuyên truyền.",
			Clause{Lead: []string{"Đài Phát thanh và Truyền hình tỉnh"}, Cooperating: []string{"các cơ quan"}, Action: "tuyên truyền"}, true},
		{"giao a task after an opening clause", "Căn cứ Quyết định số 12/QĐ-UBND, giao nhiệm vụ cho các đơn vị như sau:", Clause{}, false},
		{"issuer gives the task", "Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì thẩm định",
			Clause{Lead: []string{"Sở Xây dựng"}, Action: "thẩm định"}, true},
		{"request", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường giám sát",
			Clause{Lead: []string{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"},
				Action: "tăng cường giám sát", Request: true}, true},
		{"request, lead only", "Đề nghị Tòa án nhân dân tỉnh:",
			Clause{Lead: []string{"Tòa án nhân dân tỉnh"}, LeadOnly: true, Request: true}, true},
		{"issuer asks", "Bộ Tài chính đề nghị các địa phương báo cáo",
			Clause{Lead: []string{"các địa phương"}, Action: "báo cáo", Request: true}, true},

		// Inherited leads.
		{"chủ trì, phối hợp", "Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư, UBND huyện A và các Sở, ban, ngành có liên quan tiếp tục thực hiện tốt thí điểm",
			Clause{Inherits: true, Cooperating: []string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND huyện A",
				"các Sở, ban, ngành có liên quan"}, Action: "tiếp tục thực hiện tốt thí điểm"}, true},
		{"phối hợp", "Phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính và các bộ, ngành liên quan trong quá trình xây dựng cơ chế",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
				"các bộ, ngành liên quan"}, Action: "trong quá trình xây dựng cơ chế"}, true},
		{"chủ trì alone", "Chủ trì xây dựng đề án", Clause{Inherits: true, Action: "xây dựng đề án"}, true},
		{"adverb first", "Chủ động phối hợp, tạo điều kiện cho các cấp",
			Clause{Inherits: true, Assists: true, Action: "tạo điều kiện cho các cấp"}, true},
		{"lead-in first", "Hằng năm, phối hợp với Bộ A tổng hợp nhu cầu",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"Bộ A"}, Action: "tổng hợp nhu cầu"}, true},
		{"bullet", "- Phối hợp với UBND tỉnh, thành phố trực thuộc trung ương rà soát",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"UBND tỉnh, thành phố trực thuộc trung ương"}, Action: "rà soát"}, true},
		{"own lead in a bullet", "Sở Y tế chủ trì tổ chức", Clause{Lead: []string{"Sở Y tế"}, Action: "tổ chức"}, true},

		// Spellings.
		{"upper case", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ CHỦ TRÌ, PHỐI HỢP VỚI CÁC SỞ, NGÀNH:",
			Clause{Lead: []string{"SỞ KẾ HOẠCH VÀ ĐẦU TƯ"}, Cooperating: []string{"CÁC SỞ, NGÀNH"}}, true},
		{"upper case plain verb", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ THEO DÕI",
			Clause{Lead: []string{"SỞ KẾ HOẠCH VÀ ĐẦU TƯ"}, Action: "THEO DÕI"}, true},
		{"old tone marks", "Uỷ ban nhân dân tỉnh chủ trì", Clause{Lead: []string{"Uỷ ban nhân dân tỉnh"}}, true},
		{"first sentence only", "Sở A chủ trì thực hiện. Sở B phối hợp với Sở C.",
			Clause{Lead: []string{"Sở A"}, Action: "thực hiện"}, true},
		{"abbreviation is no sentence end", "UBND TP. Huế chủ trì", Clause{Lead: []string{"UBND TP. Huế"}}, true},
		{"hard wrap", "Sở Tài nguyên\nvà Môi trường chủ trì", Clause{Lead: []string{"Sở Tài nguyên\nvà Môi trường"}}, true},

		// Verbs that are also nouns.
		{"lãnh đạo after a complete name", "Đảng ủy Sở A lãnh đạo Sở A ban hành quy chế làm việc",
			Clause{Lead: []string{"Đảng ủy Sở A"}, Action: "lãnh đạo Sở A ban hành quy chế làm việc"}, true},
		{"lãnh đạo after a name", "Huyện ủy B lãnh đạo Ủy ban nhân dân huyện B xây dựng đề án",
			Clause{Lead: []string{"Huyện ủy B"}, Action: "lãnh đạo Ủy ban nhân dân huyện B xây dựng đề án"}, true},
		{"lãnh đạo, chỉ đạo", "Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo triển khai",
			Clause{Lead: []string{"Ban Thường vụ Huyện ủy"}, Action: "lãnh đạo, chỉ đạo triển khai"}, true},
		{"lãnh đạo, chỉ đạo after a list", "Các cấp ủy, chính quyền, lãnh đạo, chỉ đạo triển khai",
			Clause{Lead: []string{"Các cấp ủy", "chính quyền"}, Action: "lãnh đạo, chỉ đạo triển khai"}, true},
		{"lãnh đạo a noun after a comma", "Sở A, lãnh đạo các phòng chuyên môn có trách nhiệm phổ biến",
			Clause{Lead: []string{"Sở A", "lãnh đạo các phòng chuyên môn"}, Action: "phổ biến"}, true},
		{"lãnh đạo after a place level, before a namey verb", "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo đầu tư xây dựng hạ tầng.",
			Clause{Lead: []string{"Ban cán sự đảng Ủy ban nhân dân tỉnh"}, Action: "lãnh đạo đầu tư xây dựng hạ tầng"}, true},
		{"lãnh đạo a noun before a namey verb", "Trường Bồi dưỡng cán bộ lãnh đạo quản lý tổ chức lớp học",
			Clause{Lead: []string{"Trường Bồi dưỡng cán bộ lãnh đạo quản lý"}, Action: "tổ chức lớp học"}, true},
		{"lãnh đạo a noun inside a name", "Trường Bồi dưỡng cán bộ lãnh đạo, quản lý tổ chức lớp học",
			Clause{Lead: []string{"Trường Bồi dưỡng cán bộ lãnh đạo, quản lý"}, Action: "tổ chức lớp học"}, true},
		{"chỉ đạo", "UBND huyện chỉ đạo các phòng rà soát",
			Clause{Lead: []string{"UBND huyện"}, Action: "chỉ đạo các phòng rà soát"}, true},
		{"leadership of a body", "Lãnh đạo Sở A chỉ đạo các phòng thực hiện",
			Clause{Lead: []string{"Lãnh đạo Sở A"}, Action: "chỉ đạo các phòng thực hiện"}, true},
		{"leadership heading", "Lãnh đạo Ban B", Clause{Lead: []string{"Lãnh đạo Ban B"}, LeadOnly: true}, true},
		{"leadership of a ministry", "Lãnh đạo Bộ:", Clause{Lead: []string{"Lãnh đạo Bộ"}, LeadOnly: true}, true},
		{"lãnh đạo a verb first", "Lãnh đạo các cấp ủy quán triệt nghị quyết", Clause{}, false},
		{"lãnh đạo, chỉ đạo first", "Lãnh đạo, chỉ đạo các cơ quan thực hiện", Clause{}, false},
		{"standing body", "Thường trực Hội đồng nhân dân huyện C:",
			Clause{Lead: []string{"Thường trực Hội đồng nhân dân huyện C"}, LeadOnly: true}, true},
		{"party cell heading", "Tổ đảng ở Thường trực Ủy ban D",
			Clause{Lead: []string{"Tổ đảng ở Thường trực Ủy ban D"}, LeadOnly: true}, true},
		{"office holders", "Tổ trưởng Tổ công tác, Chủ nhiệm Văn phòng E có trách nhiệm theo dõi",
			Clause{Lead: []string{"Tổ trưởng Tổ công tác", "Chủ nhiệm Văn phòng E"}, Action: "theo dõi"}, true},

		// A short adverbial before the subject.
		{"định kỳ", "Định kỳ, Sở A chủ trì, phối hợp với Sở B tổng hợp kết quả",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B"}, Action: "tổng hợp kết quả"}, true},
		{"quarter", "Trong quý II/2030, các sở, ngành hoàn thành rà soát",
			Clause{Lead: []string{"các sở, ngành"}, Action: "hoàn thành rà soát"}, true},
		{"every year", "Hằng năm, Ủy ban nhân dân các huyện báo cáo",
			Clause{Lead: []string{"Ủy ban nhân dân các huyện"}, Action: "báo cáo"}, true},
		// An opening clause of basis, purpose, condition or time, with
		// commas, verbs and agencies of its own, before the subject.
		{"căn cứ, two commas", "Căn cứ chức năng, nhiệm vụ, Sở A chủ trì rà soát quy hoạch.",
			Clause{Lead: []string{"Sở A"}, Action: "rà soát quy hoạch"}, true},
		{"trên cơ sở, then căn cứ", "Trên cơ sở các nhiệm vụ nêu trong Nghị quyết, căn cứ chức năng, nhiệm vụ được phân công, Bộ trưởng, Thủ trưởng cơ quan ngang bộ có trách nhiệm xây dựng kế hoạch",
			Clause{Lead: []string{"Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"}, Action: "xây dựng kế hoạch"}, true},
		{"trong quá trình, nếu", "Trong quá trình thực hiện, nếu có vướng mắc, phát sinh, Thủ trưởng các cơ quan, đơn vị chủ động báo cáo Sở B",
			Clause{Lead: []string{"Thủ trưởng các cơ quan, đơn vị"}, Action: "chủ động báo cáo Sở B"}, true},
		{"để, an agency inside", "Để triển khai Kế hoạch của Bộ C, Sở A chủ trì, phối hợp với Sở B xây dựng kế hoạch.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B"}, Action: "xây dựng kế hoạch"}, true},
		{"sau khi", "Sau khi Kế hoạch được ban hành, các cơ quan, đơn vị triển khai ngay.",
			Clause{Lead: []string{"các cơ quan, đơn vị"}, Action: "triển khai ngay"}, true},
		{"adverb before phối hợp", "Sở A chủ động phối hợp với Sở B triển khai",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B"}, Action: "triển khai"}, true},
		{"opening clause, adverb before phối hợp", "Theo chức năng, nhiệm vụ, các bộ, ngành tích cực phối hợp chặt chẽ với Bộ C, Bộ D tổ chức tuyên truyền",
			Clause{Lead: []string{"các bộ, ngành"}, Cooperating: []string{"Bộ C", "Bộ D"}, Action: "tổ chức tuyên truyền"}, true},
		{"the lead agencies as cooperating", "Sở A phối hợp với các đơn vị chủ trì.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các đơn vị chủ trì"}}, true},
		{"opening clause, no subject", "Để đạt mục tiêu trên, cần tập trung các giải pháp, Nhân dân tích cực tham gia", Clause{}, false},
		{"opening clause, then a verb and its objects", "Căn cứ chức năng nhiệm vụ, chỉ đạo các trường phổ thông, các cơ sở giáo dục nghề nghiệp lồng ghép nội dung", Clause{}, false},
		{"opening clause ends at the sentence", "Căn cứ kế hoạch này. Các sở chủ động triển khai", Clause{}, false},
		{"date of a record", "Ngày 01 tháng 02 năm 2030, Chính phủ ban hành Nghị định", Clause{}, false},
		{"lead-in with a verb", "Căn cứ chức năng, nhiệm vụ, các sở chủ động triển khai",
			Clause{Lead: []string{"các sở"}, Action: "chủ động triển khai"}, true},
		{"lead-in without predicate", "Năm 2030, các sở, ngành", Clause{}, false},

		// Roles.
		{"role among the cooperating", "Sở A chủ trì, phối hợp với các sở, ngành, chủ đầu tư các dự án thủy điện thực hiện",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"các sở, ngành", "chủ đầu tư các dự án thủy điện"},
				Action: "thực hiện"}, true},
		{"roles", "Ủy ban nhân dân cấp huyện phối hợp với nhà đầu tư, chủ rừng triển khai",
			Clause{Lead: []string{"Ủy ban nhân dân cấp huyện"}, Cooperating: []string{"nhà đầu tư", "chủ rừng"},
				Action: "triển khai"}, true},
		{"role as lead", "Chủ đầu tư dự án khu dân cư san lấp mặt bằng",
			Clause{Lead: []string{"Chủ đầu tư dự án khu dân cư"}, Action: "san lấp mặt bằng"}, true},
		{"role alone", "Chủ đầu tư chịu trách nhiệm về chất lượng",
			Clause{Lead: []string{"Chủ đầu tư"}, Action: "về chất lượng"}, true},
		{"group with a qualifier", "Giám đốc Sở A, Chánh Thanh tra tỉnh và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành",
			Clause{Lead: []string{"Giám đốc Sở A", "Chánh Thanh tra tỉnh", "Thủ trưởng các cơ quan, đơn vị có liên quan"},
				Action: "thi hành"}, true},

		// A head shared by a list of names after a plural determiner.
		{"shared head after a colon", "Các Sở: Tài chính, Xây dựng, Công Thương chủ động rà soát thủ tục hành chính.",
			Clause{Lead: []string{"Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"}, Action: "chủ động rà soát thủ tục hành chính"}, true},
		{"shared head keeps a standard name with commas", "Các Sở: Lao động, Thương binh và Xã hội, Y tế tổ chức kiểm tra",
			Clause{Lead: []string{"Sở Lao động, Thương binh và Xã hội", "Sở Y tế"}, Action: "tổ chức kiểm tra"}, true},
		{"shared head of cooperating agencies", "Bộ A thực hiện nghiêm; phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp",
			Clause{Lead: []string{"Bộ A"}, Cooperating: []string{"Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tư pháp"},
				Action: "thực hiện nghiêm; phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp"}, true},
		{"shared head that needs a name, before a colon", "Các Ban: Tuyên giáo, Dân vận tăng cường chỉ đạo",
			Clause{Lead: []string{"Ban Tuyên giáo", "Ban Dân vận"}, Action: "tăng cường chỉ đạo"}, true},
		{"plural collective before a colon", "Các sở, ngành: chủ động triển khai",
			Clause{Lead: []string{"Các sở, ngành"}, Action: "chủ động triển khai"}, true},
		{"plural head before a task", "Các Sở: Tổ chức triển khai kế hoạch, báo cáo kết quả",
			Clause{Lead: []string{"Các Sở"}, Action: "Tổ chức triển khai kế hoạch, báo cáo kết quả"}, true},
		{"one name with commas", "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế chủ trì tổ chức",
			Clause{Lead: []string{"Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"}, Action: "tổ chức"}, true},

		// A collective qualified by what it leads, before its duty.
		{"leading units have a duty", "Các đơn vị chủ trì nhiệm vụ được giao trong Kế hoạch có trách nhiệm thực hiện và hoàn thành nhiệm vụ",
			Clause{Lead: []string{"Các đơn vị chủ trì nhiệm vụ được giao trong Kế hoạch"}, Action: "thực hiện và hoàn thành nhiệm vụ"}, true},
		{"assigned bodies have a duty", "Các cơ quan, đơn vị được phân công chủ trì các nhiệm vụ chịu trách nhiệm báo cáo kết quả",
			Clause{Lead: []string{"Các cơ quan, đơn vị được phân công chủ trì các nhiệm vụ"}, Action: "báo cáo kết quả"}, true},
		{"lead then a second predicate", "Các đơn vị chủ trì triển khai, chịu trách nhiệm về kết quả",
			Clause{Lead: []string{"Các đơn vị"}, Action: "triển khai, chịu trách nhiệm về kết quả"}, true},
		{"named lead with a duty later", "Sở A chủ trì thực hiện nhiệm vụ có trách nhiệm báo cáo",
			Clause{Lead: []string{"Sở A"}, Action: "thực hiện nhiệm vụ có trách nhiệm báo cáo"}, true},

		// Office holders and the bodies named since 2025 (review 6).
		{"chỉ huy trưởng", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chỉ đạo lực lượng dân quân.",
			Clause{Lead: []string{"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}, Action: "chỉ đạo lực lượng dân quân"}, true},
		{"hiệu trưởng of a school", "Hiệu trưởng Trường Cao đẳng Y tế chủ trì tổ chức tập huấn.",
			Clause{Lead: []string{"Hiệu trưởng Trường Cao đẳng Y tế"}, Action: "tổ chức tập huấn"}, true},
		{"heads of schools and centres", "Hiệu trưởng các trường trung học phổ thông, Giám đốc các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
			Clause{Lead: []string{"Hiệu trưởng các trường trung học phổ thông", "Giám đốc các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"},
				LeadOnly: true}, true},
		{"heads of villages", "Trưởng các thôn, tổ dân phố chủ trì tổ chức họp dân.",
			Clause{Lead: []string{"Trưởng các thôn, tổ dân phố"}, Action: "tổ chức họp dân"}, true},
		{"head of a village", "Trưởng thôn có trách nhiệm vận động nhân dân.",
			Clause{Lead: []string{"Trưởng thôn"}, Action: "vận động nhân dân"}, true},
		{"deputy head", "Phó trưởng Công an xã theo dõi tình hình.",
			Clause{Lead: []string{"Phó trưởng Công an xã"}, Action: "theo dõi tình hình"}, true},
		{"merged press body", "Báo và Phát thanh, Truyền hình tỉnh duy trì chuyên mục về sức khỏe.",
			Clause{Lead: []string{"Báo và Phát thanh, Truyền hình tỉnh"}, Action: "duy trì chuyên mục về sức khỏe"}, true},
		{"merged press body before a colon", "Báo và Phát thanh, Truyền hình tỉnh A: Đăng tải tin, bài.",
			Clause{Lead: []string{"Báo và Phát thanh, Truyền hình tỉnh A"}, Action: "Đăng tải tin, bài"}, true},
		{"telecommunications branches", "Viễn thông tỉnh A, VNPT tỉnh A, Viettel tỉnh A",
			Clause{Lead: []string{"Viễn thông tỉnh A", "VNPT tỉnh A", "Viettel tỉnh A"}, LeadOnly: true}, true},
		{"power company", "Điện lực tỉnh A bảo đảm cung cấp điện.",
			Clause{Lead: []string{"Điện lực tỉnh A"}, Action: "bảo đảm cung cấp điện"}, true},
		// One office of two elected organs.
		{"office of two organs", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
			Clause{Lead: []string{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"}, LeadOnly: true}, true},
		{"office of two organs, abbreviated", "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc.",
			Clause{Lead: []string{"Văn phòng HĐND và UBND xã"}, Action: "theo dõi, đôn đốc"}, true},
		{"office of the delegation and the council", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh chủ trì tổng hợp.",
			Clause{Lead: []string{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"}, Action: "tổng hợp"}, true},
		// Digital government is a topic, the authorities of a place are
		// a collective.
		{"digital government", "Chính quyền số", Clause{}, false},
		{"electronic government", "Chính quyền điện tử", Clause{}, false},
		{"authorities of the communes", "Chính quyền cấp xã chủ động triển khai.",
			Clause{Lead: []string{"Chính quyền cấp xã"}, Action: "chủ động triển khai"}, true},
		{"cooperating authorities", "Sở A chủ trì, phối hợp với chính quyền cơ sở thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"chính quyền cơ sở"}, Action: "thực hiện"}, true},
		// A sector named by one activity is a whole name.
		{"activity after Sở Xây dựng", "Sở Xây dựng kiểm tra, yêu cầu các chủ đầu tư xử lý.",
			Clause{Lead: []string{"Sở Xây dựng"}, Action: "kiểm tra, yêu cầu các chủ đầu tư xử lý"}, true},
		{"asked to inspect", "Yêu cầu Bộ Xây dựng kiểm tra.",
			Clause{Lead: []string{"Bộ Xây dựng"}, Action: "kiểm tra"}, true},
		// The task after "Agency:" names whom it cooperates with.
		{"phối hợp after a colon", "Bảo hiểm xã hội tỉnh: Phối hợp với Sở Y tế bảo đảm quyền lợi.",
			Clause{Lead: []string{"Bảo hiểm xã hội tỉnh"}, Cooperating: []string{"Sở Y tế"}, Action: "Phối hợp với Sở Y tế bảo đảm quyền lợi"}, true},
		// Names cut short or run on.
		{"noun after là", "Các chủ rừng là tổ chức (doanh nghiệp) có trách nhiệm:",
			Clause{Lead: []string{"Các chủ rừng là tổ chức (doanh nghiệp)"}}, true},
		{"giao thông is a noun", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh khẩn trương hoàn thiện hồ sơ.",
			Clause{Lead: []string{"Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"}, Action: "khẩn trương hoàn thiện hồ sơ"}, true},
		{"là đầu mối", "Vụ A là đầu mối, chủ trì tổng hợp.",
			Clause{Lead: []string{"Vụ A"}, Action: "là đầu mối, chủ trì tổng hợp"}, true},
		{"verb after trực thuộc", "Các đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch.",
			Clause{Lead: []string{"Các đơn vị trực thuộc"}, Action: "căn cứ Kế hoạch này xây dựng kế hoạch"}, true},
		{"office holder qualified by what it leads", "Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ có trách nhiệm báo cáo.",
			Clause{Lead: []string{"Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ"}, Action: "báo cáo"}, true},
		// A name closed by its level of government or by a proper name
		// is complete: a lower-case word after it that cannot continue a
		// name begins the predicate, even a verb the lexicon does not
		// know.
		{"unknown verb after a level", "Trung tâm Văn hóa, Thể thao và Du lịch huyện tăng thời lượng phát sóng.",
			Clause{Lead: []string{"Trung tâm Văn hóa, Thể thao và Du lịch huyện"}, Action: "tăng thời lượng phát sóng"}, true},
		{"unknown verb after a level, cooperating", "Sở A chủ trì, phối hợp với Cục Thuế tỉnh thu nộp đúng hạn.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Cục Thuế tỉnh"}, Action: "thu nộp đúng hạn"}, true},
		{"tuần tra after a proper name", "Đồn Biên phòng Cửa Lò tuần tra khu vực ven biển.",
			Clause{Lead: []string{"Đồn Biên phòng Cửa Lò"}, Action: "tuần tra khu vực ven biển"}, true},
		{"unknown verb after a place name and level", "Công an huyện Bình An tuần tra khu vực ven biển.",
			Clause{Lead: []string{"Công an huyện Bình An"}, Action: "tuần tra khu vực ven biển"}, true},
		{"term after a level", "Ban Chấp hành Đảng bộ huyện khóa XXI lãnh đạo thực hiện.",
			Clause{Lead: []string{"Ban Chấp hành Đảng bộ huyện khóa XXI"}, Action: "lãnh đạo thực hiện"}, true},
		{"level after a determiner", "Ủy ban nhân dân các xã ven biển tổ chức di dời.",
			Clause{Lead: []string{"Ủy ban nhân dân các xã ven biển"}, Action: "tổ chức di dời"}, true},
		{"collective after a level", "Các cơ quan trung ương đóng trên địa bàn tỉnh chủ động thực hiện.",
			Clause{Lead: []string{"Các cơ quan trung ương đóng trên địa bàn tỉnh"}, Action: "chủ động thực hiện"}, true},
		{"based on the territory", "Sở A chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh đóng trên địa bàn thực hiện.",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh đóng trên địa bàn"}, Action: "thực hiện"}, true},
		{"branch after a proper name", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh hướng dẫn thực hiện.",
			Clause{Lead: []string{"Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh"}, Action: "hướng dẫn thực hiện"}, true},
		{"acronym before a name", "Công ty CP Môi trường đô thị chủ trì thu gom rác thải.",
			Clause{Lead: []string{"Công ty CP Môi trường đô thị"}, Action: "thu gom rác thải"}, true},
		{"social insurance", "Bảo hiểm xã hội huyện rà soát.",
			Clause{Lead: []string{"Bảo hiểm xã hội huyện"}, Action: "rà soát"}, true},
		// Party bodies.
		{"subcommittee", "Tiểu ban Văn kiện xây dựng dự thảo báo cáo chính trị.",
			Clause{Lead: []string{"Tiểu ban Văn kiện"}, Action: "xây dựng dự thảo báo cáo chính trị"}, true},
		{"cell committee", "Chi ủy, chi bộ tổ chức đại hội.",
			Clause{Lead: []string{"Chi ủy", "chi bộ"}, Action: "tổ chức đại hội"}, true},
		{"Party committees", "Cấp ủy các cấp quán triệt kế hoạch.",
			Clause{Lead: []string{"Cấp ủy các cấp"}, Action: "quán triệt kế hoạch"}, true},
		{"elided cells and committees", "Các chi, đảng bộ trực thuộc xây dựng kế hoạch cụ thể.",
			Clause{Lead: []string{"Các chi, đảng bộ trực thuộc"}, Action: "xây dựng kế hoạch cụ thể"}, true},
		{"elided cells and committees of the base", "Các chi, đảng bộ cơ sở tổ chức đại hội.",
			Clause{Lead: []string{"Các chi, đảng bộ cơ sở"}, Action: "tổ chức đại hội"}, true},
		{"spending is no cell", "Các chi phí hợp lý được quyết toán.", Clause{}, false},
		// Verbs of disaster, budget and inspection tasks end a name.
		{"thống kê", "Ủy ban nhân dân các xã, thị trấn thống kê, báo cáo thiệt hại.",
			Clause{Lead: []string{"Ủy ban nhân dân các xã, thị trấn"}, Action: "thống kê, báo cáo thiệt hại"}, true},
		{"khôi phục", "Sở Công Thương khôi phục cấp điện.",
			Clause{Lead: []string{"Sở Công Thương"}, Action: "khôi phục cấp điện"}, true},
		{"a university's faculty", "Khoa Công nghệ thông tin chủ trì xây dựng chương trình đào tạo.",
			Clause{Lead: []string{"Khoa Công nghệ thông tin"}, Action: "xây dựng chương trình đào tạo"}, true},
		{"faculties as cooperating", "Phòng Đào tạo phối hợp với các khoa tổ chức thi.",
			Clause{Lead: []string{"Phòng Đào tạo"}, Cooperating: []string{"các khoa"}, Action: "tổ chức thi"}, true},
		{"an enterprise's workshop", "Phân xưởng Cơ khí bảo dưỡng thiết bị.",
			Clause{Lead: []string{"Phân xưởng Cơ khí"}, Action: "bảo dưỡng thiết bị"}, true},
		{"khoa học is no faculty", "Khoa học và công nghệ phát triển mạnh.", Clause{}, false},
		{"ra quân", "Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường ra quân cao điểm.",
			Clause{Lead: []string{"Công an tỉnh"}, Cooperating: []string{"Ủy ban nhân dân các xã, phường"}, Action: "ra quân cao điểm"}, true},
		{"xét duyệt", "Hội đồng Thi đua - Khen thưởng tỉnh xét duyệt hồ sơ khen thưởng.",
			Clause{Lead: []string{"Hội đồng Thi đua - Khen thưởng tỉnh"}, Action: "xét duyệt hồ sơ khen thưởng"}, true},
		{"tăng", "Sở Y tế tăng số giường bệnh.",
			Clause{Lead: []string{"Sở Y tế"}, Action: "tăng số giường bệnh"}, true},
		{"giảm", "Sở Tư pháp giảm thời gian giải quyết thủ tục.",
			Clause{Lead: []string{"Sở Tư pháp"}, Action: "giảm thời gian giải quyết thủ tục"}, true},
		{"giảm nghèo inside a name", "Ban Chỉ đạo chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh theo dõi.",
			Clause{Lead: []string{"Ban Chỉ đạo chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh"}, Action: "theo dõi"}, true},
		{"thanh tra", "Sở Y tế thanh tra các cơ sở hành nghề.",
			Clause{Lead: []string{"Sở Y tế"}, Action: "thanh tra các cơ sở hành nghề"}, true},
		{"dự trữ", "Sở Y tế dự trữ cơ số thuốc.",
			Clause{Lead: []string{"Sở Y tế"}, Action: "dự trữ cơ số thuốc"}, true},
		{"gia cố", "Sở Nội vụ gia cố trụ sở.",
			Clause{Lead: []string{"Sở Nội vụ"}, Action: "gia cố trụ sở"}, true},
		{"diễn tập", "Sở Y tế diễn tập phương án ứng phó.",
			Clause{Lead: []string{"Sở Y tế"}, Action: "diễn tập phương án ứng phó"}, true},
		// Guards: unchanged.
		{"office and a committee of other bodies", "Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các huyện theo dõi.",
			Clause{Lead: []string{"Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện"}, Action: "theo dõi"}, true},
		{"office of the Party and a committee", "Văn phòng Tỉnh ủy và Ủy ban nhân dân tỉnh theo dõi.",
			Clause{Lead: []string{"Văn phòng Tỉnh ủy", "Ủy ban nhân dân tỉnh"}, Action: "theo dõi"}, true},
		{"activity inside the name of a centre", "Trung tâm Xúc tiến đầu tư tổ chức hội nghị.",
			Clause{Lead: []string{"Trung tâm Xúc tiến đầu tư"}, Action: "tổ chức hội nghị"}, true},
		{"giao before thông báo", "UBND tỉnh giao thông báo cho các sở.",
			Clause{Lead: []string{"UBND tỉnh"}, Action: "giao thông báo cho các sở"}, true},
		{"telecommunications as a sector", "Viễn thông là ngành quan trọng.", Clause{}, false},
		{"power as a sector", "Điện lực đáp ứng nhu cầu.", Clause{}, false},
		{"copula before a role", "Sở A là cơ quan thường trực, chủ trì tổng hợp.",
			Clause{Lead: []string{"Sở A"}, Action: "là cơ quan thường trực, chủ trì tổng hợp"}, true},

		// Nobody.
		{"task heading", "Nhiệm vụ trọng tâm năm 2024", Clause{}, false},
		{"verb first", "Tập trung triển khai các chương trình", Clause{}, false},
		{"subject after an opening clause", "Trong quá trình tổ chức thực hiện Kế hoạch này, các sở, ngành và địa phương chủ động đề xuất",
			Clause{Lead: []string{"các sở, ngành", "địa phương"}, Action: "chủ động đề xuất"}, true},
		{"purpose", "Mục đích", Clause{}, false},
		{"upper case heading", "MỤC TIÊU", Clause{}, false},
		{"organise", "Tổ chức thực hiện", Clause{}, false},
		{"issue", "Ban hành kế hoạch", Clause{}, false},
		{"report", "Báo cáo kết quả", Clause{}, false},
		{"cases", "Các trường hợp đặc biệt", Clause{}, false},
		{"projects", "Các dự án trọng điểm", Clause{}, false},
		{"inspect", "Thanh tra, kiểm tra việc chấp hành", Clause{}, false},
		{"field", "Cơ quan chủ trì: Sở Nội vụ", Clause{}, false},
		{"continuation", "hội hóa một số hoạt động, ưu tiên xã hội", Clause{}, false},
		{"too long for a name", "Ủy ban nhân dân thành phố A Hội dân vận và dân chủ ở cơ sở trên đó năm 2025, cụ thể như sau:", Clause{}, false},
		{"empty", "", Clause{}, false},
		{"marks only", "- ; :", Clause{}, false},
		{"request of nobody", "Đề nghị xem xét", Clause{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkParseClause(t, tt.in, tt.want, tt.ok) })
	}
}

// TestHeadWords checks that agencies of every kind of head word are read
// as leads before verbs of each strength.
func TestHeadWords(t *testing.T) {
	names := []string{
		"Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Kiểm toán Nhà nước", "Hải quan tỉnh",
		"Ngân hàng Nhà nước chi nhánh tỉnh", "Ngân hàng Chính sách xã hội tỉnh", "Bảo hiểm xã hội tỉnh",
		"Kho bạc Nhà nước tỉnh", "Tổng công ty Điện lực miền Trung", "Tập đoàn Điện lực Việt Nam",
		"Công ty TNHH một thành viên Xổ số kiến thiết", "Liên đoàn Lao động tỉnh", "Liên minh Hợp tác xã tỉnh",
		"Tỉnh đoàn", "Thành đoàn", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Hiệp hội Du lịch tỉnh",
		"Đài Phát thanh và Truyền hình tỉnh", "Báo Nhân dân", "Tạp chí Cộng sản",
		"Trung tâm Xúc tiến đầu tư tỉnh", "Bệnh viện Trung ương", "Bệnh viện đa khoa tỉnh",
		"Trường Chính trị tỉnh", "Trường Đại học Kinh tế", "Viện Nghiên cứu phát triển", "Vụ Pháp chế",
		"Cục Quản lý thị trường tỉnh", "Chi cục Kiểm lâm", "Tổng cục Thống kê", "Thanh tra Chính phủ",
		"Thanh tra tỉnh", "Công an tỉnh", "Văn phòng Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh",
		"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Mặt trận Tổ quốc tỉnh", "Hội đồng nhân dân tỉnh",
		"HĐND tỉnh", "UBND tỉnh", "Uỷ ban nhân dân huyện", "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội",
		"Tỉnh ủy", "Huyện ủy", "Ban Chỉ huy Quân sự huyện", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Tư lệnh Quân khu",
		"Bộ đội Biên phòng tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo",
		"Học viện Hành chính quốc gia", "Đại học Quốc gia", "Phòng Tài chính - Kế hoạch huyện",
		"Quỹ Bảo vệ và phát triển rừng tỉnh", "Ban Quản lý rừng phòng hộ", "Ban Dân tộc tỉnh",
		"Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Trung tâm Giám sát, điều hành đô thị thông minh",
		"Trung tâm Phục vụ hành chính công tỉnh", "Chủ tịch Ủy ban nhân dân các huyện", "Giám đốc các sở",
		"Trung tâm Kiểm soát bệnh tật tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Quỹ Phát triển đất tỉnh",
		"Văn phòng Điều phối nông thôn mới tỉnh", "Cục Quản lý thị trường", "Chi cục Chăn nuôi và Thú y",
		"Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Trung tâm Lưu trữ lịch sử tỉnh", "Trung tâm Quan trắc môi trường",
		"Ban Bồi thường, giải phóng mặt bằng huyện", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm",
		"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Ban Chỉ đạo cải cách hành chính tỉnh",
		"Bộ Ngoại giao", "Bộ Quốc phòng", "Bộ Kế hoạch và Đầu tư", "Sở Giao thông vận tải",
		"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Các sở, ban, ngành",
		"Thuế tỉnh Bình Định", "Thống kê tỉnh", "Thuế cơ sở 2 tỉnh Bình Định", "Kho bạc Nhà nước khu vực XV",
		"Chi cục Hải quan khu vực II", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh",
		"Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
		"Đồng chí Chủ tịch Ủy ban nhân dân tỉnh", "Đồng chí Giám đốc Sở Y tế",
		"Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "Đơn vị sự nghiệp công lập",
		"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Hiệu trưởng các trường trung học phổ thông",
		"Trưởng các thôn, tổ dân phố", "Báo và Phát thanh, Truyền hình tỉnh", "Viễn thông tỉnh", "VNPT tỉnh",
		"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Văn phòng HĐND và UBND xã",
		"Chính quyền địa phương các cấp", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
		"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
	}
	verbs := []string{
		" chủ trì, phối hợp với các cơ quan liên quan thực hiện",
		" có trách nhiệm hướng dẫn",
		" tổ chức thực hiện",
		" triển khai kế hoạch",
		" xây dựng kế hoạch",
		" nghiên cứu đề xuất",
		" củng cố tổ chức bộ máy",
		":",
		"",
	}
	for _, n := range names {
		for _, v := range verbs {
			if strings.HasSuffix(n, "phát triển") && (strings.HasPrefix(v, " xây dựng") || strings.HasPrefix(v, " nghiên cứu")) {
				// Known limitation: a name that ends with an activity
				// takes a second activity into the name.
				continue
			}
			in := n + v
			c, ok := ParseClause(in)
			if !ok || len(c.Lead) != 1 || c.Lead[0] != n {
				t.Errorf("ParseClause(%q).Lead = %q, %v; want [%q]", in, c.Lead, ok, n)
			}
		}
	}
}

// TestParseClauseLaterCooperation checks that "phối hợp với X" at the
// start of a later clause of the first sentence names X as cooperating,
// whether the lead is named at the start or inherited, and that
// "phối hợp" as a noun or with a subject of its own names nobody.
func TestParseClauseLaterCooperation(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Clause
		ok   bool
	}{
		// A verb first: the lead is inherited.
		{"after a semicolon", "Chỉ đạo các đài truyền thanh cơ sở tăng thời lượng phát sóng; phối hợp với Sở Văn hóa tổ chức các buổi tọa đàm.",
			Clause{Inherits: true, Cooperating: []string{"Sở Văn hóa"},
				Action: "Chỉ đạo các đài truyền thanh cơ sở tăng thời lượng phát sóng; phối hợp với Sở Văn hóa tổ chức các buổi tọa đàm"}, true},
		{"after a comma, chặt chẽ", "Rà soát các thủ tục hành chính, phối hợp chặt chẽ với Văn phòng Ủy ban nhân dân tỉnh công bố danh mục",
			Clause{Inherits: true, Cooperating: []string{"Văn phòng Ủy ban nhân dân tỉnh"},
				Action: "Rà soát các thủ tục hành chính, phối hợp chặt chẽ với Văn phòng Ủy ban nhân dân tỉnh công bố danh mục"}, true},
		{"after và", "Kiểm tra việc thực hiện và phối hợp với Thanh tra tỉnh xử lý vi phạm",
			Clause{Inherits: true, Cooperating: []string{"Thanh tra tỉnh"},
				Action: "Kiểm tra việc thực hiện và phối hợp với Thanh tra tỉnh xử lý vi phạm"}, true},
		{"two later clauses", "Tuyên truyền chính sách mới; phối hợp với Sở Nội vụ, Sở Tư pháp tổ chức tập huấn; đồng thời phối hợp với Hội Nông dân tỉnh vận động hội viên",
			Clause{Inherits: true, Cooperating: []string{"Sở Nội vụ", "Sở Tư pháp", "Hội Nông dân tỉnh"},
				Action: "Tuyên truyền chính sách mới; phối hợp với Sở Nội vụ, Sở Tư pháp tổ chức tập huấn; đồng thời phối hợp với Hội Nông dân tỉnh vận động hội viên"}, true},
		{"comma and và", "Thu thập số liệu, và phối hợp với Cục Thống kê đánh giá",
			Clause{Inherits: true, Cooperating: []string{"Cục Thống kê"}, Action: "Thu thập số liệu, và phối hợp với Cục Thống kê đánh giá"}, true},
		{"căn cứ without subject", "Căn cứ nhiệm vụ được giao tại địa phương, chủ động phối hợp với Công an tỉnh triển khai",
			Clause{Inherits: true, Cooperating: []string{"Công an tỉnh"},
				Action: "Căn cứ nhiệm vụ được giao tại địa phương, chủ động phối hợp với Công an tỉnh triển khai"}, true},
		{"request, verb first", "Đề nghị tăng cường giám sát, phối hợp với Ủy ban nhân dân các huyện tổ chức đối thoại",
			Clause{Inherits: true, Request: true, Cooperating: []string{"Ủy ban nhân dân các huyện"},
				Action: "tăng cường giám sát, phối hợp với Ủy ban nhân dân các huyện tổ chức đối thoại"}, true},
		{"request of phối hợp", "Đề nghị phối hợp với Sở Xây dựng hướng dẫn",
			Clause{Inherits: true, Assists: true, Request: true, Cooperating: []string{"Sở Xây dựng"}, Action: "hướng dẫn"}, true},

		// A lead first: the later clause adds to Cooperating.
		{"own lead", "Sở Tư pháp rà soát văn bản; phối hợp với Sở Nội vụ thẩm định hồ sơ",
			Clause{Lead: []string{"Sở Tư pháp"}, Cooperating: []string{"Sở Nội vụ"},
				Action: "rà soát văn bản; phối hợp với Sở Nội vụ thẩm định hồ sơ"}, true},
		{"own lead, chủ trì", "Cục A chủ trì lập danh mục, phối hợp với Cục B kiểm tra",
			Clause{Lead: []string{"Cục A"}, Cooperating: []string{"Cục B"}, Action: "lập danh mục, phối hợp với Cục B kiểm tra"}, true},
		{"own lead, no repeat", "Sở A chủ trì, phối hợp với Sở B lập danh mục; phối hợp với Sở B và Sở C thẩm định",
			Clause{Lead: []string{"Sở A"}, Cooperating: []string{"Sở B", "Sở C"},
				Action: "lập danh mục; phối hợp với Sở B và Sở C thẩm định"}, true},
		{"own request", "Đề nghị Hội Cựu chiến binh tỉnh tuyên truyền, phối hợp với Sở Y tế vận động",
			Clause{Lead: []string{"Hội Cựu chiến binh tỉnh"}, Request: true, Cooperating: []string{"Sở Y tế"},
				Action: "tuyên truyền, phối hợp với Sở Y tế vận động"}, true},
		{"inherited chủ trì", "Chủ trì xây dựng đề án; phối hợp với Bộ Tài chính bố trí kinh phí",
			Clause{Inherits: true, Cooperating: []string{"Bộ Tài chính"}, Action: "xây dựng đề án; phối hợp với Bộ Tài chính bố trí kinh phí"}, true},
		{"chủ trì after a semicolon", "Ban B: lập hồ sơ; Chủ trì, phối hợp với các sở, ngành thực hiện giải phóng mặt bằng",
			Clause{Lead: []string{"Ban B"}, Cooperating: []string{"các sở, ngành"},
				Action: "lập hồ sơ; Chủ trì, phối hợp với các sở, ngành thực hiện giải phóng mặt bằng"}, true},
		{"first sentence only", "Sở A tổ chức tập huấn. Phối hợp với Sở B kiểm tra.",
			Clause{Lead: []string{"Sở A"}, Action: "tổ chức tập huấn"}, true},

		// Nobody.
		{"noun: sự phối hợp", "Tăng cường sự phối hợp của các sở, ngành trong công tác này", Clause{}, false},
		{"noun: công tác phối hợp", "Nâng cao hiệu quả công tác phối hợp với các cơ quan báo chí", Clause{}, false},
		{"noun: cơ chế phối hợp giữa", "Hoàn thiện quy chế, cơ chế phối hợp giữa các lực lượng", Clause{}, false},
		{"phối hợp giữa", "Rà soát quy trình cấp phép xây dựng, phối hợp giữa các sở còn chậm", Clause{}, false},
		{"with one another", "Tổ chức tập huấn cho cán bộ cơ sở, phối hợp với nhau trong kiểm tra", Clause{}, false},
		{"inside brackets", "Tổ chức hội nghị (trường hợp cần thiết, phối hợp với Sở A)", Clause{}, false},
		{"own subject later", "Tăng cường tuyên truyền; các địa phương chủ động phối hợp với Sở A", Clause{}, false},
		{"subject after căn cứ", "Căn cứ kế hoạch này, các sở xây dựng kế hoạch, phối hợp với Sở A báo cáo",
			Clause{Lead: []string{"các sở"}, Cooperating: []string{"Sở A"}, Action: "xây dựng kế hoạch, phối hợp với Sở A báo cáo"}, true},
		{"a fact", "Đã tổ chức tập huấn cho cán bộ cơ sở, phối hợp với Sở A kiểm tra", Clause{}, false},
		{"an adverbial first", "Trong quá trình triển khai thực hiện kế hoạch nếu có vướng mắc, phối hợp với Sở A giải quyết", Clause{}, false},
		{"a noun first", "Kết quả đạt được trong năm qua, nhất là phối hợp với Sở A", Clause{}, false},
		{"lower case first", "tăng cường tuyên truyền; phối hợp với Sở A", Clause{}, false},
		{"no agency after", "Tổ chức tập huấn; phối hợp tốt trong kiểm tra", Clause{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkParseClause(t, tt.in, tt.want, tt.ok) })
	}
}

// TestParseClauseLong checks that a first sentence made of many later
// clauses, whose lists of agencies are read, too long or cut short, is
// read in time proportional to its length.
func TestParseClauseLong(t *testing.T) {
	tests := []struct {
		name, start, unit string
	}{
		{"lists", "Tổ chức hội nghị", "; phối hợp với Sở A kiểm tra"},
		{"long names", "Tổ chức hội nghị", ", và phối hợp với Sở A " + strings.Repeat("một ", 21)},
		{"và inside lists", "Sở B thực hiện", " và phối hợp với Sở A, "},
		{"capitalised", "Chủ trì xây dựng", ", Phối hợp với Sở A "},
		{"brackets", "Tổ chức hội nghị", ", phối hợp với ("},
		{"subjects", "Căn cứ tình hình", ", các sở, phối hợp "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.start + strings.Repeat(tt.unit, 20000)
			c, ok := ParseClause(text)
			if ok && len(c.Lead) == 0 && !c.Inherits {
				t.Errorf("ParseClause(%.40q...) = %+v, true: neither lead nor inherited", text, c)
			}
		})
	}
}

// checkParseClause checks that ParseClause(in) gives want and ok.
func checkParseClause(t *testing.T, in string, want Clause, wantOK bool) {
	t.Helper()
	got, ok := ParseClause(in)
	if ok != wantOK {
		t.Fatalf("ParseClause(%q) ok = %v, want %v (got %+v)", in, ok, wantOK, got)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ParseClause(%q) mismatch (-want +got):\n%s", in, diff)
	}
}
