package docx

import "testing"

func BenchmarkConvert(b *testing.B) {
	data := readFixture(b, "sample.docx")
	res, err := Convert(data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(res.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Convert(data); err != nil {
			b.Fatal(err)
		}
	}
}
