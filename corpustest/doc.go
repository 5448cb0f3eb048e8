// Package corpustest holds only tests: it checks the parser against facts
// that a careful human reader wrote down for real Vietnamese administrative
// documents.
//
// The documents are testdata/corpus/*.txt (provenance in
// testdata/corpus/SOURCES.md) and the sample seeds/000_a0ddf91c7c9a8c05.txt.
// For each of them testdata/corpus/NAME.facts.json names the source file and
// lists what the document says: its metadata (type, title, number, issuer,
// place, date, signature, recipients, archive note, aliases), the full
// outline of its numbered sections, the lead and cooperating agencies of
// selected tasks, the numbers of the documents it cites, selected numeric
// targets and deadlines, its footnotes, its page-number lines and a lower
// bound on its number of tasks. A "notes" field explains what is unusual in
// the document and why some values are not asserted.
//
// The facts describe the documents, not any implementation: they were
// written by reading the texts, never by running the parser. The package has
// no non-test code.
package corpustest
