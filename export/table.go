package export

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/model"
)

// column describes one column of a table.
type column struct {
	name string
	// numeric reports whether the cells are decimal numbers or empty;
	// XLSX writes them as numbers.
	numeric bool
	// wide reports whether the cells hold free text that XLSX wraps.
	wide bool
}

// columns lists the columns of each table, as documented on the Table
// constants.
var columns = map[Table][]column{
	TableSections: {
		{name: "id"}, {name: "label"}, {name: "numbering"},
		{name: "depth", numeric: true}, {name: "parent_id"},
		{name: "heading", wide: true}, {name: "text", wide: true},
		{name: "lead", wide: true}, {name: "cooperating", wide: true},
		{name: "line", numeric: true},
	},
	TableTasks: {
		{name: "id"}, {name: "kind"}, {name: "section_id"}, {name: "section_path"},
		{name: "section_heading", wide: true}, {name: "text", wide: true},
		{name: "lead", wide: true}, {name: "cooperating", wide: true},
		{name: "inherited"}, {name: "request"}, {name: "action"},
		{name: "targets", wide: true}, {name: "deadlines", wide: true},
		{name: "references", wide: true}, {name: "line", numeric: true},
		{name: "inherited_deadlines", wide: true},
		{name: "lead_keys", wide: true}, {name: "cooperating_keys", wide: true},
	},
	TableTargets: {
		{name: "id"}, {name: "text", wide: true}, {name: "metric", wide: true},
		{name: "comparator"}, {name: "value", numeric: true},
		{name: "min", numeric: true}, {name: "max", numeric: true},
		{name: "unit"}, {name: "change"}, {name: "rank"},
		{name: "line", numeric: true}, {name: "period"},
	},
	TableDeadlines: {
		{name: "id"}, {name: "text", wide: true}, {name: "relation"},
		{name: "date"}, {name: "period"}, {name: "recurrence"},
		{name: "day", numeric: true}, {name: "line", numeric: true},
		{name: "within"}, {name: "working_days"}, {name: "event", wide: true},
		{name: "weekdays"},
	},
	TableReferences: {
		{name: "id"}, {name: "number"}, {name: "doc_type"}, {name: "date"},
		{name: "issuer", wide: true}, {name: "alias"}, {name: "text", wide: true},
		{name: "line", numeric: true},
	},
	TableFootnotes: {
		{name: "id"}, {name: "label"}, {name: "refs", wide: true},
		{name: "truncated"}, {name: "references", wide: true},
		{name: "text", wide: true}, {name: "line", numeric: true},
	},
	TableAgencies: {
		{name: "id"}, {name: "key"}, {name: "name", wide: true},
		{name: "lead_count", numeric: true}, {name: "cooperating_count", numeric: true},
		{name: "lead_ids", wide: true}, {name: "cooperating_ids", wide: true},
	},
}

// table is a table built from a document: its columns and its rows of
// cells, neutralised and ready to be written. CSV and XLSX write the same
// tables.
type table struct {
	cols []column
	rows [][]string
}

// header returns the names of the table's columns.
func (t *table) header() []string {
	h := make([]string, len(t.cols))
	for i, c := range t.cols {
		h[i] = c.name
	}
	return h
}

// buildTable builds the table name of doc. A nil doc gives a table with
// no rows.
func buildTable(doc *model.Document, name Table) (*table, error) {
	cols, ok := columns[name]
	if !ok {
		return nil, fmt.Errorf("export: unknown table %q", string(name))
	}
	t := &table{cols: cols}
	if doc == nil {
		return t, nil
	}
	b := builder{t: t}
	switch name {
	case TableSections:
		b.walk(doc.Body, b.section)
	case TableTasks:
		b.walk(doc.Body, b.task)
	case TableTargets:
		b.walk(doc.Body, b.targets)
	case TableDeadlines:
		b.walk(doc.Body, b.deadlines)
	case TableReferences:
		b.references("document", doc.Meta.References)
		b.walk(doc.Body, func(n *model.Node) { b.references(n.ID, n.References) })
		for _, f := range doc.Footnotes {
			if f != nil {
				b.references("footnote:"+f.Label, f.References)
			}
		}
	case TableFootnotes:
		for _, f := range doc.Footnotes {
			if f != nil {
				b.footnote(f)
			}
		}
	case TableAgencies:
		for _, a := range doc.Agencies {
			if a != nil {
				b.agency(a)
			}
		}
	}
	for _, row := range t.rows {
		for i, c := range row {
			row[i] = safeCell(c)
		}
	}
	return t, nil
}

// builder appends the rows of a table while it walks a document.
type builder struct {
	t *table
	// stack holds the ancestors of the node being visited, outermost
	// first.
	stack []*model.Node
}

func (b *builder) add(row ...string) { b.t.rows = append(b.t.rows, row) }

// walk calls fn for each node of nodes and their descendants, parents
// first, with b.stack holding the node's ancestors.
func (b *builder) walk(nodes []*model.Node, fn func(n *model.Node)) {
	for _, n := range nodes {
		if n == nil {
			continue
		}
		fn(n)
		if len(n.Children) > 0 {
			b.stack = append(b.stack, n)
			b.walk(n.Children, fn)
			b.stack = b.stack[:len(b.stack)-1]
		}
	}
}

func (b *builder) section(n *model.Node) {
	if n.Kind != model.KindSection {
		return
	}
	parent := ""
	if len(b.stack) > 0 {
		parent = b.stack[len(b.stack)-1].ID
	}
	var lead, coop string
	if a := n.Assignment; a != nil {
		lead, coop = joinList(a.Lead), joinList(a.Cooperating)
	}
	b.add(n.ID, n.Label, n.Numbering, strconv.Itoa(n.Depth), parent,
		n.Heading, n.Text, lead, coop, line(n.Span))
}

// pathStep names section n in a section path: its label, or its heading
// when it has none (a part titled in capitals that lost its number).
func pathStep(n *model.Node) string {
	if n.Label == "" {
		return n.Heading
	}
	return n.Label
}

func (b *builder) task(n *model.Node) {
	if !n.Task {
		return
	}
	var sectionID, heading string
	var path []string
	for _, a := range b.stack {
		if a.Kind == model.KindSection {
			path = append(path, pathStep(a))
			sectionID = a.ID
			if a.Heading != "" {
				heading = a.Heading
			}
		}
	}
	if n.Kind == model.KindSection {
		path = append(path, pathStep(n))
		sectionID = n.ID
		if n.Heading != "" {
			heading = n.Heading
		}
	}
	text := n.Text
	if text == "" {
		text = n.Heading
	}
	if text == "" && len(n.Cells) > 0 {
		text = strings.Join(n.Cells, " | ")
	}
	var lead, coop, action, leadKeys, coopKeys string
	inherited, request := "no", "no"
	if a := n.Assignment; a != nil {
		lead, coop, action = joinList(a.Lead), joinList(a.Cooperating), a.Action
		inherited, request = yesNo(a.Inherited), yesNo(a.Request)
		leadKeys, coopKeys = joinList(a.LeadKeys), joinList(a.CooperatingKeys)
	}
	var targets, deadlines, refs []string
	for i := range n.Targets {
		targets = append(targets, targetShort(&n.Targets[i]))
	}
	for i := range n.Deadlines {
		deadlines = append(deadlines, deadlineShort(&n.Deadlines[i]))
	}
	for i := range n.References {
		refs = append(refs, referenceShort(&n.References[i]))
	}
	b.add(n.ID, string(n.Kind), sectionID, strings.Join(path, " > "), heading, text,
		lead, coop, inherited, request, action,
		joinList(targets), joinList(deadlines), joinList(refs), line(n.Span),
		joinList(b.inheritedDeadlines(n)), leadKeys, coopKeys)
}

// inheritedDeadlines returns, for a task with no deadline of its own, the
// deadlines of its nearest ancestor that has some: the points of a task
// share its deadline as they share its lead ("Trong năm 2022 hoàn thành
// ...:" / "+ ...", "1. Giai đoạn đến năm 2030" / "- ...").
func (b *builder) inheritedDeadlines(n *model.Node) []string {
	if len(n.Deadlines) > 0 {
		return nil
	}
	for i := len(b.stack) - 1; i >= 0; i-- {
		if ds := b.stack[i].Deadlines; len(ds) > 0 {
			out := make([]string, len(ds))
			for j := range ds {
				out[j] = deadlineShort(&ds[j])
			}
			return out
		}
	}
	return nil
}

func (b *builder) targets(n *model.Node) {
	for i := range n.Targets {
		t := &n.Targets[i]
		b.add(n.ID, t.Text, t.Metric, t.Comparator, number(t.Value), number(t.Min),
			number(t.Max), t.Unit, t.Change, yesNo(t.Rank), line(t.Span), t.Period)
	}
}

func (b *builder) deadlines(n *model.Node) {
	for i := range n.Deadlines {
		d := &n.Deadlines[i]
		day := ""
		if d.Day != 0 {
			day = strconv.Itoa(d.Day)
		}
		working := ""
		if d.Within != "" {
			working = yesNo(d.WorkingDays)
		}
		b.add(n.ID, d.Text, d.Relation, d.Date, d.Period, d.Recurrence, day, line(d.Span),
			d.Within, working, d.Event, joinList(d.Weekdays))
	}
}

func (b *builder) references(id string, refs []model.Reference) {
	for i := range refs {
		r := &refs[i]
		b.add(id, r.Number, r.DocType, r.Date, r.Issuer, yesNo(r.Alias), r.Text, line(r.Span))
	}
}

func (b *builder) footnote(f *model.Footnote) {
	var refs []string
	for i := range f.References {
		refs = append(refs, referenceShort(&f.References[i]))
	}
	b.add("footnote:"+f.Label, f.Label, joinList(f.Refs), yesNo(f.Truncated),
		joinList(refs), f.Text, line(f.Span))
}

func (b *builder) agency(a *model.Agency) {
	id := a.Key
	if id == "" {
		id = a.Name
	}
	b.add(id, a.Key, a.Name, strconv.Itoa(len(a.Lead)), strconv.Itoa(len(a.Cooperating)),
		joinList(a.Lead), joinList(a.Cooperating))
}

// joinList joins the items of a list cell.
func joinList(s []string) string { return strings.Join(s, "; ") }

func yesNo(v bool) string {
	if v {
		return "yes"
	}
	return "no"
}

// line returns the start line of s, or "" when it is unknown.
func line(s model.Span) string {
	if s.Start.Line == 0 {
		return ""
	}
	return strconv.Itoa(s.Start.Line)
}

// number formats a number cell in plain decimal notation, as XLSX
// stores numbers; nil gives "".
func number(v *float64) string {
	if v == nil {
		return ""
	}
	return formatNumber(*v)
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// comparatorSymbols maps a target's comparator to the symbol of its short
// form; equality has none.
var comparatorSymbols = map[string]string{
	model.CompareGt:     ">",
	model.CompareGe:     "≥",
	model.CompareLt:     "<",
	model.CompareLe:     "≤",
	model.CompareApprox: "≈",
}

// targetShort returns the short form of a target for the tasks table,
// such as "> 55000 ha", "decrease > 5%", "3500000–4000000 lượt khách",
// "rank ≤ 10" or "80% (2026)" for a target set for a period. A target
// without a number gives its text.
func targetShort(t *model.Target) string {
	var num string
	switch {
	case t.Value != nil:
		num = formatNumber(*t.Value)
	case t.Min != nil && t.Max != nil:
		num = formatNumber(*t.Min) + "–" + formatNumber(*t.Max)
	case t.Min != nil:
		num = formatNumber(*t.Min)
	case t.Max != nil:
		num = formatNumber(*t.Max)
	default:
		return t.Text
	}
	var parts []string
	if t.Rank {
		parts = append(parts, "rank")
	}
	if t.Approx {
		parts = append(parts, "approx")
	}
	if t.Change != "" {
		parts = append(parts, t.Change)
	}
	if s := comparatorSymbols[t.Comparator]; s != "" {
		parts = append(parts, s)
	}
	switch t.Unit {
	case "":
	case "%":
		num += "%"
	default:
		num += " " + t.Unit
	}
	if t.Period != "" {
		num += " (" + t.Period + ")"
	}
	return strings.Join(append(parts, num), " ")
}

// deadlineShort returns the short form of a deadline for the tasks
// table, such as "before 2024-Q3", "by 2024-01-30" or "before day 20
// monthly". A deadline with neither date, period nor recurrence gives its
// text.
func deadlineShort(d *model.Deadline) string {
	if d.Date == "" && d.Period == "" && d.Recurrence == "" && d.Within == "" {
		return d.Text
	}
	var parts []string
	if d.Relation != "" {
		parts = append(parts, d.Relation)
	}
	if d.Day != 0 {
		parts = append(parts, "day "+strconv.Itoa(d.Day))
	}
	if d.Date != "" {
		parts = append(parts, d.Date)
	} else if d.Period != "" {
		parts = append(parts, d.Period)
	}
	if d.Recurrence != "" {
		parts = append(parts, d.Recurrence)
	}
	parts = append(parts, d.Weekdays...)
	if d.Within != "" {
		// "before P30D from ngày ký": the time allowed and its event.
		parts = append(parts, d.Within)
		if d.WorkingDays {
			parts = append(parts, "working days")
		}
		if d.Event != "" {
			parts = append(parts, "from "+d.Event)
		}
	}
	return strings.Join(parts, " ")
}

// referenceShort returns the number of a cited document, or the citation
// as written when it has none.
func referenceShort(r *model.Reference) string {
	if r.Number != "" {
		return r.Number
	}
	return r.Text
}

// safeCell returns s ready for a spreadsheet: line breaks become line
// feeds, characters that XML 1.0 cannot carry and bytes that are not
// UTF-8 become U+FFFD, so that CSV and XLSX cells agree and read back
// alike, and a cell that a spreadsheet would run as a formula is
// neutralised.
func safeCell(s string) string {
	return neutralize(sanitize(s))
}

// sanitize turns "\r\n" and a lone "\r" into "\n", which CSV readers
// would otherwise change, and replaces each invalid UTF-8 byte and each
// character outside the XML 1.0 character range (control characters
// other than tab and line feed, U+FFFE and U+FFFF) with U+FFFD.
func sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' {
				clean = false
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !xmlChar(r, size) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				size++
			}
			b.WriteByte('\n')
		case xmlChar(r, size):
			b.WriteString(s[i : i+size])
		default:
			b.WriteRune(utf8.RuneError)
		}
		i += size
	}
	return b.String()
}

// xmlChar reports whether the rune r, decoded from size bytes, may appear
// in an XML 1.0 document.
func xmlChar(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// neutralize prefixes s with a single quote when a spreadsheet would take
// it for a formula, as OWASP recommends against CSV injection: when it
// starts with "=", "+", "-", "@", a tab, a carriage return or a line
// feed, or with one of the first four after spaces or in their
// full-width forms. Plain decimal numbers such as "-5" or "0.5" are
// left alone: a spreadsheet reads them as numbers.
func neutralize(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '\t', '\r', '\n':
		return "'" + s
	}
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return s
	}
	switch t[0] {
	case '=', '+', '@':
		return "'" + s
	case '-':
		if t == s && plainNumber(s) {
			return s
		}
		return "'" + s
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '＝', '＋', '－', '＠':
		return "'" + s
	}
	return s
}

// plainNumber reports whether s is a decimal number such as "-5",
// "0.5" or "1e+21", with an optional minus sign.
func plainNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() bool {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > start
	}
	if !digits() {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	return i == len(s)
}
