// Package export writes a [model.Document] in the formats other tools
// read: JSON, the canonical form of the vnplan/v1 contract; YAML, which
// carries exactly the same data; CSV, one flat table at a time; and an
// XLSX workbook with every table. It reads only the model, never the
// source text, and writes to an [io.Writer]; settings are passed in
// options structs, never in package variables, so every function may be
// called from several goroutines at once.
//
// # JSON
//
// [JSON] writes the document as encoding/json would with HTML escaping
// off, byte for byte (nil slices of fields without omitempty, such as an
// empty body, are written as null), but without reflection: an
// append-style encoder for the model's types that buffers its output and
// writes it in chunks, several times as fast as encoding/json (ten times
// for the indented form). The JSON
// Schema of the contract is in package schema.
//
// # YAML
//
// [YAML] writes the JSON's data as block-style YAML: same keys, same
// order, same values, for YAML 1.1 and 1.2 readers alike. It converts the
// JSON text in one pass rather than going through a YAML library's
// emitter, which keeps every event of the document in memory and is two
// orders of magnitude slower on large documents.
//
// # Tables
//
// [CSV] writes one [Table]; [XLSX] writes them all, one sheet each, with
// the same rows. Every table's first column is "id", so each row can be
// traced back to the node (or footnote, or agency) it comes from. Lists in
// a cell are joined with "; " and booleans are "yes" or "no". The tables
// and their columns:
//
//	sections    id, label, numbering, depth, parent_id, heading, text,
//	            lead, cooperating, line
//	tasks       id, kind, section_id, section_path, section_heading, text,
//	            lead, cooperating, inherited, request, action, targets,
//	            deadlines, references, line, inherited_deadlines,
//	            lead_keys, cooperating_keys
//	targets     id, text, metric, comparator, value, min, max, unit,
//	            change, rank, line, period
//	deadlines   id, text, relation, date, period, recurrence, day, line,
//	            within, working_days, event, weekdays
//	references  id, number, doc_type, date, issuer, alias, text, line
//	footnotes   id, label, refs, truncated, references, text, line
//	agencies    id, key, name, lead_count, cooperating_count, lead_ids,
//	            cooperating_ids
//
// The tasks table has one row per task node ([model.Node.Task]) with the
// lead and cooperating agencies of its assignment (inherited ones
// included, as the parser resolved them), the path of labels of its
// enclosing sections ("B > II > 2 > 2.1") and the nearest section
// heading, so that a department can filter its own tasks in a
// spreadsheet. Its targets column holds short forms such as "> 55000 ha",
// "≈ 53000 ha" or "decrease > 5%" (comparators as >, ≥, <, ≤, ≈; equality
// bare; ranges as "3500000–4000000"), its deadlines column short forms
// such as "before 2024-Q3", "by 2024-01-30", "before day 20 monthly" or,
// for a time counted from an event, "before P30D from ngày ký", its
// references column the numbers cited, and, for a task with no
// deadline of its own, its inherited_deadlines column those of its
// nearest ancestor that has some: the points of a task share its
// deadline as they share its lead. Its lead_keys and cooperating_keys
// columns hold the canonical keys of the agencies, in the same order, so
// that a filter finds "UBND các xã" and "Ủy ban nhân dân các xã" alike.
// References of the metadata
// have the id "document"; footnotes and the references they cite have
// the id "footnote:" followed by the label; agencies have their key.
//
// Cells are protected against formula injection as OWASP recommends: a
// cell that starts with "=", "+", "-", "@", a tab or a carriage return
// (after spaces, or in full-width form, too) is prefixed with a single
// quote, so no spreadsheet runs it; plain numbers such as "-5" are left
// alone. Line breaks become line feeds and characters that XML cannot
// carry become U+FFFD in both formats, so that CSV and XLSX rows agree
// and read back as written.
package export
