// Package vnnum reads numbers written the Vietnamese way, in digits or in
// words, as they appear in administrative documents.
//
// # Digits
//
// Vietnamese uses "." to group thousands and "," before decimals:
// "55.000" is 55000, "3,5" is 3.5 and "1.573,1" is 1573.1. Leading zeros
// are common and harmless ("06" is 6). Copies made with English-language
// tools sometimes use the English convention, so [ScanDigits] decides each
// numeral on its own:
//
//   - a single "," is a decimal comma ("1,76" is 1.76);
//   - a single "." is a thousands separator when exactly three digits
//     follow it and the part before it is a non-zero group of one to three
//     digits ("1.500" is 1500); otherwise it is an English decimal point
//     ("1.5" is 1.5, "0.500" is 0.5, "12.50" is 12.5);
//   - several separators of one kind group thousands, and every group after
//     the first must have three digits ("1.000.000", "1,000,000");
//   - when both kinds occur, the last one is the decimal separator and all
//     the others must group thousands ("1.573,1", and "1,573.1" in English);
//   - anything else, such as the section number "2.1.3", is not a number.
//
// A separator is part of the numeral only when a digit follows it, so the
// full stop of "đạt 55.000." and the comma of "3,5, 4" are left alone.
//
// # Scale words
//
// "nghìn" and "ngàn" (10³), "vạn" (10⁴), "triệu" (10⁶) and "tỷ" or "tỉ"
// (10⁹) multiply the number before them, and a run of increasing scale
// words multiplies together: "20 nghìn tỷ" is 2 × 10¹³. "rưỡi" after a
// scale word adds half of it ("hai triệu rưỡi" is 2 500 000).
//
// # Words
//
// [ScanWords] reads numbers such as "mười lăm" (15), "hai mươi mốt" (21),
// "một trăm linh năm" (105) and "ba trăm nghìn" (300 000). The word "năm"
// means both "five" and "year", so on its own it is read as five only
// before a multiplier ("năm mươi", "năm trăm", "năm nghìn") or before
// "phần trăm" (per cent), or after "linh"/"lẻ" inside a number; "năm 2024"
// and "trong năm" hold no number. After "mười" and "mươi", five is "lăm"
// or "nhăm", so "mười năm" is ten followed by the word "năm" (ten years).
// "một" is also the article "a": the caller decides whether "một số" (some)
// counts.
//
// Word matching is case-insensitive and expects text in Unicode NFC.
//
// The functions are pure, safe for concurrent use, never panic and read
// no further than the number they return.
package vnnum
