package target

import "github.com/vnplan/vnplan/model"

// role is what a word of the phrase before a number does.
type role uint8

const (
	roleNone     role = iota
	roleLead          // phấn đấu, bảo đảm: governs; left out of Text when more follows
	roleCommit        // đạt, hoàn thành, đón: governs
	roleCmp           // trên, tối thiểu, khoảng: governs and sets the comparator
	roleIncrease      // tăng, có thêm, thành lập mới: governs, a change
	roleDecrease      // giảm, cắt giảm: governs, a change
	roleLevel         // lên, còn, xuống: a level; governs only after a verb
	roleTo            // đến, tới: a level right after a change verb
	roleFrom          // từ: a lower bound or the start of a range
	roleIs            // là, ở mức: governs only under "phấn đấu"/"mục tiêu"
	roleFiller        // bình quân, hằng năm, mức: allowed, no meaning
)

// phrase is an entry of the table of words that may stand before a
// number.
type phrase struct {
	role    role
	cmp     string
	object  bool // the quantity is the verb's object: "hoàn thành 100% kế hoạch"
	subject bool // the words belong to the metric: "tốc độ tăng trưởng 7%"
	pct     bool // governs only a percentage: "đạt chuẩn 100%", not "đạt chuẩn từ 3 sao"
}

// phrases maps the lower-case words (joined by one space) that may form
// the run before a number to what they do. The longest phrase wins.
var phrases = map[string]phrase{}

func addPhrases(r role, cmp string, keys ...string) {
	for _, k := range keys {
		phrases[k] = phrase{role: r, cmp: cmp}
	}
}

// phraseFilter tells the keys that phrases may hold; see [keyFilter].
var phraseFilter keyFilter

// phraseWords holds every word that occurs in a key of phrases, so that a
// capitalised word before a number can be told from a name.
var phraseWords = set()

func init() {
	addPhrases(roleCmp, model.CompareGt, "trên", "hơn", "vượt", "vượt trên", "vượt mức",
		"cao hơn", "lớn hơn", "nhiều hơn", ">")
	addPhrases(roleCmp, model.CompareGe, "tối thiểu", "ít nhất", "không dưới",
		"không thấp hơn", "không ít hơn", "tối thiểu là", "ít nhất là", "≥", ">=", "=>",
		"có từ", "tối thiểu có", "ít nhất có")
	addPhrases(roleCmp, model.CompareLt, "dưới", "thấp hơn", "ít hơn", "nhỏ hơn", "<")
	addPhrases(roleCmp, model.CompareLe, "không quá", "tối đa", "không vượt quá",
		"không vượt", "không cao hơn", "không lớn hơn", "không nhiều hơn", "tối đa là",
		"≤", "<=", "=<")
	addPhrases(roleCmp, model.CompareApprox, "khoảng", "gần", "xấp xỉ", "chừng",
		"khoảng chừng", "ước", "ước khoảng", "trên dưới", "~", "≈")
	addPhrases(roleCmp, model.CompareEq, "bằng", "=")
	addPhrases(roleCommit, model.CompareEq, "đạt", "đạt mức", "đạt tỷ lệ", "đạt tỉ lệ",
		"đạt được", "hoàn thành", "đón", "đón tiếp", "thu hút", "mục tiêu", "chỉ tiêu",
		"tăng trưởng", "tăng trưởng bình quân", "tăng trưởng kinh tế", "việc làm cho",
		"việc làm mới cho")
	addPhrases(roleLead, "", "phấn đấu", "hướng tới", "hướng đến", "bảo đảm", "đảm bảo",
		"duy trì", "ổn định", "giữ vững", "giữ ổn định", "quyết tâm", "nỗ lực", "tiếp tục")
	addPhrases(roleIncrease, "", "tăng", "tăng thêm", "có thêm", "thêm", "thành lập mới",
		"thành lập thêm", "phát triển mới", "phát triển thêm", "trồng mới", "xây dựng mới",
		"xây mới", "bổ sung thêm", "nâng thêm", "gia tăng", "mở mới", "tuyển mới",
		"thu hút thêm", "tạo thêm")
	addPhrases(roleDecrease, "", "giảm", "giảm thêm", "cắt giảm", "hạ", "kéo giảm",
		"giảm bớt")
	addPhrases(roleLevel, "", "lên", "còn", "xuống", "lên mức", "xuống mức", "còn mức",
		"xuống còn", "lên đến", "lên tới")
	addPhrases(roleTo, "", "tới", "đến", "đến mức", "tới mức")
	addPhrases(roleFrom, "", "từ")
	addPhrases(roleIs, "", "là", "ở mức")
	addPhrases(roleFiller, "", "bình quân", "trung bình", "hằng năm", "hàng năm",
		"mỗi năm", "mức", "gấp")
	for _, k := range []string{"mục tiêu", "chỉ tiêu", "hoàn thành", "đón", "đón tiếp",
		"việc làm cho", "việc làm mới cho",
		"thu hút", "bảo đảm", "đảm bảo", "duy trì", "phấn đấu", "hướng tới", "hướng đến"} {
		ph := phrases[k]
		ph.object = true
		phrases[k] = ph
	}
	// "chiếm" states a share of a whole, which only a percentage is:
	// "kinh tế số chiếm 20% GRDP", not "dự án chiếm 5 ha đất lúa".
	for _, k := range []string{"đạt chuẩn", "chiếm", "chiếm tỷ trọng", "chiếm tỉ trọng",
		"chiếm tỷ lệ", "chiếm tỉ lệ"} {
		phrases[k] = phrase{role: roleCommit, cmp: model.CompareEq, pct: true}
	}
	for _, k := range []string{"tăng trưởng", "tăng trưởng bình quân", "tăng trưởng kinh tế"} {
		ph := phrases[k]
		ph.subject = true
		phrases[k] = ph
	}
	for k := range phrases {
		phraseFilter.add(k)
		for _, w := range splitSpace(k) {
			phraseWords.add(w)
		}
	}
}

func splitSpace(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// keyFilter is a table of 1024 bits, one for each class of keys by their
// length and first and last bytes, set for the classes of the keys of a
// set. Most words looked up are in no set, and the filter turns nearly
// all of them away without hashing them.
type keyFilter [16]uint64

// keyClass returns the bit of k in a keyFilter.
func keyClass[K string | []byte](k K) uint {
	if len(k) == 0 {
		return 0
	}
	return (uint(len(k))<<5 ^ uint(k[0])<<2 ^ uint(k[len(k)-1])) & 1023
}

// add records the key k.
func (f *keyFilter) add(k string) {
	c := keyClass(k)
	f[c/64] |= 1 << (c % 64)
}

// mayHold reports whether k may be one of the keys recorded; it is true
// for each of them.
func mayHold[K string | []byte](f *keyFilter, k K) bool {
	c := keyClass(k)
	return f[c/64]&(1<<(c%64)) != 0
}

// wordSet is a set of lower-case words and phrases.
type wordSet struct {
	filter keyFilter
	words  map[string]bool
}

func set(words ...string) *wordSet {
	s := &wordSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		s.add(w)
	}
	return s
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	s.words[w] = true
	s.filter.add(w)
}

// has reports whether the key k, already lower-cased, is in the set.
func (s *wordSet) has(k []byte) bool {
	return mayHold(&s.filter, k) && s.words[string(k)]
}

// hasString is has for a string.
func (s *wordSet) hasString(k string) bool {
	return mayHold(&s.filter, k) && s.words[k]
}

// lookupPhrase returns the entry of phrases for the key k, already
// lower-cased, and whether there is one.
func lookupPhrase(k []byte) (phrase, bool) {
	if !mayHold(&phraseFilter, k) {
		return phrase{}, false
	}
	ph, ok := phrases[string(k)]
	return ph, ok
}

// lookupPhraseString is lookupPhrase for a string.
func lookupPhraseString(k string) (phrase, bool) {
	if !mayHold(&phraseFilter, k) {
		return phrase{}, false
	}
	ph, ok := phrases[k]
	return ph, ok
}

// ordinalBefore holds the lower-case words after which a number names or
// numbers something rather than counts it: "năm 2024", "tháng 8",
// "giai đoạn 2", "số 4", "mức độ 3", "vành đai 3", "Điều 5".
var ordinalBefore = set("năm", "tháng", "ngày", "quý", "tuần", "đoạn", "kỳ", "đợt",
	"khóa", "khoá", "số", "loại", "cấp", "độ", "phiên", "vòng", "lô", "tầng", "phường",
	"quận", "tổ", "khu", "đai", "tuyến", "lộ", "đường", "điều", "khoản", "điểm", "chương",
	"mục", "phần", "lục", "bảng", "hình", "biểu", "mẫu", "kênh", "cổng", "giờ", "lúc",
	"hạng", "bậc", "cột", "dòng", "trang", "tập", "quyển", "lớp", "khối", "mã", "hiệu",
	"phòng", "ấp", "khóm", "thôn", "bản", "đội", "khoảnh", "lần", "kỷ", "vùng", "hệ")

// rankWords end a rank phrase that starts with "nhóm": "nhóm 10 địa
// phương dẫn đầu".
var rankWords = set("dẫn đầu", "đứng đầu", "hàng đầu", "tốt nhất", "cao nhất",
	"xuất sắc nhất", "mạnh nhất", "đầu")

// rankVerbs may stand before "thứ" in a rank: "đứng thứ 5".
var rankVerbs = set("đứng", "xếp", "hạng", "xếp hạng", "vị")

// measureUnits are units of measure, as opposed to counted nouns.
var measureUnits = set("%", "phần trăm", "ha", "héc-ta", "hecta", "km", "km2", "km²",
	"ki-lô-mét", "cây số", "m", "m2", "m²", "m3", "m³", "mét", "mét vuông", "mét khối",
	"cm", "mm", "kg", "g", "tấn", "tạ", "yến", "lít", "đồng", "usd", "đô la", "euro",
	"eur", "mw", "gw", "kw", "kwh", "mwh", "gwh", "tw", "twh", "kv", "tbps", "gbps",
	"mbps", "teu", "ppm", "kcal", "calo", "giờ", "phút", "giây", "ngày", "tháng",
	"năm", "tuổi", "lần", "điểm", "điểm phần trăm", "bậc", "sao", "độ", "°c", "vnd", "vnđ", "tấn co2",
	"tấn co2e", "triệu tấn", "lít/người", "kg/người")

// gluedUnits may be written right after the digits: "100ha", "5km".
var gluedUnits = set("ha", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "cm",
	"mm", "kg", "mw", "gw", "kw", "kwh", "mwh", "gwh", "kv", "tbps", "gbps", "mbps",
	"usd", "đ", "vnd", "vnđ", "tr")

// units are the known units and counted nouns of one to three words; a
// word that is not here is read with a general rule.
var units = set("lượt khách", "lượt người", "lượt truy cập", "lượt", "sản phẩm",
	"doanh nghiệp", "hợp tác xã", "tổ hợp tác", "dự án", "công trình", "người dân",
	"lao động", "học sinh", "sinh viên", "giáo viên", "bác sĩ", "giường bệnh", "cơ sở",
	"trường học", "phòng học", "đơn vị", "địa phương", "tổ chức", "hộ gia đình", "hộ dân",
	"hộ nghèo", "thủ tục", "hồ sơ", "nhiệm vụ", "đề tài", "sáng chế", "trung tâm",
	"khu công nghiệp", "cụm công nghiệp", "nhà máy", "điểm đến", "mô hình", "chương trình",
	"thị trấn", "thành phố", "xã", "phường", "huyện", "tỉnh", "thôn", "làng", "người",
	"hộ", "chiếc", "cái", "con", "cây", "căn", "tàu", "xe", "trường", "lớp", "bản",
	"chợ", "km", "ha", "tấn", "tạ", "lít", "mét", "đồng", "usd", "sao", "lần", "tuổi",
	"điểm", "điểm phần trăm", "năm", "tháng", "ngày", "giờ", "phút", "bậc", "phần trăm", "héc-ta", "hecta",
	"cây số", "mét vuông", "mét khối", "đô la", "triệu tấn", "tấn co2", "m", "m2", "m3",
	"ngày đêm", "phụ nữ", "trẻ em", "vạn dân", "cuộc", "đợt", "buổi", "hội nghị", "hội thảo",
	"kg", "cm", "mm", "mw", "gw", "kw", "kwh", "tbps", "gbps", "teu", "vnd", "vnđ")

// unitHeads are nouns of one syllable that head the name of a facility
// or device, which a modifier of two syllables follows: "trạm y tế",
// "camera giám sát", "cầu dân sinh", "bãi chôn lấp". A
// unit read with the general rule takes the head and its whole modifier.
var unitHeads = set("nhà", "trạm", "cầu", "bãi", "lò", "bể", "giếng", "hồ", "đập", "cống",
	"camera", "máy", "bồn", "thùng", "hầm", "chuồng", "ao", "khu", "cụm", "câu",
	"bộ", "gói", "quầy", "sân", "xuồng", "phao", "loa", "mũi", "phòng",
	"đội", "tổ", "vùng", "nhóm", "lớp", "đoàn", "đợt", "buổi", "cuộc", "xe", "tàu")

// programNouns name a programme, scheme or plan; capitalised, with a
// number after them, they start a name: "Đề án 1 triệu ha", "Chương
// trình 135".
var programNouns = set("đề án", "dự án", "chương trình", "kế hoạch", "chiến lược",
	"phong trào", "nghị quyết", "quyết định", "chỉ thị", "kết luận")

// programEnds holds the last word of each entry of programNouns, a first
// test before the word before it is read.
var programEnds = func() *wordSet {
	ends := set()
	for k := range programNouns.words {
		w := splitSpace(k)
		ends.add(w[len(w)-1])
	}
	return ends
}()

// coverPreps are the prepositions of place or aim after which a
// percentage is the share of what a task reaches: "tại 100% xã", "cho
// 100% hộ", "đến 100% thôn"; "trên" only before "100%", which no
// comparator can exceed.
var coverPreps = set("tại", "cho", "đến", "tới", "ở", "trên")

// sizeNouns name a size of the things a target counts; after "có" a
// number qualifies them: "doanh nghiệp có doanh thu trên 10 tỷ đồng".
var sizeNouns = set("doanh thu", "doanh số", "quy mô", "diện tích", "chiều dài",
	"chiều rộng", "trọng tải", "tải trọng", "công suất", "dung tích", "vốn", "tổng vốn",
	"vốn đầu tư", "tổng vốn đầu tư", "tổng mức đầu tư", "vốn điều lệ", "dân số",
	"thu nhập", "số lao động")

// taskVerbs open a task whose output a count right after them is:
// "Đào tạo 100 cán bộ", "Tổ chức 02 cuộc thanh tra".
var taskVerbs = set("bố trí", "đào tạo", "tập huấn", "bồi dưỡng", "tổ chức", "xây dựng", "thành lập",
	"trồng", "hỗ trợ", "cải tạo", "nâng cấp", "sửa chữa", "lắp đặt", "đóng cửa", "di dời",
	"đóng mới", "kiểm tra", "thanh tra", "tuyển dụng", "tuyển sinh", "đầu tư",
	"xây", "mở", "phát triển", "hình thành", "triển khai", "thực hiện", "số hóa",
	"cứng hóa", "bê tông hóa", "khởi công", "giải quyết", "vận động", "tiếp nhận",
	"chuyển đổi", "sắp xếp", "phục hồi", "khoanh nuôi", "bảo vệ", "xử lý", "cấp mới",
	"kiên cố hóa", "công nhận", "nhân rộng", "thí điểm", "chăm sóc", "khám", "điều trị",
	"truyền thông", "tuyên truyền", "giới thiệu", "đón", "hoàn thiện",
	"khen thưởng", "tặng", "trao", "bàn giao", "thu gom", "cập nhật", "tiến hành", "treo",
	"biên soạn", "phát hành", "tiêm", "tiêm chủng", "kiểm định", "rà soát", "lắp", "sản xuất",
	"tuyển chọn", "cứu trợ", "tái định cư", "trang bị", "mua sắm", "vớt", "nạo vét")

// mannerWords are the adverbs of manner that may stand between a task's
// verb and its count: "Xử lý nghiêm 100% trường hợp vi phạm".
var mannerWords = set("nghiêm", "dứt điểm", "kịp thời", "triệt để", "đầy đủ", "thường xuyên",
	"ngay", "tối thiểu", "ít nhất")

// coverVerbs, with actionVerbs and taskVerbs, are actions after which a
// percentage is the share of what a task reaches or directs: "phủ sóng
// 80% khu dân cư", "chỉ đạo 100% trường học tổ chức ...".
var coverVerbs = set("chỉ đạo", "phủ sóng", "hướng dẫn", "bao phủ", "phổ cập", "tiếp cận",
	"công khai", "công bố")

// areaUnits are the units of measure of what a task makes: "Trồng 500
// ha rừng", "Cứng hóa 20 km kênh mương".
var areaUnits = set("ha", "héc-ta", "hecta", "km", "ki-lô-mét", "cây số", "m", "mét",
	"m2", "m²", "mét vuông", "km2", "km²")

// notOutputs are counted nouns of the issuer's own work, not outputs of
// a task: documents ("Ban hành 02 kế hoạch"), meetings ("Tổ chức 01 hội
// nghị") and the parts of a plan ("Thực hiện 06 nhiệm vụ").
var notOutputs = set("văn bản", "kế hoạch", "báo cáo", "đề án", "chương trình",
	"quyết định", "nghị quyết", "chỉ thị", "thông tư", "nghị định", "hướng dẫn", "quy định",
	"quy chế", "tài liệu", "hội nghị", "cuộc họp", "phiên họp", "buổi họp", "họp",
	"nhiệm vụ", "giải pháp", "nhóm", "nội dung", "quan điểm", "mục tiêu", "chỉ tiêu",
	"lĩnh vực", "phần", "bước", "giai đoạn", "đợt", "lần", "bộ", "công văn", "tờ trình",
	"thông báo", "kết luận", "đoàn", "tổ", "ban")

// moneyUnits are the units of a sum of money.
var moneyUnits = set("đồng", "vnd", "vnđ", "usd", "đô la", "euro", "eur")

// resourceHeads open the metric of a sum that a plan spends rather than
// achieves: a project's investment total, a cost, funds. A change of such
// a sum adjusts a project ("tổng mức đầu tư tăng 35 tỷ đồng"); revenue
// ("thu ngân sách") and investment attracted ("vốn đầu tư toàn xã hội",
// "thu hút vốn") are results and are not here.
var resourceHeads = set("tổng mức đầu tư", "mức đầu tư", "kinh phí", "tổng kinh phí",
	"dự toán", "tổng dự toán", "chi phí", "tổng chi phí", "ngân sách", "chi ngân sách",
	"vốn ngân sách", "nguồn vốn", "tổng nguồn vốn", "vốn đầu tư công", "vốn đối ứng",
	"vốn sự nghiệp")

// spendWords mark a sum of money that a plan spends, in a metric that
// no verb governs: "tổng số vốn đầu tư 447 tỷ đồng", "bố trí kinh phí
// 120 tỷ đồng"; after "thu", "ngân sách" is revenue.
var spendWords = set("vốn", "kinh phí", "chi phí", "dự toán", "ngân sách", "đầu tư",
	"bố trí", "giải ngân", "chi")

// offsetWords, before a bound on a span of time, make it a time counted
// from an event, not a target: "trước ít nhất 10 ngày", "sau tối đa 3
// ngày".
var offsetWords = set("trước", "sau")

// timeUnits are units of time and age, which do not go on a list of
// counts: "đạt 5 ha và 3 năm".
var timeUnits = set("năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "giây", "tuổi", "lần")

// rateNouns start the counted noun of a rate written in words: "trên một
// vạn dân".
var rateNouns = set("dân", "người", "trẻ", "phụ", "bé", "hộ", "lao", "học", "ca")

// metricHeads are the nouns that head a metric: a metric too long to
// keep whole starts at one of them rather than in the middle of a word.
var metricHeads = set("tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "tốc độ", "chỉ số",
	"số lượng", "quy mô", "diện tích", "giá trị", "kim ngạch", "sản lượng", "năng suất",
	"thu nhập", "mật độ", "tổng", "tổng số", "mức")

// stopWords end a unit: function words, and words that start a new
// phrase.
var stopWords = set("và", "của", "cho", "các", "những", "được", "bị", "là", "với",
	"trong", "trên", "dưới", "từ", "đến", "tới", "theo", "tại", "để", "nhằm", "trở", "so",
	"hoặc", "hay", "có", "không", "đã", "sẽ", "đang", "thì", "mà", "do", "bởi", "vào",
	"ra", "lên", "xuống", "còn", "này", "đó", "khi", "nếu", "về", "như", "gồm", "thuộc",
	"đạt", "tăng", "giảm", "trước", "sau", "cuối", "đầu", "giữa", "ở", "mỗi", "cả", "tất",
	"đều", "cũng", "nữa", "thêm", "mới", "hết", "qua", "bình", "trung", "hằng",
	"hàng", "khoảng", "gần", "hơn", "ít", "tối", "phải", "cần", "nhất", "rồi", "nhưng")

// scopeWords open the scope of a task before its verb: "các xã",
// "mỗi huyện", "từng trường". Totals ("toàn tỉnh tổ chức 107 lớp") are
// left out: they are how reports state results.
var scopeWords = set("các", "mỗi", "từng")

// notYetTasks before a verb tell that its action is done, under way or
// not to be, or only under a condition ("thì": "thôn có trên 300 hộ thì
// bố trí 02 công an viên" is a rule): the count after it is no target.
var notYetTasks = set("đã", "đang", "vừa", "chưa", "không", "được", "thì")

// leadStrip are dropped from the front of a metric taken before the
// verb: "Ổn định diện tích ..." gives "diện tích ...".
var leadStrip = set("phấn đấu", "ổn định", "duy trì", "bảo đảm", "đảm bảo", "nâng",
	"nâng cao", "đưa", "tăng", "giảm", "hướng tới", "hướng đến", "tập trung", "tiếp tục",
	"đồng thời", "trong đó", "và", "hoặc", "cụ thể", "để", "nhằm", "giữ vững", "giữ",
	"góp phần", "thực hiện", "quyết tâm", "nỗ lực", "cố gắng", "với", "thì", "mà", "là",
	"còn", "riêng", "nhất là", "đặc biệt là", "trong", "tại", "đến", "hết", "cuối",
	"mục tiêu", "chỉ tiêu", "có", "sẽ", "phải", "cần", "tới", "theo đó", "cụ thể là",
	"phấn đấu đến", "đến hết", "trong năm", "đến năm", "năm", "giai đoạn", "thời kỳ",
	"sau", "trước")

// yearLead are the front words that a year follows: "đến năm 2025".
var yearLead = set("năm", "đến năm", "trong năm", "đến hết năm", "hết năm", "cuối năm",
	"giai đoạn", "thời kỳ", "sau năm", "trước năm")

// tailStrip are dropped from the end of a metric taken before the verb:
// "... của tỉnh xếp ổn định trong nhóm" gives "... của tỉnh".
var tailStrip = set("trong", "thuộc", "vào", "nằm", "xếp", "đứng", "ổn định",
	"phấn đấu", "hướng tới", "ở", "là", "có", "được", "sẽ", "phải", "cần", "nhóm", "top",
	"mức", "ở mức", "và", "hoặc", "duy trì", "bảo đảm", "đảm bảo", "tiếp tục", "luôn",
	"đều", "của", "cho", "với", "các", "những", "thì", "mà", "vươn lên", "xếp hạng",
	"giữ vững", "có thể", "sẽ được", "cần được", "phải được", "từ", "tăng từ",
	"giảm từ", "nâng từ", "tăng lên", "giảm xuống", "dự kiến", "các loại", "tại",
	"đối với")

// objectStop end a metric taken after the unit.
var objectStop = set("và", "hoặc", "nhằm", "để", "góp phần", "tiến tới", "so với",
	"theo", "trong đó", "đồng thời", "nhưng", "trong khi", "bảo đảm", "đảm bảo",
	"phấn đấu", "hướng tới", "nhất là", "đặc biệt là", "cụ thể", "giai đoạn", "thời kỳ")

// everyPeriod tell how often, not what: they are no part of a metric read
// after the unit ("giảm 5% mỗi năm số ca mắc mới", "trồng mới 500 ha rừng
// mỗi năm").
var everyPeriod = set("mỗi năm", "hằng năm", "hàng năm", "mỗi quý", "hằng quý",
	"hàng quý", "mỗi tháng", "hằng tháng", "hàng tháng")

// deadlineWords start a time phrase when a time word follows: "đến năm",
// "trước quý".
var deadlineWords = set("đến", "trước", "trong", "vào", "cuối", "đầu", "từ", "sau",
	"hết", "tới")

// timeWords follow deadlineWords in a time phrase.
var timeWords = set("năm", "quý", "tháng", "ngày", "tuần", "giai", "thời", "hết", "cuối")

// verbs are the words that let "lên", "còn", "xuống" mark a level:
// "nâng độ che phủ rừng lên 42%".
var verbs = set("tăng", "nâng", "giảm", "đưa", "hạ", "kéo", "rút", "cắt", "đấu", "tiêu")

// excludedAfterOne follow "một" when it is the article, not a count.
var excludedAfterOne = set("số", "trong", "cách", "phần", "bước", "chút", "vài",
	"mặt", "khi", "lúc", "loạt", "nửa", "lần", "mình", "thời", "nơi", "chiều")

// actionVerbs make no metric on their own: in "Bố trí ít nhất 15% ngân
// sách ..." the metric is what follows.
var actionVerbs = set("bố trí", "dành", "huy động", "đầu tư", "hỗ trợ", "đào tạo",
	"tổ chức", "giải ngân", "chi", "thu", "cấp", "trồng", "xây dựng", "phát triển",
	"triển khai", "thực hiện", "tuyển", "tuyển sinh", "tạo", "sử dụng", "thu hút",
	"đưa", "nâng", "tăng", "giảm", "cung cấp", "kết nối", "số hóa", "hình thành",
	"giải quyết", "đón", "đón tiếp", "hoàn thành")

// actionVerbsMaxWords is the most words an entry of actionVerbs has: the
// key of more tokens, which holds a space between each two, is none.
var actionVerbsMaxWords = func() int {
	most := 0
	for k := range actionVerbs.words {
		most = max(most, len(splitSpace(k)))
	}
	return most
}()

// commaPairs are fixed pairs written with a comma between their halves,
// keyed without it: "phòng, chống thiên tai", "các xã, phường", "cán
// bộ, công chức". The comma in them lists no parts of a sentence.
var commaPairs = set("phòng chống", "xã phường", "phường xã", "xã thị trấn",
	"phường thị trấn", "tỉnh thành phố", "cán bộ công chức", "công chức viên chức",
	"cơ quan đơn vị", "sở ngành", "ban ngành", "thôn bản", "thôn tổ dân phố",
	"tổ chức cá nhân", "kiểm tra giám sát", "thanh tra kiểm tra")

// agencyHeads open the name of an agency: "Sở Y tế", "Thanh tra tỉnh",
// "Ủy ban nhân dân các xã". A metric that opens with such a name and an
// action after it names who acts first ([afterAgency]).
var agencyHeads = set("sở", "ủy ban", "ubnd", "trung tâm", "phòng", "ban", "bộ", "cục",
	"chi cục", "tổng cục", "công an", "văn phòng", "thanh tra", "hội", "liên hiệp",
	"liên đoàn", "liên minh", "đoàn", "tỉnh đoàn", "huyện đoàn", "viện", "trường",
	"bệnh viện", "đài", "báo", "kho bạc", "ngân hàng", "công ty", "bảo hiểm", "hải quan",
	"đồn", "bộ chỉ huy", "ban quản lý", "hiệp hội", "mặt trận", "chi nhánh")

// gapFunctionWords may stand between the verb of a task and its count:
// "khởi công mới 18 dự án", "xây dựng thêm 05 trường".
var gapFunctionWords = set("mới", "thêm")
