package docx

import (
	"encoding/xml"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxLevels is the number of list levels WordprocessingML defines (ilvl 0-8).
const maxLevels = 9

// maxCounter caps list counters so that hostile start values cannot
// overflow or make labels absurdly long.
const maxCounter = 1 << 31

// level is one w:lvl of an abstract numbering definition.
type level struct {
	defined bool
	start   int
	format  string // w:numFmt, e.g. "decimal", "upperRoman", "bullet"
	text    string // w:lvlText, e.g. "%1.%2."
	restart int    // w:lvlRestart; -1 when absent (restart after any higher level)
	legal   bool   // w:isLgl: show every level as decimal
	pStyle  string // w:pStyle: paragraph style linked to this level
}

// abstractNum is one w:abstractNum.
type abstractNum struct {
	levels    [maxLevels]level
	styleLink string // w:numStyleLink: the definition lives in a numbering style
}

// override is one w:lvlOverride of a w:num.
type override struct {
	hasStart bool
	start    int
	lvl      *level // full replacement of the level, if given
}

// num is one w:num: a list instance pointing at an abstract definition.
type num struct {
	abstract  string
	overrides [maxLevels]override
	applied   bool // start overrides already applied
}

// counters holds the running values of one list. Word keeps them per
// abstract definition, so w:num instances sharing a definition continue
// each other unless a start override restarts them.
type counters struct {
	val     [maxLevels]int
	started [maxLevels]bool
}

// numbering is the parsed numbering part plus the state of every list.
// The zero value has no lists and labels nothing.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
	state     map[string]*counters
	styles    *styles // for w:numStyleLink; may be nil
}

// parseNumbering reads numbering.xml.
func parseNumbering(d *xml.Decoder) (*numbering, error) {
	n := &numbering{
		abstracts: make(map[string]*abstractNum),
		nums:      make(map[string]*num),
		state:     make(map[string]*counters),
	}
	err := elements(d, func(se xml.StartElement) error {
		if !isW(se.Name) {
			return nil
		}
		switch se.Name.Local {
		case "abstractNum":
			id, _ := attr(se, "abstractNumId")
			a := &abstractNum{}
			if err := parseAbstract(d, a); err != nil {
				return err
			}
			if _, dup := n.abstracts[id]; !dup {
				n.abstracts[id] = a
			}
		case "num":
			id, _ := attr(se, "numId")
			m := &num{}
			if err := parseNum(d, m); err != nil {
				return err
			}
			if _, dup := n.nums[id]; !dup {
				n.nums[id] = m
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

func parseAbstract(d *xml.Decoder, a *abstractNum) error {
	return children(d, func(t xml.StartElement) error {
		if isW(t.Name) {
			switch t.Name.Local {
			case "lvl":
				i, ok := ilvlAttr(t)
				var l level
				if err := parseLevel(d, &l); err != nil {
					return err
				}
				if ok && !a.levels[i].defined {
					a.levels[i] = l
				}
				return nil
			case "numStyleLink":
				a.styleLink, _ = attr(t, "val")
			}
		}
		return skip(d)
	})
}

func parseLevel(d *xml.Decoder, l *level) error {
	// Without w:start a level starts at 0, as ECMA-376 says and Word
	// shows.
	*l = level{defined: true, restart: -1}
	// Look inside mc:AlternateContent, mc:Choice and mc:Fallback alike.
	return childrenThrough(d, isMC, func(t xml.StartElement) error {
		if !isW(t.Name) {
			return skip(d)
		}
		v, _ := attr(t, "val")
		switch t.Name.Local {
		case "start":
			l.start = atoiClamp(v)
		case "numFmt":
			// A w14 "custom" format comes with a standard
			// fallback; keep the standard one.
			if v != "custom" || l.format == "" {
				l.format = v
			}
		case "lvlText":
			l.text = truncate(v, maxLabel)
		case "lvlRestart":
			l.restart = atoiClamp(v)
		case "isLgl":
			l.legal = onOff(t)
		case "pStyle":
			l.pStyle = v
		}
		return skip(d)
	})
}

func parseNum(d *xml.Decoder, m *num) error {
	return children(d, func(t xml.StartElement) error {
		if isW(t.Name) {
			switch t.Name.Local {
			case "abstractNumId":
				m.abstract, _ = attr(t, "val")
			case "lvlOverride":
				i, ok := ilvlAttr(t)
				var o override
				if err := parseOverride(d, &o); err != nil {
					return err
				}
				if ok {
					m.overrides[i] = o
				}
				return nil
			}
		}
		return skip(d)
	})
}

func parseOverride(d *xml.Decoder, o *override) error {
	return children(d, func(t xml.StartElement) error {
		if isW(t.Name) {
			switch t.Name.Local {
			case "startOverride":
				v, _ := attr(t, "val")
				o.hasStart, o.start = true, atoiClamp(v)
			case "lvl":
				l := new(level)
				if err := parseLevel(d, l); err != nil {
					return err
				}
				o.lvl = l
				return nil
			}
		}
		return skip(d)
	})
}

// numRef is the list reference of a w:numPr, in a paragraph or in a
// paragraph style: the list instance and the level, each with whether it
// is given.
type numRef struct {
	numID   string // w:numId, trimmed
	hasNum  bool
	ilvl    int // w:ilvl
	hasIlvl bool
}

// readNumPr reads the w:numPr just started into r. A w:numId sets the
// list even when empty; a w:ilvl that is not an integer is ignored.
func readNumPr(d *xml.Decoder, r *numRef) error {
	return children(d, func(t xml.StartElement) error {
		if isW(t.Name) {
			v, _ := attr(t, "val")
			switch t.Name.Local {
			case "numId":
				r.numID, r.hasNum = strings.TrimSpace(v), true
			case "ilvl":
				if i, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
					r.ilvl, r.hasIlvl = i, true
				}
			}
		}
		return skip(d)
	})
}

// resolve returns the list instance numID, the id of the abstract
// definition whose counters it uses, and that definition, following
// w:numStyleLink through numbering styles. It returns nil if numID names
// no usable list.
func (n *numbering) resolve(numID string) (*num, string, *abstractNum) {
	if n == nil || numID == "" || numID == "0" {
		return nil, "", nil
	}
	m := n.nums[numID]
	if m == nil {
		return nil, "", nil
	}
	id := m.abstract
	a := n.abstracts[id]
	for hops := 0; a != nil && a.styleLink != "" && hops < 8; hops++ {
		linked, ok := n.styles.numberingStyleNum(a.styleLink)
		if !ok {
			break
		}
		lm := n.nums[linked]
		if lm == nil || n.abstracts[lm.abstract] == nil {
			break
		}
		id = lm.abstract
		a = n.abstracts[id]
	}
	if a == nil {
		return nil, "", nil
	}
	return m, id, a
}

// levelOf returns the definition of level i for list instance m.
func levelOf(m *num, a *abstractNum, i int) *level {
	if o := m.overrides[i].lvl; o != nil {
		return o
	}
	return &a.levels[i]
}

// startOf returns the start value of level i for list instance m.
func startOf(m *num, a *abstractNum, i int) int {
	if o := m.overrides[i]; o.hasStart {
		return o.start
	}
	return levelOf(m, a, i).start
}

// styleLevel returns the level of numID's definition linked to the
// paragraph style styleID by w:pStyle, or 0.
func (n *numbering) styleLevel(numID, styleID string) int {
	m, _, a := n.resolve(numID)
	if m == nil || styleID == "" {
		return 0
	}
	for i := range maxLevels {
		if levelOf(m, a, i).pStyle == styleID {
			return i
		}
	}
	return 0
}

// label advances list numID at level ilvl and returns the label a reader
// of the document sees, with bullets mapped by bulletMarker. It returns ""
// when the paragraph shows no label. isBullet reports whether the level is
// a bullet level.
func (n *numbering) label(numID string, ilvl int) (label string, isBullet bool) {
	if ilvl < 0 || ilvl >= maxLevels {
		return "", false
	}
	m, id, a := n.resolve(numID)
	if m == nil {
		return "", false
	}
	c := n.state[id]
	if c == nil {
		c = new(counters)
		n.state[id] = c
	}
	if !m.applied {
		m.applied = true
		for i := range maxLevels {
			if m.overrides[i].hasStart {
				c.started[i] = false
			}
		}
	}
	if !c.started[ilvl] {
		c.val[ilvl] = startOf(m, a, ilvl)
		c.started[ilvl] = true
	} else if c.val[ilvl] < maxCounter {
		c.val[ilvl]++
	}
	for i := ilvl + 1; i < maxLevels; i++ {
		r := levelOf(m, a, i).restart
		if r < 0 || (r > 0 && ilvl < r) {
			c.started[i] = false
		}
	}

	l := levelOf(m, a, ilvl)
	switch l.format {
	case "bullet":
		return bulletMarker(l.text), true
	}
	var b strings.Builder
	text := l.text
	for i := 0; i < len(text); i++ {
		ch := text[i]
		if ch == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			i++
			v := startOf(m, a, k)
			if c.started[k] {
				v = c.val[k]
			}
			f := levelOf(m, a, k).format
			if l.legal && f != "none" && f != "bullet" {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			continue
		}
		b.WriteByte(ch)
	}
	return truncate(strings.TrimSpace(b.String()), maxLabel), false
}

// maxLabel bounds the length in bytes of a level text and of a label, so
// that a hostile numbering part cannot turn every paragraph into
// megabytes of text. Word's own limit on level text is far lower.
const maxLabel = 256

// truncate cuts s to at most n bytes without splitting a character.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// formatNumber renders n in the w:numFmt format. Formats that have no
// plain-text rendering here fall back to decimal.
func formatNumber(n int, format string) string {
	switch format {
	case "none", "bullet":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperLetter", "lowerLetter":
		// Word repeats the letter after z: y, z, aa, bb, ..., zz, aaa.
		if n >= 1 && n <= 26*maxLetterRepeat {
			ch := byte('A')
			if format == "lowerLetter" {
				ch = 'a'
			}
			ch += byte((n - 1) % 26)
			return strings.Repeat(string(ch), (n-1)/26+1)
		}
	case "upperRoman", "lowerRoman":
		if n >= 1 && n <= 3999 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// maxLetterRepeat bounds letter labels ("aaaa...") before falling back to
// decimal.
const maxLetterRepeat = 30

func roman(n int) string {
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// bulletMarker maps the character of a Word bullet level to the marker the
// text parser understands: dash-like characters become "-", plus signs and
// hollow circles (Word's default second-level "o") become "+", and any
// other symbol becomes "•". Symbol and Wingdings glyphs, stored in the
// private use area, are mapped by their look.
func bulletMarker(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	r := []rune(s)[0]
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−', '⁃', '\uF02D', '\uF0BE':
		return "-"
	case '+', '＋', '\uF02B', '✚', '➕':
		return "+"
	case 'o', 'O', '◦', '○', '⚬', '\uF06F', '\uF0A1':
		return "+"
	}
	return "•"
}

func ilvlAttr(se xml.StartElement) (int, bool) {
	v, _ := attr(se, "ilvl")
	i, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || i < 0 || i >= maxLevels {
		return 0, false
	}
	return i, true
}

// atoiClamp parses a decimal attribute value, clamped to [0, maxCounter];
// malformed and negative values read as 0.
func atoiClamp(s string) int {
	i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	switch {
	case errors.Is(err, strconv.ErrRange) && i > 0:
		return maxCounter
	case err != nil || i < 0:
		return 0
	case i > maxCounter:
		return maxCounter
	}
	return int(i)
}
