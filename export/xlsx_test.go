package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vnplan/vnplan/model"
	"github.com/xuri/excelize/v2"
)

// injectionDoc returns annexDoc with formula-like text in every text
// field of its nodes.
func injectionDoc() *model.Document {
	doc := annexDoc()
	evil := []string{`=HYPERLINK("http://evil.example","Bấm")`, "+cmd|' /C calc'!A0", "@SUM(1)", "-5%", "\t=1"}
	i := 0
	model.Walk(doc.Body, func(n *model.Node) bool {
		n.Text = evil[i%len(evil)]
		n.Heading = evil[(i+1)%len(evil)]
		i++
		return true
	})
	return doc
}

// stringsDoc returns a document whose sections and tasks hold strs, the
// strings that exercise escaping, in their headings and texts.
func stringsDoc() *model.Document {
	doc := emptyDoc()
	for i, s := range strs {
		doc.Body = append(doc.Body, &model.Node{
			Kind: model.KindSection, ID: strconv.Itoa(i), Label: s, Depth: 1, Heading: s, Text: s + s, Task: true,
		})
	}
	return doc
}

func TestXLSX(t *testing.T) {
	tests := []struct {
		name string
		doc  *model.Document
	}{
		{"plan", planDoc()},
		{"annex", annexDoc()},
		{"injection", injectionDoc()},
		{"empty", emptyDoc()},
		{"nil", nil},
		{"every field", fullDoc([]byte{2, 4, 6, 8, 10})},
		{"strings", stringsDoc()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := XLSX(&buf, tt.doc); err != nil {
				t.Fatalf("XLSX(%s) = %v", tt.name, err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("excelize.OpenReader(XLSX(%s)) = %v", tt.name, err)
			}
			defer f.Close()
			var names []string
			for _, tb := range Tables() {
				names = append(names, string(tb))
			}
			if got := f.GetSheetList(); !cmp.Equal(got, names) {
				t.Fatalf("XLSX(%s) sheets = %v, want %v", tt.name, got, names)
			}
			if got := f.GetActiveSheetIndex(); got != 0 {
				t.Errorf("XLSX(%s) active sheet = %d, want 0", tt.name, got)
			}
			for _, table := range Tables() {
				sheet := string(table)
				want := readCSV(t, tt.doc, table, CSVOptions{})
				got, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatalf("GetRows(%s) = %v", sheet, err)
				}
				// GetRows drops trailing empty cells; pad to the header.
				for i := range got {
					for len(got[i]) < len(want[0]) {
						got[i] = append(got[i], "")
					}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("sheet %s differs from CSV (-csv +xlsx):\n%s", sheet, diff)
				}
				// checkSheetXML checks that no cell holds a formula; here
				// the reader library confirms it on the first rows.
				for r, row := range want {
					for c := range row {
						cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
						if r < 4 {
							if fo, _ := f.GetCellFormula(sheet, cell); fo != "" {
								t.Errorf("sheet %s cell %s has formula %q", sheet, cell, fo)
							}
						}
						if formulaStart(row[c]) {
							t.Errorf("sheet %s cell %s = %q, which a spreadsheet may run", sheet, cell, row[c])
						}
					}
				}
				// Numeric columns hold numbers, the others strings.
				for c, col := range columns[table] {
					if len(want) < 2 || want[1][c] == "" {
						continue
					}
					cell, _ := excelize.CoordinatesToCellName(c+1, 2)
					typ, err := f.GetCellType(sheet, cell)
					if err != nil {
						t.Fatal(err)
					}
					wantTyp := excelize.CellTypeInlineString
					if col.numeric {
						wantTyp = excelize.CellTypeUnset // a number cell has no type attribute
					}
					if typ != wantTyp {
						t.Errorf("sheet %s cell %s (%s) has type %v, want %v", sheet, cell, col.name, typ, wantTyp)
					}
				}
			}
			checkSheetXML(t, buf.Bytes())
		})
	}
}

var colMin = regexp.MustCompile(`<col min="(\d+)"`)

// checkSheetXML checks, in the XML of each sheet, that the header row is
// frozen and auto-filtered, that columns have widths and that the header
// is bold.
func checkSheetXML(t *testing.T, data []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("zip.NewReader = %v", err)
	}
	sheets := 0
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		sheets++
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		x := string(b)
		for _, want := range []string{`state="frozen"`, `ySplit="1"`, `<autoFilter ref="$A$1:$`, `<col `, `customWidth="1"`} {
			if !strings.Contains(x, want) {
				t.Errorf("%s lacks %s", zf.Name, want)
			}
		}
		// Columns must come in ascending order.
		prev := 0
		for _, m := range colMin.FindAllStringSubmatch(x, -1) {
			n, _ := strconv.Atoi(m[1])
			if n <= prev {
				t.Errorf("%s: column %d after column %d", zf.Name, n, prev)
			}
			prev = n
		}
		if strings.Contains(x, "<f>") || strings.Contains(x, "<f ") {
			t.Errorf("%s holds a formula", zf.Name)
		}
	}
	if sheets != len(Tables()) {
		t.Errorf("workbook has %d sheets, want %d", sheets, len(Tables()))
	}
}

func TestXLSXHeaderStyle(t *testing.T) {
	var buf bytes.Buffer
	if err := XLSX(&buf, planDoc()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, table := range Tables() {
		id, err := f.GetCellStyle(string(table), "A1")
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Font == nil || !st.Font.Bold {
			t.Errorf("sheet %s header is not bold", table)
		}
		w, err := f.GetColWidth(string(table), "A")
		if err != nil || w < minWidth || w > maxWideText+2 {
			t.Errorf("sheet %s column A width = %v, %v, want between %d and %d", table, w, err, minWidth, maxWideText+2)
		}
	}
	// The tasks' text column wraps; its id column does not.
	for cell, wrap := range map[string]bool{"F2": true, "A2": false} {
		id, err := f.GetCellStyle("tasks", cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Alignment != nil && st.Alignment.WrapText; got != wrap {
			t.Errorf("tasks %s wraps = %v, want %v", cell, got, wrap)
		}
	}
}

func TestXLSXWriteError(t *testing.T) {
	if err := XLSX(&failWriter{n: 100}, planDoc()); !errors.Is(err, errWrite) {
		t.Errorf("XLSX(failing writer) = %v, want %v", err, errWrite)
	}
}

// TestXLSXCellText checks that text reads back as written, escape
// sequences of the spreadsheet format and white space at the ends
// included, and that text longer than a cell holds is truncated between
// characters.
func TestXLSXCellText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"_x0041_", "_x0041_"},
		{"_x005F_", "_x005F_"},
		{"_x005F_x0041_", "_x005F_x0041_"},
		{"a_x0041_x0042_b", "a_x0041_x0042_b"},
		{"_xD800_ _xffff_", "_xD800_ _xffff_"},
		{"_X0041_ _x12G4_ _x004 x0041_", "_X0041_ _x12G4_ _x004 x0041_"},
		{`<a href="x">&amp;</a>`, `<a href="x">&amp;</a>`},
		{" spaces at both ends ", " spaces at both ends "},
		{"lines\nand a tab\t", "lines\nand a tab\t"},
		{strings.Repeat("ẞ", maxCellChars+10), strings.Repeat("ẞ", maxCellChars)},
		{strings.Repeat("😀", maxCellChars), strings.Repeat("😀", maxCellChars/2)},
		{strings.Repeat("a", maxCellChars-1) + "😀", strings.Repeat("a", maxCellChars-1)},
	}
	doc := emptyDoc()
	for i, tt := range tests {
		doc.Body = append(doc.Body, &model.Node{Kind: model.KindSection, ID: strconv.Itoa(i), Depth: 1, Heading: tt.in})
	}
	heading := slices.IndexFunc(columns[TableSections], func(c column) bool { return c.name == "heading" })
	var buf bytes.Buffer
	if err := XLSX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	// Readers such as Excel drop white space at the ends of text unless
	// told to preserve it, which the reader library does not check.
	sheet := readParts(t, buf.Bytes())[sheetPath(0)]
	for _, want := range []string{
		`<t xml:space="preserve"> spaces at both ends </t>`,
		"<t xml:space=\"preserve\">lines\nand a tab\t</t>",
		`<t>_x005F_x0041_</t>`,
	} {
		if !strings.Contains(sheet, want) {
			t.Errorf("sheet lacks %s", want)
		}
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, tt := range tests {
		cell := colName(heading) + strconv.Itoa(i+2)
		got, err := f.GetCellValue(string(TableSections), cell, excelize.Options{RawCellValue: true})
		if err != nil || got != tt.want {
			t.Errorf("cell %s written from %.40q reads %.40q (%d bytes), %v; want %.40q (%d bytes)",
				cell, tt.in, got, len(got), err, tt.want, len(tt.want))
		}
	}
}

func TestWriteEscaped(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Kế hoạch", "Kế hoạch"},
		{`<&>"'`, `&lt;&amp;&gt;&quot;'`},
		{"tab\tline\ncarriage\r", "tab\tline\ncarriage&#xD;"},
		{"\x00\x1f\x7f", "\uFFFD\uFFFD\x7f"},
		{"\uFFFE\uFFFF\uFFFD", "\uFFFD\uFFFD\uFFFD"},
		{"cut \xe1\xba", "cut \uFFFD\uFFFD"},
		{"_x0041_", "_x005F_x0041_"},
		{"_x0041_x0042_", "_x005F_x0041_x005F_x0042_"},
		{"__x00aF_", "__x005F_x00aF_"},
		{"_x004_ _x0041 _X0041_ _x004G_", "_x004_ _x0041 _X0041_ _x004G_"},
	}
	for _, tt := range tests {
		var b strings.Builder
		bw := bufio.NewWriter(&b)
		writeEscaped(bw, tt.in)
		bw.Flush()
		if got := b.String(); got != tt.want {
			t.Errorf("writeEscaped(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestColName(t *testing.T) {
	for c, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA", 16383: "XFD"} {
		if got := colName(c); got != want {
			t.Errorf("colName(%d) = %q, want %q", c, got, want)
		}
	}
}

// Patterns of the targets of relationships and of the range of an
// auto-filter.
var (
	targetAttr = regexp.MustCompile(`Target="([^"]+)"`)
	filterRef  = regexp.MustCompile(`<autoFilter ref="([^"]+)"`)
)

// TestXLSXPackage checks the parts of a workbook: each is well-formed XML
// with a content type, the relationships point to parts that exist, the
// elements of the workbook, the styles and the sheets come in the order
// their schema requires, which Excel insists on, and the workbook names
// the range of each sheet's auto-filter, as Excel does.
func TestXLSXPackage(t *testing.T) {
	var buf bytes.Buffer
	if err := XLSX(&buf, planDoc()); err != nil {
		t.Fatal(err)
	}
	parts := readParts(t, buf.Bytes())
	children := map[string][]string{
		"[Content_Types].xml":        nil,
		"_rels/.rels":                nil,
		"xl/_rels/workbook.xml.rels": nil,
		"xl/workbook.xml":            {"bookViews", "sheets", "definedNames"},
		"xl/styles.xml":              {"fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles"},
	}
	for i := range Tables() {
		children[sheetPath(i)] = []string{"dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "autoFilter"}
	}
	if len(parts) != len(children) {
		t.Errorf("workbook has %d parts, want %d", len(parts), len(children))
	}
	for name, want := range children {
		data, ok := parts[name]
		if !ok {
			t.Errorf("workbook lacks %s", name)
			continue
		}
		got, err := rootChildren(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if want != nil && !cmp.Equal(got, want) {
			t.Errorf("%s holds %v, want %v", name, got, want)
		}
		if !strings.HasSuffix(name, ".rels") && name != "[Content_Types].xml" &&
			!strings.Contains(parts["[Content_Types].xml"], `PartName="/`+name+`"`) {
			t.Errorf("%s has no content type", name)
		}
	}
	for rels, dir := range map[string]string{"_rels/.rels": "", "xl/_rels/workbook.xml.rels": "xl/"} {
		for _, m := range targetAttr.FindAllStringSubmatch(parts[rels], -1) {
			if _, ok := parts[dir+m[1]]; !ok {
				t.Errorf("%s points to %s, which the workbook lacks", rels, m[1])
			}
		}
	}
	for i, table := range Tables() {
		m := filterRef.FindStringSubmatch(parts[sheetPath(i)])
		if m == nil {
			t.Errorf("sheet %s has no auto-filter", table)
			continue
		}
		name := fmt.Sprintf(`<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">'%s'!%s</definedName>`, i, table, m[1])
		if !strings.Contains(parts["xl/workbook.xml"], name) {
			t.Errorf("workbook lacks %s", name)
		}
	}
}

// readParts returns the parts of the zip archive data by name.
func readParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", zf.Name, err)
		}
		parts[zf.Name] = string(b)
	}
	return parts
}

// rootChildren returns the names of the children of the root element of
// the XML document data, and an error if data is not well-formed.
func rootChildren(data string) ([]string, error) {
	d := xml.NewDecoder(strings.NewReader(data))
	var names []string
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return names, nil
		}
		if err != nil {
			return names, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 1 {
				names = append(names, tok.Name.Local)
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

// TestXLSXWriteErrorAnywhere checks that XLSX returns the error of a
// writer that fails at any point of the output, up to its last byte.
func TestXLSXWriteErrorAnywhere(t *testing.T) {
	doc := bigDoc(2000)
	var buf bytes.Buffer
	if err := XLSX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	size := buf.Len()
	for _, n := range []int{0, 1000, size / 3, size / 2, size - 1} {
		if err := XLSX(&failWriter{n: n}, doc); !errors.Is(err, errWrite) {
			t.Errorf("XLSX(writer failing after %d of %d bytes) = %v, want %v", n, size, err, errWrite)
		}
	}
}

// FuzzXLSX checks that the sheets read back, with the reader library, as
// the tables they were written from, each cell truncated to what a cell
// holds.
func FuzzXLSX(f *testing.F) {
	for _, s := range seedDocs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := randomDoc(data)
		var buf bytes.Buffer
		if err := XLSX(&buf, doc); err != nil {
			t.Fatal(err)
		}
		wb, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		defer wb.Close()
		for _, table := range Tables() {
			tab, err := buildTable(doc, table)
			if err != nil {
				t.Fatal(err)
			}
			want := [][]string{tab.header()}
			for _, row := range tab.rows {
				cells := make([]string, len(row))
				for i, c := range row {
					cells[i] = truncateCell(c)
				}
				want = append(want, cells)
			}
			got, err := wb.GetRows(string(table), excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			// GetRows drops trailing empty cells and rows; pad them.
			got = append(got, make([][]string, len(want)-len(got))...)
			for i := range got {
				got[i] = append(got[i], make([]string, len(want[0])-len(got[i]))...)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("sheet %s reads back other rows (-built +read):\n%s", table, diff)
			}
		}
	})
}

func BenchmarkXLSX(b *testing.B) {
	doc := benchDoc()
	b.ReportAllocs()
	for b.Loop() {
		if err := XLSX(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}
