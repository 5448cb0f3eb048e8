package corpustest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/parser"
)

// corpusDir holds the real documents and their facts files.
const corpusDir = "../testdata/corpus"

// seedGlob matches the sample documents outside the corpus directory.
const seedGlob = "../seeds/*.txt"

// facts is the content of one testdata/corpus/NAME.facts.json file. A
// missing key means "not asserted"; see the package comment.
type facts struct {
	// File is the source document, relative to the facts file.
	File string `json:"file"`
	// Notes explains what is unusual in the document.
	Notes string     `json:"notes"`
	Meta  *metaFacts `json:"meta"`
	// Outline lists every section of the document in source order.
	Outline []outlineEntry `json:"outline"`
	// OutlineOptional lists section ids a parser may or may not report
	// (genuinely ambiguous OCR labels); they are ignored on both sides.
	OutlineOptional []string `json:"outline_optional"`
	// Leads maps a node id to its exact set of lead agencies, whether
	// written on the node or inherited.
	Leads map[string][]string `json:"leads"`
	// CooperatingIncludes maps a node id to agencies that must be among
	// its cooperating agencies.
	CooperatingIncludes map[string][]string `json:"cooperating_includes"`
	// References lists normalised numbers that must each be cited
	// somewhere in the document.
	References []string       `json:"references"`
	Targets    []targetFact   `json:"targets"`
	Deadlines  []deadlineFact `json:"deadlines"`
	// NotTargets lists phrases that no target may be read from.
	NotTargets []string `json:"not_targets"`
	// Footnotes is the number of footnote bodies.
	Footnotes *int `json:"footnotes"`
	// TruncatedFootnotes is the exact set of labels of footnotes whose
	// body is cut off in the source.
	TruncatedFootnotes []string `json:"truncated_footnotes"`
	// FootnoteRefs maps a node id to the footnote labels its own text
	// carries, in order.
	FootnoteRefs map[string][]string `json:"footnote_refs"`
	// PageNumbers is the number of page-number lines in the source.
	PageNumbers *int `json:"page_numbers"`
	// TasksMin is a lower bound on the number of task nodes.
	TasksMin *int `json:"tasks_min"`
}

type metaFacts struct {
	DocType            string            `json:"doc_type"`
	Title              string            `json:"title"`
	SubjectPrefix      string            `json:"subject_prefix"`
	Number             string            `json:"number"`
	Issuer             string            `json:"issuer"`
	Superior           string            `json:"superior"`
	Place              string            `json:"place"`
	Date               string            `json:"date"`
	Authority          string            `json:"authority"`
	Enacting           string            `json:"enacting"`
	IssuedWithContains string            `json:"issued_with_contains"`
	NotesInclude       []string          `json:"notes_include"`
	Signature          *signatureFacts   `json:"signature"`
	Recipients         []string          `json:"recipients"`
	RecipientNotes     map[string]string `json:"recipient_notes"`
	Archive            []string          `json:"archive"`
	Aliases            []aliasFact       `json:"aliases"`
	Attachments        []attachmentFact  `json:"attachments"`
}

type signatureFacts struct {
	Authority  string             `json:"authority"`
	OnBehalfOf string             `json:"on_behalf_of"`
	Title      string             `json:"title"`
	Name       string             `json:"name"`
	Chain      []model.Delegation `json:"chain"`
}

type aliasFact struct {
	Short  string `json:"short"`
	Number string `json:"number"`
}

type attachmentFact struct {
	Title string `json:"title"`
	First string `json:"first"`
}

type outlineEntry struct {
	ID    string `json:"id"`
	Depth int    `json:"depth"`
}

type targetFact struct {
	ID         string   `json:"id"`
	Contains   string   `json:"contains"`
	Comparator string   `json:"comparator"`
	Value      *float64 `json:"value"`
	Min        *float64 `json:"min"`
	Max        *float64 `json:"max"`
	Unit       string   `json:"unit"`
	Change     string   `json:"change"`
	Rank       bool     `json:"rank"`
	// MetricContains is a part of the target's metric.
	MetricContains string `json:"metric_contains"`
}

type deadlineFact struct {
	ID         string `json:"id"`
	Contains   string `json:"contains"`
	Date       string `json:"date"`
	Period     string `json:"period"`
	Relation   string `json:"relation"`
	Recurrence string `json:"recurrence"`
	Day        int    `json:"day"`
}

// loadFacts reads every facts file of the corpus, sorted by name.
func loadFacts(t *testing.T) (names []string, all []*facts) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.facts.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no facts files in %s", corpusDir)
	}
	slices.Sort(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		f := new(facts)
		if err := dec.Decode(f); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if f.File == "" {
			t.Fatalf("%s: no \"file\"", p)
		}
		f.File = filepath.Join(corpusDir, filepath.FromSlash(f.File))
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".facts.json"))
		all = append(all, f)
	}
	return names, all
}

// parseFile parses the document at path, turning a panic into a test
// failure.
func parseFile(t *testing.T, path string) (doc *model.Document, src []byte) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Parse(%s) panicked: %v\n%s", filepath.Base(path), r, debug.Stack())
			}
		}()
		doc, err = parser.Parse(src, parser.WithFilename(filepath.Base(path)))
	}()
	if err != nil {
		t.Fatalf("Parse(%s) error: %v", filepath.Base(path), err)
	}
	if doc == nil {
		t.Fatalf("Parse(%s) = nil document and nil error", filepath.Base(path))
	}
	return doc, src
}

// nodeIndex maps every node id of doc to its node; on duplicate ids the
// first one wins (TestCorpusParsesCleanly reports duplicates).
func nodeIndex(doc *model.Document) map[string]*model.Node {
	idx := make(map[string]*model.Node)
	model.Walk(doc.Body, func(n *model.Node) bool {
		if _, dup := idx[n.ID]; !dup {
			idx[n.ID] = n
		}
		return true
	})
	return idx
}

func TestCorpusFacts(t *testing.T) {
	names, all := loadFacts(t)
	for i, f := range all {
		t.Run(names[i], func(t *testing.T) {
			doc, src := parseFile(t, f.File)
			idx := nodeIndex(doc)
			if f.Meta != nil {
				t.Run("meta", func(t *testing.T) { checkMeta(t, f.Meta, &doc.Meta) })
			}
			if f.Outline != nil {
				t.Run("outline", func(t *testing.T) { checkOutline(t, f, doc) })
			}
			if f.Leads != nil {
				t.Run("leads", func(t *testing.T) { checkLeads(t, f.Leads, idx) })
			}
			if f.CooperatingIncludes != nil {
				t.Run("cooperating", func(t *testing.T) { checkCooperating(t, f.CooperatingIncludes, idx) })
			}
			if f.References != nil {
				t.Run("references", func(t *testing.T) { checkReferences(t, f.References, doc) })
			}
			if f.Targets != nil {
				t.Run("targets", func(t *testing.T) { checkTargets(t, f.Targets, idx) })
			}
			if f.Deadlines != nil {
				t.Run("deadlines", func(t *testing.T) { checkDeadlines(t, f.Deadlines, idx) })
			}
			if f.NotTargets != nil {
				t.Run("not_targets", func(t *testing.T) { checkNotTargets(t, f.NotTargets, doc, src) })
			}
			if f.Footnotes != nil || f.TruncatedFootnotes != nil || f.FootnoteRefs != nil {
				t.Run("footnotes", func(t *testing.T) { checkFootnotes(t, f, doc, idx) })
			}
			if f.PageNumbers != nil {
				if got := len(doc.Meta.PageNumbers); got != *f.PageNumbers {
					t.Errorf("len(Meta.PageNumbers) = %d, want %d", got, *f.PageNumbers)
				}
			}
			if f.TasksMin != nil {
				tasks := 0
				model.Walk(doc.Body, func(n *model.Node) bool {
					if n.Task {
						tasks++
					}
					return true
				})
				if tasks < *f.TasksMin {
					t.Errorf("number of task nodes = %d, want at least %d", tasks, *f.TasksMin)
				}
			}
		})
	}
}

func checkMeta(t *testing.T, want *metaFacts, got *model.Metadata) {
	fields := []struct{ name, got, want string }{
		{"DocType", got.DocType, want.DocType},
		{"Title", got.Title, want.Title},
		{"Number", got.Number, want.Number},
		{"Issuer", got.Issuer, want.Issuer},
		{"Superior", got.Superior, want.Superior},
		{"Place", got.Place, want.Place},
		{"Date", got.Date, want.Date},
		{"Authority", got.Authority, want.Authority},
		{"Enacting", got.Enacting, want.Enacting},
	}
	for _, fl := range fields {
		if fl.want != "" && fl.got != fl.want {
			t.Errorf("Meta.%s = %q, want %q", fl.name, fl.got, fl.want)
		}
	}
	if want.SubjectPrefix != "" && !strings.HasPrefix(got.Subject, want.SubjectPrefix) {
		t.Errorf("Meta.Subject = %q, want prefix %q", got.Subject, want.SubjectPrefix)
	}
	if want.IssuedWithContains != "" && !strings.Contains(got.IssuedWith, want.IssuedWithContains) {
		t.Errorf("Meta.IssuedWith = %q, want it to contain %q", got.IssuedWith, want.IssuedWithContains)
	}
	for _, s := range want.NotesInclude {
		if !slices.ContainsFunc(got.Notes, func(n string) bool { return strings.Contains(n, s) }) {
			t.Errorf("Meta.Notes = %q, want a note containing %q", got.Notes, s)
		}
	}
	if ws := want.Signature; ws != nil {
		gs := got.Signature
		if gs == nil {
			t.Errorf("Meta.Signature = nil, want %+v", *ws)
		} else {
			sig := []struct{ name, got, want string }{
				{"Authority", gs.Authority, ws.Authority},
				{"OnBehalfOf", gs.OnBehalfOf, ws.OnBehalfOf},
				{"Title", gs.Title, ws.Title},
				{"Name", gs.Name, ws.Name},
			}
			for _, fl := range sig {
				if fl.want != "" && fl.got != fl.want {
					t.Errorf("Meta.Signature.%s = %q, want %q", fl.name, fl.got, fl.want)
				}
			}
			if ws.Chain != nil {
				if diff := cmp.Diff(ws.Chain, gs.Chain, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Meta.Signature.Chain mismatch (-want +got):\n%s", diff)
				}
			}
		}
	}
	if want.Recipients != nil {
		var wantR, gotR []string
		for _, name := range want.Recipients {
			wantR = append(wantR, recipientString(name, want.RecipientNotes[name]))
		}
		for _, r := range got.Recipients {
			gotR = append(gotR, recipientString(r.Name, r.Note))
		}
		if diff := cmp.Diff(wantR, gotR, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Meta.Recipients mismatch (-want +got):\n%s", diff)
		}
	}
	if want.Archive != nil {
		if diff := cmp.Diff(want.Archive, got.Archive, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Meta.Archive mismatch (-want +got):\n%s", diff)
		}
	}
	if want.Aliases != nil {
		var wantA, gotA []string
		for _, a := range want.Aliases {
			wantA = append(wantA, a.Short+" => "+a.Number)
		}
		for _, a := range got.Aliases {
			gotA = append(gotA, a.Short+" => "+a.Number)
		}
		slices.Sort(wantA)
		slices.Sort(gotA)
		if diff := cmp.Diff(wantA, gotA, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Meta.Aliases mismatch (-want +got):\n%s", diff)
		}
	}
	for _, wa := range want.Attachments {
		i := slices.IndexFunc(got.Attachments, func(a model.Attachment) bool { return a.Title == wa.Title })
		if i < 0 {
			var titles []string
			for _, a := range got.Attachments {
				titles = append(titles, a.Title)
			}
			t.Errorf("Meta.Attachments titles = %q, want one titled %q", titles, wa.Title)
			continue
		}
		if wa.First != "" && got.Attachments[i].First != wa.First {
			t.Errorf("attachment %q: First = %q, want %q", wa.Title, got.Attachments[i].First, wa.First)
		}
	}
}

func recipientString(name, note string) string {
	if note == "" {
		return name
	}
	return name + " (" + note + ")"
}

func checkOutline(t *testing.T, f *facts, doc *model.Document) {
	optional := make(map[string]bool)
	for _, id := range f.OutlineOptional {
		optional[id] = true
	}
	var want, got []string
	for _, e := range f.Outline {
		if !optional[e.ID] {
			want = append(want, fmt.Sprintf("%s@%d", e.ID, e.Depth))
		}
	}
	model.Walk(doc.Body, func(n *model.Node) bool {
		if n.Kind == model.KindSection && !optional[n.ID] {
			got = append(got, fmt.Sprintf("%s@%d", n.ID, n.Depth))
		}
		return true
	})
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("outline (section id@depth) mismatch (-want +got):\n%s", diff)
	}
}

func checkLeads(t *testing.T, leads map[string][]string, idx map[string]*model.Node) {
	for _, id := range sortedKeys(leads) {
		want := slices.Sorted(slices.Values(leads[id]))
		n := idx[id]
		if n == nil {
			t.Errorf("node %q not found, want lead %q", id, want)
			continue
		}
		if n.Assignment == nil {
			t.Errorf("node %q: Assignment = nil, want lead %q", id, want)
			continue
		}
		got := slices.Sorted(slices.Values(n.Assignment.Lead))
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("node %q: lead mismatch (-want +got):\n%s", id, diff)
		}
	}
}

func checkCooperating(t *testing.T, coop map[string][]string, idx map[string]*model.Node) {
	for _, id := range sortedKeys(coop) {
		n := idx[id]
		if n == nil {
			t.Errorf("node %q not found, want cooperating agencies %q", id, coop[id])
			continue
		}
		var got []string
		if n.Assignment != nil {
			got = n.Assignment.Cooperating
		}
		for _, name := range coop[id] {
			if !slices.Contains(got, name) {
				t.Errorf("node %q: cooperating = %q, want it to include %q", id, got, name)
			}
		}
	}
}

func checkReferences(t *testing.T, want []string, doc *model.Document) {
	have := make(map[string]bool)
	add := func(refs []model.Reference) {
		for _, r := range refs {
			have[r.Number] = true
		}
	}
	add(doc.Meta.References)
	model.Walk(doc.Body, func(n *model.Node) bool {
		add(n.References)
		return true
	})
	for _, fn := range doc.Footnotes {
		add(fn.References)
	}
	var missing []string
	for _, num := range want {
		if !have[num] {
			missing = append(missing, num)
		}
	}
	if len(missing) > 0 {
		got := slices.Sorted(func(yield func(string) bool) {
			for k := range have {
				if !yield(k) {
					return
				}
			}
		})
		t.Errorf("cited numbers %q not found among the document's references %q", missing, got)
	}
}

func checkTargets(t *testing.T, want []targetFact, idx map[string]*model.Node) {
	for _, w := range want {
		n := idx[w.ID]
		if n == nil {
			t.Errorf("node %q not found, want a target %q", w.ID, w.Contains)
			continue
		}
		var candidates []model.Target
		for _, tg := range n.Targets {
			if strings.Contains(tg.Text, w.Contains) {
				candidates = append(candidates, tg)
			}
		}
		if len(candidates) == 0 {
			t.Errorf("node %q: no target whose text contains %q; targets = %s", w.ID, w.Contains, targetsString(n.Targets))
			continue
		}
		var mismatches []string
		for _, tg := range candidates {
			m := targetMismatch(w, tg)
			if m == "" {
				mismatches = nil
				break
			}
			mismatches = append(mismatches, fmt.Sprintf("%q: %s", tg.Text, m))
		}
		if mismatches != nil {
			t.Errorf("node %q: target %q: %s", w.ID, w.Contains, strings.Join(mismatches, "; "))
		}
	}
}

// targetMismatch describes how tg differs from the fact, or returns "".
func targetMismatch(w targetFact, tg model.Target) string {
	var diffs []string
	if w.MetricContains != "" && !strings.Contains(tg.Metric, w.MetricContains) {
		diffs = append(diffs, fmt.Sprintf("Metric = %q, want it to contain %q", tg.Metric, w.MetricContains))
	}
	if w.Comparator != "" && tg.Comparator != w.Comparator {
		diffs = append(diffs, fmt.Sprintf("Comparator = %q, want %q", tg.Comparator, w.Comparator))
	}
	for _, num := range []struct {
		name      string
		got, want *float64
	}{{"Value", tg.Value, w.Value}, {"Min", tg.Min, w.Min}, {"Max", tg.Max, w.Max}} {
		if num.want != nil && (num.got == nil || !floatEqual(*num.got, *num.want)) {
			diffs = append(diffs, fmt.Sprintf("%s = %s, want %v", num.name, floatString(num.got), *num.want))
		}
	}
	if w.Unit != "" && tg.Unit != w.Unit {
		diffs = append(diffs, fmt.Sprintf("Unit = %q, want %q", tg.Unit, w.Unit))
	}
	if w.Change != "" && tg.Change != w.Change {
		diffs = append(diffs, fmt.Sprintf("Change = %q, want %q", tg.Change, w.Change))
	}
	if w.Rank && !tg.Rank {
		diffs = append(diffs, "Rank = false, want true")
	}
	return strings.Join(diffs, ", ")
}

func floatEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

func floatString(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

func targetsString(ts []model.Target) string {
	var parts []string
	for _, tg := range ts {
		parts = append(parts, fmt.Sprintf("{%q %s %s %s}", tg.Text, tg.Comparator, floatString(tg.Value), tg.Unit))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func checkDeadlines(t *testing.T, want []deadlineFact, idx map[string]*model.Node) {
	for _, w := range want {
		n := idx[w.ID]
		if n == nil {
			t.Errorf("node %q not found, want a deadline %q", w.ID, w.Contains)
			continue
		}
		var texts, mismatches []string
		found := false
		for _, d := range n.Deadlines {
			texts = append(texts, d.Text)
			if !strings.Contains(d.Text, w.Contains) {
				continue
			}
			m := deadlineMismatch(w, d)
			if m == "" {
				found = true
				break
			}
			mismatches = append(mismatches, fmt.Sprintf("%q: %s", d.Text, m))
		}
		switch {
		case found:
		case mismatches == nil:
			t.Errorf("node %q: no deadline whose text contains %q; deadlines = %q", w.ID, w.Contains, texts)
		default:
			t.Errorf("node %q: deadline %q: %s", w.ID, w.Contains, strings.Join(mismatches, "; "))
		}
	}
}

// deadlineMismatch describes how d differs from the fact, or returns "".
func deadlineMismatch(w deadlineFact, d model.Deadline) string {
	var diffs []string
	for _, f := range []struct{ name, got, want string }{
		{"Date", d.Date, w.Date},
		{"Period", d.Period, w.Period},
		{"Relation", d.Relation, w.Relation},
		{"Recurrence", d.Recurrence, w.Recurrence},
	} {
		if f.want != "" && f.got != f.want {
			diffs = append(diffs, fmt.Sprintf("%s = %q, want %q", f.name, f.got, f.want))
		}
	}
	if w.Day != 0 && d.Day != w.Day {
		diffs = append(diffs, fmt.Sprintf("Day = %d, want %d", d.Day, w.Day))
	}
	return strings.Join(diffs, ", ")
}

// checkNotTargets fails when a target is read from one of the phrases: its
// text contains the phrase, or its text is part of the phrase and it starts
// inside an occurrence of the phrase in the source.
func checkNotTargets(t *testing.T, phrases []string, doc *model.Document, src []byte) {
	text := string(bytes.TrimPrefix(src, []byte("\uFEFF")))
	model.Walk(doc.Body, func(n *model.Node) bool {
		for _, tg := range n.Targets {
			for _, p := range phrases {
				if strings.Contains(tg.Text, p) || (tg.Text != "" && strings.Contains(p, tg.Text) && startsInside(text, p, tg.Span.Start.Offset)) {
					t.Errorf("node %q: target %q is read from %q, which is not a target", n.ID, tg.Text, p)
				}
			}
		}
		return true
	})
}

// startsInside reports whether offset lies inside an occurrence of p in text.
func startsInside(text, p string, offset int) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], p)
		if i < 0 {
			return false
		}
		start := from + i
		if start <= offset && offset < start+len(p) {
			return true
		}
		from = start + 1
	}
}

func checkFootnotes(t *testing.T, f *facts, doc *model.Document, idx map[string]*model.Node) {
	if f.Footnotes != nil && len(doc.Footnotes) != *f.Footnotes {
		var labels []string
		for _, fn := range doc.Footnotes {
			labels = append(labels, fn.Label)
		}
		t.Errorf("len(Footnotes) = %d (labels %q), want %d", len(doc.Footnotes), labels, *f.Footnotes)
	}
	if f.TruncatedFootnotes != nil {
		var got []string
		for _, fn := range doc.Footnotes {
			if fn.Truncated {
				got = append(got, fn.Label)
			}
		}
		want := slices.Sorted(slices.Values(f.TruncatedFootnotes))
		slices.Sort(got)
		if !slices.Equal(want, got) {
			t.Errorf("labels of truncated footnotes = %q, want %q", got, want)
		}
	}
	for _, id := range sortedKeys(f.FootnoteRefs) {
		n := idx[id]
		if n == nil {
			t.Errorf("node %q not found, want footnote markers %q", id, f.FootnoteRefs[id])
			continue
		}
		if !slices.Equal(n.FootnoteRefs, f.FootnoteRefs[id]) {
			t.Errorf("node %q: FootnoteRefs = %q, want %q", id, n.FootnoteRefs, f.FootnoteRefs[id])
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestCorpusParsesCleanly parses every corpus document and the sample and
// checks the tree's invariants: no error and no panic, spans in bounds and
// ordered, every child inside its parent, siblings in source order, depths
// consistent and ids unique.
func TestCorpusParsesCleanly(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	seeds, err := filepath.Glob(seedGlob)
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, seeds...)
	if len(paths) == 0 {
		t.Fatal("no documents found")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, src := parseFile(t, path)
			seen := make(map[string]bool)
			var check func(parent *model.Node, nodes []*model.Node, depth int)
			check = func(parent *model.Node, nodes []*model.Node, depth int) {
				for i, n := range nodes {
					if n == nil {
						t.Errorf("nil node under %s", nodeName(parent))
						continue
					}
					if n.ID == "" {
						t.Errorf("node of kind %s at offset %d has no id", n.Kind, n.Span.Start.Offset)
					} else if seen[n.ID] {
						t.Errorf("duplicate node id %q", n.ID)
					}
					seen[n.ID] = true
					if n.Depth != depth {
						t.Errorf("node %q: Depth = %d, want %d", n.ID, n.Depth, depth)
					}
					s, e := n.Span.Start.Offset, n.Span.End.Offset
					if s < 0 || s > e || e > len(src) {
						t.Errorf("node %q: span [%d, %d) out of order or outside the source (%d bytes)", n.ID, s, e, len(src))
					}
					if parent != nil && (s < parent.Span.Start.Offset || e > parent.Span.End.Offset) {
						t.Errorf("node %q: span [%d, %d) not inside its parent %q [%d, %d)",
							n.ID, s, e, parent.ID, parent.Span.Start.Offset, parent.Span.End.Offset)
					}
					if i > 0 && nodes[i-1] != nil && s < nodes[i-1].Span.Start.Offset {
						t.Errorf("node %q starts at %d, before its previous sibling %q at %d",
							n.ID, s, nodes[i-1].ID, nodes[i-1].Span.Start.Offset)
					}
					check(n, n.Children, depth+1)
				}
			}
			check(nil, doc.Body, 1)
		})
	}
}

func nodeName(n *model.Node) string {
	if n == nil {
		return "the document body"
	}
	return fmt.Sprintf("node %q", n.ID)
}

// TestFactsConsistent checks the facts files themselves, without the
// parser: outline ids are unique and each section's parent precedes it one
// level up, and every node id a fact names lies under a listed section.
func TestFactsConsistent(t *testing.T) {
	names, all := loadFacts(t)
	for i, f := range all {
		t.Run(names[i], func(t *testing.T) {
			if _, err := os.Stat(f.File); err != nil {
				t.Errorf("source file: %v", err)
			}
			sections := make(map[string]int)
			var open []outlineEntry // the last section seen at each depth
			for _, e := range f.Outline {
				if _, dup := sections[e.ID]; dup {
					t.Errorf("outline: duplicate id %q", e.ID)
				}
				sections[e.ID] = e.Depth
				if e.Depth < 1 || e.Depth > len(open)+1 {
					t.Errorf("outline: %q has depth %d after a section of depth %d", e.ID, e.Depth, len(open))
					continue
				}
				open = append(open[:e.Depth-1], e)
				if e.Depth > 1 && !strings.HasPrefix(e.ID, open[e.Depth-2].ID+".") {
					t.Errorf("outline: %q (depth %d) is not under %q", e.ID, e.Depth, open[e.Depth-2].ID)
				}
			}
			for _, id := range f.OutlineOptional {
				if _, ok := sections[id]; !ok {
					t.Errorf("outline_optional: %q is not in the outline", id)
				}
			}
			checkID := func(kind, id string) {
				sec, _, _ := strings.Cut(id, "/")
				if _, ok := sections[sec]; !ok && strings.Contains(id, "/") {
					t.Errorf("%s: node %q is not under a section of the outline", kind, id)
				} else if !ok && !strings.Contains(id, "/") && !isTopLevelLocal(id) {
					t.Errorf("%s: section %q is not in the outline", kind, id)
				}
			}
			for id := range f.Leads {
				checkID("leads", id)
			}
			for id := range f.CooperatingIncludes {
				checkID("cooperating_includes", id)
			}
			for id := range f.FootnoteRefs {
				checkID("footnote_refs", id)
			}
			for _, tg := range f.Targets {
				checkID("targets", tg.ID)
				if tg.Contains == "" {
					t.Errorf("targets: %q has no \"contains\"", tg.ID)
				}
			}
			for _, d := range f.Deadlines {
				checkID("deadlines", d.ID)
				if d.Contains == "" {
					t.Errorf("deadlines: %q has no \"contains\"", d.ID)
				}
			}
			seen := make(map[string]bool)
			for _, r := range f.References {
				if seen[r] {
					t.Errorf("references: %q listed twice", r)
				}
				seen[r] = true
			}
		})
	}
}

// isTopLevelLocal reports whether id names a top-level unnumbered node such
// as "p1", "t2" or "i3".
func isTopLevelLocal(id string) bool {
	if len(id) < 2 || !strings.ContainsRune("pti", rune(id[0])) {
		return false
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func TestStartsInside(t *testing.T) {
	tests := []struct {
		text, p string
		offset  int
		want    bool
	}{
		{"mạng 4G và 5G", "4G", 7, true},
		{"mạng 4G và 5G", "4G", 8, true},
		{"mạng 4G và 5G", "4G", 9, false},
		{"mạng 4G và 5G", "5G", 7, false},
		{"4G 4G", "4G", 3, true},
		{"", "4G", 0, false},
	}
	for _, tt := range tests {
		if got := startsInside(tt.text, tt.p, tt.offset); got != tt.want {
			t.Errorf("startsInside(%q, %q, %d) = %v, want %v", tt.text, tt.p, tt.offset, got, tt.want)
		}
	}
}

func TestTargetMismatch(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	tests := []struct {
		name  string
		fact  targetFact
		got   model.Target
		match bool
	}{
		{"match", targetFact{Comparator: "gt", Value: v(55000), Unit: "ha"},
			model.Target{Text: "trên 55.000 ha", Comparator: "gt", Value: v(55000), Unit: "ha"}, true},
		{"unasserted fields ignored", targetFact{Value: v(1.76)},
			model.Target{Text: "dưới 1,76%", Comparator: "lt", Value: v(1.76), Unit: "%"}, true},
		{"wrong value", targetFact{Value: v(55000)}, model.Target{Value: v(55)}, false},
		{"missing value", targetFact{Value: v(5)}, model.Target{Min: v(5)}, false},
		{"wrong comparator", targetFact{Comparator: "gt"}, model.Target{Comparator: "ge"}, false},
		{"range", targetFact{Comparator: "between", Min: v(3.5e6), Max: v(4e6)},
			model.Target{Comparator: "between", Min: v(3500000), Max: v(4000000)}, true},
		{"rank", targetFact{Rank: true}, model.Target{}, false},
		{"change", targetFact{Change: "decrease"}, model.Target{Change: "increase"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := targetMismatch(tt.fact, tt.got)
			if (m == "") != tt.match {
				t.Errorf("targetMismatch(%+v, %+v) = %q, want match %v", tt.fact, tt.got, m, tt.match)
			}
		})
	}
}

func TestDeadlineMismatch(t *testing.T) {
	tests := []struct {
		name  string
		fact  deadlineFact
		got   model.Deadline
		match bool
	}{
		{"match", deadlineFact{Date: "2024-01-30", Relation: "before"},
			model.Deadline{Date: "2024-01-30", Relation: "before"}, true},
		{"unasserted fields ignored", deadlineFact{Period: "2024-Q3"},
			model.Deadline{Period: "2024-Q3", Relation: "by"}, true},
		{"wrong period", deadlineFact{Period: "2024-Q3"}, model.Deadline{Period: "2024"}, false},
		{"wrong day", deadlineFact{Recurrence: "monthly", Day: 20},
			model.Deadline{Recurrence: "monthly", Day: 2}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := deadlineMismatch(tt.fact, tt.got)
			if (m == "") != tt.match {
				t.Errorf("deadlineMismatch(%+v, %+v) = %q, want match %v", tt.fact, tt.got, m, tt.match)
			}
		})
	}
}
