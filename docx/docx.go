package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// DefaultMaxSize is the limit on the total uncompressed size of an
// archive that [Read] accepts unless [WithMaxSize] says otherwise:
// 256 MiB, far above any real plan.
const DefaultMaxSize = 256 << 20

// MaxRatio is the largest compression ratio (uncompressed over compressed
// size) accepted for a part the converter reads, once that part is bigger
// than 1 MiB. Real WordprocessingML compresses about 5 to 20 times; a
// deflate bomb, about 1000 times.
const MaxRatio = 100

// ratioFloor is the uncompressed size below which MaxRatio is not
// enforced: small parts of repetitive XML may compress very well.
const ratioFloor = 1 << 20

// Errors returned by [Read], [Convert] and [Text], wrapped with details;
// test for them with [errors.Is].
var (
	// ErrNotDOCX reports input that is not a readable Word document: not
	// a zip archive, a damaged archive, no main document part, or parts
	// that are not well-formed XML.
	ErrNotDOCX = errors.New("docx: not a valid Word document")

	// ErrTooLarge reports an archive that would expand beyond the size
	// limit, or a part compressed so well that it must be a zip bomb.
	ErrTooLarge = errors.New("docx: archive too large")
)

// Option configures [Read], [Convert] and [Text]. Options are applied in
// order; a later one overrides an earlier one.
type Option func(*config)

type config struct {
	maxSize int64
}

// WithMaxSize sets the limit on the total uncompressed size of the
// archive, in bytes; n <= 0 restores [DefaultMaxSize].
func WithMaxSize(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxSize
		}
		c.maxSize = n
	}
}

// Result is a converted document. The zero value is an empty document;
// a Result shares no memory with the input.
type Result struct {
	// Text is the document as plain text: one paragraph per line, a
	// blank line between paragraphs, list labels written out, tables as
	// Markdown rows and footnote bodies at the end. See the package
	// documentation for the conventions.
	Text string

	// Paragraphs counts the non-empty paragraphs written outside tables
	// and footnotes.
	Paragraphs int

	// Numbered counts the paragraphs, inside tables or not, that got a
	// label from Word automatic numbering (bullets included).
	Numbered int

	// Tables counts the top-level tables.
	Tables int

	// Footnotes counts the footnote and endnote bodies appended to Text.
	Footnotes int
}

// Convert converts the DOCX file held in data, which it reads but neither
// modifies nor retains. It is [Read] on a [bytes.Reader].
func Convert(data []byte, opts ...Option) (*Result, error) {
	return Read(bytes.NewReader(data), int64(len(data)), opts...)
}

// Text returns the plain text of the DOCX file of size bytes read from r;
// it is [Read] without the counts.
func Text(r io.ReaderAt, size int64, opts ...Option) (string, error) {
	res, err := Read(r, size, opts...)
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

// Read converts the DOCX file of size bytes read from r to plain text.
//
// It reads the main document part, its numbering, styles, footnotes and
// endnotes; headers, footers, comments and everything else in the archive
// are left out. Read never reads more than the size limit (see
// [WithMaxSize]) of uncompressed data, and refuses with [ErrTooLarge] an
// archive whose declared total is larger or a part whose compression ratio
// exceeds [MaxRatio]. Any other defect of the input is reported with an
// error wrapping [ErrNotDOCX]. Read is safe for concurrent use as long as
// r is.
func Read(r io.ReaderAt, size int64, opts ...Option) (*Result, error) {
	cfg := config{maxSize: DefaultMaxSize}
	for _, o := range opts {
		o(&cfg)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotDOCX, err)
	}
	pkg := &pkg{files: make(map[string]*zip.File, len(zr.File)), limit: cfg.maxSize, budget: cfg.maxSize}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(cfg.maxSize) || total < f.UncompressedSize64 {
			return nil, fmt.Errorf("%w: more than %d bytes uncompressed", ErrTooLarge, cfg.maxSize)
		}
		name := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))
		if _, dup := pkg.files[name]; !dup {
			pkg.files[name] = f
		}
	}
	return pkg.convert()
}

// pkg is an open OPC package: the zip entries by lower-cased name, the
// size limit, and the number of uncompressed bytes that may still be read.
type pkg struct {
	files  map[string]*zip.File
	limit  int64
	budget int64
}

// Relationship types, matched by suffix so that transitional and strict
// OOXML both work.
const (
	relOfficeDocument = "/officeDocument"
	relNumbering      = "/numbering"
	relStyles         = "/styles"
	relFootnotes      = "/footnotes"
	relEndnotes       = "/endnotes"
)

func (p *pkg) convert() (*Result, error) {
	main := "word/document.xml"
	rootRels, err := p.rels("", "_rels/.rels")
	if err != nil {
		return nil, err
	}
	if t, ok := rootRels[relOfficeDocument]; ok && p.files[strings.ToLower(t)] != nil {
		main = t
	}
	if p.files[strings.ToLower(main)] == nil {
		return nil, fmt.Errorf("%w: no %s", ErrNotDOCX, main)
	}
	dir, file := path.Split(main)
	rels, err := p.rels(dir, dir+"_rels/"+file+".rels")
	if err != nil {
		return nil, err
	}
	part := func(rel, def string) string {
		if t, ok := rels[rel]; ok {
			return t
		}
		return dir + def
	}

	var st *styles
	if err := p.parse(part(relStyles, "styles.xml"), func(d *xml.Decoder) (err error) {
		st, err = parseStyles(d)
		return err
	}); err != nil {
		return nil, err
	}
	num := &numbering{}
	if err := p.parse(part(relNumbering, "numbering.xml"), func(d *xml.Decoder) (err error) {
		num, err = parseNumbering(d)
		return err
	}); err != nil {
		return nil, err
	}
	num.styles = st

	c := &converter{num: num, styles: st}
	found := false
	if err := p.parse(main, func(d *xml.Decoder) (err error) {
		found, err = c.document(d)
		return err
	}); err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("%w: %s: no document body", ErrNotDOCX, main)
	}
	if c.hasNotes(noteFoot) {
		if err := p.parse(part(relFootnotes, "footnotes.xml"), func(d *xml.Decoder) error {
			return c.notesPart(d, noteFoot)
		}); err != nil {
			return nil, err
		}
	}
	if c.hasNotes(noteEnd) {
		if err := p.parse(part(relEndnotes, "endnotes.xml"), func(d *xml.Decoder) error {
			return c.notesPart(d, noteEnd)
		}); err != nil {
			return nil, err
		}
	}
	return c.result(), nil
}

// parse runs fn on a decoder reading the part name. A missing part is not
// an error: fn is not called.
func (p *pkg) parse(name string, fn func(*xml.Decoder) error) error {
	f := p.files[strings.ToLower(name)]
	if f == nil {
		return nil
	}
	if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64/max(f.CompressedSize64, 1) > MaxRatio {
		return fmt.Errorf("%w: %s: compression ratio over %d", ErrTooLarge, name, MaxRatio)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNotDOCX, name, err)
	}
	defer rc.Close()
	d := xml.NewDecoder(&budgetReader{r: rc, n: &p.budget})
	if err := fn(d); err != nil {
		if errors.Is(err, ErrTooLarge) {
			return fmt.Errorf("%w: %s: more than %d bytes uncompressed", ErrTooLarge, name, p.limit)
		}
		return fmt.Errorf("%w: %s: %v", ErrNotDOCX, name, err)
	}
	return nil
}

// rels reads the relationship part name of a part in directory dir and
// returns the target of the first internal relationship of each type,
// keyed by the last segment of the type ("/styles"), as a package path.
func (p *pkg) rels(dir, name string) (map[string]string, error) {
	out := make(map[string]string)
	err := p.parse(name, func(d *xml.Decoder) error {
		return elements(d, func(se xml.StartElement) error {
			if se.Name.Local != "Relationship" {
				return nil
			}
			if mode, _ := attr(se, "TargetMode"); strings.EqualFold(mode, "External") {
				return nil
			}
			typ, _ := attr(se, "Type")
			target, _ := attr(se, "Target")
			i := strings.LastIndexByte(typ, '/')
			if i < 0 || target == "" {
				return nil
			}
			var full string
			if strings.HasPrefix(target, "/") {
				full = path.Clean(target)[1:]
			} else {
				full = path.Clean("/" + dir + target)[1:]
			}
			if _, dup := out[typ[i:]]; !dup {
				out[typ[i:]] = full
			}
			return nil
		})
	})
	return out, err
}

// budgetReader reads from r while *n, the bytes left in the archive's
// budget, allows, and fails with ErrTooLarge past it.
type budgetReader struct {
	r io.Reader
	n *int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if *b.n <= 0 {
		// Tell a part that ends exactly at the limit from one
		// that goes past it.
		var one [1]byte
		if k, err := b.r.Read(one[:]); k == 0 {
			return 0, err
		}
		return 0, ErrTooLarge
	}
	if int64(len(p)) > *b.n {
		p = p[:*b.n]
	}
	k, err := b.r.Read(p)
	*b.n -= int64(k)
	return k, err
}
