package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"regexp"
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

func BenchmarkXLSX(b *testing.B) {
	doc := benchDoc()
	b.ReportAllocs()
	for b.Loop() {
		if err := XLSX(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}
