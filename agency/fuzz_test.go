package agency

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ban, ngành và địa phương:",
	"Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan, đơn vị và các địa phương:",
	"Sở Kế hoạch và Đầu tư, Ban Quản lý Khu kinh tế, công nghiệp tỉnh, Ban Quản lý dự án Đầu tư xây dựng và Phát triển đô thị tỉnh theo dõi, đôn đốc",
	"Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư, UBND huyện A và các Sở, ban, ngành có liên quan tiếp tục thực hiện",
	"Phối hợp với Bộ Kế hoạch và Đầu tư (Vụ A; Vụ B), Bộ Tài chính trong quá trình xây dựng",
	"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường giám sát.",
	"Giao cho UBND TP. Huế chủ trì. Sở B phối hợp",
	"Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
	"a) Cơ quan chủ trì: sở nội vụ; b) cơ quan phối hợp: các cơ đư c) Thời gian thực hiện: Hoàn thành",
	"SỞ KẾ HOẠCH VÀ ĐẦU TƯ CHỦ TRÌ, PHỐI HỢP VỚI CÁC SỞ, NGÀNH:",
	"Vu Kế hoạch - Tài chính tham mưu",
	"((( ;;; và và , , các",
	"\xff\xfe Sở\u0301 Y tế",
	"Đảng ủy Sở A lãnh đạo Sở A, lãnh đạo các phòng; Lãnh đạo Lãnh đạo Bộ",
	"Định kỳ, Thường trực Ủy ban B chủ trì, phối hợp với chủ đầu tư, nhà đầu tư san lấp",
	"Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm",
	"Chỉ đạo các đài truyền thanh tăng thời lượng; phối hợp với Sở A, Sở B xây dựng chuyên mục; đồng thời phối hợp với Hội C",
	"Căn cứ tình hình, chủ động phối hợp (với Sở A, và phối hợp với Sở B), phối hợp giữa các sở, Phối hợp với Sở C",
	"Đề nghị phối hợp với Sở A; Sở B tổ chức, và phối hợp chặt chẽ với Sở B và Sở C:",
	"Các Sở: Tài chính, Lao động, Thương binh và Xã hội, Công Thương chủ động; phối hợp với các bộ Tư pháp, Y tế (Vụ A, B)",
	"Các đơn vị, cơ quan chủ trì nhiệm vụ (tại Phụ lục; kèm theo) có trách nhiệm báo cáo",
}

func FuzzParseClause(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, ok := ParseClause(text)
		if !ok {
			if len(c.Lead)+len(c.Cooperating) > 0 || c.Action != "" {
				t.Fatalf("ParseClause(%q) = %+v, false; want the zero Clause", text, c)
			}
			return
		}
		if !strings.Contains(text, c.Action) {
			t.Fatalf("ParseClause(%q) returned action %q, not a substring", text, c.Action)
		}
		for _, s := range append(append([]string{}, c.Lead...), c.Cooperating...) {
			if !fromText(text, s) {
				t.Fatalf("ParseClause(%q) returned %q, not a substring", text, s)
			}
		}
		for _, s := range append(append([]string{}, c.Lead...), c.Cooperating...) {
			if s == "" {
				t.Fatalf("ParseClause(%q) = %+v: empty agency", text, c)
			}
		}
		if c.Inherits != (len(c.Lead) == 0) {
			t.Fatalf("ParseClause(%q) = %+v: Inherits must hold exactly when Lead is empty", text, c)
		}
		if c.LeadOnly && c.Action != "" {
			t.Fatalf("ParseClause(%q) = %+v: LeadOnly with an action", text, c)
		}
	})
}

// fromText reports whether name is a substring of text, or a head and a
// name that share it in text, both substrings but for the case of the
// head's first letter ("Sở Tài chính" from "Các Sở: Tài chính, Xây
// dựng").
func fromText(text, name string) bool {
	if strings.Contains(text, name) {
		return true
	}
	head, rest, ok := strings.Cut(name, " ")
	if !ok || !strings.Contains(text, rest) {
		return false
	}
	r, size := utf8.DecodeRuneInString(head)
	return strings.Contains(text, head) || strings.Contains(text, string(unicode.ToLower(r))+head[size:])
}

func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, list string) {
		for _, p := range Split(list) {
			if p == "" || !fromText(list, p) {
				t.Fatalf("Split(%q) returned %q", list, p)
			}
		}
		_ = HeadLen(list)
		_ = IsAgencyStart(list)
		if n := HeadLen(list); n < 0 || n > len(list) {
			t.Fatalf("HeadLen(%q) = %d, out of range", list, n)
		}
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		k := Key(name)
		if utf8.ValidString(name) && !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q, not valid UTF-8", name, k)
		}
		if utf8.ValidString(name) {
			if k2 := Key(k); k2 != k {
				t.Fatalf("Key(%q) = %q, but Key(%q) = %q", name, k, k, k2)
			}
		}
		if strings.TrimSpace(k) != "" && !Matches(name, name) {
			t.Fatalf("Matches(%q, itself) = false", name)
		}
		_ = ColumnRole(name)
	})
}

func FuzzParseField(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for rest, n := text, 0; rest != "" && n < 100; n++ {
			fd, ok := ParseField(rest)
			if !ok {
				return
			}
			if fd.ValueStart < 0 || fd.ValueStart > len(rest) || fd.End < fd.ValueStart || fd.End > len(rest) ||
				!strings.HasPrefix(rest[fd.ValueStart:], fd.Value) {
				t.Fatalf("ParseField(%q) = %+v: offsets do not match", rest, fd)
			}
			if fd.End == 0 {
				t.Fatalf("ParseField(%q) = %+v: no progress", rest, fd)
			}
			rest = rest[fd.End:]
		}
	})
}
