package citation

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ (*viết tắt là Nghị quyết 01/NQ-CP*)",
		"Chương trình số 12-CTr/TU ngày 13/5/2022 của Tỉnh ủy (khoá XVI)",
		"các Thông báo kết luận số 09/TB-VPCP ngày 11 tháng 01 năm 2024; số 328/TB-VPCP",
		"Kế hoạch số       /KH-BTNMT ngày    tháng 8 năm 2024",
		"Nghị quyết số 15- NQ/TU, 215 /KH-UBND, 45/2025/NĐ- CP",
		"CHỈ THỊ SỐ 13/CT-TTG NGÀY 02 THÁNG 5 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ",
		"(sau đây gọi tắt là Nghị quyết 57) Nghị quyết 57",
		"số:......./QĐ-UBND",
		"1/ 2-3 /4 5- 6 số / số",
		"\xff\xfe số 1/\xc4",
		"của và, - (",
		"Kế hoạch số 1120/KH-BCĐTƯATTP ngày 15/9/2025 của Ban Chỉ đạo 389 tỉnh Phê duyệt; số 75-\nKL/TƯ",
		"Chương trình hành động số 35-CTr/TU (sau đây gọi tắt là Chương trình 35), Chương trình 35",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := Find(text)
		checkMatches(t, "Find", text, ms)
		for _, m := range ms {
			if m.Incomplete != (m.Ref.Number == "") {
				t.Errorf("Find(%q): Incomplete = %v with Number %q", text, m.Incomplete, m.Ref.Number)
			}
			if m.Ref.Number != "" && Normalize(m.Ref.Number) != m.Ref.Number {
				t.Errorf("Find(%q): Number %q is not normalised (%q)", text, m.Ref.Number, Normalize(m.Ref.Number))
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Ref.Issuer) {
				t.Errorf("Find(%q): Issuer %q is not valid UTF-8", text, m.Ref.Issuer)
			}
		}
		as := FindAliases(text)
		last := 0
		for _, a := range as {
			if a.Start < last || a.End > len(text) || a.Start >= a.End {
				t.Fatalf("FindAliases(%q): bad span %d:%d", text, a.Start, a.End)
			}
			last = a.End
		}
		rs := NewResolver(as).Find(text)
		checkMatches(t, "Resolver.Find", text, rs)
		Normalize(text)
	})
}

// checkMatches checks that matches are in bounds, in order, do not
// overlap, and carry their own text.
func checkMatches(t *testing.T, fn, text string, ms []Match) {
	t.Helper()
	last := 0
	for i, m := range ms {
		if m.Start < last || m.Start > m.End || m.End > len(text) {
			t.Fatalf("%s(%q)[%d]: span %d:%d out of order or range (previous end %d)", fn, text, i, m.Start, m.End, last)
		}
		if m.Ref.Text != text[m.Start:m.End] {
			t.Fatalf("%s(%q)[%d]: Text %q is not text[%d:%d]", fn, text, i, m.Ref.Text, m.Start, m.End)
		}
		last = m.End
	}
}
