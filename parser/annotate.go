package parser

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vnplan/vnplan/agency"
	"github.com/vnplan/vnplan/citation"
	"github.com/vnplan/vnplan/deadline"
	"github.com/vnplan/vnplan/internal/textscan"
	"github.com/vnplan/vnplan/model"
	"github.com/vnplan/vnplan/target"
)

// annotate runs the annotation passes in their declared order: footnotes,
// tasks, references (aliases first, so that later mentions resolve),
// targets and deadlines, and last assignments, which read the deadlines
// of explicit fields and the tables.
//
// The passes that read one node's own text (references, targets,
// deadlines, the assignment clause) run over the nodes in parallel for a
// large document; each node is written by one goroutine only, and the
// diagnostics of each worker are merged afterwards, so the result does not
// depend on scheduling.
func (p *parser) annotate() {
	nodes := p.flatten()
	p.markFields(nodes)
	p.linkFootnotes(nodes)
	p.markTasks(p.doc.Body)
	res := p.aliases(nodes)
	year := p.docYear()
	p.clauses = make([]*clauseResult, len(nodes))
	fields := make([]*model.Assignment, len(nodes))
	own := citation.Normalize(p.doc.Meta.Number)
	p.parallel(len(nodes), func(i int, diags *[]model.Diagnostic) {
		n := nodes[i]
		if info := p.infos[i]; info != nil {
			for _, m := range info.texts() {
				n.References = p.appendRefs(n.References, res, m, own, diags)
			}
			read := readFor(info) // what was read from the text ahead of time
			if !info.looksBack {
				p.targets(n, info, read)
				p.deadlines(n, info, year)
			}
			p.clauses[i] = p.clause(n, info, read)
		}
		// The fields of the children, after the node's own deadlines.
		fields[i] = p.fieldAssignment(n)
	})
	p.carryMergedTimes(nodes)
	for _, m := range p.metaTexts {
		p.doc.Meta.References = p.appendRefs(p.doc.Meta.References, res, m, own, &p.diags)
	}
	for _, f := range p.footnotes {
		f.node.References = p.appendRefs(nil, res, f.text, own, &p.diags)
	}
	p.assignments(fields)
	p.agencies()
}

// flatten returns every node of the body in pre-order, records each
// node's position in it, and lists their infos in p.infos in the same
// order, for the passes that go through the nodes by their position.
func (p *parser) flatten() []*model.Node {
	// Nearly every node has an info: size the lists once.
	out := make([]*model.Node, 0, len(p.info)+1)
	p.infos = make([]*nodeInfo, 0, len(p.info)+1)
	// The nodes in pre-order, as model.Walk gives them; each learns
	// whether a heading of targets is above it.
	var walk func(ns []*model.Node, under bool)
	walk = func(ns []*model.Node, under bool) {
		for _, n := range ns {
			info := p.info[n]
			if info != nil {
				info.index = len(out)
				info.underTargets = under
			}
			out = append(out, n)
			p.infos = append(p.infos, info)
			walk(n.Children, under || n.Kind == model.KindSection && isTargetsHeading(n.Heading))
		}
	}
	walk(p.doc.Body, false)
	return out
}

// isTargetsHeading reports whether a section's heading names its items
// as targets: "I. MỤC TIÊU", "2. Các chỉ tiêu chủ yếu", "Kết quả đầu
// ra". A heading of aims ("MỤC ĐÍCH, YÊU CẦU") does not.
func isTargetsHeading(h string) bool {
	if h == "" {
		return false
	}
	l := strings.ToLower(h)
	return strings.Contains(l, "chỉ tiêu") || strings.Contains(l, "mục tiêu") || strings.Contains(l, "kết quả đầu ra")
}

// parallelMin is the text size from which annotation runs on all cores.
// Below it, a batch of documents already keeps the cores busy.
const parallelMin = 512 << 10

// parallel calls fn for 0..n-1, on several goroutines when the text is
// large. Each call gets a diagnostics slice of its worker; they are
// appended to p.diags in worker order when all calls are done.
func (p *parser) parallel(n int, fn func(i int, diags *[]model.Diagnostic)) {
	workers := runtime.GOMAXPROCS(0)
	if len(p.text) < parallelMin || workers < 2 || n < 64 {
		for i := 0; i < n; i++ {
			fn(i, &p.diags)
		}
		return
	}
	workers = min(workers, 8)
	var next atomic.Int64
	const chunk = 64
	diags := make([][]model.Diagnostic, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					diags[w] = append(diags[w], model.Diagnostic{Severity: model.SeverityError, Code: "internal-error",
						Message: fmt.Sprintf("an annotation pass failed: %v", r)})
				}
			}()
			for {
				start := int(next.Add(chunk)) - chunk
				if start >= n {
					return
				}
				for i := start; i < min(start+chunk, n); i++ {
					fn(i, &diags[w])
				}
			}
		}(w)
	}
	wg.Wait()
	for _, d := range diags {
		p.diags = append(p.diags, d...)
	}
}

// markTasks sets Task on the actionable nodes of the body: items,
// paragraphs, numbered paragraphs with a body, and rows of tables that
// list tasks. Annex notes and headings are not tasks, nor is what a
// section of aims says ("I. MỤC ĐÍCH, YÊU CẦU", "1. Quan điểm chỉ
// đạo"): it states purposes and requirements, not work for an agency.
// The nodes are independent of each other, so a large document is
// marked on all cores.
func (p *parser) markTasks(ns []*model.Node) {
	todo := make([]*model.Node, 0, len(p.nodes))
	var collect func(ns []*model.Node)
	collect = func(ns []*model.Node) {
		for i, n := range ns {
			if n.Kind == model.KindSection && isReviewHeading(n.Heading) {
				// What it reports was reached, not set: its numbers are
				// results and its dates past, no targets or deadlines.
				model.Walk([]*model.Node{n}, func(m *model.Node) bool {
					if info := p.info[m]; info != nil {
						info.looksBack = true
					}
					return true
				})
				continue // its nodes keep Task false
			}
			if n.Kind == model.KindSection && (isAimsHeading(n.Heading) || isArrangementHeading(n.Heading)) {
				// Its nodes keep Task false; its tables keep the roles
				// of their columns, so that a schedule's rows keep
				// their times and a table of indicators its targets.
				model.Walk(n.Children, func(m *model.Node) bool {
					if m.Kind == model.KindTable {
						p.tableColumns(m)
					}
					return m.Kind != model.KindTable
				})
				continue
			}
			if introducesItems(ns, i) {
				if info := p.info[n]; info != nil {
					info.leadIn = true
				}
				continue // the items are the tasks
			}
			if introducesTable(ns, i) {
				continue // the rows are the tasks
			}
			todo = append(todo, n)
			if n.Kind != model.KindTable {
				collect(n.Children)
			}
		}
	}
	collect(ns)
	p.parallel(len(todo), func(i int, _ *[]model.Diagnostic) { p.markTask(todo[i]) })
}

// introducesItems reports whether the node ns[i] is a paragraph that
// ends with a colon and introduces the items or points right after it:
// "Sở Nông nghiệp và Môi trường:", "Sở Y tế chủ trì, phối hợp với các địa
// phương:", "Yêu cầu các đơn vị thực hiện các nhiệm vụ sau:" before "a)
// …". The items and points are the tasks; the paragraph assigns the
// items (points name their own agencies).
func introducesItems(ns []*model.Node, i int) bool {
	n := ns[i]
	return n.Kind == model.KindParagraph && len(n.Children) == 0 && i+1 < len(ns) &&
		(ns[i+1].Kind == model.KindItem || ns[i+1].Kind == model.KindSection) &&
		strings.HasSuffix(strings.TrimRight(n.Text, " *_"), ":")
}

// isTaskHeading reports whether the section n, with a heading and nothing
// under it, is a task written without its final full stop: "a) Sở Y tế
// chủ trì triển khai …, hoàn thành trong quý III" reads as a heading
// only because it does not end a sentence. Its heading names an agency
// first, or is longer than headings are; upper-case titles, lines that
// open a list and fields ("a) Cơ quan chủ trì: Sở Nội vụ") are not.
func (p *parser) isTaskHeading(n *model.Node) bool {
	h := n.Heading
	if n.Text != "" || h == "" || len(n.Children) > 0 || n.Numbering == model.NumberingAnnex ||
		isUpperText(h) || strings.HasSuffix(h, ":") || isStatement(h) || p.isFieldText(n, h) {
		return false
	}
	return runeCount(h) > maxHeadingRunes || agency.IsAgencyStart(h)
}

// maxHeadingRunes is the length past which a section's line without a
// full stop is taken for a sentence rather than a heading.
const maxHeadingRunes = 100

// introducesTable reports whether the node ns[i] is a paragraph that
// ends with a colon and introduces the table right after it: "Các nhiệm
// vụ cụ thể được phân công tại bảng sau:". The rows name their own work
// and agencies.
func introducesTable(ns []*model.Node, i int) bool {
	n := ns[i]
	return n.Kind == model.KindParagraph && len(n.Children) == 0 && i+1 < len(ns) && ns[i+1].Kind == model.KindTable &&
		strings.HasSuffix(strings.TrimRight(n.Text, " *_"), ":")
}

// isAnnexPointer reports whether s, all in brackets, only points to
// where the details are: "(Chi tiết tại biểu kèm theo)", "(chi tiết Phụ
// lục 02 đính kèm)". It asks nothing of anyone.
func isAnnexPointer(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".;")
	if len(s) > 160 || !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") || strings.Count(s, "(") != 1 {
		return false
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "chi tiết") || strings.Contains(l, "kèm theo") || strings.Contains(l, "đính kèm")
}

// isAimsHeading reports whether h heads a section of aims: it names only
// purposes ("mục đích"), requirements ("yêu cầu") or viewpoints ("quan
// điểm", "quan điểm chỉ đạo"), in any case, joined by commas or "và".
func isAimsHeading(h string) bool {
	if h == "" || len(h) > 64 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return r == ' ' || r == ',' || r == ':' || r == '.' || r == '*' || r == '_'
	})
	aims := 0
	for i := 0; i < len(words); i++ {
		if words[i] == "và" {
			continue
		}
		if i+1 == len(words) {
			return false
		}
		switch words[i] + " " + words[i+1] {
		case "mục đích", "yêu cầu", "quan điểm":
			aims++
		case "chỉ đạo":
			if aims == 0 {
				return false
			}
		default:
			return false
		}
		i++
	}
	return aims > 0
}

// isArrangementHeading reports whether h heads a section that describes
// how an event or an inspection is arranged rather than who is to do
// what: its time and place, who takes part, its programme, what and whom
// it inspects ("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "III. CHƯƠNG TRÌNH
// BUỔI LỄ", "NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "THÀNH PHẦN ĐOÀN
// KIỂM TRA"). Each of its parts, joined by commas or "và", must name such
// an arrangement; the time ("thời gian"), the contents ("nội dung") and
// the programme ("chương trình") only where the heading names the event
// or the inspection, or another arrangement, since "THỜI GIAN THỰC
// HIỆN", "NỘI DUNG" and "CHƯƠNG TRÌNH HÀNH ĐỘNG" head lists of tasks.
func isArrangementHeading(h string) bool {
	h = strings.TrimSpace(trimMarks(h))
	if h == "" || len(h) > 120 {
		return false
	}
	// Most headings start with another word: look at the first ones.
	var buf [32]byte
	first := string(textscan.AppendLower(buf[:0], h[:min(len(h), 24)]))
	if !startsWithAny(first, arrangementNouns) && !startsWithAny(first, arrangementTimes) {
		return false
	}
	l := strings.ToLower(strings.TrimRight(h, ".: "))
	event := containsAny(l, arrangedEvents)
	firm := 0
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(l, " và ", ","), func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.TrimSpace(part)
		switch {
		case startsWithAny(part, arrangementNouns):
			firm++
		case startsWithAny(part, arrangementTimes):
			if containsAny(part, []string{"thực hiện", "tiến độ", "lộ trình"}) {
				return false
			}
		default:
			return false
		}
	}
	return firm > 0 || event
}

// arrangementNouns name the parts of the arrangements of an event or an
// inspection that are never lists of tasks; arrangementTimes those that
// may be (see isArrangementHeading).
var (
	arrangementNouns = []string{"địa điểm", "thành phần", "hình thức", "quy mô", "đối tượng", "phạm vi"}
	arrangementTimes = []string{"thời gian", "nội dung", "chương trình"}
	arrangedEvents   = []string{"kiểm tra", "thanh tra", "giám sát", "khảo sát", "buổi lễ", "lễ kỷ niệm",
		"hội nghị", "hội thi", "hội thảo", "hội diễn", "làm việc", "tọa đàm", "diễn tập"}
)

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isStatement reports whether s states a fact of the document rather
// than work for anyone: when it comes into force ("Quyết định này có
// hiệu lực kể từ ngày ký", "… thông qua ngày … và có hiệu lực từ ngày
// …"), where its tasks are listed ("Các nhiệm vụ cụ thể … được nêu tại
// Phụ lục kèm theo"), where its money comes from ("Kinh phí thực hiện
// Kế hoạch được bố trí từ …", "Nguồn kinh phí: …"), that it issues the
// plan attached ("Ban hành kèm theo Quyết định này Kế hoạch …"), or the
// closing formula on difficulties met on the way ("Trong quá trình thực
// hiện, nếu có khó khăn, vướng mắc, … kịp thời báo cáo …"). A body that
// is to find the money, "Sở Tài chính bố trí kinh phí", is a task.
func isStatement(s string) bool {
	if len(s) > 600 {
		return false
	}
	if startsWithAny(s, fundingSubjects) || strings.HasPrefix(s, "Ban hành kèm theo") {
		return true
	}
	if strings.HasPrefix(s, "Trong quá trình") && (strings.Contains(s, "khó khăn") || strings.Contains(s, "vướng mắc") ||
		strings.Contains(s, "phát sinh") || strings.Contains(s, "sửa đổi, bổ sung") || strings.Contains(s, "điều chỉnh")) {
		// The closing formula: "Trong quá trình thực hiện, nếu có khó
		// khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo …".
		return true
	}
	if k := strings.Index(s, "có hiệu lực"); k >= 0 {
		rest := s[k+len("có hiệu lực"):]
		if strings.HasPrefix(rest, " kể từ") || strings.HasPrefix(rest, " từ") || strings.HasPrefix(rest, " thi hành") {
			return true
		}
	}
	for _, w := range [...]string{"được nêu tại Phụ lục", "được nêu tại phụ lục", "chi tiết tại Phụ lục", "chi tiết tại phụ lục", "được quy định tại Phụ lục"} {
		if strings.Contains(s, w) && (!strings.Contains(s, "chủ trì") || startsWithAny(s, listSubjects)) {
			return true
		}
	}
	return false
}

// fundingSubjects open a sentence about where money comes from.
var fundingSubjects = []string{"Kinh phí", "Nguồn kinh phí", "Nguồn vốn"}

// listSubjects open a sentence about what a list holds: "Các nhiệm vụ cụ
// thể, đơn vị chủ trì … được nêu tại Phụ lục".
var listSubjects = []string{"Các nhiệm vụ", "Nhiệm vụ", "Danh mục", "Chi tiết", "Các chỉ tiêu", "Chỉ tiêu", "Nội dung"}

// startsWithAny reports whether s starts with one of prefixes.
func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// reviewHeads open the headings of the parts of a plan that look back:
// results, assessments, the situation, shortcomings and their causes.
var reviewHeads = []string{
	"KẾT QUẢ THỰC HIỆN", "KẾT QUẢ ĐẠT ĐƯỢC", "KẾT QUẢ TRIỂN KHAI", "ĐÁNH GIÁ",
	"TÌNH HÌNH THỰC HIỆN", "TÌNH HÌNH TRIỂN KHAI", "THỰC TRẠNG", "TỒN TẠI", "HẠN CHẾ",
	"KHÓ KHĂN", "NGUYÊN NHÂN", "BÀI HỌC KINH NGHIỆM", "BỐI CẢNH",
}

// isReviewHeading reports whether h, in capitals as the parts of a plan
// are headed, heads a part that looks back ("PHẦN THỨ NHẤT" / "KẾT QUẢ
// THỰC HIỆN NĂM 2025", "I. ĐÁNH GIÁ TÌNH HÌNH", "THỰC TRẠNG"): what it
// reports is done, not work to do. A heading in sentence case looks back
// only when it is such a heading alone, or before its time or another
// of them ("1. Đánh giá chung", "Kết quả thực hiện năm 2025", "Tồn tại,
// hạn chế và nguyên nhân"); "3. Đánh giá tác động của chính sách" or
// "Hạn chế tối đa …" is a task like any other.
func isReviewHeading(h string) bool {
	h = strings.TrimSpace(trimMarks(h))
	if h == "" || len(h) > 200 {
		return false
	}
	switch r := firstRune(h); r {
	case 'K', 'k', 'Đ', 'đ', 'T', 't', 'H', 'h', 'N', 'n', 'B', 'b':
		// The first letters of reviewHeads: most headings start with
		// another and are passed over.
	default:
		return false
	}
	if isUpperText(h) {
		return startsWithAny(h, reviewHeads)
	}
	up := strings.ToUpper(h)
	for _, head := range reviewHeads {
		if !strings.HasPrefix(up, head) {
			continue
		}
		rest := strings.TrimRight(up[len(head):], ".:")
		if rest == "" || startsWithAny(rest, reviewGoesOn) {
			return true
		}
	}
	return false
}

// reviewGoesOn are what may follow a heading of reviewHeads in sentence
// case: its time, another such heading, or "chung" (general).
var reviewGoesOn = []string{",", ";", " VÀ ", " NĂM ", " GIAI ĐOẠN", " CHUNG", " TRONG ", " QUÝ ", " THÁNG ", " 6 THÁNG", " 9 THÁNG"}

// markTask sets Task on n, and on its rows when n is a table.
func (p *parser) markTask(n *model.Node) {
	switch n.Kind {
	case model.KindItem, model.KindParagraph:
		n.Task = n.Text != "" && !isClosingParagraph(n.Text) && !p.isFieldText(n, n.Text) && !isAnnexPointer(n.Text) && !isStatement(n.Text)
	case model.KindSection:
		n.Task = n.Text != "" && n.Numbering != model.NumberingAnnex && !p.isFieldText(n, n.Text) && !isStatement(n.Text) || p.hasFieldChild(n) || p.isTaskHeading(n)
	case model.KindTable:
		tb := p.tableColumns(n)
		task := false
		for _, r := range tb.roles {
			switch agency.Role(r) {
			case agency.RoleTask, agency.RoleLead, agency.RoleExecutor:
				task = true
			}
		}
		for _, r := range n.Children {
			r.Task = task && (rowHasContent(r) || namesWorkAndLead(r, tb.roles))
		}
	}
}

// tableColumns reads the roles of the columns of table n from its header,
// and which of them give targets (see valueColumns), and returns the
// table.
func (p *parser) tableColumns(n *model.Node) *table {
	tb := p.info[n].table
	tb.roles = make([]int, len(n.Header))
	for i, h := range n.Header {
		tb.roles[i] = int(agency.ColumnRole(h))
	}
	tb.values, tb.periods = valueColumns(n.Header, tb.roles, p.docYear())
	return tb
}

// leadsItself reports whether n is a row of a table with a column of
// leads: a row with none names no task of the section above, but a group
// of the table ("I | GIAI ĐOẠN 1").
func (p *parser) leadsItself(n *model.Node) bool {
	if n.Kind != model.KindRow {
		return false
	}
	tb := p.tableOf(n)
	if tb == nil {
		return false
	}
	for _, r := range tb.roles {
		if agency.Role(r) == agency.RoleLead || agency.Role(r) == agency.RoleExecutor {
			return true
		}
	}
	return false
}

// closingText reports whether n is a paragraph or item that closes the
// document, "Trên đây là ...", which no one is asked to do.
func closingText(n *model.Node) bool {
	return (n.Kind == model.KindParagraph || n.Kind == model.KindItem) && isClosingParagraph(n.Text)
}

// isField reports whether s is an explicit field of a task, such as
// "Cơ quan chủ trì: Sở Nội vụ", which describes its parent.
func isField(s string) bool {
	_, ok := agency.ParseField(s)
	return ok
}

// hasFieldChild reports whether one of n's children is an explicit field:
// n is then the task the fields describe.
func (p *parser) hasFieldChild(n *model.Node) bool {
	for _, c := range n.Children {
		if c.Kind != model.KindTable && c.Kind != model.KindRow && p.isFieldText(c, c.Heading+c.Text) {
			if f, ok := agency.ParseField(c.Heading + c.Text); ok && f.Role == agency.RoleFunding {
				continue // "Tổng kinh phí dự kiến: …" under "KINH PHÍ THỰC HIỆN" asks nothing
			}
			return true
		}
	}
	return false
}

// markFields records, on all cores for a large document, which nodes'
// texts are explicit fields: markTasks, the clauses and the fields of
// each node's points ask it of the same texts again.
func (p *parser) markFields(nodes []*model.Node) {
	p.nodes = nodes
	p.fieldText = make([]bool, len(nodes))
	p.parallel(len(nodes), func(i int, _ *[]model.Diagnostic) {
		if info := p.infos[i]; info != nil && info.text.s != "" {
			p.fieldText[i] = isField(info.text.s)
		}
	})
}

// isFieldText is isField(s) for s, a text of node n, answered from
// markFields when s is the node's own text.
func (p *parser) isFieldText(n *model.Node, s string) bool {
	return p.isInfoField(n, p.info[n], s)
}

// isInfoField is isFieldText for a node whose info is at hand.
func (p *parser) isInfoField(n *model.Node, info *nodeInfo, s string) bool {
	if info != nil && info.index < len(p.nodes) && p.nodes[info.index] == n && sameString(s, info.text.s) {
		return p.fieldText[info.index]
	}
	return isField(s)
}

// rowHasContent reports whether a row holds more than an index or a group
// title: at least two non-empty cells.
func rowHasContent(r *model.Node) bool {
	n := 0
	for _, c := range r.Cells {
		if strings.Trim(c, "*_ -") != "" {
			n++
		}
	}
	return n >= 3
}

// namesWorkAndLead reports whether row r of a table whose columns have
// roles fills both a task column and a lead column: a task whose other
// cells, such as its time, are merged with the row above.
func namesWorkAndLead(r *model.Node, roles []int) bool {
	work, lead := false, false
	for i, c := range r.Cells {
		if i >= len(roles) || strings.Trim(c, "*_ -") == "" {
			continue
		}
		switch agency.Role(roles[i]) {
		case agency.RoleTask:
			work = true
		case agency.RoleLead, agency.RoleExecutor:
			lead = true
		}
	}
	return work && lead
}

// docYear returns the year of the document's date, or 0.
func (p *parser) docYear() int {
	if d := p.doc.Meta.Date; len(d) >= 4 {
		y, _ := strconv.Atoi(d[:4])
		return y
	}
	return 0
}

// span returns the source span of m.s[start:end].
func (m mapped) span(start, end int) model.Span {
	s := m.srcOffset(start)
	e := s
	if end > start {
		e = m.srcOffset(end-1) + 1
	}
	return offSpan(s, e)
}

// texts returns the texts of a node that annotations are read from: its
// heading or text, or the cells of a row.
func (info *nodeInfo) texts() []mapped {
	if len(info.cells) > 0 {
		return info.cells
	}
	if info.text.s == "" {
		return nil
	}
	return []mapped{info.text}
}

// aliases finds the short names the document defines for other
// documents, records them in the metadata, and returns the resolver that
// turns later mentions into citations.
func (p *parser) aliases(nodes []*model.Node) *citation.Resolver {
	// The definitions in each text, found on all cores for a large
	// document, then taken in document order.
	type found struct {
		m  mapped
		as []citation.Alias
	}
	find := func(m mapped) []citation.Alias {
		if !strings.Contains(m.s, " là ") {
			return nil // every definition says "viết tắt là", "gọi tắt là" ...
		}
		return citation.FindAliases(m.s)
	}
	perNode := make([][]found, len(nodes))
	p.parallel(len(nodes), func(i int, _ *[]model.Diagnostic) {
		if info := p.infos[i]; info != nil {
			for _, m := range info.texts() {
				if as := find(m); len(as) > 0 {
					perNode[i] = append(perNode[i], found{m, as})
				}
			}
		}
	})
	var aliases []citation.Alias
	seen := make(map[citation.Alias]bool)
	add := func(m mapped, as []citation.Alias) {
		for _, a := range as {
			p.doc.Meta.Aliases = append(p.doc.Meta.Aliases, model.Alias{Short: a.Short, Number: a.Number, Span: m.span(a.Start, a.End)})
			// A short name defined again for the same number resolves the
			// same way: the resolver needs it once.
			key := citation.Alias{Short: a.Short, Number: a.Number}
			if !seen[key] {
				seen[key] = true
				aliases = append(aliases, a)
			}
		}
	}
	for _, m := range p.metaTexts {
		add(m, find(m))
	}
	for _, fs := range perNode {
		for _, f := range fs {
			add(f.m, f.as)
		}
	}
	return citation.NewResolver(aliases)
}

// appendRefs appends to out the documents cited in m, leaving out the
// document's own number; a citation with a blank number is reported in
// diags.
func (p *parser) appendRefs(out []model.Reference, res *citation.Resolver, m mapped, own string, diags *[]model.Diagnostic) []model.Reference {
	cs := res.Find(m.s)
	for _, c := range cs {
		// A footnote marker fused to a citation is no part of it.
		if p.endsWithLabel(c.Ref.Number) || p.endsWithLabel(c.Ref.Issuer) {
			if s := p.withoutMarkers(m.s); s != m.s {
				cs = res.Find(s)
			}
			break
		}
	}
	for _, c := range cs {
		if c.Incomplete {
			at := m.srcOffset(c.Start)
			*diags = append(*diags, model.Diagnostic{Severity: model.SeverityInfo, Code: "incomplete-citation",
				Message: "a citation has no number: " + quote(c.Ref.Text), Span: offSpan(at, at)})
			continue
		}
		if c.Ref.Number == "" || (own != "" && c.Ref.Number == own) {
			continue
		}
		r := c.Ref
		r.Span = m.span(c.Start, c.End)
		out = append(out, r)
	}
	return out
}

// endsWithLabel reports whether s ends with the label of a footnote
// fused to a letter: "NQ-HĐND3", "Trung ương Đảng1".
func (p *parser) endsWithLabel(s string) bool {
	if len(p.fnLabels) == 0 {
		return false
	}
	k := len(s)
	for k > 0 && len(s)-k < 3 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k == len(s) || k == 0 {
		return false
	}
	return isLetter(lastRune(s[:k])) && p.fnLabels[strings.TrimLeft(s[k:], "0")]
}

// withoutMarkers returns s with its footnote markers blanked out, byte
// for byte, so that a marker fused to a citation ("Nghị quyết số
// 15/2024/NQ-HĐND3", "… của Ban Chấp hành Trung ương Đảng1") is no part
// of its number or issuer. It returns s itself when it holds none, as
// most texts do.
func (p *parser) withoutMarkers(s string) string {
	if len(p.fnLabels) == 0 {
		return s
	}
	mks := findMarkers(s, p.layout.fnMarkers, p.fnLabels)
	if len(mks) == 0 {
		return s
	}
	b := []byte(s)
	for _, mk := range mks {
		for k := mk.start; k < mk.end; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// targets finds the numeric commitments of a node. In a table of
// indicators, the value column gives the target, the unit column its unit
// and the indicator column its metric.
func (p *parser) targets(n *model.Node, info *nodeInfo, read *aheadJob) {
	if n.Kind == model.KindRow {
		if p.rowTargets(n, info) {
			return
		}
		defer func() { n.Targets = withoutBareRepeats(n.Targets) }()
	}
	for _, m := range info.texts() {
		var found []target.Match
		switch {
		case info.underTargets && !(n.Kind == model.KindSection && info.heading && n.Text == ""):
			// An item of a list of indicators: "Diện tích gieo trồng
			// 230.000 ha" needs no verb.
			found = target.FindIndicators(m.s)
		case read != nil:
			found = read.targets // read from this very text, the node's only one
		default:
			found = target.Find(m.s)
		}
		for _, t := range found {
			tg := t.Target
			tg.Span = m.span(t.Start, t.End)
			tg.Metric = metricWithoutAgency(tg.Metric)
			n.Targets = append(n.Targets, tg)
		}
	}
}

// valueColumns returns the columns of a table of indicators that give
// targets, with the period each is set for: the columns of targets ("Mục
// tiêu", "Năm 2025", "Kế hoạch năm 2026") and those named by a year or a
// period alone ("2026", "Giai đoạn 2026 - 2030"), whose header gives the
// period; or, with none of them, the first column of results. A table
// of indicators has a column of indicators or units and none of tasks;
// columns of leads and times may be there. It returns nil for other
// tables.
func valueColumns(header []string, roles []int, year int) ([]int, []string) {
	indicators, task, result := false, false, -1
	for i, r := range roles {
		switch agency.Role(r) {
		case agency.RoleIndicator, agency.RoleUnit:
			indicators = true
		case agency.RoleTask:
			task = true
		case agency.RoleResult:
			if result < 0 {
				result = i
			}
		}
	}
	if !indicators || task {
		return nil, nil
	}
	var cols []int
	var periods []string
	for i, r := range roles {
		period := ""
		if ms := deadline.ParseCellAll(header[i], year); len(ms) == 1 && ms[0].Deadline.Date == "" {
			period = ms[0].Deadline.Period
		}
		switch {
		case agency.Role(r) == agency.RoleTarget:
		case agency.Role(r) == agency.RoleOther && period != "" && isPeriodName(header[i]):
		default:
			continue
		}
		cols, periods = append(cols, i), append(periods, period)
	}
	if len(cols) == 0 && result >= 0 {
		return []int{result}, []string{""}
	}
	if len(cols) == 1 {
		periods[0] = "" // one column: the table's own time, if any, is the plan's
	}
	return cols, periods
}

// isPeriodName reports whether a column's header names only a time: a
// year, or a period in words and numbers ("2026", "Năm 2030", "Giai
// đoạn 2026 - 2030", "Đến năm 2030").
func isPeriodName(h string) bool {
	for _, r := range h {
		if isDigit(r) || r == ' ' || r == '-' || r == '–' || r == '/' || r == '*' {
			continue
		}
		if !isLowerLetter(r) && !isUpperLetter(r) {
			return false
		}
	}
	l := strings.ToLower(strings.Trim(h, "* "))
	for _, w := range []string{"năm", "giai đoạn", "đến", "thời kỳ", "-", "–", "/"} {
		l = strings.ReplaceAll(l, w, " ")
	}
	return strings.Trim(l, "0123456789 ") == "" && strings.ContainsAny(l, "0123456789")
}

// breaksAsSemicolons returns cell with its HTML line breaks ("<br>",
// "<br/>"), which separate the names a web table lists in one cell, as
// semicolons.
func breaksAsSemicolons(cell string) string {
	if !strings.Contains(cell, "<") {
		return cell
	}
	var b strings.Builder
	for i := 0; i < len(cell); i++ {
		if n := lineBreakTag(cell[i:]); n > 0 {
			b.WriteString("; ")
			i += n - 1
			continue
		}
		b.WriteByte(cell[i])
	}
	return b.String()
}

// metricWithoutAgency returns metric without the agency that opens it, the
// subject of the sentence rather than what is measured: "Hội Liên hiệp
// Phụ nữ xã" (of "… duy trì 12 mô hình") names nothing measured, and "Sở
// Xây dựng tham mưu nâng tỷ lệ đô thị hóa" measures "tỷ lệ đô thị hóa".
// The verbs of a target that open what is left ("nâng", "tăng", "đạt")
// go too.
func metricWithoutAgency(metric string) string {
	if r, _ := utf8.DecodeRuneInString(metric); !isUpperLetter(r) || !agency.IsAgencyStart(metric) {
		return metric // names of bodies start with a capital
	}
	c, ok := agency.ParseClause(metric)
	if !ok || len(c.Lead) == 0 {
		return metric
	}
	rest := strings.TrimSpace(c.Action)
	for again := true; again; {
		again = false
		for _, v := range targetVerbs {
			if r, ok := strings.CutPrefix(rest, v+" "); ok {
				rest, again = strings.TrimSpace(r), true
			}
		}
	}
	return rest
}

// targetVerbs open the clause of a target before what it measures, after
// the verbs of an agency that proposes or acts on its own ("tham mưu").
var targetVerbs = []string{"tham mưu", "chủ động", "nâng", "tăng", "giảm", "đạt", "duy trì", "phấn đấu", "bảo đảm", "đảm bảo", "nâng cao"}

// withoutBareRepeats drops from the targets of a task table's row those
// read from its output cell alone that the row's text gives again with a
// metric: "100% kết quả được số hóa" is one target, not one with its
// metric and one without.
func withoutBareRepeats(tgs []model.Target) []model.Target {
	out := tgs[:0]
	for i, t := range tgs {
		repeated := false
		for j := range tgs {
			u := &tgs[j]
			if j != i && t.Metric == "" && u.Metric != "" && t.Comparator == u.Comparator && t.Unit == u.Unit &&
				eqFloat(t.Value, u.Value) && eqFloat(t.Min, u.Min) && eqFloat(t.Max, u.Max) &&
				u.Span.Start.Offset >= t.Span.Start.Offset && u.Span.End.Offset <= t.Span.End.Offset {
				repeated = true
				break
			}
		}
		if !repeated {
			out = append(out, t)
		}
	}
	return out
}

// eqFloat reports whether two optional numbers are equal.
func eqFloat(a, b *float64) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// rowTargets reads the targets of a table row and reports whether the
// table is one of indicators (see valueColumns). In an indicator table
// each value column gives a target, set for the period its header names
// when there are several, the unit column its unit and the indicator
// column its metric. In a task table the output column ("Sản phẩm",
// "Đầu ra", "Kết quả") states quantities as results ("150.000 ha rừng ...
// được trồng"), and the other cells are read as text.
func (p *parser) rowTargets(n *model.Node, info *nodeInfo) bool {
	tb := p.tableOf(n)
	if tb == nil {
		return false
	}
	unit, metric, product, value := -1, -1, -1, -1
	for i, r := range tb.roles {
		switch agency.Role(r) {
		case agency.RoleProduct:
			product = i
		case agency.RoleTarget, agency.RoleResult:
			if value < 0 {
				value = i
			}
		case agency.RoleUnit:
			unit = i
		case agency.RoleIndicator:
			metric = i
		}
	}
	if tb.values == nil {
		if product < 0 && agency.Role(roleAt(tb, value)) == agency.RoleResult {
			product = value
		}
		if product >= 0 && product < len(info.cells) {
			c := info.cells[product]
			for _, tg := range target.ParseValues(c.s) {
				tg.Span = c.span(0, len(c.s))
				n.Targets = append(n.Targets, tg)
			}
		}
		return false
	}
	for k, col := range tb.values {
		if col >= len(info.cells) {
			continue
		}
		c := info.cells[col]
		vals := target.ParseValues(c.s)
		if len(vals) == 0 {
			// A value in words: "Thuộc nhóm 20 tỉnh dẫn đầu".
			for _, m := range target.Find(c.s) {
				m.Target.Span = c.span(m.Start, m.End)
				vals = append(vals, m.Target)
			}
		}
		for _, tg := range vals {
			if tg.Unit == "" && unit >= 0 && unit < len(n.Cells) {
				tg.Unit = strings.Trim(n.Cells[unit], "*_ ")
				if r := target.ParseValues(c.s + " " + tg.Unit); len(vals) == 1 && len(r) == 1 && len(r[0].Unit) < len(tg.Unit) && strings.HasSuffix(tg.Unit, " "+r[0].Unit) {
					// A unit with a scale word, "tỷ đồng": the value
					// in đồng, as in the text.
					tg.Value, tg.Min, tg.Max, tg.Unit = r[0].Value, r[0].Min, r[0].Max, r[0].Unit
				}
			}
			if metric >= 0 && metric < len(n.Cells) {
				tg.Metric = strings.Trim(n.Cells[metric], "*_ ")
			}
			if tg.Span == (model.Span{}) {
				tg.Span = c.span(0, len(c.s))
			}
			tg.Period = tb.periods[k]
			n.Targets = append(n.Targets, tg)
		}
	}
	return true
}

// roleAt returns the role of column i of a table, or RoleOther.
func roleAt(tb *table, i int) int {
	if i < 0 || i >= len(tb.roles) {
		return int(agency.RoleOther)
	}
	return tb.roles[i]
}

// tableOf returns the table a row belongs to.
func (p *parser) tableOf(row *model.Node) *table {
	info := p.info[row]
	if info == nil || info.parent == nil {
		return nil
	}
	if ti := p.info[info.parent]; ti != nil {
		return ti.table
	}
	return nil
}

// cellDeadlines reads the times of a table cell or field value: one,
// spanning the whole cell, or several ("Năm 2025; Năm 2030"), each
// spanning its own words.
func cellDeadlines(cell string, year int) []deadline.Match {
	ms := deadline.ParseCellAll(cell, year)
	if len(ms) == 1 {
		ms[0].Start, ms[0].End = 0, len(cell)
	}
	return ms
}

// deadlines finds the deadlines of a node; in a task table the time
// column is read as a bare time expression.
func (p *parser) deadlines(n *model.Node, info *nodeInfo, year int) {
	if n.Kind == model.KindRow {
		if tb := p.tableOf(n); tb != nil {
			for i, r := range tb.roles {
				if (agency.Role(r) == agency.RoleTime || agency.Role(r) == agency.RoleDeadline) && i < len(info.cells) {
					c := info.cells[i]
					for _, m := range cellDeadlines(c.s, year) {
						m.Deadline.Span = c.span(m.Start, m.End)
						n.Deadlines = append(n.Deadlines, m.Deadline)
					}
				}
			}
			if len(n.Deadlines) > 0 {
				return
			}
		}
	}
	for _, m := range info.texts() {
		for _, d := range deadline.Find(m.s, year) {
			dl := d.Deadline
			dl.Span = m.span(d.Start, d.End)
			n.Deadlines = append(n.Deadlines, dl)
		}
	}
}

// carryMergedTimes gives each task row of a task table whose time cell
// is empty the deadlines of the row just above it, when that row has
// some: a time cell merged over several rows in the word processor is
// written in the first of them only ("10-11/2019" / "" / ""). It does so
// where the time column comes before the task column, as a column that
// groups the rows does. A row that
// is no task, or has no deadline, ends the merge ("2 | Thẩm định ...").
// The deadlines keep the span of the cell where the time is written.
func (p *parser) carryMergedTimes(nodes []*model.Node) {
	for _, n := range nodes {
		if n.Kind != model.KindTable {
			continue
		}
		info := p.info[n]
		if info == nil || info.table == nil {
			continue
		}
		col, work := -1, -1
		for i, r := range info.table.roles {
			switch agency.Role(r) {
			case agency.RoleTime, agency.RoleDeadline:
				if col < 0 {
					col = i
				}
			case agency.RoleTask:
				if work < 0 {
					work = i
				}
			}
		}
		if col < 0 || work < col {
			// Only a time column left of the tasks groups them; an empty
			// time at the right gives no time.
			continue
		}
		var above []model.Deadline
		for _, r := range n.Children {
			switch {
			case r.Kind != model.KindRow:
				above = nil
			case len(r.Deadlines) > 0:
				above = r.Deadlines
			case r.Task && above != nil && (col >= len(r.Cells) || strings.TrimSpace(r.Cells[col]) == ""):
				r.Deadlines = append([]model.Deadline(nil), above...)
			default:
				above = nil
			}
		}
	}
}

// lead is an assignment in force while walking the tree.
type lead struct {
	a    *model.Assignment
	from string
}

// clauseResult is what a node names as lead and cooperating agencies.
type clauseResult struct {
	a *model.Assignment
}

// clause reads what node n names as lead and cooperating agencies; it
// only reads n, so it may run in parallel with other nodes.
func (p *parser) clause(n *model.Node, info *nodeInfo, read *aheadJob) *clauseResult {
	a := p.ownAssignment(n, info, read)
	if a == nil {
		return nil
	}
	return &clauseResult{a: a}
}

// assignments gives every task node the agencies that lead and cooperate
// on it: from its own text, from the explicit fields of its points, from
// the columns of a task table, or inherited from the nearest ancestor
// that names a lead. fields holds what the explicit fields of each node's
// points assign (see fieldAssignment), by node in flatten's order.
//
// What a node inherits comes from its ancestors only, so the top-level
// subtrees are walked on all cores for a large document.
func (p *parser) assignments(fields []*model.Assignment) {
	// An official letter asks its addressees to do what it lists.
	var top lead
	if m := &p.doc.Meta; m.DocType == "Công văn" && len(m.Addressees) > 0 {
		var names []string
		for _, a := range m.Addressees {
			names = append(names, agency.Split(a)...)
		}
		top.a = &model.Assignment{Lead: names, Request: asksAddressees(m.Preamble)}
	}
	// The keys of every name that can be assigned, so that the walks
	// only read them.
	p.learnKeys(top.a)
	for i := range fields {
		if c := p.clauses[i]; c != nil {
			p.learnKeys(c.a)
		}
		p.learnKeys(fields[i])
	}
	// Where each top-level subtree starts in flatten's order.
	roots := p.doc.Body
	starts := make([]int, len(roots))
	at := 0
	for i, r := range roots {
		starts[i] = at
		model.Walk([]*model.Node{r}, func(*model.Node) bool { at++; return true })
	}
	p.parallel(len(roots), func(i int, _ *[]model.Diagnostic) {
		w := assignWalk{fields: fields, at: starts[i]}
		p.assignTree(roots[i:i+1], top, &w)
	})
}

// asksAddressees reports whether the opening of a letter asks rather than
// orders: "Bộ ... kính đề nghị Ủy ban nhân dân các tỉnh ...", as a body
// writes to those it does not command. "Xét đề nghị của ..." cites a
// proposal and does not count.
func asksAddressees(preamble []string) bool {
	for _, p := range preamble {
		l := strings.ToLower(p)
		for i := 0; ; {
			k := strings.Index(l[i:], "đề nghị")
			if k < 0 {
				break
			}
			if !strings.HasSuffix(strings.TrimRight(l[:i+k], " "), "xét") {
				return true
			}
			i += k + len("đề nghị")
		}
	}
	return false
}

// assignWalk is the state of one walk of assignTree.
type assignWalk struct {
	fields []*model.Assignment // see assignments
	at     int                 // the index in flatten's order of the next node
	// inherited hands out the assignments of the nodes that inherit
	// theirs, one allocation per chunk.
	inherited slab[model.Assignment]
}

// assignTree gives the nodes ns and their descendants their assignments,
// inheriting from inherited; w.at is the index of the first of them in
// flatten's order, and is moved past them.
func (p *parser) assignTree(ns []*model.Node, above lead, w *assignWalk) {
	var intro lead // the lead of a paragraph that introduces the items after it
	for _, n := range ns {
		inherited := above
		switch {
		case n.Kind != model.KindItem:
			intro = lead{}
		case intro.a != nil:
			inherited = intro
		}
		var own *model.Assignment
		if c := p.clauses[w.at]; c != nil {
			own = c.a
		}
		if f := w.fields[w.at]; f != nil {
			own = mergeAssignment(own, f)
		}
		if closingText(n) {
			own = nil // "Bộ A trân trọng cảm ơn …./.": a courtesy, no task
		}
		w.at++
		next := inherited
		switch {
		case own != nil && len(own.Lead) > 0:
			// Under a request ("Đề nghị Ủy ban MTTQ tỉnh và các đoàn
			// thể:"), a body named in a point is asked too: "- Hội Nông
			// dân tỉnh vận động …". A paragraph after the points may
			// close the plan instead.
			own.Request = own.Request || inherited.a != nil && inherited.a.Request && n.Kind != model.KindParagraph
			n.Assignment = own
			next = lead{a: own, from: n.ID}
		case own != nil && inherited.a != nil:
			// Cooperating agencies or a request named here, the lead
			// taken from above. A task under a request ("Đề nghị Ủy
			// ban Mặt trận Tổ quốc ...:") is asked of the lead too.
			own.Lead = inherited.a.Lead
			own.Inherited, own.From = true, inherited.from
			own.Request = own.Request || inherited.a.Request
			n.Assignment = own
		case n.Kind != model.KindTable && inherited.a != nil && !closingText(n) && !p.leadsItself(n):
			// Nothing named here: the node carries the lead and the
			// cooperating agencies of its nearest assigned ancestor.
			a := w.inherited.next()
			*a = model.Assignment{Lead: inherited.a.Lead, Cooperating: inherited.a.Cooperating, Inherited: true, From: inherited.from,
				Request: inherited.a.Request}
			n.Assignment = a
		case own != nil && len(own.Cooperating) > 0:
			n.Assignment = own
		}
		if a := n.Assignment; a != nil {
			a.LeadKeys = p.keys(a.Lead, inherited.a, true)
			a.CooperatingKeys = p.keys(a.Cooperating, inherited.a, false)
		}
		if info := p.infos[w.at-1]; info != nil && info.leadIn && next.from == n.ID {
			intro = next
		}
		p.assignTree(n.Children, next, w)
	}
}

// ownAssignment reads who a node names as lead and cooperating agencies.
// read, when not nil, holds what was read from the node's text ahead of
// the annotation pass.
func (p *parser) ownAssignment(n *model.Node, info *nodeInfo, read *aheadJob) *model.Assignment {
	if info == nil {
		return nil
	}
	if n.Kind == model.KindRow {
		return p.rowAssignment(n)
	}
	if n.Kind == model.KindTable || info.text.s == "" {
		return nil
	}
	var c agency.Clause
	var field, ok bool
	if read != nil {
		field, ok = read.field, read.clause != nil
		if ok {
			c = *read.clause
		}
	} else if field = p.isInfoField(n, info, info.text.s); !field {
		c, ok = agency.ParseClause(info.text.s)
	}
	if field {
		return nil // a field belongs to the enclosing task
	}
	if !ok || len(c.Lead) == 0 {
		// A topic before a colon may hide the subject after it.
		if rest, topic := afterTopic(info.text.s); topic {
			if c2, ok2 := agency.ParseClause(rest); ok2 && (!ok || len(c2.Lead) > 0) {
				c, ok = c2, true
			}
		}
	}
	var a *model.Assignment
	if ok {
		a = &model.Assignment{Lead: c.Lead, Cooperating: c.Cooperating, Action: withoutSuperscripts(c.Action), Request: c.Request}
		if c.Inherits {
			a.Lead = nil
			if len(a.Cooperating) == 0 && a.Action == "" {
				a = nil
			}
		}
	}
	if a != nil && len(a.Lead) == 1 {
		if names := namedAfterColon(info.text.s, a.Lead[0]); names != nil {
			a.Lead = names // "Các khoa chuyên môn: Khoa Cơ khí, Khoa Điện, …"
		}
	}
	a = addLaterClauses(info.text.s, a, ok && c.Inherits)
	if f := inlineFields(info.text.s); f != nil && (a == nil || len(a.Lead) == 0) {
		if a != nil {
			f.Cooperating = append(f.Cooperating, a.Cooperating...)
		}
		a = f
	}
	return a
}

// rowAssignment reads the lead and cooperating columns of a task table.
func (p *parser) rowAssignment(row *model.Node) *model.Assignment {
	tb := p.tableOf(row)
	if tb == nil {
		return nil
	}
	a := &model.Assignment{}
	// A column of the body that leads ("Đơn vị chủ trì") outranks one
	// that is only responsible ("Cơ quan chịu trách nhiệm").
	hasLead := false
	for _, r := range tb.roles {
		hasLead = hasLead || agency.Role(r) == agency.RoleLead
	}
	for i, r := range tb.roles {
		if i >= len(row.Cells) {
			break
		}
		if hasLead && agency.Role(r) == agency.RoleExecutor {
			continue
		}
		cell := strings.TrimRight(strings.Trim(breaksAsSemicolons(row.Cells[i]), "*_ "), ".;")
		if cell == "" {
			continue
		}
		switch agency.Role(r) {
		case agency.RoleLead, agency.RoleExecutor:
			a.Lead = append(a.Lead, agency.Split(cell)...)
		case agency.RoleCooperating:
			a.Cooperating = append(a.Cooperating, agency.Split(cell)...)
		case agency.RoleTask:
			if c, ok := agency.ParseClause(cell); ok && c.Request {
				a.Request = true
			}
		}
	}
	if len(a.Lead) == 0 && len(a.Cooperating) == 0 {
		return nil
	}
	return a
}

// fieldAssignment reads the explicit fields among a section's points
// ("a) Cơ quan chủ trì: Sở Nội vụ;", "Cơ quan phối hợp: ..."): their lead
// belongs to the section, and so does their deadline.
func (p *parser) fieldAssignment(n *model.Node) *model.Assignment {
	if n.Kind != model.KindSection && n.Kind != model.KindItem {
		return nil
	}
	var a *model.Assignment
	year := p.docYear()
	for _, c := range n.Children {
		info := p.info[c]
		if info == nil || info.text.s == "" || c.Kind == model.KindTable || !p.isInfoField(c, info, info.text.s) {
			continue // the text does not start with a field
		}
		s := info.text.s
		for off := 0; off < len(s); {
			f, ok := agency.ParseField(s[off:])
			if !ok {
				break
			}
			switch f.Role {
			case agency.RoleLead, agency.RoleExecutor, agency.RoleCooperating:
				a = addFieldAgencies(a, f.Role, f.Value)
			case agency.RoleTime, agency.RoleDeadline:
				at := off + f.ValueStart
				for _, m := range cellDeadlines(f.Value, year) {
					m.Deadline.Span = info.text.span(at+m.Start, at+m.End)
					n.Deadlines = append(n.Deadlines, m.Deadline)
				}
			}
			if f.End <= 0 {
				break
			}
			off += f.End
		}
	}
	return a
}

// withoutSuperscripts returns s without its superscript digits, the
// footnote markers an action read from a sentence may carry ("… chuyển
// đổi số²"); s itself when it has none.
func withoutSuperscripts(s string) string {
	if !strings.ContainsAny(s, "⁰¹²³⁴⁵⁶⁷⁸⁹") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if _, ok := superscriptDigit(r); ok {
			return -1
		}
		return r
	}, s)
}

// namedAfterColon returns the bodies that a line naming a kind of them,
// lead, lists after a colon: "Các khoa chuyên môn: Khoa Cơ khí, Khoa
// Điện - Điện tử, Khoa Xây dựng". Each must start like a body's name;
// nil when the line is no such list.
func namedAfterColon(s, lead string) []string {
	head, rest, ok := strings.Cut(s, ":")
	if !ok || strings.TrimSpace(head) != lead || !pluralName(lead) {
		return nil
	}
	names := agency.Split(strings.TrimRight(strings.TrimSpace(rest), ".;"))
	if len(names) < 2 {
		return nil
	}
	for _, n := range names {
		if agency.HeadLen(n) == 0 {
			return nil
		}
	}
	return names
}

// pluralName reports whether name names bodies of a kind: "Các khoa
// chuyên môn", "Các đơn vị trực thuộc".
func pluralName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return strings.EqualFold(first, "các") || strings.EqualFold(first, "những")
}

// maxTopic and maxTopicWords bound the bytes and the words of a run-in
// topic (see afterTopic).
const (
	maxTopic      = 80
	maxTopicWords = 10
)

// afterTopic returns the text after a run-in topic that opens s: a few
// words in sentence case ended by a colon, such as "Chế độ báo cáo: Sở Y
// tế báo cáo …", "Về tuyên truyền: Sở Văn hóa …", "Thanh tra chuyên đề
// về đất đai: Phòng Nghiệp vụ 2 chủ trì …" or "Xây dựng chính quyền
// điện tử, chính quyền số: giao Sở A chủ trì …". What follows is a sentence of
// its own, with its subject. It is asked only of a text whose start
// names no one who acts ("Sở Tài chính: bố trí …" does).
func afterTopic(s string) (string, bool) {
	k := strings.IndexByte(s, ':')
	if k <= 0 || k > maxTopic {
		return "", false
	}
	head := s[:k]
	if strings.Count(head, " ") > maxTopicWords-1 || !isUpperStart(head) || isUpperText(head) || strings.ContainsAny(head, ";.0123456789") {
		return "", false
	}
	if startsWithAny(strings.ToLower(head), attributeTopics) {
		return "", false // "Đối tượng: Các cơ quan, tổ chức …" lists, it assigns nothing
	}
	rest := strings.TrimSpace(s[k+1:])
	if r, size := utf8.DecodeRuneInString(rest); isLowerLetter(r) {
		// "…: giao Sở A chủ trì": the sentence after the topic, its
		// first word in lower case.
		rest = string(unicode.ToUpper(r)) + rest[size:]
	}
	return rest, rest != ""
}

// attributeTopics, lower-cased, name what a part of a plan is about, its
// scope or its means, rather than a piece of work: what follows their
// colon describes, and names no one who acts.
var attributeTopics = []string{"đối tượng", "phạm vi", "mục tiêu", "mục đích", "yêu cầu", "nội dung",
	"kết quả", "sản phẩm", "kinh phí", "nguồn", "địa điểm", "địa bàn", "thời gian", "quy mô",
	"hình thức", "phương châm", "quan điểm", "ý nghĩa", "lưu ý", "thành phần", "đơn vị tính"}

// addFieldAgencies adds to a, or to a new assignment if a is nil, the
// agencies that the value of a field of role r names.
func addFieldAgencies(a *model.Assignment, r agency.Role, value string) *model.Assignment {
	val := strings.TrimSpace(value)
	if a == nil {
		a = &model.Assignment{}
	}
	if r == agency.RoleCooperating {
		a.Cooperating = append(a.Cooperating, agency.Split(val)...)
		return a
	}
	if c, ok := agency.ParseClause(val); ok && (len(c.Lead) > 0 && !c.LeadOnly || c.Inherits) {
		// "Cơ quan thực hiện: Sở A chủ trì, phối hợp với Sở B", "...:
		// Sở C phối hợp thực hiện": the value is a clause.
		a.Lead = append(a.Lead, c.Lead...)
		a.Cooperating = append(a.Cooperating, c.Cooperating...)
		return a
	}
	a.Lead = append(a.Lead, agency.Split(val)...)
	return a
}

// inlineFields reads the fields of agencies written inside a task's own
// sentence, after its work: "Xây dựng Nghị định …; cơ quan chủ trì: Cục
// A; cơ quan phối hợp: Vụ B, Bộ C; thời gian trình: tháng 10/2026", "…
// (đơn vị chủ trì: Sở D)", "…. Đơn vị chủ trì: Sở E.". A field starts
// after a semicolon, a full stop, a comma or an opening bracket; its
// value ends at the next field, even one after a comma. It returns nil
// when there is none: most texts have no colon at all.
func inlineFields(s string) *model.Assignment {
	if strings.IndexByte(s, ':') < 0 {
		return nil
	}
	var a *model.Assignment
	// From each colon, back to the separator before its field's name.
	for from := 0; from < len(s); {
		c := strings.IndexByte(s[from:], ':')
		if c < 0 {
			break
		}
		c += from
		from = c + 1
		i := strings.LastIndexAny(s[max(0, c-maxInlineName):c], ";.,(")
		if i < 0 {
			continue
		}
		i += max(0, c-maxInlineName)
		if !mayOpenInlineField(s[i+1 : c]) {
			continue
		}
		f, ok := agency.ParseField(s[i+1:])
		if !ok || !isInlineFieldName(f.Name) {
			continue
		}
		val := f.Value
		if j := commaField(val); j >= 0 {
			val = val[:j] // "cơ quan chủ trì: Cục A, thời gian ban hành: …"
		}
		switch f.Role {
		case agency.RoleLead, agency.RoleExecutor, agency.RoleCooperating:
			a = addFieldAgencies(a, f.Role, strings.TrimRight(val, " ,;.)"))
		}
	}
	return a
}

// maxInlineName bounds the bytes of the name of a field inside a
// sentence, before its colon: "đơn vị chủ trì thực hiện".
const maxInlineName = 48

// mayOpenInlineField reports whether s, after a separator, may start a
// field of agencies (see isInlineFieldName): its first word, after
// spaces, is "cơ", "đơn", "chủ", "phối" or "thực", in either case. Most
// separators are followed by other words and are passed over here.
func mayOpenInlineField(s string) bool {
	s = strings.TrimLeft(s, " *_")
	for _, w := range [...]string{"cơ quan", "đơn vị", "chủ trì", "phối hợp", "thực hiện"} {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return true
		}
	}
	return false
}

// isInlineFieldName reports whether name is the name of a field of
// agencies as plans write one inside a sentence: "cơ quan chủ trì", "đơn
// vị phối hợp", or the role alone, "chủ trì". A phrase that only holds a
// role word ("chủ trì thẩm tra các dự án: Luật …") is none.
func isInlineFieldName(name string) bool {
	low := strings.ToLower(name)
	switch low {
	case "chủ trì", "phối hợp", "thực hiện":
		return true
	}
	return strings.HasPrefix(low, "cơ quan ") || strings.HasPrefix(low, "đơn vị ")
}

// commaField returns the offset of the comma in v after which another
// field starts, or -1.
func commaField(v string) int {
	for j := strings.IndexByte(v, ','); j >= 0; {
		if _, ok := agency.ParseField(v[j+1:]); ok {
			return j
		}
		k := strings.IndexByte(v[j+1:], ',')
		if k < 0 {
			break
		}
		j += 1 + k
	}
	return -1
}

// mergeAssignment adds the agencies of b to a.
func mergeAssignment(a, b *model.Assignment) *model.Assignment {
	if a == nil {
		return b
	}
	if len(a.Lead) == 0 {
		a.Lead = b.Lead
	}
	a.Cooperating = append(a.Cooperating, b.Cooperating...)
	return a
}

// keys returns the canonical keys of agency names: the leads (lead true)
// or the cooperating agencies of an assignment. Names shared with from,
// the assignment they are inherited from, share its keys; the others are
// read from the keys learnKeys computed once per name. keys only reads
// the parser, so it may run on several goroutines.
func (p *parser) keys(names []string, from *model.Assignment, lead bool) []string {
	if len(names) == 0 {
		return nil
	}
	if from != nil {
		fromNames, fromKeys := from.Cooperating, from.CooperatingKeys
		if lead {
			fromNames, fromKeys = from.Lead, from.LeadKeys
		}
		if sameSlice(names, fromNames) && len(fromKeys) == len(names) {
			return fromKeys
		}
	}
	out := make([]string, len(names))
	for i, n := range names {
		k, ok := p.keyCache[n]
		if !ok {
			k = p.agencyKey(n)
		}
		out[i] = k
	}
	return out
}

// agencyKey returns the canonical key of agency name n in this document.
// The document's own place, after a level word, is left out: in a plan
// issued in Lào Cai, "Sở Y tế tỉnh Lào Cai" is "Sở Y tế tỉnh", and
// "Ủy ban nhân dân tỉnh Lào Cai" is "Ủy ban nhân dân tỉnh".
func (p *parser) agencyKey(n string) string {
	k := agency.Key(n)
	place := p.placeKey()
	if place == "" || !strings.HasSuffix(k, " "+place) {
		return k
	}
	rest := k[:len(k)-len(place)-1]
	for _, level := range [...]string{"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường"} {
		if strings.HasSuffix(rest, " "+level) {
			return rest
		}
	}
	return k
}

// placeKey returns the key of the document's place ("Lào Cai" in "Lào
// Cai, ngày ..."), computed once, or "".
func (p *parser) placeKey() string {
	p.placeOnce.Do(func() {
		if pl := p.doc.Meta.Place; pl != "" {
			p.place = agency.Key(pl)
		}
	})
	return p.place
}

// learnKeys computes the keys of the agencies a names, once per name, for
// keys to read.
func (p *parser) learnKeys(a *model.Assignment) {
	if a == nil {
		return
	}
	if p.keyCache == nil {
		p.keyCache = make(map[string]string)
	}
	for _, names := range [2][]string{a.Lead, a.Cooperating} {
		for _, n := range names {
			if _, ok := p.keyCache[n]; !ok {
				p.keyCache[n] = p.agencyKey(n)
			}
		}
	}
}

// sameSlice reports whether a and b are the same elements in memory.
func sameSlice(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// agencies lists every agency named as lead or cooperating agency of a
// task, with the ids of those tasks, in the order they first appear.
func (p *parser) agencies() {
	byKey := make(map[string]*model.Agency)
	get := func(name, key string) *model.Agency {
		if a, ok := byKey[key]; ok {
			if !namesBody(a.Name, key) && namesBody(name, key) ||
				name != a.Name && nonASCII(name) > nonASCII(a.Name) && unaccented(name) == unaccented(a.Name) {
				// "Giám đốc Sở Tài chính" came first, or "Sở Xay dựng"
				// as OCR spelled it; the row is the body's, "Sở Tài
				// chính", with its marks.
				a.Name = name
			}
			return a
		}
		a := &model.Agency{Name: name, Key: key}
		byKey[key] = a
		p.doc.Agencies = append(p.doc.Agencies, a)
		return a
	}
	canon := p.accentedKeys()
	var leads, coops agencyList
	model.Walk(p.doc.Body, func(n *model.Node) bool {
		a := n.Assignment
		if a == nil || !n.Task {
			return true
		}
		if canon != nil {
			recanon(a.LeadKeys, canon)
			recanon(a.CooperatingKeys, canon)
		}
		// Each node is visited once, so a repeat can only be the last id.
		for _, ag := range leads.of(a.Lead, a.LeadKeys, get) {
			if k := len(ag.Lead); k == 0 || ag.Lead[k-1] != n.ID {
				ag.Lead = append(ag.Lead, n.ID)
			}
		}
		for _, ag := range coops.of(a.Cooperating, a.CooperatingKeys, get) {
			if k := len(ag.Cooperating); k == 0 || ag.Cooperating[k-1] != n.ID {
				ag.Cooperating = append(ag.Cooperating, n.ID)
			}
		}
		return true
	})
}

// accentedKeys maps the keys of agencies that OCR spelled with marks
// lost ("cong an tỉnh", "sở tài chinh") to the key of the same name with
// its marks, when the document spells it so elsewhere ("công an tỉnh",
// "sở tài chính"): the one with the most letters outside ASCII, then the
// first in order. It reads each distinct key once, and returns nil when
// no two differ only in their marks, as in almost every document.
func (p *parser) accentedKeys() map[string]string {
	best := make(map[string]string, len(p.keyCache)) // unaccented key -> best key
	var canon map[string]string
	better := func(a, b string) bool {
		ma, mb := nonASCII(a), nonASCII(b)
		return ma > mb || ma == mb && a < b
	}
	for _, k := range p.keyCache {
		f := unaccented(k)
		b, ok := best[f]
		switch {
		case !ok:
			best[f] = k
			continue
		case b == k:
			continue
		}
		if canon == nil {
			canon = make(map[string]string)
		}
		canon[k], canon[b] = "", "" // in a group of spellings: settled below
	}
	if canon == nil {
		return nil
	}
	for k := range canon {
		f := unaccented(k)
		if b := best[f]; better(k, b) {
			best[f] = k
		}
	}
	for k := range canon {
		if b := best[unaccented(k)]; b != k {
			canon[k] = b
		} else {
			delete(canon, k)
		}
	}
	return canon
}

// recanon replaces the keys that canon maps by the keys they map to.
func recanon(keys []string, canon map[string]string) {
	for i, k := range keys {
		if c, ok := canon[k]; ok {
			keys[i] = c
		}
	}
}

// unaccented returns s with every letter reduced to the letter it is
// written on ("sở tài chính" gives "so tai chinh"; đ stays).
func unaccented(s string) string {
	return strings.Map(baseLetter, s)
}

// nonASCII counts the runes of s outside ASCII.
func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// namesBody reports whether name spells the body of its key itself, not
// an office holder of it: its first word, after a determiner, is the
// key's first word ("Sở Tài chính" for "sở tài chính", not "Giám đốc Sở
// Tài chính").
func namesBody(name, key string) bool {
	w, _, _ := strings.Cut(key, " ")
	n, rest, _ := strings.Cut(name, " ")
	if strings.EqualFold(n, "các") || strings.EqualFold(n, "những") {
		// "các Bộ" spells the bodies, with the determiner the key drops.
		n, _, _ = strings.Cut(rest, " ")
	}
	return len(n) == len(w) && strings.EqualFold(n, w)
}

// agencyList holds the agencies of the last list of keys it was asked
// for. The nodes that inherit an assignment share its lists, so the
// agencies of a list are mostly those of the list before.
type agencyList struct {
	keys []string
	ags  []*model.Agency
}

// of returns the agencies of names, whose keys are keys, found or made by
// get; the result is valid until the next call.
func (l *agencyList) of(names, keys []string, get func(name, key string) *model.Agency) []*model.Agency {
	if len(keys) > 0 && sameSlice(keys, l.keys) {
		return l.ags
	}
	l.keys, l.ags = keys, l.ags[:0]
	for i, name := range names {
		l.ags = append(l.ags, get(name, keys[i]))
	}
	return l.ags
}
