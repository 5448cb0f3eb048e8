package export

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
	"github.com/xuri/excelize/v2"
)

// Column widths of the sheets [XLSX] writes, in characters.
const (
	minWidth    = 6
	maxWidth    = 30 // short columns: ids, labels, dates
	maxWideText = 80 // free-text columns, which wrap
)

// XLSX writes doc to w as an Excel workbook (Office Open XML) with one
// sheet per table of [Tables], in that order and named after them. Each
// sheet holds the same rows as [CSV] writes for its table: a bold header
// row, frozen and with an auto-filter over the whole table, then the
// records. Numeric columns hold numbers; every other cell is a string,
// never a formula, neutralised as in CSV. Column widths follow the
// content, capped, and free-text columns wrap. Cells longer than the
// 32,767 characters a spreadsheet cell holds are truncated. A nil doc
// gives sheets with a header row alone.
//
// XLSX returns the first error from the workbook library or from w, in
// which case w may have received part of the output. It does not modify
// doc.
func XLSX(w io.Writer, doc *model.Document) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	headerStyle, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{Vertical: "top"},
	})
	if err != nil {
		return err
	}
	topStyle, err := f.NewStyle(&excelize.Style{
		Alignment: &excelize.Alignment{Vertical: "top"},
	})
	if err != nil {
		return err
	}
	wrapStyle, err := f.NewStyle(&excelize.Style{
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	})
	if err != nil {
		return err
	}
	for i, name := range Tables() {
		sheet := string(name)
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), sheet)
		} else {
			_, err = f.NewSheet(sheet)
		}
		if err != nil {
			return err
		}
		tab, err := buildTable(doc, name)
		if err != nil {
			return err
		}
		if err := writeSheet(f, sheet, tab, headerStyle, topStyle, wrapStyle); err != nil {
			return err
		}
	}
	return f.Write(w)
}

// writeSheet streams tab to the empty sheet of f.
func writeSheet(f *excelize.File, sheet string, tab *table, headerStyle, topStyle, wrapStyle int) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	// The library puts each column it is given before the others; Excel
	// wants them in ascending order, so give them from the last.
	for c := len(tab.cols) - 1; c >= 0; c-- {
		if err := sw.SetColWidth(c+1, c+1, columnWidth(tab, c, tab.cols[c])); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	values := make([]any, len(tab.cols))
	for c, col := range tab.cols {
		values[c] = excelize.Cell{StyleID: headerStyle, Value: col.name}
	}
	if err := sw.SetRow("A1", values); err != nil {
		return err
	}
	for r, row := range tab.rows {
		for c, col := range tab.cols {
			values[c] = nil
			if c >= len(row) || row[c] == "" {
				continue
			}
			cell := excelize.Cell{StyleID: topStyle, Value: row[c]}
			if col.wide {
				cell.StyleID = wrapStyle
			}
			if col.numeric {
				if v, err := strconv.ParseFloat(row[c], 64); err == nil {
					cell.Value = v
				}
			}
			values[c] = cell
		}
		ref, err := excelize.CoordinatesToCellName(1, r+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(ref, values); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(tab.cols), len(tab.rows)+1)
	if err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	return sw.Flush()
}

// columnWidth returns the width of column c of tab: its longest cell, the
// header included, between minWidth and the cap of its kind, plus room
// for the filter button.
func columnWidth(tab *table, c int, col column) float64 {
	limit := maxWidth
	if col.wide {
		limit = maxWideText
	}
	n := utf8.RuneCountInString(col.name) + 2
	for _, row := range tab.rows {
		if n >= limit {
			break
		}
		if c < len(row) {
			n = max(n, utf8.RuneCountInString(row[c]))
		}
	}
	return float64(max(minWidth, min(n, limit)) + 2)
}
