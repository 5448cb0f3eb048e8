package vnenc

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latin turns a string written with the Windows-1252 characters a legacy
// font shows ("KÕ ho¹ch") into the bytes the file holds.
func latin(t testing.TB, s string) []byte {
	t.Helper()
	b, ok := legacyBytes(nil, s)
	if !ok {
		t.Fatalf("latin(%q): a rune has no Windows-1252 byte", s)
	}
	return b
}

// allLetters returns every Vietnamese letter: the 12 vowels with each of
// the 6 tones and đ, in lower and upper case.
func allLetters() []string {
	var ls []string
	for _, row := range vowelRows {
		for _, r := range row {
			ls = append(ls, string(r), string(unicode.ToUpper(r)))
		}
	}
	return append(ls, "đ", "Đ")
}

func TestVowelRows(t *testing.T) {
	dia := [numBases]string{
		baseABreve: "\u0306", baseACirc: "\u0302", baseECirc: "\u0302",
		baseOCirc: "\u0302", baseOHorn: "\u031B", baseUHorn: "\u031B",
	}
	tones := [numTones]string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}
	n := 0
	for b := 0; b < numBases; b++ {
		for tone := 0; tone < numTones; tone++ {
			want := norm.NFD.String(string(baseLetter[b]) + dia[b] + tones[tone])
			if got := norm.NFD.String(string(vowelRune[b][tone])); got != want {
				t.Errorf("NFD(vowelRune[%d][%d]) = %+q, want %+q", b, tone, got, want)
			}
			if tone > 0 {
				n += 2 // lower and upper case
			}
		}
	}
	if n != 120 {
		t.Errorf("toned vowels = %d, want 120", n)
	}
	if got := len(allLetters()); got != 12*6*2+2 {
		t.Errorf("len(allLetters()) = %d, want %d", got, 12*6*2+2)
	}
}

// TestTCVN3Repertoire checks the VN3 part of the table against the
// repertoire the standard gives: 67 lower-case letters, 7 upper-case ones
// and the no-break space.
func TestTCVN3Repertoire(t *testing.T) {
	lower, upper, other := 0, 0, 0
	for r, c := range tcvn3Byte {
		if c < 0xA0 {
			continue
		}
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		default:
			other++
		}
		if got := tcvn3Rune[c]; got != r {
			t.Errorf("tcvn3Rune[%#x] = %q, want %q", c, got, r)
		}
	}
	if lower != 67 || upper != 7 || other != 1 {
		t.Errorf("VN3 codes: %d lower, %d upper, %d other; want 67, 7, 1", lower, upper, other)
	}
	for _, l := range allLetters() {
		r, _ := utf8.DecodeRuneInString(l)
		if r >= utf8.RuneSelf && unicode.IsLower(r) {
			if _, ok := tcvn3Byte[r]; !ok {
				t.Errorf("lower-case %q has no TCVN3 code", l)
			}
		}
	}
}

// TestLegacyTables checks single letters against a second, independent
// listing: the TCVN3 and VNI columns of the public comparison table "Bảng
// đối chiếu encoding các bộ chữ hiện hành với Unicode", written as the
// Windows-1252 characters the fonts put in those positions.
func TestLegacyTables(t *testing.T) {
	tests := []struct {
		want, tcvn3, vni string
	}{
		{"á", "¸", "aù"}, {"à", "µ", "aø"}, {"ả", "¶", "aû"}, {"ã", "·", "aõ"}, {"ạ", "¹", "aï"},
		{"ă", "¨", "aê"}, {"ắ", "¾", "aé"}, {"ằ", "»", "aè"}, {"ẳ", "¼", "aú"}, {"ẵ", "½", "aü"}, {"ặ", "Æ", "aë"},
		{"â", "©", "aâ"}, {"ấ", "Ê", "aá"}, {"ầ", "Ç", "aà"}, {"ẩ", "È", "aå"}, {"ẫ", "É", "aã"}, {"ậ", "Ë", "aä"},
		{"é", "Ð", "eù"}, {"è", "Ì", "eø"}, {"ẻ", "Î", "eû"}, {"ẽ", "Ï", "eõ"}, {"ẹ", "Ñ", "eï"},
		{"ê", "ª", "eâ"}, {"ế", "Õ", "eá"}, {"ề", "Ò", "eà"}, {"ể", "Ó", "eå"}, {"ễ", "Ô", "eã"}, {"ệ", "Ö", "eä"},
		{"í", "Ý", "í"}, {"ì", "×", "ì"}, {"ỉ", "Ø", "æ"}, {"ĩ", "Ü", "ó"}, {"ị", "Þ", "ò"},
		{"ó", "ã", "où"}, {"ò", "ß", "oø"}, {"ỏ", "á", "oû"}, {"õ", "â", "oõ"}, {"ọ", "ä", "oï"},
		{"ô", "«", "oâ"}, {"ố", "è", "oá"}, {"ồ", "å", "oà"}, {"ổ", "æ", "oå"}, {"ỗ", "ç", "oã"}, {"ộ", "é", "oä"},
		{"ơ", "¬", "ô"}, {"ớ", "í", "ôù"}, {"ờ", "ê", "ôø"}, {"ở", "ë", "ôû"}, {"ỡ", "ì", "ôõ"}, {"ợ", "î", "ôï"},
		{"ú", "ó", "uù"}, {"ù", "ï", "uø"}, {"ủ", "ñ", "uû"}, {"ũ", "ò", "uõ"}, {"ụ", "ô", "uï"},
		{"ư", "\u00AD", "ö"}, {"ứ", "ø", "öù"}, {"ừ", "õ", "öø"}, {"ử", "ö", "öû"}, {"ữ", "÷", "öõ"}, {"ự", "ù", "öï"},
		{"ý", "ý", "yù"}, {"ỳ", "ú", "yø"}, {"ỷ", "û", "yû"}, {"ỹ", "ü", "yõ"}, {"ỵ", "þ", "î"},
		{"đ", "®", "ñ"}, {"Đ", "§", "Ñ"}, {"Ă", "¡", "AÊ"}, {"Â", "¢", "AÂ"}, {"Ê", "£", "EÂ"},
		{"Ô", "¤", "OÂ"}, {"Ơ", "¥", "Ô"}, {"Ư", "¦", "Ö"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			// After a word, so that no sentence starts at the letter.
			in := "vµ " + tt.tcvn3
			if got, want := DecodeTCVN3(latin(t, in)), "và "+tt.want; got != want {
				t.Errorf("DecodeTCVN3(%q) = %q, want %q", in, got, want)
			}
			if got := DecodeVNI(latin(t, tt.vni)); got != tt.want {
				t.Errorf("DecodeVNI(%q) = %q, want %q", tt.vni, got, tt.want)
			}
		})
	}
}

// TestKnownSamples decodes samples published by others.
func TestKnownSamples(t *testing.T) {
	tests := []struct {
		name, enc, in, want string
	}{
		// domain.md §6.
		{"domain tcvn3", TCVN3, "KÕ ho¹ch", "Kế hoạch"},
		{"domain vni", VNI, "Keá hoaïch", "Kế hoạch"},
		// Funput/Funput pull request 255, describing legacy state documents.
		{"funput tcvn3", TCVN3, "Céng hßa X· héi", "Cộng hòa Xã hội"},
		// README of the npm package vietnamese-conversion (duydev).
		{"duydev vni", VNI, "Xin chaøo caùc baïn", "Xin chào các bạn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := latin(t, tt.in)
			var got string
			switch tt.enc {
			case TCVN3:
				got = DecodeTCVN3(b)
			case VNI:
				got = DecodeVNI(b)
			}
			if got != tt.want {
				t.Errorf("decode %s %q = %q, want %q", tt.enc, tt.in, got, tt.want)
			}
			if enc, _ := DetectText(tt.in); enc != tt.enc && len(tt.in) > 12 {
				t.Errorf("DetectText(%q) = %s, want %s", tt.in, enc, tt.enc)
			}
		})
	}
}

type codec struct {
	name   string
	encode func(string) ([]byte, error)
	decode func([]byte) string
}

var codecs = []codec{
	{Windows1258, EncodeWindows1258, DecodeWindows1258},
	{TCVN3, EncodeTCVN3, DecodeTCVN3},
	{VNI, EncodeVNI, DecodeVNI},
}

// TestRoundTripLetters sends every letter, in both cases, through each
// encoder and decoder. TCVN3 has no codes for upper-case toned vowels:
// those are encoded the .VnTimeH way and come back upper case only in an
// upper-case word or between upper-case words.
func TestRoundTripLetters(t *testing.T) {
	for _, c := range codecs {
		for _, l := range allLetters() {
			r, _ := utf8.DecodeRuneInString(l)
			toned := false
			if lt, ok := lookupLetter(r); ok && lt.base >= 0 && lt.tone != toneNone {
				toned = true
			}
			ins := []string{l, "x" + strings.ToLower(l) + "x"}
			switch {
			case c.name == TCVN3 && toned && unicode.IsUpper(r):
				// A sentence start, an upper-case word, between and after
				// upper-case words.
				ins = []string{l, "TR" + l + "NG", "CÁC " + l + " CẤP", "KẾ HOẠCH " + l}
			case c.name == TCVN3 && toned:
				// Not at a sentence start, where it would be capitalized.
				ins = []string{"và " + l, "x" + l + "x"}
			}
			for _, in := range ins {
				b, err := c.encode(in)
				if err != nil {
					t.Errorf("encode %s %q: %v", c.name, in, err)
					continue
				}
				if got := c.decode(b); got != in {
					t.Errorf("decode %s(encode(%q)) = %q, want %q", c.name, in, got, in)
				}
			}
		}
	}
}

// TestTCVN3UpperLoss documents what TCVN3 cannot carry: a capital toned
// vowel in lower-case text that is not at a sentence start.
func TestTCVN3UpperLoss(t *testing.T) {
	b, err := EncodeTCVN3("khu vực Đông Nam Á và")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := DecodeTCVN3(b), "khu vực Đông Nam á và"; got != want {
		t.Errorf("DecodeTCVN3(%q) = %q, want %q", b, got, want)
	}
}

func TestRestoreCase(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"heading", "KÕ HO¹CH HµNH §éNG", "KẾ HOẠCH HÀNH ĐỘNG"},
		{"mixed case", "KÕ ho¹ch sè 12/KH-UBND", "Kế hoạch số 12/KH-UBND"},
		{"acronym neighbours", "Së GD&§T tØnh", "Sở GD&ĐT tỉnh"},
		{"acronym alone", "Bé KH&§T", "Bộ KH&ĐT"},
		{"one capital then caps", "ñY BAN NH¢N D¢N", "ỦY BAN NHÂN DÂN"},
		{"numbered heading", "I. MôC §ÝCH, Y£U CÇU", "I. MỤC ĐÍCH, YÊU CẦU"},
		{"one-letter word in caps", "C¸C Vµ ë CÊP", "CÁC VÀ Ở CẤP"},
		{"place and date", "Hµ Néi, ngµy 5 th¸ng 3", "Hà Nội, ngày 5 tháng 3"},
		{"place in caps", "Hµ NéI", "HÀ NỘI"},
		{"sentence start", "ñy ban nh©n d©n. ë c¸c x·", "Ủy ban nhân dân. Ở các xã"},
		{"not a sentence start", "t¹i x· ë c¸c th«n", "tại xã ở các thôn"},
		{"decimal point", "t¨ng 1.5 ë", "tăng 1.5 ở"},
		{"list item", "nh\u00ad sau:\n- øng dông\na) ë c¸c", "như sau:\n- Ứng dụng\na) Ở các"},
		{"table cell", "| ViÖc | Ýt nhÊt |", "| Việc | Ít nhất |"},
		{"caps cell beside text", "| n¬i nhËn | KT. Bé TR¦ëNG", "| nơi nhận | KT. BỘ TRƯỞNG"},
		{"adjacent caps beats far text", "QUYÕT Sè 25-NQ/TW Trung", "QUYẾT SỐ 25-NQ/TW Trung"},
		{"wrapped line", "phèi hîp víi\nñy ban", "phối hợp với\nủy ban"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecodeTCVN3(latin(t, tt.in)); got != tt.want {
				t.Errorf("DecodeTCVN3(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRestoreCaseUnchanged(t *testing.T) {
	for _, s := range []string{"", "Kế hoạch số 12/KH-UBND", "KẾ HOẠCH", "abc\n\nxyz"} {
		if got := RestoreCase(s); got != s {
			t.Errorf("RestoreCase(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		name string
		c    codec
		in   string
		want string
	}{
		{"tcvn3 symbol", codecs[1], "a ≥ b", "a ? b"},
		{"tcvn3 latin-1", codecs[1], "©", "?"},
		{"vni letter", codecs[2], "ü", "?"},
		{"1258 symbol", codecs[0], "≤", "?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.encode(tt.in)
			if err == nil {
				t.Errorf("encode %s(%q): no error", tt.c.name, tt.in)
			}
			if string(got) != tt.want {
				t.Errorf("encode %s(%q) = %q, want %q", tt.c.name, tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeOdd(t *testing.T) {
	tests := []struct {
		name string
		dec  func([]byte) string
		in   []byte
		want string
	}{
		{"vni stray mark", DecodeVNI, []byte{'x', 0xF9}, "x\u0301"},
		{"vni mark after toned i", DecodeVNI, []byte{0xED, 0xF9}, "í\u0301"},
		{"vni circumflex then tone", DecodeVNI, []byte{'a', 0xE2, 0xF9}, "ấ"},
		{"vni mixed case mark", DecodeVNI, []byte{'A', 0xF9}, "Á"},
		{"vni windows punctuation", DecodeVNI, []byte{0x93, 'a', 0x94}, "“a”"},
		{"tcvn3 vn2 combining", DecodeTCVN3, []byte{'v', 0xB5, ' ', 'a', 0xB3}, "và á"},
		{"tcvn3 vn2 capital", DecodeTCVN3, []byte{0xC4}, "Ấ"},
		{"tcvn3 windows quote", DecodeTCVN3, []byte{'v', 0xB5, ' ', 0x93, 0xB8, 0x94}, "và “á”"},
		{"tcvn3 text start", DecodeTCVN3, []byte{0xB8, ' ', 'v', 0xB5}, "Á và"},
		{"1258 combining", DecodeWindows1258, []byte{0xEA, 0xEC}, "ế"},
		{"1258 undefined", DecodeWindows1258, []byte{0x81}, "\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.dec(tt.in); got != tt.want {
				t.Errorf("decode(%q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsSyllable(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"hoạch", true}, {"nghiêng", true}, {"quyết", true}, {"giếng", true}, {"gì", true},
		{"người", true}, {"được", true}, {"khuỷu", true}, {"Uỷ", true}, {"ỦY", true},
		{"ke\u0301", true}, {"ế", true}, {"xoong", true},
		{"hòa", true}, {"hoà", true}, {"thủy", true}, {"thuỷ", true}, {"của", true},
		{"giữa", true}, {"quả", true}, {"người", true}, {"khuya", true}, {"ngoài", true},
		{"kẻo", true},
		{"keỏ", false}, // tone on the wrong vowel
		{"cuả", false}, {"ngưòi", false}, {"hoạn", true}, {"hòan", false},
		{"kõ", false},   // k before o
		{"cế", false},   // c before ê
		{"hoac", false}, // stop rhyme without sắc or nặng
		{"keá", false}, {"hoaïch", false}, {"ho¹ch", false}, {"keỏ", false},
		{"UBND", false}, {"ảá", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isSyllable([]rune(tt.in)); got != tt.want {
			t.Errorf("isSyllable(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
