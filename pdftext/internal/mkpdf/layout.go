package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"
)

// Page geometry in millimetres and type sizes in points.
const (
	pageW, pageH  = 210.0, 297.0
	marginL       = 30.0
	marginR       = 20.0
	marginT       = 25.0
	marginB       = 25.0
	textW         = pageW - marginL - marginR
	bottomLimit   = pageH - marginB
	headerY       = 14.0
	footerY       = 286.0
	indent        = 10.0
	bodySize      = 12.0
	footSize      = 10.0
	leadingFactor = 1.3
	paraSpace     = 1.2  // mm between paragraphs
	supScale      = 0.62 // size of a raised footnote marker
	supRaise      = 0.38 // raise of a marker, in the size of the text around it
	footSep       = 3.0  // mm above the footnote rule and below it
	ptToMM        = 25.4 / 72
)

type style int

const (
	regular style = iota
	bold
	italic
	boldItalic
)

var styleNames = [...]string{"", "B", "I", "BI"}

var fontFiles = [...]string{"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"}

// seg is a piece of a word in one style.
type seg struct {
	text string
	st   style
	sup  bool // a raised footnote marker
}

type word []seg

type kind int

const (
	kindBody kind = iota
	kindTitle
	kindHeading
	kindFootnote
	kindRecipientsHead
	kindRecipient
	kindSignature
)

type para struct {
	kind  kind
	words []word
	fn    int // footnote number of a footnote body
	size  float64
}

// superscript maps the superscript digits to their value.
func superscript(r rune) (int, bool) {
	switch r {
	case '¹':
		return 1, true
	case '²':
		return 2, true
	case '³':
		return 3, true
	}
	if r >= '⁰' && r <= '⁹' && r != 'ⁱ' && r != '⁲' && r != '⁳' {
		return int(r - '⁰'), true
	}
	return 0, false
}

// parseInline splits a paragraph into words of styled segments, reading
// Markdown emphasis (*, **) and superscript digits. The style carries over
// from one call to the next through st.
func parseInline(s string, st *style) []word {
	var words []word
	var cur word
	var b strings.Builder
	sup := false
	flush := func() {
		if b.Len() > 0 {
			cur = append(cur, seg{text: b.String(), st: *st, sup: sup})
			b.Reset()
		}
	}
	endWord := func() {
		flush()
		if len(cur) > 0 {
			words = append(words, cur)
			cur = nil
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '*' && strings.HasPrefix(s[i:], "**"):
			flush()
			*st ^= bold
			i += 2
			continue
		case r == '*':
			flush()
			*st ^= italic
		case r == ' ' || r == '\t':
			endWord()
		default:
			d, isSup := superscript(r)
			if isSup != sup {
				flush()
				sup = isSup
			}
			if isSup {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteRune(r)
			}
		}
		i += n
	}
	endWord()
	return words
}

// isLabel reports whether s starts with a section label such as "A.", "IV."
// or "2.1.".
func isLabel(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i > 0 {
		return i < len(s) && s[i-1] == '.' && (s[i] == ' ')
	}
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return i > 0 && i <= 4 && strings.HasPrefix(s[i:], ". ")
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "*")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:!?…)”", r)
}

func isBullet(s string) bool { return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "+ ") }

// parseDoc splits the text into paragraphs: footnote bodies apart, and a
// paragraph that a page break of the original split (it starts with a
// lower-case letter, or it goes on with an unfinished bullet) joined again.
func parseDoc(src []byte) []para {
	text := strings.ReplaceAll(norm.NFC.String(string(src)), "\r\n", "\n")
	var blocks []string
	for _, b := range strings.Split(text, "\n\n") {
		if b = strings.TrimSpace(b); b != "" {
			blocks = append(blocks, b)
		}
	}
	var paras []para
	var raw []string // source text of each body paragraph, to decide joins
	st := regular
	intro := true
	tail := false
	for _, b := range blocks {
		first, _ := utf8.DecodeRuneInString(b)
		if n, ok := superscript(first); ok {
			num := 0
			for _, r := range b {
				d, ok := superscript(r)
				if !ok {
					break
				}
				num = num*10 + d
			}
			_ = n
			fst := regular
			paras = append(paras, para{kind: kindFootnote, fn: num, words: parseInline(b, &fst), size: footSize})
			continue
		}
		if tail {
			for _, line := range strings.Split(b, "\n") {
				k := kindSignature
				if isBullet(line) {
					k = kindRecipient
				}
				paras = append(paras, para{kind: k, words: parseInline(line, &st), size: 10})
			}
			continue
		}
		flat := strings.Join(strings.Fields(b), " ")
		if len(raw) > 0 && !intro {
			prev := raw[len(raw)-1]
			if unicode.IsLower(first) || isBullet(prev) && !endsSentence(prev) && !isBullet(flat) && !isLabel(flat) {
				// Continuation of the previous paragraph: find it (the
				// last one that is not a footnote body) and extend it.
				for i := len(paras) - 1; i >= 0; i-- {
					if paras[i].kind != kindFootnote {
						paras[i].words = append(paras[i].words, parseInline(flat, &st)...)
						break
					}
				}
				raw[len(raw)-1] = prev + " " + flat
				continue
			}
		}
		p := para{kind: kindBody, size: bodySize}
		switch {
		case intro && !endsSentence(flat):
			p.kind = kindTitle
			if len(paras) > 0 {
				p.size = 13
			} else {
				p.size = 14
			}
		case strings.HasPrefix(flat, "Nơi nhận") && strings.HasSuffix(flat, ":"):
			p.kind = kindRecipientsHead
			p.size = 11
			tail = true
		case isLabel(flat) && (len(flat) < 160 && !strings.HasSuffix(flat, ".")):
			p.kind = kindHeading
		}
		if p.kind != kindTitle {
			intro = false
		}
		p.words = parseInline(flat, &st)
		paras = append(paras, p)
		raw = append(raw, flat)
	}
	return paras
}

// doc is the state of the layout.
type doc struct {
	pdf      *fpdf.Fpdf
	header   string
	y        float64 // top of the next line
	fns      map[int]para
	pageFns  []int   // footnotes whose bodies go at the bottom of this page
	fnHeight float64 // height of the footnote block of this page
	placed   map[int]bool
	page     int
}

func (d *doc) setFont(st style, size float64) { d.pdf.SetFont("serif", styleNames[st], size) }

func (d *doc) segWidth(s seg, size float64) float64 {
	if s.sup {
		size *= supScale
	}
	d.setFont(s.st, size)
	return d.pdf.GetStringWidth(s.text)
}

func (d *doc) wordWidth(w word, size float64) float64 {
	t := 0.0
	for _, s := range w {
		t += d.segWidth(s, size)
	}
	return t
}

func (d *doc) spaceWidth(size float64) float64 {
	d.setFont(regular, size)
	return d.pdf.GetStringWidth(" ")
}

// wrap breaks words into lines no wider than width, the first line being
// firstIndent narrower.
func (d *doc) wrap(words []word, size, width, firstIndent float64) [][]word {
	var lines [][]word
	var cur []word
	sp := d.spaceWidth(size)
	avail := width - firstIndent
	used := 0.0
	for _, w := range words {
		ww := d.wordWidth(w, size)
		if len(cur) > 0 && used+sp+ww > avail {
			lines = append(lines, cur)
			cur, used, avail = nil, 0, width
		}
		if len(cur) > 0 {
			used += sp
		}
		cur = append(cur, w)
		used += ww
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// drawWord draws w with its baseline at y and returns the x after it.
func (d *doc) drawWord(x, y float64, w word, size float64) float64 {
	for _, s := range w {
		sz, yy := size, y
		if s.sup {
			sz = size * supScale
			yy = y - size*supRaise*ptToMM
		}
		d.setFont(s.st, sz)
		d.pdf.Text(x, yy, s.text)
		x += d.pdf.GetStringWidth(s.text)
	}
	return x
}

// drawRun draws a line of words as one string per style where it can, with
// plain spaces between the words.
func (d *doc) drawRun(x, y float64, words []word, size float64) {
	var segs []seg
	for i, w := range words {
		for j, s := range w {
			if i > 0 && j == 0 && len(segs) > 0 && !segs[len(segs)-1].sup && !s.sup && segs[len(segs)-1].st == s.st {
				segs[len(segs)-1].text += " " + s.text
				continue
			}
			if i > 0 && j == 0 {
				segs = append(segs, seg{text: " ", st: regular})
			}
			if n := len(segs); n > 0 && segs[n-1].st == s.st && !segs[n-1].sup && !s.sup {
				segs[n-1].text += s.text
				continue
			}
			segs = append(segs, s)
		}
	}
	d.drawWord(x, y, segs, size)
}

func (d *doc) lineHeight(size float64) float64 { return size * leadingFactor * ptToMM }

// footnotesIn returns the footnote numbers whose markers are in words.
func footnotesIn(words []word) []int {
	var out []int
	for _, w := range words {
		for _, s := range w {
			if s.sup {
				n := 0
				for _, c := range s.text {
					n = n*10 + int(c-'0')
				}
				out = append(out, n)
			}
		}
	}
	return out
}

func (d *doc) footnoteLines(n int) [][]word {
	p, ok := d.fns[n]
	if !ok {
		return nil
	}
	return d.wrap(p.words, footSize, textW, 0)
}

func (d *doc) footnoteHeight(n int) float64 {
	return float64(len(d.footnoteLines(n))) * d.lineHeight(footSize)
}

func (d *doc) startPage() {
	d.pdf.AddPage()
	d.page++
	d.y = marginT
	d.pageFns = nil
	d.fnHeight = 0
	d.setFont(italic, 9)
	w := d.pdf.GetStringWidth(d.header)
	d.pdf.Text((pageW-w)/2, headerY, d.header)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginL, headerY+2, pageW-marginR, headerY+2)
}

// finishPage draws the footnote bodies and the page number.
func (d *doc) finishPage() {
	if len(d.pageFns) > 0 {
		y := bottomLimit - d.fnHeight + footSep
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginL, y, marginL+50, y)
		y += footSep
		for _, n := range d.pageFns {
			for _, line := range d.footnoteLines(n) {
				y += d.lineHeight(footSize)
				d.drawLine(line, footSize, marginL, y, textW, false)
			}
		}
	}
	d.setFont(regular, 10)
	num := fmt.Sprint(d.page)
	w := d.pdf.GetStringWidth(num)
	d.pdf.Text((pageW-w)/2, footerY, num)
}

// drawLine draws one line of words at baseline y: justified (each word
// placed on its own) or left aligned (words with plain spaces).
func (d *doc) drawLine(words []word, size, x, y, width float64, justify bool) {
	if !justify || len(words) < 2 {
		d.drawRun(x, y, words, size)
		return
	}
	total := 0.0
	for _, w := range words {
		total += d.wordWidth(w, size)
	}
	gap := (width - total) / float64(len(words)-1)
	for _, w := range words {
		x = d.drawWord(x, y, w, size) + gap
	}
}

// place reserves room for a line of height h holding the footnote markers
// fns, starting a new page when the line and the new footnote bodies do not
// fit, and returns the baseline of the line.
func (d *doc) place(h float64, fns []int) float64 {
	var fresh []int
	need := 0.0
	for _, n := range fns {
		if !d.placed[n] {
			if _, ok := d.fns[n]; ok {
				fresh = append(fresh, n)
				need += d.footnoteHeight(n)
			}
		}
	}
	if len(fresh) > 0 && len(d.pageFns) == 0 {
		need += 2 * footSep
	}
	if d.y+h > bottomLimit-d.fnHeight-need {
		d.finishPage()
		d.startPage()
		need = 0
		for _, n := range fresh {
			need += d.footnoteHeight(n)
		}
		if len(fresh) > 0 {
			need += 2 * footSep
		}
	}
	for _, n := range fresh {
		d.placed[n] = true
		d.pageFns = append(d.pageFns, n)
	}
	d.fnHeight += need
	d.y += h
	return d.y - h*0.25
}

func (d *doc) paragraph(p para) {
	if d.y > marginT {
		d.y += paraSpace
	}
	size := p.size
	switch p.kind {
	case kindTitle:
		for _, line := range d.wrap(p.words, size, textW-20, 0) {
			for i := range line {
				for j := range line[i] {
					line[i][j].st |= bold
				}
			}
			base := d.place(d.lineHeight(size), footnotesIn(line))
			w := d.lineWidth(line, size)
			d.drawRun(marginL+(textW-w)/2, base, line, size)
		}
		d.y += 2
		return
	case kindHeading:
		for i := range p.words {
			for j := range p.words[i] {
				p.words[i][j].st |= bold
			}
		}
	}
	lines := d.wrap(p.words, size, textW, indent)
	for i, line := range lines {
		base := d.place(d.lineHeight(size), footnotesIn(line))
		x, w := marginL, textW
		if i == 0 {
			x, w = marginL+indent, textW-indent
		}
		d.drawLine(line, size, x, base, w, i < len(lines)-1)
	}
}

func (d *doc) lineWidth(words []word, size float64) float64 {
	w := 0.0
	for i, wd := range words {
		if i > 0 {
			w += d.spaceWidth(size)
		}
		w += d.wordWidth(wd, size)
	}
	return w
}

// closing lays out "Nơi nhận:" and its recipients on the left and the
// signature block on the right, side by side.
func (d *doc) closing(head para, rest []para) {
	var left, right []para
	left = append(left, head)
	for _, p := range rest {
		if p.kind == kindRecipient {
			left = append(left, p)
		} else {
			right = append(right, p)
		}
	}
	const colW = 80.0
	hL := 0.0
	for _, p := range left {
		hL += d.lineHeight(p.size) * float64(len(d.wrap(p.words, p.size, colW, 0)))
	}
	d.y += 8
	if d.y+hL > bottomLimit-d.fnHeight {
		d.finishPage()
		d.startPage()
	}
	top := d.y
	for i, p := range left {
		if i == 0 {
			for j := range p.words {
				for k := range p.words[j] {
					p.words[j][k].st = boldItalic
				}
			}
		}
		for _, line := range d.wrap(p.words, p.size, colW, 0) {
			d.y += d.lineHeight(p.size)
			d.drawRun(marginL, d.y-d.lineHeight(p.size)*0.25, line, p.size)
		}
	}
	bottom := d.y
	d.y = top
	const rightX = marginL + colW + 10
	for _, p := range right {
		size := 12.0
		for j := range p.words {
			for k := range p.words[j] {
				p.words[j][k].st |= bold
			}
		}
		d.y += d.lineHeight(size)
		w := d.lineWidth(p.words, size)
		d.drawRun(rightX+(pageW-marginR-rightX-w)/2, d.y-d.lineHeight(size)*0.25, p.words, size)
	}
	d.y = max(d.y, bottom)
}

// layoutPDF lays out the plain-text plan document src.
func layoutPDF(src []byte, fontDir string, encrypt bool) ([]byte, error) {
	paras := parseDoc(src)
	if len(paras) == 0 {
		return nil, fmt.Errorf("empty input")
	}
	pdf := newDoc()
	if encrypt {
		pdf.SetProtection(fpdf.CnProtectPrint, "mat-khau", "chu-so-huu")
	}
	for st, suffix := range styleNames {
		data, err := os.ReadFile(filepath.Join(fontDir, fontFiles[st]))
		if err != nil {
			return nil, fmt.Errorf("font: %v (install the fonts-dejavu-core package)", err)
		}
		pdf.AddUTF8FontFromBytes("serif", suffix, data)
	}
	d := &doc{pdf: pdf, fns: map[int]para{}, placed: map[int]bool{}}
	var body []para
	for _, p := range paras {
		if p.kind == kindFootnote {
			d.fns[p.fn] = p
		} else {
			body = append(body, p)
		}
	}
	var hb strings.Builder
	for i, w := range body[0].words {
		if i > 0 {
			hb.WriteByte(' ')
		}
		for _, s := range w {
			hb.WriteString(s.text)
		}
	}
	d.header = hb.String()
	d.startPage()
	for i := 0; i < len(body); i++ {
		if body[i].kind == kindRecipientsHead {
			d.closing(body[i], body[i+1:])
			break
		}
		d.paragraph(body[i])
	}
	d.finishPage()
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
