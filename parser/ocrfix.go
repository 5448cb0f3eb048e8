package parser

import (
	"fmt"
	"strings"

	"github.com/vnplan/vnplan/model"
)

// fixRomanOne reads as "I" a first Roman label that OCR took for the
// digit: "1- MỤC ĐÍCH, YÊU CẦU" in a document whose next part is "II-
// NHIỆM VỤ", with "1." points of its own under it. The label must head
// an upper-case title, a Roman "II" must head a later one, and neither a
// Roman "I" nor a "2" with the same punctuation heading an upper-case
// title may come before that.
func (p *parser) fixRomanOne(bl []*block) {
	first := -1
	for i, b := range bl {
		if b.kind != blockText || b.lead != leadLabel {
			continue
		}
		l := b.lab
		switch {
		case l.style == styleRoman && l.value == 1:
			return // the Roman numbering has its "I"
		case first < 0:
			if l.style == styleArabic && l.value == 1 && l.punct != ')' && p.upperTitle(b) {
				first = i
			}
		case l.style == styleArabic && l.value == 2 && l.punct == bl[first].lab.punct && p.upperTitle(b):
			return // the upper-case titles are numbered in digits
		case l.style == styleRoman && l.value == 2 && p.upperTitle(b):
			b := bl[first]
			raw := b.lab.raw
			b.lab.style, b.lab.value, b.lab.text, b.lab.alt = styleRoman, 1, "I", styleNone
			b.lab.parts, b.lab.nparts = [maxLabelParts]int{}, 0
			b.lab.ocrFixed = true
			p.diag(model.SeverityInfo, "label-ocr-fixed", diagMessage("label-ocr-fixed", *b.lab), b.start(), b.start()+len(raw))
			return
		}
	}
}

// upperTitle reports whether the text after block b's label is an
// upper-case title.
func (p *parser) upperTitle(b *block) bool {
	s := p.blockText(b, b.lab.size).s
	return s != "" && isUpperText(s)
}

// fixBareNumbers reads as a label a number that OCR left without its
// dot: "1 Đổi mới ..." when the next numbered point of the text is "2.".
// The number must stand at the start of a paragraph, alone before a
// capitalised word.
func (p *parser) fixBareNumbers(bl []*block) {
	for i, b := range bl {
		if b.kind != blockText || b.lead != leadNone || b.md > 0 {
			continue
		}
		s := b.firstText(p.str)
		n, k := 0, 0
		for k < len(s) && k < 2 && isDigit(rune(s[k])) {
			n = n*10 + int(s[k]-'0')
			k++
		}
		if k == 0 || n == 0 || k+1 >= len(s) || s[k] != ' ' || !isUpperStart(s[k+1:]) {
			continue
		}
		next := p.nextLabel(bl, i+1)
		if next == nil || next.lab.style != styleArabic || next.lab.value != n+1 || next.lab.punct != '.' {
			continue
		}
		b.lead = leadLabel
		b.lab = &label{style: styleArabic, value: n, text: s[:k], punct: 0, size: k + 1, raw: s[:k], ocrFixed: true}
		b.lab.parts[0], b.lab.nparts = n, 1
		p.diag(model.SeverityInfo, "label-ocr-fixed", fmt.Sprintf("%q with no dot was read as the label %q, before %q", s[:k], s[:k]+".", next.lab.raw), b.start(), b.start()+k)
	}
}

// nextLabel returns the first block from i on that starts with a label,
// or nil.
func (p *parser) nextLabel(bl []*block, i int) *block {
	for ; i < len(bl); i++ {
		if bl[i].kind == blockText && bl[i].lead == leadLabel {
			return bl[i]
		}
		if bl[i].kind == blockText && bl[i].lead == leadBullet {
			continue
		}
	}
	return nil
}

// reportOCRRoman reports the Roman labels read with an "l" taken for an
// "I" (see lexOCRRoman), where the user can check them.
func (p *parser) reportOCRRoman(bl []*block) {
	for _, b := range bl {
		if l := b.lab; l != nil && l.ocrFixed && l.style == styleRoman && strings.IndexByte(l.raw, 'l') >= 0 {
			p.diag(model.SeverityInfo, "label-ocr-fixed", fmt.Sprintf("label %q was read as the Roman numeral %q", strings.TrimSpace(l.raw), l.text), b.start(), b.start()+len(l.raw))
		}
	}
}
