// Package target finds the numeric commitments of Vietnamese plan text:
// "đạt trên 55.000 ha", "giảm còn dưới 1,76%", "thành lập mới 5-7 HTX",
// "khoảng 3,5 - 4 triệu lượt khách", "nhóm 10 địa phương dẫn đầu".
//
// [Find] returns each commitment of a paragraph as a [Match]: its byte
// offsets and a [model.Target] with the comparator, the value or range
// (scale words applied, so "4 triệu" is 4000000 and the unit is
// "lượt khách"), the unit as written, whether it is a change ("increase"
// or "decrease") or a rank, and a best-effort metric. [FindIndicators]
// does the same for text that a heading of targets governs, where a
// metric and a number with its unit need no verb (see "Lists of
// indicators" below). [ParseValue] reads the bare value cells of annex
// indicator tables ("≥ 55", "40 - 50"), and [ParseValues] each value of
// a cell, also each count of a list ("24 tin, bài và 06 phóng sự").
//
// # What counts as a commitment
//
// A number is a target when the words right before it govern it:
//
//   - a commitment or lead-in verb: "đạt", "hoàn thành", "đón", "thu
//     hút", "phấn đấu", "bảo đảm", "duy trì", "ổn định", "mục tiêu";
//   - a change verb: "tăng", "tăng thêm", "có thêm", "thành lập mới",
//     "trồng mới" (increase), "giảm", "cắt giảm" (decrease);
//   - a comparator: "trên", "hơn", "vượt" (gt), "tối thiểu", "ít nhất",
//     "không dưới", "có từ", "tối thiểu có", "≥", ">=" (ge), "dưới", "<"
//     (lt), "không quá", "tối đa", "≤" (le), "khoảng", "gần", "xấp xỉ"
//     (approx), "bằng", "=" (eq); "từ X trở lên" is ge and "từ X đến Y" a
//     range; "Có từ 12 trường học" is ge 12;
//   - "đạt chuẩn", before a percentage only: "đạt chuẩn 100%" commits,
//     "đạt chuẩn từ 3 sao" grades; "chiếm" (also "chiếm tỷ trọng",
//     "chiếm tỷ lệ"), the share of a whole, before a percentage only:
//     "kinh tế số chiếm 20% GRDP", not "dự án chiếm 5 ha đất lúa";
//   - "lên", "còn", "xuống" when a verb such as "tăng", "nâng", "giảm"
//     or "đưa" comes earlier in the clause ("nâng độ che phủ rừng lên
//     42%"); they make the target a level, not a change: "giảm trên 5%"
//     is a decrease, "giảm còn dưới 1,76%" a level below 1.76.
//
// A number that starts a clause, or follows "có", is a target when
// "phấn đấu" comes earlier in the sentence, or "mục tiêu"/"chỉ tiêu"
// opens it ("Phấn đấu đến năm 2030, 100% xã ...", "Mục tiêu: 100% xã
// ...; 95% hộ ..."), or when it follows "có" that opens a clause after
// ";" in a sentence that already stated a target, unless the clause
// tells the past ("Đến năm 2030, 100% xã ...; có 30 bác sĩ/vạn dân và 35
// giường bệnh/vạn dân"). A percentage that starts a clause (after a list
// mark, ";", ":" or ",", not an open bracket) and is followed by the noun
// phrase it counts is a target on its own, unless the clause tells the
// past with "đã" or "vừa" ("vừa" after "và" is a size: "doanh nghiệp nhỏ
// và vừa"): "- 100% cơ sở y tế tuyến xã được kết nối ...". So is one
// after "có" that opens a clause, alone or after its year: "Đến năm 2025
// có 80% hộ gia đình ...", not "Hiện có 50% xã ...". A number
// after "trong đó" is a part of the target before it ("đạt 9.800 tỷ
// đồng, trong đó thu nội địa 8.500 tỷ đồng"). A percentage is a change
// when "tăng" or "giảm" opens its clause ("giảm tỷ lệ hộ nghèo bình quân
// 1,5%/năm"), and so are percentage points ("1 - 1,5 điểm phần
// trăm/năm"). A number alone in quotation marks is a number ("phát thải
// ròng bằng “0”"). A count after "hoàn thành" (or "hoàn tất") and one to three
// words of an action is an output target, leading zero or not: "Hoàn
// thành cải tạo 03 chợ đầu mối" (times are not: "hoàn thành báo cáo 6
// tháng").
//
// A percentage after a preposition of place or aim ("tại", "cho", "đến",
// "tới", "ở", "đối với", and "trên" before 100%, which no share exceeds)
// and before the noun phrase it counts is the share of what a task
// reaches, and that noun phrase is its metric: "Triển khai mô hình ...
// tại 100% tổ dân phố, thôn", "phủ sóng đến 100% thôn". It is not when
// the clause tells the past ("đã phủ sóng đến 100% thôn") or when it lies
// in the metric of the target before it ("Giảm 10% thời gian xử lý hồ sơ
// cho 100% thủ tục"); "trên 90% trường học" stays gt 90. So is a
// percentage right after the action of a task, anywhere in its clause
// ("số hóa 100% hồ sơ", "chỉ đạo 100% trường học tổ chức …", "phủ sóng
// 80% khu dân cư"), with the same limits, and not when it picks out who
// acts or is dealt with ("các xã có tỷ lệ giải ngân 30% xây dựng …",
// "Hỗ trợ các doanh nghiệp sử dụng 30% lao động nữ").
//
// A count right after the verb that opens a task clause (after a list
// mark, ";", ":", "," or the start) is the task's output, and its metric
// is the verb and what it counts: "- Đào tạo 100 cán bộ", "Tổ chức 02
// cuộc thanh tra", "Xây dựng 02 - 03 mô hình", "Trồng 500 ha rừng",
// "Nâng cấp 15 trường học". The verbs are a closed list of actions
// (taskVerbs). Counts of the issuer's own documents, meetings and plan
// parts ("Ban hành 02 kế hoạch", "Tổ chức 01 hội nghị", "Thực hiện 06
// nhiệm vụ", "03 nhóm giải pháp", "2 đợt"), names ("01 Tổ công tác"),
// shares, sums of money, times, and rates ("02 cuộc kiểm tra/năm", "01
// con bò cho mỗi hộ", "01 lần/năm") are not outputs; nor is a count after
// a subject or another word ("Toàn tỉnh tổ chức ...", "đã đào tạo ...",
// "Hội đồng tổ chức ..."). The name of the agency that does the task may
// stand before the verb, with "chủ trì" or not, or "phối hợp với" and a
// name after "chủ trì,": a name that opens with a capital and holds another
// capitalised word or an acronym ("Trung tâm Khuyến nông tỉnh xây dựng 05
// mô hình", "Sở Công Thương chủ trì hỗ trợ 50 hợp tác xã"). A verb after
// "thì" states a rule under a condition, not a task ("thôn có trên 300 hộ
// thì bố trí 02 công an viên"). "mới" or "thêm" may stand between the
// verb and the count ("khởi công mới 18 dự án"), and so may up to five
// words when another verb of the list stands right before the count
// ("xây dựng kế hoạch tuyển dụng 40 giảng viên"); other words make the
// count part of the object ("Phát triển giáo dục 2 huyện miền núi"). The
// name before the verb may also be a lead and its partner ("Văn phòng
// Thanh tra tỉnh phối hợp với Sở Nội vụ tổ chức ..."), and the partner
// after "chủ trì," a collective ("phối hợp với các khoa"). "điểm" before
// a noun counts places ("Xử lý 12 điểm tập kết rác"), not a score.
//
// A count after "cho", "tại" or "đối với" counts those a task is for or
// the places it reaches when such a verb, or one of actionVerbs, opens
// the clause at most twelve words before, as above: "Chủ tịch Ủy ban
// nhân dân tỉnh tặng Bằng khen cho 30 tập thể", "Kiểm tra việc thực hiện
// kết luận tại 06 đơn vị"; its metric is the verb and the counted noun.
// Not after a verb that spends ("Đầu tư trang thiết bị cho 40 trạm y
// tế", "bố trí đủ công chức cho 95 xã": where money or staff go, the
// task's scope), nor with "có", "mỗi" or "là" between, nor in a clause
// that tells the past.
//
// A number right after "và", "hoặc" or "," that ends the last target or
// its metric (a name in brackets may stand between) goes on that target's
// list, with its comparator and change, when both are percentages or both
// counts: "90% nước thải y tế và 75% nước thải đô thị ...", "03 chợ đầu
// mối và 05 chợ nông thôn", "thành lập mới 4 HTX, 6 tổ hợp tác". Times and
// ages do not go on a list ("đạt 5 ha và 3 năm liên tiếp").
//
// "nhóm N ... dẫn đầu" (or "đứng đầu", "hàng đầu", ...) and "Top N" are
// rank targets with comparator le, since being in the first N allows any
// rank up to N: "thuộc nhóm 5 nước dẫn đầu" is Rank, le 5, unit "nước",
// and so is "Top 5 nước dẫn đầu"; a known counted noun right after "Top
// N" is its unit too ("Top 20 tỉnh, thành phố").
// "đứng thứ N" is a rank with comparator eq. Numbers in words ("có thêm
// hai mươi sản phẩm") count right after a verb or a comparator of two
// words or more ("ít nhất ba mươi xã"). After a single comparator word,
// often a preposition, they count only from ten on and with a unit that
// is not a time ("trên một trăm lượt"; "trong hơn một năm qua" and "trên
// một nền tảng" hold no target).
//
// A number that rests on a comparator alone and qualifies another target
// is left out: "sản phẩm đạt chuẩn từ 3 sao trở lên" after "có thêm 30
// sản phẩm", "trẻ em dưới 5 tuổi", "ít nhất 8 loại vắc xin" inside the
// metric of "80% trẻ em được tiêm đủ ...", or "trên 50 triệu đồng"
// inside the metric of a later "đạt 30%". Standing alone ("Tiêm đủ ít
// nhất 8 loại vắc xin") such a count is a target: nothing tells a
// qualifier of a verb's object from a commitment there. After "có" and a
// noun of size ("doanh thu", "quy mô", "diện tích", "chiều dài", "trọng
// tải", "công suất", "vốn", ...) in the sentence of another target, with
// no end of a clause between, such a number qualifies what that target
// counts: "cho 100% hợp tác xã và doanh nghiệp có doanh thu dưới 3 tỷ
// đồng" is one target. A grade in stars
// right after what a count counts grades it, verb or not: "có thêm 30
// sản phẩm OCOP đạt 3 sao trở lên" is one target.
//
// A number that rests on a comparator alone and picks out who a task is
// for or who must act is no target either: after "đối với" and a noun
// phrase ("xử lý đối với các chủ đầu tư giải ngân dưới 30%"), or after
// "có" and the noun of a measure that follow a noun, when the clause goes
// on past the number ("các xã có tỷ lệ suy dinh dưỡng trên 20% xây dựng
// kế hoạch"); "tỉnh có tỷ lệ đô thị hóa trên 40%." ends its clause and
// stays a target.
//
// A comparator right after "đối với" states a target ("tiếp nhận hồ sơ
// đối với ít nhất 200 thủ tục"); one whose clause goes on to "thì" is
// part of a condition that picks out who the rule is for ("chi bộ có dưới
// 09 đảng viên thì bầu bí thư") and is none.
//
// A fraction of one digit over a denominator from 2 to 10, before the
// noun it counts, is a share: its unit is "%" and its value the share in
// percent rounded to four decimals, so that it compares with other
// shares ("khoảng 1/3 cấp ủy viên" is approx 33.3333 %, "2/3 số xã" eq
// 66.6667 %); its metric is the noun phrase after it, and "trở lên" or
// "trở xuống" after that phrase makes it ge or le. Dates ("ngày 1/3", "từ
// 1/3 đến 15/3") and scales ("1/2.000") are no fractions.
//
// Ranges are always comparator between, also after "khoảng": "khoảng
// 6,5% - 7,0%" is between 6.5 and 7, since a target has one comparator.
// A dash escaped in Markdown makes a range too: "12 \- 15%/năm".
//
// # What does not
//
// Years ("năm 2024", "2021 - 2025": four digits between 1900 and 2100
// with no "%" after them), dates and document numbers ("30/01/2024",
// "01/NQ-CP", "26-NQ/TW", anything glued to "/" or ":", so also map
// scales "1/5.000" and "ISO 9001:2015"), numbers glued to letters ("4G",
// "5G", "CO2", footnote digits as in "Chính phủ3") unless the letters are
// a unit ("100ha"), numbers after a word that names or numbers things
// ("tháng 8", "quý", "giai đoạn 2", "số 4", "mức độ 3 và 4", "vành đai
// 3", "lần thứ 26"; not "các loại", of all kinds: "Rau màu các loại
// 18.500 ha") or after a capitalised name ("Festival 4 mùa", "Đề án 06",
// "Điều 5", also of two words: "Đề án 1 triệu ha", "Chương trình 135"),
// "con số" and "chữ số", figures ("tăng trưởng hai con số"), list labels ("1.", "(2)"), numbers inside quotation
// marks ("“4 không 1 có”"; straight quotes open before a word and close
// after one), a grade listed after a count ("12 sản phẩm OCOP 3 sao, 4
// sao"), the baseline of "tăng từ 35% lên 40%", numbers after a
// rule of signs ("===== Trang 7 ====="), and counts that nothing governs
// ("06 quan điểm", "04 Tổ công tác"; for counts after the verb of a task
// see above). A change or level of a sum of money
// that a plan spends rather than achieves is no target either: one whose
// metric opens with "tổng mức đầu tư", "kinh phí", "dự toán", "chi phí",
// "ngân sách", "nguồn vốn", ... ("kinh phí thực hiện tăng thêm 2 tỷ
// đồng"), and one in brackets right after a sum, which restates how it
// changed ("lên thành 208 tỷ đồng (tăng 35 tỷ)"). Revenue and investment
// attracted are results: "tăng thu ngân sách thêm 500 tỷ đồng", "vốn đầu
// tư toàn xã hội đạt 5.000 tỷ đồng".
//
// # Units and metrics
//
// The unit is "%" (with "/năm" when written "%/năm"), a known unit or
// counted noun of up to three words ("ha", "lượt khách", "hợp tác xã"),
// a rate ("USD/người", "bác sĩ/vạn dân", "con/phụ nữ", "bé trai/100 bé
// gái", "lít/người/ngày đêm", and in words "bác sĩ trên một vạn dân",
// kept as written), an acronym ("HTX"), or else the next one or two words
// that are not function words, so as not to cut a word of two syllables
// ("cánh đồng"). A head of one syllable that names a facility or device
// ("trạm", "cầu", "bãi", "camera", "xuồng", ...) takes the two words of its
// modifier with it, which ends no unit inside a compound word: "trạm y
// tế", "camera giám sát", "cầu dân sinh", "bãi chôn lấp". A unit written
// across a line break is given with one space. A scale word is part of the value, not of the
// unit: "1.573,1 tỷ đồng" has value 1.5731e12 and unit "đồng", and a sum
// in "tỷ" with no unit written is in "đồng" ("tăng 18 tỷ").
//
// The metric is the noun phrase before the governing words, back to the
// clause boundary (";", ",", ":", an open bracket, the end of the last
// target; not a comma that lists short parts, of four words at most and
// in lower case, after a phrase that a head noun opens: "Tỷ lệ chất thải
// rắn được thu gom, vận chuyển, xử lý đạt 95%"), without lead-in verbs,
// "dự kiến" and years ("Ổn định diện tích cây lương
// thực có hạt đạt ..." gives "diện tích cây lương thực có hạt") and
// without the agency that "chủ trì" the task ("Sở Y tế chủ trì tổ chức
// tập huấn ít nhất 02 lần/năm" gives "tổ chức tập huấn"; not after "do":
// "tỷ lệ nhiệm vụ do các sở chủ trì hoàn thành"). For a change, or when
// nothing stands before, it is the phrase after the unit ("giảm trên 5%
// số người chết do tai nạn giao thông"), with a counted noun in front
// ("HTX nông nghiệp"); a change with neither that follows a target past a
// comma alone keeps its metric ("Tổng thu ngân sách đạt 12.000 tỷ đồng,
// tăng 10% so với năm 2025"), and so does a target whose clause holds
// only a later time ("tỷ lệ hộ dùng nước sạch đạt 98%; năm 2030 đạt
// 100%"). A number that a word names stays in the metric ("dịch vụ công
// trực tuyến mức độ 4"); a year does not. A metric read after the unit passes over
// how often at its start and ends before it at its end or before a
// period ("giảm 5% mỗi năm số ca mắc mới", "trồng mới 500 ha rừng mỗi
// năm", "... 8%/năm giai đoạn 2021 - 2025"); "tăng trưởng" after a lead-in
// is the metric ("phấn đấu tăng trưởng kinh tế bình quân 8%/năm"). After "hoàn thành" it is the action and
// its object ("cải tạo chợ đầu mối"). A list label in brackets
// ("(6)") is left out. Metrics keep at most sixteen words; a longer one
// read before the verb may keep up to eight more to start at a head noun
// ("tỉ trọng", "tỷ lệ", "tốc độ", ...) rather than inside a word; with no
// head noun there, it starts after the first function word of the last
// sixteen ("... gắn với thực hiện di dời trên 400 hộ dân" gives "di
// dời"). Percentage points are the unit "điểm phần trăm". A metric
// that opens with the name of the agency that acts, or with "phối hợp
// với" and that name, starts at the action after it ("Thanh tra tỉnh
// kiểm tra đột xuất tại tối thiểu 10 đơn vị" gives "kiểm tra đột xuất"),
// and a preposition that ends it ("tại", "đối với") is left out. A comma
// inside a fixed pair ("phòng, chống", "xã, phường", "cán bộ, công chức")
// cuts no metric.
//
// # Lists of indicators
//
// Under a heading of targets ("I. MỤC TIÊU, CHỈ TIÊU", "Các chỉ tiêu chủ
// yếu"), an item states its targets as a metric and a number with its
// unit, often with no verb: "Diện tích gieo trồng 230.000 ha; năng suất
// bình quân 71,5 tạ/ha", "Rau màu các loại 18.500 ha, sản lượng 420
// nghìn tấn", "đàn bò 95.000 con". Find cannot see the heading, so it
// leaves them; the caller that knows the section calls [FindIndicators],
// which applies Find's rules and this one: a number with a unit that no
// word governs (fillers such as "bình quân" aside) is a target, comparator
// eq, when
//
//   - a noun phrase of at most ten words stands right before it and
//     opens its clause (after a list mark, ";", ",", ":", "." or the
//     start; not a bracket), with no number and no "đã" or "vừa" in it,
//     and not a function word right before the number;
//   - the clause ends after it (a mark, the end, or "so với", "đến năm",
//     "trong", "và", ...), so the number is no qualifier inside a longer
//     phrase ("trẻ em 3 - 5 tuổi đạt 96%", "2 huyện miền núi");
//   - the phrase opens with no action ("Tập trung thực hiện 03 nhóm giải
//     pháp", also after a lead-in: "Tập trung phát triển 06 khu công
//     nghiệp"; "thu" opens revenue, "Thu ngân sách 12.000 tỷ đồng"), and
//     holds no "có" or "với" before a noun of size ("cánh đồng với quy
//     mô 50 ha");
//   - the unit is not a time (ages are: "Tuổi thọ trung bình 74,5
//     tuổi"), nor "cấp", nor a count of the plan's own parts ("03 nhóm
//     giải pháp"), nor percentage points;
//   - a sum of money is no sum to spend: the phrase holds no "kinh phí",
//     "vốn", "đầu tư", "ngân sách" (but "thu ngân sách"), "bố trí", ...
//     ("Tham mưu bố trí kinh phí 120 tỷ đồng", "Tổng số vốn đầu tư 447 tỷ
//     đồng");
//   - the metric that is read is not empty ("..., dự kiến 18,5 tỷ đồng").
//
// Years, dates, document numbers, ordinals and names are never targets,
// in either function.
package target
