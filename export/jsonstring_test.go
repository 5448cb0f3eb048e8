package export

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"
)

// stdString returns s as encoding/json writes it with HTML escaping off.
func stdString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// stdStrings returns the strings as encoding/json writes them, one a
// line.
func stdStrings(ss []string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(ss)
	return buf.Bytes()
}

// TestAppendStringSequences checks appendString against encoding/json on
// every sequence of up to three bytes from a set of bytes that matter to
// UTF-8 and JSON, at every place of an eight-byte block, among ASCII
// text and among Vietnamese letters.
func TestAppendStringSequences(t *testing.T) {
	alphabet := []byte{'a', ' ', '"', '\\', '<', 0x00, 0x0a, 0x1f, 0x7f,
		0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xa8, 0xa9, 0xbf,
		0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xe2, 0xec, 0xed, 0xee, 0xef,
		0xf0, 0xf4, 0xf5, 0xff}
	var seqs []string
	for _, a := range alphabet {
		seqs = append(seqs, string([]byte{a}))
		for _, b := range alphabet {
			seqs = append(seqs, string([]byte{a, b}))
			for _, c := range alphabet {
				seqs = append(seqs, string([]byte{a, b, c}))
			}
		}
	}
	for _, fill := range []string{"abcdefghijklmnop", "ếạươđ\u2028ế"} {
		for pos := 0; pos <= 9; pos++ {
			prefix := fill[:min(pos, len(fill))]
			var in []string
			for _, seq := range seqs {
				for _, suffix := range []string{"", "x", "ạ", fill} {
					in = append(in, prefix+seq+suffix)
				}
			}
			// Both write the strings of a []string: one comma between
			// each two.
			got := []byte{'['}
			for i, s := range in {
				if i > 0 {
					got = append(got, ',')
				}
				got = appendString(got, s)
			}
			got = append(got, "]\n"...)
			if want := stdStrings(in); !bytes.Equal(got, want) {
				for _, s := range in {
					if got, want := string(appendString(nil, s)), stdString(s); got != want {
						t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
					}
				}
				t.Fatalf("appendString differs from encoding/json")
			}
		}
	}
}

// FuzzAppendString checks appendString against encoding/json.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "Kế hoạch số 12/KH-UBND", "a\xffb\u2028\"\\\x01", "\xe1\xba\xa1\xe1\xba"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), stdString(s); got != want {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestAppendInt(t *testing.T) {
	vals := []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999999, 100000000,
		1<<31 - 1, 1 << 31, 1<<63 - 1, -1, -10, -(1 << 63)}
	for p := 1; p > 0 && p < 1<<62; p *= 10 {
		vals = append(vals, p-1, p, p+1, 7*p)
	}
	for v := range 100000 {
		vals = append(vals, v)
	}
	for _, v := range vals {
		want := strconv.Itoa(v)
		if got := string(appendInt([]byte("x"), v)); got != "x"+want {
			t.Errorf("appendInt(%d) = %s, want x%s", v, got, want)
		}
	}
}
