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
