package export

import (
	"encoding/binary"
	"fmt"
	"math"
	"reflect"
	"strings"

	"github.com/vnplan/vnplan/model"
)

// This file builds the documents the tests export: small hand-made ones
// for the golden files, a large synthetic one for benchmarks, and random
// ones for fuzzing.

func f64(v float64) *float64 { return &v }

// sp returns the span of lines from to to, with columns and offsets as if
// every line were 100 bytes and 80 characters long.
func sp(from, to int) model.Span {
	return model.Span{
		Start: model.Pos{Line: from, Column: 1, Offset: (from - 1) * 101},
		End:   model.Pos{Line: to, Column: 81, Offset: (to-1)*101 + 100},
	}
}

// planDoc is a plan with every kind of annotation: sections, items with
// inherited assignments, targets, deadlines, references, footnotes,
// agencies and diagnostics, and full metadata.
func planDoc() *model.Document {
	item1 := &model.Node{
		Kind: model.KindItem, ID: "B.II.2/i1", Numbering: "-", Depth: 4,
		Text: "Phấn đấu diện tích cây ăn quả đạt trên 55.000 ha, trong đó diện tích cho sản phẩm khoảng 53.000 ha trước quý III/2024.",
		Task: true,
		Assignment: &model.Assignment{
			Lead: []string{"Sở Nông nghiệp"}, LeadKeys: []string{"so nong nghiep"},
			Inherited: true, From: "B.II.2",
		},
		Targets: []model.Target{
			{Text: "đạt trên 55.000 ha", Metric: "diện tích cây ăn quả", Comparator: model.CompareGt,
				Value: f64(55000), Unit: "ha", Span: sp(12, 12)},
			{Text: "khoảng 53.000 ha", Comparator: model.CompareApprox, Value: f64(53000), Unit: "ha", Span: sp(12, 12)},
		},
		Deadlines: []model.Deadline{
			{Text: "trước quý III/2024", Relation: "before", Period: "2024-Q3", Span: sp(12, 12)},
		},
		FootnoteRefs: []string{"1"},
		Span:         sp(12, 12),
	}
	item2 := &model.Node{
		Kind: model.KindItem, ID: "B.II.2/i2", Numbering: "-", Depth: 4,
		Text: "Chủ trì, phối hợp với Sở Tài chính báo cáo trước ngày 20 hằng tháng; thu hút 3,5 - 4 triệu lượt khách; giảm trên 5% số vụ tai nạn.",
		Task: true,
		Assignment: &model.Assignment{
			Lead: []string{"Sở Nông nghiệp"}, LeadKeys: []string{"so nong nghiep"},
			Cooperating: []string{"Sở Tài chính"}, CooperatingKeys: []string{"so tai chinh"},
			Action: "báo cáo", Inherited: true, From: "B.II.2",
		},
		Targets: []model.Target{
			{Text: "3,5 - 4 triệu lượt khách", Comparator: model.CompareBetween,
				Min: f64(3500000), Max: f64(4000000), Unit: "lượt khách", Span: sp(13, 13)},
			{Text: "giảm trên 5%", Metric: "số vụ tai nạn", Comparator: model.CompareGt, Value: f64(5),
				Unit: "%", Change: "decrease", Span: sp(13, 13)},
		},
		Deadlines: []model.Deadline{
			{Text: "trước ngày 20 hằng tháng", Relation: "before", Recurrence: "monthly", Day: 20, Span: sp(13, 13)},
		},
		References: []model.Reference{
			{Text: "Nghị quyết 01/NQ-CP", DocType: "Nghị quyết", Number: "01/NQ-CP", Alias: true, Span: sp(13, 13)},
		},
		Span: sp(13, 13),
	}
	sec2 := &model.Node{
		Kind: model.KindSection, ID: "B.II.2", Label: "2", Numbering: model.NumberingArabic, Depth: 3,
		Heading: "Sở Nông nghiệp chủ trì, phối hợp với các sở, ngành:",
		Task:    true,
		Assignment: &model.Assignment{
			Lead: []string{"Sở Nông nghiệp"}, LeadKeys: []string{"so nong nghiep"},
			Cooperating: []string{"các sở, ngành"}, CooperatingKeys: []string{"cac so nganh"},
		},
		Span:     sp(11, 13),
		Children: []*model.Node{item1, item2},
	}
	secII := &model.Node{
		Kind: model.KindSection, ID: "B.II", Label: "II", Numbering: model.NumberingRoman, Depth: 2,
		Heading: "NHIỆM VỤ CỤ THỂ", Span: sp(10, 13), Children: []*model.Node{sec2},
	}
	para := &model.Node{
		Kind: model.KindParagraph, ID: "B/p1", Depth: 2,
		Text: "Phấn đấu đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1,76%, đưa tỉnh vào nhóm 10 địa phương dẫn đầu.",
		Targets: []model.Target{
			{Text: "dưới 1,76%", Metric: "tỷ lệ hộ nghèo", Comparator: model.CompareLt, Value: f64(1.76), Unit: "%", Span: sp(9, 9)},
			{Text: "nhóm 10 địa phương dẫn đầu", Comparator: model.CompareLe, Value: f64(10), Rank: true, Span: sp(9, 9)},
		},
		Deadlines: []model.Deadline{
			{Text: "đến năm 2030", Relation: "horizon", Period: "2030", Span: sp(9, 9)},
		},
		Span: sp(9, 9),
	}
	secB := &model.Node{
		Kind: model.KindSection, ID: "B", Label: "B", Numbering: model.NumberingUpperAlpha, Depth: 1,
		Heading: "NHIỆM VỤ, GIẢI PHÁP", Span: sp(8, 13), Children: []*model.Node{para, secII},
	}
	secA := &model.Node{
		Kind: model.KindSection, ID: "A", Label: "A", Numbering: model.NumberingUpperAlpha, Depth: 1,
		Heading: "MỤC ĐÍCH, YÊU CẦU", Span: sp(6, 7),
		Children: []*model.Node{{
			Kind: model.KindParagraph, ID: "A/p1", Depth: 2,
			Text: "Triển khai kịp thời, hiệu quả Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ.",
			References: []model.Reference{{
				Text: "Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ", DocType: "Nghị quyết",
				Number: "01/NQ-CP", Date: "2024-01-05", Issuer: "Chính phủ", Span: sp(7, 7),
			}},
			Span: sp(7, 7),
		}},
	}
	return &model.Document{
		Schema: model.SchemaV1,
		Source: model.Source{
			Name: "plan.txt", Bytes: 2020,
			SHA256:   "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
			Encoding: "utf-8", Normalization: "nfc", Format: "text", Lines: 20,
		},
		Meta: model.Metadata{
			DocType: "Kế hoạch", Title: "KẾ HOẠCH HÀNH ĐỘNG",
			Subject: "Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ",
			Number:  "28/KH-UBND", Issuer: "ỦY BAN NHÂN DÂN TỈNH A",
			Motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
			Place: "Tỉnh A", Date: "2024-02-18",
			Preamble: []string{"Căn cứ Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ (viết tắt là Nghị quyết 01/NQ-CP);"},
			Signature: &model.Signature{
				Authority: "KT.", OnBehalfOf: "CHỦ TỊCH",
				Chain: []model.Delegation{{Authority: "KT.", OnBehalfOf: "CHỦ TỊCH"}},
				Title: "PHÓ CHỦ TỊCH", Name: "Nguyễn Văn A", Span: sp(15, 17),
			},
			Recipients: []model.Recipient{
				{Name: "Văn phòng Chính phủ", Note: "b/c", Span: sp(18, 18)},
				{Name: "Các sở, ban, ngành", Span: sp(19, 19)},
			},
			Archive: []string{"VT", "TH"},
			Aliases: []model.Alias{{Short: "Nghị quyết 01/NQ-CP", Number: "01/NQ-CP", Span: sp(5, 5)}},
			References: []model.Reference{{
				Text: "Nghị quyết số 01/NQ-CP", DocType: "Nghị quyết", Number: "01/NQ-CP", Span: sp(4, 4),
			}},
		},
		Body: []*model.Node{secA, secB},
		Footnotes: []*model.Footnote{{
			Label: "1", Text: "Theo Quyết định số 2811/QĐ-UBND, ngày 04/11/2021 của",
			Refs: []string{"B.II.2/i1"}, Truncated: true,
			References: []model.Reference{{
				Text: "Quyết định số 2811/QĐ-UBND, ngày 04/11/2021", DocType: "Quyết định",
				Number: "2811/QĐ-UBND", Date: "2021-11-04", Span: sp(14, 14),
			}},
			Span: sp(14, 14),
		}},
		Agencies: []*model.Agency{
			{Name: "Sở Nông nghiệp", Key: "so nong nghiep", Lead: []string{"B.II.2", "B.II.2/i1", "B.II.2/i2"}},
			{Name: "các sở, ngành", Key: "cac so nganh", Cooperating: []string{"B.II.2"}},
			{Name: "Sở Tài chính", Key: "so tai chinh", Cooperating: []string{"B.II.2/i2"}},
		},
		Diagnostics: []model.Diagnostic{
			{Severity: model.SeverityWarning, Code: "footnote-truncated", Message: "Footnote 1 is cut off at a page end.", Span: sp(14, 14)},
			{Severity: model.SeverityInfo, Code: "encoding-guess", Message: "The input is UTF-8.", Span: sp(1, 1)},
		},
	}
}

// annexDoc is a decision that attaches a plan with an annex task table;
// its cells hold formula-like text that must reach no spreadsheet as a
// formula, and its numbers are those whose JSON form is easy to get wrong.
func annexDoc() *model.Document {
	rows := []*model.Node{
		{
			Kind: model.KindRow, ID: "PL/t1/r1", Depth: 3,
			Cells: []string{"1", `=HYPERLINK("http://example.com/x","Bấm vào đây")`, "Sở Y tế", "Quý I/2025"},
			Task:  true,
			Assignment: &model.Assignment{
				Lead: []string{"Sở Y tế"}, LeadKeys: []string{"so y te"},
			},
			Deadlines: []model.Deadline{{Text: "Quý I/2025", Relation: "during", Period: "2025-Q1", Span: sp(30, 30)}},
			Span:      sp(30, 30),
		},
		{
			Kind: model.KindRow, ID: "PL/t1/r2", Depth: 3,
			Cells: []string{"+cmd|' /C calc'!A0", "@SUM(1+1)", "-5%", "2"},
			Task:  true,
			Targets: []model.Target{
				{Text: "20 nghìn tỷ đồng", Comparator: model.CompareEq, Value: f64(2e13), Unit: "đồng", Span: sp(31, 31)},
				{Text: "0,5 lần", Comparator: model.CompareGe, Value: f64(0.5), Unit: "lần", Span: sp(31, 31)},
			},
			Span: sp(31, 31),
		},
	}
	table := &model.Node{
		Kind: model.KindTable, ID: "PL/t1", Depth: 2,
		Header:   []string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"},
		Span:     sp(29, 31),
		Children: rows,
	}
	return &model.Document{
		Schema: model.SchemaV1,
		Source: model.Source{
			Name: "quyet-dinh.md", Bytes: 4040, Encoding: "windows-1258",
			EncodingConfidence: 0.75, Format: "markdown", Lines: 40,
		},
		Meta: model.Metadata{
			DocType: "Quyết định", Title: "QUYẾT ĐỊNH", Number: "15/QĐ-UBND",
			Authority:  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH B",
			IssuedWith: "(Kèm theo Quyết định số 15/QĐ-UBND)",
			Enacting:   "QUYẾT ĐỊNH:",
			Signature:  &model.Signature{Title: "CHỦ TỊCH", Name: "Trần Thị B", Span: sp(20, 22)},
			Attachments: []model.Attachment{{
				DocType: "Kế hoạch", Title: "KẾ HOẠCH", Subject: "Triển khai nhiệm vụ năm 2025",
				IssuedWith: "(Kèm theo Quyết định số 15/QĐ-UBND)", First: "PL", Span: sp(24, 26),
			}},
			PageNumbers: []model.PageNumber{{Text: "- 2 -", Span: sp(27, 27)}},
			Notes:       []string{"Văn bản do \"Trung tâm\" chuyển đổi; ký tự \t tab."},
		},
		Body: []*model.Node{
			{
				Kind: model.KindSection, ID: "Điều 1", Label: "Điều 1", Numbering: model.NumberingArticle, Depth: 1,
				Text: "Ban hành kèm theo Quyết định này Kế hoạch triển khai nhiệm vụ năm 2025.",
				Span: sp(10, 10),
			},
			{
				Kind: model.KindSection, ID: "Điều 2", Label: "Điều 2", Numbering: model.NumberingArticle, Depth: 1,
				Heading: "+cmd|' /C calc'!A0", Span: sp(11, 12),
				Children: []*model.Node{{
					Kind: model.KindParagraph, ID: "Điều 2/p1", Depth: 2, Task: true,
					Text:       `=HYPERLINK("http://example.com/x","Bấm vào đây")`,
					Assignment: &model.Assignment{Lead: []string{"@Ban"}, Action: "-thực hiện", Request: true},
					Targets: []model.Target{{Text: "-5%", Comparator: model.CompareEq, Value: f64(-5), Unit: "%",
						Span: sp(12, 12)}},
					Span: sp(12, 12),
				}},
			},
			{
				Kind: model.KindSection, ID: "PL", Label: "PHỤ LỤC I", Numbering: model.NumberingAnnex, Depth: 1,
				Heading: "DANH MỤC NHIỆM VỤ", Span: sp(28, 31),
				Children: []*model.Node{table},
			},
		},
		Agencies: []*model.Agency{
			{Name: "Sở Y tế", Key: "so y te", Lead: []string{"PL/t1/r1"}},
		},
		Diagnostics: []model.Diagnostic{},
	}
}

// emptyDoc is a document with no content: empty but non-nil body and
// diagnostics, empty metadata.
func emptyDoc() *model.Document {
	return &model.Document{
		Schema:      model.SchemaV1,
		Source:      model.Source{Name: "-", Encoding: "utf-8", Format: "text"},
		Body:        []*model.Node{},
		Diagnostics: []model.Diagnostic{},
	}
}

// bigDoc returns a synthetic document of about n nodes: sections of
// items with Vietnamese text, assignments, targets and deadlines.
func bigDoc(n int) *model.Document {
	doc := planDoc()
	doc.Body = nil
	line := 1
	for len(doc.Body)*10 < n {
		s := len(doc.Body) + 1
		sec := &model.Node{
			Kind: model.KindSection, ID: fmt.Sprint(s), Label: fmt.Sprint(s), Numbering: model.NumberingArabic,
			Depth: 1, Heading: "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ban, ngành và địa phương:",
			Task:       true,
			Assignment: &model.Assignment{Lead: []string{"Sở Kế hoạch và Đầu tư"}, Cooperating: []string{"các sở, ban, ngành", "địa phương"}},
			Span:       sp(line, line+9),
		}
		line++
		for i := 1; i < 10; i++ {
			sec.Children = append(sec.Children, &model.Node{
				Kind: model.KindItem, ID: fmt.Sprintf("%d/i%d", s, i), Numbering: "-", Depth: 2,
				Text: "Tiếp tục thực hiện có hiệu quả các nhiệm vụ, giải pháp phát triển kinh tế - xã hội; " +
					"phấn đấu tốc độ tăng trưởng đạt trên 7,5% trước ngày 30/12/2025 theo “Nghị quyết” số 01/NQ-CP.",
				Task:       true,
				Assignment: &model.Assignment{Lead: []string{"Sở Kế hoạch và Đầu tư"}, Inherited: true, From: sec.ID},
				Targets: []model.Target{{Text: "đạt trên 7,5%", Metric: "tốc độ tăng trưởng",
					Comparator: model.CompareGt, Value: f64(7.5), Unit: "%", Span: sp(line, line)}},
				Deadlines: []model.Deadline{{Text: "trước ngày 30/12/2025", Relation: "before", Date: "2025-12-30", Span: sp(line, line)}},
				Span:      sp(line, line),
			})
			line++
		}
		doc.Body = append(doc.Body, sec)
	}
	return doc
}

// filler builds random values of the model's types from fuzz input, by
// reflection, so that a field added to the model is filled too.
type filler struct {
	data []byte
	// full reports whether to set every field to a non-zero value.
	full bool
}

func (f *filler) byte() byte {
	if len(f.data) == 0 {
		return 0
	}
	b := f.data[0]
	f.data = f.data[1:]
	return b
}

// strs are strings that exercise escaping, quoting and neutralisation.
var strs = []string{
	"", "a", "Kế hoạch hành động", `quote " and \ backslash`, "\x00\x01\x08\x0c\x1f\x7f",
	"line\nbreak\r\nand\ttab", "\u2028\u2029", "\xff\xfe invalid", "cut \xe1\xba", "<script>&amp;</script>",
	`=HYPERLINK("http://x","y")`, "-5%", "+ Hạ tầng", "@SUM(1)", "\tlead tab", "yes", "No", "1:20", "null",
	"~", "123", "0x1F", "1e5", " leading space", "trailing space ", "\ufeffbom", "\u0085nel", "emoji 😀",
	"\ufffd", "#comment", "key: value", "- dash", "'single'", "*star", "&anchor", "!tag", "%p", "[x]",
	"{y}", "a | b", ">", "\u00a0nbsp", "ＨＹＰＥＲ", "＝1+1", "\uFFFE\uFFFF", "-5", "1.76", "Quý III/2024",
}

var floats = []float64{
	0, math.Copysign(0, -1), 1e13, 0.5, 1.76, 3500000, 1e21, 1e20, 1e-6, 1e-7, 9.999999e-7,
	123456789.125, -3.25, math.MaxFloat64, math.SmallestNonzeroFloat64, 2e13, 1e100, 5e-324, 7.5,
}

func (f *filler) string() string {
	b := f.byte()
	if f.full {
		return strs[1+int(b)%(len(strs)-1)]
	}
	if b < 200 {
		return strs[int(b)%len(strs)]
	}
	n := min(int(b-200), len(f.data))
	s := string(f.data[:n])
	f.data = f.data[n:]
	return s
}

func (f *filler) float() float64 {
	b := f.byte()
	if f.full {
		return floats[2+int(b)%(len(floats)-2)]
	}
	if b < 200 || len(f.data) < 8 {
		return floats[int(b)%len(floats)]
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(f.data))
	f.data = f.data[8:]
	if badFloat(v) {
		return 1
	}
	return v
}

var nodePtr = reflect.TypeFor[*model.Node]()

// fill sets v, a settable value, to random contents; depth counts the
// nodes above.
func (f *filler) fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(f.string())
	case reflect.Int:
		if f.full {
			v.SetInt(1 + int64(f.byte()))
			return
		}
		v.SetInt(int64(int8(f.byte())) * int64(f.byte()))
	case reflect.Bool:
		v.SetBool(f.full || f.byte()&1 == 1)
	case reflect.Float64:
		v.SetFloat(f.float())
	case reflect.Pointer:
		if f.byte()%4 == 0 && !f.full {
			return
		}
		p := reflect.New(v.Type().Elem())
		d := depth
		if v.Type() == nodePtr {
			d++
		}
		f.fill(p.Elem(), d)
		v.Set(p)
	case reflect.Slice:
		if v.Type().Elem() == nodePtr && depth >= 3 {
			return
		}
		n := int(f.byte() % 5)
		if f.full {
			n = 3
		}
		switch n {
		case 0: // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range n - 1 {
				f.fill(s.Index(i), depth)
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f.fill(v.Field(i), depth)
		}
	default:
		panic("filler: unexpected kind " + v.Kind().String())
	}
}

// randomDoc returns a document built from data.
func randomDoc(data []byte) *model.Document {
	f := filler{data: data}
	doc := new(model.Document)
	f.fill(reflect.ValueOf(doc).Elem(), 0)
	return doc
}

// fullDoc returns a document built from data with every field set.
func fullDoc(data []byte) *model.Document {
	f := filler{data: data, full: true}
	doc := new(model.Document)
	f.fill(reflect.ValueOf(doc).Elem(), 0)
	return doc
}

// seedDocs returns fuzz seeds.
func seedDocs() [][]byte {
	var seeds [][]byte
	for i := range 8 {
		b := make([]byte, 400)
		for j := range b {
			b[j] = byte(i*131 + j*7 + j*j)
		}
		seeds = append(seeds, b)
	}
	seeds = append(seeds, nil, []byte(strings.Repeat("\x01", 300)), []byte(strings.Repeat("\xff", 300)))
	return seeds
}
