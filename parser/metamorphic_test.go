package parser

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/vnplan/vnplan/model"
)

// Metamorphic tests: a document that parses right is made messier in the
// ways real copies are messy, and the tree must not change.

// realDocuments returns the sample and every corpus document.
func realDocuments(t *testing.T) map[string][]byte {
	t.Helper()
	docs := make(map[string][]byte)
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	files = append(files, seedPath)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(f)] = b
	}
	return docs
}

// treeView is what must not change: ids, labels, texts, footnotes, and
// the metadata other than page numbers.
func treeView(doc *model.Document) any {
	type nodeView struct {
		ID, Kind, Label, Heading, Text string
		Cells, Header, FootnoteRefs    []string
		Depth                          int
	}
	var nodes []nodeView
	model.Walk(doc.Body, func(n *model.Node) bool {
		nodes = append(nodes, nodeView{n.ID, string(n.Kind), n.Label, n.Heading, n.Text, n.Cells, n.Header, n.FootnoteRefs, n.Depth})
		return true
	})
	type fnView struct {
		Label, Text string
		Refs        []string
		Truncated   bool
	}
	var fns []fnView
	for _, f := range doc.Footnotes {
		fns = append(fns, fnView{f.Label, f.Text, f.Refs, f.Truncated})
	}
	m := doc.Meta
	meta := []string{m.DocType, m.Title, m.Subject, m.Number, m.Issuer, m.Place, m.Date, m.IssuedWith, m.Enacting,
		strings.Join(m.Preamble, "|"), strings.Join(m.Archive, ",")}
	for _, r := range m.Recipients {
		meta = append(meta, r.Name+"("+r.Note+")")
	}
	if s := m.Signature; s != nil {
		meta = append(meta, s.Authority, s.OnBehalfOf, s.Title, s.Name)
	}
	return struct {
		Nodes []nodeView
		Fns   []fnView
		Meta  []string
	}{nodes, fns, meta}
}

// blankLines matches runs of blank lines.
var blankLines = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)

// seedFor returns a random source that depends only on the name.
func seedFor(name string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(h.Sum64(), 7))
}

// isStructural reports whether a line must not be wrapped or broken: a
// table row or delimiter, a Markdown heading, a line of a header laid out
// in columns.
func isStructural(line string) bool {
	s := strings.TrimSpace(line)
	return strings.HasPrefix(s, "|") || strings.Contains(s, " | ") || strings.HasPrefix(s, "#") ||
		strings.Contains(strings.TrimLeft(line, " "), "   ")
}

// flatCells marks the lines that are the cells of a table flattened one
// per line under its Markdown header, up to a blank line. The messy
// copies leave them alone: a wrapped or broken cell cannot be told from
// the next one, by a reader or a parser.
func flatCells(lines []string) []bool {
	flat := make([]bool, len(lines))
	in, afterSep := false, false
	for i, line := range lines {
		switch {
		case strings.TrimSpace(line) == "":
			in = false
		case isTableSep([]byte(strings.TrimSpace(line))):
			afterSep = true
			continue
		case afterSep && !isStructural(line):
			in = true
		}
		afterSep = false
		flat[i] = in
	}
	return flat
}

// hardWrap wraps every line longer than width at word boundaries, as web
// copies do; continuation lines are not indented.
func hardWrap(src string, width int) string {
	var b strings.Builder
	all := strings.SplitAfter(src, "\n")
	flat := flatCells(all)
	for k, line := range all {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\n")
		if utf8.RuneCountInString(line) <= width || isStructural(line) || flat[k] {
			b.WriteString(line)
		} else {
			indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
			words := strings.Fields(line)
			n := 0
			b.WriteString(indent)
			n = utf8.RuneCountInString(indent)
			for i, w := range words {
				wl := utf8.RuneCountInString(w)
				if i > 0 && n+1+wl > width {
					b.WriteString("\n")
					n = 0
				} else if i > 0 {
					b.WriteString(" ")
					n++
				}
				b.WriteString(w)
				n += wl
			}
		}
		if nl {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// pageBreaks inserts page breaks inside sentences: between two words of a
// long line, where the next word starts in lower case, a blank line and
// sometimes a page number line.
func pageBreaks(src string, rng *rand.Rand) string {
	lines := strings.Split(src, "\n")
	flat := flatCells(lines)
	page := 2
	for i, line := range lines {
		if utf8.RuneCountInString(line) < 120 || isStructural(line) || flat[i] || rng.IntN(4) != 0 {
			continue
		}
		if _, ok := footnoteLead(line, nil); ok {
			// A footnote body that runs over a page break goes on at the
			// foot of the next page, not at its top.
			continue
		}
		words := strings.Split(line, " ")
		// Candidate cuts: before a lower-case word in the middle.
		var cuts []int
		for k := len(words) / 4; k < len(words)*3/4; k++ {
			r, _ := utf8.DecodeRuneInString(words[k])
			pr, _ := utf8.DecodeLastRuneInString(words[k-1])
			if unicode.IsLower(r) && (unicode.IsLetter(pr) || unicode.IsDigit(pr)) {
				cuts = append(cuts, k)
			}
		}
		if len(cuts) == 0 {
			continue
		}
		k := cuts[rng.IntN(len(cuts))]
		var brk string
		switch rng.IntN(3) {
		case 0:
			brk = "\n\n"
		case 1:
			brk = fmt.Sprintf("\n\n%d\n\n", page)
		default:
			brk = fmt.Sprintf("\n\n- %d -\n\n", page)
		}
		page++
		lines[i] = strings.Join(words[:k], " ") + brk + strings.Join(words[k:], " ")
	}
	return strings.Join(lines, "\n")
}

// flattenHeader rewrites the header of a document (issuer, motto, number,
// place and date, as the clean parse found them) as the table rows of a
// web copy.
func flattenHeader(src string, m model.Metadata) (string, bool) {
	if m.Issuer == "" || m.Number == "" || m.Title == "" || m.Date == "" {
		return "", false // a blank date cannot be written back
	}
	i := strings.Index(src, "\n"+m.Title)
	if i < 0 {
		return "", false
	}
	date := ""
	if m.Date != "" {
		var y, mo, d int
		fmt.Sscanf(m.Date, "%d-%d-%d", &y, &mo, &d)
		date = fmt.Sprintf("%s, ngày %02d tháng %d năm %d", m.Place, d, mo, y)
	}
	head := fmt.Sprintf("| %s ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n| --- | --- |\n| Số: %s | *%s* |", m.Issuer, m.Number, date)
	return head + src[i:], true
}

// TestWrapWidths wraps each document at every third width from 60 to 90
// and logs how many widths change the tree. A paragraph whose last line
// happens to be full, followed by one that starts in upper case with no
// marker, cannot be told from one paragraph once the blank lines are
// gone, so a few widths may differ; this is a measure, not an assertion,
// except that no document may fail at more than a third of the widths.
func TestWrapWidths(t *testing.T) {
	total, failed := 0, 0
	for name, src := range realDocuments(t) {
		text := strings.TrimPrefix(string(src), "\uFEFF")
		if lo := studyLayout(text, splitLines([]byte(text))); lo.wrapped || strings.Contains(name, "ocr") {
			continue
		}
		want := treeView(parseBytes(t, name, src))
		docFailed := 0
		for w := 60; w <= 90; w += 3 {
			total++
			if cmp.Diff(want, treeView(parseBytes(t, name, []byte(hardWrap(text, w))))) != "" {
				failed++
				docFailed++
			}
		}
		if docFailed > 11/3 {
			t.Errorf("%s: %d of 11 widths change the tree", name, docFailed)
		}
	}
	t.Logf("%d of %d (document, width) pairs change the tree", failed, total)
	if failed*100 > total*10 {
		t.Errorf("%d of %d (document, width) pairs change the tree, more than one in ten", failed, total)
	}
}

func TestMetamorphic(t *testing.T) {
	for name, src := range realDocuments(t) {
		t.Run(name, func(t *testing.T) {
			clean := parseBytes(t, name, src)
			want := treeView(clean)
			text := strings.TrimPrefix(string(src), "\uFEFF")
			rng := seedFor(name)
			width := 60 + rng.IntN(31)
			variants := map[string]string{
				"crlf":        strings.ReplaceAll(string(src), "\n", "\r\n"),
				"nfd":         norm.NFD.String(string(src)),
				"page-breaks": pageBreaks(text, rng),
			}
			// A text that is already hard-wrapped (PDF layout) is not
			// wrapped again: no copy wraps a wrapped text at a new width.
			// Nor is OCR output whose points run together on one line
			// ("a) ... b) ... c) ..."): a wrap that puts "c)" at the start
			// of a line makes it a real label. Nor does a hard-wrapped text
			// lose its blank lines: they are all that sets its paragraphs
			// apart.
			if lo := studyLayout(text, splitLines([]byte(text))); !lo.wrapped && !strings.Contains(name, "ocr") {
				// Paragraphs separated by single newlines, as many copies are.
				variants["single-newlines"] = blankLines.ReplaceAllString(text, "\n")
				variants["wrapped"] = hardWrap(text, width)
				variants["wrapped+breaks"] = hardWrap(pageBreaks(text, seedFor(name+"b")), width)
				variants["crlf+nfd+wrapped"] = strings.ReplaceAll(norm.NFD.String(hardWrap(text, width)), "\n", "\r\n")
			}
			if flat, ok := flattenHeader(text, clean.Meta); ok {
				variants["header-table"] = flat
			}
			for vname, v := range variants {
				t.Run(vname, func(t *testing.T) {
					doc := parseBytes(t, vname, []byte(v))
					if diff := cmp.Diff(want, treeView(doc)); diff != "" {
						t.Errorf("%s (width %d) changes the tree (-clean +messy):\n%s", vname, width, diff)
					}
				})
			}
		})
	}
}
