package agency

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// prefixLimit bounds how much of a string HeadLen and IsAgencyStart read:
// enough for a determiner, the longest head and the word after it.
const prefixLimit = 160

// headAt returns the number of tokens of the agency head word at token k,
// and its entry, or 0 and nil. Unless loose, the head must pass the checks
// of its entry: no excluded syllable after it, and a name after a
// needsName head.
func (w *words) headAt(k int, loose bool) (int, *entry) {
	if !w.isWord(k) {
		return 0, nil
	}
	var found *entry
	heads.matchAll(w, k, func(e *entry) bool {
		if loose || w.headOK(k, e) {
			found = e
			return true
		}
		return false
	})
	if found != nil {
		return found.len, found
	}
	// A head of one syllable that lost its accents before a name with
	// accents: "Vu Kế hoạch - Tài chính".
	t := &w.toks[k]
	if t.cap && isASCII(w.text[t.start:t.end]) {
		if e := asciiHeads[w.word(k)]; e != nil && w.isWord(k+1) && w.toks[k+1].cap {
			n := &w.toks[k+1]
			if !isASCII(w.text[n.start:n.end]) {
				return 1, e
			}
		}
	}
	return 0, nil
}

// headOK reports whether head e at token k is used as a head here.
func (w *words) headOK(k int, e *entry) bool {
	nx := k + e.len
	nw := w.word(nx)
	// An excluded word after the head ("bộ công cụ") is part of a name
	// when it is capitalised in cased text ("Bộ Công Thương").
	if nw != "" && e.excl[nw] && (!w.toks[nx].cap || w.caseless()) {
		return false
	}
	if e.head.flags&ofName != 0 {
		// A head that is also a verb opens a clause as a verb before a
		// collective ("Lãnh đạo các cấp ủy quán triệt ..."), and as a
		// head before a name ("Lãnh đạo Sở ...").
		first := k == 0 || w.toks[k-1].kind != kWord && w.toks[k-1].kind != kComma && w.toks[k-1].kind != kSemi
		return w.nameAt(nx, !(first && verbs.match(w, k) != nil))
	}
	if e.head.flags&followOnly != 0 {
		return e.fol[nw]
	}
	if e.head.flags&namedOnly != 0 {
		return nw != "" && (w.toks[nx].cap || w.syl(nx).qualifier)
	}
	if e.head.flags&needsName == 0 {
		return true
	}
	if nw == "" {
		return false
	}
	if e.head.flags&activity != 0 {
		return e.fol[nw] || w.syl(nx).qualifier || w.capital(nx) || w.headAfter(nx)
	}
	if nw == "và" {
		// "Báo và Phát thanh, Truyền hình tỉnh": a name coordinated
		// with the head's own; "báo và đài" coordinates two nouns.
		return e.fol[nw] && (w.capital(nx+1) || w.caseless())
	}
	return e.fol[nw] || w.syl(nx).qualifier || w.toks[nx].cap || w.caseless()
}

// headAfter reports whether a head that needs no name starts at token
// k, loosely: "THANH TRA TỔNG CỤC THUẾ".
func (w *words) headAfter(k int) bool {
	found := false
	heads.matchAll(w, k, func(e *entry) bool {
		found = e.head.flags&(needsName|ofName|followOnly|namedOnly) == 0
		return found
	})
	return found
}

// nameAt reports whether the name of an agency starts at token k, for a
// head that takes it (ofName): a head that is not itself ofName, or, if
// collective is set, a determiner and a head or collective noun ("Lãnh
// đạo các cơ quan"). A capitalised head in cased text counts even where
// it would need a name after it ("Lãnh đạo Bộ"). It does not recurse, so
// that a run of ofName heads costs linear time.
func (w *words) nameAt(k int, collective bool) bool {
	d := w.determinerLen(k)
	if d > 0 && !collective {
		return false
	}
	k += d
	if !w.isWord(k) {
		return false
	}
	ok := false
	heads.matchAll(w, k, func(e *entry) bool {
		if e.head.flags&ofName == 0 && (w.capital(k) || w.headOK(k, e)) {
			ok = true
		}
		return ok
	})
	if ok {
		return true
	}
	if d > 0 {
		if e := collectives.match(w, k); e != nil && !w.excluded(k, e.len) || w.elidedCell(k) {
			return true
		}
	}
	// A unit of the commune: "Trưởng thôn", "Trưởng các thôn, tổ dân
	// phố".
	return (d > 0 || collective) && communeUnits[w.word(k)]
}

// communeUnits are the units below a commune, whose heads hold offices
// (see nameAt): "Trưởng thôn", "Trưởng các tổ dân phố". They name no
// agency of their own.
var communeUnits = words2set("thôn ấp bản buôn làng sóc khu tổ")

// determinerLen returns the number of tokens of a determiner at k ("các",
// "những", "tất cả các", "toàn thể"), or 0.
func (w *words) determinerLen(k int) int {
	y := w.syl(k)
	if y.determiner {
		return 1
	}
	if y.startsDeterminer {
		for _, p := range determinerPhrases {
			if n := w.is(k, p); n > 0 {
				return n
			}
		}
	}
	return 0
}

// determinerPhrases are the determiners of several words, longest first.
var determinerPhrases = [...]string{"tất cả các", "tất cả", "toàn thể các", "toàn thể", "toàn bộ các"}

// startLen returns the number of tokens of the start of an agency name at
// token k: a determiner followed by a head or collective noun ("các sở",
// "các Bộ"), a head ("Sở", "Ủy ban nhân dân"), or a collective noun that
// may start a subject alone ("Cơ quan chuyên môn", "Địa phương"). It
// returns 0 if no agency name starts at k. It remembers its answer for
// the token (see token.nameLen).
func (w *words) startLen(k int) int {
	if !w.has(k) {
		return 0
	}
	if n := w.toks[k].nameLen; n != 0 {
		return int(n) - 1
	}
	was := w.clipped
	w.clipped = false
	n := w.readStart(k)
	t := &w.toks[k]
	t.nameLen, t.nameClipped = int8(n+1), w.clipped
	w.clipped = was || w.clipped
	return n
}

// readStart computes startLen.
func (w *words) readStart(k int) int {
	if w.syl(k) == noSyllable {
		return 0 // no word the grammar knows
	}
	if d := w.determinerLen(k); d > 0 {
		if n, _ := w.headAt(k+d, false); n > 0 {
			return d + n
		}
		if w.elidedCell(k + d) {
			return d + 1
		}
		if e := collectives.match(w, k+d); e != nil && !w.excluded(k+d, e.len) {
			return d + e.len
		}
		return 0
	}
	if n, _ := w.headAt(k, false); n > 0 {
		return n
	}
	if e := collectives.match(w, k); e != nil && e.bare && (!e.governs || w.governed(k+e.len)) {
		return e.len
	}
	return 0
}

// elidedCell reports whether the word at k stands for a collective noun
// whose other syllables the collective after the comma after it gives:
// "chi" for "chi bộ" before ", đảng bộ" or ", đảng ủy" ("Các chi, đảng bộ
// cơ sở" are the Party cells and committees of the base), "cụm" for "cụm
// thi đua" before ", khối thi đua". The two are one collective.
func (w *words) elidedCell(k int) bool {
	if !w.has(k+2) || w.toks[k+1].kind != kComma {
		return false
	}
	if w.word(k) == "chi" {
		return w.is(k+2, "đảng bộ") > 0 || w.is(k+2, "đảng ủy") > 0
	}
	// A collective noun alone is no shortened one: "Ủy ban Thường vụ Quốc
	// hội, Hội đồng Dân tộc" names two agencies.
	c := collectives.match(w, k+2)
	if c == nil || c.len < 2 || collectives.match(w, k) != nil {
		return false
	}
	for _, e := range collectives.phrases[w.word(k)] {
		if slices.Equal(e.rest, c.rest) {
			return true
		}
	}
	return false
}

// governed reports whether the words at k, after a bare "chính quyền",
// make it the authorities of a place rather than a kind of government
// ("Chính quyền số", "chính quyền điện tử"): a determiner ("chính quyền
// các cấp"), "địa phương", a level ("cấp xã", "cơ sở", "tỉnh") or, in
// cased text, a capitalised place name.
func (w *words) governed(k int) bool {
	if !w.isWord(k) {
		return false
	}
	switch w.word(k) {
	case "cấp":
		return true
	case "địa":
		return w.word(k+1) == "phương"
	case "cơ":
		return w.word(k+1) == "sở"
	}
	y := w.syl(k)
	return y.determiner || y.startsDeterminer || y.qualifier || w.capital(k)
}

// excluded reports whether the collective noun of n tokens at k is an
// ordinary word because of the syllable after it, as a head would be:
// "các trường hợp", "các báo cáo", "các hội nghị", and before a comma
// that joins it to the other verb of a pair (see commaPair).
func (w *words) excluded(k, n int) bool {
	nw := w.word(k + n)
	if nw == "" {
		return w.commaPair(k + n - 1)
	}
	ex := false
	heads.matchAll(w, k, func(e *entry) bool {
		if e.len == n {
			ex = e.excl[nw]
			return true
		}
		return false
	})
	return ex
}

// commaPairs are the pairs of verbs that texts write as one word with a
// comma inside: "phòng, chống tham nhũng", "phòng, tránh thiên tai". Their
// first verb is there no head or collective noun ("Cục Quản lý đê điều
// và Phòng, chống thiên tai" names one agency).
var commaPairs = map[[2]string]bool{
	{"phòng", "chống"}: true,
	{"phòng", "tránh"}: true,
	{"phòng", "ngừa"}:  true,
	{"phòng", "chữa"}:  true,
}

// commaPair reports whether the word at k, a comma and the word after it
// are a pair of commaPairs.
func (w *words) commaPair(k int) bool {
	if !w.has(k+2) || w.toks[k+1].kind != kComma {
		return false
	}
	return commaPairs[[2]string{w.word(k), w.word(k + 2)}]
}

// lone reports whether the piece [a, b) of a list is a bare collective:
// an optional determiner, a collective noun, and nothing else but more
// collective nouns and the qualifiers that close such a list ("ban",
// "các sở", "ngành có liên quan", "cơ quan trung ương"; not "cơ quan
// thuộc Chính phủ", "doanh nghiệp lâm nghiệp", "Ban Quản lý ...").
func (w *words) lone(a, b int) bool {
	a += w.determinerLen(a)
	e := collectives.match(w, a)
	if e == nil {
		return false
	}
	for k := a + e.len; k < b; k++ {
		if !w.isWord(k) {
			return false
		}
		if c := collectives.match(w, k); c != nil {
			k += c.len - 1
			continue
		}
		if !w.syl(k).loneTail {
			return false
		}
	}
	return true
}

// loneTails are the words that may close a bare collective.
var loneTails = words2set("liên quan hữu có khác cấp trung ương tỉnh huyện xã thành phố trên địa bàn chuyên môn chức năng " +
	"của thuộc trực")

// startsNew reports whether the piece [a, b) of a list, which follows the
// piece [pa, pb) after a comma or "và", starts a new agency. A
// determiner, a head word or "địa phương" starts one; a bare collective
// noun after a bare collective continues it ("các sở, ban, ngành", "Thủ
// trưởng các cơ quan, đơn vị có liên quan"), and so does anything else
// ("Sở Lao động, Thương binh và Xã hội").
func (w *words) startsNew(a, b, pa, pb int) bool {
	if w.determinerLen(a) > 0 {
		return true
	}
	ce := collectives.match(w, a)
	if ce != nil && ce.fresh {
		return true
	}
	if n, e := w.headAt(a, false); n > 0 {
		return !(e.gnoun && w.lone(a, b) && w.loneTail(pa, pb))
	}
	if ce != nil {
		if w.lone(a, b) && w.loneTail(pa, pb) {
			return false
		}
		// "... cứu nạn và phòng thủ dân sự": no collective.
		return !w.excluded(a, ce.len)
	}
	return false
}

// closesEnumeration reports whether the piece [a, b) of a list, after
// "và", is the last item of an enumeration inside a name rather than
// another agency: the piece [pa, pb) before it followed a comma and
// continued the name ("Phòng Tổ chức, biên chế"), not a list of
// collectives ("các sở, ban, ngành"), and the piece starts
// with a capitalised collective noun or a head that needs a name, without
// a determiner ("và Tổ chức phi chính phủ"). A name is complete, and "và"
// joins another agency, after a level of government or a bracket ("Ban
// Quản lý Khu kinh tế, công nghiệp tỉnh và Hội Doanh nghiệp tỉnh"), or in
// caseless text.
func (w *words) closesEnumeration(a, b, pa, pb int) bool {
	if !w.capital(a) || w.determinerLen(a) > 0 {
		return false
	}
	if w.toks[pb-1].kind != kWord || placeLevels[w.word(pb-1)] || w.lone(pa, pb) {
		return false // "các sở, ban, ngành và ...": collectives, not a name
	}
	if n, e := w.headAt(a, false); n > 0 {
		return e.head.flags&needsName != 0
	}
	ce := collectives.match(w, a)
	return ce != nil && !ce.fresh
}

// sharedOffice reports whether the piece of a list at token a, after a
// comma or "và", names another organ that the office of tokens [cur, end)
// serves rather than another agency: "Văn phòng Hội đồng nhân dân và Ủy
// ban nhân dân xã", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân
// dân tỉnh". The office is "Văn phòng" and an elected organ with no level
// of government after it, and the piece starts with an elected organ,
// without a determiner: the level, written once at the end, is that of
// both. "Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các huyện"
// names two agencies.
func (w *words) sharedOffice(cur, end, a int) bool {
	if w.word(cur) != "văn" || w.determinerLen(a) > 0 {
		return false
	}
	n, e := w.headAt(cur, false)
	if n == 0 || e.phrase != "văn phòng" {
		return false
	}
	if m, o := w.headAt(cur+n, false); m == 0 || o.head.flags&elected == 0 {
		return false
	}
	for k := cur + n; k < end; k++ {
		if placeLevels[w.word(k)] {
			return false
		}
	}
	m, o := w.headAt(a, false)
	return m > 0 && o.head.flags&elected != 0
}

// loneTail reports whether the piece [a, b) is a bare collective or ends
// with one after a determiner, which a bare collective after it continues:
// "các sở" and "Thủ trưởng các cơ quan" before ", đơn vị có liên quan".
func (w *words) loneTail(a, b int) bool {
	if w.lone(a, b) {
		return true
	}
	for k := b - 1; k > a; k-- {
		if w.syl(k).determiner {
			return w.lone(k, b)
		}
	}
	return false
}

// trimPiece drops punctuation at both ends of the tokens [a, b).
func (w *words) trimPiece(a, b int) (int, int) {
	for a < b {
		switch w.toks[a].kind {
		case kWord, kOpen:
		default:
			a++
			continue
		}
		break
	}
	for b > a {
		switch w.toks[b-1].kind {
		case kWord, kClose:
		default:
			b--
			continue
		}
		break
	}
	return a, b
}

// isSlash reports whether token k is a "/".
func (w *words) isSlash(k int) bool {
	t := &w.toks[k]
	return t.end-t.start == 1 && w.text[t.start] == '/'
}

// namedAfterSlash reports whether the piece of a list at token a, after a
// "/", names another agency than the agency at token cur, although it
// does not start with a head word: it is capitalised in cased text and
// is not a place qualifier ("Ban Quản lý quy hoạch/Tư vấn được lựa
// chọn"; not "Ủy ban nhân dân tỉnh/Thành phố"), and the agency before it
// starts with a head word or collective noun.
func (w *words) namedAfterSlash(a, cur int) bool {
	return w.capital(a) && !w.syl(a).qualifier && w.startLen(cur) > 0
}

// split splits the tokens [s, e), a list of agencies, at commas,
// semicolons, "và" and "/" where the next piece starts a new agency (see
// startsNew and, after "/", namedAfterSlash); a semicolon always starts
// one. Separators inside brackets
// are ignored. It returns the token ranges of the agencies, in memory of
// w that the next call reuses.
func (w *words) split(s, e int) [][2]int {
	out := w.spans[:0]
	units := w.units[:0]
	cur, curEnd := -1, -1
	var unit [2]int  // the head the current agency shares, or {0, 0}
	pa, pb := -1, -1 // the piece before
	ps, depth := s, 0
	semi, slash := false, false
	// enum: the piece before followed a comma and continued the name.
	comma, enum := false, false
	for k := s; k <= e; k++ {
		sep := k == e
		if !sep {
			switch w.toks[k].kind {
			case kOpen, kClose:
				depth = bracketDepth(w.toks[k].kind, depth)
			case kComma, kSemi:
				sep = depth == 0
			case kWord:
				sep = depth == 0 && w.word(k) == "và"
			case kOther:
				sep = depth == 0 && w.isSlash(k)
			}
		}
		if !sep {
			continue
		}
		a, b := w.trimPiece(ps, k)
		if a < b {
			switch {
			case cur < 0:
				cur, curEnd = a, b
				enum = false
			case semi || !(enum && w.word(ps-1) == "và" && w.closesEnumeration(a, b, pa, pb)) &&
				!w.sharedOffice(cur, curEnd, a) && !w.elidedCell(pb-1) &&
				(w.startsNew(a, b, pa, pb) || slash && w.namedAfterSlash(a, cur)):
				out, units = append(out, [2]int{cur, curEnd}), append(units, unit)
				cur, curEnd = a, b
				unit = [2]int{}
				enum = false
			default:
				if h, ok := w.unitSibling(cur, curEnd, a, b, unit); ok && !slash {
					// "Ủy ban nhân dân phường A, phường B".
					out, units = append(out, [2]int{cur, curEnd}), append(units, unit)
					cur, curEnd = a, b
					unit = h
					enum = false
					break
				}
				curEnd = b
				enum = comma
			}
			pa, pb = a, b
			semi = false
		}
		semi = semi || k < e && w.toks[k].kind == kSemi
		slash = k < e && w.toks[k].kind == kOther
		comma = k < e && w.toks[k].kind == kComma
		ps = k + 1
	}
	if cur >= 0 {
		out, units = append(out, [2]int{cur, curEnd}), append(units, unit)
	}
	// A determiner alone ("và các" cut short) names nobody.
	n := 0
	for i, p := range out {
		if w.determinerLen(p[0]) >= p[1]-p[0] {
			continue
		}
		out[n], units[n] = p, units[i]
		n++
	}
	w.spans, w.units = out, units
	w.shared = append(w.shared[:0], units[:n]...)
	for _, p := range out[:n] {
		if _, _, ok := w.sharedHead(p[0], p[1]); ok {
			return w.distribute(out[:n])
		}
	}
	return out[:n]
}

// unitSibling reports whether the piece [a, b) of a list, after a comma
// or "và", names a unit of the same level of government as the agency
// [cur, curEnd) before it, which ends with a unit and its name: "Ủy ban
// nhân dân phường An Hải, phường Mỹ An", "Trung tâm Y tế huyện A, huyện
// B". The piece is then another agency, with the same head: it returns
// the tokens of that head, the words before the unit (or head, the head
// the agency before shares). A unit of another level continues the name
// ("Trạm Y tế xã A, huyện B" is in huyện B), as does a unit without a
// name ("Ủy ban nhân dân xã, phường") and any text without case.
func (w *words) unitSibling(cur, curEnd, a, b int, head [2]int) ([2]int, bool) {
	n, rank := w.unitAt(a)
	if n == 0 || !w.unitName(a+n, b) {
		return [2]int{}, false
	}
	// The last unit with a name that ends the agency before.
	p := -1
	for k := cur; k < curEnd; k++ {
		m, r := w.unitAt(k)
		if m == 0 {
			continue
		}
		if r == rank && w.unitName(k+m, curEnd) {
			p = k
		}
		k += m - 1
	}
	switch {
	case p < 0:
		return [2]int{}, false
	case p == cur && head[1] > 0:
		return head, true
	case p > cur && w.startLen(cur) > 0:
		return [2]int{cur, p}, true
	}
	return [2]int{}, false
}

// unitAt returns the number of tokens of the unit of government at k and
// its rank (see unitLevels), or 0.
func (w *words) unitAt(k int) (int, uint8) {
	if !w.syl(k).level && w.word(k) != "thị" && w.word(k) != "thành" {
		return 0, 0
	}
	for _, u := range unitLevels {
		if n := w.is(k, u.phrase); n > 0 {
			return n, u.rank
		}
	}
	return 0, 0
}

// unitName reports whether the tokens [a, b) are the name of a unit of
// government: words only, the first capitalised or a number, in cased
// text.
func (w *words) unitName(a, b int) bool {
	if a >= b || !w.capital(a) && !isDigits(w.word(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if w.toks[k].kind != kWord {
			return false
		}
	}
	return !w.caseless()
}

// unitLevels are the units of government that name themselves, longest
// first, with their rank: a commune, a district, a province; a city,
// which may be of either, is a rank of its own.
var unitLevels = [...]struct {
	phrase string
	rank   uint8
}{
	{"thị trấn", 1}, {"thị xã", 2}, {"thành phố", 4},
	{"xã", 1}, {"phường", 1}, {"huyện", 2}, {"quận", 2}, {"tỉnh", 3},
}

// sharedColon reports whether the list of agencies at s, which the colon
// of b ends, is a plural head without a name of its own, and the names
// after the colon share it ("Các Sở: Tài chính, Xây dựng, Công Thương
// chủ động ..."); it returns the stop that ends those names. The colon
// ends the list otherwise ("Các sở: ...", "Sở A: ..."). It overwrites the
// memory of split.
func (w *words) sharedColon(s, e int, b stop) (stop, bool) {
	if b.kind != stopColon {
		return b, false
	}
	d := w.determinerLen(s)
	if d == 0 {
		return b, false
	}
	if n, _ := w.pluralHead(s + d); n == 0 || s+d+n != b.k || !w.isWord(b.k+1) || !w.toks[b.k+1].cap {
		return b, false
	}
	nb := w.boundary(b.k+1, e, b.k+1)
	w.split(s, nb.k)
	if len(w.shared) == 0 || w.shared[0][1] == 0 {
		return b, false
	}
	return nb, true
}

// pluralHead returns the number of tokens of the head at k, after a
// determiner, and its entry, or 0 and nil. A head that needs a name after
// it counts before a colon, which the names follow ("các Bộ: Tài chính,
// Tư pháp").
func (w *words) pluralHead(k int) (int, *entry) {
	n, e := w.headAt(k, false)
	if n == 0 {
		if n, e = w.headAt(k, true); n == 0 || !w.has(k+n) || w.toks[k+n].kind != kColon {
			return 0, nil
		}
	}
	return n, e
}

// maxShared bounds the names that share one head ("các Sở: A, B, C").
const maxShared = 16

// sharedHead reports whether the agency of tokens [a, b) is a head shared
// by a list of names: a determiner, a head that takes a name, an optional
// colon, then at least two names separated by commas, each capitalised
// in cased text and neither a head, a determiner nor a collective noun:
// "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn,
// Tư pháp", "Các Sở: Tài chính, Xây dựng, Công Thương". The determiner
// makes the head plural, so each name is that of another agency; without
// it the commas are inside one name ("Sở Văn hóa, Thể thao và Du lịch").
// A standard name with commas stays whole inside the list (see
// commaNames). It returns the tokens of the head.
func (w *words) sharedHead(a, b int) (int, int, bool) {
	d := w.determinerLen(a)
	if d == 0 {
		return 0, 0, false
	}
	n, e := w.pluralHead(a + d)
	if n == 0 || e.head.flags&(ofName|complete) != 0 {
		return 0, 0, false
	}
	h := a + d + n
	var pieces [maxShared][2]int
	// caseless may read the rest of the sentence: it comes last.
	if m := w.sharedPieces(h, b, &pieces); m < 2 || w.caseless() {
		return 0, 0, false
	}
	return a + d, h, true
}

// sharedPieces writes to pieces the names of tokens [h, b) that share the
// head before h (see sharedHead) and returns how many there are, or 0 if
// the tokens are not such a list.
func (w *words) sharedPieces(h, b int, pieces *[maxShared][2]int) int {
	if h < b && w.toks[h].kind == kColon {
		h++
	}
	m := 0
	for x := h; x < b; {
		// The case of the text is checked by the caller.
		if m == maxShared || !w.isWord(x) || !w.toks[x].cap || w.determinerLen(x) > 0 || w.startLen(x) > 0 ||
			collectives.match(w, x) != nil {
			return 0
		}
		y := w.commaNameEnd(x, b)
		depth := 0
		for ; y < b; y++ {
			if k := w.toks[y].kind; k == kOpen || k == kClose {
				depth = bracketDepth(k, depth)
			} else if k == kComma && depth == 0 || k == kColon || k == kSemi {
				break
			}
		}
		if y < b && w.toks[y].kind != kComma {
			return 0
		}
		pieces[m] = [2]int{x, y}
		m++
		x = y + 1
	}
	return m
}

// commaNames are the standard names of ministries and departments that
// hold commas, folded and without their head: a list of names sharing a
// head keeps them whole ("các Sở: Lao động, Thương binh và Xã hội, Tài
// chính").
var commaNames = [...][]string{
	{"lao động", "thương binh và xã hội"},
	{"văn hóa", "thể thao và du lịch"},
	{"văn hóa", "thông tin", "thể thao và du lịch"},
	{"khoa học", "công nghệ và đổi mới sáng tạo"},
}

// commaNameEnd returns the token after the name of commaNames at token x,
// before b, or x if none starts there.
func (w *words) commaNameEnd(x, b int) int {
	for _, parts := range commaNames {
		k := x
		for i, part := range parts {
			m := w.is(k, part)
			if m == 0 {
				break
			}
			k += m
			if i == len(parts)-1 {
				if k <= b {
					return k
				}
				break
			}
			if k >= b || w.toks[k].kind != kComma {
				break
			}
			k++
		}
	}
	return x
}

// distribute returns spans with each list of names that share a head
// (see sharedHead) replaced by its names, and records in w.shared the
// tokens of the head of each span, or {0, 0}, for nameText.
func (w *words) distribute(spans [][2]int) [][2]int {
	out := w.dist[:0]
	shared := w.shared[:0]
	for i, p := range spans {
		hs, he, ok := w.sharedHead(p[0], p[1])
		if !ok {
			out = append(out, p)
			shared = append(shared, w.units[i])
			continue
		}
		var pieces [maxShared][2]int
		m := w.sharedPieces(he, p[1], &pieces)
		for _, q := range pieces[:m] {
			out = append(out, q)
			shared = append(shared, [2]int{hs, he})
		}
	}
	w.dist, w.shared = out, shared
	return out
}

// nameText returns the text of the i-th span p that split returned last:
// the text of its tokens, after the head it shares if any ("Sở" and
// "Tài chính" give "Sở Tài chính", the head capitalised).
func (w *words) nameText(i int, p [2]int) string {
	if i >= len(w.shared) || w.shared[i][1] == 0 {
		return w.span(p[0], p[1])
	}
	head := w.span(w.shared[i][0], w.shared[i][1])
	r, size := utf8.DecodeRuneInString(head)
	return string(unicode.ToUpper(r)) + head[size:] + " " + w.span(p[0], p[1])
}

// Split splits list, a list of agencies as written in a plan, into the
// agencies it names. It splits at commas, semicolons and "và" only where
// the next piece starts a new agency: a head word ("Sở Tài chính", "UBND
// huyện ..."), a determiner ("các cơ quan"), "địa phương" or a role
// ("chủ đầu tư"). A piece that starts otherwise continues the name before
// it, so "Sở Lao động, Thương binh và Xã hội" and "Ban Quản lý Khu kinh
// tế, công nghiệp tỉnh" stay whole, and a bare collective noun continues
// a collective, also one that ends a name ("các sở, ban, ngành", "Thủ
// trưởng các cơ quan, đơn vị có liên quan"). A semicolon always separates.
// After "và", a capitalised collective noun or head that needs a name
// closes an enumeration inside the name when the piece before it followed
// a comma and continued the name: "Phòng Tổ chức, biên chế và Tổ chức phi
// chính phủ" is one agency.
// A "/" between names ("Sở Công Thương/Sở Ngoại vụ") separates where the
// next piece starts a new agency, or is capitalised and no place
// qualifier ("Ban Quản lý quy hoạch/Tư vấn được lựa chọn"); a "/" inside
// a document number or a unit does not. Separators inside brackets are
// ignored.
//
// After a determiner, a head shared by a list of names is given to each
// of them: "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển
// nông thôn, Tư pháp" and "Các Sở: Tài chính, Xây dựng" name three and
// two agencies ("Bộ Tư pháp", "Sở Xây dựng"). Every name after the head
// must be capitalised, in cased text, and not start with a head,
// determiner or collective noun ("các sở, ngành" is one collective); a
// standard name that holds commas stays whole ("các Sở Văn hóa, Thể thao
// và Du lịch, Y tế"). Without the determiner the commas are inside one
// name ("Sở Văn hóa, Thể thao và Du lịch"). "và" does not separate the
// names of such a list: "Tài nguyên và Môi trường" is one name.
//
// Units of one level of government, each with its name, after an agency
// that ends with a unit of that level share its head: "Ủy ban nhân dân
// phường An Hải, phường Mỹ An" names "Ủy ban nhân dân phường An Hải" and
// "Ủy ban nhân dân phường Mỹ An"; "Trạm Y tế xã A, huyện B" (a unit of
// another level) and "Ủy ban nhân dân các xã, phường" are one agency.
//
// The pieces are substrings of list without surrounding punctuation, but
// for a shared head, which is written before the name it is given to,
// capitalised; Split returns nil if list names nothing.
func Split(list string) []string {
	w := scan(list)
	spans := w.split(0, len(w.toks))
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, p := range spans {
		out[i] = w.nameText(i, p)
	}
	return out
}

// prefix returns s cut to about prefixLimit bytes at a rune boundary.
func prefix(s string) string {
	if len(s) <= prefixLimit {
		return s
	}
	i := prefixLimit
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i]
}

// HeadLen returns the length in bytes of the prefix of s that ends with
// the head word of an agency name ("Sở", "Ủy ban nhân dân", "UBND",
// "Bộ Chỉ huy", "Đại học", "Thanh tra" before a name, ...), or 0 if s does
// not start with one. Leading spaces and markup are part of the prefix.
// Only the start of s is read.
func HeadLen(s string) int {
	w := scan(prefix(s))
	k := w.skipMarks(0, len(w.toks))
	n, _ := w.headAt(k, false)
	if n == 0 {
		return 0
	}
	return w.toks[k+n-1].end
}

// IsAgencyStart reports whether s starts with the name of an agency or a
// collective of agencies: a head word (see [HeadLen]), a determiner
// followed by a head word or collective noun ("các sở", "các cơ quan,
// đơn vị"), or one of the collective nouns that name agencies alone
// ("Cơ quan chuyên môn ...", "Địa phương", "Đơn vị ..."). Only the start
// of s is read.
func IsAgencyStart(s string) bool {
	w := scan(prefix(s))
	k := w.skipMarks(0, len(w.toks))
	return w.startLen(k) > 0
}

// skipMarks skips bullets and other marks before the first word.
func (w *words) skipMarks(s, e int) int {
	for s < e && w.has(s) {
		switch w.toks[s].kind {
		case kDash, kOther, kPeriod, kColon, kSemi, kComma:
			s++
			continue
		}
		break
	}
	return s
}
