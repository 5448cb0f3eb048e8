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

// eofOK returns v when err is io.EOF, the normal end of a part read token
// by token, and err otherwise.
func eofOK[T any](v T, err error) (T, error) {
	if err == io.EOF {
		return v, nil
	}
	var zero T
	return zero, err
}
