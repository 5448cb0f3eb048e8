package agency

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word lists below are the grammar of agency names and assignments:
// head words of agency names, collective nouns, verbs that begin a
// predicate and prepositions that begin an adverbial. They are written
// folded (lower case, tone marks as fixTone places them).

// headFlags qualify a head word.
type headFlags uint16

const (
	// needsName: the word is a head only when a name follows it: a
	// capitalised word, a place qualifier ("tỉnh", "Trung ương") or one of
	// the head's own follow words; in caseless text any word that is not
	// excluded. "Thanh tra tỉnh" is an agency, "Thanh tra, kiểm tra" and
	// "thanh tra việc ..." are not.
	needsName headFlags = 1 << iota
	// complete: the head is a whole name ("Chính phủ", "Tỉnh ủy"); a verb
	// right after it is a verb.
	complete
	// typed: the head and an activity name a kind of body ("viện nghiên
	// cứu", "trung tâm xúc tiến đầu tư", "quỹ hỗ trợ").
	typed
	// ofName: the word is a head only before the name of an agency, which
	// it takes into its own: "Lãnh đạo Sở", "Thường trực Tỉnh ủy",
	// "Chủ nhiệm các cơ quan". Before anything else it is a verb or a
	// common noun ("Lãnh đạo, chỉ đạo ...", "chủ nhiệm đề tài").
	ofName
	// followOnly: the word is a head only before one of its follow words,
	// in any case: "Thuế tỉnh", "Thống kê thành phố", "Thuế cơ sở 3".
	// Before anything else it is a common noun ("Thuế thu nhập cá nhân
	// tăng", "Thống kê, đánh giá").
	followOnly
	// restOnly: the first syllable of the head is a common word alone
	// ("hiệu quả", "chỉ đạo"): mayStart takes it for the start of a
	// clause only before the rest of the head ("Hiệu trưởng", "Chỉ huy
	// trưởng"; see syllable.placed).
	restOnly
	// namedOnly: the word is a head only before a capitalised word or a
	// place qualifier, even in caseless text: "Viễn thông Bắc Ninh",
	// "Điện lực tỉnh"; "Viễn thông là ngành ..." is a sector.
	namedOnly
	// elected: the head names an elected organ or its delegation, whose
	// office may serve two of them: "Văn phòng Hội đồng nhân dân và Ủy
	// ban nhân dân xã" (see words.sharedOffice).
	elected
	// activity: the needsName head is also the name of an activity, of
	// which a lower-case word after it names a kind ("Thanh tra hành
	// chính", "THANH TRA ĐỘT XUẤT", "Kiểm toán chuyên đề"): a name after
	// it is a place qualifier, a follow word, another head or, in cased
	// text, a capitalised word; caseless text is no evidence of a name.
	activity
	// sector: the name after the head is a sector, written capitalised:
	// one activity is a whole name ("Sở Xây dựng", "Bộ Xây dựng"), and
	// an activity in lower case after it is a verb ("Sở Xây dựng kiểm
	// tra ..."; see words.sectorEndsAt).
	sector
)

// headDef is one head word.
type headDef struct {
	phrase string
	flags  headFlags
	// excl lists the syllables that, following the head, make it an
	// ordinary word ("sở hữu", "ban hành", "bộ máy", "báo cáo").
	excl string
	// follow lists lower-case syllables that may follow a needsName head
	// and still start a name ("Trường đại học", "Bệnh viện đa khoa").
	follow string
}

var headDefs = []headDef{
	// Councils and committees of the State.
	{phrase: "ủy ban nhân dân", flags: elected},
	{phrase: "ubnd", flags: complete | elected},
	{phrase: "hội đồng nhân dân", flags: elected},
	{phrase: "hđnd", flags: complete | elected},
	{phrase: "hdnd", flags: complete | elected},
	{phrase: "ủy ban mặt trận tổ quốc"},
	{phrase: "ủy ban trung ương mặt trận tổ quốc"},
	{phrase: "ủy ban kiểm tra"},
	{phrase: "ủy ban thường vụ quốc hội"},
	{phrase: "ủy ban", flags: needsName},
	{phrase: "hội đồng", flags: needsName, follow: "nhân thành"},
	{phrase: "mặt trận tổ quốc"},
	{phrase: "mặt trận", flags: needsName},
	{phrase: "mttq", flags: complete},
	{phrase: "mttqvn", flags: complete},
	{phrase: "ubmttq", flags: complete},
	{phrase: "ubmttqvn", flags: complete},
	{phrase: "chính phủ", flags: complete, excl: "điện số"},
	{phrase: "quốc hội", flags: complete},
	// Ministries, departments and their units.
	{phrase: "bộ chỉ huy"},
	{phrase: "bộ tư lệnh"},
	{phrase: "bộ đội biên phòng"},
	{phrase: "bộ đội", flags: needsName},
	{phrase: "bộ", flags: needsName | sector,
		excl: "máy phận tiêu chỉ hồ công luật mặt câu quy dữ sách bài khung đề mã nhớ óc đồ ba đôi phim sưu áo trang đội trưởng"},
	{phrase: "sở", flags: sector, excl: "hữu thích dĩ tại cứ trường đoản"},
	{phrase: "tổng cục"},
	{phrase: "chi cục"},
	{phrase: "cục", excl: "bộ diện súc tác mịch cằn"},
	{phrase: "vụ", flags: needsName, excl: "việc án mùa lợi này đó nổ tai trộm kiện"},
	{phrase: "ban chỉ huy"},
	{phrase: "ban chỉ đạo"},
	{phrase: "ban quản lý"},
	{phrase: "bql"},
	{phrase: "ban thường vụ"},
	{phrase: "ban tuyên giáo"},
	{phrase: "ban dân vận"},
	{phrase: "ban tổ chức"},
	{phrase: "ban nội chính"},
	{phrase: "ban chấp hành"},
	{phrase: "ban cán sự"},
	{phrase: "ban", flags: needsName | typed, excl: "hành đầu ngày đêm bố phát sơ nãy mai"},
	{phrase: "phòng", flags: needsName | typed,
		excl: "chống ngừa tránh cháy thủ vệ bệnh họp làm khi hộ dịch thí chờ"},
	{phrase: "văn phòng", flags: typed, excl: "phẩm làm đại"},
	{phrase: "thanh tra", flags: needsName | activity, excl: "viên việc kiểm chuyên"},
	{phrase: "kiểm toán nhà nước", flags: complete},
	{phrase: "kiểm toán", flags: needsName | activity, excl: "viên việc báo nội"},
	{phrase: "công an", flags: complete},
	{phrase: "cảnh sát", flags: needsName, excl: "viên"},
	{phrase: "quân khu", flags: complete},
	{phrase: "đồn biên phòng"},
	{phrase: "hải quan", flags: needsName},
	{phrase: "kho bạc"},
	// The tax and statistics offices since 2025: "Thuế tỉnh X", "Thuế
	// cơ sở 3 tỉnh X", "Thống kê tỉnh X". Each is also a whole name after
	// another head ("Cục Thuế", "Chi cục Thống kê"): a verb after it is a
	// verb.
	{phrase: "thuế", flags: followOnly | complete, follow: "cơ tỉnh thành tp huyện quận"},
	{phrase: "thống kê", flags: followOnly | complete, follow: "tỉnh thành tp huyện quận"},
	{phrase: "kbnn"},
	{phrase: "bảo hiểm xã hội"},
	{phrase: "bhxh"},
	{phrase: "ngân hàng", flags: needsName, excl: "đề câu dữ gen"},
	{phrase: "nhnn"},
	{phrase: "tòa án"},
	{phrase: "tand"},
	{phrase: "viện kiểm sát"},
	{phrase: "vksnd"},
	{phrase: "cảng vụ"},
	{phrase: "chi nhánh", flags: needsName, follow: "ngân"},
	{phrase: "quỹ", flags: needsName | typed, excl: "đất đạo thời tiền lương"},
	{phrase: "trạm", flags: needsName | typed, excl: "dừng"},
	{phrase: "hạt", flags: needsName},
	{phrase: "đội", flags: needsName | typed, excl: "ngũ mũ"},
	// Schools, institutes, hospitals, the press.
	{phrase: "đại học", flags: needsName},
	// The units of a university or an enterprise.
	{phrase: "khoa", flags: needsName | typed, excl: "học cử trương bảng"},
	{phrase: "bộ môn", flags: needsName | typed},
	{phrase: "phân hiệu", flags: needsName},
	{phrase: "xí nghiệp", flags: needsName | typed},
	{phrase: "phân xưởng", flags: needsName | typed},
	{phrase: "học viện", flags: needsName | typed},
	{phrase: "trường", flags: needsName | typed, excl: "hợp độ kỳ ca phái tồn thành quay",
		follow: "đại cao chính trung tiểu mầm phổ"},
	{phrase: "viện", flags: typed, excl: "dẫn trợ phí cớ"},
	{phrase: "bệnh viện", flags: needsName,
		follow: "đa y nhi sản tâm phổi mắt da lao quân phục nội ung răng chấn phong trung"},
	{phrase: "trung tâm", flags: typed, excl: "điểm"},
	{phrase: "đài", flags: needsName, excl: "thọ các loan", follow: "phát truyền"},
	// "Báo và Phát thanh, Truyền hình tỉnh X": the press body of a
	// province since 2025 (see headOK for "và").
	{phrase: "báo", flags: needsName, follow: "và",
		excl: "cáo chí động hiệu giá tin đáp danh cháy thức tường ân điện đài"},
	{phrase: "tạp chí", flags: needsName},
	{phrase: "thông tấn xã"},
	{phrase: "nhà xuất bản"},
	// Associations, unions, the Party and its mass organisations.
	{phrase: "hội", flags: needsName | typed,
		excl: "nghị nhập thảo chợ viên tụ đủ diễn họa chứng ý đàm trại thi hè"},
	{phrase: "hiệp hội", flags: typed},
	{phrase: "liên hiệp", flags: needsName},
	{phrase: "liên đoàn"},
	{phrase: "tổng liên đoàn"},
	{phrase: "liên minh"},
	{phrase: "công đoàn", flags: needsName},
	{phrase: "đoàn thanh niên"},
	{phrase: "đoàn đại biểu", flags: elected},
	{phrase: "đoàn đbqh", flags: complete | elected},
	// The teams an agency sends, named by their task in lower case:
	// "Đoàn thanh tra", "Đoàn kiểm tra", "Đoàn giám sát", "Đoàn công tác".
	{phrase: "đoàn", flags: needsName | typed, excl: "kết viên thể tụ tàu xe người đoàn", follow: "thanh kiểm giám công"},
	{phrase: "tỉnh đoàn", flags: complete},
	{phrase: "thành đoàn", flags: complete},
	{phrase: "huyện đoàn", flags: complete},
	{phrase: "quận đoàn", flags: complete},
	{phrase: "tỉnh ủy", flags: complete},
	{phrase: "thành ủy", flags: complete},
	{phrase: "huyện ủy", flags: complete},
	{phrase: "quận ủy", flags: complete},
	{phrase: "thị ủy", flags: complete},
	{phrase: "đảng ủy", flags: complete},
	{phrase: "đảng đoàn", flags: complete},
	// Companies, and the provincial branches of the telecommunications,
	// postal and power groups: "Viễn thông tỉnh X", "VNPT X", "Bưu điện
	// tỉnh", "Điện lực X".
	{phrase: "viễn thông", flags: namedOnly},
	{phrase: "điện lực", flags: namedOnly},
	{phrase: "vnpt", flags: namedOnly},
	{phrase: "viettel", flags: namedOnly},
	{phrase: "bưu điện", flags: namedOnly},
	{phrase: "tổng công ty", flags: needsName | typed, follow: "cổ trách"},
	{phrase: "công ty", flags: needsName | typed, follow: "cổ trách"},
	{phrase: "tập đoàn", flags: needsName | typed},
	// Office holders: "Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc các sở".
	{phrase: "thủ tướng", flags: complete},
	{phrase: "phó thủ tướng", flags: complete},
	{phrase: "chủ tịch"},
	{phrase: "phó chủ tịch"},
	{phrase: "bộ trưởng"},
	{phrase: "thứ trưởng"},
	{phrase: "thủ trưởng"},
	{phrase: "giám đốc"},
	{phrase: "phó giám đốc"},
	{phrase: "tổng giám đốc"},
	{phrase: "chánh văn phòng"},
	{phrase: "chánh thanh tra"},
	{phrase: "cục trưởng"},
	{phrase: "tổng cục trưởng"},
	{phrase: "vụ trưởng"},
	{phrase: "trưởng ban"},
	{phrase: "chỉ huy trưởng", flags: restOnly},
	{phrase: "phó chỉ huy trưởng"},
	{phrase: "hiệu trưởng", flags: restOnly},
	{phrase: "phó hiệu trưởng"},
	{phrase: "chánh án"},
	{phrase: "viện trưởng"},
	{phrase: "bí thư"},
	{phrase: "phó bí thư"},
	{phrase: "trưởng", flags: ofName},
	{phrase: "phó trưởng", flags: ofName},
	{phrase: "tổ trưởng", flags: ofName},
	{phrase: "chủ nhiệm", flags: ofName},
	// "Đồng chí" (comrade) before an office holder: "Đồng chí Phó Chủ
	// tịch UBND tỉnh ...". Before a person's name it is no head.
	{phrase: "đồng chí", flags: ofName},
	{phrase: "phó chủ nhiệm", flags: ofName},
	// The leadership or standing body of an agency: "Lãnh đạo Sở",
	// "Thường trực Hội đồng nhân dân tỉnh".
	{phrase: "lãnh đạo", flags: ofName},
	{phrase: "thường trực", flags: ofName},
	// Party cells and working groups.
	{phrase: "tổ đảng"},
	{phrase: "tổ công tác"},
	{phrase: "tổ giúp việc"},
	{phrase: "chi bộ", flags: needsName},
	{phrase: "chi ủy", flags: complete},
	// The subcommittees that prepare a congress: "Tiểu ban Văn kiện".
	{phrase: "tiểu ban", flags: needsName},
	// Branches of mass organisations: "Chi hội Nông dân thôn A", "Chi
	// đoàn thôn B". "Chi" also means "to spend": "chi hội nghị", "chi
	// đoàn công tác" are expenses.
	{phrase: "chi hội", flags: needsName, follow: "thôn ấp bản khu tổ",
		excl: "nghị thảo thi diễn chợ họa trại"},
	{phrase: "chi đoàn", flags: needsName, follow: "thôn ấp bản khu tổ", excl: "công ra vào"},
	{phrase: "đảng bộ", flags: needsName},
	// Cooperatives, named: "Hợp tác xã nông nghiệp Tân Hòa", "Hợp tác xã
	// Tân Hòa".
	{phrase: "hợp tác xã", flags: namedOnly},
	// The civil servants of a commune, named by their field: "Công chức
	// Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội".
	{phrase: "công chức", flags: namedOnly},
}

// qualifierWords may follow a needsName head and make it a name:
// "Thanh tra tỉnh", "Thanh tra bộ", "Hải quan thành phố".
var qualifierWords = words2set("tỉnh thành tp huyện quận thị xã phường trung tw nhà chính bộ sở ngành quốc nhân")

// collectiveDefs are the generic nouns of collectives: after "các" they
// start a new agency ("các cơ quan"); bare, after another collective, they
// continue it ("các sở, ban, ngành", "các cơ quan, đơn vị").
var collectiveDefs = []string{
	"sở", "ban", "ngành", "bộ", "cơ quan", "cơ quan thông tấn", "đơn vị",
	"địa phương", "tổ chức", "doanh nghiệp", "hội", "đoàn thể", "hiệp hội",
	"viện", "trường", "trường học", "nhà trường", "trung tâm", "cục", "vụ",
	"chi cục", "tổng cục", "ủy ban", "ngân hàng", "công ty", "tập đoàn",
	"tổng công ty", "chủ đầu tư", "nhà đầu tư", "lực lượng", "cơ sở",
	"bệnh viện", "thành viên", "đài", "báo", "tạp chí", "báo chí",
	"thông tấn", "hợp tác xã", "cá nhân", "bên", "chính quyền", "đoàn",
	"phòng", "đội", "quỹ", "hội đồng", "học viện", "đại học", "văn phòng",
	"hãng", "cấp", "cấp ủy", "đảng ủy", "mặt trận", "bộ phận",
	"khoa", "bộ môn", "xí nghiệp", "phân xưởng",
	"chủ rừng", "chủ cơ sở", "chủ dự án", "chi bộ", "đảng bộ",
	// The clusters and blocks of emulation that group agencies.
	"cụm thi đua", "khối thi đua",
}

// bareStarts are the collective nouns that may start a subject without
// "các": "Cơ quan chuyên môn thuộc ...", "Địa phương ...", and the roles
// that take part in tasks as agencies do ("Chủ đầu tư dự án ...", "phối
// hợp với nhà đầu tư"). Others ("Tổ chức thực hiện", "Cơ sở pháp lý",
// "Doanh nghiệp tăng ...") are ordinary words there. "Cấp ủy" is the
// Party committee of a level ("Cấp ủy các cấp quán triệt ...").
var bareStarts = words2set("cơ_quan đơn_vị địa_phương chính_quyền cấp_ủy " + roleNouns)

// roleNouns are the collective nouns that name a role in a task rather
// than a kind of body: investors, owners. They start a subject alone and
// always start a new agency in a list.
const roleNouns = "chủ_đầu_tư nhà_đầu_tư chủ_rừng chủ_cơ_sở chủ_dự_án"

// roles is the set of roleNouns.
var roles = words2set(roleNouns)

// newCollectives always start a new agency in a list, even bare:
// "các sở, ban, ngành, địa phương" names two groups, and so does "các
// doanh nghiệp, nhà đầu tư".
var newCollectives = words2set("địa_phương chính_quyền " + roleNouns)

// determiners introduce a collective: "các sở", "những đơn vị".
var determiners = words2set("các những mọi")

// verbTier orders the verbs by how safely they end an agency name.
type verbTier uint8

const (
	// tierStrong verbs end a name wherever they appear in lower case:
	// they do not occur inside names.
	tierStrong verbTier = iota + 1
	// tierVerb verbs end a name unless they follow a determiner or a
	// preposition.
	tierVerb
	// tierNamey verbs also occur inside names ("Ban Quản lý dự án Đầu tư
	// xây dựng", "Trung tâm Xúc tiến đầu tư", "Quỹ Bảo vệ và phát triển
	// rừng") and need more evidence: see words.verbOK.
	tierNamey
	// tierOpener words begin an adverbial ("để", "nhằm", "trong việc"):
	// they end a list of agencies but are not verbs.
	tierOpener
)

// verb ids for the verbs that shape a clause.
const (
	vNone = iota
	vLead
	vCooperate
	vDuty
	vAssign
	vRequest
)

// verbDef is a verb that shapes a clause.
type verbDef struct {
	phrase string
	tier   verbTier
	id     uint8
}

var verbDefs = []verbDef{
	{"chủ trì", tierStrong, vLead},
	{"phối hợp", tierStrong, vCooperate},
	{"phối kết hợp", tierStrong, vCooperate},
	{"có trách nhiệm", tierStrong, vDuty},
	{"chịu trách nhiệm", tierStrong, vDuty},
	{"giao", tierVerb, vAssign},
	{"yêu cầu", tierVerb, vAssign},
	{"đề nghị", tierVerb, vRequest},
	{"kính đề nghị", tierVerb, vRequest},
}

const strongVerbs = "tham_mưu khẩn_trương chủ_động căn_cứ làm_đầu_mối là_đầu_mối là_cơ_quan là_đơn_vị " +
	"được_giao giúp giúp_việc tiếp_tục thường_xuyên định_kỳ kịp_thời tích_cực nghiêm_túc " +
	"cần phải sẽ đã đang được"

const plainVerbs = "theo_dõi đôn_đốc hướng_dẫn triển_khai thực_hiện tổ_chức rà_soát đẩy_nhanh " +
	"đẩy_mạnh tăng_cường tập_trung hoàn_thiện hoàn_thành ban_hành lập trình báo_cáo " +
	"tuyên_truyền phổ_biến làm_việc xác_định phát_huy nâng_cao bố_trí cân_đối " +
	"đề_xuất cung_cấp bảo_đảm đảm_bảo quan_tâm ưu_tiên tạo_điều_kiện chỉ_đạo sớm tổng_hợp " +
	"đánh_giá tham_gia tiến_hành giải_quyết xử_lý thành_lập huy_động thu_hút mở_rộng " +
	"duy_trì chuẩn_bị tiếp_nhận gửi công_bố áp_dụng phê_duyệt thúc_đẩy khuyến_khích " +
	"cải_thiện kiện_toàn sắp_xếp phân_bổ bổ_sung sửa_đổi điều_chỉnh vận_động nắm_bắt tạo " +
	"dành nhận cập_nhật tổng_kết sơ_kết lồng_ghép quảng_bá số_hóa " +
	"phân_công hoàn_chỉnh thống_nhất thông_báo trao_đổi kiến_nghị đề_ra làm_rõ chấn_chỉnh " +
	"tháo_gỡ mời ký ký_kết xem_xét tiếp_thu phát_hành chăm_lo " +
	"quy_định phát_động phát_hiện ngăn_chặn phòng_ngừa đấu_tranh thẩm_tra tham_dự " +
	"bàn_giao tiếp_cận liên_kết nhân_rộng chuẩn_hóa cụ_thể_hóa thể_chế_hóa " +
	"xã_hội_hóa tuyển_chọn tuyển_dụng lựa_chọn lấy_ý_kiến làm phấn_đấu bám_sát " +
	"chú_trọng đổi_mới kết_nối cấp_phát thu_thập thiết_lập sáng_lập xác_nhận công_nhận " +
	"ghi_nhận thừa_nhận cải_tạo chế_tạo kiến_tạo san_tạo san_lấp san_gạt san_ủi " +
	"khởi_công nâng_cấp cắt_giảm đưa treo nắm " +
	// Works, money and land.
	"thi_công lắp_đặt xây_mới trang_bị nghiệm_thu quyết_toán giải_ngân tạm_ứng hoàn_trả " +
	"thu_hồi di_dời sơ_tán " +
	// Rules, bodies and staff.
	"bãi_bỏ hủy_bỏ thay_thế sáp_nhập hợp_nhất chia_tách giải_thể phân_cấp phân_định " +
	"đơn_giản_hóa điện_tử_hóa đa_dạng_hóa bổ_nhiệm miễn_nhiệm điều_động luân_chuyển " +
	// Information and people.
	"quán_triệt công_khai niêm_yết đăng_tải phát_sóng chia_sẻ tham_khảo góp_ý kêu_gọi " +
	"kiểm_điểm xếp_loại xếp_hạng chấm_điểm bình_chọn biểu_dương tôn_vinh vinh_danh trao_tặng " +
	// Enforcement.
	"xử_phạt cưỡng_chế truy_quét triệt_phá bắt_giữ tiêu_hủy khử_trùng " +
	// Aims and manners.
	"củng_cố sử_dụng hình_thành đáp_ứng góp_phần phân_loại rút_ngắn nâng_hạng giữ_vững " +
	"tranh_thủ đàm_phán trực_tiếp quyết_liệt " +
	// Disaster prevention and relief.
	"khôi_phục chằng_chống gia_cố nạo_vét khử_khuẩn thăm_hỏi diễn_tập tuần_tra định_hướng thống_kê " +
	// Campaigns and approvals.
	"ra_quân xét_duyệt phê_chuẩn"

const nameyVerbs = "xây_dựng quản_lý phát_triển đầu_tư bảo_vệ kiểm_soát điều_hành xúc_tiến " +
	"đào_tạo bồi_dưỡng bảo_tồn chuyển_đổi thẩm_định kiểm_định hợp_tác nghiên_cứu giám_sát " +
	"kiểm_tra hỗ_trợ điều_tra ứng_phó tư_vấn thi_hành khai_thác kiểm_kê dự_báo chăm_sóc " +
	"đăng_ký cứu_hộ cứu_nạn phòng_chống quy_hoạch giáo_dục mua_sắm " +
	// Fixed pairs of activities, one word each: the second activity is
	// no verb after "và" ("... thiên tai và tìm kiếm cứu nạn tỉnh").
	"tìm_kiếm_cứu_nạn cứu_hộ_cứu_nạn " +
	// Activities that name centres, stations, funds and boards in lower
	// case after their head: "Trung tâm phục vụ hành chính công", "Văn
	// phòng điều phối ...", "Ban Bồi thường, giải phóng mặt bằng".
	"điều_phối giải_phóng tìm_kiếm tích_hợp vận_hành ứng_dụng chuyển_giao cảnh_báo " +
	"phục_vụ phục_hồi thử_nghiệm kiểm_nghiệm xét_nghiệm chẩn_đoán giám_định " +
	"kiểm_dịch quan_trắc khảo_sát đo_đạc phân_tích lưu_trữ tập_huấn huấn_luyện " +
	"sát_hạch tuyển_sinh soạn_thảo biên_soạn khen_thưởng bảo_trợ cứu_trợ khắc_phục " +
	"thích_ứng giảm_nhẹ cải_cách giới_thiệu thanh_toán tu_bổ tôn_tạo trùng_tu bảo_trì " +
	"bảo_dưỡng sửa_chữa thu_gom vận_chuyển sản_xuất chế_biến trồng " +
	"tiêm_chủng dự_trữ ứng_cứu thanh_tra " +
	// Verbs of one syllable that change amounts: "tăng", "giảm", "mở".
	"tăng giảm mở"

// nounVerbs are verbs that also name the people who do the act: "lãnh
// đạo" is "to lead" and "the leadership" ("Lãnh đạo Sở", "lãnh đạo các
// cơ quan"). See words.nounIsVerb.
const nounVerbs = "lãnh_đạo"

const openerWords = "để nhằm khi nếu trong_việc trong_quá_trình trong_công_tác trong_phạm_vi " +
	"trong_thời_gian trong_năm trong_giai_đoạn theo_chức_năng theo_thẩm_quyền " +
	"theo_nhiệm_vụ theo_quy_định theo_phân_công theo_lĩnh_vực trên_cơ_sở đối_với về_việc " +
	"bằng_cách thông_qua tùy_theo tùy"

// placeLevels are the last syllables of the levels of government that end
// the name of a local body: "tỉnh", "huyện", "thành phố", "Trung ương".
var placeLevels = words2set("tỉnh huyện quận xã phường phố ương tw")

// compoundWords are words whose last syllable, alone, would be a verb of
// the lexicon: "Bộ Ngoại giao", "chương trình", "công lập". A verb of one
// syllable is no verb after the first syllable of such a word.
const compoundWords = "ngoại_giao chương_trình quá_trình công_trình lộ_trình " +
	"tờ_trình tiến_trình giáo_trình hành_trình quy_trình độc_lập thư_ký chữ_ký sáng_tạo " +
	"người_nhận tiền_gửi thư_mời giấy_mời giờ_làm công_lập dân_lập tư_thục trợ_giúp cây_trồng " +
	// Words whose last syllable, alone, is a word after which a verb is
	// a noun ("sự phối hợp"): "Quân sự", "dân sự".
	"quân_sự dân_sự hình_sự nhân_sự " +
	// Words whose first syllable, alone, would be a verb: "công trình
	// giao thông", "Trung tâm Giao dịch".
	"giao_thông giao_dịch giao_thương tăng_trưởng giảm_nghèo " +
	// "thuộc" is a preposition, but "trực thuộc" closes a name: a verb
	// after it is a predicate ("các đơn vị trực thuộc căn cứ ...").
	"trực_thuộc"

// longCompounds are nouns of more than two syllables whose last syllables
// are a verb of the lexicon: "Trung tâm Giáo dục nghề nghiệp - Giáo dục
// thường xuyên". Each is the two syllables before the verb and the verb.
var longCompounds = triples("giáo_dục_thường_xuyên")

// triples makes a set of the words of s written with "_", each as its
// first two syllables and the phrase of the rest.
func triples(s string) map[[3]string]bool {
	m := map[[3]string]bool{}
	for f := range words2set(s) {
		p := strings.SplitN(f, " ", 3)
		if len(p) == 3 {
			m[[3]string{p[0], p[1], p[2]}] = true
		}
	}
	return m
}

// attributeNouns are nouns that an activity after them qualifies, inside
// names: "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Kiểm định công
// trình xây dựng".
var attributeNouns = pairs("dự_án công_trình vật_liệu hoạt_động hạ_tầng chương_trình đề_án")

// pairs makes a set of pairs of syllables from phrases of two syllables
// written with "_".
func pairs(s string) map[[2]string]bool {
	m := map[[2]string]bool{}
	for f := range words2set(s) {
		if a, b, ok := strings.Cut(f, " "); ok {
			m[[2]string{a, b}] = true
		}
	}
	return m
}

// blockers are the words after which a verb is a noun or part of a name:
// determiners and prepositions ("các tổ chức", "của quản lý", "việc xây
// dựng", "và phát triển").
var blockers = words2set("các những mọi của cho với về và hoặc thuộc tại ở việc sự")

// leadAdverbs may precede "chủ trì" or "phối hợp" at the start of a bullet
// whose subject is inherited: "Chủ động phối hợp ...", "Kịp thời phối hợp".
const leadAdverbs = "chủ_động tích_cực tiếp_tục thường_xuyên kịp_thời hằng_năm hàng_năm " +
	"định_kỳ đồng_thời"

// coopAdverbs may stand between "phối hợp" and "với".
const coopAdverbs = "chặt_chẽ thường_xuyên đồng_bộ tốt hiệu_quả tích_cực"

// words2set makes a set of phrases written with "_" between syllables and
// " " between phrases.
func words2set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[fold(strings.ReplaceAll(f, "_", " "))] = true
	}
	return m
}

// entry is one phrase of a lexicon.
type entry struct {
	phrase string   // the folded phrase
	rest   []string // syllables after the first
	len    int      // number of syllables
	head   *headDef
	excl   map[string]bool
	fol    map[string]bool
	tier   verbTier
	id     uint8
	gnoun  bool // a head that is also a collective noun ("sở", "ban")
	lead   bool // an adverb that may precede "chủ trì"/"phối hợp"
	coop   bool // an adverb that may stand between "phối hợp" and "với"
	noun   bool // a verb that is also a noun (nounVerbs)
	fact   bool // a verb of factWords
	// For collective nouns: role, bare and fresh say that the phrase is in
	// roles, bareStarts and newCollectives.
	role, bare, fresh bool
	// For verbs: opensCompound says that the verb, of one syllable,
	// starts a word of compoundWords ("giao thông"), endsLong that it
	// ends one of longCompounds ("giáo dục thường xuyên"). They spare
	// words.verbOK the look-ups for the other verbs.
	opensCompound, endsLong bool
	// governs: a bare start that names authorities only before a place
	// or level ("chính quyền"; see words.governed).
	governs bool
}

// lexicon maps the first syllable of its phrases to the phrases, longest
// first. Its phrases are also indexed by syllables, under its id.
type lexicon struct {
	id      int
	phrases map[string][]*entry
}

// The ids of the lexicons.
const (
	lexHeads = iota
	lexCollectives
	lexVerbs
	lexAdverbs
	numLexicons
)

func newLexicon(id int) *lexicon {
	return &lexicon{id: id, phrases: map[string][]*entry{}}
}

func (lx *lexicon) add(phrase string, e *entry) {
	f := strings.Fields(fold(phrase))
	if len(f) == 0 {
		return
	}
	e.phrase = strings.Join(f, " ")
	e.rest = f[1:]
	e.len = len(f)
	lx.phrases[f[0]] = append(lx.phrases[f[0]], e)
}

func (lx *lexicon) sort() {
	for _, es := range lx.phrases {
		sort.SliceStable(es, func(i, j int) bool { return es[i].len > es[j].len })
	}
}

// match1 returns the entry of lx for a whole phrase, or nil.
func (lx *lexicon) match1(phrase string) *entry {
	f := fold(phrase)
	first, _, _ := strings.Cut(f, " ")
	for _, e := range lx.phrases[first] {
		if e.phrase == f {
			return e
		}
	}
	return nil
}

// match returns the longest phrase of lx at token k, or nil.
func (lx *lexicon) match(w *words, k int) *entry {
	es := w.syl(k).starts[lx.id]
next:
	for _, e := range es {
		for i, syl := range e.rest {
			if w.word(k+1+i) != syl {
				continue next
			}
		}
		return e
	}
	return nil
}

// matchAll calls f for every phrase of lx at token k, longest first, until
// f returns true.
func (lx *lexicon) matchAll(w *words, k int, f func(*entry) bool) {
	es := w.syl(k).starts[lx.id]
next:
	for _, e := range es {
		for i, syl := range e.rest {
			if w.word(k+1+i) != syl {
				continue next
			}
		}
		if f(e) {
			return
		}
	}
}

// syllable is what the grammar knows of a folded syllable: the phrases of
// each lexicon that start with it, by lexicon id, and the small word
// classes it belongs to. Scanned words look it up once (see words.syl).
type syllable struct {
	starts [numLexicons][]*entry
	// determiner: the syllable is in determiners; startsDeterminer: it
	// starts a phrase of determinerPhrases; blocker: it is in blockers.
	determiner, startsDeterminer, blocker bool
	// starter: a clause may start with the syllable (see mayStart): it
	// starts a head word (but see placed), a collective noun, a determiner, a verb that
	// gives or asks ("Giao", "Đề nghị"), a verb or adverb of a clause
	// without subject ("Chủ trì", "Phối hợp", "Chủ động phối hợp") or
	// "Trách nhiệm"/"Nhiệm vụ" of. verbal: it starts a verb or an adverb.
	starter, verbal bool
	// qualifier: the syllable is in qualifierWords; loneTail: in
	// loneTails; level: in placeLevels.
	qualifier, loneTail, level bool
	// opener: the syllable may start a clause of basis, purpose,
	// condition or time before the subject (see opensClause).
	opener bool
	// placed: the syllable starts only heads that need one of their
	// follow words ("thuế", "thống kê"; see followOnly) or the rest of
	// their phrase ("hiệu", "chỉ"; see restOnly), and is a
	// starter only before such a word, which headFollow marks, after
	// the rest of the head, which placedRest marks (see placedAfter):
	// "Thuế tỉnh" may start a clause, "thuế khoán" not.
	placed, headFollow, placedRest bool
	// titleStart: the syllable starts an office title that Key drops
	// (see officeTitles).
	titleStart bool
}

// noSyllable stands for the syllables the grammar does not know and for
// tokens that are not words.
var noSyllable = &syllable{}

// syllables holds the syllables the grammar knows while init builds the
// lexicons; syllableTable then holds them for lookUpSyllable, and
// rawSyllables their usual spellings for lookUpWord.
var (
	syllables     = map[string]*syllable{}
	syllableTable slotTable
	rawSyllables  slotTable
)

// slotTable is an open-addressing hash table of syllables, at most a
// quarter full: faster than a map for the short words of a text.
type slotTable []syllableSlot

// syllableSlot is a slot of a slotTable.
type syllableSlot struct {
	key string
	syl *syllable
}

// syllableOf returns the entry of syllables for s, adding it if needed.
func syllableOf(s string) *syllable {
	y := syllables[s]
	if y == nil {
		y = &syllable{}
		syllables[s] = y
	}
	return y
}

// newSlotTable returns a slotTable that holds m.
func newSlotTable(m map[string]*syllable) slotTable {
	n := 1
	for n < 4*len(m) {
		n *= 2
	}
	t := make(slotTable, n)
	mask := uint32(n - 1)
	for s, y := range m {
		i := hashSyllable(s) & mask
		for t[i].syl != nil {
			i = (i + 1) & mask
		}
		t[i] = syllableSlot{s, y}
	}
	return t
}

// find returns the syllable of key s in t, or nil.
func (t slotTable) find(s string) *syllable {
	mask := uint32(len(t) - 1)
	for i := hashSyllable(s) & mask; ; i = (i + 1) & mask {
		sl := &t[i]
		if sl.syl == nil || sl.key == s {
			return sl.syl
		}
	}
}

// lookUpSyllable returns what the grammar knows of the folded syllable
// s, noSyllable if nothing.
func lookUpSyllable(s string) *syllable {
	if y := syllableTable.find(s); y != nil {
		return y
	}
	return noSyllable
}

// hashSyllable is the FNV-1a hash of s.
func hashSyllable(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

var (
	heads       = newLexicon(lexHeads)
	collectives = newLexicon(lexCollectives)
	verbs       = newLexicon(lexVerbs)
	adverbs     = newLexicon(lexAdverbs)
	// asciiHeads maps a head of one syllable written without diacritics
	// ("Vu" for "Vụ") to its entry, for names whose head lost its accents.
	asciiHeads = map[string]*entry{}
	// compoundPairs holds compounds as pairs of syllables.
	compoundPairs = pairs(compoundWords)
)

func init() {
	for i := range headDefs {
		h := &headDefs[i]
		e := &entry{head: h, excl: words2set(fold(h.excl)), fol: words2set(fold(h.follow))}
		heads.add(h.phrase, e)
		if !strings.Contains(h.phrase, " ") && !isASCII(h.phrase) {
			asciiHeads[toASCII(h.phrase)] = e
		}
	}
	gnouns := map[string]bool{}
	for _, g := range collectiveDefs {
		collectives.add(g, &entry{gnoun: true})
		gnouns[fold(g)] = true
	}
	for _, es := range heads.phrases {
		for _, e := range es {
			e.gnoun = gnouns[e.phrase]
		}
	}
	for _, f := range strings.Fields(leadAdverbs) {
		adverbs.add(strings.ReplaceAll(f, "_", " "), &entry{lead: true})
	}
	for _, f := range strings.Fields(coopAdverbs) {
		e := adverbs.match1(strings.ReplaceAll(f, "_", " "))
		if e == nil {
			adverbs.add(strings.ReplaceAll(f, "_", " "), &entry{coop: true})
		} else {
			e.coop = true
		}
	}
	for _, v := range verbDefs {
		verbs.add(v.phrase, &entry{tier: v.tier, id: v.id})
	}
	addVerbs := func(list string, t verbTier) {
		for _, f := range strings.Fields(list) {
			verbs.add(strings.ReplaceAll(f, "_", " "), &entry{tier: t})
		}
	}
	addVerbs(strongVerbs, tierStrong)
	addVerbs(plainVerbs, tierVerb)
	addVerbs(nameyVerbs, tierNamey)
	for _, f := range strings.Fields(nounVerbs) {
		verbs.add(strings.ReplaceAll(f, "_", " "), &entry{tier: tierVerb, noun: true})
	}
	addVerbs(openerWords, tierOpener)
	for _, lx := range [...]*lexicon{heads, collectives, verbs, adverbs} {
		lx.sort()
		for first, es := range lx.phrases {
			syllableOf(first).starts[lx.id] = es
		}
	}
	for w := range determiners {
		syllableOf(w).determiner = true
	}
	for _, p := range determinerPhrases {
		first, _, _ := strings.Cut(p, " ")
		syllableOf(first).startsDeterminer = true
	}
	for w := range blockers {
		syllableOf(w).blocker = true
	}
	for _, w := range [...]string{"trách", "nhiệm"} {
		syllableOf(w).starter = true
	}
	for first, es := range heads.phrases {
		placed := true
		for _, e := range es {
			placed = placed && e.head.flags&(followOnly|restOnly) != 0
			if e.head.flags&followOnly != 0 {
				for f := range e.fol {
					syllableOf(f).headFollow = true
				}
				for _, r := range e.rest {
					syllableOf(r).placedRest = true
				}
			}
			if e.head.flags&restOnly != 0 {
				// The last syllable plays the part of a follow word.
				for i, r := range e.rest {
					if i == len(e.rest)-1 {
						syllableOf(r).headFollow = true
					} else {
						syllableOf(r).placedRest = true
					}
				}
			}
		}
		if placed {
			syllableOf(first).placed = true
		} else {
			syllableOf(first).starter = true
		}
	}
	for first := range collectives.phrases {
		syllableOf(first).starter = true
	}
	for w := range determiners {
		syllableOf(w).starter = true
	}
	for w := range asciiHeads {
		syllableOf(w).starter = true
	}
	for first, es := range verbs.phrases {
		syllableOf(first).verbal = true
		for _, e := range es {
			if e.id != vNone && e.id != vDuty {
				syllableOf(first).starter = true
			}
		}
	}
	for first, es := range verbs.phrases {
		for _, e := range es {
			if e.tier == tierOpener {
				syllableOf(first).opener = true
			}
		}
	}
	for _, w := range [...]string{"căn", "thực", "sau", "trong", "theo"} {
		syllableOf(w).opener = true
	}
	for first, es := range adverbs.phrases {
		syllableOf(first).verbal = true
		for _, e := range es {
			if e.lead {
				syllableOf(first).starter = true
			}
		}
	}
	for _, es := range collectives.phrases {
		for _, e := range es {
			e.role, e.bare, e.fresh = roles[e.phrase], bareStarts[e.phrase], newCollectives[e.phrase]
			e.governs = e.phrase == "chính quyền"
		}
	}
	for _, es := range verbs.phrases {
		for _, e := range es {
			e.fact = factWords[e.phrase]
			for p := range compoundPairs {
				e.opensCompound = e.opensCompound || e.len == 1 && p[0] == e.phrase
			}
			for t := range longCompounds {
				e.endsLong = e.endsLong || t[2] == e.phrase
			}
		}
	}
	for w := range qualifierWords {
		syllableOf(w).qualifier = true
	}
	for w := range loneTails {
		syllableOf(w).loneTail = true
	}
	for w := range placeLevels {
		syllableOf(w).level = true
	}
	for first := range titlesByFirst {
		syllableOf(first).titleStart = true
	}
	syllableTable = newSlotTable(syllables)
	// The spellings of the known syllables that texts use, in lower case,
	// capitalised and in upper case, with the tone mark of "oa", "oe" and
	// "uy" on either vowel ("Hòa", "Hoà"); each folds to its syllable.
	raw := map[string]*syllable{}
	for s, y := range syllables {
		for _, v := range spellings(s) {
			if fold(v) == s {
				raw[v] = y
			}
		}
	}
	rawSyllables = newSlotTable(raw)
}

// spellings returns the spellings of the folded syllable s that
// rawSyllables holds, some of which may fold to another syllable.
func spellings(s string) []string {
	forms := []string{s}
	r := []rune(s)
	if n := len(r); n >= 2 {
		// The tone mark moved from the first vowel of the pair to the
		// second: "hòa" → "hoà".
		v1, v2 := vowelOf(r[n-2]), vowelOf(r[n-1])
		if v1.ok && v2.ok && v1.tone != 0 && v2.tone == 0 {
			m := append([]rune(nil), r...)
			m[n-2], m[n-1] = withTone(v1.row, 0), withTone(v2.row, v1.tone)
			forms = append(forms, string(m))
		}
	}
	var out []string
	for _, f := range forms {
		first, size := utf8.DecodeRuneInString(f)
		out = append(out, f, string(unicode.ToUpper(first))+f[size:], strings.ToUpper(f))
	}
	return out
}
