package agency

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"UBND tỉnh", "ủy ban nhân dân tỉnh"},
		{"Ủy ban nhân dân tỉnh", "ủy ban nhân dân tỉnh"},
		{"Uỷ ban nhân dân tỉnh", "ủy ban nhân dân tỉnh"},
		{"ỦY BAN NHÂN DÂN TỈNH", "ủy ban nhân dân tỉnh"},
		{"UỶ BAN NHÂN DÂN TỈNH", "ủy ban nhân dân tỉnh"},
		{"UBND thành phố Huế", "ủy ban nhân dân thành phố huế"},
		{"UBND TP. Huế", "ủy ban nhân dân thành phố huế"},
		{"UBND TP.Huế", "ủy ban nhân dân thành phố huế"},
		{"HĐND tỉnh", "hội đồng nhân dân tỉnh"},
		{"HDND tỉnh", "hội đồng nhân dân tỉnh"},
		{"Ủy ban MTTQ tỉnh", "ủy ban mặt trận tổ quốc tỉnh"},
		{"Ủy ban MTTQVN tỉnh", "ủy ban mặt trận tổ quốc việt nam tỉnh"},
		{"UBMTTQ tỉnh", "ủy ban mặt trận tổ quốc tỉnh"},
		{"Ban Chỉ đạo TW", "ban chỉ đạo trung ương"},
		{"các cơ quan TW", "cơ quan trung ương"},
		{"Ban Tuyên giáo 26-NQ/TW", "ban tuyên giáo 26-nq/tw"},
		{"Sở Văn hoá và Thể thao", "sở văn hóa và thể thao"},
		{"Sở Văn hóa và Thể thao", "sở văn hóa và thể thao"},
		{"Chi cục Thuỷ lợi", "chi cục thủy lợi"},
		{"Trung tâm Khuyến nông - Khoá học", "trung tâm khuyến nông - khóa học"},
		{"Hội Sức khoẻ", "hội sức khỏe"},
		{"hoàn thành", "hoàn thành"}, // a final consonant keeps the mark on a
		{"Quỹ", "quỹ"},
		{"quý", "quý"}, // qu + y: the mark stays on y
		{"khuya", "khuya"},
		{"  Sở   Tài\tchính ;", "sở tài chính"},
		{"- Sở Y tế.", "sở y tế"},
		{"**Sở Y tế**", "sở y tế"},
		{"các sở, ban, ngành", "sở, ban, ngành"},
		{"Các Sở, ban, ngành", "sở, ban, ngành"},
		{"Các", "các"},
		{"Sở Lao động, Thương binh và Xã hội", "sở lao động, thương binh và xã hội"},
		{"Vụ Kế hoạch-Tài chính", "vụ kế hoạch - tài chính"},
		{"Vụ Kế hoạch – Tài chính", "vụ kế hoạch - tài chính"},
		{"Hội các-bon", "hội các-bon"},
		{"Vụ Kế hoạch- Tài chính", "vụ kế hoạch - tài chính"},
		{"Vụ Kế hoạch -Tài chính", "vụ kế hoạch - tài chính"},
		{"Ban Quản lý quy hoạch /Tư vấn được lựa chọn", "ban quản lý quy hoạch/tư vấn được lựa chọn"},
		{"Ban Quản lý quy hoạch / Tư vấn được lựa chọn", "ban quản lý quy hoạch/tư vấn được lựa chọn"},
		{"Công ty A & B", "công ty a&b"},
		{"Văn phòng Chính phủ (b/c);", "văn phòng chính phủ"},
		{"Ban A (Quyết định số 58/QĐ-TTg)", "ban a"},
		{"(Sở Y tế)", "sở y tế"},
		{norm.NFD.String("Sở Y tế"), "sở y tế"},
		{"", ""},
		{" ; ", ""},

		// An office holder has the key of the body he leads.
		{"Giám đốc Sở Y tế", "sở y tế"},
		{"giám đốc sở nông nghiệp và môi trường", "sở nông nghiệp và môi trường"},
		{"Thủ trưởng các sở, ban, ngành", "sở, ban, ngành"},
		{"Chủ tịch UBND các xã", "ủy ban nhân dân các xã"},
		{"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "bộ chỉ huy quân sự tỉnh"},
		{"Đồng chí Phó Chủ tịch UBND tỉnh", "ủy ban nhân dân tỉnh"},
		{"Hiệu trưởng các trường THPT", "trường thpt"},
		{"Giám đốc Sở TN&MT", "sở tài nguyên và môi trường"},
		// A title alone, or before what is no body, keeps its key.
		{"Giám đốc", "giám đốc"},
		{"Trưởng thôn", "trưởng thôn"},
		{"Trưởng các thôn, tổ dân phố", "trưởng các thôn, tổ dân phố"},
		{"Chủ tịch nước", "chủ tịch nước"},
		{"Thủ tướng Chính phủ", "thủ tướng chính phủ"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Key(Key(tt.in)); got != Key(tt.in) {
			t.Errorf("Key(Key(%q)) = %q, want %q", tt.in, got, Key(tt.in))
		}
	}
}

func TestKeyKeepsQualifiers(t *testing.T) {
	names := []string{
		"Ủy ban nhân dân tỉnh",
		"Ủy ban nhân dân thành phố Huế",
		"Ủy ban nhân dân huyện Phú Lộc",
		"Thanh tra tỉnh",
		"Thanh tra Chính phủ",
	}
	seen := map[string]string{}
	for _, n := range names {
		k := Key(n)
		if prev, ok := seen[k]; ok {
			t.Errorf("Key(%q) = Key(%q) = %q, want different keys", n, prev, k)
		}
		seen[k] = n
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		query, name string
		want        bool
	}{
		{"UBND tỉnh", "Ủy ban nhân dân tỉnh", true},
		{"Ủy ban nhân dân tỉnh", "UBND tỉnh", true},
		{"uỷ ban nhân dân", "Ủy ban nhân dân thành phố Huế", true},
		{"UBND thành phố", "Ủy ban nhân dân thành phố Huế", true},
		{"huế", "Ủy ban nhân dân thành phố Huế", true},
		{"sở tài", "Sở Tài chính", true},
		{"sở tài", "Sở Tài nguyên và Môi trường", true},
		{"Sở Tài chính", "Sở Tài nguyên và Môi trường", false},
		{"SỞ Y TẾ", "Sở Y tế", true},
		{"so tai chinh", "Sở Tài chính", true},
		{"ubnd hue", "UBND thành phố Huế", false}, // words must be adjacent
		{"ubnd thanh pho hue", "UBND thành phố Huế", true},
		{"sở tái", "Sở Tài chính", false}, // diacritics count when typed
		{"y tế", "Sở Y tế", true},
		{"tế", "Sở Y tế", true},
		{"sở y", "Sở Kế hoạch và Đầu tư", false},
		{"lao động thương binh", "Sở Lao động, Thương binh và Xã hội", true},
		{"UBND xã", "Văn phòng HĐND và UBND xã", false}, // another body
		{"UBND xã", "Ủy ban nhân dân xã", true},
		{"Sở Y tế", "Giám đốc Sở Y tế", true}, // its head
		{"Văn phòng", "Văn phòng HĐND và UBND xã", true},
		{"", "Sở Y tế", true},
		{"Sở Y tế", "", false},
	}
	for _, tt := range tests {
		if got := Matches(tt.query, tt.name); got != tt.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", tt.query, tt.name, got, tt.want)
		}
	}
}

func TestFixTone(t *testing.T) {
	// Every vowel pair oa, oe, uy with each tone mark on the second vowel
	// moves the mark to the first; the rule, not a word list.
	pairs := []struct{ first, second string }{
		{"oòóỏõọ", "aàáảãạ"},
		{"oòóỏõọ", "eèéẻẽẹ"},
		{"uùúủũụ", "yỳýỷỹỵ"},
	}
	for _, p := range pairs {
		f, s := []rune(p.first), []rune(p.second)
		for tone := 1; tone < 6; tone++ {
			in := "h" + string(f[0]) + string(s[tone])
			want := "h" + string(f[tone]) + string(s[0])
			if got := fold(in); got != want {
				t.Errorf("fold(%q) = %q, want %q", in, got, want)
			}
			if got := fold(want); got != want {
				t.Errorf("fold(%q) = %q, want it unchanged", want, got)
			}
		}
	}
}

// TestKeyAbbreviations checks that the standard abbreviations of the
// names of ministries, departments and sectors have the key of the name
// they stand for, in either case and tone placement, with or without
// spaces around "&", and that the key of the key is the key.
func TestKeyAbbreviations(t *testing.T) {
	groups := []struct {
		want  string
		names []string
	}{
		{"sở tài nguyên và môi trường", []string{"Sở TN&MT", "Sở TN & MT", "Sở TNMT", "sở tn&mt", "SỞ TN&MT",
			"Sở Tài nguyên và Môi trường", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên Môi trường"}},
		{"bộ nông nghiệp và phát triển nông thôn", []string{"Bộ NN&PTNT", "Bộ NN & PTNT", "Bộ NNPTNT",
			"Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"}},
		{"sở kế hoạch và đầu tư", []string{"Sở KH&ĐT", "Sở KH & ĐT", "Sở KHĐT", "Sở KH&DT", "SỞ KH&ĐT",
			"Sở Kế hoạch và Đầu tư", "Sở Kế hoạch Đầu tư"}},
		{"sở lao động - thương binh và xã hội", []string{"Sở LĐ-TB&XH", "Sở LĐ - TB & XH", "Sở LĐTBXH",
			"Sở LĐ-TBXH", "Sở Lao động - Thương binh và Xã hội", "Sở Lao động-Thương binh và Xã hội",
			"Sở Lao động -Thương binh và Xã hội"}},
		{"sở văn hóa, thể thao và du lịch", []string{"Sở VH,TT&DL", "Sở VH, TT & DL", "Sở VHTTDL",
			"Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá, Thể thao và Du lịch"}},
		{"sở thông tin và truyền thông", []string{"Sở TT&TT", "Sở TTTT", "Sở Thông tin và Truyền thông"}},
		{"sở giáo dục và đào tạo", []string{"Sở GD&ĐT", "Sở GDĐT", "Sở GD-ĐT", "Sở Giáo dục và Đào tạo"}},
		{"sở khoa học và công nghệ", []string{"Sở KH&CN", "Sở KHCN", "Sở Khoa học và Công nghệ"}},
		{"sở giao thông vận tải", []string{"Sở GTVT", "Sở Giao thông vận tải", "SỞ GIAO THÔNG VẬN TẢI"}},
		{"sở nông nghiệp và môi trường", []string{"Sở NN&MT", "Sở NNMT", "Sở Nông nghiệp và Môi trường"}},
		{"sở tài chính", []string{"Sở TC", "Sở Tài chính"}},
		{"bộ tư pháp", []string{"Bộ TP", "Bộ Tư pháp"}},
		{"trung tâm truyền thông tài nguyên và môi trường", []string{"Trung tâm Truyền thông TN&MT",
			"Trung tâm Truyền thông tài nguyên và môi trường"}},
		{"cục chuyển đổi số và thông tin dữ liệu tài nguyên và môi trường", []string{
			"Cục Chuyển đổi số và Thông tin dữ liệu TNMT",
			"Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường"}},
		{"sở tài nguyên và môi trường tỉnh lào cai", []string{"Sở TN&MT tỉnh Lào Cai"}},
		{"vụ khoa học công nghệ và môi trường", []string{"Vụ Khoa học Công nghệ và Môi trường"}},
		{"ban khoa học công nghệ, đổi mới sáng tạo", []string{"Ban Khoa học công nghệ, đổi mới sáng tạo"}},
		{"bộ thông tin và truyền thông", []string{"Bộ Thông tin truyền thông", "Bộ TT&TT"}},
		{"đơn vị thuộc bộ tài nguyên và môi trường", []string{"các đơn vị thuộc Bộ TN&MT", "các đơn vị thuộc Bộ Tài nguyên và Môi trường"}},
	}
	for _, g := range groups {
		for _, n := range g.names {
			k := Key(n)
			if k != g.want {
				t.Errorf("Key(%q) = %q, want %q", n, k, g.want)
			}
			if kk := Key(k); kk != k {
				t.Errorf("Key(Key(%q)) = %q, want %q", n, kk, k)
			}
		}
	}
	// Abbreviations are read only where they stand as words: document
	// numbers, other capitals and a two-letter abbreviation that does not
	// follow "Sở" or "Bộ" keep their letters.
	keep := []struct{ in, want string }{
		{"Ban A 09/KH-BTNMT", "ban a 09/kh - btnmt"},
		{"UBND TP Huế", "ủy ban nhân dân thành phố huế"},
		{"UBND TP", "ủy ban nhân dân thành phố"},
		{"Phòng TC", "phòng tc"},
		{"Sở TC tỉnh", "sở tc tỉnh"},
		{"Công ty TNHH", "công ty tnhh"},
		{"Trung tâm R&D", "trung tâm r&d"},
	}
	for _, tt := range keep {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if kk := Key(Key(tt.in)); kk != Key(tt.in) {
			t.Errorf("Key(Key(%q)) = %q, want %q", tt.in, kk, Key(tt.in))
		}
	}
}
