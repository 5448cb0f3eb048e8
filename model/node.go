package model

// Kind is the kind of a [Node]. Its constants are the values of the
// output contract.
type Kind string

// The kinds of node.
const (
	// KindSection is a numbered or lettered unit: "A.", "II.", "2.",
	// "2.1.", "a)", "Điều 3.", "PHỤ LỤC I".
	KindSection Kind = "section"
	// KindParagraph is unnumbered text.
	KindParagraph Kind = "paragraph"
	// KindItem is a bullet: "-", "+", "•".
	KindItem Kind = "item"
	// KindTable is a table, with a header and rows.
	KindTable Kind = "table"
	// KindRow is a row of a table.
	KindRow Kind = "row"
)

// Numbering styles of section labels, the values of [Node.Numbering] for
// sections.
const (
	NumberingUpperAlpha = "upper_alpha"  // A. B. C.
	NumberingRoman      = "roman"        // I. II. III.
	NumberingArabic     = "arabic"       // 1. 2. 3.
	NumberingDecimal    = "decimal"      // 1.1. 2.3.4
	NumberingLowerAlpha = "lower_alpha"  // a) b) đ)
	NumberingParen      = "paren_arabic" // (1) (2)
	NumberingArabicPar  = "arabic_paren" // 1) 2)
	NumberingPart       = "part"         // Phần I, Phần thứ nhất
	NumberingChapter    = "chapter"      // Chương I
	NumberingMuc        = "section"      // Mục 1
	NumberingArticle    = "article"      // Điều 1.
	NumberingAnnex      = "annex"        // PHỤ LỤC I
)

// Node is one unit of the document tree. Which fields are set depends on
// Kind: sections have Label, Numbering and Heading and/or Text;
// paragraphs and items have Text; tables have Header; rows have Cells.
//
// Span runs from the node's first character to the end of its last
// descendant, so every child's span lies inside its parent's.
type Node struct {
	// Kind says what the node is.
	Kind Kind `json:"kind"`
	// ID is stable and unique in the document, built from the path of
	// labels: "B.II.2.1", "B.I/p1", "B.II.2.1/i3", "B.II.2.1/i3/i1",
	// "C/t1/r2".
	ID string `json:"id"`
	// Label is a section's label as written, without the trailing dot
	// or bracket: "2.1", "II", "a", "Điều 3".
	Label string `json:"label,omitempty"`
	// Numbering is a section's numbering style (NumberingRoman and the
	// others) or an item's marker ("-", "+", "•").
	Numbering string `json:"numbering,omitempty"`
	// Depth is 1 for top-level nodes and one more for each ancestor.
	Depth int `json:"depth"`
	// Heading is a section's heading line, when its first line is one.
	Heading string `json:"heading,omitempty"`
	// Text is the text of a paragraph or item, or the inline body of a
	// numbered paragraph.
	Text string `json:"text,omitempty"`
	// Header holds the header cells of a table.
	Header []string `json:"header,omitempty"`
	// Cells holds the cells of a row.
	Cells []string `json:"cells,omitempty"`
	// Task reports whether the node is an actionable paragraph, item,
	// numbered paragraph or task-table row of the body.
	Task bool `json:"task,omitempty"`
	// Assignment says who leads and who cooperates on the node's task.
	Assignment *Assignment `json:"assignment,omitempty"`
	// Targets are the numeric commitments in the node's own text.
	Targets []Target `json:"targets,omitempty"`
	// Deadlines are the deadlines in the node's own text.
	Deadlines []Deadline `json:"deadlines,omitempty"`
	// References are the documents cited in the node's own text.
	References []Reference `json:"references,omitempty"`
	// FootnoteRefs are the labels of the footnote markers in the node's
	// own text, in order.
	FootnoteRefs []string `json:"footnote_refs,omitempty"`
	// Span is where the node is in the source.
	Span Span `json:"span"`
	// Children are the nodes under this one, in source order.
	Children []*Node `json:"children,omitempty"`
}

// Assignment says who carries out a task.
type Assignment struct {
	// Lead names the lead agencies as written.
	Lead []string `json:"lead,omitempty"`
	// LeadKeys are the canonical keys of Lead, in the same order.
	LeadKeys []string `json:"lead_keys,omitempty"`
	// Cooperating names the cooperating agencies as written.
	Cooperating []string `json:"cooperating,omitempty"`
	// CooperatingKeys are the canonical keys of Cooperating.
	CooperatingKeys []string `json:"cooperating_keys,omitempty"`
	// Action is the verb phrase of the task, if any, such as
	// "theo dõi, đôn đốc".
	Action string `json:"action,omitempty"`
	// Inherited reports whether the lead was taken from an ancestor.
	Inherited bool `json:"inherited,omitempty"`
	// From is the id of the node the lead was taken from, when
	// Inherited is true; it is empty when the lead is the addressee of
	// an official letter, who is asked to do what the letter lists.
	From string `json:"from,omitempty"`
	// Request reports whether the text asks ("Đề nghị ...") rather than
	// assigns.
	Request bool `json:"request,omitempty"`
}

// Comparators of a [Target].
const (
	CompareEq      = "eq"
	CompareGt      = "gt"
	CompareGe      = "ge"
	CompareLt      = "lt"
	CompareLe      = "le"
	CompareApprox  = "approx"
	CompareBetween = "between"
)

// Target is a numeric commitment, such as "đạt trên 55.000 ha".
type Target struct {
	// Text is the phrase as written.
	Text string `json:"text"`
	// Metric is what is measured, if found.
	Metric string `json:"metric,omitempty"`
	// Comparator is one of the Compare constants.
	Comparator string `json:"comparator"`
	// Value is the number, scale words applied, unless the target is a
	// range.
	Value *float64 `json:"value,omitempty"`
	// Min and Max are the ends of a range.
	Min *float64 `json:"min,omitempty"`
	Max *float64 `json:"max,omitempty"`
	// Unit is the unit as written, such as "ha", "%", "lượt khách".
	Unit string `json:"unit,omitempty"`
	// Change is "increase" or "decrease" when the target is a change
	// rather than a level.
	Change string `json:"change,omitempty"`
	// Rank reports whether the target is a rank ("nhóm 10 ... dẫn đầu",
	// "Top 5").
	Rank bool `json:"rank,omitempty"`
	// Approx reports whether a range is approximate ("khoảng 7,5% -
	// 8%"); a single approximate value has the approx comparator.
	Approx bool `json:"approx,omitempty"`
	// Period is the time the target is set for, where the document gives
	// it apart from the value, as the columns of a table of indicators do
	// ("Năm 2026"): a period as a deadline has one, such as "2026" or
	// "2021/2025".
	Period string `json:"period,omitempty"`
	// Span is where the phrase is in the source.
	Span Span `json:"span"`
}

// Deadline is a time by which, or in which, something is to be done.
type Deadline struct {
	// Text is the phrase as written.
	Text string `json:"text"`
	// Relation is "before", "by", "during", "on", "end_of", "start_of",
	// "from", "until", "after" or "horizon".
	Relation string `json:"relation,omitempty"`
	// Date is an exact ISO date, such as "2024-01-30". A date without a
	// year, of every year or of an unknown one, is in Period: "--03-31".
	Date string `json:"date,omitempty"`
	// Period is an ISO-like period: "2024", "2024-Q3", "2024-06",
	// "2024-H1", or a range "2021/2025"; without a known year, "Q3",
	// "H1" or "--12" (December). A date without a year, as a recurring
	// one has, is "--03-31".
	Period string `json:"period,omitempty"`
	// Recurrence is "monthly", "quarterly", "yearly", "weekly",
	// "every-N-months" (and -years, -weeks, -days), "continuous" (thường
	// xuyên) or "periodic" (định kỳ, with no period given).
	Recurrence string `json:"recurrence,omitempty"`
	// Day is the day of the period for a recurring deadline, such as 20
	// for "trước ngày 20 hàng tháng".
	Day int `json:"day,omitempty"`
	// Weekdays are the days of the week of a weekly deadline, in English
	// and lower case, as written: ["saturday", "sunday"] for "thứ Bảy và
	// Chủ nhật hằng tuần".
	Weekdays []string `json:"weekdays,omitempty"`
	// Within is the time allowed from an event rather than a calendar
	// time, as an ISO 8601 duration: "P30D" for "trong vòng 30 ngày kể
	// từ ngày ký", "P3M", "P2W", "P1Y", "PT24H" (hours). It is negative
	// when counted back from the event: "-P15D" for "chậm nhất 15 ngày
	// trước ngày khai mạc", "-PT12H". Relation tells whether the work
	// is due by its end ("before") or starts once it has passed
	// ("after"). A deadline before, at or after an event with no time
	// counted ("trước khi bão đổ bộ") has Event and no Within.
	Within string `json:"within,omitempty"`
	// WorkingDays reports whether the days of Within are working days
	// ("15 ngày làm việc").
	WorkingDays bool `json:"working_days,omitempty"`
	// Event is the event the deadline is tied to, as written: what
	// Within counts from ("ngày ký ban hành", "khi nhận được văn bản"),
	// or, with no Within, what the work comes before, at or after ("khi
	// bão đổ bộ", "mùa mưa bão").
	Event string `json:"event,omitempty"`
	// Span is where the phrase is in the source.
	Span Span `json:"span"`
}

// Reference is a citation of another document.
type Reference struct {
	// Text is the citation as written.
	Text string `json:"text"`
	// DocType is the kind of the cited document, such as "Nghị quyết".
	DocType string `json:"doc_type,omitempty"`
	// Number is the normalised number and symbol, such as "01/NQ-CP",
	// "26-NQ/TW" or "38/2021/QH15".
	Number string `json:"number,omitempty"`
	// Date is the cited document's date in ISO form, if given.
	Date string `json:"date,omitempty"`
	// Issuer is the cited document's issuer, if given.
	Issuer string `json:"issuer,omitempty"`
	// Alias reports whether the citation is a short name the document
	// defined, resolved to Number.
	Alias bool `json:"alias,omitempty"`
	// Span is where the citation is in the source.
	Span Span `json:"span"`
}

// Footnote is a footnote body lifted out of the text.
type Footnote struct {
	// Label is the marker, such as "1".
	Label string `json:"label"`
	// Text is the body.
	Text string `json:"text"`
	// Refs are the ids of the nodes whose text carries the marker.
	Refs []string `json:"refs,omitempty"`
	// Truncated reports whether the body was cut off in the source.
	Truncated bool `json:"truncated,omitempty"`
	// References are the documents cited in the body.
	References []Reference `json:"references,omitempty"`
	// Span is where the body is in the source.
	Span Span `json:"span"`
}

// Agency is one agency of the document with the tasks it leads and
// cooperates on.
type Agency struct {
	// Name is the agency's name as first written.
	Name string `json:"name"`
	// Key is the canonical key that groups spellings of the same name.
	Key string `json:"key"`
	// Lead lists the ids of the tasks the agency leads, directly or by
	// inheritance.
	Lead []string `json:"lead,omitempty"`
	// Cooperating lists the ids of the tasks it cooperates on.
	Cooperating []string `json:"cooperating,omitempty"`
}

// Severity is how serious a [Diagnostic] is.
type Severity string

// The severities.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Diagnostic is a problem the parser found, or a guess it had to make.
type Diagnostic struct {
	// Severity is error, warning or info.
	Severity Severity `json:"severity"`
	// Code is stable and kebab-case, such as "numbering-gap".
	Code string `json:"code"`
	// Message is one sentence in English.
	Message string `json:"message"`
	// Span is where the problem is in the source.
	Span Span `json:"span"`
}

// Pos is a position in the decoded text.
type Pos struct {
	// Line is 1-based.
	Line int `json:"line"`
	// Column is 1-based and counts characters, not bytes.
	Column int `json:"column"`
	// Offset is 0-based and counts bytes of the decoded UTF-8 text.
	Offset int `json:"offset"`
}

// Span is a range of the decoded text; End is exclusive.
type Span struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// Walk calls fn for every node of the forest nodes in depth-first order,
// parents before children. If fn returns false, Walk does not descend
// into that node's children.
func Walk(nodes []*Node, fn func(n *Node) bool) {
	for _, n := range nodes {
		if fn(n) {
			Walk(n.Children, fn)
		}
	}
}
