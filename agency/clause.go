package agency

import (
	"strings"
	"unicode/utf8"

	"github.com/vnplan/vnplan/internal/swar"
)

// Clause is who does what, as read from a section heading or from the
// start of a paragraph or bullet by [ParseClause]. The zero value assigns
// nobody. Lead, Cooperating and Action are substrings of the parsed text,
// except the names of a list that share a head ("Các Sở: Tài chính, Xây
// dựng" gives "Sở Tài chính" and "Sở Xây dựng", see [Split]).
type Clause struct {
	// Lead names the lead agencies as written, in order.
	Lead []string
	// Cooperating names the agencies to cooperate with ("phối hợp với
	// ..."), in order.
	Cooperating []string
	// Action is the verb phrase after the agencies, up to the end of the
	// first sentence, without trailing punctuation: "theo dõi, đôn đốc
	// ...". The verbs that only assign ("chủ trì" before another verb,
	// "có trách nhiệm", "phối hợp với" and its list) are left out when
	// they start it. It is empty when the text names the agencies only or
	// ends after them with ":". In a clause that starts with another verb
	// and names only later whom it cooperates with, it is the whole
	// sentence after "Đề nghị" or "Giao", if any.
	Action string
	// Request reports whether the text asks rather than assigns
	// ("Đề nghị X ..."), as to a body the issuer does not command.
	Request bool
	// Inherits reports whether the text has no subject and starts with
	// "Chủ trì" or "Phối hợp", or with another verb and names agencies to
	// cooperate with in a later clause ("Chỉ đạo ...; phối hợp với Sở A
	// ..."), or whether its subject only "phối hợp" and names nobody to
	// cooperate with ("Sở A phối hợp thực hiện ..."), the subject then
	// being in Cooperating: the lead is that of the enclosing section, and
	// Lead is empty.
	Inherits bool
	// Assists reports, when Inherits is set, whether the text starts with
	// "Phối hợp" rather than "Chủ trì": the inherited agency takes part
	// in work that the agencies in Cooperating carry.
	Assists bool
	// LeadOnly reports whether the text names the lead agencies and
	// nothing else, as a heading whose children are the tasks ("Đại học
	// X:", "Bộ Tư pháp").
	LeadOnly bool
}

// maxNameWords bounds the words of one agency name, outside brackets,
// when a verb or colon ends the list (maxNameWords) and when nothing does
// (maxBareWords): a longer "name" is a sentence whose verb is unknown.
const (
	maxNameWords = 20
	maxBareWords = 16
)

// ParseClause reads who leads, who cooperates and what is to be done from
// text, a section heading without its label or the start of a paragraph
// or bullet. It reports false if text assigns nobody.
//
// The forms it reads, in its first sentence only:
//
//	Sở A chủ trì, phối hợp với Sở B, các sở, ban, ngành và địa phương: ...
//	Sở A chủ trì phối hợp Sở B thực hiện ...      ("với" and comma optional)
//	Sở A, Ban B, Ban C theo dõi, đôn đốc ...       (several leads, any verb)
//	Viện A; Viện B nghiên cứu ...                  (leads separated by ";")
//	Sở A có trách nhiệm: / Sở A tham mưu ...
//	Đại học A: / Bộ A                             (LeadOnly)
//	Trách nhiệm của các bộ, ngành liên quan        (LeadOnly)
//	Giao Sở A chủ trì ... / UBND tỉnh giao Sở A ... (lead Sở A)
//	Đề nghị Mặt trận Tổ quốc ...                   (Request)
//	Chủ trì, phối hợp với Sở B ... / Phối hợp với Bộ B ... (Inherits)
//	Định kỳ, Sở A chủ trì ... / Trong quý I, các sở ...  (lead Sở A)
//	Đảng ủy A lãnh đạo Ủy ban B xem xét ...         (lead Đảng ủy A)
//	Lãnh đạo Sở A / Thường trực Ủy ban B           (LeadOnly)
//	Tổ chức ...; phối hợp với Sở B ...             (Inherits, cooperating Sở B)
//	Các Sở: A, B, C chủ động ...                  (leads Sở A, Sở B, Sở C)
//	Các đơn vị chủ trì nhiệm vụ ... có trách nhiệm ... (lead "Các đơn vị chủ trì nhiệm vụ ...")
//	Hợp tác xã A phối hợp với Hội B ...            (a head the lexicon does not know)
//
// A list of agencies ends at the first verb that begins a predicate
// ("chủ trì", "phối hợp", "có trách nhiệm", "tham mưu", "theo dõi",
// "triển khai", ...), at a preposition that opens an adverbial ("để",
// "nhằm", "trong việc", "theo chức năng", "trong" before a verb, ...) or
// at a colon, unless the colon follows a plural head without a name of
// its own and the capitalised names after it share it ("Các Sở: Tài
// chính, Xây dựng, Công Thương chủ động ...", see [Split]). A collective
// after a determiner and "chủ trì" or "được" followed, in the same clause
// and after no comma or "và", by "có trách nhiệm" or "chịu trách nhiệm"
// is qualified by what it leads, and the lead is the whole noun phrase
// before the duty ("Các đơn vị chủ trì nhiệm vụ tại Phụ lục có trách
// nhiệm báo cáo ..." leads with "Các đơn vị chủ trì nhiệm vụ tại Phụ
// lục" and the action "báo cáo ..."). Words that
// are verbs elsewhere do not end a name when they are capitalised in
// cased text ("Sở Xây dựng"), follow a head word ("Viện nghiên cứu"), a
// determiner, a preposition or "và", are coordinated with a capitalised
// word ("Đầu tư xây dựng và Phát triển đô thị"), or, for the activities
// that names contain, follow another activity or a noun they qualify
// ("Trung tâm Xúc tiến đầu tư", "Ban Quản lý dự án đầu tư xây dựng").
// A verb that is also a noun ("lãnh đạo") ends a name only where it is
// a verb: after a word and before an agency, "việc" or another verb, or
// before its companion ("lãnh đạo, chỉ đạo"); elsewhere it names the
// leadership of the agency after it ("Lãnh đạo Sở", "lãnh đạo các
// phòng"). Role nouns ("chủ đầu tư", "nhà đầu tư", "chủ rừng") name
// agencies, and the activities inside them end nothing.
// A subject whose head the lexicon does not know leads only before
// "chủ trì", "có trách nhiệm", "chịu trách nhiệm" or "phối hợp" with an
// agency, and only if it looks like a name: see unknownHead.
// Brackets are skipped. A name longer than 20 words (16 when nothing
// ends the list) means the verb was not recognised, and ParseClause
// reports false rather than return a sentence as a name.
//
// The text must start with a capital letter, as headings, paragraphs and
// bullets do; a line that starts in lower case continues a sentence. The
// subject must start the text, or follow a short adverbial of time or
// scope and a comma ("Định kỳ,", "Hằng năm,", "Trong quý II/2030,") that
// holds no verb and no agency, and be followed by a verb. So "Trong quá
// trình thực hiện, các sở chủ động ...", "Căn cứ chức năng, nhiệm vụ,
// ..." and a dated record ("Ngày 5 tháng 6 năm 2025, Chính phủ ban hành
// ...") report false, as does text that starts with a verb other than
// "Chủ trì" or "Phối hợp" ("Tập trung triển khai ..."), since such text
// inherits its lead without naming anyone, unless a later clause names
// agencies to cooperate with.
//
// Later in the sentence, a clause that starts with "phối hợp" after ";",
// "," or "và", possibly after adverbs ("; đồng thời phối hợp chặt chẽ với
// Sở B ..."), adds the agencies it names to Cooperating, whatever the
// start: "Sở A tổ chức ...; phối hợp với Sở B ..." leads with Sở A and
// cooperates with Sở B. Text that starts with a verb other than "Chủ trì"
// or "Phối hợp", possibly after "Đề nghị" or "Giao" and leading adverbs,
// and names no subject then reports an inherited lead with those
// cooperating agencies; after "Căn cứ ...," it does so only if no agency
// starts a clause before "phối hợp", as the subject of what follows.
// "Phối hợp" as a noun ("sự phối hợp của", "công tác phối hợp", "cơ chế
// phối hợp giữa") names nobody, and text that starts with a word of tense
// ("Đã", "Đang", "Được") states facts rather than tasks and reports false.
func ParseClause(text string) (Clause, bool) {
	// Most paragraphs assign nobody: look at their first word, then at
	// their first words only, unless "phối hợp" may follow.
	start, verbal := mayStart(text)
	if !start && !(verbal && mayCooperate(text)) {
		return Clause{}, false
	}
	// Whether "phối hợp" may follow is known if start is false, and
	// looked up by later only where it matters otherwise.
	known, may := !start, !start
	later := func() bool {
		if !known {
			known, may = true, mayCooperate(text)
		}
		return may
	}
	w := scanPooled(text, probeTokens, true)
	defer w.release()
	if start {
		start = w.mayAssign()
	}
	// The text may start with a verb and no subject; if it may also be
	// read as a clause with a subject, whether "phối hợp" may follow is
	// looked up only if it is not.
	_, _, first := w.verbStart(0, probeTokens)
	if !start && !(first && later()) {
		return Clause{}, false
	}
	w.lift() // the rest of the first sentence, as it is read
	e := openEnd
	if start {
		if c, k, ok := w.clause(0, e, 0); ok {
			// Without "phối" after k, laterCoop finds no "phối hợp".
			if w.mayCooperateFrom(k, e) && later() {
				w.laterCoop(k, e, &c, false)
			}
			return c, true
		}
	}
	if first && later() {
		return w.verbFirst(0, e)
	}
	return Clause{}, false
}

// mayCooperate reports whether text starts with a capital letter and
// may contain "phối hợp" later, as laterCoop reads it: whether it holds
// "hối" or "HỐI" after its first word rune. It allocates nothing.
func mayCooperate(text string) bool {
	for i, r := range text {
		if isWordRune(r) {
			if !isUpper(r) {
				return false
			}
			return hasHoi(text[i:])
		}
	}
	return false
}

// hasHoi reports whether s contains "hối" or "HỐI": it looks for "ố" and
// "Ố" with indexO, then at the letters around them.
func hasHoi(s string) bool {
	for at := 0; ; {
		i := indexO(s, at)
		if i < 0 {
			return false
		}
		// s[i:i+3] is "ố" or "Ố".
		if i >= 1 && i+3 < len(s) {
			if s[i+2] == 0x91 && s[i-1] == 'h' && s[i+3] == 'i' ||
				s[i+2] == 0x90 && s[i-1] == 'H' && s[i+3] == 'I' {
				return true
			}
		}
		at = i + 3
	}
}

// indexO returns the offset of the first "ố" or "Ố" in s at or after
// offset from, or -1.
func indexO(s string, from int) int {
	// Look for BB followed by 90 or 91, sixteen positions at a time, then
	// check the E1 before it.
	i := from + 1
	ones := swar.Spread(1)
	for ; i+17 <= len(s); i += 16 {
		m0 := swar.Eq(swar.Load(s, i), 0xBB) & swar.Eq(swar.Load(s, i+1)|ones, 0x91)
		m1 := swar.Eq(swar.Load(s, i+8), 0xBB) & swar.Eq(swar.Load(s, i+9)|ones, 0x91)
		if m0|m1 == 0 {
			continue
		}
		for m0 != 0 {
			j := i + swar.First(m0)
			if s[j-1] == 0xE1 {
				return j - 1
			}
			m0 &= m0 - 1
		}
		for m1 != 0 {
			j := i + 8 + swar.First(m1)
			if s[j-1] == 0xE1 {
				return j - 1
			}
			m1 &= m1 - 1
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == 0xBB && s[i+1]|1 == 0x91 && s[i-1] == 0xE1 {
			return i - 1
		}
	}
	return -1
}

// mayStart reports whether text may start a clause: its first word is a
// capitalised starter (see syllable), or a verb of a clause without
// subject follows soon after a comma ("Tiếp tục, chủ trì ..."). As
// verbal, it reports whether the first word is capitalised and may start
// a verb or adverb, as a clause without subject does (see verbStart). It
// reads one word and at most probeBytes bytes, and allocates nothing.
func mayStart(text string) (start, verbal bool) {
	i := 0
	var first uint16 // the class of the first word rune
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = runeAt(text, i)
		}
		if first = classOf(r); first&cWord != 0 {
			break
		}
		i += size
	}
	j := wordEnd(text, i)
	if i == j || first&cUpper == 0 {
		return false, false
	}
	verbal = true // a word too long to look up may fold to anything
	opener := false
	named := false // the first word may start a name the lexicon does not know
	if j-i <= maxLookUp {
		y := lookUpWord(text[i:j])
		if y.starter || y.placed && placedAfter(text, j) {
			return true, y.verbal
		}
		verbal, opener = y.verbal, y.opener
		named = !verbal && !y.blocker || y.starts[lexCollectives] != nil
	}
	head := text[j:min(len(text), j+probeBytes)]
	c := -1 // the first comma
	for at := 0; at < len(head); {
		k := strings.IndexByte(head[at:], ',')
		if k < 0 {
			break
		}
		k += at
		if c < 0 {
			c = k
		}
		if v := head[k:]; strings.HasPrefix(v, ", chủ trì") || strings.HasPrefix(v, ", phối hợp") ||
			strings.HasPrefix(v, ", Chủ trì") || strings.HasPrefix(v, ", Phối hợp") {
			return true, verbal
		}
		at = k + 1
	}
	// A short adverbial before the subject: "Định kỳ, Sở A ...", or an
	// opening clause: "Căn cứ chức năng, nhiệm vụ, Sở A ...".
	limit := leadInBytes
	if opener {
		limit = openerBytes
	}
	for at := j; at-j <= limit; {
		k := strings.IndexByte(text[at:min(len(text), j+limit+1)], ',')
		if k < 0 {
			break
		}
		if startsAfterComma(text, at+k+1) {
			return true, verbal
		}
		if !opener {
			break // only the first comma ends a short adverbial
		}
		at += k + 1
	}
	// A name whose head the lexicon does not know, before a verb that
	// only a subject takes (see unknownHead).
	return named && subjectVerbSoon(subjectWindow(text[j:min(len(text), j+unknownBytes)])), verbal
}

// subjectWindow returns s up to its first comma, semicolon or "|": a name
// whose head the lexicon does not know holds none (see unknownHead), and a
// table row is no clause.
func subjectWindow(s string) string {
	for _, c := range [...]byte{',', ';', '|'} {
		if k := strings.IndexByte(s, c); k >= 0 {
			s = s[:k]
		}
	}
	return s
}

// unknownBytes bounds how far mayStart looks for a verb after a name whose
// head the lexicon does not know.
const unknownBytes = 120

// subjectVerbSoon reports whether s may hold "chủ trì", "trách nhiệm" or
// "phối hợp" in lower case, as unknownHead looks for after the subject:
// whether it holds "chủ trì", "trách nhiệm" or "hối". It allocates
// nothing and reads s at most twice.
func subjectVerbSoon(s string) bool {
	// "trì" and "trách" start with "tr" and the lead byte of "ì" and "á".
	for at := 0; ; {
		i := strings.Index(s[at:], "tr\xc3")
		if i < 0 {
			break
		}
		i += at
		if strings.HasPrefix(s[i+3:], "\xac") && strings.HasSuffix(s[:i], "chủ ") ||
			strings.HasPrefix(s[i+3:], "\xa1ch nhiệm") {
			return true
		}
		at = i + 3
	}
	return hasHoi(s)
}

// openerBytes bounds how far mayStart looks for the comma that ends an
// opening clause before the subject.
const openerBytes = 400

// startsAfterComma reports whether the word at text[i:], after a comma
// and spaces or emphasis marks, may start a clause.
func startsAfterComma(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '*' || text[i] == '_') {
		i++
	}
	j := wordEnd(text, i)
	if i == j || j-i > maxLookUp {
		return false
	}
	y := lookUpWord(text[i:j])
	return y.starter || y.placed && placedAfter(text, j)
}

// placedAfter reports whether the word after offset j of text, or the
// word after the rest of a head, may follow a head that needs its follow
// words (see syllable.placed): "tỉnh" in "Thuế tỉnh", "Thống kê tỉnh".
func placedAfter(text string, j int) bool {
	for n := 0; n < 2; n++ {
		i := j
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if j = wordEnd(text, i); i == j || j-i > maxLookUp {
			return false
		}
		y := lookUpWord(text[i:j])
		if y.headFollow {
			return true
		}
		if !y.placedRest {
			return false
		}
	}
	return false
}

// maxLookUp bounds the bytes of a word that mayStart looks up.
const maxLookUp = 32

// lookUpWord returns what the grammar knows of word, a run of word runes
// as written, of at most maxLookUp bytes: lookUpSyllable of its folded
// form. The usual spellings of the known syllables are found without
// folding (see rawSyllables).
func lookUpWord(word string) *syllable {
	if y := rawSyllables.find(word); y != nil {
		return y
	}
	var buf [2 * maxLookUp]byte
	return lookUpSyllable(string(appendFold(buf[:0], word)))
}

// wordEnd returns the end of the run of word runes at offset i of text.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if l := c | 0x20; 'a' <= l && l <= 'z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			break
		}
		r, size := runeAt(text, i)
		if classOf(r)&cWord == 0 {
			break
		}
		i += size
	}
	return i
}

// leadInBytes bounds how far mayStart looks for the comma that ends an
// adverbial before the subject.
const leadInBytes = 60

// probeBytes bounds how far mayStart looks for "chủ trì" after a comma.
const probeBytes = 80

// probeTokens is how many tokens mayAssign and verbStart may read before
// the whole sentence is scanned.
const probeTokens = 16

// mayAssign reports whether a clause that assigns somebody may start the
// tokens of w, as clause would read them; it reads at most the first
// probeTokens tokens and may report true for text that assigns nobody.
func (w *words) mayAssign() bool {
	e := probeTokens
	s := w.skipMarks(0, e)
	if s >= e || !w.has(s) || !w.toks[s].cap {
		return false
	}
	if v := verbs.match(w, s); v != nil && (v.id == vAssign || v.id == vRequest) {
		return true
	}
	if _, ok := w.inheritStart(s, e); ok {
		return true
	}
	// An opening clause may run past the tokens read so far: the whole
	// sentence decides.
	return w.startLen(w.dutyOf(s, e)) > 0 || w.leadIn(s, e) > s || w.opensClause(s) ||
		w.mayNameUnknown(s) && w.subjectVerbAfter(s)
}

// subjectVerbAfter reports whether "chủ trì", "trách nhiệm" or "phối
// hợp" follows token s within unknownBytes bytes, as a verb that only a
// subject takes (see unknownHead).
func (w *words) subjectVerbAfter(s int) bool {
	i := w.toks[s].end
	t := w.text[i:min(len(w.text), i+unknownBytes)]
	return strings.Contains(t, "chủ trì") || strings.Contains(t, "trách nhiệm") || strings.Contains(t, "phối hợp")
}

// mayNameUnknown reports whether the word at s may start a name whose
// head the lexicon does not know (see unknownHead): it starts no verb or
// adverb, or a collective noun longer than the verb ("Hợp tác xã").
func (w *words) mayNameUnknown(s int) bool {
	v := verbs.match(w, s)
	if v != nil {
		c := collectives.match(w, s)
		return c != nil && c.len > v.len
	}
	return adverbs.match(w, s) == nil
}

// maxLeadIn bounds the tokens of the adverbial that leadIn skips.
const maxLeadIn = 8

// leadIn returns the index of the subject after an adverbial that opens
// the clause at s and ends with a comma, or s if there is none. The
// adverbial is either short, of time or scope ("Định kỳ, Sở A chủ trì
// ...", "Hằng năm, ...", "Trong quý I/2026, ...", "Đối với các dự án
// nhóm A, ..."): at most maxLeadIn tokens, words or dashes, and neither
// an agency nor a verb other than an adverb that may precede "chủ trì"
// or a preposition that opens an adverbial; or it is an opening clause
// (see openerLeadIn).
func (w *words) leadIn(s, e int) int {
	if w.word(s) == "ngày" {
		return s // "Ngày 5 tháng 6 năm 2025, Chính phủ ban hành ...": a record
	}
	if j := w.shortLeadIn(s, e); j > s {
		return j
	}
	return w.openerLeadIn(s, e)
}

// shortLeadIn is leadIn for an adverbial of at most maxLeadIn tokens,
// with neither an agency nor a verb.
func (w *words) shortLeadIn(s, e int) int {
	k := s
	for k < e && k < s+maxLeadIn && w.has(k) {
		switch w.toks[k].kind {
		case kComma:
			if k > s && w.startLen(k+1) > 0 {
				return k + 1
			}
			return s
		case kWord:
			if a := adverbs.match(w, k); a != nil && a.lead {
				k += a.len
				continue
			}
			if v := verbs.match(w, k); v != nil {
				if v.tier != tierOpener {
					return s
				}
				k += v.len
				continue
			}
			if w.startLen(k) > 0 {
				return s
			}
		case kDash:
		default:
			return s
		}
		k++
	}
	return s
}

// maxOpener bounds the tokens of an opening clause that openerLeadIn
// skips.
const maxOpener = 64

// openerLeadIn returns the index of the subject after an opening clause
// of basis, purpose, condition or time, or s if there is none: "Căn cứ
// chức năng, nhiệm vụ được giao, Sở A chủ trì ...", "Trên cơ sở ...,
// căn cứ ..., các bộ có trách nhiệm ...", "Trong quá trình thực hiện,
// nếu có vướng mắc, các sở chủ động báo cáo ...", "Để thể chế hóa ...,
// Ban B xác định ...". The clause starts with an opener (see opensClause)
// and may hold verbs, agencies and commas of its own, so the subject is
// the first agency after one of its commas that a verb follows, within
// maxOpener tokens of the same sentence.
func (w *words) openerLeadIn(s, e int) int {
	return w.afterOpener(s, e, func(k int) (int, bool) {
		if w.directs(k + 1) {
			// "Căn cứ chức năng, chỉ đạo các cơ sở A, các cơ sở B
			// ...": the clause without subject has begun, and the
			// agencies after it are its objects.
			return s, true
		}
		if n := w.startLen(k + 1); n > 0 && w.boundary(k+1, e, k+1+n).kind == stopVerb {
			return k + 1, true
		}
		return 0, false
	})
}

// openerAssign returns the index of the verb that assigns after an opening
// clause (see opensClause), or s if there is none: "Trên cơ sở kết quả dự
// báo, giao Sở A rà soát ...". Like "Giao Sở A ..." at the start, the verb
// names the lead after it.
func (w *words) openerAssign(s, e int) int {
	return w.afterOpener(s, e, func(k int) (int, bool) {
		v := verbs.match(w, k+1)
		if v == nil || v.id != vAssign && v.id != vRequest {
			return 0, false
		}
		j := k + 1 + v.len
		if w.word(j) == "cho" {
			j++
		}
		return k + 1, w.startLen(j) > 0
	})
}

// afterOpener calls at on each comma k of an opening clause that starts
// at s (see opensClause), within maxOpener tokens of the same sentence,
// until at reports true, and returns what at returned then; it returns s
// if the text opens with no such clause or at never reports true.
func (w *words) afterOpener(s, e int, at func(k int) (int, bool)) int {
	if !w.opensClause(s) {
		return s
	}
	for k := s + 1; k < e && k < s+maxOpener && w.has(k); k++ {
		switch w.toks[k].kind {
		case kComma:
			if j, ok := at(k); ok {
				return j
			}
		case kSemi, kColon, kPeriod:
			return s
		}
	}
	return s
}

// directs reports whether a verb that does not open a clause starts at
// token k with an agency as its object: "chỉ đạo các trường", "hướng dẫn
// Ủy ban nhân dân các huyện".
func (w *words) directs(k int) bool {
	v := verbs.match(w, k)
	return v != nil && v.tier != tierOpener && !w.opensClause(k) && w.startLen(k+v.len) > 0
}

// opensClause reports whether the words at k open a clause of basis,
// purpose, condition or time: a preposition or conjunction that opens an
// adverbial ("Để", "Trong quá trình", "Trên cơ sở", "Theo chức năng"),
// or "Căn cứ", "Thực hiện", "Sau khi", "Trong", "Theo".
func (w *words) opensClause(k int) bool {
	if v := verbs.match(w, k); v != nil && v.tier == tierOpener {
		return true
	}
	switch w.word(k) {
	case "trong", "theo":
		return true
	case "căn":
		return w.word(k+1) == "cứ"
	case "thực":
		return w.word(k+1) == "hiện"
	case "sau":
		return w.word(k+1) == "khi"
	}
	return false
}

// clause reads the clause of tokens [s, e) and returns it with the index
// of the token where its action starts, e if it has none.
func (w *words) clause(s, e int, depth int) (Clause, int, bool) {
	var c Clause
	s = w.skipMarks(s, e)
	if depth == 0 && (s >= e || !w.has(s) || !w.toks[s].cap) {
		// Headings, paragraphs and bullets start with a capital; a line
		// that does not continues a sentence ("hội hóa ...").
		return Clause{}, e, false
	}
	if depth == 0 {
		s = w.openerAssign(s, e)
	}
	commanded := false
	if v := verbs.match(w, s); v != nil && (v.id == vAssign || v.id == vRequest) {
		c.Request = v.id == vRequest
		commanded = true
		s += v.len
		if w.word(s) == "cho" {
			s++
		}
	}
	if s >= e || !w.has(s) {
		return Clause{}, e, false
	}
	if !commanded {
		if j, ok := w.inheritStart(s, e); ok {
			c, k := w.inherit(j, e)
			return c, k, true
		}
	}
	s = w.dutyOf(s, e)
	n := w.startLen(s)
	lead := false
	if n == 0 && depth == 0 && !commanded {
		if j := w.leadIn(s, e); j > s {
			s, n, lead = j, w.startLen(j), true
		}
	}
	var b stop
	if n == 0 {
		var ok bool
		if b, ok = w.unknownHead(s, e, depth, commanded); !ok {
			return Clause{}, e, false
		}
	} else {
		b = w.boundary(s, e, s+n)
	}
	if lead && b.kind != stopVerb {
		return Clause{}, e, false // "Năm 2024, các sở, ngành ...": no predicate
	}
	if b.k == s+n && b.kind == stopVerb && w.determinerLen(s) == 0 {
		if _, h := w.headAt(s, false); h == nil && !w.isRole(s) {
			// A collective noun alone before the verb is the name of a
			// field or column ("Cơ quan chủ trì: ...", "Đơn vị thực
			// hiện"), not a subject; a role is ("Chủ đầu tư chịu
			// trách nhiệm ...").
			return Clause{}, e, false
		}
	}
	var leads [][2]int
	if d, ok := w.qualifiedSubject(s, b); ok {
		// "Các đơn vị chủ trì nhiệm vụ ... có trách nhiệm ...": one
		// collective, qualified by what it leads.
		b = stop{k: d, kind: stopVerb, e: verbs.match(w, d)}
		leads = append(w.spans[:0], [2]int{s, d})
		w.spans, w.shared = leads, w.shared[:0]
	} else {
		if sb, ok := w.sharedColon(s, e, b); ok {
			b = sb // "Các Sở: Tài chính, Xây dựng chủ động ..."
		}
		leads = w.split(s, b.k)
	}
	limit := maxNameWords
	if b.kind == stopEnd {
		limit = maxBareWords
	}
	if len(leads) == 0 || !w.fits(leads, limit) {
		return Clause{}, e, false
	}
	c.Lead = w.texts(leads)
	at := e
	switch b.kind {
	case stopEnd:
		c.LeadOnly = true
	case stopColon:
		at = b.k + 1
		c.Action = w.rest(at, e)
		c.LeadOnly = c.Action == ""
		if !w.has(at) || at >= e {
			break
		}
		if j, ok := w.inheritStart(at, e); ok {
			// "Bảo hiểm xã hội tỉnh: Phối hợp với Sở Y tế ...": the
			// task after the colon has the agency before it for
			// subject, and names whom it cooperates with.
			sub, _ := w.inherit(j, e)
			c.Cooperating = sub.Cooperating
		}
	case stopOpener:
		at = b.k
		c.Action = w.rest(at, e)
	case stopVerb:
		k := b.k
		switch b.e.id {
		case vLead:
			k = w.afterLead(k+b.e.len, e, &c)
			if k == b.k+b.e.len && c.Cooperating == nil && w.isWord(k) && verbs.match(w, k) == nil {
				k = b.k // "chủ trì việc ...": the verb takes an object
			}
		case vCooperate:
			objectless := w.objectless(k)
			k = w.coop(k, e, &c)
			// "Sở A phối hợp thực hiện …" assists the lead above it;
			// "Đề nghị Ủy ban MTTQ tỉnh phối hợp giám sát …" asks the
			// body named of the task, which it leads (domain.md §3).
			if objectless && !(c.Request && depth == 0) {
				c.assist()
			}
		case vDuty:
			k += b.e.len
		case vNone:
			// "Sở A chủ động phối hợp với Sở B ...": an adverb that may
			// precede "phối hợp", then the verb and its list.
			if a := adverbs.match(w, k); a != nil && a.lead {
				if v := verbs.match(w, k+a.len); v != nil && v.id == vCooperate {
					objectless := w.objectless(k + a.len)
					k = w.coop(k+a.len, e, &c)
					if objectless && !(c.Request && depth == 0) {
						c.assist()
					}
				}
			}
		case vAssign, vRequest:
			// "UBND tỉnh giao Sở A chủ trì ...": the body given the task
			// leads it.
			j := k + b.e.len
			if w.word(j) == "cho" {
				j++
			}
			if depth == 0 && w.startLen(j) > 0 {
				if sub, k, ok := w.clause(j, e, depth+1); ok {
					sub.Request = sub.Request || b.e.id == vRequest
					return sub, k, true
				}
			}
		}
		at = k
		c.Action = w.rest(k, e)
	}
	return c, at, true
}

// maxUnknownWords bounds the words of a name whose head the lexicon does
// not know (see unknownHead).
const maxUnknownWords = 12

// unknownHead reports whether the clause at s, which starts with no head
// word the lexicon knows, has for its subject a name whose head it does
// not know, and returns the stop of the verb after it. A new body ("Hợp
// tác xã dịch vụ nông nghiệp A", "Tổ Công nghệ số cộng đồng xã") leads
// where a verb that only a subject takes follows it: "chủ trì", "có
// trách nhiệm", "chịu trách nhiệm", or "phối hợp với" and an agency. The
// subject must look like a name: capitalised in cased text, at the start
// of a paragraph and not after "Giao" or "Đề nghị", not a verb ("Tổ chức
// hội nghị ..."), at most maxUnknownWords words without a comma, with
// another capitalised word or a level of government after its first word
// ("Nhiệm vụ chủ trì", "Người đứng đầu chịu trách nhiệm" are not names),
// and no agency inside it but after "và" ("Hội nghị do UBND tỉnh chủ trì"
// names the body that chairs it, not a subject).
func (w *words) unknownHead(s, e, depth int, commanded bool) (stop, bool) {
	if depth > 0 || commanded || !w.isWord(s) || !w.toks[s].cap || !w.mayNameUnknown(s) || !w.subjectVerbAfter(s) ||
		w.opensClause(s) || w.caseless() {
		return stop{}, false
	}
	b := w.boundary(s, e, s)
	if b.kind != stopVerb || b.k <= s+1 || !w.subjectVerb(b) {
		return stop{}, false
	}
	named, words := false, 0
	for k := s; k < b.k; k++ {
		switch w.toks[k].kind {
		case kComma, kSemi:
			return stop{}, false
		case kWord:
			words++
			if k == s {
				continue
			}
			if w.startLen(k) > 0 && w.word(k-1) != "và" {
				return stop{}, false
			}
			named = named || w.capital(k) || placeLevels[w.word(k)]
		}
	}
	return b, named && words <= maxUnknownWords
}

// subjectVerb reports whether the verb that stops a list at b takes only
// a subject before it: "chủ trì", "có trách nhiệm", "chịu trách nhiệm",
// or "phối hợp" with an agency as its object.
func (w *words) subjectVerb(b stop) bool {
	switch b.e.id {
	case vLead, vDuty:
		return true
	case vCooperate:
		return w.startLen(w.coopObject(b.k)) > 0
	}
	return false
}

// qualifiedSubject reports whether the verb "chủ trì" or "được" that
// stops the list at s, a determiner and bare collective noun, qualifies
// it rather than begin its predicate: a duty verb ("có trách nhiệm",
// "chịu trách nhiệm") follows in the same clause, after a word and
// within maxNameWords words of s, as in "Các đơn vị chủ trì nhiệm vụ tại
// Phụ lục có trách nhiệm ..." and "Các cơ quan được phân công chủ trì
// ... chịu trách nhiệm ...". It returns the index of the duty verb. A
// duty after a comma or "và" is a second predicate ("Các sở chủ trì
// thực hiện, chịu trách nhiệm ..."), and so is one after ";" or ":".
func (w *words) qualifiedSubject(s int, b stop) (int, bool) {
	if b.kind != stopVerb || b.e == nil || b.e.id != vLead && w.word(b.k) != "được" {
		return 0, false
	}
	t := s
	if w.determinerLen(s) == 0 {
		// An office holder of the collective: "Thủ trưởng các đơn vị
		// được giao chủ trì nhiệm vụ có trách nhiệm ...".
		n, _ := w.headAt(s, false)
		t += n
	}
	if w.determinerLen(t) == 0 || !w.loneList(t, b.k) {
		return 0, false
	}
	n := w.countWords(s, b.k)
	depth := 0
	for k := b.k; w.has(k) && n <= maxNameWords; k++ {
		switch w.toks[k].kind {
		case kOpen, kClose:
			depth = bracketDepth(w.toks[k].kind, depth)
		case kSemi, kColon, kPeriod:
			return 0, false
		case kWord:
			if depth > 0 {
				continue
			}
			n++
			if v := verbs.match(w, k); v != nil && v.id == vDuty && !w.capital(k) {
				p := k - 1
				if w.toks[p].kind != kWord && w.toks[p].kind != kClose || w.word(p) == "và" {
					return 0, false
				}
				return k, true
			}
		}
	}
	return 0, false
}

// loneList reports whether the tokens [s, e) are bare collectives
// separated by commas: "các cơ quan, đơn vị".
func (w *words) loneList(s, e int) bool {
	a := s
	for k := s; k <= e; k++ {
		if k < e && w.toks[k].kind != kComma {
			continue
		}
		if a == k || !w.lone(a, k) {
			return false
		}
		a = k + 1
	}
	return true
}

// objectless reports whether the verb "phối hợp" at token k names nobody
// to cooperate with: neither "với", "cùng" or "giữa", nor a determiner,
// nor an agency follows it and its adverbs ("Cục A phối hợp thực hiện
// ..."). A determiner starts an object even before a noun the grammar
// does not know ("phối hợp các cơ quan", the noun garbled by OCR).
func (w *words) objectless(k int) bool {
	v := verbs.match(w, k)
	j := w.skipAdverbs(k+v.len, true)
	switch w.word(j) {
	case "với", "cùng", "giữa":
		return false
	}
	return w.determinerLen(j) == 0 && w.startLen(j) == 0
}

// assist makes the leads of c, whose only verb is "phối hợp" with nobody
// named to cooperate with, its cooperating agencies: they take part in
// work that the lead of the enclosing section carries, which c inherits
// ("Văn phòng Tỉnh ủy phối hợp theo dõi ...").
func (c *Clause) assist() {
	c.Cooperating, c.Lead, c.Inherits = c.Lead, nil, true
}

// isRole reports whether a role noun starts at token k ("chủ đầu tư").
func (w *words) isRole(k int) bool {
	e := collectives.match(w, k)
	return e != nil && e.role
}

// fits reports whether every agency of spans has at most limit words.
func (w *words) fits(spans [][2]int, limit int) bool {
	for _, p := range spans {
		if w.countWords(p[0], p[1]) > limit {
			return false
		}
	}
	return true
}

// texts returns the text of each span, as split returned them last (see
// nameText).
func (w *words) texts(spans [][2]int) []string {
	out := make([]string, len(spans))
	for i, p := range spans {
		out[i] = w.nameText(i, p)
	}
	return out
}

// skipAdverbs returns the token after up to two adverbs from k: adverbs
// that may come before "chủ trì" or "phối hợp" ("Chủ động"), or with
// coop those that may come between "phối hợp" and "với" ("chặt chẽ").
func (w *words) skipAdverbs(k int, coop bool) int {
	for i := 0; i < 2; i++ {
		a := adverbs.match(w, k)
		if a == nil || coop && !a.coop || !coop && !a.lead {
			break
		}
		k += a.len
	}
	return k
}

// inheritStart reports whether the clause at s has no subject and starts
// with "chủ trì" or "phối hợp", possibly after adverbs ("Chủ động phối
// hợp") or a short lead-in ending with a comma ("Hằng năm, phối hợp"); it
// returns the index of the verb.
func (w *words) inheritStart(s, e int) (int, bool) {
	j := w.skipAdverbs(s, false)
	if isLeadVerb(verbs.match(w, j)) {
		return j, true
	}
	if w.startLen(s) > 0 || !leadVerbAfterComma(w.text[w.toks[s].end:]) {
		return 0, false
	}
	for k := s + 1; k < e && k <= s+5 && w.has(k); k++ {
		switch w.toks[k].kind {
		case kWord:
			continue
		case kComma:
			if isLeadVerb(verbs.match(w, k+1)) {
				return k + 1, true
			}
		}
		break
	}
	return 0, false
}

// leadVerbAfterComma reports whether the first comma of text may be
// followed by "chủ trì" or "phối hợp", as the comma that inheritStart
// looks for after the first word is: whether the word after it starts
// with the letters of "chủ" or "phố", in either case. It reads no further
// than that word.
func leadVerbAfterComma(text string) bool {
	i := strings.IndexByte(text, ',')
	if i < 0 {
		i = len(text)
	}
	if j := strings.Index(text[:i], "，"); j >= 0 {
		i = j + len("，") - 1
	}
	if i >= len(text) {
		return false
	}
	i++
	for i < len(text) {
		r, size := runeAt(text, i)
		if classOf(r)&cWord != 0 || !skipped(r) {
			break
		}
		i += size
	}
	if i+5 > len(text) || text[i+1]|0x20 != 'h' {
		return false
	}
	switch text[i] | 0x20 {
	case 'c':
		return text[i+2:i+5] == "ủ" || text[i+2:i+5] == "Ủ"
	case 'p':
		return text[i+2:i+5] == "ố" || text[i+2:i+5] == "Ố"
	}
	return false
}

func isLeadVerb(v *entry) bool {
	return v != nil && (v.id == vLead || v.id == vCooperate)
}

// inherit reads a clause without subject whose verb is at j. It returns
// the clause and the index of the token where its action starts.
func (w *words) inherit(j, e int) (Clause, int) {
	c := Clause{Inherits: true}
	v := verbs.match(w, j)
	k := j
	if v.id == vLead {
		k = w.afterLead(j+v.len, e, &c)
	} else {
		c.Assists = true
		k = w.coop(j, e, &c)
	}
	c.Action = w.rest(k, e)
	return c, k
}

// afterLead reads what follows "chủ trì" at k: an optional ", phối hợp
// (với) ..." or "cùng (với) ..." naming the cooperating agencies. It
// returns where the action starts.
func (w *words) afterLead(k, e int, c *Clause) int {
	j := k
	for j < e && w.has(j) && (w.toks[j].kind == kComma || w.word(j) == "và") {
		j++
	}
	if v := verbs.match(w, j); v != nil && v.id == vCooperate {
		return w.coop(j, e, c)
	}
	if w.word(j) == "cùng" {
		l := j + 1
		if w.word(l) == "với" {
			l++
		}
		if w.startLen(l) > 0 {
			return w.list(l, e, c)
		}
	}
	return k
}

// coop reads "phối hợp [adverbs] [với|cùng] AGENCIES" at k and returns
// where the action starts.
func (w *words) coop(k, e int, c *Clause) int {
	j := w.coopObject(k)
	if w.startLen(j) == 0 {
		return j
	}
	return w.list(j, e, c)
}

// coopObject returns the index of the object of the verb "phối hợp" at k:
// the token after the verb, the adverbs that may follow it ("chặt chẽ")
// and "với", "cùng" or "cùng với".
func (w *words) coopObject(k int) int {
	v := verbs.match(w, k)
	j := w.skipAdverbs(k+v.len, true)
	switch w.word(j) {
	case "với":
		j++
	case "cùng":
		j++
		if w.word(j) == "với" {
			j++
		}
	}
	return j
}

// list reads the cooperating agencies from j into c and returns where the
// action starts. A list whose names are too long for names is not taken.
func (w *words) list(j, e int, c *Clause) int {
	spans, b, ok := w.names(j, e)
	if !ok {
		return j
	}
	c.Cooperating = w.texts(spans)
	if b.kind == stopColon {
		return b.k + 1
	}
	return b.k
}

// names reads the list of agencies that starts at j and returns their
// spans and the stop that ends the list. It reports false if a name is
// too long for a name.
func (w *words) names(j, e int) ([][2]int, stop, bool) {
	b := w.boundary(j, e, j+w.startLen(j))
	if sb, ok := w.sharedColon(j, e, b); ok {
		b = sb
	}
	spans := w.split(j, b.k)
	limit := maxNameWords
	if b.kind == stopEnd {
		limit = maxBareWords
	}
	return spans, b, w.fits(spans, limit)
}

// laterCoop adds to c.Cooperating the agencies of the clauses of tokens
// [k, e) that start with "phối hợp" after ";", "," or "và" outside
// brackets, possibly after "và" or adverbs ("; đồng thời phối hợp chặt
// chẽ với Sở B ...", ", và phối hợp với Sở C"), skipping names c already
// holds. "Phối hợp" elsewhere is a noun or has its own subject ("sự phối
// hợp của", "các sở phối hợp với") and adds nobody; so does a
// capitalised "Phối hợp" in cased text, a word of a name. If subject is
// set, an agency after ";" or "," before the first such clause is the
// subject of what follows, and laterCoop adds nobody. It reports whether
// it added any agency. It is linear in e-k: the search resumes after
// every list it reads.
func (w *words) laterCoop(k, e int, c *Clause, subject bool) bool {
	if !w.has(k) {
		return false
	}
	// No clause after the last word that may be "phối" adds anybody.
	last := lastPhoi(w.text[w.toks[k].start:])
	if last < 0 {
		return false
	}
	last += w.toks[k].start
	added := false
	var seen map[string]bool
	depth := 0
	for k < e && w.has(k) && w.toks[k].start < last {
		sep, mark := false, false
		switch w.toks[k].kind {
		case kOpen, kClose:
			depth = bracketDepth(w.toks[k].kind, depth)
		case kComma, kSemi:
			sep, mark = depth == 0, true
		case kWord:
			sep = depth == 0 && w.word(k) == "và"
		}
		k++
		if !sep {
			continue
		}
		j := k
		if w.word(j) == "và" {
			j++
		}
		j = w.skipAdverbs(j, false)
		if v := verbs.match(w, j); v == nil || v.id != vCooperate || w.capital(j) {
			if subject && mark && !added && w.startLen(k) > 0 {
				return false // "Căn cứ ..., các sở phối hợp với ..."
			}
			continue
		}
		j = w.coopObject(j)
		k = j
		if w.startLen(j) == 0 {
			continue // "phối hợp giữa ...", "phối hợp với nhau"
		}
		spans, b, ok := w.names(j, e)
		k = max(b.k, j)
		if !ok {
			continue
		}
		if seen == nil {
			seen = make(map[string]bool, len(c.Cooperating)+len(spans))
			for _, s := range c.Cooperating {
				seen[s] = true
			}
		}
		for i, p := range spans {
			if s := w.nameText(i, p); !seen[s] {
				seen[s] = true
				c.Cooperating = append(c.Cooperating, s)
				added = true
			}
		}
	}
	return added
}

// mayCooperateFrom reports whether a word that folds to "phối" may
// follow in tokens [k, e): without one, laterCoop adds nobody. It scans
// no further than token k.
func (w *words) mayCooperateFrom(k, e int) bool {
	return k < e && w.has(k) && hasPhoi(w.text[w.toks[k].start:])
}

// factWords start a text that reports what was or is being done, not a
// task: "Đã phối hợp với ...", "Được sự quan tâm ...".
var factWords = words2set("đã đang được")

// verbStart reports whether the text of tokens [s, e) starts with a
// capitalised verb that may begin a clause without subject, possibly
// after "Đề nghị" or "Giao" and leading adverbs ("Thường xuyên, ..."):
// not an opener ("Trong quá trình ...") nor a word of tense ("Đã ...").
// It returns the index of the first token after "Đề nghị" or "Giao" and
// that of the verb. It reads only the tokens before e.
func (w *words) verbStart(s, e int) (int, int, bool) {
	s = w.skipMarks(s, e)
	if s >= e || !w.has(s) || !w.toks[s].cap {
		return 0, 0, false
	}
	if v := verbs.match(w, s); v != nil && (v.id == vAssign || v.id == vRequest) {
		s += v.len
	}
	j := w.skipAdverbs(s, false)
	if j > s && j < e && w.has(j) && w.toks[j].kind == kComma {
		j++
	}
	v := verbs.match(w, j)
	if v == nil || v.tier == tierOpener || v.fact {
		return 0, 0, false
	}
	return s, j, true
}

// verbFirst reads text of tokens [s, e) that clause finds no subject in:
// a clause that starts with a verb, possibly after "Đề nghị" or "Giao"
// and leading adverbs ("Thường xuyên, ..."), and names in a later clause
// the agencies its inherited lead cooperates with ("Chỉ đạo ...; phối hợp
// với Sở A ..."). It reports false if the text starts otherwise or names
// nobody.
func (w *words) verbFirst(s, e int) (Clause, bool) {
	var c Clause
	if r := verbs.match(w, w.skipMarks(s, e)); r != nil && r.id == vRequest {
		c.Request = true
	}
	s, j, ok := w.verbStart(s, e)
	if !ok {
		return Clause{}, false
	}
	v := verbs.match(w, j)
	k := j
	if isLeadVerb(v) {
		// "Đề nghị phối hợp với Sở A ...": the request has no subject.
		request := c.Request
		c, k = w.inherit(j, e)
		c.Request = request
	}
	c.Inherits = true
	// "Căn cứ chức năng, nhiệm vụ, chủ động phối hợp với Sở A ..." has
	// no subject; "Căn cứ ..., các sở phối hợp ..." has one.
	basis := v.phrase == "căn cứ"
	if !(w.mayCooperateFrom(k, e) && w.laterCoop(k, e, &c, basis)) && len(c.Cooperating) == 0 {
		return Clause{}, false
	}
	if !isLeadVerb(v) {
		c.Action = w.rest(s, e)
	}
	return c, true
}

// dutyOf skips "Trách nhiệm của" or "Nhiệm vụ [...] của" before an agency
// ("Trách nhiệm của Ủy ban nhân dân các tỉnh", "Nhiệm vụ chủ yếu của Bộ
// ..."), returning the index of the agency, or s.
func (w *words) dutyOf(s, e int) int {
	n := w.is(s, "trách nhiệm")
	if n == 0 {
		n = w.is(s, "nhiệm vụ")
	}
	if n == 0 {
		return s
	}
	for k := s + n; k < e && k <= s+n+4 && w.has(k); k++ {
		if w.word(k) == "của" {
			if w.startLen(k+1) > 0 {
				return k + 1
			}
			return s
		}
		if w.toks[k].kind != kWord && w.toks[k].kind != kComma {
			return s
		}
	}
	return s
}

// stopKind says what ended a list of agencies.
type stopKind uint8

const (
	stopEnd    stopKind = iota // the end of the sentence
	stopColon                  // a colon
	stopVerb                   // a verb
	stopOpener                 // a preposition opening an adverbial
)

// stop is where a list of agencies ends.
type stop struct {
	k    int // token index
	kind stopKind
	e    *entry // the verb, for stopVerb and stopOpener
}

// boundary finds where the list of agencies that starts at s ends, at or
// before e. Verbs before token from (the head of the first name) and
// inside brackets are not considered.
func (w *words) boundary(s, e, from int) stop {
	depth := 0
	k := s
	for ; k < e && w.has(k); k++ {
		switch w.toks[k].kind {
		case kOpen, kClose:
			depth = bracketDepth(w.toks[k].kind, depth)
		case kColon:
			if depth == 0 {
				return stop{k: k, kind: stopColon}
			}
		case kWord:
			if depth > 0 || k < from {
				continue
			}
			y := w.syl(k)
			if y.starts[lexVerbs] == nil && y.starts[lexHeads] == nil && y.starts[lexCollectives] == nil {
				if w.predicateAfterBracket(k, y) && (w.closedBefore(k, from) || w.sectorClosed(s, k, from)) {
					return stop{k: k, kind: stopVerb, e: unknownVerb}
				}
				continue // no verb, head or collective noun starts here
			}
			if v := verbs.match(w, k); v != nil {
				if w.verbOK(k, v) || w.sectorClosed(s, k, from) {
					if v.tier == tierOpener {
						return stop{k: k, kind: stopOpener, e: v}
					}
					return stop{k: k, kind: stopVerb, e: v}
				}
				k += v.len - 1
				continue
			}
			if w.opensBeforeVerb(k) {
				return stop{k: k, kind: stopOpener, e: bareTrong}
			}
			n, _ := w.headAt(k, true)
			c := collectives.match(w, k)
			switch {
			case n > 1:
				k += n - 1 // "Ban Tổ chức", "Bộ Chỉ huy": no verb inside
			case c != nil && c.len > 1:
				k += c.len - 1 // "chủ đầu tư", "nhà đầu tư"
			case n == 0 && c == nil && w.predicateAfterBracket(k, y) && (w.closedBefore(k, from) || w.sectorClosed(s, k, from)):
				// "... huyện tăng thời lượng": the first syllable of
				// verbs the lexicon knows ("tăng cường"), here another.
				return stop{k: k, kind: stopVerb, e: unknownVerb}
			}
		}
	}
	return stop{k: k, kind: stopEnd}
}

// unknownVerb stands for a word the lexicon does not know that begins the
// predicate (see predicateAfterBracket).
var unknownVerb = &entry{len: 1, tier: tierVerb}

// predicateAfterBracket reports whether token k, a word y that starts no
// verb, head or collective noun after a name that is complete (see
// closedBefore), begins the predicate: a name that closes with a bracket
// ("Tổng cục Hải quan (Bộ Tài chính)") or with its level of government
// ("Trung tâm Văn hóa, Thông tin và Thể thao huyện") is complete, and a
// lower-case word after it that cannot continue a name is a verb the
// lexicon does not know ("... in tờ rơi", "... huyện tăng thời lượng").
// Prepositions, determiners, place qualifiers and the words that close a
// collective ("liên quan", "chức năng") or a level ("khóa XXI", "khu
// vực II") continue it.
func (w *words) predicateAfterBracket(k int, y *syllable) bool {
	t := &w.toks[k]
	if t.cap || !t.lower || w.caseless() {
		return false
	}
	if y.blocker || y.determiner || y.startsDeterminer || y.qualifier || y.loneTail || y.opener {
		return false
	}
	return !bracketTails[w.word(k)]
}

// bracketTails are the words besides the classes of predicateAfterBracket
// that may follow a complete name and still belong to it: "các cơ quan
// (đơn vị) chức năng", "các sở (ngành) chuyên môn", "Đảng bộ huyện khóa
// XXI", "nhiệm kỳ 2025 - 2030", "Kho bạc Nhà nước tỉnh khu vực II",
// an office holder's portfolio ("Phó Chủ tịch UBND tỉnh phụ trách
// ...") and where a body is based ("cơ quan trung ương đóng trên địa
// bàn").
var bracketTails = words2set("cùng trong ngoài trên dưới chức năng chuyên môn hữu khóa nhiệm lần khu số phụ đóng")

// headWordAt reports whether a head word starts at token p, whatever
// follows it: a place name holds none ("thành phố A Hội dân vận ..." is
// no name).
func (w *words) headWordAt(p int) bool {
	n, _ := w.headAt(p, true)
	return n > 0
}

// nounEndsAt reports whether a head or collective noun of several words
// ends at token p, whose last syllable is a level of government only
// alone: "Hợp tác xã", "Thông tấn xã".
func (w *words) nounEndsAt(p int) bool {
	for q := max(0, p-3); q < p; q++ {
		if n, _ := w.headAt(q, true); n > 0 && q+n-1 == p {
			return true
		}
		if c := collectives.match(w, q); c != nil && q+c.len-1 == p {
			return true
		}
	}
	return false
}

// maxLevelName bounds the words that closedBefore reads back from a level
// of government for a determiner, and the words of a place name after
// the level.
const maxLevelName = 6

// closedBefore reports whether the name before token k, in a list whose
// first name has its head before token from, is complete: it closes with
// a bracket, or with a level of government ("Trung tâm Y tế huyện",
// "Cục Thuế tỉnh") and the capitalised name of the place if any ("Công
// an huyện Bình An", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"). The
// words of a name are capitalised but its first, or are levels and
// qualifiers; a lower-case word after the level cannot be the name's
// own. A level after a determiner is that of a collective, which a
// qualifier may follow ("Ủy ban nhân dân các xã ven biển", "các cơ quan
// trung ương đóng trên địa bàn").
func (w *words) closedBefore(k, from int) bool {
	p := k - 1
	if p < from || p < 0 {
		return false
	}
	if w.toks[p].kind == kClose {
		return true
	}
	// A place name after the level: capitalised words and dashes.
	for n := 0; n < maxLevelName && p >= from && w.has(p); n++ {
		t := &w.toks[p]
		if t.kind == kDash || t.kind == kWord && t.cap && !w.syl(p).level && !w.headWordAt(p) {
			p--
			continue
		}
		break
	}
	if p < from || !w.isWord(p) || !w.syl(p).level || w.caseless() || w.nounEndsAt(p) {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-maxLevelName && (w.isWord(q) || w.toks[q].kind == kComma); q-- {
		if w.syl(q).determiner {
			return false // "các sở, ngành tỉnh đóng trên địa bàn"
		}
	}
	return true
}

// leadVerbAt reports whether token k starts "chủ trì", "phối hợp" or a
// duty ("có trách nhiệm"), which only a subject's name comes before.
func (w *words) leadVerbAt(k int) bool {
	if !w.isWord(k) || w.capital(k) {
		return false
	}
	v := verbs.match(w, k)
	return v != nil && (v.id == vLead || v.id == vCooperate || v.id == vDuty)
}

// sectorClosed reports whether the name that starts at token s with the
// head word "Sở" or "Bộ" is complete before token k, a lower-case word: a
// department or a ministry is named by its sectors, each a word of two
// syllables, the first capitalised ("Y tế", "Xây dựng", "Công Thương"),
// joined by "và", commas and dashes ("Văn hóa, Thể thao và Du lịch"), so
// that a lower-case word after a whole sector begins the predicate ("Sở
// Xây dựng phân luồng …", "Sở Giáo dục và Đào tạo cử …"), unless it goes
// on with one of the few sector names written so ("Giao thông vận tải",
// "Phát triển nông thôn", "An toàn thực phẩm"). A level of government
// after the name ("Sở Y tế tỉnh") goes on with it, and a name whose
// sectors are not capitalised is left to the other rules.
func (w *words) sectorClosed(s, k, from int) bool {
	if from != s+1 || k <= from || w.caseless() {
		return false
	}
	if head := w.word(s); head != "sở" && head != "bộ" || !w.capital(s) {
		return false
	}
	if !w.isWord(k) || w.toks[k].cap || w.syl(k).level || w.word(k) == "và" {
		return false
	}
	for i := from; i < k; {
		if i > from && w.capital(i) && (w.word(i) == "sở" || w.word(i) == "bộ") {
			i++ // the next name of a list: "Sở Tài chính, Sở Kế hoạch …"
		} else if i > from && w.headWordAt(i) {
			return false // another body: "…, Trung tâm Phục vụ hành chính công"
		}
		// A sector: two syllables, the first capitalised ("Xây dựng",
		// "Công Thương").
		if i >= k || !w.capital(i) || i+1 >= k || !w.isWord(i+1) || w.word(i+1) == "và" {
			return false
		}
		i += 2
		if w.isWord(i+1) && sectorTails[w.word(i)+" "+w.word(i+1)] {
			i += 2 // "Giao thông vận tải"
		}
		if i >= k {
			return i == k
		}
		switch {
		case w.word(i) == "và" || w.toks[i].kind == kComma || w.toks[i].kind == kDash:
			i++
		case w.capital(i):
		default:
			return false
		}
	}
	return false
}

// sectorTails are the lower-case words that end the few names of sectors
// written with more than one (see sectorClosed).
var sectorTails = map[string]bool{"vận tải": true, "nông thôn": true, "thực phẩm": true}

// bareTrong is the opener "trong" before a verb (see opensBeforeVerb).
var bareTrong = &entry{phrase: "trong", len: 1, tier: tierOpener}

// opensBeforeVerb reports whether token k is a bare "trong" ("in") that
// opens an adverbial before a verb, in lower case: "các cơ quan Trung
// ương trong kiểm soát chất lượng nước". Before a noun it belongs to the
// name ("các cơ quan trong tỉnh", "trong tổ chức"); no head word holds
// it.
func (w *words) opensBeforeVerb(k int) bool {
	if w.word(k) != "trong" || w.capital(k) || w.capital(k+1) {
		return false
	}
	v := verbs.match(w, k+1)
	// A verb that is also a collective noun may be the noun: "các đơn vị
	// trong tổ chức".
	return v != nil && v.tier != tierOpener && v.id == vNone && collectives.match(w, k+1) == nil
}

// verbOK reports whether verb v at token k begins the predicate, ending
// the agency name before it.
func (w *words) verbOK(k int, v *entry) bool {
	if v.tier == tierOpener {
		return true
	}
	if w.capital(k) {
		return false // a word of a name: "Sở Xây dựng", "Ban Chỉ đạo"
	}
	if v.noun {
		return w.nounIsVerb(k, v)
	}
	if v.opensCompound && compoundPairs[[2]string{w.word(k), w.word(k + 1)}] && !w.longVerbAt(k+1) {
		return false // "công trình giao thông"; not "giao thông báo"
	}
	if v.endsLong && longCompounds[[3]string{w.word(k - 2), w.word(k - 1), v.phrase}] {
		return false // "Giáo dục thường xuyên"
	}
	if w.word(k-1) == "là" && collectives.match(w, k) != nil {
		return false // "Các chủ rừng là tổ chức ...": a noun after the copula
	}
	if v.id == vNone && v.len > 1 && w.isWord(k-1) && !w.toks[k-1].cap && !w.syl(k-1).level && w.word(k-1) != "được" && w.word(k) != "được" &&
		adverbs.match(w, k) == nil && w.leadVerbAt(k+v.len) {
		// "Phòng Kế hoạch tổng hợp chủ trì": a verb right before
		// "chủ trì" or "phối hợp" ends the name of the body that leads.
		return false
	}
	if v.id == vLead && w.determinedCollectiveEndsAt(k-1) && w.endsNounPhrase(k+v.len) {
		return false // "phối hợp với các cơ quan chủ trì.": the lead agencies
	}
	if p := k - 1; p >= 0 {
		switch w.toks[p].kind {
		case kWord:
			pw := w.word(p)
			if w.syl(p).blocker && !compoundPairs[[2]string{w.word(p - 1), pw}] {
				return false // "và phát triển"; not "Quân sự chủ trì"
			}
			if v.len == 1 && compoundPairs[[2]string{pw, w.word(k)}] {
				return false
			}
			if w.namesCooperation(p) {
				return false // "Hội đồng Phối hợp phổ biến, giáo dục pháp luật"
			}
			if v.tier == tierNamey && (w.verbEndsAt(p) && !w.sectorVerb(p, k+v.len) || attributeNouns[[2]string{w.word(p - 1), pw}]) {
				// "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Xúc
				// tiến đầu tư", "Viện Nghiên cứu phát triển".
				return false
			}
			if v.tier == tierNamey && w.headEndsAt(p) {
				return false // "Viện nghiên cứu", "Trung tâm xúc tiến"
			}
		case kComma, kDash:
			if v.tier == tierNamey || collectives.match(w, k) != nil {
				return false // "Giám sát, điều hành"; "các cơ quan, tổ chức"
			}
		}
	}
	if v.tier == tierNamey {
		nk := k + v.len
		if w.word(nk) == "và" && w.capital(nk+1) {
			return false // "Đầu tư xây dựng và Phát triển đô thị"
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if w.word(j) == "về" {
				return false // "Ban Chỉ đạo ... về kế hoạch bảo vệ ..."
			}
		}
	}
	return true
}

// namesCooperation reports whether a capitalised "Phối hợp" ends at token
// p, a word of a name: the verb after it is what the body coordinates
// ("Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh"), as "phối hợp"
// takes an object or "với".
func (w *words) namesCooperation(p int) bool {
	if w.word(p) != "hợp" {
		return false // every verb of vCooperate ends with "hợp"
	}
	for n := 2; n <= 3 && n <= p+1; n++ {
		q := p - n + 1
		if v := verbs.match(w, q); v != nil && v.len == n && v.id == vCooperate {
			return w.capital(q)
		}
	}
	return false
}

// nounIsVerb reports whether v at token k, a verb that is also a noun
// ("lãnh đạo"), is a verb here: before its companion verb ("lãnh đạo, chỉ
// đạo"), or after a word that is no determiner or preposition and before
// an agency, "việc" or another verb ("Đảng ủy ... lãnh đạo Ủy ban nhân dân
// tỉnh ..."). After a comma it starts the next agency of a list ("Sở A,
// lãnh đạo các phòng"); before anything else it is a noun ("cán bộ lãnh
// đạo, quản lý").
func (w *words) nounIsVerb(k int, v *entry) bool {
	nk := k + v.len
	if j := nk + 1; w.has(j) && (w.toks[nk].kind == kComma || w.word(nk) == "và") && w.is(j, "chỉ đạo") > 0 {
		return true
	}
	if !w.isWord(k-1) || w.syl(k-1).blocker {
		return false
	}
	if w.word(nk) == "việc" {
		return true
	}
	if x := verbs.match(w, nk); x != nil && (x.tier == tierStrong || x.tier == tierVerb ||
		x.tier == tierNamey && w.properEndsAt(k-1)) {
		return true
	}
	return w.startLen(nk) > 0
}

// properEndsAt reports whether token p ends the proper part of a name: a
// capitalised word in cased text, or a place level ("Ủy ban nhân dân
// tỉnh"). A verb that is also a noun after it is a verb before a verb that
// may be inside names: "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo đầu
// tư ..."; after a common noun it stays a noun ("cán bộ lãnh đạo quản
// lý").
func (w *words) properEndsAt(p int) bool {
	return w.isWord(p) && (placeLevels[w.word(p)] || w.capital(p))
}

// verbEndsAt reports whether a verb of the lexicon ends at token p and
// takes the verb after it as its object, the two being a name or part of
// one: "đầu tư xây dựng", "Xúc tiến đầu tư", "Nghiên cứu phát triển". A
// verb after a determiner, a preposition or "và" is a noun that ends a
// coordinated name, and the verb after it is a predicate: "Sở Kế hoạch và
// Đầu tư xây dựng kế hoạch".
func (w *words) verbEndsAt(p int) bool {
	// The longest verb first: "tạo" alone is a verb, but in "và Đào tạo"
	// it ends "đào tạo", which the "và" before it makes a noun.
	for n := min(3, p+1); n >= 1; n-- {
		q := p - n + 1
		v := verbs.match(w, q)
		if v == nil || v.len != n || v.tier == tierOpener {
			continue
		}
		if n == 1 && compoundPairs[[2]string{w.word(q - 1), w.word(q)}] ||
			v.endsLong && longCompounds[[3]string{w.word(q - 2), w.word(q - 1), v.phrase}] {
			return false
		}
		if m, h := w.headAt(q, true); m == n && h.head.flags&complete != 0 {
			return false // "Tổng cục Thống kê xây dựng ...": a whole name
		}
		return !w.syl(q - 1).blocker
	}
	return false
}

// longVerbAt reports whether a verb of more than one syllable starts at
// token k: "thông báo" after "giao".
func (w *words) longVerbAt(k int) bool {
	v := verbs.match(w, k)
	return v != nil && v.len > 1
}

// sectorVerb reports whether the activity that ends at token p, before
// an activity in lower case that ends at token nk-1, is the whole name
// after a head of sectors (see sectorEndsAt) and the activity after it a
// verb: "Sở Xây dựng kiểm tra, ...". Before a third activity the second
// may still be part of a sector named carelessly ("Sở Giáo dục đào tạo
// xây dựng ...").
func (w *words) sectorVerb(p, nk int) bool {
	return w.sectorEndsAt(p) && verbs.match(w, nk) == nil
}

// sectorEndsAt reports whether token p ends a capitalised verb that is the
// whole name after a head of sectors ("Sở Xây dựng", "Bộ Xây dựng"): such
// a name is complete, and an activity in lower case after it is a verb
// ("Sở Xây dựng kiểm tra ..."), unlike one after the name of a centre
// ("Trung tâm Xúc tiến đầu tư").
func (w *words) sectorEndsAt(p int) bool {
	for n := min(2, p); n >= 1; n-- {
		q := p - n + 1
		if v := verbs.match(w, q); v == nil || v.len != n || !w.capital(q) {
			continue
		}
		m, e := w.headAt(q-1, true)
		return m == 1 && e.head.flags&sector != 0
	}
	return false
}

// determinedCollectiveEndsAt reports whether a collective noun after a
// determiner ("các cơ quan", "những đơn vị") ends at token p.
func (w *words) determinedCollectiveEndsAt(p int) bool {
	for q := max(1, p-2); q <= p; q++ {
		if e := collectives.match(w, q); e != nil && q+e.len-1 == p && w.syl(q-1).determiner {
			return true
		}
	}
	return false
}

// endsNounPhrase reports whether token k, after a word, leaves it the
// end of a noun phrase: the text, the sentence or the bracket ends.
func (w *words) endsNounPhrase(k int) bool {
	if !w.has(k) {
		return true
	}
	switch w.toks[k].kind {
	case kPeriod, kSemi, kClose:
		return true
	}
	return false
}

// headEndsAt reports whether a head word ends at token p and takes the
// verb after it into its name. A head used as a head is capitalised in
// cased text, or follows a determiner, a mark or the start; a head that is
// the last syllable of another word ("Môi trường") or a whole name
// ("Tỉnh đoàn", "Quốc hội") takes nothing. After a determiner only the
// heads that form kinds of bodies with an activity do ("các viện nghiên
// cứu", "các trung tâm xúc tiến"; not "các sở xây dựng").
func (w *words) headEndsAt(p int) bool {
	for n := 5; n >= 1; n-- {
		q := p - n + 1
		if q < 0 {
			continue
		}
		m, e := w.headAt(q, true)
		if m != n {
			continue
		}
		if e.head.flags&complete != 0 {
			return false
		}
		if w.syl(q - 1).determiner {
			return e.head.flags&typed != 0
		}
		return w.toks[q].cap || q == 0 || !w.isWord(q-1) || w.caseless() || w.officeEndsAt(q-1)
	}
	return false
}

// officeEndsAt reports whether a head that takes the name of an agency
// into its own ends at token p: the head after it is that agency's,
// though in lower case ("Trưởng đoàn thanh tra").
func (w *words) officeEndsAt(p int) bool {
	for n := 1; n <= 2 && p-n+1 >= 0; n++ {
		if m, e := w.headAt(p-n+1, true); m == n && e.head.flags&ofName != 0 {
			return true
		}
	}
	return false
}
