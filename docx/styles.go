package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// maxStyleChain bounds how far w:basedOn chains are followed, which also
// breaks cycles.
const maxStyleChain = 16

// style is the part of a w:style that matters for numbering.
type style struct {
	basedOn  string
	numID    string
	hasNumID bool
	ilvl     int
	hasIlvl  bool
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
	for {
		tok, err := d.Token()
		if err != nil {
			return eofOK(s, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || !isW(se.Name) || se.Name.Local != "style" {
			continue
		}
		typ, _ := attr(se, "type")
		id, _ := attr(se, "styleId")
		st := &style{}
		if err := parseStyle(d, st); err != nil {
			return nil, err
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
			continue
		}
		if _, dup := m[id]; !dup {
			m[id] = st
		}
	}
}

func parseStyle(d *xml.Decoder, st *style) error {
	// Walks w:style, looking at w:basedOn and w:pPr/w:numPr only.
	path := "" // "", "/pPr" or "/pPr/numPr"
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if path == "" {
				return nil
			}
			path = path[:strings.LastIndexByte(path, '/')]
		case xml.StartElement:
			if !isW(t.Name) {
				if err := skip(d); err != nil {
					return err
				}
				continue
			}
			v, _ := attr(t, "val")
			switch p := path + "/" + t.Name.Local; p {
			case "/basedOn":
				st.basedOn = v
			case "/pPr/numPr/numId":
				st.numID, st.hasNumID = strings.TrimSpace(v), true
			case "/pPr/numPr/ilvl":
				if i, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
					st.ilvl, st.hasIlvl = i, true
				}
			case "/pPr", "/pPr/numPr":
				path = p
				continue
			}
			if err := skip(d); err != nil {
				return err
			}
		}
	}
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
		if st.hasNumID && !hasNum {
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
		if st.hasNumID {
			return st.numID, true
		}
		if st.basedOn == "" {
			return "", false
		}
		id = st.basedOn
	}
	return "", false
}
