package deadline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// dl abbreviates a model.Deadline without span.
func dl(text, rel, date, period, rec string, day int) model.Deadline {
	return model.Deadline{Text: text, Relation: rel, Date: date, Period: period, Recurrence: rec, Day: day}
}

// within abbreviates a model.Deadline of a time allowed from an event.
func within(text, rel, dur string, working bool, event string) model.Deadline {
	return model.Deadline{Text: text, Relation: rel, Within: dur, WorkingDays: working, Event: event}
}

func deadlines(ms []Match) []model.Deadline {
	var out []model.Deadline
	for _, m := range ms {
		out = append(out, m.Deadline)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		year int
		want []model.Deadline
	}{
		// The examples of the domain guide.
		{"before a date", "gửi Sở Kế hoạch và Đầu tư tổng hợp **trước ngày 30/01/2024**.", 2024,
			[]model.Deadline{dl("trước ngày 30/01/2024", "before", "2024-01-30", "", "", 0)}},
		{"before a quarter", "hoàn tất các tiêu chí, thủ tục trước quý III/2024; xây dựng", 2024,
			[]model.Deadline{dl("trước quý III/2024", "before", "", "2024-Q3", "", 0)}},
		{"during a quarter", "trình Chính phủ trong quý I năm 2025.", 0,
			[]model.Deadline{dl("trong quý I năm 2025", "during", "", "2025-Q1", "", 0)}},
		{"end of year", "hoàn thiện hồ sơ vào cuối năm 2024.", 0,
			[]model.Deadline{dl("vào cuối năm 2024", "end_of", "", "2024", "", 0)}},
		{"end of year, bare", "phấn đấu cuối năm 2024 đạt", 0,
			[]model.Deadline{dl("cuối năm 2024", "end_of", "", "2024", "", 0)}},
		{"first half of the document's year", "báo cáo kết quả 6 tháng đầu năm", 2024,
			[]model.Deadline{dl("6 tháng đầu năm", "during", "", "2024-H1", "", 0)}},
		{"first half, year unknown", "báo cáo kết quả 6 tháng đầu năm", 0,
			[]model.Deadline{dl("6 tháng đầu năm", "during", "", "H1", "", 0)}},
		{"second half with year", "sơ kết 6 tháng cuối năm 2023", 0,
			[]model.Deadline{dl("6 tháng cuối năm 2023", "during", "", "2023-H2", "", 0)}},
		{"half year in words", "Sơ kết sáu tháng đầu năm 2024 và Sáu tháng cuối năm", 2025,
			[]model.Deadline{dl("sáu tháng đầu năm 2024", "during", "", "2024-H1", "", 0), dl("Sáu tháng cuối năm", "during", "", "2025-H2", "", 0)}},
		{"monthly day", "gửi Sở Kế hoạch và Đầu tư **trước ngày 20 hàng tháng** để tổng hợp", 2024,
			[]model.Deadline{dl("trước ngày 20 hàng tháng", "before", "", "", "monthly", 20)}},
		{"quarterly", "được giao; định kỳ hằng quý, tổng hợp, đánh giá", 2024,
			[]model.Deadline{dl("định kỳ hằng quý", "", "", "", "quarterly", 0)}},
		{"exact day", "tổ chức hội nghị ngày 15 tháng 12 năm 2024 tại", 0,
			[]model.Deadline{dl("ngày 15 tháng 12 năm 2024", "on", "2024-12-15", "", "", 0)}},
		{"horizon and vision", "Phấn đấu đến năm 2030, tầm nhìn đến năm 2045, có ít nhất 05 dự án", 0,
			[]model.Deadline{dl("đến năm 2030", "horizon", "", "2030", "", 0), dl("tầm nhìn đến năm 2045", "horizon", "", "2045", "", 0)}},
		{"day without year takes the document's year", "gửi về Bộ trước ngày 25 tháng 12 để tổng hợp", 2024,
			[]model.Deadline{dl("trước ngày 25 tháng 12", "before", "2024-12-25", "", "", 0)}},
		{"day without year, year unknown", "gửi về Bộ trước ngày 25 tháng 12 để tổng hợp", 0,
			[]model.Deadline{dl("trước ngày 25 tháng 12", "before", "", "--12-25", "", 0)}},
		{"during a month", "trình Chính phủ trong tháng 7 năm 2022. Theo đó", 0,
			[]model.Deadline{dl("trong tháng 7 năm 2022", "during", "", "2022-07", "", 0)}},
		{"session at the end of the year", "trình Quốc hội khóa XV tại kỳ họp cuối năm 2023. Tập trung", 0,
			[]model.Deadline{dl("cuối năm 2023", "end_of", "", "2023", "", 0)}},
		{"during a year", "nhân rộng toàn quốc trong năm 2024", 0,
			[]model.Deadline{dl("trong năm 2024", "during", "", "2024", "", 0)}},
		{"quarter in a cell", "Bộ Tư pháp | Quý IV năm 2023", 0,
			[]model.Deadline{dl("Quý IV năm 2023", "during", "", "2023-Q4", "", 0)}},
		{"before a year", "hoàn thiện cơ sở dữ liệu trước năm 2025; thiết lập", 0,
			[]model.Deadline{dl("trước năm 2025", "before", "", "2025", "", 0)}},

		// Other relations.
		{"at the latest", "báo cáo chậm nhất ngày 31/3/2025.", 0,
			[]model.Deadline{dl("chậm nhất ngày 31/3/2025", "by", "2025-03-31", "", "", 0)}},
		{"at the latest, là trước", "chậm nhất là trước ngày 15/6/2025", 0,
			[]model.Deadline{dl("chậm nhất là trước ngày 15/6/2025", "before", "2025-06-15", "", "", 0)}},
		{"complete within", "điều chỉnh chương trình, hoàn thành trong năm 2025.", 0,
			[]model.Deadline{dl("hoàn thành trong năm 2025", "by", "", "2025", "", 0)}},
		{"complete something within", "xây dựng phương án và lộ trình di dời, hoàn thành phê duyệt phương án trong năm 2026.", 0,
			[]model.Deadline{dl("trong năm 2026", "by", "", "2026", "", 0)}},
		{"complete something within, at the start", "- Phấn đấu hoàn thành xây dựng cơ sở dữ liệu trong quý IV/2026;", 0,
			[]model.Deadline{dl("trong quý IV/2026", "by", "", "2026-Q4", "", 0)}},
		{"complete something in", "Hoàn thành việc cấp giấy chứng nhận vào năm 2027", 0,
			[]model.Deadline{dl("vào năm 2027", "by", "", "2027", "", 0)}},
		{"completion as a noun", "đánh giá mức độ hoàn thành kế hoạch trong năm 2025", 0,
			[]model.Deadline{dl("trong năm 2025", "during", "", "2025", "", 0)}},
		{"completion in another clause", "hoàn thành phương án, triển khai thí điểm trong năm 2026", 0,
			[]model.Deadline{dl("trong năm 2026", "during", "", "2026", "", 0)}},
		{"completion before the end of", "Hoàn thành đề án vào cuối năm 2026", 0,
			[]model.Deadline{dl("vào cuối năm 2026", "end_of", "", "2026", "", 0)}},
		{"complete before", "Hoàn thành trước năm 2025.", 0,
			[]model.Deadline{dl("Hoàn thành trước năm 2025", "before", "", "2025", "", 0)}},
		{"from", "áp dụng từ năm 2025 trên cả nước", 0,
			[]model.Deadline{dl("từ năm 2025", "from", "", "2025", "", 0)}},
		{"from ... to the end of", "- Thời gian thực hiện: Từ năm 2017 đến hết năm 2030.", 0,
			[]model.Deadline{dl("Từ năm 2017 đến hết năm 2030", "during", "", "2017/2030", "", 0)}},
		{"until the end of", "duy trì đến hết năm 2030", 0,
			[]model.Deadline{dl("đến hết năm 2030", "until", "", "2030", "", 0)}},
		{"until a month", "thực hiện thí điểm đến tháng 6/2025", 0,
			[]model.Deadline{dl("đến tháng 6/2025", "until", "", "2025-06", "", 0)}},
		{"start of year", "khởi công đầu năm 2025", 0,
			[]model.Deadline{dl("đầu năm 2025", "start_of", "", "2025", "", 0)}},
		{"after", "Giai đoạn sau năm 2030 cho đến năm 2050, tiếp tục", 0,
			[]model.Deadline{dl("Giai đoạn sau năm 2030", "after", "", "2030", "", 0), dl("cho đến năm 2050", "horizon", "", "2050", "", 0)}},
		{"bare date after a preposition", "hoàn thành trước 30/6/2025", 0,
			[]model.Deadline{dl("hoàn thành trước 30/6/2025", "before", "2025-06-30", "", "", 0)}},
		{"bare year after a preposition", "Ổn định diện tích rừng tự nhiên đến 2030 ít nhất", 0,
			[]model.Deadline{dl("đến 2030", "horizon", "", "2030", "", 0)}},
		{"quarter without year", "triển khai trong quý III", 2024,
			[]model.Deadline{dl("trong quý III", "during", "", "2024-Q3", "", 0)}},
		{"period of a task", "đạt kiểm định chất lượng giai đoạn 2021-2025.", 0,
			[]model.Deadline{dl("giai đoạn 2021-2025", "during", "", "2021/2025", "", 0)}},
		{"bare year of doing", "Tổ chức diễn tập chiến đấu khu vực phòng thủ năm 2024.", 0,
			[]model.Deadline{dl("năm 2024", "during", "", "2024", "", 0)}},
		{"agency name is not a plan", "Sở Kế hoạch và Đầu tư tổng hợp kết quả năm 2024", 0,
			[]model.Deadline{dl("năm 2024", "during", "", "2024", "", 0)}},
		{"upper case", "ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045", 0,
			[]model.Deadline{dl("ĐẾN NĂM 2030", "horizon", "", "2030", "", 0), dl("TẦM NHÌN ĐẾN NĂM 2045", "horizon", "", "2045", "", 0)}},
		{"hard-wrapped", "gửi báo cáo trước ngày 15 tháng 6\n    năm 2025 để", 0,
			[]model.Deadline{dl("trước ngày 15 tháng 6\n    năm 2025", "before", "2025-06-15", "", "", 0)}},
		{"two dates", "trước ngày 15 tháng 6 và trước ngày 01 tháng 12 để tổng hợp", 2025,
			[]model.Deadline{dl("trước ngày 15 tháng 6", "before", "2025-06-15", "", "", 0), dl("trước ngày 01 tháng 12", "before", "2025-12-01", "", "", 0)}},

		// Recurrences.
		{"yearly date", "định kỳ trước ngày 31 tháng 3 hàng năm tổng hợp", 2025,
			[]model.Deadline{dl("định kỳ trước ngày 31 tháng 3 hàng năm", "before", "", "--03-31", "yearly", 0)}},
		{"every six months", "định kỳ 6 tháng báo cáo kết quả", 0,
			[]model.Deadline{dl("định kỳ 6 tháng", "", "", "", "every-6-months", 0)}},
		{"every two years", "báo cáo cập nhật (2 năm một lần)", 0,
			[]model.Deadline{dl("2 năm một lần", "", "", "", "every-2-years", 0)}},
		{"every three months is quarterly", "định kỳ 3 tháng/lần", 0,
			[]model.Deadline{dl("định kỳ 3 tháng/lần", "", "", "", "quarterly", 0)}},
		{"yearly", "bố trí kinh phí thực hiện hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"weekly", "giao ban hàng tuần", 0,
			[]model.Deadline{dl("hàng tuần", "", "", "", "weekly", 0)}},
		{"from a year and yearly", "Năm 2022 và hàng năm", 0,
			[]model.Deadline{dl("Năm 2022 và hàng năm", "from", "", "2022", "yearly", 0)}},

		// Lists and ranges of quarters: the year belongs to every quarter.
		{"list of quarters", "tổ chức tập huấn trong quý I, II/2027 cho cán bộ", 2025,
			[]model.Deadline{dl("trong quý I, II/2027", "during", "", "2027-Q1/2027-Q2", "", 0)}},
		{"list of quarters with quý repeated", "Quý II và quý III năm 2028 hoàn thiện", 0,
			[]model.Deadline{dl("Quý II và quý III năm 2028", "during", "", "2028-Q2/2028-Q3", "", 0)}},
		{"list of quarters without year", "hoàn thành trong quý II, III", 2025,
			[]model.Deadline{dl("hoàn thành trong quý II, III", "by", "", "2025-Q2/2025-Q3", "", 0)}},
		{"list of quarters, year unknown", "hoàn thành trong quý II, III", 0,
			[]model.Deadline{dl("hoàn thành trong quý II, III", "by", "", "Q2/Q3", "", 0)}},
		{"list of quarters in digits", "triển khai trong quý 3, 4/2026", 0,
			[]model.Deadline{dl("trong quý 3, 4/2026", "during", "", "2026-Q3/2026-Q4", "", 0)}},
		{"digits after a quarter are not a list without a year", "trong quý 3, 4 đơn vị hoàn thành", 2025,
			[]model.Deadline{dl("trong quý 3", "during", "", "2025-Q3", "", 0)}},
		{"heading after a quarter", "hoàn thành trong quý I,\nII. TỔ CHỨC THỰC HIỆN", 2025,
			[]model.Deadline{dl("hoàn thành trong quý I", "by", "", "2025-Q1", "", 0)}},
		{"range of quarters over two years", "thực hiện Quý IV/2025 - Quý I/2026.", 0,
			[]model.Deadline{dl("Quý IV/2025 - Quý I/2026", "during", "", "2025-Q4/2026-Q1", "", 0)}},
		{"from a quarter to a quarter", "từ quý III/2026 đến quý I/2027", 0,
			[]model.Deadline{dl("từ quý III/2026 đến quý I/2027", "during", "", "2026-Q3/2027-Q1", "", 0)}},

		// Ranges of months.
		{"range of months after a time label", "- Thời gian triển khai: 07-09/2026.", 0,
			[]model.Deadline{dl("07-09/2026", "during", "", "2026-07/2026-09", "", 0)}},
		{"range of months after a point label", "a) Thời hạn: 4 - 6/2027;", 0,
			[]model.Deadline{dl("4 - 6/2027", "during", "", "2027-04/2027-06", "", 0)}},
		{"range of months after another label", "Số lượng: 10-11/2019", 0, nil},
		{"range of months after tháng", "tổ chức trong tháng 4-5/2027", 0,
			[]model.Deadline{dl("trong tháng 4-5/2027", "during", "", "2027-04/2027-05", "", 0)}},
		{"range of months with năm", "trong tháng 8 - 9 năm 2026", 0,
			[]model.Deadline{dl("trong tháng 8 - 9 năm 2026", "during", "", "2026-08/2026-09", "", 0)}},
		{"from a month to a month", "từ tháng 11/2026 đến tháng 02/2027", 0,
			[]model.Deadline{dl("từ tháng 11/2026 đến tháng 02/2027", "during", "", "2026-11/2027-02", "", 0)}},
		// A list of months shares the year written after it, as a list of
		// quarters does, and gives the range from its first to its last.
		{"list of months with năm", "Thực hiện trong tháng 11 và tháng 12 năm 2026.", 2025,
			[]model.Deadline{dl("trong tháng 11 và tháng 12 năm 2026", "during", "", "2026-11/2026-12", "", 0)}},
		{"list of months with a comma", "khảo sát trong tháng 5, 6/2026 tại các xã", 2025,
			[]model.Deadline{dl("trong tháng 5, 6/2026", "during", "", "2026-05/2026-06", "", 0)}},
		{"list of months with tháng repeated and a comma", "tổ chức trong tháng 7, tháng 8 và tháng 9 năm 2026", 0,
			[]model.Deadline{dl("trong tháng 7, tháng 8 và tháng 9 năm 2026", "during", "", "2026-07/2026-09", "", 0)}},
		{"from a month to a month of the year after it", "Từ tháng 5 đến tháng 8/2026, các xã rà soát", 2025,
			[]model.Deadline{dl("Từ tháng 5 đến tháng 8/2026", "during", "", "2026-05/2026-08", "", 0)}},
		{"months without a year are no list", "trong tháng 3, 4 đơn vị hoàn thành", 2025,
			[]model.Deadline{dl("trong tháng 3", "during", "", "2025-03", "", 0)}},
		{"months out of order are no list", "trong tháng 12 và tháng 1/2027", 2026,
			[]model.Deadline{dl("trong tháng 12", "during", "", "2026-12", "", 0), dl("tháng 1/2027", "during", "", "2027-01", "", 0)}},
		{"hard-wrapped list of months", "tổ chức trong tháng 3,\n4/2026. Kết quả", 0,
			[]model.Deadline{dl("trong tháng 3,\n4/2026", "during", "", "2026-03/2026-04", "", 0)}},

		// A school year or a crop year runs over two calendar years.
		{"school year", "Triển khai trong năm học 2025-2026.", 0,
			[]model.Deadline{dl("trong năm học 2025-2026", "during", "", "2025/2026", "", 0)}},
		{"crop year", "chuyển đổi cơ cấu cây trồng niên vụ 2025 - 2026", 0,
			[]model.Deadline{dl("niên vụ 2025 - 2026", "during", "", "2025/2026", "", 0)}},
		{"school year, upper case", "NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2026 – 2027", 0,
			[]model.Deadline{dl("NĂM HỌC 2026 – 2027", "during", "", "2026/2027", "", 0)}},
		{"plan of a school year", "triển khai Kế hoạch năm học 2025-2026 của ngành", 0, nil},
		{"school year of two years apart", "trong năm học 2025-2027", 0, nil},
		{"year and a school subject", "năm 2025 học sinh đạt", 0,
			[]model.Deadline{dl("năm 2025", "during", "", "2025", "", 0)}},

		// Dates with blanks around the slashes, as PDF and OCR copies
		// write them.
		{"date with spaced slashes", "Hoàn thành trước ngày 30 / 6 / 2026.", 0,
			[]model.Deadline{dl("Hoàn thành trước ngày 30 / 6 / 2026", "before", "2026-06-30", "", "", 0)}},
		{"date with one spaced slash", "gửi Sở Tài chính trước ngày 15/ 10/2026 để tổng hợp", 0,
			[]model.Deadline{dl("trước ngày 15/ 10/2026", "before", "2026-10-15", "", "", 0)}},
		{"date with spaced slashes and no year", "báo cáo trước ngày 15 / 12 hằng năm", 0,
			[]model.Deadline{dl("trước ngày 15 / 12 hằng năm", "before", "", "--12-15", "yearly", 0)}},
		{"spaced date of a cited document", "Kế hoạch số 215 /KH-UBND ngày 05 / 01 / 2026 của tỉnh", 0, nil},
		{"spaced slash without ngày is no date", "đạt 30 / 6 / 2026 chỉ tiêu", 0, nil},

		// Lists of dates.
		{"list of dates", "nộp hồ sơ trước ngày 05/4 và 05/10", 2026,
			[]model.Deadline{dl("trước ngày 05/4", "before", "2026-04-05", "", "", 0), dl("05/10", "before", "2026-10-05", "", "", 0)}},
		{"list of dates, year after the last", "gửi trước ngày 30/6 và 31/12/2026.", 2025,
			[]model.Deadline{dl("trước ngày 30/6", "before", "2026-06-30", "", "", 0), dl("31/12/2026", "before", "2026-12-31", "", "", 0)}},
		{"list of dates, recurrence after the last", "gửi trước ngày 30/6 và 31/12 hằng năm", 2025,
			[]model.Deadline{dl("trước ngày 30/6", "before", "", "--06-30", "yearly", 0), dl("31/12 hằng năm", "before", "", "--12-31", "yearly", 0)}},
		{"dates after a quarterly report recur yearly", "Gửi báo cáo định kỳ hằng quý (trước ngày 10/3, 10/6, 10/9 và 10/12) về Sở.", 2025,
			[]model.Deadline{
				dl("định kỳ hằng quý", "", "", "", "quarterly", 0),
				dl("trước ngày 10/3", "before", "", "--03-10", "yearly", 0),
				dl("10/6", "before", "", "--06-10", "yearly", 0),
				dl("10/9", "before", "", "--09-10", "yearly", 0),
				dl("10/12", "before", "", "--12-10", "yearly", 0),
			}},
		{"date after a half-yearly report recurs yearly", "tổng hợp 6 tháng một lần, gửi Bộ trước ngày 20 tháng 7", 2025,
			[]model.Deadline{dl("6 tháng một lần", "", "", "", "every-6-months", 0), dl("trước ngày 20 tháng 7", "before", "", "--07-20", "yearly", 0)}},
		{"date after a two-yearly review", "định kỳ 2 năm một lần, trước ngày 30/9 tổng hợp", 2025,
			[]model.Deadline{dl("định kỳ 2 năm một lần", "", "", "", "every-2-years", 0), dl("trước ngày 30/9", "before", "", "--09-30", "every-2-years", 0)}},
		{"periodic date", "định kỳ trước ngày 15/6 báo cáo", 2025,
			[]model.Deadline{dl("định kỳ trước ngày 15/6", "before", "", "--06-15", "yearly", 0)}},
		{"recurrence in another clause", "Báo cáo hằng năm; trước ngày 15/6 hoàn thành", 2025,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0), dl("trước ngày 15/6", "before", "2025-06-15", "", "", 0)}},
		{"monthly recurrence does not make a date yearly", "họp hằng tháng, trước ngày 15/6 tổng kết", 2025,
			[]model.Deadline{dl("hằng tháng", "", "", "", "monthly", 0), dl("trước ngày 15/6", "before", "2025-06-15", "", "", 0)}},
		// A day without a month after a monthly recurrence in the same
		// clause is that day of each month.
		{"day after a monthly report", "Báo cáo hằng tháng, trước ngày 25.", 0,
			[]model.Deadline{dl("hằng tháng", "", "", "", "monthly", 0), dl("trước ngày 25", "before", "", "", "monthly", 25)}},
		{"day in parentheses after a monthly report", "Định kỳ hằng tháng (trước ngày 20) báo cáo Sở", 0,
			[]model.Deadline{dl("Định kỳ hằng tháng", "", "", "", "monthly", 0), dl("trước ngày 20", "before", "", "", "monthly", 20)}},
		{"day at the latest after a monthly report", "gửi báo cáo hằng tháng, chậm nhất ngày 05", 0,
			[]model.Deadline{dl("hằng tháng", "", "", "", "monthly", 0), dl("chậm nhất ngày 05", "by", "", "", "monthly", 5)}},
		{"day alone is no deadline", "gửi trước ngày 20 để tổng hợp", 0, nil},
		{"day after a yearly report is no deadline", "Báo cáo hằng năm, trước ngày 25 các sở gửi", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"day after a monthly report in another clause", "họp hằng tháng; trước ngày 25 gửi", 0,
			[]model.Deadline{dl("hằng tháng", "", "", "", "monthly", 0)}},

		// Intervals in words.
		{"every two years in words", "Định kỳ hai năm một lần rà soát số liệu", 0,
			[]model.Deadline{dl("Định kỳ hai năm một lần", "", "", "", "every-2-years", 0)}},
		{"every three years in words", "ba năm một lần tổ chức hội thi", 0,
			[]model.Deadline{dl("ba năm một lần", "", "", "", "every-3-years", 0)}},
		{"every five years in words", "năm năm một lần tổng kết", 0,
			[]model.Deadline{dl("năm năm một lần", "", "", "", "every-5-years", 0)}},
		{"twelve months is yearly", "mười hai tháng một lần", 0,
			[]model.Deadline{dl("mười hai tháng một lần", "", "", "", "yearly", 0)}},
		{"periodic in words without lần", "định kỳ hai năm tổng kết", 0,
			[]model.Deadline{dl("định kỳ hai năm", "", "", "", "every-2-years", 0)}},
		{"interval with slash and zero", "đánh giá 04 năm/lần", 0,
			[]model.Deadline{dl("04 năm/lần", "", "", "", "every-4-years", 0)}},
		{"interval in words with slash", "tổ chức hai năm/lần", 0,
			[]model.Deadline{dl("hai năm/lần", "", "", "", "every-2-years", 0)}},
		{"interval in words with spaced slash", "rà soát mười hai tháng / lần", 0,
			[]model.Deadline{dl("mười hai tháng / lần", "", "", "", "yearly", 0)}},
		// A digit glued to a word is no number ("tháng1/2026" is no
		// month either).
		{"one glued to the unit", "mười hai tháng1lần", 0, nil},
		{"a span in words is no interval", "hai năm qua đã thực hiện", 0, nil},

		// A day of each month without "ngày".
		{"monthly day without ngày", "định kỳ trước 25 hằng tháng báo cáo", 0,
			[]model.Deadline{dl("định kỳ trước 25 hằng tháng", "before", "", "", "monthly", 25)}},
		{"monthly day at the latest", "gửi chậm nhất 05 hàng tháng", 0,
			[]model.Deadline{dl("chậm nhất 05 hàng tháng", "by", "", "", "monthly", 5)}},
		{"a number before a yearly recurrence is no day", "trước 25 hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},

		// "hằng năm" qualifying a noun is no recurrence.
		{"yearly budget", "dành ít nhất 2% tổng chi ngân sách hằng năm cho khoa học", 0, nil},
		{"yearly state budget", "bố trí từ ngân sách nhà nước hằng năm", 0, nil},
		{"yearly average growth", "tốc độ tăng trưởng bình quân hằng năm đạt trên 8%", 0, nil},
		{"recurrent spending", "trong dự toán chi thường xuyên hàng năm của ngành", 0, nil},
		{"yearly work plan of", "đưa vào kế hoạch công tác hằng năm của đơn vị", 0, nil},
		{"yearly tasks of", "nhiệm vụ hằng năm của ngành", 0, nil},
		{"plans of five years and each year", "xây dựng kế hoạch 5 năm và hằng năm", 0, nil},
		{"plans of each year and five years", "kế hoạch phát triển hằng năm và 5 năm", 0, nil},
		{"medium-term and yearly", "lập kế hoạch đầu tư trung hạn và hàng năm", 0, nil},
		{"monthly budget", "kinh phí thường xuyên hằng tháng", 0, nil},
		{"yearly after a verb", "Tổ chức kiểm tra hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"yearly report", "gửi báo cáo hằng năm về Sở", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"yearly at the start of a clause", "Hằng năm, các sở tổng hợp kết quả", 0,
			[]model.Deadline{dl("Hằng năm", "", "", "", "yearly", 0)}},
		{"yearly after a comma", "Báo cáo định kỳ 6 tháng, hằng năm", 0,
			[]model.Deadline{dl("định kỳ 6 tháng", "", "", "", "every-6-months", 0), dl("hằng năm", "", "", "", "yearly", 0)}},
		{"periodic yearly after a budget", "kinh phí định kỳ hằng năm", 0,
			[]model.Deadline{dl("định kỳ hằng năm", "", "", "", "yearly", 0)}},
		{"five-yearly and yearly reviews", "định kỳ 5 năm và hằng năm tổng kết", 0,
			[]model.Deadline{dl("định kỳ 5 năm", "", "", "", "every-5-years", 0), dl("hằng năm", "", "", "", "yearly", 0)}},
		{"budget assigned each year", "bố trí kinh phí trong dự toán ngân sách được giao hàng năm để thực hiện", 0, nil},
		{"funds allotted each year", "nguồn vốn nhà nước được phân bổ hằng năm", 0, nil},
		{"criterion of yearly awards", "kết quả thực hiện là tiêu chí đánh giá hiệu quả triển khai nhiệm vụ, thi đua, khen thưởng hằng năm.", 0, nil},
		{"basis of yearly awards", "lấy kết quả làm căn cứ xét thi đua, khen thưởng hằng năm", 0, nil},
		{"work plan and criterion", "lượng hóa trong chương trình, kế hoạch công tác hằng năm của cơ quan, đơn vị; kết quả thực hiện là tiêu chí đánh giá, thi đua, khen thưởng hằng năm.", 0, nil},
		{"criterion in another clause", "ban hành bộ tiêu chí đánh giá; tổ chức đánh giá hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"criteria made and used each year", "xây dựng bộ tiêu chí và tổ chức đánh giá hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"periodic yearly report", "Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh", 0,
			[]model.Deadline{dl("Định kỳ hằng năm", "", "", "", "yearly", 0)}},
		{"yearly report of results", "báo cáo kết quả thực hiện hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"yearly event", "Sở Văn hóa tổ chức hằng năm", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},
		{"yearly, lower case, at the start", "hằng năm, Sở Tài chính tổng hợp báo cáo", 0,
			[]model.Deadline{dl("hằng năm", "", "", "", "yearly", 0)}},

		// An ongoing task, and a periodic one whose interval is not given.
		{"continuous at the start", "Thường xuyên rà soát toàn bộ các dự án trong khu công nghiệp", 0,
			[]model.Deadline{dl("Thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous after a list marker", "        - Thường xuyên rà soát các dự án", 0,
			[]model.Deadline{dl("Thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous and periodic in a sentence", "theo dõi, đôn đốc. Thường xuyên nắm tình hình, định kỳ báo cáo UBTVQH khi được yêu cầu.", 0,
			[]model.Deadline{dl("Thường xuyên", "", "", "", "continuous", 0), dl("định kỳ", "", "", "", "periodic", 0)}},
		{"continuous after a semicolon", "tổng hợp kết quả; thường xuyên kiểm tra", 0,
			[]model.Deadline{dl("thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous after a time label", "- Thời gian thực hiện: Thường xuyên.", 0,
			[]model.Deadline{dl("Thường xuyên", "", "", "", "continuous", 0)}},
		{"upper case continuous", "THƯỜNG XUYÊN KIỂM TRA", 0,
			[]model.Deadline{dl("THƯỜNG XUYÊN", "", "", "", "continuous", 0)}},
		{"recurrent spending is not continuous", "bố trí kinh phí chi thường xuyên cho ngành", 0, nil},
		{"regular duty is not continuous", "thực hiện nhiệm vụ thường xuyên của ngành", 0, nil},
		{"continuous after a task verb", "bảo đảm an ninh trong quý I năm 2026 và thực hiện thường xuyên, liên tục.", 2026,
			[]model.Deadline{dl("trong quý I năm 2026", "during", "", "2026-Q1", "", 0), dl("thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous after triển khai", "Sở Y tế triển khai thường xuyên, liên tục", 0,
			[]model.Deadline{dl("thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous after duy trì", "các đơn vị duy trì thường xuyên; báo cáo kết quả", 0,
			[]model.Deadline{dl("thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous after tổ chức and và liên tục", "Tổ chức thường xuyên và liên tục\n- Kiểm tra", 0,
			[]model.Deadline{dl("thường xuyên", "", "", "", "continuous", 0)}},
		{"continuous in emphasis", "được thực hiện **thường xuyên**.", 0,
			[]model.Deadline{dl("thường xuyên", "", "", "", "continuous", 0)}},
		{"task verb with an object after", "tổ chức thường xuyên các lớp tập huấn", 0, nil},
		{"recurrent spending closing a clause", "bảo đảm chi thường xuyên, chi đầu tư.", 0, nil},
		{"regular funding closing a clause", "thực hiện từ nguồn kinh phí thường xuyên.", 0, nil},
		{"regular activity of", "duy trì hoạt động thường xuyên của Ban Chỉ đạo", 0, nil},
		{"regular duty closing a clause", "thực hiện nhiệm vụ thường xuyên.", 0, nil},
		{"hard-wrapped object after the verb", "triển khai thường xuyên\ncác nội dung", 0, nil},
		{"other words with yên", "tuyên truyền về tài nguyên, chuyên môn, quyền và yêu cầu", 0, nil},
		{"periodic at the start", "Định kỳ, Thường trực Ủy ban chủ trì tổng hợp, báo cáo kết quả thực hiện", 0,
			[]model.Deadline{dl("Định kỳ", "", "", "", "periodic", 0)}},
		{"periodic after a point label", "e) Định kỳ đánh giá, công bố mức độ hoàn thành", 0,
			[]model.Deadline{dl("Định kỳ", "", "", "", "periodic", 0)}},
		{"periodic before a verb", "có trách nhiệm tổng hợp, theo dõi, đôn đốc và định kỳ\nbáo cáo Ủy ban nhân dân tỉnh", 0,
			[]model.Deadline{dl("định kỳ", "", "", "", "periodic", 0)}},
		{"date after a bare periodic recurs yearly", "Định kỳ, trước ngày 15/12 các sở gửi báo cáo", 2025,
			[]model.Deadline{dl("Định kỳ", "", "", "", "periodic", 0), dl("trước ngày 15/12", "before", "", "--12-15", "yearly", 0)}},
		{"periodic report as a noun", "thực hiện chế độ báo cáo định kỳ theo quy định", 0, nil},
		{"periodic at the end of a clause", "báo cáo đột xuất, định kỳ.", 0, nil},

		// From a year on.
		{"from a year on, upper case", "NĂM 2026 VÀ CÁC NĂM TIẾP THEO", 0,
			[]model.Deadline{dl("NĂM 2026 VÀ CÁC NĂM TIẾP THEO", "from", "", "2026", "yearly", 0)}},
		{"from a year onwards", "áp dụng từ năm 2026 trở đi", 0,
			[]model.Deadline{dl("từ năm 2026 trở đi", "from", "", "2026", "", 0)}},

		// A day of the month relative to each quarter: the month of the
		// quarter is left in the text.
		{"day of the last month of each quarter", "định kỳ hằng quý báo cáo kết quả trước ngày 20 tháng cuối quý.", 2026,
			[]model.Deadline{dl("định kỳ hằng quý", "", "", "", "quarterly", 0), dl("trước ngày 20 tháng cuối quý", "before", "", "", "quarterly", 20)}},
		{"day of the last month of the quarter with của", "thực hiện chế độ báo cáo trước ngày 25 của tháng cuối quý.", 2026,
			[]model.Deadline{dl("trước ngày 25 của tháng cuối quý", "before", "", "", "quarterly", 25)}},
		{"day of the first month of the next quarter", "Sở Y tế báo cáo trước ngày 10 của tháng đầu quý sau.", 2026,
			[]model.Deadline{dl("trước ngày 10 của tháng đầu quý sau", "before", "", "", "quarterly", 10)}},
		{"day of the first month of the following quarter", "gửi chậm nhất ngày 05 tháng đầu quý tiếp theo", 0,
			[]model.Deadline{dl("chậm nhất ngày 05 tháng đầu quý tiếp theo", "by", "", "", "quarterly", 5)}},
		{"day of the middle month of the quarter", "họp giao ban ngày 15 tháng giữa quý", 0,
			[]model.Deadline{dl("ngày 15 tháng giữa quý", "on", "", "", "quarterly", 15)}},
		{"day of the last month of a given quarter", "báo cáo trước ngày 15 tháng cuối quý I năm 2026", 0,
			[]model.Deadline{dl("trước ngày 15 tháng cuối quý I năm 2026", "before", "2026-03-15", "", "", 0)}},
		{"day of the last month of every quarter", "định kỳ trước ngày 15 tháng cuối mỗi quý tổng hợp báo cáo", 2026,
			[]model.Deadline{dl("định kỳ trước ngày 15 tháng cuối mỗi quý", "before", "", "", "quarterly", 15)}},
		{"day of the last month of each quarter with hằng", "Báo cáo trước ngày 15 của tháng cuối hằng quý.", 2026,
			[]model.Deadline{dl("trước ngày 15 của tháng cuối hằng quý", "before", "", "", "quarterly", 15)}},
		{"day after a monthly report and an agency", "b) Định kỳ hằng tháng báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 20.", 2025,
			[]model.Deadline{dl("Định kỳ hằng tháng", "", "", "", "monthly", 0), dl("trước ngày 20", "before", "", "", "monthly", 20)}},
		{"day of the middle month of a given quarter", "trước ngày 30 tháng giữa quý I", 0, nil},
		{"a day of the month and a quarter are no quarterly day", "ngày 20 tháng 3 quý I năm 2026", 0,
			[]model.Deadline{dl("ngày 20 tháng 3", "on", "", "--03-20", "", 0), dl("quý I năm 2026", "during", "", "2026-Q1", "", 0)}},

		// A month after the verb "hoàn thành" that governs it.
		{"month after a completed object", "1. Sở Xây dựng hoàn thành điều chỉnh quy hoạch tháng 01/2026.", 2026,
			[]model.Deadline{dl("tháng 01/2026", "by", "", "2026-01", "", 0)}},
		{"quarter after a completed object", "Sở Tài chính hoàn thành rà soát quy hoạch quý III/2026;", 2026,
			[]model.Deadline{dl("quý III/2026", "by", "", "2026-Q3", "", 0)}},
		{"month of a plan after a completion noun", "đánh giá mức độ hoàn thành kế hoạch tháng 01/2026", 0, nil},
		{"month of a cited plan after completion", "hoàn thành nhiệm vụ theo Kế hoạch số 12/KH-UBND tháng 01/2026", 0, nil},
		{"date of a record after completion", "Sở đã hoàn thành quy hoạch ngày 15 tháng 01/2026 UBND tỉnh đã phê duyệt", 0, nil},
		{"OCR trong as frong", "quy hoạch chung các xã, phường frong tháng\n01/2026; đồng thời", 0,
			[]model.Deadline{dl("frong tháng\n01/2026", "during", "", "2026-01", "", 0)}},
		{"OCR trong as rong", "ban hành kế hoạch thực hiện Nghị quyết (rong tháng 01/2026). trong đó", 0,
			[]model.Deadline{dl("rong tháng 01/2026", "during", "", "2026-01", "", 0)}},
		{"rong is a word before other words", "nuôi trồng rong năm 2025 đạt 500 tấn", 0,
			[]model.Deadline{dl("năm 2025", "during", "", "2025", "", 0)}},

		// The baseline of a comparison is no deadline.
		{"baseline year", "Tỷ lệ che phủ rừng tăng thêm 1,5 điểm phần trăm so với năm 2025.", 2026, nil},
		{"baseline of the same period", "Kim ngạch xuất khẩu tăng 12% so với cùng kỳ năm 2025.", 2026, nil},
		{"baseline year, upper case", "TĂNG 10% SO VỚI NĂM 2020", 0, nil},
		{"baseline at the end of a year", "giảm 5% so với thời điểm cuối năm 2020", 0, nil},
		{"baseline of a period", "tăng 20% so với giai đoạn 2016 - 2020", 0, nil},
		{"baseline of a half year", "tăng 10% so với 6 tháng đầu năm 2025", 0, nil},
		{"baseline of a quarter", "tăng 8% so với quý I/2025", 0, nil},
		{"baseline of the results of a year", "tăng 5% so với kết quả thực hiện năm 2025", 0, nil},
		{"baseline level in a range", "nâng tỷ lệ từ mức 30% năm 2020 lên 45% năm 2025", 0,
			[]model.Deadline{dl("năm 2025", "during", "", "2025", "", 0)}},
		{"baseline value in parentheses", "tỷ lệ đô thị hóa đạt 45% (năm 2025 là 40,5%)", 0, nil},
		{"deadline after a baseline", "tăng 10% so với năm 2024, hoàn thành trước năm 2026", 0,
			[]model.Deadline{dl("hoàn thành trước năm 2026", "before", "", "2026", "", 0)}},
		{"deadline after a baseline without a comma", "tăng 10% so với năm 2024 vào năm 2026", 0,
			[]model.Deadline{dl("vào năm 2026", "during", "", "2026", "", 0)}},
		{"horizon after a baseline", "So với năm 2020, đến năm 2030 tăng gấp đôi", 0,
			[]model.Deadline{dl("đến năm 2030", "horizon", "", "2030", "", 0)}},
		{"year after a comparison in another clause", "đạt 40% so với cả nước; năm 2026 hoàn thành", 0,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0)}},
		{"baseline after so sánh với", "Kết quả thực hiện các chỉ tiêu chủ yếu, so sánh với cùng kỳ năm 2024;", 0, nil},
		{"baseline after so sánh", "tổng kết, so sánh kết quả năm 2024", 0, nil},
		{"baseline of the same period without so với", "doanh thu cao hơn cùng kỳ năm 2024", 0, nil},
		{"baseline of the same period, upper case", "TƯƠNG ĐƯƠNG CÙNG KỲ NĂM 2024", 0, nil},
		{"session before a year is no baseline", "trình tại cùng kỳ họp năm 2026", 0,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0)}},
		{"baseline level of a year", "tăng 10% và đạt mức của năm 2019", 0, nil},
		{"baseline level of a year without của", "giữ ổn định bằng mức năm 2023", 0, nil},
		{"level and year of a target", "tỷ lệ đô thị hóa đạt mức 45% năm 2026", 0,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0)}},
		{"baseline of the period before a year", "tăng 20% so với giai đoạn trước năm 2020", 0, nil},
		{"period before a year is a deadline", "giai đoạn trước năm 2030 hoàn thành", 0,
			[]model.Deadline{dl("giai đoạn trước năm 2030", "before", "", "2030", "", 0)}},

		// A time wholly before the document's year that opens its clause
		// or is followed by "đạt", "đã" or "là", or after "đã", is a past
		// result, unless "trước", "chậm nhất" or "hoàn thành" makes it a
		// deadline, or it runs on ("từ", "sau", a recurrence).
		{"result of a past year", "Năm 2024, tăng trưởng GRDP đạt 8,5%", 2025, nil},
		{"result during a past year", "Trong năm 2024, toàn tỉnh đã triển khai 20 mô hình", 2025, nil},
		{"state at the end of a past year", "đến hết năm 2024, toàn tỉnh có 50 hợp tác xã; cuối năm 2023 có 45", 2025, nil},
		{"past half year and month", "tăng trưởng 6 tháng đầu năm 2024 đạt 7%; tháng 12/2024, toàn tỉnh có 20 xã", 2025, nil},
		{"past period", "Giai đoạn 2016 - 2020, tỉnh đã thu hút 12 dự án", 2025, nil},
		{"past year after a list marker", "- Năm 2024: hoàn thành 80% kế hoạch", 2025, nil},
		{"year a past status is recognised for", "đề nghị công nhận xã đạt chuẩn văn hóa năm 2024", 2025,
			[]model.Deadline{dl("năm 2024", "during", "", "2024", "", 0)}},
		{"past year of a list of dates", "đã tổ chức vào ngày 15/6 và 15/12/2024", 2025, nil},
		{"past year, year unknown", "Trong năm 2024, toàn tỉnh đã triển khai 20 mô hình", 0,
			[]model.Deadline{dl("Trong năm 2024", "during", "", "2024", "", 0)}},
		{"result of the document's year", "Năm 2025, tăng trưởng GRDP đạt 8,5%", 2025,
			[]model.Deadline{dl("Năm 2025", "during", "", "2025", "", 0)}},
		{"past date before which", "hoàn thành trước ngày 31/12/2024.", 2025,
			[]model.Deadline{dl("hoàn thành trước ngày 31/12/2024", "before", "2024-12-31", "", "", 0)}},
		{"past date at the latest", "báo cáo chậm nhất ngày 15/01/2024", 2025,
			[]model.Deadline{dl("chậm nhất ngày 15/01/2024", "by", "2024-01-15", "", "", 0)}},
		{"past month to complete in", "hoàn thành trong tháng 12/2024", 2025,
			[]model.Deadline{dl("hoàn thành trong tháng 12/2024", "by", "", "2024-12", "", 0)}},
		{"past year on", "áp dụng từ năm 2024; Năm 2022 và hằng năm", 2025,
			[]model.Deadline{dl("từ năm 2024", "from", "", "2024", "", 0), dl("Năm 2022 và hằng năm", "from", "", "2022", "yearly", 0)}},
		{"school year into the document's year", "trong năm học 2024-2025", 2025,
			[]model.Deadline{dl("trong năm học 2024-2025", "during", "", "2024/2025", "", 0)}},
		{"past quarter after a time label", "- Thời gian thực hiện: Quý IV/2024", 2025,
			[]model.Deadline{dl("Quý IV/2024", "during", "", "2024-Q4", "", 0)}},

		// The first and last quarter of a year; lists of years; ranges
		// of days.
		{"first quarter of a year", "trình UBND tỉnh trong quý đầu năm 2026.", 2025,
			[]model.Deadline{dl("trong quý đầu năm 2026", "during", "", "2026-Q1", "", 0)}},
		{"last quarter of the year", "hoàn thành trong quý cuối năm", 2025,
			[]model.Deadline{dl("hoàn thành trong quý cuối năm", "by", "", "2025-Q4", "", 0)}},
		{"last quarter of a year, upper case", "QUÝ CUỐI NĂM 2026", 0,
			[]model.Deadline{dl("QUÝ CUỐI NĂM 2026", "during", "", "2026-Q4", "", 0)}},
		{"list of two years", "thực hiện trong hai năm 2025, 2026", 2025,
			[]model.Deadline{dl("trong hai năm 2025, 2026", "during", "", "2025/2026", "", 0)}},
		{"list of three years", "trong các năm 2025, 2026 và 2027", 2025,
			[]model.Deadline{dl("trong các năm 2025, 2026 và 2027", "during", "", "2025/2027", "", 0)}},
		{"list of years with năm repeated", "trong năm 2025 và năm 2026", 2025,
			[]model.Deadline{dl("trong năm 2025 và năm 2026", "during", "", "2025/2026", "", 0)}},
		{"list of five years", "các năm 2021, 2022, 2023, 2024, 2025", 0,
			[]model.Deadline{dl("năm 2021, 2022, 2023, 2024, 2025", "during", "", "2021/2025", "", 0)}},
		{"years apart are no list", "đến năm 2025, 2030 hoàn thành", 0,
			[]model.Deadline{dl("đến năm 2025", "horizon", "", "2025", "", 0)}},
		{"range of days", "tổ chức từ ngày 15-20/8/2026", 2025,
			[]model.Deadline{dl("từ ngày 15-20/8/2026", "during", "", "2026-08-15/2026-08-20", "", 0)}},
		{"range of days with blanks", "diễn ra ngày 15 - 16/8/2026 tại", 2025,
			[]model.Deadline{dl("ngày 15 - 16/8/2026", "during", "", "2026-08-15/2026-08-16", "", 0)}},
		{"range of days, year unknown", "trong các ngày 15-16/8", 0,
			[]model.Deadline{dl("trong các ngày 15-16/8", "during", "", "--08-15/--08-16", "", 0)}},
		{"range of days with đến", "từ ngày 15 đến ngày 20/8/2026", 2025,
			[]model.Deadline{dl("từ ngày 15 đến ngày 20/8/2026", "during", "", "2026-08-15/2026-08-20", "", 0)}},
		{"range of dates takes the last year", "từ ngày 25/7 đến ngày 5/8/2026", 2025,
			[]model.Deadline{dl("từ ngày 25/7 đến ngày 5/8/2026", "during", "", "2026-07-25/2026-08-05", "", 0)}},
		{"range of dates over a new year", "từ ngày 20/12 đến hết ngày 10/01/2026", 2025,
			[]model.Deadline{dl("từ ngày 20/12 đến hết ngày 10/01/2026", "during", "", "2025-12-20/2026-01-10", "", 0)}},
		{"range of dates with years", "từ ngày 01/7/2025 đến ngày 31/12/2026", 2025,
			[]model.Deadline{dl("từ ngày 01/7/2025 đến ngày 31/12/2026", "during", "", "2025-07-01/2026-12-31", "", 0)}},
		{"days out of order are no range", "ngày 20-15/8/2026", 0, nil},
		{"range of days with the month in words", "đợt 1 từ ngày 05 đến ngày 15 tháng 11 năm 2025;", 2025,
			[]model.Deadline{dl("từ ngày 05 đến ngày 15 tháng 11 năm 2025", "during", "", "2025-11-05/2025-11-15", "", 0)}},
		{"range of dates with the months in words", "từ ngày 25 tháng 11 đến ngày 05 tháng 12 năm 2025", 2025,
			[]model.Deadline{dl("từ ngày 25 tháng 11 đến ngày 05 tháng 12 năm 2025", "during", "", "2025-11-25/2025-12-05", "", 0)}},
		{"range of days with the month in words, year unknown", "từ ngày 15 đến ngày 25 tháng 12", 0,
			[]model.Deadline{dl("từ ngày 15 đến ngày 25 tháng 12", "during", "", "--12-15/--12-25", "", 0)}},
		{"list of months apart", "tổ chức 02 đợt vào tháng 5 và tháng 9 năm 2026.", 2025,
			[]model.Deadline{dl("vào tháng 5", "during", "", "2026-05", "", 0), dl("tháng 9 năm 2026", "during", "", "2026-09", "", 0)}},
		{"list of months apart with a comma", "trước tháng 3, 6 và 9/2026", 2025,
			[]model.Deadline{dl("trước tháng 3", "before", "", "2026-03", "", 0), dl("6", "before", "", "2026-06", "", 0), dl("9/2026", "before", "", "2026-09", "", 0)}},
		{"range of months apart", "từ tháng 6 đến tháng 11 năm 2026", 2025,
			[]model.Deadline{dl("từ tháng 6 đến tháng 11 năm 2026", "during", "", "2026-06/2026-11", "", 0)}},
		{"list of quarters apart", "trong quý I và quý III năm 2026", 2025,
			[]model.Deadline{dl("trong quý I", "during", "", "2026-Q1", "", 0), dl("quý III năm 2026", "during", "", "2026-Q3", "", 0)}},
		{"list of quarters apart, year unknown", "trong quý II, IV", 2025,
			[]model.Deadline{dl("trong quý II", "during", "", "2025-Q2", "", 0), dl("IV", "during", "", "2025-Q4", "", 0)}},
		{"each week", "đăng tối thiểu 02 tin, bài mỗi tuần trên cổng thông tin.", 2025,
			[]model.Deadline{dl("mỗi tuần", "", "", "", "weekly", 0)}},
		{"each week in upper case", "BÁO CÁO MỖI TUẦN", 2025,
			[]model.Deadline{dl("MỖI TUẦN", "", "", "", "weekly", 0)}},
		{"day of each month", "gửi báo cáo trước ngày 25 mỗi tháng", 2025,
			[]model.Deadline{dl("trước ngày 25 mỗi tháng", "before", "", "", "monthly", 25)}},
		{"each day in a slogan", "tổ chức Ngày hội \"Sống khỏe mỗi ngày\" trong tháng 4/2026.", 2026,
			[]model.Deadline{dl("trong tháng 4/2026", "during", "", "2026-04", "", 0)}},
		{"each without a unit", "mỗi xã có ít nhất một mô hình; mỗi người dân", 2025, nil},
		{"growth each year", "tốc độ tăng trưởng bình quân mỗi năm đạt 7%", 2025, nil},
		{"one issue a week", "duy trì chuyên mục 01 số/tuần.", 2025,
			[]model.Deadline{dl("01 số/tuần", "", "", "", "weekly", 0)}},
		{"once a year", "tổ chức diễn tập 01 lần/năm.", 2025,
			[]model.Deadline{dl("01 lần/năm", "", "", "", "yearly", 0)}},
		{"at most once a year is a cap", "bảo đảm không quá 01 lần/năm đối với một doanh nghiệp; tối đa 02 lần/năm", 2025, nil},
		{"at least once a year recurs", "diễn tập ít nhất 01 lần/năm", 2025,
			[]model.Deadline{dl("01 lần/năm", "", "", "", "yearly", 0)}},
		{"a list of recurrences", "báo cáo định kỳ hằng quý, 6 tháng, năm.", 2025,
			[]model.Deadline{dl("định kỳ hằng quý", "", "", "", "quarterly", 0), dl("6 tháng", "", "", "", "every-6-months", 0), dl("năm", "", "", "", "yearly", 0)}},
		{"a list of recurrences before a verb", "tổng hợp báo cáo định kỳ hằng quý, 6 tháng, năm gửi Bộ Nội vụ", 2025,
			[]model.Deadline{dl("định kỳ hằng quý", "", "", "", "quarterly", 0), dl("6 tháng", "", "", "", "every-6-months", 0), dl("năm", "", "", "", "yearly", 0)}},
		{"a list of recurrences with và", "báo cáo hằng tháng, quý và năm", 2025,
			[]model.Deadline{dl("hằng tháng", "", "", "", "monthly", 0), dl("quý", "", "", "", "quarterly", 0), dl("năm", "", "", "", "yearly", 0)}},
		{"a recurrence, then no list", "báo cáo hằng quý, năm 2026 tổng kết; hằng năm, 6 tháng đầu năm sơ kết", 2025,
			[]model.Deadline{dl("hằng quý", "", "", "", "quarterly", 0), dl("năm 2026", "during", "", "2026", "", 0), dl("hằng năm", "", "", "", "yearly", 0), dl("6 tháng đầu năm", "during", "", "2025-H1", "", 0)}},
		{"a day and month without ngày, yearly", "nhân Ngày Doanh nhân Việt Nam 13 tháng 10 hằng năm.", 2025,
			[]model.Deadline{dl("13 tháng 10 hằng năm", "on", "", "--10-13", "yearly", 0)}},
		{"once a year in words", "tổ chức diễn tập một lần / năm.", 2025,
			[]model.Deadline{dl("một lần / năm", "", "", "", "yearly", 0)}},
		{"twice a year", "kiểm tra 02 đợt/năm", 2025,
			[]model.Deadline{dl("02 đợt/năm", "", "", "", "every-6-months", 0)}},
		{"three times a week", "tập luyện 03 lần/tuần", 2025,
			[]model.Deadline{dl("03 lần/tuần", "", "", "", "periodic", 0)}},
		{"rate per person and year", "thu nhập đạt 80 triệu đồng/người/năm; 2 buổi/ngày; 02 lần/người/năm", 2025, nil},
		{"range of quarters apart", "trong quý I - III/2026", 2025,
			[]model.Deadline{dl("trong quý I - III/2026", "during", "", "2026-Q1/2026-Q3", "", 0)}},

		// A time after a noun names the noun's thing.
		{"year of a budget before a deadline", "lập dự toán ngân sách năm 2026, gửi về Sở trước ngày 20 tháng 10 năm 2025.", 2025,
			[]model.Deadline{dl("trước ngày 20 tháng 10 năm 2025", "before", "2025-10-20", "", "", 0)}},
		{"quarter of a price list before a deadline", "Công bố giá vật liệu quý II/2026 trước ngày 10 tháng 7 năm 2026.", 2026,
			[]model.Deadline{dl("trước ngày 10 tháng 7 năm 2026", "before", "2026-07-10", "", "", 0)}},
		{"season before a deadline", "xây dựng phương án phòng cháy mùa khô năm 2025 - 2026, trình phê duyệt trước ngày 20/01/2026.", 2025,
			[]model.Deadline{dl("trước ngày 20/01/2026", "before", "2026-01-20", "", "", 0)}},
		{"school year before a completion", "Tuyển sinh lớp 10 năm học 2026 - 2027 hoàn thành trước ngày 31/7/2026.", 2025,
			[]model.Deadline{dl("hoàn thành trước ngày 31/7/2026", "before", "2026-07-31", "", "", 0)}},
		{"year of a rating before a completion", "xếp loại viên chức năm 2025, hoàn thành trong tháng 12/2025.", 2025,
			[]model.Deadline{dl("hoàn thành trong tháng 12/2025", "by", "", "2025-12", "", 0)}},
		{"year of a budget source", "Kinh phí từ nguồn ngân sách tỉnh năm 2026 là 45 tỷ đồng.", 2026, nil},
		{"year of public investment capital", "phấn đấu giải ngân vốn đầu tư công năm 2026 đạt trên 95%", 2026, nil},
		{"year of a budget after hoàn thành", "phấn đấu hoàn thành và vượt dự toán thu năm 2026.", 2026,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0)}},
		{"year opening a clause before a deadline", "Năm 2026, hoàn thành trước ngày 30/6/2026 việc rà soát.", 2026,
			[]model.Deadline{dl("Năm 2026", "during", "", "2026", "", 0), dl("hoàn thành trước ngày 30/6/2026", "before", "2026-06-30", "", "", 0)}},
		{"year after a verb of doing before a deadline", "Triển khai thực hiện năm 2026, báo cáo trước ngày 15/12/2026.", 2026,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0), dl("trước ngày 15/12/2026", "before", "2026-12-15", "", "", 0)}},
		{"year after a noun in another clause", "Rà soát đội ngũ năm 2026; trình trước ngày 15/12/2026.", 2026,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0), dl("trước ngày 15/12/2026", "before", "2026-12-15", "", "", 0)}},
		{"year after a noun with no deadline after it", "1. Nhiệm vụ trọng tâm năm 2026", 2026,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0)}},

		// "đầu" closing a word is no start.
		{"year of a head of an agency", "xếp loại cơ quan và người đứng đầu năm 2026.", 2026,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0)}},
		{"leading and foremost", "các đơn vị dẫn đầu năm 2026, doanh nghiệp hàng đầu năm 2027", 2026,
			[]model.Deadline{dl("năm 2026", "during", "", "2026", "", 0), dl("năm 2027", "during", "", "2027", "", 0)}},
		{"begin from a year", "bắt đầu từ năm 2026", 2026,
			[]model.Deadline{dl("từ năm 2026", "from", "", "2026", "", 0)}},
		{"start of a year after a verb", "tổ chức hội nghị đầu năm 2026", 2026,
			[]model.Deadline{dl("đầu năm 2026", "start_of", "", "2026", "", 0)}},

		// Not deadlines.
		{"date of a cited document", "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ", 2024, nil},
		{"date of a cited document in a list", "số 328/TB-VPCP ngày 16 tháng 7 năm 2024", 0, nil},
		{"date after a spaced symbol", "Nghị định số 45/2025/NĐ- CP, ngày 12/3/2025", 0, nil},
		{"name of a plan", "Tập trung triển khai hiệu quả các quy hoạch, kế hoạch, đề án: Quy hoạch tỉnh giai đoạn 2021 - 2030, tầm nhìn đến năm 2050; Kế hoạch khác", 0, nil},
		{"name of a programme", "Tiếp tục triển khai Chương trình phát triển du lịch giai đoạn 2021 - 2025", 0, nil},
		{"subject of a citation", "thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị về phát triển kinh tế - xã hội vùng Bắc Trung bộ đến năm 2030, tầm nhìn đến năm 2045;", 0, nil},
		{"period in the subject of a citation", "theo Nghị quyết số 70/NQ-HĐND ngày 21/8/2023 về tình hình thực hiện các dự án từ năm 2017 đến năm 2022.", 0, nil},
		{"year of a code and of the constitution", "Bộ luật Lao động năm 2019 và Hiến pháp năm 2013", 0, nil},
		{"year of a code in upper case", "thi hành BỘ LUẬT HÌNH SỰ NĂM 2015", 0, nil},
		{"year of a law", "Luật Bảo vệ môi trường năm 2020 và Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", 0, nil},
		{"strategy in a parenthesis", "Kế hoạch triển khai Chương trình phát triển tài sản trí tuệ (giai đoạn 2021-2025);", 0, nil},
		{"place and date", "| Số: 09/KH-BTNMT | *Hà Nội, ngày 06 tháng 8 năm 2024* |", 0, nil},
		{"place and date on its own line", "Cần Thơ, ngày 15 tháng 9 năm 2025", 0, nil},
		{"bare years", "Festival Huế 2024, Chương trình giáo dục phổ thông 2018, TCVN ISO 9001:2015", 0, nil},
		{"duration", "trong 3 tháng, trong 05 năm", 0, nil},
		{"month or quarter alone", "tháng 7 và quý III; ngày 20", 0, nil},
		{"document number with year", "theo Nghị định 12/2024/NĐ-CP", 0, nil},
		{"place name", "mỏ sắt Quý Xa (Lào Cai)", 0, nil},
		{"bank", "Ngân hàng Nhà nước; ngân hàng năm", 0, nil},
		{"no digits", "Tổ chức thực hiện kế hoạch, trong đó đầu tư công", 0, nil},
		{"invalid date", "trước ngày 31/02/2024", 0, nil},

		// A time allowed from an event.
		{"within days from signing", "Các Sở báo cáo trong vòng 30 ngày kể từ ngày ký ban hành Kế hoạch này.", 2026,
			[]model.Deadline{within("trong vòng 30 ngày kể từ ngày ký ban hành Kế hoạch này", "before", "P30D", false, "ngày ký ban hành Kế hoạch này")}},
		{"at the latest, days after an event", "gửi hồ sơ chậm nhất 15 ngày sau khi nhận được văn bản đề nghị.", 2026,
			[]model.Deadline{within("chậm nhất 15 ngày sau khi nhận được văn bản đề nghị", "before", "P15D", false, "khi nhận được văn bản đề nghị")}},
		{"working days, comma before the event", "Trong thời hạn 07 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Nội vụ thẩm định", 2026,
			[]model.Deadline{within("Trong thời hạn 07 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ", "before", "P7D", true, "ngày nhận đủ hồ sơ hợp lệ")}},
		{"no more than", "tổ chức không quá 10 ngày kể từ ngày kết thúc đợt kiểm tra; báo cáo", 2026,
			[]model.Deadline{within("không quá 10 ngày kể từ ngày kết thúc đợt kiểm tra", "before", "P10D", false, "ngày kết thúc đợt kiểm tra")}},
		{"within months", "trình phê duyệt trong 03 tháng kể từ ngày Kế hoạch này được ban hành.", 2026,
			[]model.Deadline{within("trong 03 tháng kể từ ngày Kế hoạch này được ban hành", "before", "P3M", false, "ngày Kế hoạch này được ban hành")}},
		{"within weeks, event ends before và", "trong vòng 2 tuần kể từ khi nhận được văn bản và báo cáo kết quả", 2026,
			[]model.Deadline{within("trong vòng 2 tuần kể từ khi nhận được văn bản", "before", "P2W", false, "khi nhận được văn bản")}},
		{"within a year, at most", "hoàn thiện tối đa 01 năm tính từ ngày ban hành", 2026,
			[]model.Deadline{within("tối đa 01 năm tính từ ngày ban hành", "before", "P1Y", false, "ngày ban hành")}},
		{"within quarters as months", "hoàn thành trong 02 quý kể từ ngày ký", 2026,
			[]model.Deadline{within("hoàn thành trong 02 quý kể từ ngày ký", "before", "P6M", false, "ngày ký")}},
		{"after days from signing", "sau 30 ngày kể từ ngày ký, các đơn vị tổ chức thực hiện", 2026,
			[]model.Deadline{within("sau 30 ngày kể từ ngày ký", "after", "P30D", false, "ngày ký")}},
		{"number in words", "trong vòng mười lăm ngày kể từ ngày nhận được báo cáo", 2026,
			[]model.Deadline{within("trong vòng mười lăm ngày kể từ ngày nhận được báo cáo", "before", "P15D", false, "ngày nhận được báo cáo")}},
		{"one month in words", "Trong thời hạn một tháng kể từ ngày ký, Sở Tài chính", 2026,
			[]model.Deadline{within("Trong thời hạn một tháng kể từ ngày ký", "before", "P1M", false, "ngày ký")}},
		{"event that is a date", "hoàn thành trong 30 ngày kể từ ngày 01/7/2026.", 2026,
			[]model.Deadline{within("hoàn thành trong 30 ngày kể từ ngày 01/7/2026", "before", "P30D", false, "ngày 01/7/2026")}},
		{"time label, no lead", "- Thời hạn: 30 ngày kể từ ngày ký", 2026,
			[]model.Deadline{within("30 ngày kể từ ngày ký", "before", "P30D", false, "ngày ký")}},
		{"hours from an event", "xử lý trong vòng 24 giờ kể từ khi phát hiện", 2026,
			[]model.Deadline{within("trong vòng 24 giờ kể từ khi phát hiện", "before", "PT24H", false, "khi phát hiện")}},
		{"hours after an event", "báo cáo nhanh thiệt hại trong vòng 24 giờ sau khi bão tan; tổ chức thăm hỏi", 2026,
			[]model.Deadline{within("trong vòng 24 giờ sau khi bão tan", "before", "PT24H", false, "khi bão tan")}},
		// A time limit with no event written: "trong thời hạn", "chậm
		// nhất", and "trong vòng" with hours; not a window of time.
		{"hours, no event", "khôi phục cấp điện trong vòng 48 giờ; trực ban 24/24 giờ", 2026,
			[]model.Deadline{within("trong vòng 48 giờ", "before", "PT48H", false, "")}},
		{"limit, no event", "thẩm định dự thảo trong thời hạn 15 ngày làm việc; báo cáo chậm nhất 03 ngày.", 2026,
			[]model.Deadline{within("trong thời hạn 15 ngày làm việc", "before", "P15D", true, ""),
				within("chậm nhất 03 ngày", "before", "P3D", false, "")}},
		{"weekly on days", "ra quân vào sáng thứ Bảy và Chủ nhật hằng tuần; họp thứ Hai, thứ Tư và thứ 6 hàng tuần", 2026,
			[]model.Deadline{{Text: "thứ Bảy và Chủ nhật hằng tuần", Recurrence: "weekly", Weekdays: []string{"saturday", "sunday"}},
				{Text: "thứ Hai, thứ Tư và thứ 6 hàng tuần", Recurrence: "weekly", Weekdays: []string{"monday", "wednesday", "friday"}}}},
		{"months each with its year", "kiểm tra vào các tháng 10/2027, 01/2028 và 4/2028; 150 hộ", 2027,
			[]model.Deadline{{Text: "tháng 10/2027", Relation: "during", Period: "2027-10"},
				{Text: "01/2028", Relation: "during", Period: "2028-01"}, {Text: "4/2028", Relation: "during", Period: "2028-04"}}},
		{"limit counted back from a moment", "báo cáo chậm nhất 10 ngày trước thời điểm bắt đầu mùa du lịch", 2026,
			[]model.Deadline{within("chậm nhất 10 ngày trước thời điểm bắt đầu mùa du lịch", "before", "-P10D", false, "thời điểm bắt đầu mùa du lịch")}},
		{"before the school year opens", "sửa chữa phòng học trước khai giảng năm học 2027-2028", 2027,
			[]model.Deadline{within("trước khai giảng năm học 2027-2028", "before", "", false, "khai giảng năm học 2027-2028")}},
		{"limit tied to an event not read", "báo cáo chậm nhất 10 ngày trước Hội đồng thẩm định", 2026, nil},
		{"window, no limit", "Trong vòng 5 năm qua, tỉnh đầu tư nhiều dự án; hội nghị diễn ra trong vòng 2 ngày.", 2026, nil},
		{"no duration, right after an event", "báo cáo ngay sau khi nhận được văn bản", 2026,
			[]model.Deadline{within("ngay sau khi nhận được văn bản", "after", "", false, "khi nhận được văn bản")}},

		// A time counted back from an event.
		{"days before an event", "trình cho ý kiến chậm nhất 15 ngày trước ngày khai mạc đại hội.", 2026,
			[]model.Deadline{within("chậm nhất 15 ngày trước ngày khai mạc đại hội", "before", "-P15D", false, "ngày khai mạc đại hội")}},
		{"hours before an event", "di dời dân, hoàn thành chậm nhất 12 giờ trước khi bão đổ bộ.", 2026,
			[]model.Deadline{within("hoàn thành chậm nhất 12 giờ trước khi bão đổ bộ", "before", "-PT12H", false, "khi bão đổ bộ")}},
		{"days before, compared with an event", "gửi giấy mời trước 03 ngày so với ngày tổ chức.", 2026,
			[]model.Deadline{within("trước 03 ngày so với ngày tổ chức", "before", "-P3D", false, "ngày tổ chức")}},
		{"days after a storm", "học sinh trở lại trường chậm nhất 03 ngày sau bão.", 2026,
			[]model.Deadline{within("chậm nhất 03 ngày sau bão", "before", "P3D", false, "bão")}},
		{"within days before an event is a window", "tuyên truyền trong vòng 15 ngày trước ngày bầu cử", 2026,
			[]model.Deadline{within("trước ngày bầu cử", "before", "", false, "ngày bầu cử")}},

		// A time before, at or after an event, with no date.
		{"before an event", "được di dời đến nơi an toàn trước khi bão đổ bộ.", 2026,
			[]model.Deadline{within("trước khi bão đổ bộ", "before", "", false, "khi bão đổ bộ")}},
		{"before an event, completed", "kết luận dứt điểm, hoàn thành trước khi tiến hành đại hội; báo cáo", 2026,
			[]model.Deadline{within("hoàn thành trước khi tiến hành đại hội", "before", "", false, "khi tiến hành đại hội")}},
		{"as soon as an event", "Ngay khi có tin bão gần Biển Đông, Văn phòng tổ chức trực ban.", 2026,
			[]model.Deadline{within("Ngay khi có tin bão gần Biển Đông", "on", "", false, "khi có tin bão gần Biển Đông")}},
		{"before a season, yearly", "Rà soát phương án trước mùa mưa bão hằng năm.", 2026,
			[]model.Deadline{{Text: "trước mùa mưa bão hằng năm", Relation: "before", Recurrence: "yearly", Event: "mùa mưa bão"}}},
		{"before a holiday", "hoàn thành việc chi trả trước Tết Nguyên đán.", 2026,
			[]model.Deadline{within("trước Tết Nguyên đán", "before", "", false, "Tết Nguyên đán")}},
		{"before the day of an event", "trình Ban Thường vụ trước ngày khai mạc Đại hội.", 2026,
			[]model.Deadline{within("trước ngày khai mạc Đại hội", "before", "", false, "ngày khai mạc Đại hội")}},
		{"before an event, then a date", "thẩm định trước khi trình; hoàn thành trước ngày 30/6/2026", 2026,
			[]model.Deadline{within("trước khi trình", "before", "", false, "khi trình"), dl("hoàn thành trước ngày 30/6/2026", "before", "2026-06-30", "", "", 0)}},
		{"right after an event with a parenthesis, then a time", "Hoàn thành các văn bản ngay sau khi Luật Khoáng sản (sửa đổi) ban hành trong năm 2024.", 2024,
			[]model.Deadline{within("ngay sau khi Luật Khoáng sản (sửa đổi) ban hành", "after", "", false, "khi Luật Khoáng sản (sửa đổi) ban hành"), dl("trong năm 2024", "by", "", "2024", "", 0)}},
		{"before an event in the name of a measure", "tỷ lệ thanh niên được khám sức khỏe trước khi kết hôn đạt 90%", 2026, nil},
		{"before, no event", "đứng trước yêu cầu mới; đi trước một bước; trước mắt; trước sáp nhập; sau khi nghe báo cáo", 2026, nil},
		{"before an event as a baseline or a stage", "tăng so với trước khi sáp nhập; Giai đoạn trước mùa mưa bão; trước và trong mùa mưa", 2026, nil},
		{"length of a course", "thời gian tập huấn 03 ngày; nghỉ 05 ngày", 2026, nil},
		{"years past, a stage, a review", "trong 5 năm qua; giai đoạn 5 năm; sau 3 năm thực hiện", 2026, nil},
		{"within days, no event", "xử lý dứt điểm trong vòng 30 ngày.", 2026, nil},
		{"days from an event, no lead", "Sở báo cáo 30 ngày kể từ ngày ký", 2026, nil},
		{"length of a meeting on given days", "hội nghị trong 02 ngày từ ngày 15/7/2026", 2026,
			[]model.Deadline{dl("từ ngày 15/7/2026", "from", "2026-07-15", "", "", 0)}},

		// A span up to now is the scope of what is counted.
		{"from a year until now", "rà soát các trường hợp phát sinh từ năm 2020 đến nay; thực hiện từ năm 2027", 2026,
			[]model.Deadline{dl("từ năm 2027", "from", "", "2027", "", 0)}},
		// A date in brackets says when the event before it is.
		{"event explained by a date", "hoàn thành trước mùa mưa bão (trước 31/5/2026).", 2026,
			[]model.Deadline{{Text: "hoàn thành trước mùa mưa bão (trước 31/5/2026)", Relation: "before", Date: "2026-05-31", Event: "mùa mưa bão"}}},
		// The days of a weekly recurrence written after it.
		{"weekly on days after", "Hằng tuần vào thứ Sáu báo cáo; họp hằng tuần vào các ngày thứ Hai và thứ Năm", 2026,
			[]model.Deadline{{Text: "Hằng tuần vào thứ Sáu", Recurrence: "weekly", Weekdays: []string{"friday"}},
				{Text: "hằng tuần vào các ngày thứ Hai và thứ Năm", Recurrence: "weekly", Weekdays: []string{"monday", "thursday"}}}},
		// A time of day after "vào" is when a thing is done, even after
		// the name of a programme.
		{"hour and date after a programme", "tổng duyệt chương trình vào 15 giờ 00 ngày 20/3/2026", 2026,
			[]model.Deadline{dl("ngày 20/3/2026", "on", "2026-03-20", "", "", 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := deadlines(Find(tt.in, tt.year))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q, %d) mismatch (-want +got):\n%s", tt.in, tt.year, diff)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	in := "Báo cáo trước ngày 20 hàng tháng; hoàn thành trong quý I năm 2025."
	ms := Find(in, 2025)
	if len(ms) != 2 {
		t.Fatalf("Find(%q) gave %d matches, want 2", in, len(ms))
	}
	for _, m := range ms {
		if in[m.Start:m.End] != m.Deadline.Text {
			t.Errorf("Find(%q): Text %q is not text[%d:%d]", in, m.Deadline.Text, m.Start, m.End)
		}
		if m.Deadline.Span != (model.Span{}) {
			t.Errorf("Find(%q): Span = %v, want zero", in, m.Deadline.Span)
		}
	}
}

func TestParseCell(t *testing.T) {
	tests := []struct {
		in   string
		want model.Deadline
		ok   bool
	}{
		{"Tháng 8/2024", dl("Tháng 8/2024", "during", "", "2024-08", "", 0), true},
		{"2024 - 2025", dl("2024 - 2025", "during", "", "2024/2025", "", 0), true},
		{"2026 - 2027", dl("2026 - 2027", "during", "", "2026/2027", "", 0), true},
		{"Quý III, năm 2022", dl("Quý III, năm 2022", "during", "", "2022-Q3", "", 0), true},
		{"Quý II năm 2023", dl("Quý II năm 2023", "during", "", "2023-Q2", "", 0), true},
		{"Quý II/2025", dl("Quý II/2025", "during", "", "2025-Q2", "", 0), true},
		{"Trước ngày 20 tháng cuối quý", dl("Trước ngày 20 tháng cuối quý", "before", "", "", "quarterly", 20), true},
		{"Tháng 12, năm 2022", dl("Tháng 12, năm 2022", "during", "", "2022-12", "", 0), true},
		{"Năm 2022 và hàng năm", dl("Năm 2022 và hàng năm", "from", "", "2022", "yearly", 0), true},
		{"Năm 2025; Năm 2030", dl("Năm 2025", "during", "", "2025", "", 0), true},
		{"Năm 2022 - 2025", dl("Năm 2022 - 2025", "during", "", "2022/2025", "", 0), true},
		{"Năm 2025 và các năm tiếp theo", dl("Năm 2025 và các năm tiếp theo", "from", "", "2025", "yearly", 0), true},
		{"2025 và những năm tiếp theo", dl("2025 và những năm tiếp theo", "from", "", "2025", "yearly", 0), true},
		{"Thường xuyên", dl("Thường xuyên", "", "", "", "continuous", 0), true},
		{"Nhiệm vụ thường xuyên", dl("Nhiệm vụ thường xuyên", "", "", "", "continuous", 0), true},
		{"Hằng năm", dl("Hằng năm", "", "", "", "yearly", 0), true},
		{"2018 - 2020", dl("2018 - 2020", "during", "", "2018/2020", "", 0), true},
		{"2017 -2020", dl("2017 -2020", "during", "", "2017/2020", "", 0), true},
		{"2025-2026", dl("2025-2026", "during", "", "2025/2026", "", 0), true},
		{"12/2025", dl("12/2025", "during", "", "2025-12", "", 0), true},
		{"06/2025", dl("06/2025", "during", "", "2025-06", "", 0), true},
		{"2025", dl("2025", "during", "", "2025", "", 0), true},
		{" **Tháng 5/2025** ", dl("Tháng 5/2025", "during", "", "2025-05", "", 0), true},
		{"Trước 30/6/2025", dl("Trước 30/6/2025", "before", "2025-06-30", "", "", 0), true},
		{"Quý IV", dl("Quý IV", "during", "", "2024-Q4", "", 0), true},
		{"Quý III, IV/2026", dl("Quý III, IV/2026", "during", "", "2026-Q3/2026-Q4", "", 0), true},
		{"Quý I - II", dl("Quý I - II", "during", "", "2024-Q1/2024-Q2", "", 0), true},
		{"Tháng 5, 6/2026", dl("Tháng 5, 6/2026", "during", "", "2026-05/2026-06", "", 0), true},
		{"Tháng 11 và tháng 12 năm 2026", dl("Tháng 11 và tháng 12 năm 2026", "during", "", "2026-11/2026-12", "", 0), true},
		{"10-11/2019", dl("10-11/2019", "during", "", "2019-10/2019-11", "", 0), true},
		{"01-4/2021", dl("01-4/2021", "during", "", "2021-01/2021-04", "", 0), true},
		{"9 - 12/2022", dl("9 - 12/2022", "during", "", "2022-09/2022-12", "", 0), true},
		{"Tháng 11/2026 - tháng 02/2027", dl("Tháng 11/2026 - tháng 02/2027", "during", "", "2026-11/2027-02", "", 0), true},
		{"10/2025 - 3/2026", dl("10/2025 - 3/2026", "during", "", "2025-10/2026-03", "", 0), true},
		{"10-11-2019", dl("10-11-2019", "on", "2019-11-10", "", "", 0), true},
		{"Trước ngày 30/6 và 31/12/2026", dl("Trước ngày 30/6", "before", "2026-06-30", "", "", 0), true},
		{"15/6", dl("15/6", "on", "2024-06-15", "", "", 0), true},
		{"Từ ngày 15/10/2025 đến ngày 15/11/2025", dl("Từ ngày 15/10/2025 đến ngày 15/11/2025", "during", "", "2025-10-15/2025-11-15", "", 0), true},
		{"Quý cuối năm 2026", dl("Quý cuối năm 2026", "during", "", "2026-Q4", "", 0), true},
		{"Năm 2025, 2026", dl("Năm 2025, 2026", "during", "", "2025/2026", "", 0), true},
		{"Tháng 5 và tháng 9 năm 2026", dl("Tháng 5", "during", "", "2026-05", "", 0), true},
		{"Quý I, III/2026", dl("Quý I", "during", "", "2026-Q1", "", 0), true},
		{"30 ngày kể từ ngày ký", within("30 ngày kể từ ngày ký", "before", "P30D", false, "ngày ký"), true},
		{"15 ngày làm việc kể từ ngày nhận đủ hồ sơ.", within("15 ngày làm việc kể từ ngày nhận đủ hồ sơ", "before", "P15D", true, "ngày nhận đủ hồ sơ"), true},
		{"Trong vòng 30 ngày", model.Deadline{}, false},
		{"30 ngày kể từ ngày ký, báo cáo Sở", model.Deadline{}, false},
		{"12-11/2019", model.Deadline{}, false},
		{"3/2026 - 10/2025", model.Deadline{}, false},
		{"năm tiếp theo", model.Deadline{}, false},
		{"Cục Biến đổi khí hậu", model.Deadline{}, false},
		{"2025, hoàn thành báo cáo", model.Deadline{}, false},
		{"Quyết định của Thủ tướng Chính phủ", model.Deadline{}, false},
		{"", model.Deadline{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseCell(tt.in, 2024)
		if ok != tt.ok || !cmp.Equal(got, tt.want) {
			t.Errorf("ParseCell(%q, 2024) = %+v, %v, want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseCellAll(t *testing.T) {
	tests := []struct {
		in   string
		want []model.Deadline
	}{
		{"Năm 2025; Năm 2030", []model.Deadline{dl("Năm 2025", "during", "", "2025", "", 0), dl("Năm 2030", "during", "", "2030", "", 0)}},
		{"Quý II/2025, Quý IV/2025", []model.Deadline{dl("Quý II/2025", "during", "", "2025-Q2", "", 0), dl("Quý IV/2025", "during", "", "2025-Q4", "", 0)}},
		{"Năm 2025\nNăm 2030.", []model.Deadline{dl("Năm 2025", "during", "", "2025", "", 0), dl("Năm 2030", "during", "", "2030", "", 0)}},
		{"Tháng 6/2025 và tháng 12/2025", []model.Deadline{dl("Tháng 6/2025", "during", "", "2025-06", "", 0), dl("tháng 12/2025", "during", "", "2025-12", "", 0)}},
		{"Trước ngày 30/6 và 31/12/2026", []model.Deadline{dl("Trước ngày 30/6", "before", "2026-06-30", "", "", 0), dl("31/12/2026", "before", "2026-12-31", "", "", 0)}},
		{"Thường xuyên", []model.Deadline{dl("Thường xuyên", "", "", "", "continuous", 0)}},
		{"Năm 2022 và hàng năm", []model.Deadline{dl("Năm 2022 và hàng năm", "from", "", "2022", "yearly", 0)}},
		{"2024 - 2025", []model.Deadline{dl("2024 - 2025", "during", "", "2024/2025", "", 0)}},
		{"Tháng 5 và tháng 9 năm 2026", []model.Deadline{dl("Tháng 5", "during", "", "2026-05", "", 0), dl("tháng 9 năm 2026", "during", "", "2026-09", "", 0)}},
		{"Quý I, III/2026", []model.Deadline{dl("Quý I", "during", "", "2026-Q1", "", 0), dl("III/2026", "during", "", "2026-Q3", "", 0)}},
		{"30 ngày kể từ ngày ký; Năm 2026", []model.Deadline{within("30 ngày kể từ ngày ký", "before", "P30D", false, "ngày ký"), dl("Năm 2026", "during", "", "2026", "", 0)}},
		// The days of a schedule.
		{"Sáng 15/7/2026", []model.Deadline{dl("15/7/2026", "on", "2026-07-15", "", "", 0)}},
		{"27 - 28/7/2026", []model.Deadline{dl("27 - 28/7/2026", "during", "", "2026-07-27/2026-07-28", "", 0)}},
		{"Năm 2025; hoàn thành báo cáo", nil},
		{"Sáng thứ Hai", nil},
		{"Cục Biến đổi khí hậu", nil},
		{"", nil},
	}
	for _, tt := range tests {
		ms := ParseCellAll(tt.in, 2024)
		if diff := cmp.Diff(tt.want, deadlines(ms)); diff != "" {
			t.Errorf("ParseCellAll(%q, 2024) mismatch (-want +got):\n%s", tt.in, diff)
		}
		for _, m := range ms {
			if tt.in[m.Start:m.End] != m.Deadline.Text {
				t.Errorf("ParseCellAll(%q): Text %q is not cell[%d:%d]", tt.in, m.Deadline.Text, m.Start, m.End)
			}
		}
		// The first time is the one ParseCell gives.
		if d, ok := ParseCell(tt.in, 2024); ok != (len(ms) > 0) || ok && !cmp.Equal(d, ms[0].Deadline) {
			t.Errorf("ParseCell(%q, 2024) = %+v, %v; ParseCellAll gave %+v", tt.in, d, ok, deadlines(ms))
		}
	}
}

func readRepoFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", path))
	if err != nil {
		t.Skipf("cannot read %s: %v", path, err)
	}
	return string(b)
}

// TestFindSeed checks every deadline found in the seed, a provincial plan
// for 2024, against a reading of the text.
func TestFindSeed(t *testing.T) {
	text := readRepoFile(t, "seeds/000_a0ddf91c7c9a8c05.txt")
	want := []model.Deadline{
		dl("NĂM 2024", "during", "", "2024", "", 0), // B. MỤC TIÊU ... NĂM 2024
		dl("trước quý III/2024", "before", "", "2024-Q3", "", 0),
		dl("năm 2024", "during", "", "2024", "", 0), // 1. Nhiệm vụ trọng tâm năm 2024
		dl("trước quý III/2024", "before", "", "2024-Q3", "", 0),
		dl("hàng tháng", "", "", "", "monthly", 0),
		// "hàng tháng, quý, 6 tháng và năm 2024": a list of recurrences.
		dl("quý", "", "", "", "quarterly", 0),
		dl("6 tháng", "", "", "", "every-6-months", 0),
		dl("năm 2024", "during", "", "2024", "", 0),
		dl("năm 2023", "during", "", "2023", "", 0),
		dl("năm 2023", "during", "", "2023", "", 0),
		dl("vào cuối năm 2024", "end_of", "", "2024", "", 0),
		dl("năm 2024", "during", "", "2024", "", 0),
		dl("năm 2024", "during", "", "2024", "", 0),
		dl("giai đoạn 2021-2025", "during", "", "2021/2025", "", 0),
		dl("trước quý III/2024", "before", "", "2024-Q3", "", 0),
		dl("Thường xuyên", "", "", "", "continuous", 0), // ... của Nhà nước. Thường xuyên rà soát
		dl("Thường xuyên", "", "", "", "continuous", 0), // ... xử lý vi phạm hành chính. Thường xuyên chỉ đạo
		dl("năm 2024", "during", "", "2024", "", 0),
		dl("trước ngày 30/01/2024", "before", "2024-01-30", "", "", 0),
		dl("định kỳ hằng quý", "", "", "", "quarterly", 0),
		dl("trước ngày 20 hàng tháng", "before", "", "", "monthly", 20),
		dl("định kỳ", "", "", "", "periodic", 0), // ... kiểm tra tình hình thực hiện Kế hoạch này, định kỳ tổng hợp
	}
	got := deadlines(Find(text, 2024))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(seed, 2024) mismatch (-want +got):\n%s", diff)
	}
}

// TestFindCorpus checks selected deadlines of the corpus and that names
// and citations give none.
func TestFindCorpus(t *testing.T) {
	tests := []struct {
		file    string
		year    int
		present []model.Deadline
		absent  []string // texts that must not be deadlines
	}{
		{
			file: "testdata/corpus/vpcp-tb467-2024-ket-luan-thi-truong-carbon.txt", year: 2024,
			present: []model.Deadline{dl("trước ngày 20 tháng 10 năm 2024", "before", "2024-10-20", "", "", 0)},
			absent:  []string{"ngày 11 tháng 01 năm 2024", "ngày 16 tháng 7 năm 2024", "ngày 14 tháng 10 năm 2024 ", "năm 2020"},
		},
		{
			file: "testdata/corpus/chinhphu-nq88-2022-chuong-trinh-hanh-dong.txt", year: 2022,
			present: []model.Deadline{
				dl("cuối năm 2023", "end_of", "", "2023", "", 0),
				dl("Hoàn thành trước năm 2025", "before", "", "2025", "", 0),
				dl("định kỳ trước ngày 31 tháng 12 hàng năm", "before", "", "--12-31", "yearly", 0),
				dl("Năm 2025 và các năm tiếp theo", "from", "", "2025", "yearly", 0),
				dl("Quý III, năm 2022", "during", "", "2022-Q3", "", 0),
			},
			absent: []string{"NGÀY 10 THÁNG 02 NĂM 2022", "ngày 10 tháng 02 năm 2022", "thời kỳ 2021 - 2030", "tầm nhìn đến năm 2050", "năm 2010"},
		},
		{
			file: "testdata/corpus/ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt", year: 2024,
			present: []model.Deadline{
				dl("Giai đoạn đến năm 2030", "horizon", "", "2030", "", 0),
				dl("Tầm nhìn đến năm 2050", "horizon", "", "2050", "", 0),
				dl("định kỳ 5 năm", "", "", "", "every-5-years", 0),
				// "định kỳ hằng năm báo cáo ..., gửi về Bộ ... trước ngày 25
				// tháng 12": the date recurs every year.
				dl("trước ngày 25 tháng 12", "before", "", "--12-25", "yearly", 0),
			},
			absent: []string{"giai đoạn 2021 - 2030", "Ngày 19 tháng 11 năm 2024"},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			text := readRepoFile(t, tt.file)
			got := deadlines(Find(text, tt.year))
			for _, w := range tt.present {
				found := false
				for _, g := range got {
					if cmp.Equal(g, w) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("Find(%s) lacks %+v", tt.file, w)
				}
			}
			for _, a := range tt.absent {
				for _, g := range got {
					if strings.TrimSpace(a) == g.Text {
						t.Errorf("Find(%s) gave %+v, want no deadline for %q", tt.file, g, a)
					}
				}
			}
		})
	}
}

func TestFindNoDigitsIsCheap(t *testing.T) {
	in := strings.Repeat("Tập trung triển khai các nhiệm vụ trọng tâm của ngành, ", 1000)
	if got := Find(in, 2024); got != nil {
		t.Errorf("Find(no digits) = %v, want nil", got)
	}
	allocs := testing.AllocsPerRun(10, func() { Find(in, 2024) })
	if allocs != 0 {
		t.Errorf("Find on text without digits allocated %v times, want 0", allocs)
	}
	// The fast exit must not lose recurrences, which have no digits.
	if got := Find("định kỳ hằng quý báo cáo", 0); len(got) != 1 {
		t.Errorf("Find(%q) gave %d deadlines, want 1", "định kỳ hằng quý báo cáo", len(got))
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
		Find(text, 2024)
	}
}
