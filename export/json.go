package export

import (
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
	"github.com/vnplan/vnplan/model"
)

// JSONOptions configures [JSON]. The zero value writes compact JSON.
type JSONOptions struct {
	// Indent reports whether to write the canonical form, indented by two
	// spaces per level. When false, the document is written on one line.
	Indent bool
}

// flushSize is how many bytes the JSON encoder buffers before it writes
// them to the destination.
const flushSize = 64 << 10

// JSON writes doc to w as JSON, followed by a newline.
//
// The output is byte for byte what encoding/json's Encoder writes with
// SetEscapeHTML(false) (and SetIndent("", "  ") when opts.Indent is set):
// fields in the order of the model's structs, named by their JSON tags and
// omitted as their omitempty options say, so nil and empty slices without
// omitempty are written as null and [] respectively. Strings are escaped
// as encoding/json escapes them: invalid UTF-8 becomes U+FFFD, U+2028 and
// U+2029 are written as escapes, and <, > and & are left alone. A nil doc
// is written as null.
//
// JSON does not use reflection and allocates no memory per node; it
// buffers its output and writes it to w in chunks of about 64 KiB. It
// returns an error, and writes nothing, when a number of doc is NaN or
// infinite; otherwise it returns the first error from w, in which case w
// may have received part of the output. JSON does not modify doc.
func JSON(w io.Writer, doc *model.Document, opts JSONOptions) error {
	if err := checkFloats(doc); err != nil {
		return err
	}
	e := encoder{w: w, indent: opts.Indent, buf: make([]byte, 0, flushSize+flushSize/4)}
	e.document(doc)
	e.buf = append(e.buf, '\n')
	e.flush()
	return e.err
}

// errUnsupported is the cause of the error [JSON] returns for a number
// that JSON cannot represent.
var errUnsupported = errors.New("unsupported value")

// checkFloats reports an error for the first NaN or infinite number of
// doc, as encoding/json does before it writes anything.
func checkFloats(doc *model.Document) error {
	if doc == nil {
		return nil
	}
	if f := doc.Source.EncodingConfidence; badFloat(f) {
		return floatError(f)
	}
	var err error
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n == nil || err != nil {
			return false
		}
		for i := range n.Targets {
			t := &n.Targets[i]
			for _, p := range [...]*float64{t.Value, t.Min, t.Max} {
				if p != nil && badFloat(*p) {
					err = floatError(*p)
					return false
				}
			}
		}
		return true
	})
	return err
}

func badFloat(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) }

func floatError(f float64) error {
	return &floatErr{strconv.FormatFloat(f, 'g', -1, 64)}
}

type floatErr struct{ s string }

func (e *floatErr) Error() string { return "export: json: unsupported value: " + e.s }
func (e *floatErr) Unwrap() error { return errUnsupported }

// encoder appends the JSON of the model's types to buf and writes buf to
// w whenever it grows past flushSize.
type encoder struct {
	w       io.Writer
	buf     []byte
	err     error
	indent  bool
	depth   int
	flushes int // how many times buf was written to w
	// assigns holds, by depth, the last assignment written there and its
	// JSON (see assignment).
	assigns []writtenAssignment
}

// flush writes the buffered bytes to w, unless an earlier write failed.
func (e *encoder) flush() {
	if e.err == nil && len(e.buf) > 0 {
		_, e.err = e.w.Write(e.buf)
	}
	e.buf = e.buf[:0]
	e.flushes++
}

// maybeFlush writes the buffer to w when it is full. An encoder with no
// w keeps all it writes.
func (e *encoder) maybeFlush() {
	if len(e.buf) >= flushSize && e.w != nil {
		e.flush()
	}
}

// newlineSpaces is a line feed and the indentation of up to 40 levels.
const newlineSpaces = "\n" +
	"                                                                                "

// commaNewline is a comma and newlineSpaces.
const commaNewline = "," + newlineSpaces

// appendBreak appends a line feed and the indentation of the current
// depth to b, after a comma when comma is set.
func (e *encoder) appendBreak(b []byte, comma bool) []byte {
	from, n := 1, 2+2*e.depth
	if comma {
		from = 0
	}
	if n <= len(commaNewline) {
		return append(b, commaNewline[from:n]...)
	}
	b = append(b, commaNewline[from:]...)
	for n -= len(commaNewline); n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// open starts an object or array with the bracket c.
func (e *encoder) open(c byte) {
	e.buf = append(e.buf, c)
	e.depth++
}

// close ends an object or array with the bracket c; empty reports whether
// nothing was written inside it.
func (e *encoder) close(c byte, empty bool) {
	e.depth--
	b := e.buf
	if e.indent && !empty {
		b = e.appendBreak(b, false)
	}
	e.buf = append(b, c)
}

// elem starts the i-th element of an array. It first writes the buffer
// to w when it is full, so that long arrays, the body's among them, are
// written in chunks.
func (e *encoder) elem(i int) {
	e.maybeFlush()
	if e.indent {
		e.buf = e.appendBreak(e.buf, i > 0)
	} else if i > 0 {
		e.buf = append(e.buf, ',')
	}
}

// key writes the name of an object's field, given as k with its quotes
// and colon, such as `"kind":`; first reports whether it is the object's
// first field. It clears *first.
func (e *encoder) key(first *bool, k string) {
	b := e.buf
	if e.indent {
		b = e.appendBreak(b, !*first)
		b = append(b, k...)
		b = append(b, ' ')
	} else {
		if !*first {
			b = append(b, ',')
		}
		b = append(b, k...)
	}
	*first = false
	e.buf = b
}

// strField writes a string field; omit reports whether its tag says
// omitempty. It is small enough to be inlined, so that an empty field
// costs no call.
func (e *encoder) strField(first *bool, k, v string, omit bool) {
	if v != "" || !omit {
		e.keyString(first, k, v)
	}
}

// keyString writes the key k and the string v.
func (e *encoder) keyString(first *bool, k, v string) {
	e.key(first, k)
	e.buf = appendString(e.buf, v)
}

func (e *encoder) intField(first *bool, k string, v int, omit bool) {
	if omit && v == 0 {
		return
	}
	e.key(first, k)
	e.buf = appendInt(e.buf, v)
}

func (e *encoder) boolField(first *bool, k string, v bool) {
	if !v {
		return // every bool of the model is omitempty
	}
	e.key(first, k)
	e.buf = append(e.buf, "true"...)
}

// floatPtrField writes an omitempty *float64 field.
func (e *encoder) floatPtrField(first *bool, k string, v *float64) {
	if v == nil {
		return
	}
	e.key(first, k)
	e.buf = appendFloat(e.buf, *v)
}

// stringsField writes a []string field; omit reports whether its tag
// says omitempty. Like strField, it is small enough to be inlined.
func (e *encoder) stringsField(first *bool, k string, v []string, omit bool) {
	if len(v) > 0 || !omit {
		e.keyStrings(first, k, v)
	}
}

// keyStrings writes the key k and the strings v, null when v is nil.
func (e *encoder) keyStrings(first *bool, k string, v []string) {
	e.key(first, k)
	if v == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.open('[')
	for i, s := range v {
		e.elem(i)
		e.buf = appendString(e.buf, s)
	}
	e.close(']', len(v) == 0)
}

func (e *encoder) null() { e.buf = append(e.buf, "null"...) }

func (e *encoder) document(d *model.Document) {
	if d == nil {
		e.null()
		return
	}
	first := true
	e.open('{')
	e.strField(&first, `"schema":`, d.Schema, false)
	e.key(&first, `"source":`)
	e.source(&d.Source)
	e.key(&first, `"document":`)
	e.metadata(&d.Meta)
	e.key(&first, `"body":`)
	e.nodes(d.Body)
	if len(d.Footnotes) > 0 {
		e.key(&first, `"footnotes":`)
		e.open('[')
		for i, f := range d.Footnotes {
			e.elem(i)
			e.footnote(f)
		}
		e.close(']', false)
	}
	if len(d.Agencies) > 0 {
		e.key(&first, `"agencies":`)
		e.open('[')
		for i, a := range d.Agencies {
			e.elem(i)
			e.agency(a)
		}
		e.close(']', false)
	}
	e.key(&first, `"diagnostics":`)
	if d.Diagnostics == nil {
		e.null()
	} else {
		e.open('[')
		for i := range d.Diagnostics {
			e.elem(i)
			e.diagnostic(&d.Diagnostics[i])
		}
		e.close(']', len(d.Diagnostics) == 0)
	}
	e.close('}', false)
}

func (e *encoder) source(s *model.Source) {
	first := true
	e.open('{')
	e.strField(&first, `"name":`, s.Name, true)
	e.intField(&first, `"bytes":`, s.Bytes, false)
	e.strField(&first, `"sha256":`, s.SHA256, true)
	e.strField(&first, `"encoding":`, s.Encoding, false)
	if s.EncodingConfidence != 0 {
		e.key(&first, `"encoding_confidence":`)
		e.buf = appendFloat(e.buf, s.EncodingConfidence)
	}
	e.strField(&first, `"normalization":`, s.Normalization, true)
	e.strField(&first, `"format":`, s.Format, false)
	e.intField(&first, `"lines":`, s.Lines, false)
	e.close('}', false)
}

func (e *encoder) metadata(m *model.Metadata) {
	first := true
	e.open('{')
	e.strField(&first, `"doc_type":`, m.DocType, true)
	e.strField(&first, `"title":`, m.Title, true)
	e.strField(&first, `"subject":`, m.Subject, true)
	e.strField(&first, `"number":`, m.Number, true)
	e.strField(&first, `"issuer":`, m.Issuer, true)
	e.strField(&first, `"superior":`, m.Superior, true)
	e.strField(&first, `"motto":`, m.Motto, true)
	e.strField(&first, `"place":`, m.Place, true)
	e.strField(&first, `"date":`, m.Date, true)
	e.strField(&first, `"issued_with":`, m.IssuedWith, true)
	e.strField(&first, `"authority":`, m.Authority, true)
	e.stringsField(&first, `"preamble":`, m.Preamble, true)
	e.strField(&first, `"enacting":`, m.Enacting, true)
	e.stringsField(&first, `"addressees":`, m.Addressees, true)
	if m.Signature != nil {
		e.key(&first, `"signature":`)
		e.signature(m.Signature)
	}
	if len(m.Recipients) > 0 {
		e.key(&first, `"recipients":`)
		e.open('[')
		for i := range m.Recipients {
			r := &m.Recipients[i]
			e.elem(i)
			f := true
			e.open('{')
			e.strField(&f, `"name":`, r.Name, false)
			e.strField(&f, `"note":`, r.Note, true)
			e.key(&f, `"span":`)
			e.span(&r.Span)
			e.close('}', false)
		}
		e.close(']', false)
	}
	e.stringsField(&first, `"archive":`, m.Archive, true)
	if len(m.Aliases) > 0 {
		e.key(&first, `"aliases":`)
		e.open('[')
		for i := range m.Aliases {
			a := &m.Aliases[i]
			e.elem(i)
			f := true
			e.open('{')
			e.strField(&f, `"short":`, a.Short, false)
			e.strField(&f, `"number":`, a.Number, true)
			e.key(&f, `"span":`)
			e.span(&a.Span)
			e.close('}', false)
		}
		e.close(']', false)
	}
	e.references(&first, m.References)
	if len(m.Attachments) > 0 {
		e.key(&first, `"attachments":`)
		e.open('[')
		for i := range m.Attachments {
			a := &m.Attachments[i]
			e.elem(i)
			f := true
			e.open('{')
			e.strField(&f, `"doc_type":`, a.DocType, true)
			e.strField(&f, `"title":`, a.Title, true)
			e.strField(&f, `"subject":`, a.Subject, true)
			e.strField(&f, `"issued_with":`, a.IssuedWith, true)
			e.strField(&f, `"first":`, a.First, true)
			e.key(&f, `"span":`)
			e.span(&a.Span)
			e.close('}', false)
		}
		e.close(']', false)
	}
	if len(m.PageNumbers) > 0 {
		e.key(&first, `"page_numbers":`)
		e.open('[')
		for i := range m.PageNumbers {
			p := &m.PageNumbers[i]
			e.elem(i)
			f := true
			e.open('{')
			e.strField(&f, `"text":`, p.Text, false)
			e.key(&f, `"span":`)
			e.span(&p.Span)
			e.close('}', false)
		}
		e.close(']', false)
	}
	e.stringsField(&first, `"notes":`, m.Notes, true)
	e.close('}', first)
}

func (e *encoder) signature(s *model.Signature) {
	first := true
	e.open('{')
	e.strField(&first, `"authority":`, s.Authority, true)
	e.strField(&first, `"on_behalf_of":`, s.OnBehalfOf, true)
	if len(s.Chain) > 0 {
		e.key(&first, `"chain":`)
		e.open('[')
		for i := range s.Chain {
			d := &s.Chain[i]
			e.elem(i)
			f := true
			e.open('{')
			e.strField(&f, `"authority":`, d.Authority, false)
			e.strField(&f, `"on_behalf_of":`, d.OnBehalfOf, false)
			e.close('}', false)
		}
		e.close(']', false)
	}
	e.strField(&first, `"title":`, s.Title, true)
	e.strField(&first, `"name":`, s.Name, true)
	e.key(&first, `"span":`)
	e.span(&s.Span)
	e.close('}', false)
}

// nodes writes a []*Node that is not omitempty: nil is null.
func (e *encoder) nodes(ns []*model.Node) {
	if ns == nil {
		e.null()
		return
	}
	e.open('[')
	for i, n := range ns {
		e.elem(i)
		e.node(n)
	}
	e.close(']', len(ns) == 0)
}

func (e *encoder) node(n *model.Node) {
	if n == nil {
		e.null()
		return
	}
	first := true
	e.open('{')
	e.strField(&first, `"kind":`, string(n.Kind), false)
	e.strField(&first, `"id":`, n.ID, false)
	e.strField(&first, `"label":`, n.Label, true)
	e.strField(&first, `"numbering":`, n.Numbering, true)
	e.intField(&first, `"depth":`, n.Depth, false)
	e.strField(&first, `"heading":`, n.Heading, true)
	e.strField(&first, `"text":`, n.Text, true)
	e.stringsField(&first, `"header":`, n.Header, true)
	e.stringsField(&first, `"cells":`, n.Cells, true)
	e.boolField(&first, `"task":`, n.Task)
	if n.Assignment != nil {
		e.key(&first, `"assignment":`)
		e.assignment(n.Assignment)
	}
	if len(n.Targets) > 0 {
		e.key(&first, `"targets":`)
		e.open('[')
		for i := range n.Targets {
			e.elem(i)
			e.target(&n.Targets[i])
		}
		e.close(']', false)
	}
	if len(n.Deadlines) > 0 {
		e.key(&first, `"deadlines":`)
		e.open('[')
		for i := range n.Deadlines {
			e.elem(i)
			e.deadline(&n.Deadlines[i])
		}
		e.close(']', false)
	}
	e.references(&first, n.References)
	e.stringsField(&first, `"footnote_refs":`, n.FootnoteRefs, true)
	e.key(&first, `"span":`)
	e.span(&n.Span)
	if len(n.Children) > 0 {
		e.key(&first, `"children":`)
		e.open('[')
		for i, c := range n.Children {
			e.elem(i)
			e.node(c)
		}
		e.close(']', false)
	}
	e.close('}', false)
}

func (e *encoder) assignment(a *model.Assignment) {
	// The nodes that inherit an assignment share its lists, and siblings
	// are written at the same depth: their JSON is that of the last
	// assignment written there, which is copied instead of encoded again.
	id := assignmentID(a)
	if e.depth < len(e.assigns) {
		if w := &e.assigns[e.depth]; w.ok && w.id == id {
			e.buf = append(e.buf, w.json...)
			return
		}
	}
	depth, start, flushes := e.depth, len(e.buf), e.flushes
	e.encodeAssignment(a)
	if e.flushes != flushes {
		return // part of it is written already
	}
	for len(e.assigns) <= depth {
		e.assigns = append(e.assigns, writtenAssignment{})
	}
	w := &e.assigns[depth]
	w.id, w.ok, w.json = id, true, append(w.json[:0], e.buf[start:]...)
}

// writtenAssignment is an assignment written at some depth, and its JSON.
type writtenAssignment struct {
	id   assignmentKey
	ok   bool
	json []byte
}

// assignmentKey tells assignments apart by their lists, the arrays they
// are kept in and their lengths, and by their other fields: two
// assignments with the same key are written the same at the same depth.
type assignmentKey struct {
	lead, leadKeys, coop, coopKeys listID
	action, from                   string
	inherited, request             bool
}

// listID is the first element and the length of a list of strings.
type listID struct {
	first *string
	n     int
}

func idOf(l []string) listID {
	if len(l) == 0 {
		return listID{}
	}
	return listID{&l[0], len(l)}
}

func assignmentID(a *model.Assignment) assignmentKey {
	return assignmentKey{idOf(a.Lead), idOf(a.LeadKeys), idOf(a.Cooperating), idOf(a.CooperatingKeys),
		a.Action, a.From, a.Inherited, a.Request}
}

// encodeAssignment writes a.
func (e *encoder) encodeAssignment(a *model.Assignment) {
	first := true
	e.open('{')
	e.stringsField(&first, `"lead":`, a.Lead, true)
	e.stringsField(&first, `"lead_keys":`, a.LeadKeys, true)
	e.stringsField(&first, `"cooperating":`, a.Cooperating, true)
	e.stringsField(&first, `"cooperating_keys":`, a.CooperatingKeys, true)
	e.strField(&first, `"action":`, a.Action, true)
	e.boolField(&first, `"inherited":`, a.Inherited)
	e.strField(&first, `"from":`, a.From, true)
	e.boolField(&first, `"request":`, a.Request)
	e.close('}', first)
}

func (e *encoder) target(t *model.Target) {
	first := true
	e.open('{')
	e.strField(&first, `"text":`, t.Text, false)
	e.strField(&first, `"metric":`, t.Metric, true)
	e.strField(&first, `"comparator":`, t.Comparator, false)
	e.floatPtrField(&first, `"value":`, t.Value)
	e.floatPtrField(&first, `"min":`, t.Min)
	e.floatPtrField(&first, `"max":`, t.Max)
	e.strField(&first, `"unit":`, t.Unit, true)
	e.strField(&first, `"change":`, t.Change, true)
	e.boolField(&first, `"rank":`, t.Rank)
	e.boolField(&first, `"approx":`, t.Approx)
	e.strField(&first, `"period":`, t.Period, true)
	e.key(&first, `"span":`)
	e.span(&t.Span)
	e.close('}', false)
}

func (e *encoder) deadline(d *model.Deadline) {
	first := true
	e.open('{')
	e.strField(&first, `"text":`, d.Text, false)
	e.strField(&first, `"relation":`, d.Relation, true)
	e.strField(&first, `"date":`, d.Date, true)
	e.strField(&first, `"period":`, d.Period, true)
	e.strField(&first, `"recurrence":`, d.Recurrence, true)
	e.intField(&first, `"day":`, d.Day, true)
	e.stringsField(&first, `"weekdays":`, d.Weekdays, true)
	e.strField(&first, `"within":`, d.Within, true)
	e.boolField(&first, `"working_days":`, d.WorkingDays)
	e.strField(&first, `"event":`, d.Event, true)
	e.key(&first, `"span":`)
	e.span(&d.Span)
	e.close('}', false)
}

// references writes an omitempty []Reference field.
func (e *encoder) references(first *bool, rs []model.Reference) {
	if len(rs) == 0 {
		return
	}
	e.key(first, `"references":`)
	e.open('[')
	for i := range rs {
		r := &rs[i]
		e.elem(i)
		f := true
		e.open('{')
		e.strField(&f, `"text":`, r.Text, false)
		e.strField(&f, `"doc_type":`, r.DocType, true)
		e.strField(&f, `"number":`, r.Number, true)
		e.strField(&f, `"date":`, r.Date, true)
		e.strField(&f, `"issuer":`, r.Issuer, true)
		e.boolField(&f, `"alias":`, r.Alias)
		e.key(&f, `"span":`)
		e.span(&r.Span)
		e.close('}', false)
	}
	e.close(']', false)
}

func (e *encoder) footnote(fn *model.Footnote) {
	if fn == nil {
		e.null()
		return
	}
	first := true
	e.open('{')
	e.strField(&first, `"label":`, fn.Label, false)
	e.strField(&first, `"text":`, fn.Text, false)
	e.stringsField(&first, `"refs":`, fn.Refs, true)
	e.boolField(&first, `"truncated":`, fn.Truncated)
	e.references(&first, fn.References)
	e.key(&first, `"span":`)
	e.span(&fn.Span)
	e.close('}', false)
}

func (e *encoder) agency(a *model.Agency) {
	if a == nil {
		e.null()
		return
	}
	first := true
	e.open('{')
	e.strField(&first, `"name":`, a.Name, false)
	e.strField(&first, `"key":`, a.Key, false)
	e.stringsField(&first, `"lead":`, a.Lead, true)
	e.stringsField(&first, `"cooperating":`, a.Cooperating, true)
	e.close('}', false)
}

func (e *encoder) diagnostic(d *model.Diagnostic) {
	first := true
	e.open('{')
	e.strField(&first, `"severity":`, string(d.Severity), false)
	e.strField(&first, `"code":`, d.Code, false)
	e.strField(&first, `"message":`, d.Message, false)
	e.key(&first, `"span":`)
	e.span(&d.Span)
	e.close('}', false)
}

// spanText holds the constant parts of a Span's JSON, around its six
// numbers: open, start line, column, start column, offset, start offset,
// end, end line, column, end column, offset, end offset, close.
type spanText struct {
	open, column, offset, end, close string
}

// compactSpan is the text of a Span in compact JSON.
var compactSpan = spanText{`{"start":{"line":`, `,"column":`, `,"offset":`, `},"end":{"line":`, `}}`}

// indentSpans holds the text of a Span in indented JSON, by depth, for
// the depths whose indentation newlineSpaces holds.
var indentSpans = func() (t [(len(newlineSpaces) - 7) / 2]spanText) {
	for d := range t {
		n := 1 + 2*d
		in0, in1, in2 := newlineSpaces[:n], newlineSpaces[:n+2], newlineSpaces[:n+4]
		t[d] = spanText{
			open:   "{" + in1 + `"start": {` + in2 + `"line": `,
			column: "," + in2 + `"column": `,
			offset: "," + in2 + `"offset": `,
			end:    in1 + "}," + in1 + `"end": {` + in2 + `"line": `,
			close:  in1 + "}" + in0 + "}",
		}
	}
	return t
}()

// span writes a Span. It is the most frequent object of the output, so
// it writes its keys and indentation as a few precomputed strings.
func (e *encoder) span(s *model.Span) {
	t := &compactSpan
	if e.indent {
		if e.depth >= len(indentSpans) {
			first := true
			e.open('{')
			e.key(&first, `"start":`)
			e.pos(&s.Start)
			e.key(&first, `"end":`)
			e.pos(&s.End)
			e.close('}', false)
			return
		}
		t = &indentSpans[e.depth]
	}
	b := append(e.buf, t.open...)
	b = appendInt(b, s.Start.Line)
	b = append(b, t.column...)
	b = appendInt(b, s.Start.Column)
	b = append(b, t.offset...)
	b = appendInt(b, s.Start.Offset)
	b = append(b, t.end...)
	b = appendInt(b, s.End.Line)
	b = append(b, t.column...)
	b = appendInt(b, s.End.Column)
	b = append(b, t.offset...)
	b = appendInt(b, s.End.Offset)
	e.buf = append(b, t.close...)
}

// pos writes a Pos in the indented form.
func (e *encoder) pos(p *model.Pos) {
	first := true
	e.open('{')
	e.intField(&first, `"line":`, p.Line, false)
	e.intField(&first, `"column":`, p.Column, false)
	e.intField(&first, `"offset":`, p.Offset, false)
	e.close('}', false)
}

// digitPairs holds the two digits of each number from 00 to 99.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"4041424344454647484950515253545556575859606162636465666768697071727374757677787980818283848586878889" +
	"90919293949596979899"

// pow10 holds the powers of ten that fit in a uint64.
var pow10 = func() (t [20]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// appendInt appends the decimal form of v, as strconv.AppendInt does.
func appendInt(b []byte, v int) []byte {
	if v < 10 {
		if v >= 0 {
			return append(b, byte('0'+v))
		}
		return strconv.AppendInt(b, int64(v), 10)
	}
	u := uint64(v)
	// The number of digits: log10(2) is about 1233/4096.
	n := bits.Len64(u) * 1233 >> 12
	if u >= pow10[n] {
		n++
	}
	b = slices.Grow(b, n)
	d := b[len(b) : len(b)+n]
	for u >= 100 {
		r := u % 100
		u /= 100
		n -= 2
		d[n], d[n+1] = digitPairs[2*r], digitPairs[2*r+1]
	}
	if u >= 10 {
		d[0], d[1] = digitPairs[2*u], digitPairs[2*u+1]
	} else {
		d[0] = byte('0' + u)
	}
	return b[:len(b)+len(d)]
}

// appendFloat appends f as encoding/json writes a float64: like %g, but
// in plain notation from 1e-6 up to 1e21 and with exponents not padded.
// f must be neither NaN nor infinite.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hex = "0123456789abcdef"

const (
	ones   = 0x0101010101010101 // 0x01 in each byte
	low7   = 0x7F7F7F7F7F7F7F7F // 0x7F in each byte
	high   = 0x8080808080808080 // 0x80 in each byte
	spaces = 0x2020202020202020 // a space in each byte
)

// loadShort returns the bytes of s, which must be shorter than eight
// bytes, in the order of [swar.Load], with spaces after them.
func loadShort(s string) uint64 {
	b := [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '}
	copy(b[:], s)
	return binary.LittleEndian.Uint64(b[:])
}

// The tests below look at eight bytes of text, loaded by swar.Load, at
// once. Each leaves its result in the high bit of each byte, and other
// bits where convenient: the result only means something once it is
// masked with high.

// escapes marks the bytes of x that a JSON string escapes: '"', '\\',
// and the ASCII bytes below a space, whose bits 7, 6 and 5 are clear.
func escapes(x uint64) uint64 {
	// t^c+low7 has the high bit clear where t equals c.
	t := x & low7
	q := (t ^ ones*'"' + low7) & (t ^ ones*'\\' + low7)
	return ^(x | q&(x<<1|x<<2))
}

// leads marks the lead bytes of UTF-8 sequences in x (11xxxxxx), and
// those of three- and four-byte sequences (111xxxxx) in lead3.
func leads(x uint64) (lead, lead3 uint64) {
	lead = x & (x << 1)
	return lead, lead & (x << 2)
}

// oddLeads marks the bytes of x that skipPlain leaves to the general
// path: the lead bytes of overlong forms, C0 and C1, and the bytes from
// E0 up but E1. E1 leads the letters of Latin Extended Additional, where
// Vietnamese has most of its letters with two marks; the other lead
// bytes of three- and four-byte sequences are rare in Vietnamese text,
// and some need more checks of their second byte (E0 and F0 for
// overlong forms, E2 for U+2028 and U+2029, ED for surrogates, F4 for
// numbers past U+10FFFF); F5 to FF are never UTF-8.
func oddLeads(x uint64) uint64 {
	lead, lead3 := leads(x)
	// C0 and C1 have bits 5 to 1 clear. The bytes from E0 up differ
	// from E1 in their low five bits unless they are E1.
	c0c1 := lead &^ (x<<2 | (x&(ones*0x1E) + low7))
	notE1 := lead3 & ((x^ones*0xE1)&(ones*0x1F) + low7)
	return c0c1 | notE1
}

// misplaced marks the bytes of x that are continuation bytes
// (10xxxxxx) where no lead byte needs one, or that are not where one
// does; carry marks the bytes that continue a character begun before x.
func misplaced(x, carry uint64) uint64 {
	lead, lead3 := leads(x)
	cont := x ^ lead
	return cont ^ (lead<<8 | lead3<<16 | carry)
}

// carryOut returns the carry of misplaced for the eight bytes after x:
// the bytes that continue the last character of x.
func carryOut(x uint64) uint64 {
	lead, lead3 := leads(x)
	return (lead>>56 | lead3>>48) & high
}

// skipPlain returns the end of the run of characters from s[i], which
// must begin a character, that a JSON string holds as they are: ASCII
// other than control characters, quotes and backslashes, and
// well-formed two- and three-byte UTF-8 sequences, the letters of
// Vietnamese text, save those oddLeads marks. The run may stop early,
// but at the start of a character.
//
// It checks eight bytes at a time, and stops at the first eight with a
// byte out of place.
func skipPlain(s string, i int) int {
	// carry marks the bytes of the next eight that must continue a
	// character begun in the previous eight.
	var carry uint64
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load(s, i)
		if (escapes(x)|oddLeads(x)|misplaced(x, carry))&high != 0 {
			return charStart(s, i, carry)
		}
		carry = carryOut(x)
	}
	if i < len(s) {
		// The last bytes, with spaces after them. The spaces after the
		// end of s do not continue a character, so a character cut by
		// the end is out of place.
		var x uint64
		if len(s) >= 8 {
			pad := 8 * (i + 8 - len(s))
			x = swar.Load(s, len(s)-8)>>pad | spaces<<(64-pad)
		} else {
			x = loadShort(s[i:])
		}
		if (escapes(x)|oddLeads(x)|misplaced(x, carry))&high == 0 {
			return len(s)
		}
	}
	return charStart(s, i, carry)
}

// charStart returns the start of the character at s[i], given the carry
// of misplaced for s[i:]: i itself, or i less one or two when the
// character begins before i.
func charStart(s string, i int, carry uint64) int {
	if carry != 0 {
		i--
		if s[i] < 0xC0 {
			i--
		}
	}
	return i
}

// appendString appends s as a quoted JSON string, escaped as
// encoding/json escapes strings with HTML escaping off. The characters
// that need neither escape nor check go in runs (see skipPlain), the
// others one at a time.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i = skipPlain(s, i); i >= len(s) {
			break
		}
		// The general path, for the character at i.
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
