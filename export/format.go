package export

import (
	"fmt"
	"strings"
)

// Format is an output format of vnplan. It implements [flag.Value], so a
// command can take it as a flag; its zero value is not a valid format.
type Format string

// The output formats.
const (
	// FormatJSON is the canonical form, written by [JSON].
	FormatJSON Format = "json"
	// FormatYAML carries the same data as the JSON, written by [YAML].
	FormatYAML Format = "yaml"
	// FormatCSV is one flat table, written by [CSV].
	FormatCSV Format = "csv"
	// FormatXLSX is a workbook with every table, written by [XLSX].
	FormatXLSX Format = "xlsx"
	// FormatJSONL is compact JSON, one document per line, written by
	// [JSON] with Indent unset.
	FormatJSONL Format = "jsonl"
)

// Formats returns every output format, in the order of their constants.
func Formats() []Format {
	return []Format{FormatJSON, FormatYAML, FormatCSV, FormatXLSX, FormatJSONL}
}

// String returns the format's name, such as "json".
func (f Format) String() string { return string(f) }

// Set sets *f to the format named s, ignoring case. It returns an error
// naming the valid formats when s is none of them, and then leaves *f
// unchanged.
func (f *Format) Set(s string) error {
	for _, v := range Formats() {
		if strings.EqualFold(s, string(v)) {
			*f = v
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (want %s)", s, joinNames(Formats()))
}

// Table is one of the flat tables of a document, written by [CSV] and,
// all together, by [XLSX]. It implements [flag.Value]; its zero value is
// not a valid table. Every table's first column is "id".
type Table string

// The tables. Lists in a cell are joined with "; "; booleans are "yes"
// or "no"; "line" is the line the row's node or phrase starts on, empty
// when unknown.
const (
	// TableSections has one row per section node:
	// id, label, numbering, depth, parent_id (the id of the parent node,
	// empty at top level), heading, text, lead, cooperating, line.
	TableSections Table = "sections"
	// TableTasks has one row per task node ([model.Node.Task]):
	// id, kind, section_id (the task itself when it is a section, or its
	// nearest enclosing section), section_path (the labels of the
	// enclosing sections, such as "B > II > 2 > 2.1"), section_heading
	// (of the nearest enclosing section that has one), text (the cells
	// joined with " | " for a row), lead, cooperating, inherited,
	// request, action, targets (short forms such as "> 55000 ha"),
	// deadlines (short forms such as "before 2024-Q3"), references (the
	// numbers cited), line.
	TableTasks Table = "tasks"
	// TableTargets has one row per target of any node:
	// id, text, metric, comparator, value, min, max, unit, change, rank,
	// line, period.
	TableTargets Table = "targets"
	// TableDeadlines has one row per deadline of any node:
	// id, text, relation, date, period, recurrence, day, line.
	TableDeadlines Table = "deadlines"
	// TableReferences has one row per cited document: id ("document"
	// for the references of the metadata, the node id for those of a
	// node, "footnote:" and the label for those of a footnote), number,
	// doc_type, date, issuer, alias, text, line.
	TableReferences Table = "references"
	// TableFootnotes has one row per footnote: id ("footnote:" and the
	// label), label, refs (the ids of the nodes that carry the marker),
	// truncated, references (the numbers cited), text, line.
	TableFootnotes Table = "footnotes"
	// TableAgencies has one row per agency: id (the key, or the name
	// when the key is empty), key, name, lead_count, cooperating_count,
	// lead_ids, cooperating_ids.
	TableAgencies Table = "agencies"
)

// Tables returns every table, in the order of their constants, which is
// the order of the sheets [XLSX] writes.
func Tables() []Table {
	return []Table{TableSections, TableTasks, TableTargets, TableDeadlines,
		TableReferences, TableFootnotes, TableAgencies}
}

// String returns the table's name, such as "tasks".
func (t Table) String() string { return string(t) }

// Set sets *t to the table named s, ignoring case. It returns an error
// naming the valid tables when s is none of them, and then leaves *t
// unchanged.
func (t *Table) Set(s string) error {
	for _, v := range Tables() {
		if strings.EqualFold(s, string(v)) {
			*t = v
			return nil
		}
	}
	return fmt.Errorf("unknown table %q (want %s)", s, joinNames(Tables()))
}

func joinNames[T ~string](vs []T) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(v))
	}
	return b.String()
}
