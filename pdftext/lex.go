package pdftext

import (
	"strconv"
)

// tokKind is the kind of a token of a content stream or a CMap.
type tokKind uint8

const (
	tokEOF tokKind = iota
	tokNumber
	tokString // literal or hexadecimal string; bytes in tok.str
	tokName   // without the slash
	tokArrayOpen
	tokArrayClose
	tokDictOpen
	tokDictClose
	tokOp // operator or other keyword
)

// token is one lexical token. str aliases the lexer's input or its scratch
// buffer and is valid only until the next call of next.
type token struct {
	kind tokKind
	num  float64
	str  []byte
}

// lexer splits a content stream or a CMap into tokens. It never fails:
// bytes it does not understand are skipped.
type lexer struct {
	data    []byte
	pos     int
	scratch []byte
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isRegular(c byte) bool { return !isSpace(c) && !isDelim(c) }

// next returns the next token.
func (l *lexer) next() token {
	for {
		if t, ok := l.token(); ok {
			return t
		}
	}
}

// token reads one token; ok is false when it only skipped a stray byte.
func (l *lexer) token() (t token, ok bool) {
	d := l.data
	for l.pos < len(d) {
		c := d[l.pos]
		switch {
		case isSpace(c):
			l.pos++
			continue
		case c == '%':
			for l.pos < len(d) && d[l.pos] != '\n' && d[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		break
	}
	if l.pos >= len(d) {
		return token{kind: tokEOF}, true
	}
	c := d[l.pos]
	switch c {
	case '[':
		l.pos++
		return token{kind: tokArrayOpen}, true
	case ']':
		l.pos++
		return token{kind: tokArrayClose}, true
	case '{', '}':
		// PostScript procedures (in CMaps): skip the brace.
		l.pos++
		return token{}, false
	case '(':
		return l.literal(), true
	case ')':
		l.pos++
		return token{}, false
	case '<':
		if l.pos+1 < len(d) && d[l.pos+1] == '<' {
			l.pos += 2
			return token{kind: tokDictOpen}, true
		}
		return l.hex(), true
	case '>':
		if l.pos+1 < len(d) && d[l.pos+1] == '>' {
			l.pos += 2
			return token{kind: tokDictClose}, true
		}
		l.pos++
		return token{}, false
	case '/':
		l.pos++
		start := l.pos
		for l.pos < len(d) && isRegular(d[l.pos]) {
			l.pos++
		}
		return token{kind: tokName, str: d[start:l.pos]}, true
	}
	start := l.pos
	for l.pos < len(d) && isRegular(d[l.pos]) {
		l.pos++
	}
	word := d[start:l.pos]
	if n, ok := parseNumber(word); ok {
		return token{kind: tokNumber, num: n}, true
	}
	return token{kind: tokOp, str: word}, true
}

// parseNumber parses a PDF integer or real such as 12, -3.5, .5 or 4.
func parseNumber(b []byte) (float64, bool) {
	if len(b) == 0 || !(b[0] >= '0' && b[0] <= '9' || b[0] == '-' || b[0] == '+' || b[0] == '.') {
		return 0, false
	}
	i := 0
	neg := false
	if b[0] == '+' || b[0] == '-' {
		neg = b[0] == '-'
		i++
	}
	if i == len(b) {
		return 0, false
	}
	var v float64
	digits := 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		v = v*10 + float64(b[i]-'0')
		digits++
	}
	if i < len(b) && b[i] == '.' {
		i++
		scale := 0.1
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			v += float64(b[i]-'0') * scale
			scale /= 10
			digits++
		}
	}
	if i != len(b) || digits == 0 {
		// Rare forms such as 1e5 are not PDF, but accept what Go parses.
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return 0, false
		}
		return f, true
	}
	if neg {
		v = -v
	}
	return v, true
}

func (l *lexer) literal() token {
	d := l.data
	l.pos++ // (
	start := l.pos
	// Fast path: no escapes and balanced parentheses.
	depth := 0
	for i := l.pos; i < len(d); i++ {
		switch d[i] {
		case '\\':
			goto slow
		case '(':
			depth++
		case ')':
			if depth == 0 {
				l.pos = i + 1
				return token{kind: tokString, str: d[start:i]}
			}
			depth--
		}
	}
	l.pos = len(d)
	return token{kind: tokString, str: d[start:]}
slow:
	buf := l.scratch[:0]
	depth = 0
	for l.pos < len(d) {
		c := d[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				l.scratch = buf
				return token{kind: tokString, str: buf}
			}
			depth--
		case '\\':
			if l.pos >= len(d) {
				break
			}
			c = d[l.pos]
			l.pos++
			switch c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(d) && d[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if c >= '0' && c <= '7' {
					v := int(c - '0')
					for k := 0; k < 2 && l.pos < len(d) && d[l.pos] >= '0' && d[l.pos] <= '7'; k++ {
						v = v*8 + int(d[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				}
			}
		}
		buf = append(buf, c)
	}
	l.scratch = buf
	return token{kind: tokString, str: buf}
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (l *lexer) hex() token {
	d := l.data
	l.pos++ // <
	buf := l.scratch[:0]
	var hi byte
	half := false
	for l.pos < len(d) {
		c := d[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			buf = append(buf, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		buf = append(buf, hi<<4)
	}
	l.scratch = buf
	return token{kind: tokString, str: buf}
}

// skipInlineImage skips the data of an inline image, after the ID operator,
// up to and including EI.
func (l *lexer) skipInlineImage() {
	d := l.data
	if l.pos < len(d) && isSpace(d[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(d); i++ {
		if d[i] == 'E' && d[i+1] == 'I' && (i == 0 || isSpace(d[i-1])) && (i+2 == len(d) || isSpace(d[i+2]) || isDelim(d[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(d)
}
