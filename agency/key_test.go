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
		{"Văn phòng Chính phủ (b/c);", "văn phòng chính phủ"},
		{"Ban A (Quyết định số 58/QĐ-TTg)", "ban a"},
		{"(Sở Y tế)", "sở y tế"},
		{norm.NFD.String("Sở Y tế"), "sở y tế"},
		{"", ""},
		{" ; ", ""},
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
