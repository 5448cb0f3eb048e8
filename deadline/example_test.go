package deadline_test

import (
	"fmt"

	"github.com/vnplan/vnplan/deadline"
)

func ExampleFind() {
	text := "Báo cáo Sở Kế hoạch và Đầu tư trước ngày 20 hàng tháng; hoàn thành trong quý I năm 2025; triển khai Quy hoạch tỉnh giai đoạn 2021 - 2030; tổng kết 6 tháng đầu năm."
	for _, m := range deadline.Find(text, 2024) {
		d := m.Deadline
		fmt.Printf("%q relation=%s date=%s period=%s recurrence=%s day=%d\n", d.Text, d.Relation, d.Date, d.Period, d.Recurrence, d.Day)
	}
	// Output:
	// "trước ngày 20 hàng tháng" relation=before date= period= recurrence=monthly day=20
	// "hoàn thành trong quý I năm 2025" relation=by date= period=2025-Q1 recurrence= day=0
	// "6 tháng đầu năm" relation=during date= period=2024-H1 recurrence= day=0
}

func ExampleParseCell() {
	for _, cell := range []string{"Quý III, năm 2022", "2024 - 2025", "Năm 2022 và hàng năm", "Thường xuyên"} {
		d, ok := deadline.ParseCell(cell, 0)
		fmt.Printf("%q ok=%v relation=%s period=%s recurrence=%s\n", cell, ok, d.Relation, d.Period, d.Recurrence)
	}
	// Output:
	// "Quý III, năm 2022" ok=true relation=during period=2022-Q3 recurrence=
	// "2024 - 2025" ok=true relation=during period=2024/2025 recurrence=
	// "Năm 2022 và hàng năm" ok=true relation=from period=2022 recurrence=yearly
	// "Thường xuyên" ok=true relation= period= recurrence=continuous
}

func ExampleFind_rangesAndLists() {
	text := "Hoàn thành trong quý II, III/2027. Thời gian triển khai: 04-06/2027. Báo cáo định kỳ 6 tháng (trước ngày 10/6 và 10/12). Bố trí kinh phí từ ngân sách nhà nước hằng năm."
	for _, m := range deadline.Find(text, 2027) {
		d := m.Deadline
		fmt.Printf("%q relation=%s date=%s period=%s recurrence=%s\n", d.Text, d.Relation, d.Date, d.Period, d.Recurrence)
	}
	// Output:
	// "Hoàn thành trong quý II, III/2027" relation=by date= period=2027-Q2/2027-Q3 recurrence=
	// "04-06/2027" relation=during date= period=2027-04/2027-06 recurrence=
	// "định kỳ 6 tháng" relation= date= period= recurrence=every-6-months
	// "trước ngày 10/6" relation=before date= period=--06-10 recurrence=yearly
	// "10/12" relation=before date= period=--12-10 recurrence=yearly
}
