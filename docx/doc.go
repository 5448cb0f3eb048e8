// Package docx converts Word documents (.docx, Office Open XML
// WordprocessingML) to the plain text that the vnplan parser reads.
//
// The package is a front end of its own: it depends on the standard library
// only and can be used without the rest of vnplan, for example to get the
// text of a Word file with its automatic numbering written out:
//
//	res, err := docx.Convert(data)
//	if err != nil {
//		return err
//	}
//	fmt.Print(res.Text)
//
// # Output
//
// The text is UTF-8 with one paragraph per line and a blank line between
// paragraphs, in document order. Run formatting (bold, italic, fonts) is
// dropped. Within a paragraph:
//
//   - Word automatic numbering (numbering.xml, directly on the paragraph or
//     through its paragraph style) is written as the label a reader sees,
//     followed by one space: "A. ", "II. ", "2.1. ", "a) ", "(3) ".
//     Levels are counted as Word counts them: w:start values, w:lvlOverride
//     with w:startOverride (applied when the list instance is first used),
//     w:lvlRestart, w:isLgl, and lower levels restarting when a higher level
//     advances; list instances that share an abstract definition share its
//     counters. Formats decimal, decimalZero, upperLetter and lowerLetter
//     (a...z, aa...zz, aaa...), upperRoman and lowerRoman, bullet and none
//     are rendered; any other format falls back to decimal. Like Word,
//     lowerLetter runs a, b, c, d, e... without the Vietnamese "đ".
//   - Bullet levels become "- ", "+ " or "• ": dash-like characters give
//     "-", plus signs and hollow circles (Word's default second level "o")
//     give "+", every other symbol, including Symbol and Wingdings glyphs,
//     gives "•".
//   - Footnote and endnote references become superscript digits fused to
//     the preceding text ("lợi thế¹."), numbered 1, 2, 3... in order of first
//     reference (footnotes and endnotes share the sequence). The note bodies
//     follow the document body, each as a paragraph "¹ text", in the same
//     order; a custom reference mark (w:customMarkFollows) is kept as typed
//     and starts its body instead of a number.
//   - w:tab becomes a space; runs of spaces collapse; non-breaking
//     hyphens become "-". Soft hyphens (U+00AD) are kept: in text typed in
//     the TCVN3 font the same character is the letter "ư"; the parser
//     drops the others after it has decoded the text.
//   - A line break (w:br of any type, w:cr) becomes a newline inside the
//     paragraph: title blocks and signatures ("TM. ỦY BAN NHÂN DÂN" /
//     "CHỦ TỊCH") keep their lines, and the parser joins wrapped lines of
//     ordinary paragraphs anyway.
//   - Inserted text (w:ins, w:moveTo) is kept; deleted text (w:del,
//     w:moveFrom), hidden text (w:vanish), field codes and deleted table
//     rows are left out; simple and complex fields show their result.
//   - Text boxes become paragraphs of their own after the paragraph they
//     are anchored in.
//
// A table becomes Markdown rows, "| cell | cell |", one row per line, with
// a separator row "| --- | --- |" after the first row; a cell's paragraphs
// are joined with a space, "|" in cells is escaped as "\|", and a cell
// spanning n grid columns is followed by n-1 empty cells so that columns
// line up. Tables inside cells and notes are flattened to text.
//
// Headers, footers, comments and everything else outside the main
// document, footnotes and endnotes are left out.
//
// # Safety
//
// Any input gives a result or an error, never a panic. The total size of
// the archive once uncompressed is limited ([DefaultMaxSize], or
// [WithMaxSize]), parts read are checked against [MaxRatio], and reading
// stops at the limit, so a zip bomb is refused with [ErrTooLarge] after a
// bounded amount of work and memory. Damaged archives, a missing main
// document part and malformed XML give errors wrapping [ErrNotDOCX].
package docx

//go:generate go run ./internal/mkdocx -o ../testdata/docx/sample.docx ../seeds/000_a0ddf91c7c9a8c05.txt
//go:generate go run ./internal/mkdocx -broken ../testdata/docx
