// Package agency knows how Vietnamese administrative texts name agencies
// and assign tasks to them.
//
// It works without any list of agency names. An agency name is recognised
// by its head word ("Sở", "Ban", "Ủy ban nhân dân", "UBND", "Cục", "Bộ",
// "Công an", "Thanh tra", "Văn phòng", "Đại học", "Trung tâm", ...), by an
// office or body that takes an agency's name ("Giám đốc Sở", "Lãnh đạo
// Ban", "Thường trực Tỉnh ủy"), as a generic collective ("các sở, ban,
// ngành", "các cơ quan, đơn vị", "địa phương") or as a role ("chủ đầu
// tư", "nhà đầu tư"); where a name ends is read from the grammar of the
// sentence: the verbs that follow a subject ("chủ trì", "phối hợp", "có
// trách nhiệm", "tham mưu", "theo dõi", ...), prepositions that open an
// adverbial ("để", "nhằm", "trong việc", ...), capitalisation and
// punctuation.
//
// The package offers:
//   - [Key], a canonical form that groups spellings of one agency
//     ("UBND tỉnh", "Uỷ ban nhân dân tỉnh"), and [Matches], a tolerant
//     comparison of a user's query with a name;
//   - [Split], which splits a list of agencies where a new agency starts,
//     keeping names with commas whole ("Sở Lao động, Thương binh và Xã hội")
//     and giving a head shared after a determiner to each name ("các Bộ
//     Tư pháp, Y tế" names "Bộ Tư pháp" and "Bộ Y tế");
//   - [ParseClause], which reads who leads, who cooperates and what is to be
//     done from a heading or from the start of a paragraph or bullet;
//   - [ParseField], which reads explicit fields such as
//     "Cơ quan chủ trì: Sở Nội vụ", and [ColumnRole], which classifies the
//     header cells of annex tables;
//   - [HeadLen] and [IsAgencyStart], which tell whether a text starts with
//     an agency name.
//
// All functions take NFC text (as the parser produces), except [Key] and
// [Matches], which normalise their input themselves. They are pure,
// safe for concurrent use and never panic; all are linear in the length of
// their input except Matches, which is at worst linear in the product of
// the lengths of its query and name. ParseClause reads only the first
// sentence of its text, and only its first words when they cannot start
// an assignment and the text has no "phối hợp" that a later clause may
// start with. Returned strings are substrings of the input unless
// documented otherwise.
package agency
