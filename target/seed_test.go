package target

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnplan/vnplan/model"
)

// seedTargets lists every numeric commitment a careful reader counts in
// the sample document seeds/000_a0ddf91c7c9a8c05.txt, with the phrase
// Find should return for it.
var seedTargets = []want{
	{text: "hoàn thành 100%", cmp: model.CompareEq, value: 100, unit: "%", metric: "kế hoạch"},
	{text: "đón khoảng 3,5 - 4 triệu lượt khách", cmp: model.CompareBetween, min: 3500000, max: 4000000, unit: "lượt khách"},
	{text: "đạt trên 55.000 ha", cmp: model.CompareGt, value: 55000, unit: "ha", metric: "diện tích cây lương thực có hạt"},
	{text: "khoảng 53.000 ha", cmp: model.CompareApprox, value: 53000, unit: "ha", metric: "diện tích lúa cả năm"},
	{text: "đạt trên 23.600 ha", cmp: model.CompareGt, value: 23600, unit: "ha", metric: "lúa chất lượng cao"},
	{text: "đạt trên 93%", cmp: model.CompareGt, value: 93, unit: "%", metric: "tỷ lệ sử dụng giống lúa xác nhận"},
	{text: "thành lập mới 5-7 HTX", cmp: model.CompareBetween, min: 5, max: 7, unit: "HTX", change: "increase", metric: "HTX nông nghiệp"},
	{text: "có thêm 30 sản phẩm", cmp: model.CompareEq, value: 30, unit: "sản phẩm", change: "increase"},
	{text: "đạt 7.850 ha", cmp: model.CompareEq, value: 7850, unit: "ha", metric: "diện tích nuôi trồng thủy sản"},
	{text: "có thêm khoảng 1.500 ha", cmp: model.CompareApprox, value: 1500, unit: "ha", change: "increase"},
	{text: "giảm còn dưới 1,76%", cmp: model.CompareLt, value: 1.76, unit: "%", metric: "tỷ lệ hộ nghèo"},
	{text: "nhóm 10 địa phương dẫn đầu", cmp: model.CompareLe, value: 10, unit: "địa phương", rank: true},
	{text: "Top 5", cmp: model.CompareLe, value: 5, rank: true, metric: "Chỉ số Chuyển đổi số (DTI) của tỉnh"},
	{text: "phấn đấu 100%", cmp: model.CompareEq, value: 100, unit: "%"},
	{text: "giảm trên 5%", cmp: model.CompareGt, value: 5, unit: "%", change: "decrease", metric: "số người chết do tai nạn giao thông"},
}

// seedNotTargets are numbers of the sample document that no target may
// cover: years, dates, document numbers, network generations, standard
// numbers, map scales, ordinals in names, slogans and plain counts.
var seedNotTargets = []string{
	"năm 2024", "2021 - 2025", "2021-2030", "2021 - 2030", "năm 2030", "năm 2050",
	"05/01/2024", "30/01/2024", "01/NQ-CP", "38/2021/QH15", "12-CTr/TU", "231/KH-UBND",
	"26-NQ/TW", "quý III/2024", "4G", "5G", "ISO 9001:2015", "1/5.000", "1/2.000",
	"Festival 4 mùa", "Đề án 06", "giai đoạn 2", "mức độ 3 và 4", "“4 không 1 có”",
	"01 có", "01 lần", "06 quan điểm", "12 nhóm", "04 Tổ công tác", "03 Chương trình",
	"6 tháng", "vành đai 3", "số 4 và số 5", "Điền Lộc 2", "Phụ lục số 1, số 2",
	"Chương trình giáo dục phổ thông 2018", "ngày 20 hàng tháng", "2 huyện",
}

func TestFindSeed(t *testing.T) {
	paras := seedParagraphs(t)
	var all []Match
	for _, p := range paras {
		ms := Find(p)
		checkMatches(t, p, ms)
		for _, m := range ms {
			for _, bad := range seedNotTargets {
				for off := 0; ; {
					i := strings.Index(p[off:], bad)
					if i < 0 {
						break
					}
					i += off
					if i < m.End && m.Start < i+len(bad) {
						t.Errorf("Find returned %q, which covers %q", m.Target.Text, bad)
					}
					off = i + len(bad)
				}
			}
		}
		all = append(all, ms...)
	}
	found := 0
	used := make([]bool, len(all))
	for _, w := range seedTargets {
		ok := false
		for i, m := range all {
			if !used[i] && same(got(m.Target), w) {
				used[i], ok = true, true
				break
			}
		}
		if ok {
			found++
		} else {
			t.Errorf("Find did not return %v", w)
		}
	}
	if found*10 < len(seedTargets)*9 {
		t.Errorf("Find found %d of %d seed targets, want at least 90%%", found, len(seedTargets))
	}
	for i, m := range all {
		if !used[i] {
			t.Errorf("Find returned %v, which is not a commitment of the seed", got(m.Target))
		}
	}
}

// TestFindCorpus runs Find over the public corpus, when it is present,
// and checks the invariants of every result and that no result is a
// year, a date or a document number.
func TestFindCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/*.txt")
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	n := 0
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n") {
			ms := Find(p)
			checkMatches(t, p, ms)
			for _, m := range ms {
				n++
				tx := m.Target.Text
				if rest := strings.Replace(tx, m.Target.Unit, "", 1); strings.ContainsAny(rest, "/:") {
					t.Errorf("%s: Find returned %q", filepath.Base(name), tx)
				}
				if v := m.Target.Value; v != nil && *v >= 1900 && *v <= 2100 && *v == float64(int(*v)) && m.Target.Unit != "%" {
					t.Errorf("%s: Find returned the year-like %q", filepath.Base(name), tx)
				}
			}
		}
	}
	if n == 0 {
		t.Errorf("Find found nothing in the corpus")
	}
}
