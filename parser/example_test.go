package parser_test

import (
	"fmt"

	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/parser"
)

func ExampleParse() {
	src := []byte(`KẾ HOẠCH

I. NHIỆM VỤ

1. Sở Y tế chủ trì, phối hợp với các sở, ngành:

- Phấn đấu đạt 12 bác sĩ/vạn dân trước quý III/2025.
`)
	doc, err := parser.Parse(src, parser.WithFilename("plan.txt"))
	if err != nil {
		fmt.Println(err)
		return
	}
	model.Walk(doc.Body, func(n *model.Node) bool {
		fmt.Println(n.ID, n.Kind)
		return true
	})
	item := doc.Body[0].Children[0].Children[0]
	fmt.Println(item.Assignment.Lead, item.Assignment.Inherited)
	fmt.Println(item.Deadlines[0].Relation, item.Deadlines[0].Period)
	// Output:
	// I section
	// I.1 section
	// I.1/i1 item
	// [Sở Y tế] true
	// before 2025-Q3
}
