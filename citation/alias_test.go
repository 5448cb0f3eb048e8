package citation

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type alias struct{ Short, Number string }

func TestFindAliases(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []alias
	}{
		{
			name: "emphasis inside the brackets",
			in:   "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ năm 2024 (*viết tắt là Nghị quyết 01/NQ-CP*); UBND tỉnh ban hành",
			want: []alias{{"Nghị quyết 01/NQ-CP", "01/NQ-CP"}},
		},
		{
			name: "emphasis already removed",
			in:   "Nghị quyết số 01/NQ-CP (viết tắt là Nghị quyết 01/NQ-CP)",
			want: []alias{{"Nghị quyết 01/NQ-CP", "01/NQ-CP"}},
		},
		{
			name: "sau đây gọi tắt là, with số",
			in:   "nêu trong Nghị quyết số 10-NQ/TW ngày 10 tháng 02 năm 2022 của Bộ Chính trị về định hướng chiến lược đến năm 2030, tầm nhìn đến năm 2045 (sau đây gọi tắt là Nghị quyết số 10-NQ/TW). Xác định",
			want: []alias{{"Nghị quyết số 10-NQ/TW", "10-NQ/TW"}},
		},
		{
			name: "short name without a number takes the citation before it",
			in:   "thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ (sau đây gọi tắt là Nghị quyết 57).",
			want: []alias{{"Nghị quyết 57", "57-NQ/TW"}},
		},
		{
			name: "short name with a shorter type word",
			in:   "Thực hiện Chương trình hành động số 35-CTr/TU ngày 15/3/2025 của Thành ủy (sau đây gọi tắt là Chương trình 35), Ủy ban nhân dân Thành phố ban hành",
			want: []alias{{"Chương trình 35", "35-CTr/TU"}},
		},
		{
			name: "short name with a longer type word",
			in:   "Căn cứ Chương trình số 12-CTr/TU ngày 13/5/2022 của Tỉnh ủy (sau đây gọi tắt là Chương trình hành động 12)",
			want: []alias{{"Chương trình hành động 12", "12-CTr/TU"}},
		},
		{
			name: "short name with the first words of the type",
			in:   "Thực hiện Thông tư liên tịch số 12/2015/TTLT-BTC-BNV ngày 20/01/2015 của Bộ Tài chính và Bộ Nội vụ (sau đây gọi tắt là Thông tư 12)",
			want: []alias{{"Thông tư 12", "12/2015/TTLT-BTC-BNV"}},
		},
		{
			name: "the short name's number picks the citation",
			in:   "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ (sau đây gọi tắt là Nghị quyết 57)",
			want: []alias{{"Nghị quyết 57", "57-NQ/TW"}},
		},
		{
			name: "the short name's number after số or a type code",
			in:   "Thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết số 03/NQ-CP (sau đây gọi tắt là Nghị quyết số 57); Nghị quyết số 57-NQ/TW và Nghị quyết số 03/NQ-CP ngày 09/01/2025 (sau đây gọi tắt là NQ 57)",
			want: []alias{{"Nghị quyết số 57", "57-NQ/TW"}, {"NQ 57", "57-NQ/TW"}},
		},
		{
			name: "a number that is no citation's keeps the last citation",
			in:   "Thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2024 của UBND tỉnh về chuyển đổi số năm 2025 (sau đây gọi tắt là Kế hoạch 2025)",
			want: []alias{{"Kế hoạch 2025", "12/KH-UBND"}},
		},
		{
			name: "the citation must have the short name's type",
			in:   "Thực hiện Quyết định số 888/QĐ-TTg ngày 25 tháng 7 năm 2022 của Thủ tướng Chính phủ, Thủ tướng Chính phủ ban hành Kế hoạch quốc gia thích ứng với biến đổi khí hậu (sau đây gọi tắt là Kế hoạch) với những nội dung sau:",
			want: []alias{{"Kế hoạch", ""}},
		},
		{
			name: "an unnumbered document of the same type comes after the citation",
			in:   "Thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2024 của UBND tỉnh, Sở ban hành Kế hoạch chuyển đổi số (sau đây gọi tắt là Kế hoạch) như sau",
			want: []alias{{"Kế hoạch", ""}},
		},
		{
			name: "a citation in another sentence does not count",
			in:   "Căn cứ Chương trình số 12-CTr/TU. Phê duyệt Chương trình quốc gia về giảm phát thải (sau đây viết chung là Chương trình REDD+) đến năm 2030",
			want: []alias{{"Chương trình REDD+", ""}},
		},
		{
			name: "not definitions",
			in:   "thực hiện Đóng góp do quốc gia tự quyết định (Chỉ thị số 13/CT-TTg), Văn phòng Chính phủ (b/c); (giai đoạn 2021-2025)",
		},
		{
			name: "unclosed bracket",
			in:   "Nghị quyết số 01/NQ-CP (viết tắt là Nghị quyết 01/NQ-CP",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []alias
			for _, a := range FindAliases(tt.in) {
				got = append(got, alias{a.Short, a.Number})
				if a.Start < 0 || a.End > len(tt.in) || tt.in[a.Start] != '(' || tt.in[a.End-1] != ')' {
					t.Errorf("FindAliases(%q): span %d:%d is not the parenthesis", tt.in, a.Start, a.End)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindAliases(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFindAliasesCorpus(t *testing.T) {
	tests := []struct {
		file string
		want []alias
	}{
		{"seeds/000_a0ddf91c7c9a8c05.txt", []alias{{"Nghị quyết 01/NQ-CP", "01/NQ-CP"}}},
		{"testdata/corpus/chinhphu-nq03-2025-chuong-trinh-hanh-dong-nq57.txt", []alias{{"Nghị quyết số 57-NQ/TW", "57-NQ/TW"}}},
		{"testdata/corpus/chinhphu-nq88-2022-chuong-trinh-hanh-dong.txt", []alias{{"Nghị quyết số 10-NQ/TW", "10-NQ/TW"}}},
		{"testdata/corpus/ttg-qd1422-2024-thich-ung-bien-doi-khi-hau.txt", []alias{{"Kế hoạch", ""}}},
		{"testdata/corpus/ttg-qd419-2017-chuong-trinh-redd-plus.txt", []alias{{"Chương trình REDD+", ""}}},
		{"testdata/corpus/btnmt-kh09-2024-tin-chi-carbon.txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text := readRepoFile(t, tt.file)
			var got []alias
			for _, a := range FindAliases(text) {
				got = append(got, alias{a.Short, a.Number})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindAliases(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func TestResolver(t *testing.T) {
	def := "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 57)."
	r := NewResolver(FindAliases(def))
	tests := []struct {
		name  string
		in    string
		want  []ref // Text and Number only, plus whether it is an alias
		alias []bool
	}{
		{
			name:  "a mention resolves",
			in:    "Tuyên truyền Nghị quyết 57 sâu rộng.",
			want:  []ref{{Text: "Nghị quyết 57", DocType: "Nghị quyết", Number: "57-NQ/TW"}},
			alias: []bool{true},
		},
		{
			name:  "a full citation is not duplicated",
			in:    "Nghị quyết 57-NQ/TW của Bộ Chính trị",
			want:  []ref{{Text: "Nghị quyết 57-NQ/TW của Bộ Chính trị", DocType: "Nghị quyết", Number: "57-NQ/TW", Issuer: "Bộ Chính trị"}},
			alias: []bool{false},
		},
		{
			name: "not a mention",
			in:   "các Nghị quyết 57 khác; Nghị quyết 570; Nghị quyết 57 này; Nghị quyết 57/2024; (gọi tắt là Nghị quyết 57)",
		},
		{
			name:  "là that does not define",
			in:    "Văn bản căn cứ là Nghị quyết 57.",
			want:  []ref{{Text: "Nghị quyết 57", DocType: "Nghị quyết", Number: "57-NQ/TW"}},
			alias: []bool{true},
		},
		{
			name:  "mentions and citations in order",
			in:    "Nghị quyết 57 và Nghị quyết số 03/NQ-CP; tiếp tục Nghị quyết 57.",
			want:  []ref{{Text: "Nghị quyết 57", DocType: "Nghị quyết", Number: "57-NQ/TW"}, {Text: "Nghị quyết số 03/NQ-CP", DocType: "Nghị quyết", Number: "03/NQ-CP"}, {Text: "Nghị quyết 57", DocType: "Nghị quyết", Number: "57-NQ/TW"}},
			alias: []bool{true, false, true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Find(tt.in)
			if diff := cmp.Diff(tt.want, refs(ms)); diff != "" {
				t.Errorf("Resolver.Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			for i, m := range ms {
				if i < len(tt.alias) && m.Ref.Alias != tt.alias[i] {
					t.Errorf("Resolver.Find(%q)[%d].Ref.Alias = %v, want %v", tt.in, i, m.Ref.Alias, tt.alias[i])
				}
				if tt.in[m.Start:m.End] != m.Ref.Text {
					t.Errorf("Resolver.Find(%q)[%d]: Text %q is not text[%d:%d]", tt.in, i, m.Ref.Text, m.Start, m.End)
				}
			}
		})
	}
}

func TestResolverShortName(t *testing.T) {
	tests := []struct {
		name, def, in string
		want          []ref
	}{
		{
			name: "shorter type word",
			def:  "Thực hiện Chương trình hành động số 35-CTr/TU ngày 15/3/2025 của Thành ủy (sau đây gọi tắt là Chương trình 35), UBND ban hành Kế hoạch.",
			in:   "Cụ thể hóa các nhiệm vụ, giải pháp tại Chương trình 35 thành các nhiệm vụ cụ thể.",
			want: []ref{{Text: "Chương trình 35", DocType: "Chương trình", Number: "35-CTr/TU"}},
		},
		{
			name: "action plan",
			def:  "Thực hiện Kế hoạch hành động số 12/KH-UBND ngày 02/02/2024 của UBND tỉnh (sau đây gọi tắt là Kế hoạch 12), các sở triển khai.",
			in:   "Theo Kế hoạch 12, các sở báo cáo.",
			want: []ref{{Text: "Kế hoạch 12", DocType: "Kế hoạch", Number: "12/KH-UBND"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewResolver(FindAliases(tt.def))
			if diff := cmp.Diff(tt.want, refs(r.Find(tt.in))); diff != "" {
				t.Errorf("Resolver.Find(%q) after %q mismatch (-want +got):\n%s", tt.in, tt.def, diff)
			}
		})
	}
}

func TestResolverZero(t *testing.T) {
	in := "Nghị quyết 57 và Nghị quyết số 03/NQ-CP"
	var r *Resolver
	if got, want := len(r.Find(in)), len(Find(in)); got != want {
		t.Errorf("(*Resolver)(nil).Find(%q) gave %d matches, want %d", in, got, want)
	}
	r = NewResolver([]Alias{{Short: "Kế hoạch"}, {Short: " ", Number: "1/KH"}})
	if got := r.Find("Kế hoạch này"); len(got) != 0 {
		t.Errorf("NewResolver(without numbers).Find = %v, want none", got)
	}
}
