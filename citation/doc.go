// Package citation finds the documents that a Vietnamese administrative
// text cites: "Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ",
// "Chương trình số 12-CTr/TU", "Nghị quyết 38/2021/QH15", and the short
// names a document defines for them ("(viết tắt là Nghị quyết 01/NQ-CP)").
//
// # Numbers
//
// A citation is anchored on a document number and symbol (§5 of the
// domain guide): digits, then either a slash, an optional year and the
// upper-case codes of the type and issuer joined by hyphens (State
// documents: "01/NQ-CP", "06/2022/NĐ-CP", "38/2021/QH15",
// "1552/BTTTT-TTH"), or a hyphen, a type code, a slash and the issuer
// (Party documents: "26-NQ/TW", "46-HD/BTGTW"). A blank is allowed on one
// side of a separator ("15- NQ/TU", "215 /KH-UBND"), not on both, since
// "2021 - 2025" is prose; a line may end after a separator ("75-" /
// "KL/TW"). Codes are written in ASCII and the Vietnamese capitals
// ("1120/KH-BCĐTƯATTP", "26-NQ/TƯ"). A symbol whose only code is not a known type
// code ("01/COP16") or a Party symbol without issuer ("23-QĐ") counts only
// after "số", a type word, or another citation of the same list. Dates
// ("05/01/2024"), scales ("1/5.000"), ranges ("5-7"), standards ("ISO
// 9001:2015") and numbers without a symbol ("Đề án 06", "Chỉ số B1") are
// not citations.
//
// [Normalize] gives the number its standard spelling: blanks removed,
// dashes made hyphens, known codes in their standard case ("TTG" → "TTg",
// "CTR" → "CTr", "TTR" → "TTr", "nq" → "NQ"); other parts keep the case
// they were written in.
//
// # Type, date and issuer
//
// The document type is the type word before the number, within ten words
// of "số" ("Luật Bảo vệ môi trường số 72/2020/QH14") or right before the
// number ("Kế hoạch 231/KH-UBND"), in sentence case; a type word counts
// when it is capitalised ("Nghị quyết", "NGHỊ QUYẾT"), except "công văn"
// and "văn bản" (an official letter, "Công văn"). When several type words
// precede, the nearest one that agrees with the symbol's type code wins
// ("Thông báo kết luận số 09/TB-VPCP" is a Thông báo; "Quyết định phê
// duyệt Chương trình số 1234/QĐ-TTg" a Quyết định), else the nearest. A
// citation without a type word takes the type of the previous citation
// of the same list, else the type its code names, else "Công văn" for a
// symbol of the form number/ISSUER-UNIT.
//
// The date follows the number, with or without "ngày" and a comma: "ngày
// 05/01/2024", "ngày 02 tháng 5 năm 2024", ", ngày 04/11/2021", "306/CTr-UBND
// 07/10/2021". The issuer follows "của" and ends at a verb or preposition
// that starts the subject ("về", "thực hiện", "quy định" ...), at a
// bracket ("của Tỉnh ủy (khoá XVI)" gives "Tỉnh ủy"), at "khóa" or "giai
// đoạn", or at "và" or a comma not followed by a capitalised part of the
// same name ("Bộ Lao động, Thương binh và Xã hội" is one issuer). Some
// names go on with a lower-case description after their head, which may
// hold verbs ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông
// tỉnh X", "Trung tâm phát triển quỹ đất"); the verbs that also describe
// what a body does end such a name only after its level ("tỉnh",
// "huyện", "Trung ương", "nhân dân" ...), and a number right after such
// a head is part of the name ("Ban Chỉ đạo 389 tỉnh"). "lần thứ" is part
// of a name ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương"). The verb
// of a title written with a capital ends a name ("của UBND tỉnh Phê
// duyệt ...").
//
// The date may also follow the issuer: "Nghị quyết số 34-NQ/TU của Tỉnh
// ủy ngày 27/12/2025". An issuer written after the date without "của"
// ("Văn bản số 1289/UBND-TH ngày 23/02/2026 Ủy ban nhân dân tỉnh") is
// taken when it starts with the head word of an agency and a code of the
// symbol stands for it (UBND for "Ủy ban nhân dân"), since the subject of
// a new clause may stand there as well.
//
// A short name without a number of its own stands for the citation
// before it in the same sentence whose type has the short name's type
// word as its start or the same type code ("Chương trình 35" for
// "Chương trình hành động số 35-CTr/TU", "Thông tư 12" for a "Thông tư
// liên tịch"); the number the short name gives ("Nghị quyết 57", "NQ
// 57") picks among several.
//
// A form letter's blank number ("Kế hoạch số       /KH-BTNMT", "Nghị
// quyết số /NQ-CP") gives a [Match] with Incomplete set and no number.
// The text's own number in its header ("Số: 09/KH-BTNMT") is found like
// any other; callers that want only the body skip the header.
//
// Everything works on byte offsets into the text it is given. All
// functions are safe for concurrent use, never panic, and run in time
// linear in the length of their input; text without a slash or hyphen is
// rejected at once, and text without numbers costs one pass over its
// bytes with no allocation.
package citation
