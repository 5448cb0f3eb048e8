// Package vnenc reads Vietnamese text in the pre-Unicode encodings that
// plans still reach users in, and tells them apart.
//
// Three byte encodings are decoded to NFC UTF-8:
//
//   - TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts),
//     by [DecodeTCVN3], which also restores the capitals that the
//     all-capital .VnTimeH fonts stored with lower-case codes (see
//     [RestoreCase]);
//   - VNI-Windows (the VNI-Times fonts), by [DecodeVNI];
//   - Windows-1258, by [DecodeWindows1258], which composes its combining
//     tone marks.
//
// [Detect] names the encoding of a byte slice with a confidence, and
// [DetectText] and [RepairText] find and repair Unicode text that was
// typed in a legacy font and pasted as if the font were Latin ("KÕ
// ho¹ch", "Keá hoaïch"). [Decode] does all of it in one call. The
// encoders [EncodeTCVN3], [EncodeVNI] and [EncodeWindows1258] exist to
// make test fixtures.
//
// Detection reads the candidate decodings of the words that hold non-ASCII
// bytes and counts how many are well-formed Vietnamese syllables: a known
// initial consonant and rhyme, one tone mark on the vowel that carries it,
// and a stop rhyme (-c, -ch, -p, -t) only with the sắc or nặng tone. Text
// decoded with the wrong table is not Vietnamese, so the right encoding
// wins by a wide margin on any real document, and correct UTF-8 or
// Windows-1258 text is never taken for TCVN3 or VNI.
//
// The mapping tables, the sources they were checked against and the
// choices made where the sources differ are documented in tables.go.
//
// What TCVN3 cannot carry: it has no codes for upper-case toned vowels.
// The encoder writes them with the lower-case code, as the input methods
// did for the .VnTimeH fonts, and the decoder restores upper case in
// upper-case words and lines, between upper-case words, and at the start
// of a sentence, table cell or list item. A capital inside ordinary text,
// such as "Á" in "Đông Nam Á" or "Ủy" in "Chủ tịch Ủy ban", comes back in
// lower case.
//
// All functions are safe for concurrent use, never panic, and run in time
// linear in the length of their input.
package vnenc
