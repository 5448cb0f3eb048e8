package deadline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/textscan"
)

// kw identifies the words the phrase grammar knows.
type kw uint8

const (
	kwNone kw = iota
	kwTruoc
	kwTrong
	kwRong // rong, "trong" with its first letter lost to OCR
	kwVao
	kwTu
	kwDen
	kwToi
	kwHet
	kwSau
	kwCuoi
	kwDau
	kwNgay
	kwThang
	kwQuy
	kwNam
	kwTuan
	kwHang // hàng, hằng
	kwLa
	kwVa
	kwCac
	kwNhung
	kwMot
	kwLan
	kwTiep
	kwTheo
	kwTro
	kwDi
	kwCho
	kwKe
	kwHoan
	kwThanh
	kwCham
	kwMuon
	kwNhat
	kwDinh
	kwKy // kỳ, kì
	kwTam
	kwNhin
	kwHuong
	kwGiai
	kwDoan
	kwThoi
	kwThuong
	kwXuyen
	kwNhiem
	kwVu
	kwSau6 // sáu (six)
	kwHai  // hai (two)
	kwBa   // ba (three)
	kwBon  // bốn (four)
	kwMuoi // mười (ten)
	kwRoman1
	kwRoman2
	kwRoman3
	kwRoman4
	kwHoc  // học, of "năm học"
	kwNien // niên, of "niên vụ", "niên học"
	kwMoi  // mỗi (each), of "mỗi tuần"

	// The words of a time allowed from an event (see relative).
	kwVong      // vòng, of "trong vòng"
	kwHan       // hạn, of "thời hạn"
	kwGian      // gian, of "thời gian"
	kwKhong     // không, of "không quá"
	kwQua       // quá
	kwToiDa     // tối, of "tối đa"
	kwDa        // đa
	kwLam       // làm, of "ngày làm việc"
	kwViec      // việc
	kwDigitWord // the other words of numbers: "lăm", "bảy", "mươi", "trăm"
	kwGio       // giờ (hour)
	kwNgay2     // ngay (right away), of "ngay khi", "ngay sau khi"
)

// keywords lists the words of the grammar in lower case.
var keywords = []struct {
	w string
	k kw
}{
	{"trước", kwTruoc},
	{"trong", kwTrong},
	// "trong" as OCR misreads it: "frong" is no word; "rong" (seaweed)
	// reads as "trong" only before a month or quarter (see parse).
	{"frong", kwTrong},
	{"rong", kwRong},
	{"vào", kwVao},
	{"từ", kwTu},
	{"đến", kwDen},
	{"tới", kwToi},
	{"hết", kwHet},
	{"sau", kwSau},
	{"cuối", kwCuoi},
	{"đầu", kwDau},
	{"ngày", kwNgay},
	{"tháng", kwThang},
	{"quý", kwQuy},
	{"năm", kwNam},
	{"tuần", kwTuan},
	{"hàng", kwHang},
	{"hằng", kwHang},
	{"là", kwLa},
	{"và", kwVa},
	{"các", kwCac},
	{"những", kwNhung},
	{"một", kwMot},
	{"lần", kwLan},
	{"tiếp", kwTiep},
	{"theo", kwTheo},
	{"trở", kwTro},
	{"đi", kwDi},
	{"cho", kwCho},
	{"kể", kwKe},
	{"hoàn", kwHoan},
	{"thành", kwThanh},
	{"chậm", kwCham},
	{"muộn", kwMuon},
	{"nhất", kwNhat},
	{"định", kwDinh},
	{"kỳ", kwKy},
	{"kì", kwKy},
	{"tầm", kwTam},
	{"nhìn", kwNhin},
	{"hướng", kwHuong},
	{"giai", kwGiai},
	{"đoạn", kwDoan},
	{"thời", kwThoi},
	{"thường", kwThuong},
	{"xuyên", kwXuyen},
	{"nhiệm", kwNhiem},
	{"vụ", kwVu},
	{"sáu", kwSau6},
	{"hai", kwHai},
	{"ba", kwBa},
	{"bốn", kwBon},
	{"mười", kwMuoi},
	{"i", kwRoman1},
	{"ii", kwRoman2},
	{"iii", kwRoman3},
	{"iv", kwRoman4},
	{"học", kwHoc},
	{"niên", kwNien},
	{"mỗi", kwMoi},
	{"vòng", kwVong},
	{"hạn", kwHan},
	{"gian", kwGian},
	{"không", kwKhong},
	{"quá", kwQua},
	{"tối", kwToiDa},
	{"đa", kwDa},
	{"làm", kwLam},
	{"việc", kwViec},
	{"giờ", kwGio},
	{"ngay", kwNgay2},
	{"mốt", kwDigitWord},
	{"lăm", kwDigitWord},
	{"nhăm", kwDigitWord},
	{"bảy", kwDigitWord},
	{"bẩy", kwDigitWord},
	{"tám", kwDigitWord},
	{"chín", kwDigitWord},
	{"mươi", kwDigitWord},
	{"linh", kwDigitWord},
	{"lẻ", kwDigitWord},
	{"trăm", kwDigitWord},
	{"chục", kwDigitWord},
}

// forms maps the lower-case, title-case and upper-case spellings of the
// keywords to their keyword, so that a word is looked up without case
// conversion.
var forms = func() *wordTable {
	t := new(wordTable)
	for _, e := range keywords {
		setForms(t, e.w, uint8(e.k))
	}
	return t
}()

// setForms maps the lower-case word w and its title-case and upper-case
// spellings to v in t.
func setForms(t *wordTable, w string, v uint8) {
	t.set(w, v)
	t.set(strings.ToUpper(w), v)
	r, n := utf8.DecodeRuneInString(w)
	t.set(string(unicode.ToUpper(r))+w[n:], v)
}

// maxKeyword is the longest keyword in bytes.
const maxKeyword = 12

// word returns the keyword of the word at i and the word's end; the end
// is i when no word starts at i. Words in mixed case other than title
// case are not keywords.
func word(s string, i int) (kw, int) {
	e := wordEnd(s, i)
	if e == i || e-i > maxKeyword {
		return kwNone, e
	}
	return kw(forms.get(s, i, e)), e
}

// isWord reports whether the word s[i:e] is w, which is in lower case,
// in any case.
func isWord(s string, i, e int, w string) bool {
	if e-i < len(w)/2 || e-i > 2*len(w) {
		return false
	}
	var buf [24]byte
	return string(lower(buf[:], s[i:e])) == w
}

// next reads the keyword at the next token after blanks (and one newline)
// from i. It returns the token's start and end.
func next(s string, i int) (k kw, start, end int) {
	j := textscan.SkipSpace(s, i)
	k, e := word(s, j)
	return k, j, e
}

// accept reads the keyword want at the next token from i and returns the
// position after it.
func accept(s string, i int, want kw) (int, bool) {
	k, _, e := next(s, i)
	if k != want {
		return i, false
	}
	return e, true
}
