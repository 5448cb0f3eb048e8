package export

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestTableSet(t *testing.T) {
	tests := []struct {
		in      string
		want    Table
		wantErr bool
	}{
		{"sections", TableSections, false},
		{"tasks", TableTasks, false},
		{"TARGETS", TableTargets, false},
		{"deadlines", TableDeadlines, false},
		{"references", TableReferences, false},
		{"footnotes", TableFootnotes, false},
		{"Agencies", TableAgencies, false},
		{"", "", true},
		{"task", "", true},
		{"nodes", "", true},
	}
	for _, tt := range tests {
		var got Table
		err := got.Set(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Set(%q) = %q, %v, want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !strings.Contains(err.Error(), "sections, tasks, targets") {
			t.Errorf("Set(%q) error %q does not list the tables", tt.in, err)
		}
	}
	for _, tb := range Tables() {
		var got Table
		if err := got.Set(tb.String()); err != nil || got != tb {
			t.Errorf("Set(%q) = %q, %v, want %q", tb.String(), got, err, tb)
		}
		if _, ok := columns[tb]; !ok {
			t.Errorf("table %q has no columns", tb)
		}
	}
	if len(columns) != len(Tables()) {
		t.Errorf("%d tables have columns, want %d", len(columns), len(Tables()))
	}
}

func TestFormatSet(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"json", FormatJSON, false},
		{"YAML", FormatYAML, false},
		{"csv", FormatCSV, false},
		{"xlsx", FormatXLSX, false},
		{"jsonl", FormatJSONL, false},
		{"yml", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		var got Format
		err := got.Set(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Set(%q) = %q, %v, want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestFlagValues(t *testing.T) {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format, table := FormatJSON, TableTasks
	fs.Var(&format, "f", "output format")
	fs.Var(&table, "t", "table")
	if err := fs.Parse([]string{"-f", "csv", "-t", "agencies"}); err != nil {
		t.Fatalf("Parse = %v", err)
	}
	if format != FormatCSV || table != TableAgencies {
		t.Errorf("-f csv -t agencies gave %q, %q", format, table)
	}
	if err := fs.Parse([]string{"-t", "bogus"}); err == nil {
		t.Errorf("Parse(-t bogus) = nil, want an error")
	}
	if table != TableAgencies {
		t.Errorf("a bad -t changed the table to %q", table)
	}
}
