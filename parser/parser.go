package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/vnplan/vnplan/model"
)

// Option configures [Parse].
type Option func(*config)

type config struct {
	filename string
	maxDepth int
	format   string
	srcBytes int
	srcHash  string
	// extraction holds the warnings of the front end that made the
	// text (see WithExtractionWarnings).
	extraction []string
}

// DefaultMaxDepth is the deepest nesting of sections [Parse] builds
// unless [WithMaxDepth] says otherwise.
const DefaultMaxDepth = 32

// WithFilename sets the name reported in [model.Source] and in errors.
func WithFilename(name string) Option { return func(c *config) { c.filename = name } }

// WithMaxDepth bounds the nesting of sections; deeper sections are placed
// at the deepest level with a "depth-limit" diagnostic. Values below 1
// are ignored.
func WithMaxDepth(n int) Option {
	return func(c *config) {
		if n >= 1 {
			c.maxDepth = n
		}
	}
}

// WithFormat sets [model.Source.Format] for text produced by a front end
// ("docx", "pdf"); the default is "text", or "markdown" when the input
// uses Markdown syntax.
func WithFormat(format string) Option { return func(c *config) { c.format = format } }

// WithOriginal sets the size and SHA-256 digest reported in
// [model.Source] when src is text extracted from another file, such as a
// DOCX or PDF, so that the output describes the file the user gave.
func WithOriginal(size int, sha256Hex string) Option {
	return func(c *config) { c.srcBytes, c.srcHash = size, sha256Hex }
}

// WithExtractionWarnings adds to the document's diagnostics, as
// warnings with the code "extraction-doubtful", what a front end said of
// the text it extracted: "312 of 60499 glyphs have no text in their
// font; letters may be missing". They have no position in the text.
func WithExtractionWarnings(msgs []string) Option {
	return func(c *config) { c.extraction = msgs }
}

// Error is the error [Parse] returns when no tree can be built.
type Error struct {
	Filename string    // the name given with WithFilename, or ""
	Pos      model.Pos // where the problem is; zero when it is the whole input
	Msg      string    // what is wrong
	Err      error     // the cause, such as ErrBinary, or nil
}

// Error returns "name:line:col: msg", leaving out what is not known.
func (e *Error) Error() string {
	s := e.Msg
	if e.Pos.Line > 0 {
		s = fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, s)
	}
	if e.Filename != "" {
		s = e.Filename + ": " + s
		if e.Pos.Line > 0 {
			s = fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
		}
	}
	return s
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Parse parses the bytes of a plan document and returns its tree.
//
// The input may be UTF-8 (with or without a byte-order mark), UTF-16 with
// a byte-order mark, Windows-1258, or, when a legacy decoder is
// registered, TCVN3 or VNI; it is normalised to NFC. Parse returns an
// [*Error] only when no tree can be built (binary or empty input);
// everything else it could not read is reported in
// [model.Document.Diagnostics] next to a best-effort tree. Parse never
// panics, and is safe to call from several goroutines at once.
func Parse(src []byte, opts ...Option) (doc *model.Document, err error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		o(&cfg)
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &Error{Filename: cfg.filename, Msg: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	d, err := decode(src)
	if err != nil {
		return nil, &Error{Filename: cfg.filename, Msg: err.Error(), Err: err}
	}
	text, recomposed := normalize(d)
	text = dropSoftHyphens(text)
	if isBlank(text) {
		return nil, &Error{Filename: cfg.filename, Msg: ErrEmpty.Error(), Err: ErrEmpty}
	}
	cols := text // the text whose characters columns count
	text, copied := replaceNBSP(text)
	text, copied = hideLinks(text, copied)
	text, _, mended, firstMend := fixOCRDigits(text, copied)
	p := newParser(text, cfg)
	p.colText = cols
	if mended > 0 {
		p.diag(model.SeverityInfo, "ocr-digits-fixed", fmt.Sprintf("%d characters that OCR misread were read as digits or letters (an \"l\" or \"O\" in a number as \"1\" or \"0\", a \"0\" between capitals as \"O\"); the first is here", mended), firstMend, firstMend+1)
	}
	p.doc.Source = p.source(src, d, recomposed)
	if d.nuls > 0 {
		p.diag(model.SeverityWarning, "nul-replaced", fmt.Sprintf("%d NUL bytes, which text does not hold, were read as spaces; the first is here", d.nuls), d.firstNUL, d.firstNUL)
	}
	if d.invalid > 0 {
		// At the first replacement character, where the user can look.
		at := max(bytes.Index(p.text, []byte("\uFFFD")), 0)
		code, what := "invalid-utf8", "invalid UTF-8 sequences"
		if d.encoding == encUTF16LE || d.encoding == encUTF16BE {
			code, what = "invalid-utf16", "invalid UTF-16 code units"
		}
		p.diag(model.SeverityWarning, code, fmt.Sprintf("%d %s were replaced by U+FFFD; the first is here", d.invalid, what), at, at+len("\uFFFD"))
	}
	for _, w := range cfg.extraction {
		p.diag(model.SeverityWarning, "extraction-doubtful", w, 0, 0)
	}
	if d.confidence > 0 {
		p.diag(model.SeverityInfo, "encoding-guessed", fmt.Sprintf("the input was read as %s (confidence %.2f)", d.encoding, d.confidence), 0, 0)
	}
	p.run()
	return p.doc, nil
}

// source describes the input.
func (p *parser) source(src []byte, d decoded, recomposed bool) model.Source {
	s := model.Source{Name: p.cfg.filename, Bytes: len(src), Encoding: d.encoding, Format: p.cfg.format, EncodingConfidence: d.confidence}
	if p.cfg.srcBytes > 0 || p.cfg.srcHash != "" {
		s.Bytes, s.SHA256 = p.cfg.srcBytes, p.cfg.srcHash
	} else if len(src) >= parallelMin {
		// The checksum of a large input is taken on another core while
		// the parse goes on; finish waits for it.
		p.checksum = make(chan string, 1)
		go func() {
			sum := sha256.Sum256(src)
			p.checksum <- hex.EncodeToString(sum[:])
		}()
	} else {
		sum := sha256.Sum256(src)
		s.SHA256 = hex.EncodeToString(sum[:])
	}
	if recomposed {
		s.Normalization = "nfc"
	}
	return s
}

func isBlank(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// IsBinary reports whether err says the input was not text.
func IsBinary(err error) bool { return errors.Is(err, ErrBinary) }
