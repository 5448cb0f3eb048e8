package parser

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/agency"
)

// A grid is a table that a text extraction laid out with spaces, as
// "pdftotext -layout" writes one: a header line of column names ("STT
// Nhiệm vụ  Cơ quan chủ trì  Cơ quan phối hợp  Thời gian"), perhaps
// wrapped onto a second line, then rows that start with their index and
// whose cells wrap within their columns:
//
//	STT        Nhiệm vụ          Cơ quan chủ trì    Thời gian
//	 1   Xây dựng Bộ chỉ số      Sở Nội vụ          Quý I/2026
//	     đánh giá năm 2026
//
// Each cell is the text of its column on the lines of its row. findGrids
// finds them, and the block stage makes a row block of each row (see
// block.cells).
type grid struct {
	first, last int   // the lines of the table, header included
	rows        []int // the line that starts each row, after the header
	cols        []int // where each column starts, in runes from the line start
	// cellOf, for a table stacked one cell per line (see findStacks),
	// gives the column of each of its lines, from first; nil for a table
	// laid out in columns.
	cellOf []int
	// centred says that the cells are centred in their rows, the index
	// on a middle line (see centreRows).
	centred bool
}

// Bounds of a grid's header line: the column names are short, and there
// are at least minGridCols of them, most of them names of known roles.
const (
	minGridCols   = 3
	maxGridName   = 40
	maxGridHeader = 300
)

// piece of a line of a grid: a run of text between runs of two spaces or
// more, at byte offsets start to end of the line and column col (runes).
type gridPiece struct {
	start, end, col int
}

// gridPieces returns the pieces of line s (see gridPiece), in out.
func gridPieces(out []gridPiece, s string) []gridPiece {
	out = out[:0]
	col := 0
	start := -1
	startCol := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\f' && start < 0 {
			i++ // the page break that starts a page's first line takes no column
			continue
		}
		if c == ' ' || c == '\t' {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if start >= 0 && (j-i >= 2 || j == len(s) || c == '\t') {
				out = append(out, gridPiece{start, i, startCol})
				start = -1
			}
			col += j - i
			i = j
			continue
		}
		if start < 0 {
			start, startCol = i, col
		}
		if c < 0x80 {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		col++
	}
	if start >= 0 {
		out = append(out, gridPiece{start, len(s), startCol})
	}
	return out
}

// gridHeader reports whether the pieces of line s name the columns of a
// table of tasks or indicators: at least minGridCols short pieces, all but
// one of them names of known roles, one of them naming the work, the lead
// or the indicator.
func gridHeader(s string, ps []gridPiece) bool {
	if len(ps) < minGridCols || len(s) > maxGridHeader {
		return false
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		if names[i] = s[p.start:p.end]; runeCount(names[i]) > maxGridName {
			return false
		}
	}
	known, key := columnRoles(names)
	return key && known >= len(ps)-1 && known >= minGridCols-1
}

// columnRoles counts the names of columns that have a known role (see
// agency.ColumnRole), and reports whether one of them is the work, the
// lead or the indicator, as the columns of a table of tasks or
// indicators are named.
func columnRoles(names []string) (known int, key bool) {
	for _, name := range names {
		switch agency.ColumnRole(name) {
		case agency.RoleOther:
		case agency.RoleTask, agency.RoleLead, agency.RoleExecutor, agency.RoleIndicator:
			known++
			key = true
		default:
			known++
		}
	}
	return known, key
}

// findGrids finds the tables laid out with spaces among lines and marks
// their lines (line.grid). It reads only lines with runs of spaces inside
// them, and each line at most twice.
func findGrids(text string, lines []line) []grid {
	var grids []grid
	var ps []gridPiece
	centred := false // the last grid's cells were centred in their rows
	for i := 0; i < len(lines); i++ {
		ln := &lines[i]
		if ln.kind != lineText || ln.tabRow || ln.md > 0 || ln.end-ln.start > maxGridHeader {
			continue
		}
		// Most lines have no run of spaces inside them.
		if strings.Index(text[ln.cs:ln.ce], "  ") < 0 {
			continue
		}
		s := text[ln.start:ln.end]
		if strings.Count(text[ln.cs:ln.ce], "  ") < minGridCols-1 {
			continue
		}
		ps = gridPieces(ps, s)
		if !gridHeader(s, ps) {
			continue
		}
		if g, ok := readGrid(text, lines, i, ps, centred); ok {
			centred = g.centred
			for k := g.first; k <= g.last; k++ {
				lines[k].grid = true
			}
			grids = append(grids, g)
			i = g.last
		}
	}
	return grids
}

// readGrid reads the grid whose header is line h, with pieces hs: the
// lines of the header, then rows, each opened by a line whose first
// piece, under the header's first column, is an index ("1", "II",
// "a)"), and whose other lines leave that column empty. A blank line
// may stand between rows. It reports false when no row follows.
func readGrid(text string, lines []line, h int, hs []gridPiece, centred bool) (grid, bool) {
	g := grid{first: h, last: h}
	// An index starts left of where the header's first name ends.
	idx := hs[0].col + runeCount(text[lines[h].start+hs[0].start:lines[h].start+hs[0].end]) + 1
	margin := -1 // the column of the first row's index
	var ps []gridPiece
	var starts []int  // the columns where pieces of rows start
	var lead [][2]int // the lines before the first index, and where their pieces start
read:
	for i := h + 1; i < len(lines); i++ {
		ln := &lines[i]
		if ln.kind == lineBlank {
			if len(g.rows) > 0 && i+1 < len(lines) && lines[i+1].kind == lineText && rowStart(text, &lines[i+1], idx) {
				continue
			}
			break
		}
		if ln.kind != lineText || ln.tabRow || ln.md > 0 {
			break
		}
		ps = gridPieces(ps, text[ln.start:ln.end])
		switch {
		case len(ps) == 0 || len(ps) > len(hs)+2:
			break read
		case rowStart(text, ln, idx):
			if margin < 0 {
				margin = ps[0].col
			}
			g.rows = append(g.rows, i)
		case len(g.rows) == 0:
			if i-h > maxGridLead {
				// The header's names wrap onto the lines right after
				// it, and the first row may start above its index.
				break read
			}
		case ps[0].col <= margin+1:
			break read // text at the margin that is no index: the table has ended
		}
		for _, p := range ps {
			if len(g.rows) == 0 {
				lead = append(lead, [2]int{i, p.col})
			} else {
				starts = append(starts, p.col)
			}
		}
		g.last = i
	}
	if len(g.rows) == 0 {
		return grid{}, false
	}
	g.centred = centreRows(text, lines, &g, centred)
	for _, l := range lead {
		if l[0] >= g.rows[0] {
			starts = append(starts, l[1]) // the first row starts above its index
		}
	}
	g.cols = gridColumns(starts, len(g.rows))
	return g, len(g.cols) >= minGridCols
}

// maxGridLead bounds the lines between a grid's header line and its
// first index: the header's wrapped names and the lines of a first row
// centred on its index.
const maxGridLead = 3

// centreRows moves the start of each row of grid g up to its first line
// when the table's cells are centred in their rows, so that the index
// stands on a middle line of its row:
//
//	        Xây dựng Quy định phân cấp    Sở Khoa học và Công
//	1       nước về chuyển đổi số         nghệ
//	        Rà soát Quy chế quản lý       Văn phòng UBND tỉnh
//	2       Trung tâm điều hành
//
// A table is read so when at least two of its index lines go on with
// the work's text in lower case, in the middle of a sentence (one, after
// a table so read: its next page), and no fewer of them do so than start
// it with a capital. Such a row then starts
// at the nearest line above its index whose first piece, in the work's
// column, starts with a capital; the lines above that one close the row
// before.
func centreRows(text string, lines []line, g *grid, after bool) bool {
	var ps []gridPiece
	work := make([]int, len(g.rows)) // where an index line's work goes on in lower case, or -1
	lower, upper := 0, 0
	for k, i := range g.rows {
		work[k] = -1
		ps = gridPieces(ps, text[lines[i].start:lines[i].end])
		if len(ps) < 2 {
			continue
		}
		switch r := firstRune(text[lines[i].start+ps[1].start:]); {
		case isLowerLetter(r):
			work[k] = ps[1].col
			lower++
		case isUpperLetter(r):
			upper++
		}
	}
	if lower < 2 && !(after && lower == 1) || lower < upper {
		return false
	}
	floor := g.first + 1
	for k, i := range g.rows {
		for j := i - 1; work[k] >= 0 && j >= floor && lines[j].kind == lineText; j-- {
			ps = gridPieces(ps, text[lines[j].start:lines[j].end])
			if len(ps) == 0 || ps[0].col < work[k]-2 || ps[0].col > work[k]+2 {
				continue // no text in the work's column
			}
			if isUpperLetter(firstRune(text[lines[j].start+ps[0].start:])) {
				g.rows[k] = j
				break
			}
		}
		floor = i + 1
	}
	return true
}

// rowStart reports whether line ln opens a row of a grid: its first
// piece, which starts left of column idx, is an index.
func rowStart(text string, ln *line, idx int) bool {
	s := text[ln.start:ln.end]
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	if lead >= idx {
		return false
	}
	rest := s[lead:]
	end := strings.Index(rest, "  ")
	if end < 0 {
		end = len(rest)
	}
	return isRowIndex(rest[:end])
}

// gridColumns returns where the columns of a grid start: the columns at
// which the pieces of its rows start, those that several lines share, or
// all of them in a table of one or two rows. The header's own names may
// be centred over their columns, so only the rows tell.
func gridColumns(starts []int, rows int) []int {
	sort.Ints(starts)
	need := 2
	if rows <= 2 {
		need = 1
	}
	var cols []int
	for i := 0; i < len(starts); {
		j := i
		for j < len(starts) && starts[j]-starts[i] <= 2 {
			j++
		}
		if j-i >= need {
			cols = append(cols, starts[i])
		}
		i = j
	}
	return cols
}

// column returns the column of cols that a piece starting at rune col c
// belongs to: the last one that starts at or before it, with two runes to
// spare.
func column(cols []int, c int) int {
	k := sort.SearchInts(cols, c+3) - 1
	return max(k, 0)
}

// gridAt returns the grid that holds line i; the line is marked as one of
// a grid's (line.grid).
func gridAt(grids []grid, i int) *grid {
	k := sort.Search(len(grids), func(k int) bool { return grids[k].last >= i })
	return &grids[k]
}

// readGridLine reads line i of a grid into a block: its header, perhaps
// over two lines, is a row block followed by a delimiter (sepAfter); each
// row is a row block whose cells gather the pieces of its lines, column
// by column. A header's names may be centred over their columns: they go
// to the column their middle falls in.
func (r *blockReader) readGridLine(i int) {
	g := gridAt(r.lo.grids, i)
	ln := &r.lines[i]
	s := r.text[ln.start:ln.end]
	header := len(g.rows) == 0 || i < g.rows[0]
	k := sort.SearchInts(g.rows, i)
	opens := i == g.first || k < len(g.rows) && g.rows[k] == i
	if opens {
		b := r.alloc.newBlock(block{kind: blockRow, first: i, last: i, blankBefore: r.sep && i == g.first, sepAfter: header},
			seg{ln.cs, ln.ce})
		b.cells = make([][]seg, max(len(g.cols), 1))
		r.blocks = append(r.blocks, b)
		r.cur = b
	} else if r.cur == nil || r.cur.cells == nil {
		return // not reached: a grid's lines are read in order
	} else {
		r.cur.segs = append(r.cur.segs, seg{ln.cs, ln.ce})
		r.cur.last = i
	}
	b := r.cur
	r.sep, r.lastMain, r.lastFn = false, nil, nil
	if g.cellOf != nil {
		col := g.cellOf[i-g.first]
		b.cells[col] = append(b.cells[col], seg{ln.cs, ln.ce})
		return
	}
	r.gridPieces = gridPieces(r.gridPieces, s)
	for _, p := range r.gridPieces {
		c := p.col
		if header {
			c += runeCount(s[p.start:p.end]) / 2
		}
		col := column(g.cols, c)
		b.cells[col] = append(b.cells[col], seg{ln.start + p.start, ln.start + p.end})
	}
}

// findStacks finds the tables that a text extraction stacked one cell per
// line, as pdftotext without -layout writes them, and marks their lines
// (line.grid):
//
//	STT
//	Nội dung
//	Cơ quan chủ trì
//	Thời gian hoàn
//	thành
//	1
//	Rà soát, phân loại hợp tác xã
//	theo tiêu chí của Luật
//	Sở Nông nghiệp và Môi
//	trường
//	Quý II/2026
//	2
//	...
//
// The header is a run of column names, the first an index column ("STT",
// "TT"), a name wrapped onto a line of its own in lower case. Each row
// opens with the next index alone on its line; its cells follow in
// order, a cell's text wrapped over lines that go on in lower case or
// after a word that needs more (see stackRow). The table ends where a row
// does not follow in order.
func findStacks(text string, lines []line) []grid {
	var grids []grid
	for i := 0; i < len(lines); i++ {
		ln := &lines[i]
		if ln.kind != lineText || ln.grid || ln.md > 0 || ln.ce-ln.cs > maxIndexName || agency.ColumnRole(text[ln.cs:ln.ce]) != agency.RoleIndex {
			continue
		}
		if g, ok := readStack(text, lines, i); ok {
			for k := g.first; k <= g.last; k++ {
				lines[k].grid = true
				lines[k].kind = lineText
			}
			grids = append(grids, g)
			i = g.last
		}
	}
	return grids
}

// maxIndexName bounds the bytes of the name of an index column ("STT",
// "Số TT", "Số thứ tự"): most lines are longer, and are passed over
// without reading them.
const maxIndexName = 16

// maxStackCols bounds the columns of a stacked table.
const maxStackCols = 8

// readStack reads the stacked table whose index column's name is on line
// h (see findStacks).
func readStack(text string, lines []line, h int) (grid, bool) {
	g := grid{first: h, cellOf: []int{0}}
	roles := []agency.Role{agency.RoleIndex}
	names := []string{text[lines[h].cs:lines[h].ce]}
	i := h + 1
	// The header: names of columns, one per line, or wrapped.
	for ; i < len(lines) && (lines[i].kind == lineText || lines[i].kind == linePageNum); i++ {
		s := text[lines[i].cs:lines[i].ce]
		if isRowIndex(s) {
			break
		}
		if runeCount(s) > maxGridName {
			return grid{}, false
		}
		k := len(names) - 1
		if isLowerLetter(firstRune(s)) && roles[k] == agency.RoleOther || isLowerLetter(firstRune(s)) && agency.ColumnRole(names[k]+" "+s) != agency.RoleOther {
			names[k] += " " + s
			roles[k] = agency.ColumnRole(names[k])
			g.cellOf = append(g.cellOf, k)
			continue
		}
		r := agency.ColumnRole(s)
		if r == agency.RoleOther || len(names) == maxStackCols {
			return grid{}, false
		}
		names, roles = append(names, s), append(roles, r)
		g.cellOf = append(g.cellOf, len(names)-1)
	}
	if _, key := columnRoles(names); len(names) < minGridCols || !key || i >= len(lines) || indexValue(text[lines[i].cs:lines[i].ce]) != 1 {
		return grid{}, false
	}
	g.last = i - 1
	// The rows.
	for next := 1; i < len(lines); next++ {
		ln := &lines[i]
		// A row's index alone on its line may have been taken for a
		// page number.
		if ln.kind != lineText && ln.kind != linePageNum || indexValue(text[ln.cs:ln.ce]) != next {
			break
		}
		cells, end := stackRow(text, lines, i+1, roles, next+1)
		if cells == nil {
			break
		}
		g.rows = append(g.rows, i)
		g.cellOf = append(g.cellOf, 0)
		g.cellOf = append(g.cellOf, cells...)
		g.last = end - 1
		i = end
	}
	if len(g.rows) == 0 {
		return grid{}, false
	}
	g.cols = make([]int, len(names))
	return g, true
}

// stackRow reads the cells of a row of a stacked table whose columns have
// roles, from line i up to the line of the index next or the end of the
// row, and returns the column of each line and the line after the row.
// A line starts the next cell when it fits it: a name of a body for a
// column of agencies, a time for a column of times, else a capital after
// a line that does not stop where a phrase goes on (see startsCell). A
// cell of agencies may be empty (a task with no cooperating agency).
func stackRow(text string, lines []line, i int, roles []agency.Role, next int) ([]int, int) {
	var of []int
	col := 1
	prev := ""
	for ; i < len(lines); i++ {
		ln := &lines[i]
		if ln.kind != lineText && ln.kind != linePageNum {
			break
		}
		s := text[ln.cs:ln.ce]
		if indexValue(s) == next || len(s) > maxWidthBytes {
			break
		}
		if prev != "" && startsCell(prev, s) {
			c := nextCell(s, roles, col)
			if c < 0 {
				if col == len(roles)-1 {
					break // the row is full: what follows is no part of it
				}
				// A capital that fits no column: the cell goes on.
				of = append(of, col)
				prev = s
				continue
			}
			col = c
		}
		of = append(of, col)
		prev = s
	}
	if len(of) == 0 || col < len(roles)-2 {
		return nil, 0
	}
	return of, i
}

// nextCell returns the column after col that the line s starts, or -1: the
// next one, or the one after it when the next is a column of agencies
// left empty.
func nextCell(s string, roles []agency.Role, col int) int {
	for c := col + 1; c < len(roles) && c <= col+2; c++ {
		if fitsColumn(s, roles[c]) {
			return c
		}
		if !agencyColumn(roles[c]) {
			break // only a column of agencies may be empty
		}
	}
	return -1
}

// fitsColumn reports whether s may start a cell of a column of role r.
func fitsColumn(s string, r agency.Role) bool {
	switch {
	case agencyColumn(r):
		return agency.IsAgencyStart(s)
	case r == agency.RoleTime || r == agency.RoleDeadline:
		return startsTime(s)
	}
	return true
}

// agencyColumn reports whether a column of role r names bodies.
func agencyColumn(r agency.Role) bool {
	return r == agency.RoleLead || r == agency.RoleCooperating || r == agency.RoleExecutor
}

// timeStarts are the words a cell of a time starts with, lower-cased.
var timeStarts = []string{"quý", "tháng", "năm", "trước", "trong", "hằng", "hàng", "thường xuyên",
	"định kỳ", "từ", "đến", "giai đoạn", "cuối", "đầu", "ngày", "sau", "chậm nhất", "liên tục", "kịp thời"}

// startsTime reports whether s starts like a time: a digit or a word of
// timeStarts.
func startsTime(s string) bool {
	if isDigit(firstRune(s)) {
		return true
	}
	low := strings.ToLower(s[:min(len(s), 24)])
	for _, w := range timeStarts {
		if strings.HasPrefix(low, w) && (len(low) == len(w) || low[len(w)] == ' ' || low[len(w)] == '/') {
			return true
		}
	}
	return false
}

// startsCell reports whether the line s of a stacked table may start a
// new cell after the line prev: it starts with a capital or a digit, and
// prev does not stop where a phrase goes on (after "và", "của", "trên",
// a comma).
func startsCell(prev, s string) bool {
	r := firstRune(s)
	if !isUpperLetter(r) && !isDigit(r) {
		return false
	}
	prev = strings.TrimRight(prev, " ")
	switch lastRune(prev) {
	case ',', '-', '–', '(':
		return false
	}
	w := lastWord(prev)
	return !linkingWords[w] && w != "trên" && w != "dưới"
}

// indexValue returns the number of a row index alone on its line ("3",
// "3."), or 0.
func indexValue(s string) int {
	s = strings.TrimRight(strings.TrimSpace(s), ".)")
	if s == "" || len(s) > 3 {
		return 0
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// mergeGrids merges two lists of grids, each in order of their lines and
// none sharing a line, into one in order.
func mergeGrids(a, b []grid) []grid {
	if len(b) == 0 {
		return a
	}
	out := append(a, b...)
	sort.Slice(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}
