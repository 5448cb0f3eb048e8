package corpustest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/vnplan/vnplan/export"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/parser"
)

// parseSample parses the sample document.
func parseSample(t *testing.T) *model.Document {
	t.Helper()
	src, err := os.ReadFile("../seeds/000_a0ddf91c7c9a8c05.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(src, parser.WithFilename("000_a0ddf91c7c9a8c05.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSampleYAMLIsJSON checks that the YAML of the sample loads to exactly
// the data of its JSON.
func TestSampleYAMLIsJSON(t *testing.T) {
	doc := parseSample(t)
	var j, y bytes.Buffer
	if err := export.JSON(&j, doc, export.JSONOptions{Indent: true}); err != nil {
		t.Fatal(err)
	}
	if err := export.YAML(&y, doc); err != nil {
		t.Fatal(err)
	}
	var fromJSON, fromYAML any
	if err := json.Unmarshal(j.Bytes(), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(y.Bytes(), &fromYAML); err != nil {
		t.Fatal(err)
	}
	// YAML and JSON readers differ only in number types: compare as JSON.
	b, err := json.Marshal(fromYAML)
	if err != nil {
		t.Fatal(err)
	}
	var norm any
	json.Unmarshal(b, &norm)
	if diff := cmp.Diff(fromJSON, norm); diff != "" {
		t.Errorf("YAML data differs from JSON (-json +yaml):\n%s", diff)
	}
}

// readCSV exports one table of doc and reads it back with encoding/csv.
func readCSV(t *testing.T, doc *model.Document, table export.Table) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.CSV(&buf, doc, table, export.CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("table %s does not parse as CSV: %v", table, err)
	}
	return rows
}

func column(t *testing.T, rows [][]string, name string) int {
	t.Helper()
	for i, h := range rows[0] {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %q in %q", name, rows[0])
	return -1
}

// TestSampleCSV checks the CSV tables of the sample as a spreadsheet user
// reads them.
func TestSampleCSV(t *testing.T) {
	doc := parseSample(t)
	sections := 0
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Kind == model.KindSection {
			sections++
		}
		return true
	})
	for _, table := range export.Tables() {
		rows := readCSV(t, doc, table)
		if rows[0][0] != "id" && table != export.TableAgencies {
			t.Errorf("table %s: first column %q, want id", table, rows[0][0])
		}
		switch table {
		case export.TableSections:
			if got := len(rows) - 1; got != sections {
				t.Errorf("sections table has %d rows, want one per section (%d)", got, sections)
			}
		case export.TableTargets, export.TableReferences, export.TableFootnotes:
			if len(rows) < 2 {
				t.Errorf("table %s is empty on the sample", table)
			}
		}
	}
	// A department filters its own tasks by the lead column.
	tasks := readCSV(t, doc, export.TableTasks)
	lead, inh := column(t, tasks, "lead"), column(t, tasks, "inherited")
	own, inherited := 0, 0
	for _, r := range tasks[1:] {
		for _, l := range strings.Split(r[lead], "; ") {
			if l == "Sở Kế hoạch và Đầu tư" {
				if r[inh] == "yes" {
					inherited++
				} else {
					own++
				}
			}
		}
	}
	if inherited < 10 || own < 1 {
		t.Errorf("tasks led by Sở Kế hoạch và Đầu tư: %d inherited, %d own; want at least 10 inherited", inherited, own)
	}
}

// TestSampleXLSX checks that the workbook opens with a reader library and
// holds the rows of the CSV tables.
func TestSampleXLSX(t *testing.T) {
	doc := parseSample(t)
	var buf bytes.Buffer
	if err := export.XLSX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, table := range export.Tables() {
		want := readCSV(t, doc, table)
		got, err := f.GetRows(string(table))
		if err != nil {
			t.Fatalf("sheet %s: %v", table, err)
		}
		// GetRows drops trailing empty cells; pad before comparing.
		for i := range got {
			for len(got[i]) < len(want[0]) {
				got[i] = append(got[i], "")
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sheet %s differs from the CSV table (-csv +xlsx):\n%.2000s", table, diff)
		}
	}
}

// TestFormulaCellsNeutralised checks that text a spreadsheet would run as a
// formula, in a real parsed document, is neutralised in CSV and XLSX.
func TestFormulaCellsNeutralised(t *testing.T) {
	src := []byte("1. Sở Tài chính chủ trì:\n\n- =HYPERLINK(\"http://example.com\",\"x\")\n\n- +cmd|' /C calc'!A0\n\n- @SUM(1+1)\n")
	doc, err := parser.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, doc, export.TableTasks)
	text := column(t, rows, "text")
	for _, r := range rows[1:] {
		if c := r[text]; c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			t.Errorf("CSV cell %q would run as a formula", c)
		}
	}
	var buf bytes.Buffer
	if err := export.XLSX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, _ := f.GetRows(string(export.TableTasks))
	for _, r := range got[1:] {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+@\t\r", rune(c[0])) {
				t.Errorf("XLSX cell %q would run as a formula", c)
			}
		}
	}
}
