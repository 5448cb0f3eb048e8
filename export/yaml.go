package export

import (
	"bytes"
	"errors"
	"io"

	"github.com/vnplan/vnplan/model"
)

// YAML writes doc to w as block-style YAML, indented by two spaces, that
// carries exactly the data of the JSON that [JSON] writes: the same keys
// in the same order and the same values, so a YAML reader decodes it to
// what a JSON reader decodes the JSON to. A nil doc is written as null.
//
// Strings are written plain when no YAML 1.1 or 1.2 reader can take them
// for anything but that string, and double-quoted otherwise: strings that
// look like numbers, booleans, nulls or dates ("2024-02-18", "yes",
// "1:20"), that start with an indicator character, that hold ": " or
// " #", line breaks or characters YAML cannot carry raw. Numbers in
// exponent form get a decimal point ("1.0e+21") so that YAML 1.1 readers
// read them as numbers too.
//
// YAML does not use a YAML library: it converts the compact JSON of doc,
// in time and memory linear in its size. It returns the errors [JSON]
// returns, and otherwise the first error from w, in which case w may have
// received part of the output. It does not modify doc.
func YAML(w io.Writer, doc *model.Document) error {
	var buf bytes.Buffer
	if err := JSON(&buf, doc, JSONOptions{}); err != nil {
		return err
	}
	y := yamlWriter{src: buf.Bytes(), w: w, out: make([]byte, 0, flushSize+flushSize/4)}
	y.value(0, false)
	if y.err == nil && y.pos != len(bytes.TrimRight(y.src, "\n")) {
		y.err = errYAMLSyntax
	}
	y.flush()
	return y.err
}

// errYAMLSyntax reports JSON that [JSON] cannot have written.
var errYAMLSyntax = errors.New("export: yaml: unexpected JSON")

// yamlWriter converts compact JSON, as [JSON] writes it, to YAML.
type yamlWriter struct {
	src []byte
	pos int
	out []byte
	w   io.Writer
	err error
}

func (y *yamlWriter) flush() {
	if y.err == nil && len(y.out) > 0 {
		_, y.err = y.w.Write(y.out)
	}
	y.out = y.out[:0]
}

func (y *yamlWriter) indent(n int) {
	if len(y.out) >= flushSize {
		y.flush()
	}
	for n > len(newlineSpaces)-1 {
		y.out = append(y.out, newlineSpaces[1:]...)
		n -= len(newlineSpaces) - 1
	}
	y.out = append(y.out, newlineSpaces[1:1+n]...)
}

// peek returns the byte at y.pos, or 0 at the end.
func (y *yamlWriter) peek() byte {
	if y.pos < len(y.src) {
		return y.src[y.pos]
	}
	return 0
}

// value writes the JSON value at y.pos and the line break that ends it.
// afterKey reports whether the line so far is "key:"; otherwise the
// cursor is where the value starts (after "- ", or at the start of the
// document). indent is the column of the lines that continue a mapping
// or sequence.
func (y *yamlWriter) value(indent int, afterKey bool) {
	if y.err != nil {
		return
	}
	switch c := y.peek(); c {
	case '{', '[':
		y.pos++
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		if y.peek() == end {
			y.pos++
			if afterKey {
				y.out = append(y.out, ' ')
			}
			y.out = append(y.out, c, end, '\n')
			return
		}
		if afterKey {
			y.out = append(y.out, '\n')
			y.indent(indent)
		}
		for first := true; ; first = false {
			if !first {
				y.indent(indent)
			}
			if c == '{' {
				start := y.pos
				y.skipString()
				if y.err != nil || y.peek() != ':' {
					y.err = errYAMLSyntax
					return
				}
				y.scalarString(y.src[start:y.pos])
				y.out = append(y.out, ':')
				y.pos++
				y.value(indent+2, true)
			} else {
				y.out = append(y.out, '-', ' ')
				y.value(indent+2, false)
			}
			if y.err != nil {
				return
			}
			switch y.peek() {
			case ',':
				y.pos++
				continue
			case end:
				y.pos++
				return
			}
			y.err = errYAMLSyntax
			return
		}
	case '"':
		start := y.pos
		y.skipString()
		if y.err != nil {
			return
		}
		if afterKey {
			y.out = append(y.out, ' ')
		}
		y.scalarString(y.src[start:y.pos])
		y.out = append(y.out, '\n')
	default:
		start := y.pos
		for y.pos < len(y.src) {
			b := y.src[y.pos]
			if (b < '0' || b > '9') && (b < 'a' || b > 'z') && (b < 'A' || b > 'Z') && b != '+' && b != '-' && b != '.' {
				break
			}
			y.pos++
		}
		lit := y.src[start:y.pos]
		if len(lit) == 0 {
			y.err = errYAMLSyntax
			return
		}
		if afterKey {
			y.out = append(y.out, ' ')
		}
		y.scalarLiteral(lit)
		y.out = append(y.out, '\n')
	}
}

// skipString moves y.pos past the JSON string that starts there.
func (y *yamlWriter) skipString() {
	if y.peek() != '"' {
		y.err = errYAMLSyntax
		return
	}
	i := y.pos + 1
	for i < len(y.src) {
		switch y.src[i] {
		case '\\':
			i += 2
			continue
		case '"':
			y.pos = i + 1
			return
		}
		i++
	}
	y.err = errYAMLSyntax
}

// scalarLiteral writes a JSON number, true, false or null.
func (y *yamlWriter) scalarLiteral(lit []byte) {
	// YAML 1.1 reads an exponent without a decimal point as a string.
	isNumber := lit[0] == '-' || lit[0] >= '0' && lit[0] <= '9'
	if e := bytes.IndexAny(lit, "eE"); isNumber && e >= 0 && bytes.IndexByte(lit[:e], '.') < 0 {
		y.out = append(y.out, lit[:e]...)
		y.out = append(y.out, ".0"...)
		y.out = append(y.out, lit[e:]...)
		return
	}
	y.out = append(y.out, lit...)
}

// scalarString writes the JSON string literal lit (quotes included)
// plain when that is safe, and double-quoted otherwise. A JSON string
// literal is a YAML double-quoted scalar once the characters YAML does not
// allow raw are escaped.
func (y *yamlWriter) scalarString(lit []byte) {
	raw := lit[1 : len(lit)-1]
	if bytes.IndexByte(raw, '\\') < 0 && plainSafe(raw) {
		y.out = append(y.out, raw...)
		return
	}
	start := 0
	for i := 0; i < len(lit); i++ {
		var esc string
		switch c := lit[i]; {
		case c == 0x7f:
			esc = `\x7f`
		case c == 0xC2 && i+1 < len(lit) && lit[i+1] >= 0x80 && lit[i+1] <= 0x9F:
			// C1 control characters, NEL among them.
			y.out = append(y.out, lit[start:i]...)
			y.out = append(y.out, '\\', 'x', hex[lit[i+1]>>4], hex[lit[i+1]&0xF])
			i++
			start = i + 1
			continue
		case c == 0xEF && i+2 < len(lit) && lit[i+1] == 0xBB && lit[i+2] == 0xBF:
			esc = `\ufeff`
		case c == 0xEF && i+2 < len(lit) && lit[i+1] == 0xBF && (lit[i+2] == 0xBE || lit[i+2] == 0xBF):
			esc = `\ufffe`
			if lit[i+2] == 0xBF {
				esc = `\uffff`
			}
		default:
			continue
		}
		y.out = append(y.out, lit[start:i]...)
		y.out = append(y.out, esc...)
		if c := lit[i]; c == 0xEF {
			i += 2
		}
		start = i + 1
	}
	y.out = append(y.out, lit[start:]...)
}

// plainSafe reports whether s, a valid UTF-8 string without control
// characters, may be written as a plain scalar that every YAML 1.1 and
// 1.2 reader reads back as the string s.
func plainSafe(s []byte) bool {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' || s[len(s)-1] == ':' {
		return false
	}
	switch s[0] {
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"',
		'%', '@', '`', '=', '.', '+', '~', '<':
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ':', '#':
			// ": " starts a mapping value and " #" a comment.
			if (c == ':' && i+1 < len(s) && s[i+1] == ' ') || (c == '#' && s[i-1] == ' ') {
				return false
			}
		case 0x7f, 0xC2, 0xEF:
			// DEL, C1 controls, U+FEFF, U+FFFE and U+FFFF are written
			// escaped; 0xC2 and 0xEF also lead other characters, which
			// a rare quoted string costs nothing to keep.
			if c == 0x7f || (c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0) ||
				(c == 0xEF && i+1 < len(s) && (s[i+1] == 0xBB || s[i+1] == 0xBF)) {
				return false
			}
		}
	}
	if s[0] >= '0' && s[0] <= '9' && numberLike(s) {
		return false
	}
	if len(s) <= 5 {
		var low [5]byte
		for i, c := range s {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[i] = c
		}
		switch string(low[:len(s)]) {
		case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
			return false
		}
	}
	return true
}

// numberLike reports whether s consists only of characters that YAML
// numbers, dates and times are made of, so that some reader may resolve
// it to a number, date or time: digits, signs, points, colons,
// underscores, spaces, the letters of hexadecimal, octal, binary and
// exponent notation, and the T and Z of timestamps.
func numberLike(s []byte) bool {
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
		case c == '+', c == '-', c == '.', c == ':', c == '_', c == ' ',
			c == 'x', c == 'X', c == 'o', c == 'O', c == 't', c == 'T', c == 'z', c == 'Z':
		default:
			return false
		}
	}
	return true
}
