package agency

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// stripLabel removes Markdown emphasis and a leading section label such
// as "2.1.", "2.8", "9." or "a)" from a line.
func stripLabel(line string) (label, body string) {
	s := strings.TrimSpace(line)
	s = strings.TrimLeft(s, "*#-+ ")
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i == 0 {
		if j := strings.IndexAny(s, ".)"); j > 0 && j <= 4 && !strings.Contains(s[:j], " ") {
			i = j + 1
		}
	}
	return strings.TrimRight(s[:i], ".)"), strings.TrimSpace(s[i:])
}

func TestSeedLeads(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "seeds", "000_a0ddf91c7c9a8c05.txt"))
	if err != nil {
		t.Skip(err)
	}
	want := map[string][]string{
		"2.1": {"Sở Kế hoạch và Đầu tư"},
		"2.2": {"Sở Du lịch"},
		"2.3": {"Sở Công Thương"},
		"2.4": {"Sở Nông nghiệp và Phát triển nông thôn"},
		"2.5": {"Sở Tài chính"},
		"2.6": {"Cục Thuế tỉnh"},
		"2.7": {"Ban Quản lý Khu kinh tế, công nghiệp tỉnh"},
		// 2.8 is a numbered paragraph naming collectives: my own reading.
		"2.8": {"Các Sở, ban, ngành", "các cơ quan, đơn vị", "địa phương của tỉnh"},
		"3.1": {"Ủy ban nhân dân thành phố Huế"},
		"3.2": {"Sở Xây dựng"},
		"3.3": {"Sở Giao thông vận tải"},
		"3.4": {"Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh"},
		"3.5": {"Sở Tài nguyên và Môi trường"},
		"4.1": {"Sở Khoa học và Công nghệ"},
		"4.2": {"Sở Thông tin và Truyền thông"},
		"5.1": {"Sở Văn hóa và Thể thao"},
		"5.2": {"Sở Giáo dục và Đào tạo"},
		"5.3": {"Đại học Huế"},
		"5.4": {"Sở Y tế"},
		"5.5": {"Sở Lao động, Thương binh và Xã hội"},
		"6.1": {"Sở Nội vụ"},
		"6.2": {"Văn phòng Ủy ban nhân dân tỉnh"},
		"6.3": {"Thanh tra tỉnh"},
		"6.4": {"Sở Tư pháp"},
		"7.1": {"Sở Ngoại vụ"},
		"7.2": {"Bộ Chỉ huy Quân sự tỉnh"},
		"7.3": {"Công an tỉnh"},
		"9.1": {"Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh",
			"Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh"},
		"9.2": {"Sở Giao thông vận tải"},
		"9.3": {"UBND thành phố Huế"},
	}
	seen := map[string]bool{}
	section := ""
	for _, line := range strings.Split(string(data), "\n") {
		label, body := stripLabel(line)
		if strings.HasPrefix(strings.TrimSpace(line), "C. ") {
			section = "C"
		}
		if !strings.Contains(label, ".") {
			if section == "C" && (label == "3" || label == "4") {
				c, ok := ParseClause(body)
				wantLead := map[string]string{"3": "Sở Kế hoạch và Đầu tư", "4": "Sở Thông tin và Truyền thông"}[label]
				if !ok || !cmp.Equal(c.Lead, []string{wantLead}) || c.Action == "" {
					t.Errorf("C.%s: ParseClause(%q) = %q, %v, want lead %q and an action", label, body, c.Lead, ok, wantLead)
				}
				seen["C."+label] = true
			}
			continue
		}
		w, ok := want[label]
		if !ok {
			t.Errorf("unexpected decimal label %q in %q", label, line)
			continue
		}
		seen[label] = true
		c, ok := ParseClause(body)
		if !ok {
			t.Errorf("%s: ParseClause(%q) reports no assignment", label, body)
			continue
		}
		if !cmp.Equal(c.Lead, w) {
			t.Errorf("%s: ParseClause(%q).Lead = %q, want %q", label, body, c.Lead, w)
		}
		if c.Inherits || c.Request {
			t.Errorf("%s: ParseClause(%q) = %+v, want an own, commanded lead", label, body, c)
		}
		if label == "7.2" && !contains(c.Cooperating, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh") {
			t.Errorf("7.2: ParseClause(%q).Cooperating = %q, want it to hold %q", body, c.Cooperating, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
		}
	}
	for label := range want {
		if !seen[label] {
			t.Errorf("label %s not found in the seed", label)
		}
	}
	for _, label := range []string{"C.3", "C.4"} {
		if !seen[label] {
			t.Errorf("line %s not found in the seed", label)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestCorpusHeadings checks headings and paragraph starts of the public
// corpus against my reading of who leads. Each line is found by its
// start, so that a change of the corpus fails loudly.
func TestCorpusHeadings(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip(err)
	}
	tests := []struct {
		file, start string
		want        Clause
		ok          bool
	}{
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "I. MỤC ĐÍCH", Clause{}, false},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "II. NHIỆM VỤ CHỦ YẾU",
			Clause{Lead: []string{"BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"}, LeadOnly: true}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "1. Cục Biến đổi khí hậu",
			Clause{Lead: []string{"Cục Biến đổi khí hậu"}}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "2. Cục Viễn thám",
			Clause{Lead: []string{"Cục Viễn thám quốc gia"}, Cooperating: []string{"Cục Biến đổi khí hậu",
				"Cục Bảo tồn thiên nhiên và Đa dạng sinh học",
				"cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn", "các địa phương có rừng"}}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "3. Viện Khoa học",
			Clause{Lead: []string{"Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu",
				"Viện Chiến lược, Chính sách tài nguyên và môi trường"}}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "4. Trung tâm Truyền thông",
			Clause{Lead: []string{"Trung tâm Truyền thông tài nguyên và môi trường",
				"Báo Tài nguyên và Môi trường", "Tạp chí Tài nguyên và Môi trường"}}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "5. Vu Kế hoạch",
			Clause{Lead: []string{"Vu Kế hoạch - Tài chính"}}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "c) Chủ trì, phối hợp với Cục Chuyển đổi số",
			Clause{Inherits: true, Cooperating: []string{"Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường"}}, true},
		{"btnmt-kh09-2024-tin-chi-carbon.txt", "e) Phối hợp với các đơn vị truyền thông",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường"}}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "- Bộ Nông nghiệp và Phát triển nông thôn:",
			Clause{Lead: []string{"Bộ Nông nghiệp và Phát triển nông thôn"}, LeadOnly: true}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "- Ủy ban Dân tộc:",
			Clause{Lead: []string{"Ủy ban Dân tộc"}, LeadOnly: true}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "- Các bộ, ngành khác liên quan",
			Clause{Lead: []string{"Các bộ, ngành khác liên quan"}, LeadOnly: true}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "b) Trách nhiệm của các bộ",
			Clause{Lead: []string{"các bộ, ngành liên quan"}, LeadOnly: true}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "c) Trách nhiệm của Ủy ban",
			Clause{Lead: []string{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}, LeadOnly: true}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "- Bộ Nông nghiệp và Phát triển nông thôn chủ trì",
			Clause{Lead: []string{"Bộ Nông nghiệp và Phát triển nông thôn"}, Cooperating: []string{"các cơ quan, đơn vị liên quan"}}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "+ Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài chính",
			Clause{Inherits: true, Assists: true, Cooperating: []string{"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài chính"}}, true},
		{"ttg-qd419-2017-chuong-trinh-redd-plus.txt", "- Tổ chức tuyên truyền", Clause{}, false},
		{"ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt", "     1. Bộ Tài nguyên và Môi trường",
			Clause{Lead: []string{"Bộ Tài nguyên và Môi trường"}, LeadOnly: true}, true},
		{"ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt", "     3. Bộ Tài chính",
			Clause{Lead: []string{"Bộ Tài chính"}, LeadOnly: true}, true},
		{"ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt", "     IV. GIÁM SÁT", Clause{}, false},
		{"chinhphu-nq03-2025-chuong-trinh-hanh-dong-nq57.txt", "4. Bộ Khoa học và Công nghệ",
			Clause{Lead: []string{"Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông"},
				Cooperating: []string{"các bộ, ngành", "địa phương"}}, true},
		{"chinhphu-nq03-2025-chuong-trinh-hanh-dong-nq57.txt", "2. Các bộ, cơ quan ngang bộ",
			Clause{Lead: []string{"Các bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ",
				"Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}}, true},
		// The subject after an opening clause with commas and verbs.
		{"chinhphu-nq03-2025-chuong-trinh-hanh-dong-nq57.txt", "6. Trong quá trình",
			Clause{Lead: []string{"các bộ, ngành", "địa phương"}}, true},
		{"vpcp-tb467-2024-ket-luan-thi-truong-carbon.txt", "Bộ Tài chính chủ trì, phối hợp",
			Clause{Lead: []string{"Bộ Tài chính"}, Cooperating: []string{"Bộ Tài nguyên và Môi trường", "Bộ Tư pháp"}}, true},
		{"vpcp-tb467-2024-ket-luan-thi-truong-carbon.txt", "3. Bộ Tài chính hoàn thiện",
			Clause{Lead: []string{"Bộ Tài chính"}}, true},
		{"cantho-kh70-2025-ocr-dan-van.txt", "2. Sở Tài chính phối hợp",
			Clause{Lead: []string{"Sở Tài chính"}}, true},
		{"cantho-kh70-2025-ocr-dan-van.txt", "3. Sở Nội vụ theo dõi",
			Clause{Lead: []string{"Sở Nội vụ"}}, true},
	}
	files := map[string][]string{}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			lines, ok := files[tt.file]
			if !ok {
				data, err := os.ReadFile(filepath.Join(dir, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				lines = strings.Split(string(data), "\n")
				files[tt.file] = lines
			}
			var line string
			for _, l := range lines {
				if strings.HasPrefix(l, tt.start) {
					line = l
					break
				}
			}
			if line == "" {
				t.Fatalf("no line of %s starts with %q", tt.file, tt.start)
			}
			_, body := stripLabel(line)
			got, ok := ParseClause(body)
			if ok != tt.ok {
				t.Fatalf("ParseClause(%q) ok = %v, want %v (got %+v)", body, ok, tt.ok, got)
			}
			// Actions are long; compare who, not what.
			got.Action = ""
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ParseClause(%q) mismatch (-want +got):\n%s", body, diff)
			}
		})
	}
}
