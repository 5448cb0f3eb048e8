package deadline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"gửi Sở Kế hoạch và Đầu tư tổng hợp **trước ngày 30/01/2024**.",
		"định kỳ hằng quý, tổng hợp trước ngày 20 hàng tháng",
		"Phấn đấu đến năm 2030, tầm nhìn đến năm 2045; 6 tháng đầu năm",
		"Quy hoạch tỉnh giai đoạn 2021 - 2030, tầm nhìn đến năm 2050",
		"Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ",
		"Từ năm 2017 đến hết năm 2030; định kỳ trước ngày 31 tháng 3 hàng năm",
		"| Năm 2025; Năm 2030 | Quý III, năm 2022 | 2017 -2020 | 12/2025 |",
		"trong trong trong trong trong trong trong trong trong năm 2024",
		"quý quý I/ 9/9/9999 ngày 31/02 hàng\n\nnăm",
		"\xff2024 \xc4\x91ến năm 2030",
		"Hoàn thành trong Quý III, IV/2026; quý 3, 4 đơn vị; Quý IV/2025 - Quý I/2026",
		"- Thời gian thực hiện: 10-11/2019.\n| 3 - 12/2020 | tháng 10/2025 - tháng 3/2026 |",
		"định kỳ 6 tháng, hằng năm (trước ngày 15/6 và 15/12, ngày 1/7 và 31/12/2025 hằng năm)",
		"Định kỳ hai năm một lần; mười hai tháng một lần; trước 25 hằng tháng; kỳ lần kì",
		"tổng chi ngân sách nhà nước hằng năm, kế hoạch 5 năm và hằng năm của tỉnh",
		"- Thường xuyên rà soát; chi thường xuyên. Định kỳ, trước ngày 15/12 hoàn thành phê duyệt trong năm 2026",
		"dự toán được giao hằng năm; là tiêu chí thi đua hằng năm | NGUYÊN, TUYÊN, XUYÊN | Năm 2025; Năm 2030",
		"0mười hai tháng1lần",
		"hai năm/lần; ba năm / lần; thực hiện thường xuyên, liên tục. Chi thường xuyên.",
		"trong tháng 11 và tháng 12 năm 2026; tháng 5, 6/2026; từ tháng 5 đến tháng 8/2026; năm học 2025-2026, niên vụ 2025 - 2026",
		"trước ngày 30 / 6 / 2026; ngày 15/ 10; Báo cáo hằng tháng, trước ngày 25. Bộ luật Lao động năm 2019",
		"Năm 2023, so sánh với cùng kỳ năm 2022; đạt mức của năm 2019; trước ngày 15 tháng cuối mỗi quý; quý đầu năm 2026",
		"trong hai năm 2024, 2025 và năm 2026; từ ngày 15-20/8/2026; từ ngày 20/12 đến hết ngày 10/01/2026; các ngày 3 - 5/10",
		"lập dự toán ngân sách năm 2026, nộp trước ngày 20 tháng 10; người đứng đầu năm 2026; bắt đầu từ năm 2026; MỖI TUẦN, Mỗi quý",
		"từ ngày 05 đến ngày 15 tháng 11 năm 2025; vào tháng 5 và tháng 9 năm 2026; quý I, III/2026; 01 số/tuần; một lần/năm; mỗi ngày",
		"trong vòng 30 ngày kể từ ngày ký; chậm nhất mười lăm ngày sau khi nhận được văn bản. Sau 03 tháng, kể từ ngày 01/7/2026",
		"Thời hạn: 15 ngày làm việc kể từ khi nhận đủ hồ sơ (hợp lệ) và | trong 24 giờ kể từ | đáng kể từ năm 2020 | kể từ",
		"Ngay khi có tin bão, trước khi bão đổ bộ; ngay sau khi bão tan; trước mùa mưa bão hằng năm; trước Tết; NGAY KHI; trước",
		"chậm nhất 12 giờ trước khi bão đổ bộ; trước 03 ngày so với ngày tổ chức; 15 ngày trước ngày khai mạc; nước dưới ngay",
		"không quá 01 lần/năm; hằng quý, 6 tháng, năm; hằng tháng, quý và năm 2026; 13 tháng 10 hằng năm; so với trước khi",
	}
	for _, s := range seeds {
		f.Add(s, 2024)
	}
	f.Fuzz(func(t *testing.T, text string, year int) {
		ms := Find(text, year)
		last := 0
		for i, m := range ms {
			if m.Start < last || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("Find(%q)[%d]: span %d:%d out of order or range (previous end %d)", text, i, m.Start, m.End, last)
			}
			if m.Deadline.Text != text[m.Start:m.End] {
				t.Fatalf("Find(%q)[%d]: Text %q is not text[%d:%d]", text, i, m.Deadline.Text, m.Start, m.End)
			}
			d := m.Deadline
			if d.Date == "" && d.Period == "" && d.Recurrence == "" && d.Day == 0 && d.Within == "" && d.Event == "" {
				t.Errorf("Find(%q)[%d] = %+v has no time", text, i, d)
			}
			last = m.End
		}
		if diff := cmp.Diff(findNaive(text, year), ms); diff != "" {
			t.Errorf("Find(%q) differs from a scan of every word (-naive +Find):\n%s", text, diff)
		}
		ParseCell(text, year)
		ParseCellAll(text, year)
	})
}
