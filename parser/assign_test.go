package parser

import (
	"testing"
)

// TestRequestInherited checks that the tasks under a request ("Đề nghị
// X:") are asked of X too, whether they name nothing or only cooperating
// agencies, and that the tasks under an order stay orders.
func TestRequestInherited(t *testing.T) {
	src := "KẾ HOẠCH\nTriển khai công tác năm 2025\n\n" +
		"I. TỔ CHỨC THỰC HIỆN\n" +
		"1. Sở Y tế chủ trì, phối hợp với các địa phương:\n" +
		"- Rà soát, báo cáo kết quả.\n" +
		"2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:\n" +
		"- Phối hợp với các ngành tuyên truyền, vận động Nhân dân.\n" +
		"- Giám sát việc thực hiện.\n"
	doc := parseBytes(t, "request", []byte(src))
	for _, tt := range []struct {
		id      string
		request bool
	}{
		{"I.1", false}, {"I.1/i1", false},
		{"I.2", true}, {"I.2/i1", true}, {"I.2/i2", true},
	} {
		a := node(t, doc, tt.id).Assignment
		if a == nil || len(a.Lead) != 1 {
			t.Errorf("%s assignment = %+v, want one lead", tt.id, a)
			continue
		}
		if a.Request != tt.request {
			t.Errorf("%s request = %v, want %v (lead %q)", tt.id, a.Request, tt.request, a.Lead)
		}
	}
}
