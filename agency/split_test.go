package agency

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sở Lao động, Thương binh và Xã hội", []string{"Sở Lao động, Thương binh và Xã hội"}},
		{"Ban Quản lý Khu kinh tế, công nghiệp tỉnh", []string{"Ban Quản lý Khu kinh tế, công nghiệp tỉnh"}},
		{"Sở Văn hóa, Thể thao và Du lịch", []string{"Sở Văn hóa, Thể thao và Du lịch"}},
		{"Sở Kế hoạch và Đầu tư", []string{"Sở Kế hoạch và Đầu tư"}},
		{"các chi, đảng bộ cơ sở và Ban Tổ chức Huyện ủy", []string{"các chi, đảng bộ cơ sở", "Ban Tổ chức Huyện ủy"}},
		{"các sở, ban, ngành và địa phương", []string{"các sở, ban, ngành", "địa phương"}},
		{"các cụm, khối thi đua và các sở", []string{"các cụm, khối thi đua", "các sở"}},
		{"Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc", []string{"Ủy ban Thường vụ Quốc hội", "Hội đồng Dân tộc"}},
		{"các sở, ban, ngành, địa phương", []string{"các sở, ban, ngành", "địa phương"}},
		// "chuyên môn", "chức năng" close a list of kinds, as "liên quan" does.
		{"Các phòng, ban chuyên môn; UBND các xã", []string{"Các phòng, ban chuyên môn", "UBND các xã"}},
		{"các sở, ngành, cơ quan chức năng", []string{"các sở, ngành, cơ quan chức năng"}},
		{"Viễn thông Đông Lâm, Bưu điện tỉnh", []string{"Viễn thông Đông Lâm", "Bưu điện tỉnh"}},
		{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan, đơn vị và các địa phương",
			[]string{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "các cơ quan, đơn vị", "các địa phương"}},
		{"Sở Tài chính, Sở Kế hoạch và Đầu tư, UBND huyện Phú Lộc và các Sở, ban, ngành có liên quan",
			[]string{"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND huyện Phú Lộc", "các Sở, ban, ngành có liên quan"}},
		{"Ủy ban nhân dân các huyện, thị xã và thành phố Huế", []string{"Ủy ban nhân dân các huyện, thị xã và thành phố Huế"}},
		{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", []string{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}},
		{"các bộ, ngành và Ủy ban nhân dân các tỉnh", []string{"các bộ, ngành", "Ủy ban nhân dân các tỉnh"}},
		{"các Sở, Ban, Ngành", []string{"các Sở, Ban, Ngành"}},
		{"CÁC SỞ, BAN, NGÀNH VÀ ĐỊA PHƯƠNG", []string{"CÁC SỞ, BAN, NGÀNH", "ĐỊA PHƯƠNG"}},
		{"các cơ quan thông tấn, báo chí, các sở, ban, ngành và địa phương",
			[]string{"các cơ quan thông tấn, báo chí", "các sở, ban, ngành", "địa phương"}},
		{"Viện A; Viện Chiến lược, Chính sách tài nguyên và môi trường",
			[]string{"Viện A", "Viện Chiến lược, Chính sách tài nguyên và môi trường"}},
		{"Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT",
			[]string{"Trung tâm Truyền thông TN&MT", "Báo TN&MT", "Tạp chí TN&MT"}},
		{"Cục Biến đổi khí hậu, Cục Bảo tồn thiên nhiên và Đa dạng sinh học và các đơn vị có liên quan thuộc Bộ TN&MT.",
			[]string{"Cục Biến đổi khí hậu", "Cục Bảo tồn thiên nhiên và Đa dạng sinh học", "các đơn vị có liên quan thuộc Bộ TN&MT"}},
		{"Các đơn vị thuộc các Bộ quản lý lĩnh vực, các tổ chức quốc tế, các Viện nghiên cứu, Trường Đại học có liên quan.",
			[]string{"Các đơn vị thuộc các Bộ quản lý lĩnh vực", "các tổ chức quốc tế", "các Viện nghiên cứu", "Trường Đại học có liên quan"}},
		{"Sở Tài chính, cơ quan chuyên môn thuộc Bộ Y tế", []string{"Sở Tài chính", "cơ quan chuyên môn thuộc Bộ Y tế"}},
		{"Thanh tra tỉnh, Công an tỉnh", []string{"Thanh tra tỉnh", "Công an tỉnh"}},
		{"Sở A (chủ trì, phối hợp), Sở B", []string{"Sở A (chủ trì, phối hợp)", "Sở B"}},
		{"sở nội vụ, các cơ quan", []string{"sở nội vụ", "các cơ quan"}},
		{"Bộ Tài nguyên và Môi trường và các bộ, cơ quan trung ương",
			[]string{"Bộ Tài nguyên và Môi trường", "các bộ, cơ quan trung ương"}},
		{"Sở Nội vụ, các", []string{"Sở Nội vụ"}},
		{"Doanh nghiệp lâm nghiệp, cơ quan liên quan", []string{"Doanh nghiệp lâm nghiệp", "cơ quan liên quan"}},
		{"Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", []string{"Các bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ"}},
		{"các Bộ, cơ quan liên quan", []string{"các Bộ, cơ quan liên quan"}},
		{"các sở, ban, ngành, đoàn thể cấp tỉnh", []string{"các sở, ban, ngành, đoàn thể cấp tỉnh"}},
		{"Sở Y tế;", []string{"Sở Y tế"}},
		{"Thủ trưởng các cơ quan, đơn vị có liên quan", []string{"Thủ trưởng các cơ quan, đơn vị có liên quan"}},
		{"Giám đốc Sở A, Thủ trưởng các cơ quan, đơn vị liên quan",
			[]string{"Giám đốc Sở A", "Thủ trưởng các cơ quan, đơn vị liên quan"}},
		{"Giám đốc các sở, ban, ngành", []string{"Giám đốc các sở, ban, ngành"}},
		{"các cơ quan, tổ chức hữu quan", []string{"các cơ quan, tổ chức hữu quan"}},
		{"các sở, ngành trên địa bàn tỉnh", []string{"các sở, ngành trên địa bàn tỉnh"}},
		{"các sở, ban, ngành của tỉnh", []string{"các sở, ban, ngành của tỉnh"}},
		{"các Sở, ban ngành, chủ đầu tư các dự án", []string{"các Sở, ban ngành", "chủ đầu tư các dự án"}},
		{"Ủy ban nhân dân tỉnh, chủ rừng", []string{"Ủy ban nhân dân tỉnh", "chủ rừng"}},
		{"Sở A, lãnh đạo các phòng", []string{"Sở A", "lãnh đạo các phòng"}},
		// "và" before a collective or a head that needs a name closes the
		// enumeration of a name after a comma; after a whole name it
		// joins another agency.
		{"Phòng Tổ chức, biên chế và Tổ chức phi chính phủ", []string{"Phòng Tổ chức, biên chế và Tổ chức phi chính phủ"}},
		{"Sở Nội vụ và Hội Cựu chiến binh tỉnh", []string{"Sở Nội vụ", "Hội Cựu chiến binh tỉnh"}},
		{"Sở Văn hóa, Thể thao và Du lịch và Hội Văn học nghệ thuật tỉnh",
			[]string{"Sở Văn hóa, Thể thao và Du lịch", "Hội Văn học nghệ thuật tỉnh"}},
		{"Ban Quản lý Khu kinh tế, công nghiệp tỉnh và Hội Doanh nghiệp tỉnh",
			[]string{"Ban Quản lý Khu kinh tế, công nghiệp tỉnh", "Hội Doanh nghiệp tỉnh"}},
		{"Sở A, Sở B và Tổ chức Y tế thế giới", []string{"Sở A", "Sở B", "Tổ chức Y tế thế giới"}},
		// A collective noun that the next syllable makes an ordinary word
		// continues the name ("phòng thủ", "hội nghị").
		{"Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh",
			[]string{"Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh"}},
		{"Các chi bộ, cơ quan, đoàn thể", []string{"Các chi bộ, cơ quan, đoàn thể"}},
		{"", nil},
		{", ; và", nil},

		// Agencies joined by "/": split where a new agency starts, or
		// where a spaced "/" is followed by a capitalised word.
		{"Sở Công Thương/Sở Ngoại vụ", []string{"Sở Công Thương", "Sở Ngoại vụ"}},
		{"Sở Công Thương / Sở Ngoại vụ", []string{"Sở Công Thương", "Sở Ngoại vụ"}},
		{"Vụ Kế hoạch- Tài chính/ Ban Quản lý quy hoạch", []string{"Vụ Kế hoạch- Tài chính", "Ban Quản lý quy hoạch"}},
		{"Ban Quản lý quy hoạch /Tư vấn được lựa chọn", []string{"Ban Quản lý quy hoạch", "Tư vấn được lựa chọn"}},
		{"Ban Quản lý quy hoạch/Tư vấn được lựa chọn", []string{"Ban Quản lý quy hoạch", "Tư vấn được lựa chọn"}},
		{"Ủy ban nhân dân tỉnh/thành phố", []string{"Ủy ban nhân dân tỉnh/thành phố"}},
		{"Ủy ban nhân dân tỉnh/Thành phố", []string{"Ủy ban nhân dân tỉnh/Thành phố"}},
		{"các sở/ngành liên quan", []string{"các sở/ngành liên quan"}},
		{"Sở Lao động - Thương binh và Xã hội", []string{"Sở Lao động - Thương binh và Xã hội"}},
		{"Ban Chỉ đạo 35/BCĐ", []string{"Ban Chỉ đạo 35/BCĐ"}},
		{"Ban Tuyên giáo Tỉnh ủy (theo Quyết định 12-QĐ/TU)", []string{"Ban Tuyên giáo Tỉnh ủy (theo Quyết định 12-QĐ/TU)"}},

		// A head shared by the names after a plural determiner.
		{"các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp",
			[]string{"Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tư pháp"}},
		{"Các Sở: Tài chính, Xây dựng, Công Thương", []string{"Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"}},
		{"Các Bộ: Tài chính, Tư pháp", []string{"Bộ Tài chính", "Bộ Tư pháp"}},
		{"các sở Tài chính, Y tế và các cơ quan liên quan", []string{"Sở Tài chính", "Sở Y tế", "các cơ quan liên quan"}},
		{"các Sở Văn hóa, Thể thao và Du lịch, Y tế", []string{"Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"}},
		{"các Hội Nông dân, Phụ nữ, Cựu chiến binh", []string{"Hội Nông dân", "Hội Phụ nữ", "Hội Cựu chiến binh"}},
		{"Sở Tài chính, Bộ Y tế, các Sở Nội vụ, Tư pháp", []string{"Sở Tài chính", "Bộ Y tế", "Sở Nội vụ", "Sở Tư pháp"}},
		{"các Bộ Tài chính", []string{"các Bộ Tài chính"}},
		{"các Sở, ban, ngành, Công an tỉnh", []string{"các Sở, ban, ngành", "Công an tỉnh"}},
		{"các Bộ, ngành Trung ương", []string{"các Bộ, ngành Trung ương"}},
		{"các Ban Quản lý Khu kinh tế, công nghiệp", []string{"các Ban Quản lý Khu kinh tế, công nghiệp"}},
		{"CÁC BỘ TÀI CHÍNH, TƯ PHÁP", []string{"CÁC BỘ TÀI CHÍNH, TƯ PHÁP"}},

		// One office of two elected organs, the level written once.
		{"Văn phòng HĐND và UBND xã, Công an xã", []string{"Văn phòng HĐND và UBND xã", "Công an xã"}},
		{"Văn phòng Đoàn ĐBQH và HĐND tỉnh", []string{"Văn phòng Đoàn ĐBQH và HĐND tỉnh"}},
		{"Văn phòng HĐND tỉnh và UBND tỉnh", []string{"Văn phòng HĐND tỉnh", "UBND tỉnh"}},
		{"Văn phòng HĐND và các UBND xã", []string{"Văn phòng HĐND", "các UBND xã"}},
		{"Báo và Phát thanh, Truyền hình tỉnh, Sở Y tế", []string{"Báo và Phát thanh, Truyền hình tỉnh", "Sở Y tế"}},
		{"Viễn thông tỉnh, Viettel tỉnh và VNPT tỉnh", []string{"Viễn thông tỉnh", "Viettel tỉnh", "VNPT tỉnh"}},

		// "phòng, chống" is one word with a comma inside, no "Phòng".
		{"Cục Quản lý đê điều và Phòng, chống thiên tai", []string{"Cục Quản lý đê điều và Phòng, chống thiên tai"}},
		{"Sở Y tế, Ban Chỉ huy phòng, tránh thiên tai", []string{"Sở Y tế", "Ban Chỉ huy phòng, tránh thiên tai"}},

		// Units of one level, each with its name, under one head.
		{"Ủy ban nhân dân phường An Hải, phường Mỹ An và phường Phước Mỹ",
			[]string{"Ủy ban nhân dân phường An Hải", "Ủy ban nhân dân phường Mỹ An", "Ủy ban nhân dân phường Phước Mỹ"}},
		{"UBND xã Hòa Bắc và xã Hòa Ninh", []string{"UBND xã Hòa Bắc", "UBND xã Hòa Ninh"}},
		{"Trung tâm Y tế huyện A Lưới, huyện Nam Đông, Sở Y tế",
			[]string{"Trung tâm Y tế huyện A Lưới", "Trung tâm Y tế huyện Nam Đông", "Sở Y tế"}},
		{"Ủy ban nhân dân thị trấn Lăng Cô, thị trấn Phú Lộc", []string{"Ủy ban nhân dân thị trấn Lăng Cô", "Ủy ban nhân dân thị trấn Phú Lộc"}},
		{"Trạm Y tế xã Hòa Bắc, huyện Hòa Vang", []string{"Trạm Y tế xã Hòa Bắc, huyện Hòa Vang"}},
		{"Ủy ban nhân dân các xã, phường", []string{"Ủy ban nhân dân các xã, phường"}},
		{"Ủy ban nhân dân xã, phường, thị trấn", []string{"Ủy ban nhân dân xã, phường, thị trấn"}},
		{"UỶ BAN NHÂN DÂN PHƯỜNG AN HẢI, PHƯỜNG MỸ AN", []string{"UỶ BAN NHÂN DÂN PHƯỜNG AN HẢI, PHƯỜNG MỸ AN"}},
	}
	for _, tt := range tests {
		if got := Split(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadLen(t *testing.T) {
	tests := []struct {
		in   string
		want string // the head
	}{
		{"Sở Tài chính", "Sở"},
		{"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân"},
		{"Uỷ ban nhân dân tỉnh", "Uỷ ban nhân dân"},
		{"UBND tỉnh", "UBND"},
		{"Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy"},
		{"Ban Quản lý dự án", "Ban Quản lý"},
		{"Ban Dân tộc", "Ban"},
		{"Chi cục Kiểm lâm", "Chi cục"},
		{"Thanh tra tỉnh", "Thanh tra"},
		{"Thanh tra Chính phủ", "Thanh tra"},
		{"Đại học Huế", "Đại học"},
		{"Trường Đại học Y", "Trường"},
		{"Trường đại học Y", "Trường"},
		{"Bệnh viện đa khoa tỉnh", "Bệnh viện"},
		{"Tỉnh ủy", "Tỉnh ủy"},
		{"Ngân hàng Nhà nước", "Ngân hàng"},
		{"Kho bạc Nhà nước", "Kho bạc"},
		{"Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội"},
		{"Công ty TNHH A", "Công ty"},
		{"sở nội vụ", "sở"},
		{"- Sở Y tế", "- Sở"},
		{"Thanh tra, kiểm tra", ""},
		{"Thanh tra việc chấp hành", ""},
		{"Thanh tra hành chính", ""},
		{"THANH TRA ĐỘT XUẤT", ""},
		{"thanh tra sở y tế", "thanh tra"},
		{"THANH TRA TỈNH", "THANH TRA"},
		{"THANH TRA TỔNG CỤC THUẾ", "THANH TRA"},
		{"Kiểm toán chuyên đề", ""},
		{"Ban hành kế hoạch", ""},
		{"Bộ máy", ""},
		{"Bộ tiêu chí", ""},
		{"Sở hữu trí tuệ", ""},
		{"Báo cáo kết quả", ""},
		{"Hội nghị", ""},
		{"Trường hợp", ""},
		{"Vụ việc", ""},
		{"Đoàn kết", ""},
		{"Phòng, chống tham nhũng", ""},
		{"Chính phủ điện tử", ""},
		{"Nhiệm vụ", ""},
		{"Lãnh đạo Sở A", "Lãnh đạo"},
		{"Lãnh đạo Bộ", "Lãnh đạo"},
		{"Lãnh đạo, chỉ đạo", ""},
		{"Lãnh đạo việc thực hiện", ""},
		{"Lãnh đạo các sở", ""},
		{"Thường trực Tỉnh ủy", "Thường trực"},
		{"Thường trực, liên tục", ""},
		{"Chủ nhiệm đề tài", ""},
		{"Tổ đảng ở Thường trực", "Tổ đảng"},
		{"", ""},
	}
	for _, tt := range tests {
		got := HeadLen(tt.in)
		if got != len(tt.want) {
			t.Errorf("HeadLen(%q) = %d (%q), want %d (%q)", tt.in, got, tt.in[:got], len(tt.want), tt.want)
		}
	}
}

func TestIsAgencyStart(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Sở Tài chính", true},
		{"các sở, ban, ngành", true},
		{"Các cơ quan, đơn vị", true},
		{"các Bộ quản lý", true},
		{"Địa phương", true},
		{"Cơ quan chuyên môn thuộc UBND tỉnh", true},
		{"Đơn vị sự nghiệp", true},
		{"các tổ chức chính trị - xã hội", true},
		{"Tổ chức thực hiện", false},
		{"Cơ sở pháp lý", false},
		{"Các dự án trọng điểm", false},
		{"Các trường hợp", false},
		{"Các báo cáo", false},
		{"Doanh nghiệp tăng 10%", false},
		{"Chủ đầu tư dự án", true},
		{"Nhà đầu tư", true},
		{"Lãnh đạo các cơ quan", false},
		{"Tập trung triển khai", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsAgencyStart(tt.in); got != tt.want {
			t.Errorf("IsAgencyStart(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
