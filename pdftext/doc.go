// Package pdftext extracts the text of a PDF file with a text layer, in
// reading order, for the plan parser: running headers, footers and page
// numbers left out, page breaks marked with a form feed line, footnote
// markers as superscript digits.
//
// It reads the file structure (cross-reference tables and streams, object
// streams, filters, RC4 and AES decryption with an empty password) with
// github.com/ledongthuc/pdf and interprets the page content streams itself,
// so that it knows where every glyph is: lines are rebuilt from the
// baselines, spaces from the gaps between glyphs, paragraphs from the
// spacing and the line ends. See README.md for the choice of library.
package pdftext

//go:generate go run ./internal/mkpdf -o ../testdata/pdf/sample.pdf ../seeds/000_a0ddf91c7c9a8c05.txt
//go:generate go run ./internal/mkpdf -kind encrypted -o ../testdata/pdf/encrypted.pdf ../seeds/000_a0ddf91c7c9a8c05.txt
//go:generate go run ./internal/mkpdf -kind corrupt -o ../testdata/pdf/corrupt.pdf ../seeds/000_a0ddf91c7c9a8c05.txt
//go:generate go run ./internal/mkpdf -kind scanned -o ../testdata/pdf/scanned.pdf
