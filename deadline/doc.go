// Package deadline finds the deadlines of Vietnamese administrative
// texts: "trước ngày 30/01/2024", "trong quý I năm 2025", "cuối năm 2024",
// "trước ngày 20 hàng tháng", "định kỳ hằng quý", "đến năm 2030, tầm nhìn
// đến năm 2045" (§4 of the domain guide), and parses the time column of
// annex task tables ("Tháng 8/2024", "2024 - 2025", "Quý III, năm 2022").
//
// A deadline is a time phrase: optional prepositions ("trước", "chậm
// nhất", "hoàn thành trong", "trong", "vào", "từ", "đến", "tầm nhìn đến",
// "giai đoạn", "cuối", "định kỳ"), a core (a date, a month, a quarter, a
// half year, a year, or a range of years, months or quarters) and an
// optional recurrence ("hàng tháng", "hằng năm"). The prepositions give
// the relation, the core the date or period.
//
// Ranges and lists. A range is written as ISO 8601 writes an interval,
// start "/" end: "2021 - 2025" is Period "2021/2025", "10-11/2019" and
// "tháng 10 - 11/2019" are "2019-10/2019-11", "10/2025 - 3/2026" is
// "2025-10/2026-03", "Quý IV/2025 - Quý I/2026" is "2025-Q4/2026-Q1". A
// list of quarters shares the year written after it and gives the range
// from its first to its last quarter: "trong quý III, IV/2026" and "quý
// III và quý IV năm 2026" are "2026-Q3/2026-Q4" (without a year, "Q3/Q4"
// or the year given to [Find]). A list of months does the same when its
// year follows it: "trong tháng 11 và tháng 12 năm 2026", "tháng 5,
// 6/2026" and "từ tháng 5 đến tháng 8/2026" are "2026-11/2026-12",
// "2026-05/2026-06" and "2026-05/2026-08"; without a year ("trong tháng
// 3, 4 đơn vị") only the first month counts. A list of months or
// quarters that are not next to each other, joined by "," or "và", is
// no range but several times, one deadline each, as a list of dates
// is: "vào tháng 5 và tháng 9 năm 2026" gives "vào tháng 5" (2026-05)
// and "tháng 9 năm 2026", "quý I, III/2026" gives 2026-Q1 and 2026-Q3;
// a dash or "đến" still makes a range ("quý I - III/2026"). A school or crop year,
// "năm học 2025-2026", "niên vụ 2025 - 2026", is the range of the two
// calendar years it runs over, "2025/2026". A list of years that follow
// one another is their range: "trong hai năm 2025, 2026", "các năm 2025,
// 2026 và 2027" are "2025/2026" and "2025/2027"; "năm 2025, 2030" is no
// list. "quý đầu năm" and "quý cuối năm" are the first and the last
// quarter: "trong quý đầu năm 2026" is "2026-Q1". A range of days is a
// Period of two dates: "từ ngày 15-20/8/2026", "từ ngày 15 đến ngày
// 20/8/2026" and "từ ngày 15 đến ngày 20 tháng 8 năm 2026" are
// "2026-08-15/2026-08-20", "từ ngày 25/7 đến ngày
// 5/8/2026" is "2026-07-25/2026-08-05" (the year written after the last
// date belongs to the first, or to the year before when the first comes
// later in the year), "--08-15/--08-16" without a year. A list of dates gives one
// deadline per date, each with the prepositions of the first and, when
// it has none, the year or recurrence written after the last: "trước
// ngày 15/6 và 15/12/2025" is before 2025-06-15 and before 2025-12-15.
//
// After the label of a time field on its own line or cell ("Thời gian
// thực hiện:", "Thời hạn:", "Tiến độ:", "Thời điểm:") the value is read as
// a table cell, so that a bare "10-11/2019" or "2024 - 2025" counts.
//
// Not every year is a deadline. The finder applies three rules, in this
// order, to phrases that have no strong preposition (only "đến", "tầm
// nhìn", "giai đoạn", "từ", "sau", or none):
//
//   - A date right after a document number is the date of the cited
//     document: "Nghị quyết số 01/NQ-CP ngày 05/01/2024".
//   - A date after a place name at the start of a line is a place and
//     date line: "<nơi ban hành>, ngày 06 tháng 8 năm 2024".
//   - A time phrase that follows the name of a plan, programme, strategy,
//     scheme or document in the same clause qualifies that name, not the
//     task: "Quy hoạch tỉnh giai đoạn 2021 - 2030, tầm nhìn đến năm 2050",
//     "Chương trình ... giai đoạn 2021 - 2025", "Luật Khoáng sản năm 2010",
//     and the subject of a citation, "Nghị quyết số 26-NQ/TW ... về ...
//     đến năm 2030". The clause runs back to ";", ".", "!", "?", "|", a
//     blank line or a line that starts a list item ("-", "+", "•"), at
//     most 480 bytes; a single line break is a hard wrap, not a boundary.
//     The nouns are Quy hoạch, Kế hoạch, Chương trình, Chiến lược, Đề án
//     (also in lower case), and, capitalised, Dự án, Nghị quyết, Quyết
//     định, Chỉ thị, Kết luận, Thông báo, Nghị định, Thông tư, Phương án,
//     Quy chế, Pháp lệnh, Hiệp định, Thỏa thuận, Công ước, Bộ luật, Hiến
//     pháp and Luật; a noun
//     after an agency head ("Sở Kế hoạch và Đầu tư", "Viện Chiến lược") or
//     a hyphen ("Tài chính - Kế hoạch") is part of an agency name.
//
// A time with no preposition right after a noun (a word, a number or a
// closing bracket or quote, not "và", "hoặc" or a verb of doing such as
// "thực hiện", and not at the start of a clause) names the noun's thing,
// not the time of the task, when a deadline with a strong preposition
// follows in the same clause: "lập dự toán ngân sách năm 2026, nộp về
// Sở trước ngày 20/10/2025", "Công bố giá vật liệu xây dựng quý II/2026
// trước ngày 10/7/2026", "phương án ... mùa khô năm 2025 - 2026, trình
// ... trước ngày 20/01/2026". So does a time right after a noun of money
// or plan (see below, "nguồn ngân sách tỉnh năm 2026", "vốn đầu tư công
// năm 2026"), unless "hoàn thành" governs it ("hoàn thành và vượt dự toán
// thu năm 2026"). Elsewhere a year after a noun stays a deadline, since
// a heading such as "Nhiệm vụ trọng tâm năm 2026" gives the time of its
// section; "Năm 2026, ..." and a table cell are deadlines too.
//
// "đầu" closing a word is no time: "người đứng đầu năm 2026", "dẫn
// đầu", "đi đầu", "hàng đầu", "ban đầu", "cầm đầu" and "bắt đầu" or
// "khởi đầu" ("bắt đầu từ năm 2026" is from 2026).
//
// The baseline of a comparison is not a deadline either, whatever
// "cuối", "đầu" or "giai đoạn" it has ("giai đoạn trước năm 2020" too):
// a time right after "cùng kỳ" or "mức", perhaps with "của" ("cao hơn
// cùng kỳ năm 2024", "bằng mức năm 2023", "đạt mức của năm 2019", but
// not "đạt mức 45% năm 2026"), a time governed by "so với", "so sánh
// [với]" or "từ mức" at most six words or numbers before it, with no punctuation and
// no word of a second term ("lên", "xuống", "đạt", "còn", "thành", "và",
// "hoặc", "là") between ("tăng 12% so với cùng kỳ năm 2025", "so với
// thời điểm cuối năm 2020", "so với giai đoạn 2016 - 2020", "từ mức 30%
// năm 2020 lên 45% năm 2025", where năm 2025 stays), and a year that
// opens a parenthesis before "là" or ":" ("(năm 2025 là 40,5%)"). A
// phrase with another preposition after "so với" in the same clause is
// a deadline: "tăng 10% so với năm 2024 vào năm 2026".
//
// A time wholly before the year given to [Find] (the document's year) is
// the frame of a past result, not a deadline, when it opens its clause
// ("Năm 2024, tăng trưởng đạt 8,5%", "Trong năm 2024, toàn tỉnh đã ...",
// "Đến hết năm 2024, toàn tỉnh có ..."), when "đạt", "đã" or "là"
// follows it ("năm 2024 đạt 8,5%"), or when "đã" comes earlier in its
// clause ("đã ban hành vào tháng 12/2024"): a document cannot set a
// deadline before it is issued. It stays a deadline after "trước",
// "chậm nhất" or "hoàn thành", which make it one explicitly (a
// requirement recalled; last year's number typed early in January),
// when it runs on ("từ năm 2024", "Năm 2022 và hằng năm"), after a time
// label ("Thời gian thực hiện: Quý IV/2024", read as a cell), and
// elsewhere in its clause, where it may be the year a status is
// recognised for or the period a review covers ("Sơ kết 6 tháng đầu năm
// 2024").
//
// A phrase with a strong preposition ("trước", "chậm nhất", "hoàn thành",
// "trong", "vào", "cuối", "đầu", "định kỳ") or a recurrence is a
// deadline, "cuối" and "đầu" unless in a baseline: "trình Quốc hội tại kỳ
// họp cuối năm 2023". Bare years and
// dates without a keyword ("2024", "30/6/2025") are deadlines only after
// a preposition ("đến 2030", "trước 30/6/2025").
//
// OCR text often misreads or loses the "t" of "trong": "frong" is read
// as "trong", and so is "rong" before "tháng" or "quý" ("(rong tháng
// 01/2026)").
//
// Phrases without a year ("6 tháng đầu năm", "trước ngày 25 tháng 12",
// "trong quý III") take the year given to [Find]; when it is 0 the year is
// left out: Date "--12-25" (the ISO 8601 form for a day of an unknown
// year), Period "--12" for a month, "Q3" for a quarter, "H1" for a half.
//
// Recurrence values: "daily", "weekly", "monthly", "quarterly", "yearly",
// and "every-N-days", "every-N-weeks", "every-N-months", "every-N-years"
// for other intervals ("định kỳ 6 tháng" gives "every-6-months", "định kỳ
// hai năm một lần" and "03 năm/lần" "every-2-years" and "every-3-years";
// 3 months is "quarterly", 12 months "yearly"), "continuous" for an
// ongoing task and "periodic" for a recurring one whose interval is not
// given. "Thường xuyên" is continuous in a table cell, where it opens
// a sentence or clause ("Thường xuyên rà soát ...", "...; thường xuyên
// kiểm tra"), and where it closes a clause right after "thực hiện",
// "triển khai", "duy trì" or "tổ chức", perhaps with ", liên tục" ("...
// và thực hiện thường xuyên, liên tục."); after a noun it qualifies the
// noun ("chi thường xuyên", "nhiệm vụ thường xuyên"). The interval may
// be written in words with a slash: "hai năm/lần". "mỗi tuần", "mỗi
// tháng", "mỗi quý", "mỗi năm" are as "hằng ..." ("mỗi ngày" is mostly a
// slogan, "Sống khỏe mỗi ngày", and is left out). A count per unit of
// time with a count noun ("lần", "số", "đợt", "kỳ", "cuộc") recurs:
// "01 lần/năm" is "yearly", "01 số/tuần" "weekly", "02 đợt/năm"
// "every-6-months" (N a year, N dividing 12), "03 lần/tuần" "periodic";
// a rate such as "đồng/người/năm" or "2 buổi/ngày" is none, and so is a
// count after a cap, "không quá", "không vượt quá" or "tối đa": "không
// quá 01 lần/năm đối với một doanh nghiệp" bounds how often, and sets no
// time ("ít nhất 01 lần/năm" is yearly). A list of recurrences that
// drops "hằng" or "định kỳ" after the first gives one deadline each:
// "định kỳ hằng quý, 6 tháng, năm" is quarterly, every-6-months and
// yearly, "hằng tháng, quý và năm" monthly, quarterly and yearly; an
// item ends its clause or comes before "và" or "hoặc", or, from the
// third on, before a word that is no word of time ("..., năm gửi Bộ
// Nội vụ"), so that "hằng quý, năm 2026" and "hằng năm, 6 tháng đầu
// năm" are no lists. A digit glued to a
// word is no number: "tháng1lần" is not "tháng 1 lần", as "tháng1/2026"
// is no month. A bare "định kỳ" is periodic where it opens
// a clause or follows a comma, "và", "hoặc", "phải" or "cần", and a word
// follows it ("Định kỳ, Sở ... tổng hợp", "đôn đốc và định kỳ báo cáo");
// after a noun or verb it qualifies that word ("chế độ báo cáo định
// kỳ"). A recurring date has no year:
// "trước ngày 31 tháng 3 hàng năm" is Date "--03-31" with Recurrence
// "yearly", and so, without "ngày", is "13 tháng 10 hằng năm" (a day and
// a month before a yearly recurrence; "13 tháng 10 ngày" is a length); "trước ngày 20 hàng tháng" and "trước 20 hằng tháng" are Day
// 20 with Recurrence "monthly". A day of a month of each quarter is a
// Day with Recurrence "quarterly": "trước ngày 20 tháng cuối quý",
// "trước ngày 25 của tháng cuối quý" and "trước ngày 10 của tháng đầu
// quý sau" are Day 20, 25 and 10, before, quarterly; so is "trước ngày
// 15 tháng cuối mỗi quý" (or "hằng quý"). Which month of the
// quarter (first, middle or last, of this quarter or of the next) has no
// field of its own and is kept in Text only. With the number of the
// quarter the month is known: "trước ngày 15 tháng cuối quý I năm 2026"
// is before 2026-03-15.
//
// After "ngày" a date may have blanks around its slashes, as PDF and OCR
// copies write it: "trước ngày 30 / 6 / 2026" is before 2026-06-30.
//
// A day without its month ("trước ngày 25", "chậm nhất ngày 05") is the
// day of each month (Day, Recurrence "monthly") right after a monthly
// recurrence in the same clause: "Báo cáo hằng tháng, trước ngày 25",
// "định kỳ hằng tháng (trước ngày 20)"; elsewhere it is no deadline.
//
// A date without a year recurs from its context: after "định kỳ"
// ("định kỳ trước ngày 15/6", "Định kỳ, trước ngày 15/6"), or after a
// recurrence of months, quarters or years earlier in the same clause ("báo cáo định kỳ 6 tháng, hằng năm
// (trước ngày 15/6 và 15/12)"), it falls on the same day every year
// (Recurrence "yearly"), or every N years after "every-N-years".
//
// A bare recurrence that qualifies a noun is not a deadline: after a noun
// of money, rate or plan ("ngân sách", "kinh phí", "dự toán", "chi",
// "thu", "vốn", "nguồn lực", "tăng trưởng", "bình quân", "kế hoạch",
// "chỉ tiêu", with at most one modifier such as "nhà nước" or "thường
// xuyên" between, and perhaps a passive verb after it, "dự toán ngân
// sách được giao hằng năm"), before "của", coordinated with a plan
// horizon ("5 năm và hằng năm", "trung hạn và hằng năm"), or in a clause
// that names a criterion or basis of assessment ("là tiêu chí", "làm căn
// cứ"): "tổng chi ngân sách hằng năm", "tăng trưởng bình quân hằng năm",
// "kết quả thực hiện là tiêu chí đánh giá, thi đua, khen thưởng hằng
// năm". After a verb, a comma, "định kỳ" or at the start of a clause it
// is one: "báo cáo hằng năm", "Hằng năm, Sở ... tổng hợp".
//
// A time allowed from an event is a deadline with Within, an ISO 8601
// duration, and Event, the event as written, in place of a date or
// period: "trong vòng 30 ngày kể từ ngày ký ban hành Kế hoạch này" is
// Within "P30D", Event "ngày ký ban hành Kế hoạch này". Its form is a
// lead, a count, a unit, a link and the event. The lead is "trong"
// (perhaps with "vòng", "thời hạn" or "thời gian"), "chậm nhất" or
// "muộn nhất" (perhaps with "là"), "không quá", "tối đa" or "hoàn
// thành", which make the relation "before" (due by the end of the time),
// or "sau" alone, which makes it "after" (the work starts once the time
// has passed: "sau 30 ngày kể từ ngày ký"). The count is one to three
// digits or a number in words read by package vnnum ("mười lăm", "một");
// the unit is "giờ" (hours, "PT24H"), "ngày" (D; "ngày làm việc" sets
// WorkingDays), "tuần" (W), "tháng" (M), "quý" (three months each) or
// "năm" (Y). The link, perhaps after a comma, is "kể từ", "tính từ",
// "từ" or "sau": "chậm nhất 15 ngày sau khi nhận được văn bản", "Trong
// thời hạn 07 ngày làm việc, kể từ ngày nhận đủ hồ sơ", "trong vòng 24
// giờ sau khi bão tan" (PT24H). A bare "từ" takes only "ngày" or "khi"
// after it, and no date ("hội nghị trong 02 ngày từ ngày 15/7/2026" is
// the length of a meeting); a bare "sau" also an event noun: "Tết",
// "mùa" and "ngày" before a word (see below), and, after a count,
// "bão", "lũ", "đại hội", "hội nghị" and "kỳ họp" ("chậm nhất 03 ngày
// sau bão" is P3D from "bão"). The event runs to the end of its clause
// (a punctuation mark, a bracket or a line break, or "và", "hoặc",
// "thì", "để", "đạt"), before a recurrence or a time with a strong
// preposition ("trong năm 2024"), at most twelve words; a date in it is
// part of the event ("trong 30 ngày kể từ ngày 01/7/2026" is P30D from
// "ngày 01/7/2026"), and so is a short parenthesis followed by more of
// it ("khi Luật Khoáng sản (sửa đổi) ban hành"). A count in words
// counts only before "kể từ", the anchor that lets [Find] see it.
//
// A time counted back from an event has a negative Within: "chậm nhất
// 15 ngày trước ngày khai mạc đại hội" is Within "-P15D", Relation
// "before", Event "ngày khai mạc đại hội", "chậm nhất 12 giờ trước khi
// bão đổ bộ" is "-PT12H", and "trước 03 ngày so với ngày tổ chức" (the
// lead "trước" and the link "so với") is "-P3D". The link "trước" takes
// what "sau" takes, after "chậm nhất", "muộn nhất" or "hoàn thành" or
// in a table cell: "trong vòng 15 ngày trước ngày bầu cử" is the window
// of the 15 days, not a time limit, and only "trước ngày bầu cử" (see
// below) is read.
//
// A time before, at or after an event with no count and no date is a
// deadline with Event and no Within: "trước khi bão đổ bộ" is Relation
// "before", Event "khi bão đổ bộ"; "trước Tết Nguyên đán", "trước mùa
// mưa bão hằng năm" (Recurrence "yearly", Event "mùa mưa bão") and
// "trước ngày khai mạc Đại hội" are before their events too. "Ngay khi
// có tin bão" is "on" and "ngay sau khi bão tan" "after"; "hoàn thành"
// or "chậm nhất" may come first. The event starts with "khi", "Tết",
// "mùa" or "ngày" before a word that is no number. "trước khi" after
// a verb is read as a time limit even where it tells an order of steps
// ("đánh giá tình hình trước khi ban hành", "hoàn thiện dự thảo trước
// khi trình"): the step must be done before the event. It is no
// deadline in a baseline or the name of a stage, after "với", "như",
// "hơn", "giai đoạn", "thời kỳ" or "đứng" ("so với trước khi sáp
// nhập", "Giai đoạn trước mùa mưa bão"), nor in the name of what a
// target measures, before "đạt" ("khám sức khỏe trước khi kết hôn đạt
// 90%"). Not read: a bare "sau khi", which tells the order of things or
// describes a thing far more often than it sets a time ("Sau khi nghe
// báo cáo", "hậu kiểm sau khi cấp phép"); "trước" before a body or a
// meeting without "ngày" or "khi" ("trình bày trước Hội nghị" is in
// front of it); "trong khi" (mostly "whereas") and "trong thời gian"
// ("trong thời gian tới").
//
// A length of time without both a lead and an event is no deadline: it
// may be how long something lasts ("thời gian tập huấn 03 ngày", "hội
// nghị trong 02 ngày", "nghỉ 05 ngày"), a span looked back on ("trong 5
// năm qua", "sau 3 năm thực hiện") or a stage ("giai đoạn 5 năm"). So is
// a time allowed with no event ("xử lý trong vòng 30 ngày"): its start
// is not written, and with the event left out it would read as a period.
// In a table cell or after a time label ("Thời hạn: 30 ngày kể từ ngày
// ký") the lead may be left out; the relation is then "before".
//
// Relations: "before" (trước ..., also after "hoàn thành" or "chậm
// nhất"), "by" (chậm nhất, hoàn thành ... without "trước"; also "trong"
// or "vào" in a clause that opens with "hoàn thành", perhaps after
// "phấn đấu" or "khẩn trương": "hoàn thành phê duyệt phương án trong năm
// 2026" as "hoàn thành trong năm 2026"; also a month or quarter with
// its year and no preposition after "hoàn thành" and its object in the
// same clause, even an object that names a plan: "Sở Xây dựng hoàn
// thành điều chỉnh quy hoạch tháng 01/2026", but not after a noun such as
// "mức độ", "tỷ lệ", "kết quả" or "việc", after "đã" or "chưa", or with
// a number between), "during", "on"
// (an exact day), "end_of" (cuối ...), "start_of" (đầu năm ...), "from"
// (từ ..., "năm 2022 và hàng năm"), "until" (đến hết ..., đến + a day,
// month or quarter), "horizon" (đến năm ..., tầm nhìn đến năm ...),
// "after" (sau năm ..., sau 30 ngày kể từ ..., ngay sau khi ...). A bare
// recurrence has no relation.
//
// All functions are safe for concurrent use, never panic, and run in time
// linear in the length of their input. [Find] jumps from number to number
// (and to the words "hàng", "hằng", "quý", "sáu", "kỳ", "lần", "mỗi",
// "xuyên", "kể từ", "trước" and "ngay", which are part of phrases without
// digits) instead of reading every word, so text without them costs one
// pass over its bytes and no allocation. "TRƯỚC" in capitals is no
// anchor.
package deadline
