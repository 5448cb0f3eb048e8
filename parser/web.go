package parser

import (
	"slices"
	"strings"

	"github.com/vnplan/vnplan/internal/textscan"
)

// chrome says whether a line belongs to the frame of the web page a
// document was copied from, rather than to the document.
type chrome uint8

const (
	chromeNone chrome = iota
	// chromeLine is a line of the frame: "Xem thêm: …", "Quảng cáo",
	// "Bình luận (0)", "Bản quyền © 2025 …".
	chromeLine
	// chromeList opens a list of links to other pages: "Tin liên quan:";
	// the bullets after it belong to the frame too.
	chromeList
)

// maxChrome bounds the bytes of a line of a page's frame, and
// maxChromeList those of the head of a list of links.
const (
	maxChrome     = 200
	maxChromeList = 48
)

// chromeLines are the lines of a page's frame, lower-cased, that stand
// alone, with or without a colon.
var chromeLines = []string{
	"quảng cáo", "in trang", "in bài", "in bài viết", "gửi email", "chia sẻ", "bình luận", "tải về",
	"ý kiến bạn đọc", "về đầu trang", "lên đầu trang", "đăng nhập", "theo dõi chúng tôi",
}

// chromeLists are the heads of lists of links, lower-cased.
var chromeLists = []string{
	"tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
	"tin khác", "các tin khác", "tin mới", "tin mới nhất", "tin đọc nhiều", "xem nhiều",
	"văn bản liên quan", "văn bản khác", "văn bản cùng lĩnh vực", "văn bản mới",
}

// chromePrefixes start the lines of a page's frame, lower-cased: a label
// and its value.
var chromePrefixes = []string{
	"xem thêm:", "đọc thêm:", "tải về:", "tải văn bản:", "tải file:", "lượt xem:",
	"cập nhật lúc:", "cập nhật:", "ngày đăng:", "chia sẻ:", "bình luận (", "copyright",
	"tải về (", "tải về văn bản",
}

// webChrome reports whether s, a line on its own, belongs to the frame
// of a web page: a link to another article, an advertisement's label,
// a share or print button, a counter, a copyright line, a breadcrumb
// ("Trang chủ > Văn bản > Kế hoạch"). Such lines go to the notes, and
// are neither text nor recipients.
func webChrome(s string) chrome {
	s = strings.TrimSpace(trimMarks(s))
	if s == "" || len(s) > maxChrome {
		return chromeNone
	}
	if strings.Contains(s, "©") {
		return chromeLine
	}
	var buf [maxChrome * 2]byte
	low := textscan.AppendLower(buf[:0], s)
	bare := low
	for len(bare) > 0 && (bare[len(bare)-1] == ':' || bare[len(bare)-1] == ' ') {
		bare = bare[:len(bare)-1]
	}
	for _, w := range chromeLists {
		if string(bare) == w {
			return chromeList
		}
	}
	for _, w := range chromeLines {
		if string(bare) == w {
			return chromeLine
		}
	}
	for _, w := range chromePrefixes {
		if hasPrefixBytes(low, w) {
			// Two lines of the frame run together: "Bình luận (0)
			// Tin liên quan:".
			for _, l := range chromeLists {
				if len(bare) > len(l) && string(bare[len(bare)-len(l):]) == l && bare[len(bare)-len(l)-1] == ' ' {
					return chromeList
				}
			}
			return chromeLine
		}
	}
	// A breadcrumb: "Trang chủ > Văn bản", "Trang chủ » Tin tức".
	const home = "trang chủ"
	if hasPrefixBytes(low, home) {
		rest := strings.TrimLeft(s[len(home):], " ")
		if strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "|") {
			return chromeLine
		}
	}
	return chromeNone
}

// hasPrefixBytes reports whether b begins with prefix.
func hasPrefixBytes(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// chromeBlock says whether text block b belongs to the frame of a web
// page: a line of it on its own, or, in a list of links (links), a
// bullet.
func (p *parser) chromeBlock(b *block, links bool) chrome {
	if b.kind != blockText || b.lead == leadLabel {
		return chromeNone
	}
	if len(b.segs) > 1 {
		// "Văn bản liên quan" and the titles of its links under it, one
		// per line: a short first line.
		if first := b.segs[0]; first.end-first.start <= maxChromeList && webChrome(b.firstText(p.str)) == chromeList {
			return chromeList
		}
		return chromeNone
	}
	if links && b.lead == leadBullet {
		return chromeLine
	}
	return webChrome(b.firstText(p.str))
}

// chromeTabs are the names of the tabs and buttons of the pages of legal
// texts, lower-cased, that a copy keeps in a row: "Lược đồ | Tải về | In".
var chromeTabs = []string{
	"lược đồ", "tải về", "in", "văn bản gốc", "nội dung", "tiếng anh", "thuộc tính",
	"liên quan hiệu lực", "liên quan nội dung", "văn bản liên quan", "chia sẻ", "bình luận",
}

// chromeRow reports whether row block b is a row of a web page's tabs and
// buttons: two cells or more, each the name of one (see chromeTabs).
func (p *parser) chromeRow(b *block) chrome {
	cells := p.rawCells(b)
	if len(cells) < 2 || b.end()-b.start() > maxChrome {
		return chromeNone
	}
	n := 0
	for _, c := range cells {
		s := strings.ToLower(strings.TrimSpace(trimMarks(p.str[c.start:c.end])))
		if s == "" {
			continue
		}
		if !slices.Contains(chromeTabs, s) {
			return chromeNone
		}
		n++
	}
	if n < 2 {
		return chromeNone
	}
	return chromeLine
}

// chromeNotes adds the lines of block b, of a web page's frame, to the
// notes, one note a line, a row's cells joined as written.
func (p *parser) chromeNotes(b *block) {
	m := &p.doc.Meta
	if b.kind == blockRow || len(b.segs) == 1 {
		m.Notes = append(m.Notes, p.blockText(b, 0).s)
		return
	}
	for _, sg := range b.segs {
		if s := strings.TrimSpace(trimMarks(p.str[sg.start:sg.end])); s != "" {
			m.Notes = append(m.Notes, s)
		}
	}
}
