package vnenc_test

import (
	"fmt"

	"github.com/vnplan/vnplan/vnenc"
)

func ExampleDecodeTCVN3() {
	// "KẾ HOẠCH" typed in .VnTimeH and "số 12" in .VnTime.
	b := []byte("K\xd5 HO\xb9CH s\xe8 12")
	fmt.Println(vnenc.DecodeTCVN3(b))
	// Output: KẾ HOẠCH số 12
}

func ExampleDecodeVNI() {
	fmt.Println(vnenc.DecodeVNI([]byte("Ke\xe1 hoa\xefch")))
	// Output: Kế hoạch
}

func ExampleDetect() {
	b := []byte("K\xd5 ho\xb9ch tri\xd3n khai nhi\xd6m v\xf4 n\xa8m 2025")
	enc, conf := vnenc.Detect(b)
	fmt.Println(enc, conf > 0.9)
	// Output: tcvn3 true
}

func ExampleDetectText() {
	s := "KÕ ho¹ch triÓn khai nhiÖm vô n¨m 2025"
	enc, _ := vnenc.DetectText(s)
	fmt.Println(enc, vnenc.RepairText(s, enc))
	// Output: tcvn3 Kế hoạch triển khai nhiệm vụ năm 2025
}
