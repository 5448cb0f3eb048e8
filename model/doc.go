// Package model holds the typed tree that vnplan produces from a
// Vietnamese plan document: a [Document] with its [Metadata], a forest of
// [Node] values (sections, paragraphs, items, tables and rows), the
// [Footnote] bodies lifted out of the text and the [Diagnostic] values the
// parser reported.
//
// The types mirror the output contract vnplan/v1 (see output-v1.md and the
// JSON Schema in schema/); their JSON field names are the contract's. The
// package holds data only: no I/O, no parsing and no encoding logic.
package model
