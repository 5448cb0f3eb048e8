package export

import (
	"encoding/csv"
	"io"

	"github.com/vnplan/vnplan/model"
)

// CSVOptions configures [CSV]. The zero value writes plain UTF-8.
type CSVOptions struct {
	// BOM reports whether to start the output with a UTF-8 byte order
	// mark, which some spreadsheet programs need to read UTF-8.
	BOM bool
}

// CSV writes the table t of doc to w as comma-separated values (RFC 4180,
// as encoding/csv writes them, lines ending in "\n"): a header row with
// the column names documented on the [Table] constants, then one row per
// record. A nil doc gives the header row alone.
//
// Cells are UTF-8; characters that XML cannot carry are replaced with
// U+FFFD, so that the rows equal those of the sheets [XLSX] writes, and a
// cell that a spreadsheet would run as a formula (one that starts with
// "=", "+", "-", "@", a tab or a carriage return) is prefixed with a
// single quote. Plain numbers such as "-5" are left as they are.
//
// CSV returns an error when t is not one of [Tables], and otherwise the
// first error from w. It does not modify doc.
func CSV(w io.Writer, doc *model.Document, t Table, opts CSVOptions) error {
	tab, err := buildTable(doc, t)
	if err != nil {
		return err
	}
	if opts.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(tab.header()); err != nil {
		return err
	}
	for _, row := range tab.rows {
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
