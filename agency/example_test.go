package agency_test

import (
	"fmt"

	"github.com/vnplan/vnplan/agency"
)

func ExampleParseClause() {
	c, ok := agency.ParseClause("Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan, đơn vị và các địa phương:")
	fmt.Println(ok)
	fmt.Printf("%q\n", c.Lead)
	fmt.Printf("%q\n", c.Cooperating)

	c, _ = agency.ParseClause("Phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính trong quá trình xây dựng cơ chế.")
	fmt.Println(c.Inherits, c.Assists)
	fmt.Printf("%q\n", c.Cooperating)
	fmt.Printf("%q\n", c.Action)
	// Output:
	// true
	// ["Bộ Chỉ huy Quân sự tỉnh"]
	// ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh" "các cơ quan, đơn vị" "các địa phương"]
	// true true
	// ["Bộ Kế hoạch và Đầu tư" "Bộ Tài chính"]
	// "trong quá trình xây dựng cơ chế"
}

func ExampleSplit() {
	fmt.Printf("%q\n", agency.Split("Sở Tài chính, Sở Lao động, Thương binh và Xã hội, UBND huyện A và các sở, ban, ngành có liên quan"))
	// Output:
	// ["Sở Tài chính" "Sở Lao động, Thương binh và Xã hội" "UBND huyện A" "các sở, ban, ngành có liên quan"]
}

func ExampleKey() {
	fmt.Println(agency.Key("UBND TP. Huế"))
	fmt.Println(agency.Key("Uỷ ban nhân dân thành phố Huế"))
	fmt.Println(agency.Key("Sở Văn hoá và Thể thao;"))
	// Output:
	// ủy ban nhân dân thành phố huế
	// ủy ban nhân dân thành phố huế
	// sở văn hóa và thể thao
}

func ExampleMatches() {
	fmt.Println(agency.Matches("ubnd thanh pho", "Ủy ban nhân dân thành phố Huế"))
	fmt.Println(agency.Matches("Sở Tài chính", "Sở Tài nguyên và Môi trường"))
	// Output:
	// true
	// false
}

func ExampleParseField() {
	text := "a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: các sở, ngành"
	for text != "" {
		f, ok := agency.ParseField(text)
		if !ok {
			break
		}
		fmt.Printf("%v: %q\n", f.Role, f.Value)
		text = text[f.End:]
	}
	// Output:
	// lead: "Sở Nội vụ"
	// cooperating: "các sở, ngành"
}

func ExampleColumnRole() {
	for _, h := range []string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Đơn vị tính"} {
		fmt.Println(agency.ColumnRole(h))
	}
	// Output:
	// index
	// task
	// lead
	// cooperating
	// deadline
	// product
	// unit
}
