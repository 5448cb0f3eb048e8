package pdftext

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// Limits on the work done for one page.
const (
	maxContentBytes = 64 << 20 // decoded content streams of one page, forms included
	maxPageGlyphs   = 400000
	maxFormDepth    = 8
	maxForms        = 2000
	maxStack        = 1 << 16
	maxGStack       = 256
)

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// glyph is one shown character in page space, y pointing up.
type glyph struct {
	x, y float64 // origin on the baseline
	adv  float64 // advance along the baseline
	size float64 // font size in page space
	text string
	run  int32 // glyphs of one show operator share a run
	mark bool  // text starts with a combining mark (Unicode Mn)
}

type gstate struct {
	ctm                     matrix
	tc, tw, th, tl, tfs, ts float64
	font                    *font
}

// operand is a content stream operand. Strings point into the arena of the
// interpreter; an array's elements are elems[lo:hi].
type operand struct {
	kind   tokKind
	num    float64
	str    []byte
	lo, hi int
}

// interp runs the content streams of one page and collects its glyphs.
type interp struct {
	fonts  map[string]*font // shared by all pages: dictionary text → font
	glyphs []glyph
	run    int32
	images int
	bytes  int64
	forms  int
	box    [4]float64 // page box in page space: llx, lly, urx, ury
	full   bool       // glyph limit reached
	undec  int        // glyphs whose code has no text
	act    actualSpan // the /ActualText span being read, if any
}

// fontFor returns the font named name in the resources res.
func (in *interp) fontFor(res pdf.Value, name string, local map[string]*font) *font {
	if f, ok := local[name]; ok {
		return f
	}
	v := res.Key("Font").Key(name)
	var f *font
	if v.Kind() == pdf.Dict {
		key := v.String()
		if f = in.fonts[key]; f == nil {
			f = loadFont(v)
			in.fonts[key] = f
		}
	}
	local[name] = f
	return f
}

func num(ops []operand, i int) float64 {
	if i < len(ops) && ops[i].kind == tokNumber {
		return ops[i].num
	}
	return 0
}

// execute interprets one content stream (a page or a form) with the
// resources res and the initial matrix ctm. rot maps user space to page
// space.
func (in *interp) execute(data []byte, res pdf.Value, ctm, rot matrix, depth int) {
	in.bytes += int64(len(data))
	g := gstate{ctm: ctm, th: 1}
	var gstack []gstate
	var tm, tlm matrix
	local := map[string]*font{}
	var ops, elems []operand
	arena := make([]byte, 0, 256)
	inArray := false
	dictDepth := 0
	// The /ActualText of an inline property list, the operand of BDC.
	var actual []byte
	hasActual, actualKey := false, false
	marked := 0 // depth of marked-content sequences (BMC, BDC) in this stream
	defer func() {
		// A span left open at the end of its stream ends there.
		if in.act.open && in.act.owner == depth {
			in.closeActual()
		}
	}()
	l := lexer{data: data}

	show := func(s []byte) {
		f := g.font
		if f == nil || in.full {
			return
		}
		in.run++
		m := tm.mul(g.ctm).mul(rot)
		xs := math.Hypot(m[0], m[1]) // length of a text space unit along the baseline
		ys := math.Hypot(m[2], m[3])
		size := g.tfs * ys
		horizontal := m[0] > 0 && math.Abs(m[1]) < 0.2*m[0]
		ox, oy := m.apply(0, g.ts)
		dx, dy := 0.0, 0.0
		if xs > 0 {
			dx, dy = m[0]/xs, m[1]/xs
		}
		total := 0.0
		for len(s) > 0 {
			code, n := f.next(s)
			s = s[n:]
			adv := f.width(code, n)*g.tfs + g.tc
			if n == 1 && code == 32 {
				adv += g.tw
			}
			adv *= g.th
			if horizontal {
				t := f.text(code, n)
				x, y := ox+total*xs*dx, oy+total*xs*dy
				inBox := x >= in.box[0]-20 && x <= in.box[2]+20 && y >= in.box[1]-20 && y <= in.box[3]+20
				switch {
				case in.act.open:
					// The span's text replaces its glyphs: only
					// where they are matters.
					if inBox {
						in.act.add(x, y, adv*xs, size, t != "")
					}
				case t == "":
					in.undec++
				case inBox:
					in.glyphs = append(in.glyphs, glyph{x: x, y: y, adv: adv * xs, size: size, text: t, run: in.run, mark: isMark(t)})
				}
			}
			total += adv
		}
		tm = matrix{1, 0, 0, 1, total, 0}.mul(tm)
		if len(in.glyphs) >= maxPageGlyphs {
			in.full = true
		}
	}
	nextLine := func(tx, ty float64) {
		tlm = matrix{1, 0, 0, 1, tx, ty}.mul(tlm)
		tm = tlm
	}

	for !in.full {
		t := l.next()
		switch t.kind {
		case tokEOF:
			return
		case tokDictOpen:
			dictDepth++
			continue
		case tokDictClose:
			if dictDepth > 0 {
				dictDepth--
				if dictDepth == 0 {
					ops = append(ops, operand{kind: tokDictOpen})
				}
			}
			continue
		}
		if dictDepth > 0 {
			if dictDepth == 1 {
				// Keys and values alternate; keep the value of
				// /ActualText.
				switch {
				case actualKey && t.kind == tokString:
					start := len(arena)
					arena = append(arena, t.str...)
					actual = arena[start:len(arena):len(arena)]
					hasActual = true
					actualKey = false
				case t.kind == tokName:
					actualKey = string(t.str) == "ActualText"
				default:
					actualKey = false
				}
			}
			continue
		}
		switch t.kind {
		case tokArrayOpen:
			inArray = true
			elems = elems[:0]
			continue
		case tokArrayClose:
			if inArray {
				inArray = false
				ops = append(ops, operand{kind: tokArrayOpen, lo: 0, hi: len(elems)})
			}
			continue
		case tokNumber, tokString, tokName:
			o := operand{kind: t.kind, num: t.num}
			if t.kind != tokNumber {
				start := len(arena)
				arena = append(arena, t.str...)
				o.str = arena[start:len(arena):len(arena)]
			}
			if inArray {
				if len(elems) < maxStack {
					elems = append(elems, o)
				}
			} else if len(ops) < maxStack {
				ops = append(ops, o)
			}
			continue
		}
		// An operator.
		op := t.str
		switch string(op) {
		case "q":
			if len(gstack) < maxGStack {
				gstack = append(gstack, g)
			}
		case "Q":
			if n := len(gstack); n > 0 {
				g = gstack[n-1]
				gstack = gstack[:n-1]
			}
		case "cm":
			if len(ops) == 6 {
				var m matrix
				for i := range m {
					m[i] = num(ops, i)
				}
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			g.tc = num(ops, 0)
		case "Tw":
			g.tw = num(ops, 0)
		case "Tz":
			g.th = num(ops, 0) / 100
		case "TL":
			g.tl = num(ops, 0)
		case "Ts":
			g.ts = num(ops, 0)
		case "Tf":
			if len(ops) == 2 && ops[0].kind == tokName {
				g.font = in.fontFor(res, string(ops[0].str), local)
				g.tfs = num(ops, 1)
			}
		case "Td":
			nextLine(num(ops, 0), num(ops, 1))
		case "TD":
			g.tl = -num(ops, 1)
			nextLine(num(ops, 0), num(ops, 1))
		case "Tm":
			if len(ops) == 6 {
				for i := range tlm {
					tlm[i] = num(ops, i)
				}
				tm = tlm
			}
		case "T*":
			nextLine(0, -g.tl)
		case "Tj":
			if len(ops) == 1 && ops[0].kind == tokString {
				show(ops[0].str)
			}
		case "'":
			nextLine(0, -g.tl)
			if len(ops) == 1 && ops[0].kind == tokString {
				show(ops[0].str)
			}
		case "\"":
			if len(ops) == 3 && ops[2].kind == tokString {
				g.tw, g.tc = num(ops, 0), num(ops, 1)
				nextLine(0, -g.tl)
				show(ops[2].str)
			}
		case "TJ":
			if len(ops) == 1 && ops[0].kind == tokArrayOpen {
				for _, e := range elems[ops[0].lo:ops[0].hi] {
					switch e.kind {
					case tokString:
						show(e.str)
					case tokNumber:
						tx := -e.num / 1000 * g.tfs * g.th
						tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
					}
				}
			}
		case "Do":
			if len(ops) == 1 && ops[0].kind == tokName {
				in.doXObject(res, string(ops[0].str), g.ctm, rot, depth)
			}
		case "BMC":
			marked++
		case "BDC":
			if !in.act.open && len(ops) == 2 {
				if text, ok := actualText(ops[1], hasActual, actual, res); ok {
					in.act = actualSpan{open: true, text: text, owner: depth, level: marked}
				}
			}
			marked++
		case "EMC":
			if marked > 0 {
				marked--
				if in.act.open && in.act.owner == depth && in.act.level == marked {
					in.closeActual()
				}
			}
		case "BI":
			// Inline image: skip its dictionary and data.
			for {
				t := l.next()
				if t.kind == tokEOF {
					return
				}
				if t.kind == tokOp && string(t.str) == "ID" {
					l.skipInlineImage()
					break
				}
			}
			in.images++
		}
		ops = ops[:0]
		arena = arena[:0]
		hasActual, actualKey = false, false
	}
}

// doXObject runs a form XObject, or counts an image.
func (in *interp) doXObject(res pdf.Value, name string, ctm, rot matrix, depth int) {
	x := res.Key("XObject").Key(name)
	if x.Kind() != pdf.Stream {
		return
	}
	switch x.Key("Subtype").Name() {
	case "Image":
		in.images++
	case "Form":
		if depth >= maxFormDepth || in.forms >= maxForms || in.bytes >= maxContentBytes {
			return
		}
		in.forms++
		m := identity
		if mv := x.Key("Matrix"); mv.Len() == 6 {
			for i := range m {
				m[i] = mv.Index(i).Float64()
			}
		}
		fres := x.Key("Resources")
		if fres.Kind() != pdf.Dict {
			fres = res
		}
		data := readStream(x, maxContentBytes-in.bytes)
		in.execute(data, fres, m.mul(ctm), rot, depth+1)
	}
}
