package citation

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
)

// ref is the part of a Match that the tests compare.
type ref struct {
	Text, DocType, Number, Date, Issuer string
	Incomplete                          bool
}

func refs(ms []Match) []ref {
	var out []ref
	for _, m := range ms {
		out = append(out, ref{m.Ref.Text, m.Ref.DocType, m.Ref.Number, m.Ref.Date, m.Ref.Issuer, m.Incomplete})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ref
	}{
		{
			name: "state resolution with date and issuer",
			in:   "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải pháp chủ yếu",
			want: []ref{{Text: "Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ", DocType: "Nghị quyết", Number: "01/NQ-CP", Date: "2024-01-05", Issuer: "Chính phủ"}},
		},
		{
			name: "no số",
			in:   "Kế hoạch 231/KH-UBND ngày 30/6/2022 của UBND tỉnh thực hiện Chương trình",
			want: []ref{{Text: "Kế hoạch 231/KH-UBND ngày 30/6/2022 của UBND tỉnh", DocType: "Kế hoạch", Number: "231/KH-UBND", Date: "2022-06-30", Issuer: "UBND tỉnh"}},
		},
		{
			name: "party symbol and term in brackets",
			in:   "thực hiện Chương trình số 12-CTr/TU ngày 13/5/2022 của Tỉnh ủy (khoá XVI) thực hiện",
			want: []ref{{Text: "Chương trình số 12-CTr/TU ngày 13/5/2022 của Tỉnh ủy", DocType: "Chương trình", Number: "12-CTr/TU", Date: "2022-05-13", Issuer: "Tỉnh ủy"}},
		},
		{
			name: "National Assembly with year",
			in:   "thực hiện Nghị quyết 38/2021/QH15 ngày 13/11/2021 của Quốc hội về thí điểm",
			want: []ref{{Text: "Nghị quyết 38/2021/QH15 ngày 13/11/2021 của Quốc hội", DocType: "Nghị quyết", Number: "38/2021/QH15", Date: "2021-11-13", Issuer: "Quốc hội"}},
		},
		{
			name: "comma before ngày",
			in:   "Quyết định số 2811/QĐ-UBND, ngày 04/11/2021 của UBND tỉnh về Chương trình",
			want: []ref{{Text: "Quyết định số 2811/QĐ-UBND, ngày 04/11/2021 của UBND tỉnh", DocType: "Quyết định", Number: "2811/QĐ-UBND", Date: "2021-11-04", Issuer: "UBND tỉnh"}},
		},
		{
			name: "date without ngày",
			in:   "Chương trình hành động số 306/CTr-UBND 07/10/2021 của UBND tỉnh về xây dựng",
			want: []ref{{Text: "Chương trình hành động số 306/CTr-UBND 07/10/2021 của UBND tỉnh", DocType: "Chương trình hành động", Number: "306/CTr-UBND", Date: "2021-10-07", Issuer: "UBND tỉnh"}},
		},
		{
			name: "date in words",
			in:   "Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ về giảm nhẹ",
			want: []ref{{Text: "Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ", DocType: "Nghị định", Number: "06/2022/NĐ-CP", Date: "2022-01-07", Issuer: "Chính phủ"}},
		},
		{
			name: "law with its name before số, wrapped",
			in:   "Thực hiện Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11\n     năm 2020 của Quốc hội, Nghị quyết",
			want: []ref{{Text: "Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11\n     năm 2020 của Quốc hội", DocType: "Luật", Number: "72/2020/QH14", Date: "2020-11-17", Issuer: "Quốc hội"}},
		},
		{
			name: "blank after hyphen",
			in:   "Nghị quyết số 15- NQ/TU của Tỉnh ủy",
			want: []ref{{Text: "Nghị quyết số 15- NQ/TU của Tỉnh ủy", DocType: "Nghị quyết", Number: "15-NQ/TU", Issuer: "Tỉnh ủy"}},
		},
		{
			name: "line break after the hyphen",
			in:   "theo Kết luận số 75-\nKL/TW ngày 28/7/2026; Kế hoạch số 12/\r\nKH-UBND; giai đoạn 2021-\n2025",
			want: []ref{
				{Text: "Kết luận số 75-\nKL/TW ngày 28/7/2026", DocType: "Kết luận", Number: "75-KL/TW", Date: "2026-07-28"},
				{Text: "Kế hoạch số 12/\r\nKH-UBND", DocType: "Kế hoạch", Number: "12/KH-UBND"},
			},
		},
		{
			name: "blank before slash",
			in:   "Kế hoạch số 215 /KH-UBND.",
			want: []ref{{Text: "Kế hoạch số 215 /KH-UBND", DocType: "Kế hoạch", Number: "215/KH-UBND"}},
		},
		{
			name: "blank inside issuer part",
			in:   "theo Nghị định số 45/2025/NĐ- CP;",
			want: []ref{{Text: "Nghị định số 45/2025/NĐ- CP", DocType: "Nghị định", Number: "45/2025/NĐ-CP"}},
		},
		{
			name: "upper-case title",
			in:   "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG",
			want: []ref{{Text: "CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ", DocType: "Chỉ thị", Number: "13/CT-TTg", Date: "2024-05-02", Issuer: "THỦ TƯỚNG CHÍNH PHỦ"}},
		},
		{
			name: "list inherits the type",
			in:   "tại các Thông báo kết luận số 09/TB-VPCP ngày 11 tháng 01 năm 2024; số 328/TB-VPCP ngày 16 tháng 7 năm 2024 và cuộc họp ngày 22 tháng 8 năm 2024",
			want: []ref{
				{Text: "Thông báo kết luận số 09/TB-VPCP ngày 11 tháng 01 năm 2024", DocType: "Thông báo", Number: "09/TB-VPCP", Date: "2024-01-11"},
				{Text: "số 328/TB-VPCP ngày 16 tháng 7 năm 2024", DocType: "Thông báo", Number: "328/TB-VPCP", Date: "2024-07-16"},
			},
		},
		{
			name: "two citations joined by và",
			in:   "theo Nghị quyết số 08/NQ-HĐND ngày 14/7/2017 của HĐND tỉnh và Nghị quyết số 70/NQ-HĐND ngày 21/8/2023 của Hội đồng nhân dân tỉnh về tình hình",
			want: []ref{
				{Text: "Nghị quyết số 08/NQ-HĐND ngày 14/7/2017 của HĐND tỉnh", DocType: "Nghị quyết", Number: "08/NQ-HĐND", Date: "2017-07-14", Issuer: "HĐND tỉnh"},
				{Text: "Nghị quyết số 70/NQ-HĐND ngày 21/8/2023 của Hội đồng nhân dân tỉnh", DocType: "Nghị quyết", Number: "70/NQ-HĐND", Date: "2023-08-21", Issuer: "Hội đồng nhân dân tỉnh"},
			},
		},
		{
			name: "official letters without a type code",
			in:   "đáp ứng yêu cầu tại văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT; hoàn thành",
			want: []ref{
				{Text: "văn bản số 1552/BTTTT-TTH", DocType: "Công văn", Number: "1552/BTTTT-TTH"},
				{Text: "708/BTTTT-CATTT", DocType: "Công văn", Number: "708/BTTTT-CATTT"},
			},
		},
		{
			name: "the type word wins over the code",
			in:   "Căn cứ Công văn số 46-HD/BTGTW ngày 04 tháng 4 năm 2022 của Ban Tuyên giáo Trung ương hướng dẫn nghiên cứu",
			want: []ref{{Text: "Công văn số 46-HD/BTGTW ngày 04 tháng 4 năm 2022 của Ban Tuyên giáo Trung ương", DocType: "Công văn", Number: "46-HD/BTGTW", Date: "2022-04-04", Issuer: "Ban Tuyên giáo Trung ương"}},
		},
		{
			name: "type word that agrees with the code",
			in:   "Quyết định phê duyệt Chương trình số 1234/QĐ-TTg",
			want: []ref{{Text: "Quyết định phê duyệt Chương trình số 1234/QĐ-TTg", DocType: "Quyết định", Number: "1234/QĐ-TTg"}},
		},
		{
			name: "type from the code",
			in:   "theo 523/QĐ-TTg của Thủ tướng Chính phủ.",
			want: []ref{{Text: "523/QĐ-TTg của Thủ tướng Chính phủ", DocType: "Quyết định", Number: "523/QĐ-TTg", Issuer: "Thủ tướng Chính phủ"}},
		},
		{
			name: "lower-case type word is not taken",
			in:   "theo nghị quyết số 01/NQ-CP",
			want: []ref{{Text: "số 01/NQ-CP", DocType: "Nghị quyết", Number: "01/NQ-CP"}},
		},
		{
			name: "blank number with date",
			in:   "(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)",
			want: []ref{{Text: "Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ", DocType: "Nghị quyết", Date: "2025-01-01", Issuer: "Chính phủ", Incomplete: true}},
		},
		{
			name: "blank number and blank date",
			in:   "*(Ban hành kèm theo Kế hoạch số       /KH-BTNMT ngày    tháng 8 năm 2024 của Bộ Tài nguyên và Môi trường)*",
			want: []ref{{Text: "Kế hoạch số       /KH-BTNMT", DocType: "Kế hoạch", Incomplete: true}},
		},
		{
			name: "weak symbol with số",
			in:   "Căn cứ Quyết định số 01/COP16; các quyết định khác",
			want: []ref{{Text: "Quyết định số 01/COP16", DocType: "Quyết định", Number: "01/COP16"}},
		},
		{
			name: "party symbol without issuer needs số",
			in:   "Quyết định số 23-QĐ về việc ban hành",
			want: []ref{{Text: "Quyết định số 23-QĐ", DocType: "Quyết định", Number: "23-QĐ"}},
		},
		{
			name: "mixed-case codes written in capitals",
			in:   "Chương trình số 12-CTR/TU và Tờ trình số 04/TTR-BKHCN",
			want: []ref{
				{Text: "Chương trình số 12-CTR/TU", DocType: "Chương trình", Number: "12-CTr/TU"},
				{Text: "Tờ trình số 04/TTR-BKHCN", DocType: "Tờ trình", Number: "04/TTr-BKHCN"},
			},
		},
		{
			name: "issuer with commas and và",
			in:   "Thông tư số 01/2023/TT-BLĐTBXH của Bộ Lao động, Thương binh và Xã hội về việc",
			want: []ref{{Text: "Thông tư số 01/2023/TT-BLĐTBXH của Bộ Lao động, Thương binh và Xã hội", DocType: "Thông tư", Number: "01/2023/TT-BLĐTBXH", Issuer: "Bộ Lao động, Thương binh và Xã hội"}},
		},
		{
			name: "issuer Ủy ban nhân dân and a term after khóa",
			in:   "Quyết định số 01/QĐ-UBND ngày 01/01/2024 của Ủy ban nhân dân tỉnh về việc; Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII;",
			want: []ref{
				{Text: "Quyết định số 01/QĐ-UBND ngày 01/01/2024 của Ủy ban nhân dân tỉnh", DocType: "Quyết định", Number: "01/QĐ-UBND", Date: "2024-01-01", Issuer: "Ủy ban nhân dân tỉnh"},
				{Text: "Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng", DocType: "Nghị quyết", Number: "45-NQ/TW", Date: "2023-11-24", Issuer: "Ban Chấp hành Trung ương Đảng"},
			},
		},
		{
			name: "issuer with và before a capital",
			in:   "Kế hoạch số 09/KH-BTNMT của Bộ Tài nguyên và Môi trường về tín chỉ",
			want: []ref{{Text: "Kế hoạch số 09/KH-BTNMT của Bộ Tài nguyên và Môi trường", DocType: "Kế hoạch", Number: "09/KH-BTNMT", Issuer: "Bộ Tài nguyên và Môi trường"}},
		},
		{
			name: "emphasis around the citation",
			in:   "(*viết tắt là Nghị quyết 01/NQ-CP*);",
			want: []ref{{Text: "Nghị quyết 01/NQ-CP", DocType: "Nghị quyết", Number: "01/NQ-CP"}},
		},
		{
			name: "en dash in the symbol",
			in:   "Nghị quyết số 01/NQ–CP",
			want: []ref{{Text: "Nghị quyết số 01/NQ–CP", DocType: "Nghị quyết", Number: "01/NQ-CP"}},
		},
		{
			name: "issuer code with Ư",
			in:   "Thực hiện Kế hoạch số 1120/KH-BCĐTƯATTP ngày 15/9/2025 của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm",
			want: []ref{{Text: "Kế hoạch số 1120/KH-BCĐTƯATTP ngày 15/9/2025 của Ban Chỉ đạo liên ngành Trung ương", DocType: "Kế hoạch", Number: "1120/KH-BCĐTƯATTP", Date: "2025-09-15", Issuer: "Ban Chỉ đạo liên ngành Trung ương"}},
		},
		{
			name: "issuer code ending in Ư, and a Party issuer TƯ",
			in:   "Kế hoạch số 12/KH-BCĐTƯ ngày 02/3/2025 của Ban Chỉ đạo Trung ương; Nghị quyết 26-NQ/TƯ ngày 05/8/2008 của Ban Chấp hành Trung ương",
			want: []ref{
				{Text: "Kế hoạch số 12/KH-BCĐTƯ ngày 02/3/2025 của Ban Chỉ đạo Trung ương", DocType: "Kế hoạch", Number: "12/KH-BCĐTƯ", Date: "2025-03-02", Issuer: "Ban Chỉ đạo Trung ương"},
				{Text: "Nghị quyết 26-NQ/TƯ ngày 05/8/2008 của Ban Chấp hành Trung ương", DocType: "Nghị quyết", Number: "26-NQ/TƯ", Date: "2008-08-05", Issuer: "Ban Chấp hành Trung ương"},
			},
		},
		{
			name: "issuer code with other Vietnamese capitals",
			in:   "Quyết định số 15/QĐ-ỦBKTƠ ngày 02/3/2025",
			want: []ref{{Text: "Quyết định số 15/QĐ-ỦBKTƠ ngày 02/3/2025", DocType: "Quyết định", Number: "15/QĐ-ỦBKTƠ", Date: "2025-03-02"}},
		},
		{
			name: "a body named with a number",
			in:   "Thực hiện Kế hoạch số 9/KH-BCĐ389 ngày 2/2/2025 của Ban Chỉ đạo 389 tỉnh về chống buôn lậu; Quyết định số 7/QĐ-UBND của Trung tâm 2 năm",
			want: []ref{
				{Text: "Kế hoạch số 9/KH-BCĐ389 ngày 2/2/2025 của Ban Chỉ đạo 389 tỉnh", DocType: "Kế hoạch", Number: "9/KH-BCĐ389", Date: "2025-02-02", Issuer: "Ban Chỉ đạo 389 tỉnh"},
				{Text: "Quyết định số 7/QĐ-UBND của Trung tâm", DocType: "Quyết định", Number: "7/QĐ-UBND", Issuer: "Trung tâm"},
			},
		},
		{
			name: "a capitalised title verb ends the issuer",
			in:   "Căn cứ Quyết định số 1895/QĐ-UBND ngày 13/7/2023 của UBND tỉnh Phê duyệt Đề án; Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh Ban hành Quy chế",
			want: []ref{
				{Text: "Quyết định số 1895/QĐ-UBND ngày 13/7/2023 của UBND tỉnh", DocType: "Quyết định", Number: "1895/QĐ-UBND", Date: "2023-07-13", Issuer: "UBND tỉnh"},
				{Text: "Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh", DocType: "Quyết định", Number: "12/QĐ-UBND", Issuer: "Ủy ban nhân dân tỉnh"},
			},
		},
		{
			name: "meeting with an ordinal before the committee",
			in:   "quán triệt Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII về một số vấn đề",
			want: []ref{{Text: "Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương", DocType: "Nghị quyết", Number: "18-NQ/TW", Date: "2017-10-25", Issuer: "Hội nghị lần thứ sáu Ban Chấp hành Trung ương"}},
		},
		{
			name: "meeting with an ordinal, term capitalised, wrapped",
			in:   "Nghị quyết số 19-NQ/TW của Hội nghị lần thứ bảy Ban\nChấp hành Trung ương Khóa XII về công tác",
			want: []ref{{Text: "Nghị quyết số 19-NQ/TW của Hội nghị lần thứ bảy Ban\nChấp hành Trung ương Khóa XII", DocType: "Nghị quyết", Number: "19-NQ/TW", Issuer: "Hội nghị lần thứ bảy Ban Chấp hành Trung ương Khóa XII"}},
		},
		{
			name: "congress with an ordinal",
			in:   "Nghị quyết số 01-NQ/ĐH của Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI về phát triển",
			want: []ref{{Text: "Nghị quyết số 01-NQ/ĐH của Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", DocType: "Nghị quyết", Number: "01-NQ/ĐH", Issuer: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"}},
		},
		{
			name: "project board with a lower-case description",
			in:   "(Tờ trình số 15/TTr-BQLDA ngày 10/3/2025 của Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hà Giang về việc thẩm định)",
			want: []ref{{Text: "Tờ trình số 15/TTr-BQLDA ngày 10/3/2025 của Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hà Giang", DocType: "Tờ trình", Number: "15/TTr-BQLDA", Date: "2025-03-10", Issuer: "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hà Giang"}},
		},
		{
			name: "project board in capitals, Về việc capitalised",
			in:   "Tờ trình số 07/TTr-BQL ngày 4/2/2026 của BAN\nQLDA Đầu tư xây dựng công trình dân dụng tỉnh Hà Giang Về việc phê duyệt",
			want: []ref{{Text: "Tờ trình số 07/TTr-BQL ngày 4/2/2026 của BAN\nQLDA Đầu tư xây dựng công trình dân dụng tỉnh Hà Giang", DocType: "Tờ trình", Number: "07/TTr-BQL", Date: "2026-02-04", Issuer: "BAN QLDA Đầu tư xây dựng công trình dân dụng tỉnh Hà Giang"}},
		},
		{
			name: "a description ends at its place",
			in:   "Kế hoạch số 05/KH-BQL của Ban Quản lý các khu công nghiệp tỉnh thực hiện Nghị quyết số 12-NQ/TU",
			want: []ref{
				{Text: "Kế hoạch số 05/KH-BQL của Ban Quản lý các khu công nghiệp tỉnh", DocType: "Kế hoạch", Number: "05/KH-BQL", Issuer: "Ban Quản lý các khu công nghiệp tỉnh"},
				{Text: "Nghị quyết số 12-NQ/TU", DocType: "Nghị quyết", Number: "12-NQ/TU"},
			},
		},
		{
			name: "a description ends at a term",
			in:   "Kế hoạch số 3/KH-BCĐ của Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025 tỉnh về",
			want: []ref{{Text: "Kế hoạch số 3/KH-BCĐ của Ban Chỉ đạo các chương trình mục tiêu quốc gia", DocType: "Kế hoạch", Number: "3/KH-BCĐ", Issuer: "Ban Chỉ đạo các chương trình mục tiêu quốc gia"}},
		},
		{
			name: "a description ends at nhân dân",
			in:   "Nghị quyết số 07/2024/NQ-HĐND của Hội đồng nhân dân quy định mức chi",
			want: []ref{{Text: "Nghị quyết số 07/2024/NQ-HĐND của Hội đồng nhân dân", DocType: "Nghị quyết", Number: "07/2024/NQ-HĐND", Issuer: "Hội đồng nhân dân"}},
		},
		{
			name: "a Party committee is no description",
			in:   "Chỉ thị số 05-CT/TW của Ban Bí thư tăng cường sự lãnh đạo của Đảng; Chương trình số 12-CTr/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết",
			want: []ref{
				{Text: "Chỉ thị số 05-CT/TW của Ban Bí thư", DocType: "Chỉ thị", Number: "05-CT/TW", Issuer: "Ban Bí thư"},
				{Text: "Chương trình số 12-CTr/TU của Ban Thường vụ Tỉnh ủy", DocType: "Chương trình", Number: "12-CTr/TU", Issuer: "Ban Thường vụ Tỉnh ủy"},
			},
		},
		{
			name: "upper-case meeting with an ordinal",
			in:   "NGHỊ QUYẾT SỐ 18-NQ/TW CỦA HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XII VỀ",
			want: []ref{{Text: "NGHỊ QUYẾT SỐ 18-NQ/TW CỦA HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG", DocType: "Nghị quyết", Number: "18-NQ/TW", Issuer: "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG"}},
		},
		{
			name: "date after the issuer",
			in:   "Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy Hà Giang ngày 15/12/2025 về phát triển du lịch",
			want: []ref{{Text: "Nghị quyết số 09-NQ/TU của Tỉnh ủy Hà Giang ngày 15/12/2025", DocType: "Nghị quyết", Number: "09-NQ/TU", Date: "2025-12-15", Issuer: "Tỉnh ủy Hà Giang"}},
		},
		{
			name: "date in words after the issuer",
			in:   "Kế hoạch số 40/KH-UBND của UBND tỉnh ngày 20 tháng 12 năm 2025 về chuyển đổi số",
			want: []ref{{Text: "Kế hoạch số 40/KH-UBND của UBND tỉnh ngày 20 tháng 12 năm 2025", DocType: "Kế hoạch", Number: "40/KH-UBND", Date: "2025-12-20", Issuer: "UBND tỉnh"}},
		},
		{
			name: "a deadline after the issuer is no date",
			in:   "Kế hoạch số 40/KH-UBND của UBND tỉnh trước ngày 20/12/2025",
			want: []ref{{Text: "Kế hoạch số 40/KH-UBND của UBND tỉnh", DocType: "Kế hoạch", Number: "40/KH-UBND", Issuer: "UBND tỉnh"}},
		},
		{
			name: "issuer after the date without của",
			in:   "(Văn bản số 512/UBND-KT ngày 03/03/2026 Ủy\nban nhân dân tỉnh về việc chuẩn bị đầu tư)",
			want: []ref{{Text: "Văn bản số 512/UBND-KT ngày 03/03/2026 Ủy\nban nhân dân tỉnh", DocType: "Công văn", Number: "512/UBND-KT", Date: "2026-03-03", Issuer: "Ủy ban nhân dân tỉnh"}},
		},
		{
			name: "issuer after the date without của, abbreviated",
			in:   "Công văn số 88/SYT-NVY ngày 5/1/2026 Sở Y tế về việc; Quyết định số 12/QĐ-BYT ngày 6/1/2026 Bộ Y tế ban hành",
			want: []ref{
				{Text: "Công văn số 88/SYT-NVY ngày 5/1/2026 Sở Y tế", DocType: "Công văn", Number: "88/SYT-NVY", Date: "2026-01-05", Issuer: "Sở Y tế"},
				{Text: "Quyết định số 12/QĐ-BYT ngày 6/1/2026 Bộ Y tế", DocType: "Quyết định", Number: "12/QĐ-BYT", Date: "2026-01-06", Issuer: "Bộ Y tế"},
			},
		},
		{
			name: "issuer after the date without của, code with Ư",
			in:   "Văn bản số 13/BCĐTƯ-VP ngày 23/02/2026 Ban Chỉ đạo Trung ương về việc",
			want: []ref{{Text: "Văn bản số 13/BCĐTƯ-VP ngày 23/02/2026 Ban Chỉ đạo Trung ương", DocType: "Công văn", Number: "13/BCĐTƯ-VP", Date: "2026-02-23", Issuer: "Ban Chỉ đạo Trung ương"}},
		},
		{
			name: "issuer after the date without của, in capitals",
			in:   "KẾ HOẠCH SỐ 12/KH-UBND NGÀY 5/1/2024 ỦY BAN NHÂN DÂN TỈNH THỰC HIỆN CHƯƠNG TRÌNH",
			want: []ref{{Text: "KẾ HOẠCH SỐ 12/KH-UBND NGÀY 5/1/2024 ỦY BAN NHÂN DÂN TỈNH", DocType: "Kế hoạch", Number: "12/KH-UBND", Date: "2024-01-05", Issuer: "ỦY BAN NHÂN DÂN TỈNH"}},
		},
		{
			name: "a subject after the date is no issuer",
			in:   "Theo Quyết định số 12/QĐ-UBND ngày 5/1/2024 Sở Y tế đã ban hành; Kế hoạch số 3/KH-UBND ngày 6/1/2024, UBND tỉnh giao",
			want: []ref{
				{Text: "Quyết định số 12/QĐ-UBND ngày 5/1/2024", DocType: "Quyết định", Number: "12/QĐ-UBND", Date: "2024-01-05"},
				{Text: "Kế hoạch số 3/KH-UBND ngày 6/1/2024", DocType: "Kế hoạch", Number: "3/KH-UBND", Date: "2024-01-06"},
			},
		},
		{name: "standard", in: "theo tiêu chuẩn TCVN ISO 9001:2015, tăng cường"},
		{name: "date alone", in: "trước ngày 05/01/2024 và ngày 30-6-2024"},
		{name: "scheme without symbol", in: "Tập trung triển khai thực hiện Đề án 06 về ứng dụng"},
		{name: "index", in: "Chi phí tuân thủ pháp luật (Chỉ số B1) và Chỉ thị 18"},
		{name: "scale", in: "các quy hoạch 1/5.000, 1/2.000 trên địa bàn"},
		{name: "range", in: "thành lập mới 5-7 HTX giai đoạn 2021 - 2025, đón 3,5 - 4 triệu lượt khách"},
		{name: "law clause", in: "theo quy định tại Khoản\n3 - Điều 61 Luật Lâm nghiệp"},
		{name: "weak symbol without context", in: "kết quả 01/COP16 đã công bố"},
		{name: "words", in: "COVID-19, 4G, Hue-S, KH&CN, USD/người, 24/7"},
		{name: "no digits", in: "Các sở, ngành / địa phương - kinh tế - xã hội"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := refs(Find(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	in := "Căn cứ Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ; Kế hoạch 231/KH-UBND."
	for _, m := range Find(in) {
		if m.Start < 0 || m.End > len(in) || m.Start > m.End {
			t.Fatalf("Find(%q): match %d:%d out of range", in, m.Start, m.End)
		}
		if in[m.Start:m.End] != m.Ref.Text {
			t.Errorf("Find(%q): Text = %q, want text[%d:%d] = %q", in, m.Ref.Text, m.Start, m.End, in[m.Start:m.End])
		}
		if m.Ref.Span != (model.Span{}) {
			t.Errorf("Find(%q): Span = %v, want zero", in, m.Ref.Span)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"01/NQ-CP", "01/NQ-CP"},
		{"15- NQ/TU", "15-NQ/TU"},
		{"215 /KH-UBND", "215/KH-UBND"},
		{"45/2025/NĐ- CP", "45/2025/NĐ-CP"},
		{"13/CT-TTG", "13/CT-TTg"},
		{"12-CTR/TU", "12-CTr/TU"},
		{"04/TTR-BKHCN-BTTTT", "04/TTr-BKHCN-BTTTT"},
		{"01/nq-CP", "01/NQ-CP"},
		{"01/NQ–CP", "01/NQ-CP"},
		{"38/2021/QH15", "38/2021/QH15"},
		{"1552/BTTTT-TTH", "1552/BTTTT-TTH"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// readRepoFile reads a file of the repository, skipping the test when it
// is not there.
func readRepoFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", path))
	if err != nil {
		t.Skipf("cannot read %s: %v", path, err)
	}
	return string(b)
}

func distinctNumbers(ms []Match) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		if m.Ref.Number != "" && !seen[m.Ref.Number] {
			seen[m.Ref.Number] = true
			out = append(out, m.Ref.Number)
		}
	}
	sort.Strings(out)
	return out
}

func TestFindSeed(t *testing.T) {
	text := readRepoFile(t, "seeds/000_a0ddf91c7c9a8c05.txt")
	want := []string{
		"01/NQ-CP", "231/KH-UBND", "12-CTr/TU", "38/2021/QH15", "08/NQ-HĐND",
		"70/NQ-HĐND", "26-NQ/TW", "168/NQ-CP", "306/CTr-UBND", "3540/QĐ-UBND",
		"523/QĐ-TTg", "120/CTr-UBND", "12-NQ/TU", "312/CTr-UBND", "2811/QĐ-UBND",
		"05-NQ/TU", "135/NQ-HĐND", "522/QĐ-TTg", "3553/QĐ-UBND", "08-NQ/TU",
		"33/2022/NQ-HĐND", "30/2021/NQ-HĐND", "06/2021/NQ-HĐND", "01/QĐ-UBND",
	}
	sort.Strings(want)
	ms := Find(text)
	got := distinctNumbers(ms)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(seed) distinct numbers mismatch (-want +got):\n%s", diff)
	}
	for _, m := range ms {
		if m.Incomplete {
			t.Errorf("Find(seed): unexpected incomplete citation %q", m.Ref.Text)
		}
		if m.Ref.DocType == "" {
			t.Errorf("Find(seed): citation %q has no type", m.Ref.Text)
		}
	}
	// Facts read from the seed.
	byNumber := map[string]Match{}
	for _, m := range ms {
		if _, ok := byNumber[m.Ref.Number]; !ok || m.Ref.Date != "" {
			byNumber[m.Ref.Number] = m
		}
	}
	checks := []ref{
		{Number: "12-NQ/TU", DocType: "Nghị quyết", Date: "2021-11-12", Issuer: "Tỉnh uỷ"},
		{Number: "306/CTr-UBND", DocType: "Chương trình hành động", Date: "2021-10-07", Issuer: "UBND tỉnh"},
		{Number: "523/QĐ-TTg", DocType: "Quyết định", Date: "2018-05-14", Issuer: "Thủ tướng Chính phủ"},
		{Number: "01/QĐ-UBND", DocType: "Quyết định", Date: "2024-01-01", Issuer: "Ủy ban nhân dân tỉnh"},
		{Number: "30/2021/NQ-HĐND", DocType: "Nghị quyết", Date: "2021-04-26", Issuer: "HĐND tỉnh"},
	}
	for _, c := range checks {
		m := byNumber[c.Number]
		got := ref{Number: m.Ref.Number, DocType: m.Ref.DocType, Date: m.Ref.Date, Issuer: m.Ref.Issuer}
		if got != c {
			t.Errorf("Find(seed) citation of %s = %+v, want %+v", c.Number, got, c)
		}
	}
}

func TestFindCorpus(t *testing.T) {
	tests := []struct {
		file       string
		want       []string // distinct numbers
		incomplete int
	}{
		{"btnmt-kh09-2024-tin-chi-carbon.txt", []string{"06/2022/NĐ-CP", "09/KH-BTNMT", "13/CT-TTg"}, 1},
		{"vpcp-tb467-2024-ket-luan-thi-truong-carbon.txt", []string{"06/2022/NĐ-CP", "09/TB-VPCP", "328/TB-VPCP", "467/TB-VPCP"}, 0},
		{"chinhphu-nq88-2022-chuong-trinh-hanh-dong.txt", []string{"10-NQ/TW", "46-HD/BTGTW", "51/2021/NĐ-CP", "645/QĐ-TTg", "88/NQ-CP"}, 0},
		{"ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt", []string{"1422/QĐ-TTg", "72/2020/QH14", "888/QĐ-TTg", "896/QĐ-TTg", "93/NQ-CP"}, 0},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", []string{"01/COP16", "1393/QĐ-TTg", "134/2016/QH13", "147/2016/NĐ-CP", "2053/QĐ-TTg", "2139/QĐ-TTg", "419/QĐ-TTg", "58/QĐ-TTg", "799/QĐ-TTg", "99/2010/NĐ-CP"}, 0},
		{"chinhphu-nq03-2025-chuong-trinh-hanh-dong-nq57.txt", []string{
			"03/NQ-CP", "04/TTr-BKHCN-BTTTT", "05/2022/QĐ-TTg", "107/2021/NĐ-CP", "109/2022/NĐ-CP",
			"1552/BTTTT-TTH", "157/2007/QĐ-TTg", "37/2018/QĐ-TTg", "45-NQ/TW", "57-NQ/TW",
			"708/BTTTT-CATTT", "79/2021/NĐ-CP", "80/2020/NĐ-CP", "83/BKHCN-BTTTT-VP", "87/2021/NĐ-CP",
			"97/2018/NĐ-CP", "97/2023/NĐ-CP",
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text := readRepoFile(t, filepath.Join("testdata", "corpus", tt.file))
			ms := Find(text)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, distinctNumbers(ms)); diff != "" {
				t.Errorf("Find(%s) distinct numbers mismatch (-want +got):\n%s", tt.file, diff)
			}
			n := 0
			for _, m := range ms {
				if m.Incomplete {
					n++
				}
			}
			if n != tt.incomplete {
				t.Errorf("Find(%s) gave %d incomplete citations, want %d", tt.file, n, tt.incomplete)
			}
		})
	}
}

func TestFindNoDigitsIsCheap(t *testing.T) {
	in := strings.Repeat("Tập trung phát triển kinh tế - xã hội, thu nhập USD/người của ngành, ", 1000)
	allocs := testing.AllocsPerRun(10, func() { Find(in) })
	if allocs != 0 {
		t.Errorf("Find on text without numbers allocated %v times, want 0", allocs)
	}
}

// seedParagraphs returns the paragraphs of the sample document, and the
// document.
func seedParagraphs(b *testing.B) ([]string, string) {
	src, err := os.ReadFile(filepath.Join("..", "seeds", "000_a0ddf91c7c9a8c05.txt"))
	if err != nil {
		b.Skip(err)
	}
	return strings.Split(string(src), "\n\n"), string(src)
}

// BenchmarkResolverFind finds the citations of each paragraph of the
// sample document, as the parser does.
func BenchmarkResolverFind(b *testing.B) {
	paras, src := seedParagraphs(b)
	r := NewResolver(FindAliases(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			r.Find(p)
		}
	}
}

// BenchmarkFindAliases looks for definitions in each paragraph of the
// sample document that holds " là ", as the parser does.
func BenchmarkFindAliases(b *testing.B) {
	paras, _ := seedParagraphs(b)
	var withLa []string
	n := 0
	for _, p := range paras {
		if strings.Contains(p, " là ") {
			withLa = append(withLa, p)
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range withLa {
			FindAliases(p)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "seeds", "000_a0ddf91c7c9a8c05.txt"))
	if err != nil {
		b.Skip(err)
	}
	text := strings.Repeat(string(src), 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

// TestTypeWordFold checks what typeWordStart relies on: a word equals
// the first word of a type word under case folding exactly when its lower
// case, as textscan.AppendLower writes it, equals that word.
func TestTypeWordFold(t *testing.T) {
	letters := make(map[rune]string) // the letters of the first words
	for _, words := range typeWordWords {
		for _, c := range words[0] {
			letters[c] = words[0]
		}
	}
	for c, w := range letters {
		// Every rune that folds to c is upper case and lowers to c.
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if !textscan.IsUpper(r) || unicode.ToLower(r) != c {
				t.Errorf("%U folds to %q in %q but does not lower to it", r, c, w)
			}
		}
	}
	// Every rune that lowers to one of them folds to it.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		c := unicode.ToLower(r)
		if w, ok := letters[c]; ok && r != c && !strings.EqualFold(string(r), string(c)) {
			t.Errorf("%U lowers to %q in %q but does not fold to it", r, c, w)
		}
	}
}

// TestEqualFoldFirstByte checks what equalFold relies on: the only runes
// outside ASCII that fold to an ASCII rune start with E2 or C5, and
// equalFold agrees with strings.EqualFold.
func TestEqualFoldFirstByte(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				if b := string(r)[0]; b != 0xE2 && b != 0xC5 {
					t.Errorf("%U folds to %q but starts with %X", r, f, b)
				}
			}
		}
	}
	words := []string{"", "a", "A", "s", "S", "ſ", "k", "K", "\u212a", "số", "Số", "SỐ", "ſố", "định", "Định", "ĐỊNH",
		"ban", "BAN", "và", "VÀ", "\u212aế", "kế", "\xe2", "\xc5", "\xff", "1", "-", "ủy", "Ủy", "uỷ"}
	for _, a := range words {
		for _, b := range words {
			if got, want := equalFold(a, b), strings.EqualFold(a, b); got != want {
				t.Errorf("equalFold(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
