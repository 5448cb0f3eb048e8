package vnnum

import (
	"fmt"
	"math"
	"testing"
	"unicode/utf8"
)

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantOK bool
	}{
		{"55.000", 55000, true},
		{"3,5", 3.5, true},
		{"1.573,1", 1573.1, true},
		{"1,76", 1.76, true},
		{"06", 6, true},
		{"01", 1, true},
		{"0", 0, true},
		{"7.850", 7850, true},
		{"23.600", 23600, true},
		{"1.000.000", 1e6, true},
		{"16,24", 16.24, true},
		{"0,7", 0.7, true},
		// English forms.
		{"1.5", 1.5, true},
		{"12.50", 12.5, true},
		{"0.500", 0.5, true},
		{"1234.567", 1234.567, true},
		{"1,000,000", 1e6, true},
		{"1,573.1", 1573.1, true},
		// Not numerals.
		{"2.1.3", 0, false},
		{"1.000.5", 0, false},
		{"1.5,3", 0, false},
		{"1,2,3", 0, false},
		{"1.000,5,3", 0, false},
		{"", 0, false},
		{"5%", 0, false},
		{"5 000", 0, false},
		{"-5", 0, false},
		{"55.", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseDigits(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("ParseDigits(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestScanDigits(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantN  int
		wantOK bool
	}{
		{"55.000 ha", 55000, 6, true},
		{"55.000.", 55000, 6, true},
		{"3,5, 4", 3.5, 3, true},
		{"93%)", 93, 2, true},
		{"5-7 HTX", 5, 1, true},
		{"2024⁴", 2024, 4, true},
		{"2.1.3. Mục", 0, 5, false},
		{"ha", 0, 0, false},
		{"12345678901234567890123", 12345678901234567890123, 23, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, n, ok := ScanDigits(tt.in)
			if got != tt.want || n != tt.wantN || ok != tt.wantOK {
				t.Errorf("ScanDigits(%q) = %v, %d, %v, want %v, %d, %v", tt.in, got, n, ok, tt.want, tt.wantN, tt.wantOK)
			}
		})
	}
}

func TestMul(t *testing.T) {
	tests := []struct {
		v, mult, want float64
	}{
		{16.24, 1e6, 16240000},
		{3.5, 1e6, 3500000},
		{1573.1, 1e9, 1573100000000},
		{14.4, 1e6, 14400000},
		{2.2, 1e6, 2200000},
		{20, 1e12, 2e13},
		{0.000001, 1e3, 0.001},
		{5, 1, 5},
		{1.5, 0.5, 0.75},
	}
	for _, tt := range tests {
		if got := Mul(tt.v, tt.mult); got != tt.want {
			t.Errorf("Mul(%v, %v) = %v, want %v", tt.v, tt.mult, got, tt.want)
		}
	}
}

func TestScale(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantOK bool
	}{
		{"nghìn", 1e3, true},
		{"ngàn", 1e3, true},
		{"vạn", 1e4, true},
		{"triệu", 1e6, true},
		{"Triệu", 1e6, true},
		{"TỶ", 1e9, true},
		{"tỷ", 1e9, true},
		{"tỉ", 1e9, true},
		{"trăm", 0, false},
		{"ha", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Scale(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Scale(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestScanScale(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantN  int
		wantOK bool
	}{
		{" triệu lượt khách", 1e6, len(" triệu"), true},
		{" nghìn tỷ đồng", 1e12, len(" nghìn tỷ"), true},
		{"tỷ nghìn", 1e9, len("tỷ"), true},
		{" ha", 1, 0, false},
		{"", 1, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, n, ok := ScanScale(tt.in)
			if got != tt.want || n != tt.wantN || ok != tt.wantOK {
				t.Errorf("ScanScale(%q) = %v, %d, %v, want %v, %d, %v", tt.in, got, n, ok, tt.want, tt.wantN, tt.wantOK)
			}
		})
	}
}

func TestScan(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantN  int // -1: the whole input
		wantOK bool
	}{
		// Digits and scale words.
		{"3,5 triệu", 3.5e6, -1, true},
		{"16,24 triệu ha", 16240000, len("16,24 triệu"), true},
		{"20 nghìn tỷ đồng", 2e13, len("20 nghìn tỷ"), true},
		{"1.573,1 tỷ đồng", 1573.1e9, len("1.573,1 tỷ"), true},
		{"2 tỷ 300 triệu đồng", 2.3e9, len("2 tỷ 300 triệu"), true},
		{"2 tỷ 300 ha", 2e9, len("2 tỷ"), true},
		{"1 triệu rưỡi", 1.5e6, -1, true},
		{"4 triệu lượt khách", 4e6, len("4 triệu"), true},
		{"12 bác sĩ/vạn dân", 12, 2, true},
		{"55.000 ha", 55000, 6, true},
		// Words.
		{"một", 1, -1, true},
		{"hai", 2, -1, true},
		{"mười", 10, -1, true},
		{"mười lăm", 15, -1, true},
		{"Mười lăm", 15, -1, true},
		{"mười nhăm", 15, -1, true},
		{"mười một", 11, -1, true},
		{"mười bốn", 14, -1, true},
		{"mười tư", 14, -1, true},
		{"mười năm", 10, len("mười"), true},
		{"hai mươi", 20, -1, true},
		{"hai mươi mốt", 21, -1, true},
		{"hai mươi một", 21, -1, true},
		{"hai mươi tư", 24, -1, true},
		{"hai mươi lăm", 25, -1, true},
		{"hai mươi năm", 20, len("hai mươi"), true},
		{"năm mươi", 50, -1, true},
		{"ba chục", 30, -1, true},
		{"một trăm", 100, -1, true},
		{"một trăm linh năm", 105, -1, true},
		{"một trăm lẻ tư", 104, -1, true},
		{"hai trăm mười hai", 212, -1, true},
		{"ba trăm bốn mươi lăm", 345, -1, true},
		{"năm trăm", 500, -1, true},
		{"một triệu", 1e6, -1, true},
		{"năm nghìn", 5000, -1, true},
		{"hai mươi nghìn tỷ", 2e13, -1, true},
		{"ba trăm nghìn", 3e5, -1, true},
		{"một triệu hai trăm nghìn", 1.2e6, -1, true},
		{"hai tỷ ba trăm triệu", 2.3e9, -1, true},
		{"một nghìn không trăm linh năm", 1005, -1, true},
		{"hai triệu rưỡi", 2.5e6, -1, true},
		{"hai nghìn năm", 2000, len("hai nghìn"), true},
		{"năm phần trăm", 5, len("năm"), true},
		{"bảy sản phẩm", 7, len("bảy"), true},
		{"một số", 1, len("một"), true},
		// The word "năm" as "year", and other non-numbers.
		{"năm 2024", 0, 0, false},
		{"năm", 0, 0, false},
		{"năm học", 0, 0, false},
		{"không", 0, 0, false},
		{"không quá", 0, 0, false},
		{"mươi", 0, 0, false},
		{"trăm", 0, 0, false},
		{"tư nhân", 0, 0, false},
		{"lăm", 0, 0, false},
		{"triệu", 0, 0, false},
		{"hài", 0, 0, false},
		{"", 0, 0, false},
		{"%", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			wantN := tt.wantN
			if wantN < 0 {
				wantN = len(tt.in)
			}
			got, n, ok := Scan(tt.in)
			if got != tt.want || n != wantN || ok != tt.wantOK {
				t.Errorf("Scan(%q) = %v, %d, %v, want %v, %d, %v", tt.in, got, n, ok, tt.want, wantN, tt.wantOK)
			}
		})
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"3,5 - 4 triệu lượt khách", "hai mươi mốt", "1.573,1 tỷ",
		"năm 2024", "một trăm linh năm", "2 tỷ 300 triệu", "2.1.3", "9" + string(rune(0x300)),
		"mười\u00a0lăm", "1,000.5", "0.000000000000000000000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, scan := range []func(string) (float64, int, bool){Scan, ScanWords, ScanDigits, ScanScale} {
			v, n, ok := scan(s)
			if n < 0 || n > len(s) {
				t.Fatalf("scan(%q) read %d bytes", s, n)
			}
			if ok && (n == 0 || math.IsNaN(v) || v < 0) {
				t.Fatalf("scan(%q) = %v, %d, %v", s, v, n, ok)
			}
			if utf8.ValidString(s) && n < len(s) && !utf8.RuneStart(s[n]) {
				t.Fatalf("scan(%q) stopped inside a rune at %d", s, n)
			}
		}
		if v, ok := ParseDigits(s); ok {
			if v2, n, ok2 := ScanDigits(s); !ok2 || n != len(s) || v2 != v {
				t.Fatalf("ParseDigits(%q) = %v but ScanDigits = %v, %d, %v", s, v, v2, n, ok2)
			}
		}
	})
}

func ExampleScan() {
	for _, s := range []string{"3,5 triệu lượt khách", "1.573,1 tỷ đồng", "hai mươi mốt xã", "năm 2024"} {
		v, n, ok := Scan(s)
		fmt.Printf("%q: %.1f %q %v\n", s, v, s[:n], ok)
	}
	// Output:
	// "3,5 triệu lượt khách": 3500000.0 "3,5 triệu" true
	// "1.573,1 tỷ đồng": 1573100000000.0 "1.573,1 tỷ" true
	// "hai mươi mốt xã": 21.0 "hai mươi mốt" true
	// "năm 2024": 0.0 "" false
}
