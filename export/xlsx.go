package export

import (
	"archive/zip"
	"bufio"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
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
// XLSX writes the sheets as it builds them, one table at a time. It
// returns the first error from w, in which case w may have received part
// of the output. It does not modify doc.
func XLSX(w io.Writer, doc *model.Document) error {
	names := Tables()
	zw := zip.NewWriter(w)
	if err := writeFixedParts(zw, len(names)); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(nil, 64<<10)
	filters := make([]string, len(names))
	for i, name := range names {
		tab, err := buildTable(doc, name)
		if err != nil {
			return err
		}
		filters[i] = tableRange(tab, true)
		part, err := zw.Create(sheetPath(i))
		if err != nil {
			return err
		}
		// bw keeps the first error of a write, which Flush returns.
		bw.Reset(part)
		writeSheet(bw, tab, i == 0)
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	if err := writePart(zw, "xl/workbook.xml", workbook(names, filters)); err != nil {
		return err
	}
	return zw.Close()
}

// Cell styles: indexes of the cell formats of xlsxStyles.
const (
	styleHeader = 1 // bold, aligned to the top
	styleTop    = 2 // aligned to the top
	styleWrap   = 3 // aligned to the top and wrapped
)

// writeSheet writes tab as a worksheet to bw: its header row, frozen and
// with an auto-filter over the whole table, then its records. The first
// sheet of a workbook is the selected one.
func writeSheet(bw *bufio.Writer, tab *table, first bool) {
	bw.WriteString(xmlHeader + `<worksheet xmlns="` + nsMain + `"><dimension ref="`)
	bw.WriteString(tableRange(tab, false))
	bw.WriteString(`"/><sheetViews><sheetView`)
	if first {
		bw.WriteString(` tabSelected="1"`)
	}
	bw.WriteString(` workbookViewId="0">` +
		`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>` +
		`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>`)
	for c, col := range tab.cols {
		n := strconv.Itoa(c + 1)
		bw.WriteString(`<col min="` + n + `" max="` + n + `" width="`)
		bw.WriteString(strconv.FormatFloat(columnWidth(tab, c, col), 'f', -1, 64))
		bw.WriteString(`" customWidth="1"/>`)
	}
	bw.WriteString(`</cols><sheetData>`)
	sw := &sheetWriter{Writer: bw, letters: make([]string, len(tab.cols))}
	for c := range tab.cols {
		sw.letters[c] = colName(c)
	}
	sw.startRow(1)
	for c, col := range tab.cols {
		sw.stringCell(c, styleHeader, col.name)
	}
	sw.endRow()
	for r, row := range tab.rows {
		sw.startRow(r + 2)
		for c, col := range tab.cols {
			if c < len(row) {
				sw.cell(c, col, row[c])
			}
		}
		sw.endRow()
	}
	bw.WriteString(`</sheetData><autoFilter ref="`)
	bw.WriteString(tableRange(tab, true))
	bw.WriteString(`"/></worksheet>`)
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

// tableRange returns the range of the cells of tab, header included, such
// as "A1:J63", or with absolute references, such as "$A$1:$J$63", when
// abs is set.
func tableRange(tab *table, abs bool) string {
	col, row := colName(len(tab.cols)-1), strconv.Itoa(len(tab.rows)+1)
	if abs {
		return "$A$1:$" + col + "$" + row
	}
	return "A1:" + col + row
}

// sheetWriter writes the rows of a worksheet.
type sheetWriter struct {
	*bufio.Writer
	letters []string // names of the columns of the sheet
	row     []byte   // number of the row being written, in decimal
}

// startRow starts row n, counted from 1.
func (w *sheetWriter) startRow(n int) {
	w.row = strconv.AppendInt(w.row[:0], int64(n), 10)
	w.WriteString(`<row r="`)
	w.Write(w.row)
	w.WriteString(`">`)
}

// endRow ends the row being written.
func (w *sheetWriter) endRow() { w.WriteString(`</row>`) }

// cell writes s, the cell of a record in column c, whose description is
// col: a number when the column is numeric and s a finite number, else a
// string. An empty cell is left out.
func (w *sheetWriter) cell(c int, col column, s string) {
	if s == "" {
		return
	}
	style := styleTop
	if col.wide {
		style = styleWrap
	}
	if col.numeric {
		v, err := strconv.ParseFloat(s, 64)
		if err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
			w.numberCell(c, style, v)
			return
		}
	}
	w.stringCell(c, style, s)
}

// numberCell writes v in the cell of column c with the given style.
func (w *sheetWriter) numberCell(c, style int, v float64) {
	w.startCell(c, style, "")
	w.WriteString(`<v>`)
	w.Write(strconv.AppendFloat(w.AvailableBuffer(), v, 'f', -1, 64))
	w.WriteString(`</v></c>`)
}

// stringCell writes s, truncated to what a cell holds, as an inline
// string in the cell of column c with the given style.
func (w *sheetWriter) stringCell(c, style int, s string) {
	s = truncateCell(s)
	w.startCell(c, style, "inlineStr")
	w.WriteString(`<is><t`)
	if spaceAtEnds(s) {
		w.WriteString(` xml:space="preserve"`)
	}
	w.WriteByte('>')
	writeEscaped(w.Writer, s)
	w.WriteString(`</t></is></c>`)
}

// startCell writes the start tag of the cell of column c, with the given
// style and, unless it is empty, the given type.
func (w *sheetWriter) startCell(c, style int, typ string) {
	w.WriteString(`<c r="`)
	w.WriteString(w.letters[c])
	w.Write(w.row)
	w.WriteString(`" s="`)
	w.Write(strconv.AppendInt(w.AvailableBuffer(), int64(style), 10))
	if typ != "" {
		w.WriteString(`" t="`)
		w.WriteString(typ)
	}
	w.WriteString(`">`)
}
