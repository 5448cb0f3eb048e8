package citation_test

import (
	"fmt"

	"github.com/vnplan/vnplan/citation"
)

func ExampleFind() {
	text := "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ và Chương trình số 12- CTr/TU của Tỉnh ủy (khoá XVI)."
	for _, m := range citation.Find(text) {
		fmt.Printf("%s | %s | %s | %s\n", m.Ref.DocType, m.Ref.Number, m.Ref.Date, m.Ref.Issuer)
	}
	// Output:
	// Nghị quyết | 01/NQ-CP | 2024-01-05 | Chính phủ
	// Chương trình | 12-CTr/TU |  | Tỉnh ủy
}

func ExampleResolver() {
	text := "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 57). Quán triệt Nghị quyết 57 đến cán bộ."
	aliases := citation.FindAliases(text)
	fmt.Printf("%q stands for %s\n", aliases[0].Short, aliases[0].Number)
	r := citation.NewResolver(aliases)
	for _, m := range r.Find(text) {
		fmt.Printf("%q %s alias=%v\n", m.Ref.Text, m.Ref.Number, m.Ref.Alias)
	}
	// Output:
	// "Nghị quyết 57" stands for 57-NQ/TW
	// "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị" 57-NQ/TW alias=false
	// "Nghị quyết 57" 57-NQ/TW alias=true
}
