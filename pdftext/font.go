package pdftext

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// Limits on the size of font data, so that a hostile file cannot make the
// extractor allocate without bound.
const (
	maxCMapBytes   = 8 << 20
	maxCMapEntries = 1 << 20
	maxWidths      = 1 << 20
)

// byteRange is one codespace range: a code of len(lo) bytes is in the range
// when each of its bytes lies between the bytes of lo and hi.
type byteRange struct{ lo, hi []byte }

// bfRange maps the codes lo..hi of n bytes to Unicode: the UTF-16 units of
// dst with the last unit increased by code-lo, or the strings of arr.
type bfRange struct {
	lo, hi uint32
	n      uint8
	dst    []uint16
	arr    []string
}

// cidRange maps the codes lo..hi of n bytes to CIDs from cid on.
type cidRange struct {
	lo, hi, cid uint32
	n           uint8
}

// cmap holds what this package uses of a CMap: codespace ranges, and either
// Unicode mappings (a ToUnicode CMap) or CID mappings (an encoding CMap).
type cmap struct {
	space    []byteRange
	chars    map[uint64]string // n<<32 | code → text
	ranges   []bfRange
	cidChars map[uint64]uint32
	cidRange []cidRange
}

func codeKey(code uint32, n int) uint64 { return uint64(n)<<32 | uint64(code) }

// lookup returns the text of a code of n bytes.
func (m *cmap) lookup(code uint32, n int) (string, bool) {
	if s, ok := m.chars[codeKey(code, n)]; ok {
		return s, true
	}
	for i := range m.ranges {
		r := &m.ranges[i]
		if int(r.n) != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.arr != nil {
			if int(off) < len(r.arr) {
				return r.arr[off], true
			}
			return "", false
		}
		if len(r.dst) == 0 {
			return "", false
		}
		u := make([]uint16, len(r.dst))
		copy(u, r.dst)
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u)), true
	}
	return "", false
}

// cid returns the CID of a code of n bytes under an encoding CMap.
func (m *cmap) cid(code uint32, n int) uint32 {
	if c, ok := m.cidChars[codeKey(code, n)]; ok {
		return c
	}
	for _, r := range m.cidRange {
		if int(r.n) == n && code >= r.lo && code <= r.hi {
			return r.cid + code - r.lo
		}
	}
	return 0
}

func beCode(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

func utf16Units(b []byte) []uint16 {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 {
		u = append(u, uint16(b[len(b)-1]))
	}
	return u
}

func decodeUTF16(b []byte) string { return string(utf16.Decode(utf16Units(b))) }

// cmapOperand is a token kept on the operand stack of the CMap reader.
type cmapOperand struct {
	kind tokKind
	num  float64
	str  []byte
	arr  [][]byte
}

// parseCMap reads the parts of a CMap program that matter here. It never
// fails; a damaged CMap gives fewer mappings.
func parseCMap(data []byte) *cmap {
	m := &cmap{chars: map[uint64]string{}}
	l := lexer{data: data}
	var stk []cmapOperand
	var arr [][]byte
	inArr := false
	entries := 0
	for entries < maxCMapEntries {
		t := l.next()
		switch t.kind {
		case tokEOF:
			return m
		case tokArrayOpen:
			inArr, arr = true, nil
			continue
		case tokArrayClose:
			if inArr {
				stk = append(stk, cmapOperand{kind: tokArrayOpen, arr: arr})
				inArr = false
			}
			continue
		case tokString:
			s := append([]byte(nil), t.str...)
			if inArr {
				arr = append(arr, s)
				continue
			}
			stk = append(stk, cmapOperand{kind: tokString, str: s})
		case tokNumber:
			stk = append(stk, cmapOperand{kind: tokNumber, num: t.num})
		case tokName:
			stk = append(stk, cmapOperand{kind: tokName, str: append([]byte(nil), t.str...)})
		case tokOp:
			switch string(t.str) {
			case "endcodespacerange":
				for i := 0; i+1 < len(stk); i += 2 {
					lo, hi := stk[i], stk[i+1]
					if lo.kind == tokString && hi.kind == tokString && len(lo.str) == len(hi.str) && len(lo.str) >= 1 && len(lo.str) <= 4 {
						m.space = append(m.space, byteRange{lo.str, hi.str})
					}
				}
			case "endbfchar":
				for i := 0; i+1 < len(stk); i += 2 {
					src, dst := stk[i], stk[i+1]
					if src.kind != tokString || len(src.str) == 0 || len(src.str) > 4 {
						continue
					}
					var s string
					switch dst.kind {
					case tokString:
						s = decodeUTF16(dst.str)
					case tokName:
						s = glyphNameText(string(dst.str))
					default:
						continue
					}
					m.chars[codeKey(beCode(src.str), len(src.str))] = s
					entries++
				}
			case "endbfrange":
				for i := 0; i+2 < len(stk); i += 3 {
					lo, hi, dst := stk[i], stk[i+1], stk[i+2]
					if lo.kind != tokString || hi.kind != tokString || len(lo.str) != len(hi.str) || len(lo.str) == 0 || len(lo.str) > 4 {
						continue
					}
					r := bfRange{lo: beCode(lo.str), hi: beCode(hi.str), n: uint8(len(lo.str))}
					if r.hi < r.lo {
						continue
					}
					switch dst.kind {
					case tokString:
						r.dst = utf16Units(dst.str)
					case tokArrayOpen:
						for _, s := range dst.arr {
							r.arr = append(r.arr, decodeUTF16(s))
						}
						if r.arr == nil {
							r.arr = []string{}
						}
					default:
						continue
					}
					m.ranges = append(m.ranges, r)
					entries++
				}
			case "endcidchar":
				for i := 0; i+1 < len(stk); i += 2 {
					src, dst := stk[i], stk[i+1]
					if src.kind == tokString && dst.kind == tokNumber && len(src.str) >= 1 && len(src.str) <= 4 && dst.num >= 0 {
						if m.cidChars == nil {
							m.cidChars = map[uint64]uint32{}
						}
						m.cidChars[codeKey(beCode(src.str), len(src.str))] = uint32(dst.num)
						entries++
					}
				}
			case "endcidrange":
				for i := 0; i+2 < len(stk); i += 3 {
					lo, hi, dst := stk[i], stk[i+1], stk[i+2]
					if lo.kind == tokString && hi.kind == tokString && dst.kind == tokNumber && len(lo.str) == len(hi.str) && len(lo.str) >= 1 && len(lo.str) <= 4 && dst.num >= 0 {
						m.cidRange = append(m.cidRange, cidRange{lo: beCode(lo.str), hi: beCode(hi.str), cid: uint32(dst.num), n: uint8(len(lo.str))})
						entries++
					}
				}
			}
			stk = stk[:0]
		default:
			stk = stk[:0]
		}
		if len(stk) > 1<<16 {
			stk = stk[:0]
		}
	}
	return m
}

// glyphNameText returns the text of a glyph name of the uniXXXX or uXXXX
// form, or "" for other names.
func glyphNameText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	var hex string
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		var b strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		hex = name[1:]
	default:
		return ""
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return ""
	}
	return string(rune(v))
}

// font is what the extractor needs of a PDF font: how to split a string
// into codes, the text of a code, and its advance width.
type font struct {
	composite bool
	space     []byteRange // codespace of a composite font; nil means 2 bytes
	enc       *cmap       // encoding CMap of a composite font; nil means Identity
	uni       *cmap       // ToUnicode
	ucs2      bool        // composite font whose codes are UTF-16
	simple    [256]string // text of the codes of a simple font without ToUnicode
	widths    [256]float64
	cidW      map[uint32]float64
	wRanges   []widthRange
	dw        float64
	scale     float64 // glyph space to text space (1/1000, or the FontMatrix of a Type 3 font)
	cache     map[uint64]string
}

// next splits the first code off s and returns it with its length.
func (f *font) next(s []byte) (uint32, int) {
	if !f.composite {
		return uint32(s[0]), 1
	}
	if f.space == nil {
		if len(s) < 2 {
			return uint32(s[0]), 1
		}
		return uint32(s[0])<<8 | uint32(s[1]), 2
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, r := range f.space {
			if len(r.lo) != n {
				continue
			}
			ok := true
			for i := 0; i < n; i++ {
				if s[i] < r.lo[i] || s[i] > r.hi[i] {
					ok = false
					break
				}
			}
			if ok {
				return beCode(s[:n]), n
			}
		}
	}
	// No range matches: take as many bytes as the shortest range.
	n := 4
	for _, r := range f.space {
		n = min(n, len(r.lo))
	}
	n = min(n, len(s))
	return beCode(s[:n]), n
}

// text returns the Unicode text of a code of n bytes.
func (f *font) text(code uint32, n int) string {
	key := codeKey(code, n)
	if s, ok := f.cache[key]; ok {
		return s
	}
	var s string
	found := false
	if f.uni != nil {
		s, found = f.uni.lookup(code, n)
	}
	if !found {
		switch {
		case !f.composite:
			s = f.simple[code&0xff]
		case f.ucs2:
			if code < 0xd800 || code > 0xdfff {
				s = string(rune(code))
			}
		}
	}
	if f.cache == nil {
		f.cache = map[uint64]string{}
	}
	if len(f.cache) < 1<<16 {
		f.cache[key] = s
	}
	return s
}

// width returns the advance of a code in text space units per unit of font
// size.
func (f *font) width(code uint32, n int) float64 {
	if !f.composite {
		return f.widths[code&0xff]
	}
	cid := code
	if f.enc != nil {
		cid = f.enc.cid(code, n)
	}
	if w, ok := f.cidW[cid]; ok {
		return w
	}
	for _, r := range f.wRanges {
		if cid >= r.lo && cid <= r.hi {
			return r.w
		}
	}
	return f.dw
}

// readStream returns the decoded data of a stream, at most limit bytes.
func readStream(v pdf.Value, limit int64) []byte {
	if v.Kind() != pdf.Stream {
		return nil
	}
	rc := v.Reader()
	defer rc.Close()
	data, _ := io.ReadAll(io.LimitReader(rc, limit))
	return data
}

// loadFont reads a font dictionary.
func loadFont(v pdf.Value) *font {
	f := &font{scale: 1.0 / 1000, dw: 1}
	subtype := v.Key("Subtype").Name()
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.uni = parseCMap(readStream(tu, maxCMapBytes))
	}
	if subtype == "Type0" {
		f.composite = true
		enc := v.Key("Encoding")
		switch enc.Kind() {
		case pdf.Name:
			name := enc.Name()
			if strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16") {
				f.ucs2 = true
			}
			if !strings.HasPrefix(name, "Identity") && f.uni != nil && len(f.uni.space) > 0 {
				f.space = f.uni.space
			}
		case pdf.Stream:
			f.enc = parseCMap(readStream(enc, maxCMapBytes))
			if len(f.enc.space) > 0 {
				f.space = f.enc.space
			}
			if len(f.enc.cidChars) == 0 && len(f.enc.cidRange) == 0 {
				f.enc = nil
			}
		}
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64() / 1000
		}
		f.cidW = map[uint32]float64{}
		w := desc.Key("W")
		n := min(w.Len(), maxWidths)
		for i := 0; i < n; {
			first := w.Index(i)
			if first.Kind() != pdf.Integer {
				break
			}
			c := uint32(first.Int64())
			second := w.Index(i + 1)
			if second.Kind() == pdf.Array {
				m := min(second.Len(), maxWidths)
				for j := 0; j < m; j++ {
					f.cidW[c+uint32(j)] = second.Index(j).Float64() / 1000
				}
				i += 2
				continue
			}
			last := uint32(second.Int64())
			if last >= c && i+2 < n {
				f.wRanges = append(f.wRanges, widthRange{lo: c, hi: last, w: w.Index(i+2).Float64() / 1000})
			}
			i += 3
		}
		return f
	}
	// Simple font.
	if subtype == "Type3" {
		if fm := v.Key("FontMatrix"); fm.Len() == 6 && fm.Index(0).Float64() != 0 {
			f.scale = fm.Index(0).Float64()
		}
	}
	missing := v.Key("FontDescriptor").Key("MissingWidth").Float64()
	if missing <= 0 {
		missing = 500
	}
	for i := range f.widths {
		f.widths[i] = missing * f.scale
		if subtype == "Type3" {
			f.widths[i] = 0.5
		}
	}
	firstChar := int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	// A width of 0 is real (an accent drawn over the letter before it
	// does not move the pen) unless all of them are 0, as some producers
	// write for fonts they do not measure.
	zeroOK := false
	for i := 0; i < ws.Len() && i < 256; i++ {
		if ws.Index(i).Float64() > 0 {
			zeroOK = true
			break
		}
	}
	for i := 0; i < ws.Len() && firstChar+i < 256; i++ {
		if firstChar+i < 0 {
			continue
		}
		if w := ws.Index(i).Float64(); w > 0 || w == 0 && zeroOK && isNumber(ws.Index(i)) {
			f.widths[firstChar+i] = w * f.scale
		}
	}
	f.simple = simpleEncoding(v)
	return f
}

// isNumber reports whether v is an integer or a real number.
func isNumber(v pdf.Value) bool { return v.Kind() == pdf.Integer || v.Kind() == pdf.Real }

// simpleEncoding returns the text of each code of a simple font from its
// /Encoding: a base encoding and /Differences.
func simpleEncoding(v pdf.Value) [256]string {
	var t [256]string
	enc := v.Key("Encoding")
	base := enc.Name()
	if enc.Kind() == pdf.Dict {
		base = enc.Key("BaseEncoding").Name()
	}
	cm := charmap.Windows1252
	if base == "MacRomanEncoding" {
		cm = charmap.Macintosh
	}
	for i := range t {
		if i < 32 {
			continue
		}
		t[i] = string(cm.DecodeByte(byte(i)))
	}
	if base == "" || base == "StandardEncoding" {
		t['\''] = "’"
		t['`'] = "‘"
	}
	if enc.Kind() != pdf.Dict {
		return t
	}
	diff := enc.Key("Differences")
	code := 0
	var needAGL []int
	for i := 0; i < diff.Len() && i < 1024; i++ {
		x := diff.Index(i)
		switch x.Kind() {
		case pdf.Integer:
			code = int(x.Int64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				if s := glyphNameText(x.Name()); s != "" {
					t[code] = s
				} else if s, ok := aglSmall[x.Name()]; ok {
					t[code] = s
				} else {
					needAGL = append(needAGL, code)
				}
			}
			code++
		}
	}
	if len(needAGL) > 0 {
		// The library knows the Adobe Glyph List; ask it for those codes.
		f := pdf.Font{V: v}
		e := f.Encoder()
		for _, c := range needAGL {
			if s := e.Decode(string([]byte{byte(c)})); s != "" && s != string(rune(c)) {
				t[c] = s
			}
		}
	}
	return t
}

// aglSmall holds glyph names common in Vietnamese documents whose text the
// fallback tables get wrong.
var aglSmall = map[string]string{
	"space": " ", "hyphen": "-", "endash": "–", "emdash": "—", "bullet": "•",
	"quotedblleft": "“", "quotedblright": "”", "quoteleft": "‘", "quoteright": "’",
	"ellipsis": "…", "fi": "fi", "fl": "fl",
}

// widthRange gives the CIDs lo..hi of a composite font the width w.
type widthRange struct {
	lo, hi uint32
	w      float64
}
