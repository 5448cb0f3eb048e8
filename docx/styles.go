package docx

import "encoding/xml"

// maxStyleChain bounds how far w:basedOn chains are followed, which also
// breaks cycles.
const maxStyleChain = 16

// style is the part of a w:style that matters for numbering.
type style struct {
	basedOn string
	numRef  // w:pPr/w:numPr
}

// styles holds the paragraph and numbering styles of styles.xml. A nil
// *styles has no styles.
type styles struct {
	para         map[string]*style
	numbering    map[string]*style
	defaultStyle string // the w:default paragraph style
}

// parseStyles reads styles.xml.
func parseStyles(d *xml.Decoder) (*styles, error) {
	s := &styles{para: make(map[string]*style), numbering: make(map[string]*style)}
	err := elements(d, func(se xml.StartElement) error {
		if !isW(se.Name) || se.Name.Local != "style" {
			return nil
		}
		typ, _ := attr(se, "type")
		id, _ := attr(se, "styleId")
		st := &style{}
		if err := parseStyle(d, st); err != nil {
			return err
		}
		var m map[string]*style
		switch typ {
		case "paragraph", "":
			m = s.para
			if onOffAttr(se, "default") && s.defaultStyle == "" {
				s.defaultStyle = id
			}
		case "numbering":
			m = s.numbering
		default:
			return nil
		}
		if _, dup := m[id]; !dup {
			m[id] = st
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// parseStyle reads the w:style just started into st, looking at w:basedOn
// and w:pPr/w:numPr only.
func parseStyle(d *xml.Decoder, st *style) error {
	return children(d, func(t xml.StartElement) error {
		if isW(t.Name) {
			switch t.Name.Local {
			case "basedOn":
				st.basedOn, _ = attr(t, "val")
			case "pPr":
				return children(d, func(t xml.StartElement) error {
					if isW(t.Name) && t.Name.Local == "numPr" {
						return readNumPr(d, &st.numRef)
					}
					return skip(d)
				})
			}
		}
		return skip(d)
	})
}

// paragraphNum returns the numbering a paragraph of style styleID gets
// from its style chain: the list id and level, each with whether a style
// set it, and the id of the style that set the list.
func (s *styles) paragraphNum(styleID string) (numID string, hasNum bool, ilvl int, hasIlvl bool, from string) {
	if s == nil {
		return "", false, 0, false, ""
	}
	if styleID == "" {
		styleID = s.defaultStyle
	}
	id := styleID
	for range maxStyleChain {
		st := s.para[id]
		if st == nil {
			break
		}
		if st.hasNum && !hasNum {
			numID, hasNum, from = st.numID, true, id
		}
		if st.hasIlvl && !hasIlvl {
			ilvl, hasIlvl = st.ilvl, true
		}
		if hasNum && hasIlvl || st.basedOn == "" || st.basedOn == id {
			break
		}
		id = st.basedOn
	}
	return numID, hasNum, ilvl, hasIlvl, from
}

// numberingStyleNum returns the list id that the numbering style styleID
// points at, for w:numStyleLink.
func (s *styles) numberingStyleNum(styleID string) (string, bool) {
	if s == nil {
		return "", false
	}
	id := styleID
	for range maxStyleChain {
		st := s.numbering[id]
		if st == nil {
			return "", false
		}
		if st.hasNum {
			return st.numID, true
		}
		if st.basedOn == "" {
			return "", false
		}
		id = st.basedOn
	}
	return "", false
}
