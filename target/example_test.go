package target_test

import (
	"fmt"

	"github.com/vnplan/vnplan/target"
)

func ExampleFind() {
	text := "Ổn định diện tích cây lương thực có hạt đạt trên 55.000 ha; phấn đấu thành lập mới 5-7 HTX nông nghiệp, đón khoảng 3,5 - 4 triệu lượt khách trong năm 2024."
	for _, m := range target.Find(text) {
		tg := m.Target
		if tg.Value != nil {
			fmt.Printf("%q: %s %v %s", tg.Text, tg.Comparator, *tg.Value, tg.Unit)
		} else {
			fmt.Printf("%q: %s %v-%v %s", tg.Text, tg.Comparator, *tg.Min, *tg.Max, tg.Unit)
		}
		fmt.Printf(" (%s)", tg.Metric)
		if tg.Change != "" {
			fmt.Printf(" %s", tg.Change)
		}
		fmt.Println()
	}
	// Output:
	// "đạt trên 55.000 ha": gt 55000 ha (diện tích cây lương thực có hạt)
	// "thành lập mới 5-7 HTX": between 5-7 HTX (HTX nông nghiệp) increase
	// "đón khoảng 3,5 - 4 triệu lượt khách": between 3.5e+06-4e+06 lượt khách (lượt khách)
}

func ExampleParseValue() {
	for _, cell := range []string{"≥ 55", "40 - 50", "100%", "Đạt mức trên trung bình", "2025"} {
		tg, ok := target.ParseValue(cell)
		if !ok {
			fmt.Printf("%q: no value\n", cell)
			continue
		}
		if tg.Value != nil {
			fmt.Printf("%q: %s %v %q\n", cell, tg.Comparator, *tg.Value, tg.Unit)
		} else {
			fmt.Printf("%q: %s %v-%v %q\n", cell, tg.Comparator, *tg.Min, *tg.Max, tg.Unit)
		}
	}
	// Output:
	// "≥ 55": ge 55 ""
	// "40 - 50": between 40-50 ""
	// "100%": eq 100 "%"
	// "Đạt mức trên trung bình": no value
	// "2025": no value
}
