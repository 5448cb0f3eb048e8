package vnenc

// Mapping tables for the pre-Unicode Vietnamese font encodings.
//
// TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts)
//
// The byte values below were written from the standard's code chart and
// cross-checked entry by entry against these independent public sources:
//
//   - GNU libiconv, lib/tcvn.h (TCVN 5712 VN1, whose 0xA0-0xFF half holds
//     every VN3 code at the same position);
//   - xvnkb (Dao Hai Lam, 2002), tcvn.h, the TCVN table of an X11 input
//     method, listing each vowel with its five tones;
//   - duydev/vietnamese-conversion, src/charsets.ts (npm
//     vietnamese-conversion), a Unicode/TCVN3/VNI/VIQR converter;
//   - the comparison table "Bảng đối chiếu encoding các bộ chữ hiện hành
//     với Unicode" (VISCII, VPS, VNI, TCVN3 and Unicode columns side by
//     side), and the Wikipedia article "VSCII", which gives the VN3
//     repertoire: 67 lower-case letters, the 7 upper-case letters Ă Â Ê Ô
//     Ơ Ư Đ and the no-break space, and says that tone marks on capitals
//     are typed by switching to an all-capital font (.VnTimeH).
//
// All sources agree on the 75 VN3 codes. Where they differ:
//
//   - libiconv and xvnkb implement VN1, which also puts upper-case toned
//     vowels in the C0 and C1 control ranges (0x01-0x17, 0x80-0x9F); VN3
//     leaves those as ASCII and Windows code page bytes. We follow VN3 and
//     decode 0x80-0x9F as Windows-1252, because files typed with .VnTime
//     fonts in Word carry Windows punctuation (curly quotes, dashes) there.
//   - VN2, a superset of VN3, fills the 21 positions VN3 leaves empty in
//     0xA0-0xFF with 16 upper-case toned vowels and 5 combining tone marks
//     (0xB0-0xB4). A VN3 file never uses those bytes, so decoding them as
//     VN2 (as libiconv does) costs nothing and reads VN2 files too; the
//     encoder never writes them.
//   - duydev/vietnamese-conversion writes an upper-case toned vowel as the
//     upper-case base letter followed by the lower-case toned code ("Á" as
//     "A" + 0xB8), which a .VnTime font shows as two letters. No font or
//     other converter does this; we follow the standard and the input
//     methods (Unikey, Vietkey), which store the lower-case code and rely
//     on the .VnTimeH font to show a capital (see RestoreCase).
//
// VNI (VNI-Windows, the encoding of the VNI-Times fonts)
//
// VNI is a vendor encoding with no published standard. A vowel is an
// ASCII base letter followed by one byte that carries its diacritic and
// tone, or both; ơ, ư, đ and the toned i are single bytes. The table was
// cross-checked against xvnkb vni.h, duydev/vietnamese-conversion
// charsets.ts and the comparison table above; the three agree on every
// entry. Bytes VNI does not use keep their Windows-1252 meaning.
//
// Windows-1258 is decoded with golang.org/x/text/encoding/charmap.

// tcvn3High lists the characters of bytes 0xA0-0xFF in TCVN3. Entries
// marked VN2 are not part of VN3 (see above).
var tcvn3High = [96]rune{
	// 0xA0
	'\u00A0', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ',
	'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // 0xAF: VN2
	// 0xB0: 0xB0-0xB4 are the VN2 combining grave, hook, tilde, acute, dot
	'\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã',
	'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ', // 0xBA, 0xBF: VN2
	// 0xC0: 0xC0-0xC5 VN2
	'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ',
	'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xCD: VN2
	// 0xD0
	'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì',
	'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD9-0xDB: VN2
	// 0xE0
	'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', // 0xE0: VN2
	'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
	// 0xF0
	'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', // 0xF0: VN2
	'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xFF: VN2
}

// tcvn3VN2 lists the bytes of tcvn3High that belong to VN2 only.
var tcvn3VN2 = []byte{
	0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xBA, 0xBF, 0xC0, 0xC1, 0xC2,
	0xC3, 0xC4, 0xC5, 0xCD, 0xD9, 0xDA, 0xDB, 0xE0, 0xF0, 0xFF,
}

// VNI byte kinds.
const (
	vniOther  = iota // no VNI meaning: Windows-1252
	vniLetter        // a whole letter (ơ ư đ and the toned i, ỵ)
	vniMark          // a diacritic, a tone, or both, for the letter before
)

// vniByte describes one VNI byte from 0xC0 to 0xFF.
type vniByte struct {
	kind  int8
	r     rune // lower-case letter, for vniLetter
	dia   int8 // diacritic, for vniMark
	tone  int8 // tone, for vniMark
	upper bool // whether the byte is the upper-case variant
}

// vniLow describes the lower-case VNI bytes 0xE0-0xFF; the upper-case
// variant of each is 0x20 lower (0xC0-0xDF) and has the same meaning.
var vniLow = [32]vniByte{
	0x00: {kind: vniMark, dia: diaCirc, tone: toneGrave},  // à
	0x01: {kind: vniMark, dia: diaCirc, tone: toneAcute},  // á
	0x02: {kind: vniMark, dia: diaCirc, tone: toneNone},   // â
	0x03: {kind: vniMark, dia: diaCirc, tone: toneTilde},  // ã
	0x04: {kind: vniMark, dia: diaCirc, tone: toneDot},    // ä
	0x05: {kind: vniMark, dia: diaCirc, tone: toneHook},   // å
	0x06: {kind: vniLetter, r: 'ỉ'},                       // æ
	0x08: {kind: vniMark, dia: diaBreve, tone: toneGrave}, // è
	0x09: {kind: vniMark, dia: diaBreve, tone: toneAcute}, // é
	0x0A: {kind: vniMark, dia: diaBreve, tone: toneNone},  // ê
	0x0B: {kind: vniMark, dia: diaBreve, tone: toneDot},   // ë
	0x0C: {kind: vniLetter, r: 'ì'},                       // ì
	0x0D: {kind: vniLetter, r: 'í'},                       // í
	0x0E: {kind: vniLetter, r: 'ỵ'},                       // î
	0x0F: {kind: vniMark, tone: toneDot},                  // ï
	0x11: {kind: vniLetter, r: 'đ'},                       // ñ
	0x12: {kind: vniLetter, r: 'ị'},                       // ò
	0x13: {kind: vniLetter, r: 'ĩ'},                       // ó
	0x14: {kind: vniLetter, r: 'ơ'},                       // ô
	0x15: {kind: vniMark, tone: toneTilde},                // õ
	0x16: {kind: vniLetter, r: 'ư'},                       // ö
	0x18: {kind: vniMark, tone: toneGrave},                // ø
	0x19: {kind: vniMark, tone: toneAcute},                // ù
	0x1A: {kind: vniMark, dia: diaBreve, tone: toneHook},  // ú
	0x1B: {kind: vniMark, tone: toneHook},                 // û
	0x1C: {kind: vniMark, dia: diaBreve, tone: toneTilde}, // ü
}
