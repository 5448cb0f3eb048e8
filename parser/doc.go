// Package parser turns the bytes of a Vietnamese administrative plan
// document into a [model.Document]: the tree of its numbered sections,
// paragraphs, bullets and tables, its metadata, its footnotes, and on
// every task who leads it, the numbers it commits to, its deadlines and
// the documents it cites.
//
// [Parse] runs these stages, one file each, every stage a function of the
// previous stage's result:
//
//   - decode (decode.go): byte-order marks, UTF-16, Windows-1258 and the
//     legacy font encodings TCVN3 and VNI (through package vnenc);
//     binary input is refused with [ErrBinary];
//   - normalise (normalize.go): NFC, skipped when a cheap scan proves the
//     text is already NFC, and line endings;
//   - lines (lines.go): each line with its indentation, width and kind
//     (blank, decorative rule, page number, table delimiter, Markdown
//     heading);
//   - blocks (blocks.go): hard-wrapped lines joined after measuring the
//     wrap width, sentences split by a page break or by footnote bodies
//     rejoined, footnote bodies lifted out, table rows;
//   - outline (label.go, tree.go): labels read ("A.", "II.", "2.1",
//     "a)", "Điều 3.", "PHỤ LỤC I") and placed on a numbering stack that
//     accepts only a label that starts a level or continues an open
//     sequence, so that a continuation line such as "IV, đợt 1" is never a
//     section;
//   - metadata (front.go, header.go, closing.go): issuer, number, place and
//     date, title, subject, preamble, signature, recipients, attached
//     documents and annexes;
//   - annotations (footnote.go, annotate.go), in this order: footnote
//     links, tasks, citations, targets, deadlines, assignments, agencies.
//
// Text that the parser had to guess about is reported in
// [model.Document.Diagnostics] with a stable code and a position; Parse
// returns an error only when no tree can be built. Parse is safe for
// concurrent use; for a large document it uses several goroutines itself.
package parser
