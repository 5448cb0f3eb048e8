package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Limits on the input, so that memory and time stay bounded on any file.
const (
	// MaxSize is the largest PDF file Text accepts, in bytes.
	MaxSize = 200 << 20
	// MaxPages is the largest number of pages Text reads.
	MaxPages = 5000

	maxObjects    = 5_000_000 // largest object number a cross-reference section may declare
	maxColumns    = 1 << 16   // largest /Columns of a predictor
	maxTotalBytes = 1 << 30   // decoded content streams of the whole document
	maxTreeNodes  = 4 * MaxPages
	maxTreeDepth  = 64
)

// The errors Text returns wrap one of these, so that a caller can tell the
// causes apart with errors.Is. Each error is one line of text.
var (
	// ErrNotPDF means the data does not start like a PDF file.
	ErrNotPDF = errors.New("not a PDF file")
	// ErrCorrupt means the file starts like a PDF but cannot be read.
	ErrCorrupt = errors.New("damaged PDF file")
	// ErrEncrypted means the file is encrypted and cannot be read: it needs
	// a password, or its encryption is of a kind this package cannot undo.
	ErrEncrypted = errors.New("PDF file is encrypted")
	// ErrNoText means the pages have no text layer: a scanned document,
	// which needs OCR first.
	ErrNoText = errors.New("PDF file has no text layer (scanned pages need OCR first)")
	// ErrTooLarge means the file is over MaxSize or MaxPages.
	ErrTooLarge = errors.New("PDF file too large")
)

// PageBreak is the line Text puts between the text of two pages.
const PageBreak = "\f"

// Bytes is [Text] for a PDF file held in memory.
func Bytes(data []byte) (string, error) {
	return Text(bytes.NewReader(data), int64(len(data)))
}

// Result is the text of a PDF file with what the extraction could not
// read, so that a caller can tell the user when the text is doubtful.
type Result struct {
	// Text is what [Text] returns.
	Text string

	// Pages counts the pages.
	Pages int

	// Glyphs counts the glyphs whose text is in Text; the glyphs of an
	// /ActualText span count as one.
	Glyphs int

	// Unmapped counts the glyphs left out because their font gives no
	// text for their code (no ToUnicode entry and no usable encoding),
	// as accent glyphs drawn apart from their letter often are.
	Unmapped int

	// Replaced counts the characters left out because the fonts map
	// them to U+FFFD or to invalid UTF-16.
	Replaced int

	// Warnings says, one line each, why Text may have missing or wrong
	// letters. It is empty for a clean extraction.
	Warnings []string
}

// doubtShare is the share of glyphs without text above which the text is
// doubtful: a few unmapped symbols (bullets, check boxes) are common and
// harmless, but letters drawn as several glyphs fail on every accent.
const doubtShare = 0.01

// Convert is [Read] for a PDF file held in memory.
func Convert(data []byte) (*Result, error) {
	return Read(bytes.NewReader(data), int64(len(data)))
}

// Read is [Text] with the counts of a [Result] and its warnings.
func Read(r io.ReaderAt, size int64) (res *Result, err error) {
	if size > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, size, MaxSize)
	}
	if size < 0 {
		return nil, ErrNotPDF
	}
	data := make([]byte, size)
	if n, err := r.ReadAt(data, 0); n < len(data) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	defer func() {
		if x := recover(); x != nil {
			res = nil
			err = fmt.Errorf("%w: %s", ErrCorrupt, oneLine(fmt.Sprint(x)))
		}
	}()
	return extract(data)
}

// Text returns the text of the PDF file read from r, which holds size bytes.
//
// The text comes in reading order, one line per paragraph and a blank line
// between paragraphs, where the layout shows them (a larger gap than the
// usual line spacing, a change of type size, a line that stops short
// although the next word would have fitted). Inside a paragraph a line
// break is kept only before a line that starts like an item ("- ", "2.1. ")
// after a line that ends a sentence. A line holding only "\f" (PageBreak)
// separates pages; a paragraph that a page break splits is not joined. Running headers and footers (lines that
// repeat at the same place on most pages) and lone page numbers at the top
// or bottom of a page are left out. Raised small digits, as footnote markers
// are printed, become superscript digits (¹²³). Two columns side by side,
// as the recipients and the signature at the end of a document, come one
// after the other, left first. The text is in Unicode NFC.
//
// The error, if any, wraps ErrNotPDF, ErrCorrupt, ErrEncrypted, ErrNoText
// or ErrTooLarge and is one line. Text does not panic on any input: panics
// of the underlying PDF library on damaged files are recovered and reported
// as ErrCorrupt. Text is safe for concurrent use.
func Text(r io.ReaderAt, size int64) (string, error) {
	res, err := Read(r, size)
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

// count returns "1 page", "2 pages".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// oneLine shortens a library message to one line.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// extract does the work of Read on the whole file in memory.
func extract(data []byte) (*Result, error) {
	data, err := repairFrame(data)
	if err != nil {
		return nil, err
	}
	if err := checkBounds(data); err != nil {
		return nil, err
	}
	rd, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		switch {
		case errors.Is(err, pdf.ErrInvalidPassword):
			return nil, fmt.Errorf("%w: it needs a password", ErrEncrypted)
		case strings.Contains(err.Error(), "256-bit") || strings.Contains(err.Error(), "R=5") || strings.Contains(err.Error(), "R=6"):
			return nil, fmt.Errorf("%w: AES-256 encryption is not supported", ErrEncrypted)
		case strings.Contains(err.Error(), "encrypt"):
			return nil, fmt.Errorf("%w: %s", ErrEncrypted, oneLine(err.Error()))
		}
		return nil, fmt.Errorf("%w: %s", ErrCorrupt, oneLine(err.Error()))
	}
	if enc := rd.Trailer().Key("Encrypt"); enc.Kind() == pdf.Dict && enc.Key("V").Int64() <= 1 {
		// The library derives 40-bit RC4 object keys wrongly (16 bytes
		// instead of 10), so every stream would come out as garbage.
		return nil, fmt.Errorf("%w: 40-bit RC4 encryption is not supported", ErrEncrypted)
	}
	pages, err := collectPages(rd)
	if err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrCorrupt)
	}
	in := &interp{fonts: map[string]*font{}}
	var total int64
	var glyphs, images, undecoded int
	firstUnmapped := 0 // page number
	doc := make([][]line, len(pages))
	var damaged int
	var lastPanic string
	for i, p := range pages {
		in.glyphs = in.glyphs[:0]
		in.bytes, in.forms, in.full, in.undec, in.images = 0, 0, false, 0, 0
		in.act = actualSpan{}
		in.box = p.box
		n, msg := in.page(p)
		if msg != "" {
			damaged++
			lastPanic = msg
			continue
		}
		total += n
		if total > maxTotalBytes {
			return nil, fmt.Errorf("%w: more than %d MB of page content", ErrTooLarge, maxTotalBytes>>20)
		}
		glyphs += len(in.glyphs)
		images += in.images
		undecoded += in.undec
		if in.undec > 0 && firstUnmapped == 0 {
			firstUnmapped = i + 1
		}
		in.glyphs = attachMarks(in.glyphs)
		doc[i] = pageLines(in.glyphs, p.box[3])
	}
	if damaged == len(pages) {
		return nil, fmt.Errorf("%w: %s", ErrCorrupt, lastPanic)
	}
	if glyphs == 0 {
		if undecoded > 0 {
			return nil, fmt.Errorf("%w: its fonts do not map to Unicode", ErrNoText)
		}
		if images > 0 {
			return nil, fmt.Errorf("%w: %s, %s", ErrNoText, count(len(pages), "page"), count(images, "image"))
		}
		return nil, fmt.Errorf("%w: %s", ErrNoText, count(len(pages), "page"))
	}
	res := &Result{Pages: len(pages), Glyphs: glyphs, Unmapped: undecoded}
	res.Text, res.Replaced = render(doc, pages)
	res.Warnings = doubts(res, firstUnmapped)
	return res, nil
}

// doubts returns the warnings about the text of res: glyphs without text
// or characters replaced, when they are more than a few.
func doubts(res *Result, firstUnmapped int) []string {
	var w []string
	total := float64(res.Glyphs + res.Unmapped)
	if res.Unmapped > 0 && float64(res.Unmapped) > doubtShare*total {
		w = append(w, fmt.Sprintf("%d of %d glyphs have no Unicode text in their fonts and were left out (the first on page %d): letters may be missing or wrong", res.Unmapped, res.Glyphs+res.Unmapped, firstUnmapped))
	}
	if res.Replaced > 0 && float64(res.Replaced) > doubtShare*total {
		w = append(w, fmt.Sprintf("%s mapped to U+FFFD by the fonts were left out: letters may be missing", count(res.Replaced, "character")))
	}
	return w
}

// page runs the content of one page and returns the bytes of content it
// decoded. A panic of the PDF library on a damaged page is recovered and
// returned as msg, so that the other pages are still read.
func (in *interp) page(p pageInfo) (n int64, msg string) {
	defer func() {
		if x := recover(); x != nil {
			msg = oneLine(fmt.Sprint(x))
		}
	}()
	content := p.v.Key("Contents")
	var buf []byte
	switch content.Kind() {
	case pdf.Stream:
		buf = readStream(content, maxContentBytes)
	case pdf.Array:
		for j := 0; j < content.Len() && len(buf) < maxContentBytes; j++ {
			buf = append(buf, readStream(content.Index(j), int64(maxContentBytes-len(buf)))...)
			buf = append(buf, '\n')
		}
	}
	in.execute(buf, p.res, identity, p.rot, 0)
	return in.bytes, ""
}

// repairFrame works around two strictnesses of the PDF library: the header
// must be "%PDF-1.x" and a newline at offset 0, and "%%EOF" must end the
// file. Bytes before the header, a PDF 2.0 header and bytes after the last
// "%%EOF" are common in files from the web.
func repairFrame(data []byte) ([]byte, error) {
	head := data[:min(len(data), 1024)]
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil, ErrNotPDF
	}
	if i > 0 || len(data) < 9 || !validHeader(data[:9]) {
		// Keep the offsets: rewrite the header in place, in a copy.
		c := append([]byte(nil), data...)
		for j := 0; j < min(len(c), i+9); j++ {
			c[j] = ' '
		}
		copy(c, "%PDF-1.7\n")
		data = c
	}
	tail := data[max(0, len(data)-2048):]
	j := bytes.LastIndex(tail, []byte("%%EOF"))
	if j < 0 {
		return nil, fmt.Errorf("%w: no end-of-file marker (truncated file?)", ErrCorrupt)
	}
	return data[:len(data)-len(tail)+j+5], nil
}

func validHeader(b []byte) bool {
	return bytes.HasPrefix(b, []byte("%PDF-1.")) && b[7] >= '0' && b[7] <= '7' && (b[8] == '\r' || b[8] == '\n')
}

// checkBounds rejects files whose cross-reference data would make the PDF
// library allocate without bound: it sizes tables from /Size, /Index and
// subsection headers, and predictor rows from /Columns, without checks.
func checkBounds(data []byte) error {
	for _, key := range []string{"/Size", "/Index", "/Columns"} {
		limit := int64(maxObjects)
		if key == "/Columns" {
			limit = maxColumns
		}
		k := []byte(key)
		for off := 0; ; {
			i := bytes.Index(data[off:], k)
			if i < 0 {
				break
			}
			off += i + len(k)
			for _, v := range numbersAfter(data[off:], key == "/Index") {
				if v > limit {
					return fmt.Errorf("%w: %s %d is out of range", ErrCorrupt, key, v)
				}
			}
		}
	}
	// Subsection headers of classic cross-reference tables.
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("xref"))
		if i < 0 {
			break
		}
		off += i + 4
		if off-5 >= 0 && data[off-5] == 't' { // startxref
			continue
		}
		nums := numbersAfter(data[off:], false)
		if len(nums) > 0 && nums[0] > maxObjects {
			return fmt.Errorf("%w: xref section starts at object %d", ErrCorrupt, nums[0])
		}
		if len(nums) > 1 && nums[0]+nums[1] > maxObjects {
			return fmt.Errorf("%w: xref section of %d objects", ErrCorrupt, nums[1])
		}
	}
	return nil
}

// numbersAfter returns the integer right after b (skipping white space),
// or, with array set, the integers of an array right after b.
func numbersAfter(b []byte, array bool) []int64 {
	i := 0
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if array {
		if i >= len(b) || b[i] != '[' {
			return nil
		}
		i++
	}
	var out []int64
	for len(out) < 64 {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		start := i
		var v int64
		for i < len(b) && b[i] >= '0' && b[i] <= '9' && i-start < 18 {
			v = v*10 + int64(b[i]-'0')
			i++
		}
		if i == start {
			break
		}
		out = append(out, v)
		if !array && len(out) == 2 {
			break
		}
		if !array && len(out) == 1 && (i >= len(b) || !isSpace(b[i])) {
			break
		}
	}
	return out
}

// pageInfo is one page with what it inherits from the page tree.
type pageInfo struct {
	v   pdf.Value
	res pdf.Value
	rot matrix     // user space to page space, for /Rotate
	box [4]float64 // page box in page space
}

// collectPages walks the page tree once, in order.
func collectPages(rd *pdf.Reader) ([]pageInfo, error) {
	root := rd.Trailer().Key("Root").Key("Pages")
	var pages []pageInfo
	nodes := 0
	var tooMany bool
	var walk func(n pdf.Value, res, box pdf.Value, rotate int64, depth int)
	walk = func(n pdf.Value, res, box pdf.Value, rotate int64, depth int) {
		nodes++
		if depth > maxTreeDepth || nodes > maxTreeNodes || tooMany {
			return
		}
		if r := n.Key("Resources"); r.Kind() == pdf.Dict {
			res = r
		}
		if b := n.Key("CropBox"); b.Len() == 4 {
			box = b
		} else if b := n.Key("MediaBox"); b.Len() == 4 {
			box = b
		}
		if r := n.Key("Rotate"); r.Kind() == pdf.Integer {
			rotate = r.Int64()
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Pages" || kids.Kind() == pdf.Array && n.Key("Type").Name() != "Page" {
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), res, box, rotate, depth+1)
			}
			return
		}
		if len(pages) >= MaxPages {
			tooMany = true
			return
		}
		pages = append(pages, newPage(n, res, box, rotate))
	}
	walk(root, pdf.Value{}, pdf.Value{}, 0, 0)
	if tooMany {
		return nil, fmt.Errorf("%w: more than %d pages", ErrTooLarge, MaxPages)
	}
	return pages, nil
}

func newPage(v, res, box pdf.Value, rotate int64) pageInfo {
	b := [4]float64{0, 0, 612, 792}
	if box.Len() == 4 {
		for i := range b {
			b[i] = box.Index(i).Float64()
		}
	}
	var rot matrix
	switch ((rotate%360 + 360) % 360) / 90 {
	case 1:
		rot = matrix{0, -1, 1, 0, 0, 0}
	case 2:
		rot = matrix{-1, 0, 0, -1, 0, 0}
	case 3:
		rot = matrix{0, 1, -1, 0, 0, 0}
	default:
		rot = identity
	}
	x0, y0 := rot.apply(b[0], b[1])
	x1, y1 := rot.apply(b[2], b[3])
	return pageInfo{v: v, res: res, rot: rot, box: [4]float64{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}}
}
