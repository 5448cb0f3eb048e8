package docx_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/vnplan/vnplan/docx"
)

func ExampleConvert() {
	data, err := os.ReadFile("../testdata/docx/sample.docx")
	if err != nil {
		log.Fatal(err)
	}
	res, err := docx.Convert(data)
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(res.Text, "\n") {
		// Print the labelled lines of part A and the first footnote.
		if strings.HasPrefix(line, "A. ") || strings.HasPrefix(line, "B. ") || strings.HasPrefix(line, "¹ ") {
			r := []rune(line)
			fmt.Println(string(r[:min(len(r), 30)]))
		}
	}
	fmt.Println(res.Numbered, "numbered paragraphs,", res.Footnotes, "footnotes")
	// Output:
	// A. MỤC ĐÍCH, YÊU CẦU
	// B. MỤC TIÊU VÀ TRỌNG TÂM CHỈ Đ
	// ¹ Như: Sản phẩm du lịch văn hó
	// 172 numbered paragraphs, 8 footnotes
}
