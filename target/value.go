package target

import (
	"strings"

	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/vnnum"
)

// ParseValue parses the value cell of an annex indicator table, such as
// "≥ 55", "> 0,7", "40 - 50", "100%", "09", "≥ 3% và tăng dần theo yêu
// cầu" or "Đạt 95%", and returns its first value. The cell must start
// with the number, after comparison signs or words ("≥", "tối thiểu",
// "khoảng", "đạt", ...) and Markdown marks; text after the number is
// allowed and ignored, except a unit ("%", "ha", "USD/người", or the
// next one or two words in lower case, "diễn đàn", as [Find] reads it) and
// "trở lên"/"trở xuống". Text is the cleaned cell piece and Metric is
// left empty for the caller to fill from the indicator column.
//
// It reports false for a cell without such a number ("Đạt mức trên trung
// bình"), and for years, dates and periods ("2025", "06/2025",
// "2021 - 2025", "Năm 2022"), so that it can be tried on any cell.
func ParseValue(cell string) (model.Target, bool) {
	for _, piece := range pieces(cell) {
		if tg, ok := parsePiece(piece); ok {
			return tg, true
		}
	}
	return model.Target{}, false
}

// ParseValues is like [ParseValue] but returns one target for each piece
// of a cell that holds several values separated by ";" or line breaks,
// such as "≤ 3 Đông Nam Á; ≤ 50 Thế giới", and one for each count of a
// list joined by "và" or "," ("24 tin, bài và 06 phóng sự"); the Text of
// each target keeps what follows its number ("≤ 3 Đông Nam Á") so they
// can be told apart.
// It returns nil when no piece holds a value.
func ParseValues(cell string) []model.Target {
	var out []model.Target
	for _, piece := range pieces(cell) {
		out = appendValues(out, piece)
	}
	return out
}

// pieces splits a cell at ";" and line breaks.
func pieces(cell string) []string {
	return strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == '\n' })
}

// appendValues appends the values of the piece of a cell p to out: one,
// or one for each count of a list that starts with a value, split at "và"
// or "," before a numeral ("24 tin, bài và 06 phóng sự" holds "24 tin,
// bài" and "06 phóng sự").
func appendValues(out []model.Target, p string) []model.Target {
	for {
		end, next := listBreak(p)
		if end < 0 {
			break
		}
		tg, ok := parsePiece(p[:end])
		if !ok {
			break // "Báo cáo kết quả và 02 hội thảo" is no list of values
		}
		out = append(out, tg)
		p = p[next:]
	}
	if tg, ok := parsePiece(p); ok {
		out = append(out, tg)
	}
	return out
}

// listBreak returns where the first value of the piece p ends and the
// next of its list starts, when "và" or "," and a numeral follow a word
// or "%" ("24 tin, bài và 06 phóng sự", "5%, 10%"), or -1.
func listBreak(p string) (end, next int) {
	for i := 0; i < len(p); {
		tk := nextTok(p, i)
		switch {
		case tk.kind == tokNone:
			return -1, 0
		case tk.kind == tokWord && lowerIs(p[tk.start:tk.end], "và"), tk.kind == tokPunct && p[tk.start:tk.end] == ",":
			before := prevTok(p, tk.start, 0)
			unit := before.kind == tokWord || before.kind == tokPunct && p[before.start:before.end] == "%"
			if n := nextTok(p, tk.end); n.kind == tokNum && unit && i > 0 {
				return before.end, n.start
			}
		}
		i = max(tk.end, i+1)
	}
	return -1, 0
}

// parsePiece parses one value of a cell.
func parsePiece(s string) (model.Target, bool) {
	i := 0
	for i < len(s) {
		r, size := runeAt(s, i)
		if isSpace(r) || r == '*' || r == '_' {
			i += size
			continue
		}
		if r == '-' || r == '+' || r == '•' {
			if n, _ := runeAt(s, i+size); isSpace(n) {
				i += size
				continue
			}
		}
		break
	}
	f := finder{text: s, lastEnd: i}
	// Only governing words and signs may come before the number.
	var q quantity
	found := false
	for p := i; !found; {
		tk := nextTok(s, p)
		switch tk.kind {
		case tokNum:
			if !readNumeral(s, tk.start, &q) {
				return model.Target{}, false
			}
			readScale(s, &q)
			readRange(s, &q)
			found = true
		case tokWord:
			w := textscan.Lower(s[tk.start:tk.end])
			if isNumberWord(w) {
				if v, n, ok := vnnum.ScanWords(s[tk.start:]); ok {
					if n == tk.end-tk.start && w == "một" {
						if nt := nextTok(s, tk.end); nt.kind == tokWord && lowerIn(excludedAfterOne, s[nt.start:nt.end]) {
							return model.Target{}, false // "Một số lĩnh vực": some
						}
					}
					q = quantity{start: tk.start, end: tk.start + n, v: v, words: true}
					found = true
					continue
				}
			}
			if !phraseWords.hasString(w) {
				return model.Target{}, false
			}
			p = tk.end
		case tokSym:
			p = tk.end
		default:
			return model.Target{}, false
		}
	}
	if q.year {
		return model.Target{}, false
	}
	readUnit(s, &q, true)
	readSuffix(s, &q)
	c := f.chain(q.start, q.percent())
	if c.n > 0 && c.first != i || c.n == 0 && q.start != i {
		return model.Target{}, false
	}
	if c.from && !q.isRange && q.suffix == "" {
		return model.Target{}, false
	}
	tg := model.Target{Text: clean(s), Comparator: c.cmp, Change: c.change, Unit: q.unit}
	if q.suffix != "" {
		tg.Comparator = q.suffix
	}
	if q.isRange {
		tg.Approx = tg.Comparator == model.CompareApprox
		tg.Comparator = model.CompareBetween
		tg.Min, tg.Max = ptr(q.lo), ptr(q.hi)
	} else {
		tg.Value = ptr(q.v)
	}
	if tg.Comparator == "" {
		tg.Comparator = model.CompareEq
	}
	return tg, true
}
