package docx

import (
	"encoding/xml"
	"io"
)

// XML namespaces of WordprocessingML (transitional and strict) and of
// markup compatibility.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// isW reports whether n is in the WordprocessingML namespace.
func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

// isMC reports whether n is in the markup-compatibility namespace
// (mc:AlternateContent, mc:Choice, mc:Fallback).
func isMC(n xml.Name) bool { return n.Space == nsMC }

// isChoice reports whether n is a markup-compatibility element other than
// mc:Fallback. The document readers look through mc:AlternateContent and
// its mc:Choice branches, and skip mc:Fallback as they skip any element
// outside WordprocessingML.
func isChoice(n xml.Name) bool { return isMC(n) && n.Local != "Fallback" }

// attr returns the value of the attribute of se with the local name local,
// whatever its namespace.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// onOffAttr reports whether the attribute local of se is present and
// true in the ST_OnOff sense.
func onOffAttr(se xml.StartElement, local string) bool {
	v, ok := attr(se, local)
	return ok && isOn(v)
}

// onOff reports whether a toggle element such as <w:vanish/> or
// <w:isLgl w:val="1"/> is on: present, with no w:val or a true one.
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	return !ok || isOn(v)
}

func isOn(v string) bool {
	switch v {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// skip consumes tokens up to and including the end of the element whose
// start was just read. Unlike a recursive walk it uses no stack, so deep
// nesting cannot exhaust it.
func skip(d *xml.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// children calls fn for each child element of the element whose start
// was just read, in document order, and returns once it has read that
// element's end. fn must consume the child it is given, up to and
// including its end, by reading it or with skip. Character data, comments
// and other tokens between the children are ignored. The first error of
// the decoder or of fn is returned as is.
func children(d *xml.Decoder, fn func(xml.StartElement) error) error {
	return childrenThrough(d, nil, fn)
}

// childrenThrough is children with transparent wrappers: a child whose
// name through reports true is not given to fn, and its own children are
// taken as children of the element itself, however deep such wrappers
// nest (mc:AlternateContent and its branches, say). It counts the open
// wrappers instead of recursing, so deep nesting cannot exhaust the
// stack. A nil through makes no element transparent.
func childrenThrough(d *xml.Decoder, through func(xml.Name) bool, fn func(xml.StartElement) error) error {
	open := 0 // wrappers entered and not yet closed
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if open == 0 {
				return nil
			}
			open--
		case xml.StartElement:
			if through != nil && through(t.Name) {
				open++
				continue
			}
			if err := fn(t); err != nil {
				return err
			}
		}
	}
}

// elements calls fn for each start element of the part d reads, in
// document order, and returns nil at the end of the input. fn may consume
// the element it is given, by reading it or with skip, and the next call
// is then for an element after it; or leave it unread, and the next calls
// are for the elements inside it. The first error of the decoder other
// than io.EOF, or of fn, is returned as is.
func elements(d *xml.Decoder, fn func(xml.StartElement) error) error {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(se); err != nil {
				return err
			}
		}
	}
}
