package docx

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{
			name: "paragraphs and blank lines",
			body: p("Một") + `<w:p/>` + p("  ") + p("Hai"),
			want: "Một\n\nHai\n",
		},
		{
			name: "runs, tabs, spaces, breaks",
			body: `<w:p><w:r><w:t>Sở </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Tài chính</w:t></w:r>` +
				`<w:r><w:tab/><w:t xml:space="preserve">  chủ   trì</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>TM. ỦY BAN NHÂN DÂN </w:t><w:br/><w:t> CHỦ TỊCH</w:t><w:br/><w:br/></w:r></w:p>`,
			want: "Sở Tài chính chủ trì\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n",
		},
		{
			name: "hyphens, symbols, special spaces",
			body: `<w:p><w:r><w:t>phát&#xAD;triển</w:t><w:softHyphen/><w:t> 01</w:t><w:noBreakHyphen/><w:t>NQ&#xA0;CP</w:t></w:r></w:p>` +
				`<w:p><w:r><w:sym w:font="Symbol" w:char="F02D"/><w:tab/><w:t>gạch</w:t><w:sym w:font="Wingdings" w:char="F04A"/></w:r></w:p>`,
			want: "phát\u00adtriển 01-NQ CP\n\n- gạch\n", // the parser drops the soft hyphen
		},
		{
			name: "tracked changes",
			body: `<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">thêm </w:t></w:r></w:ins>` +
				`<w:del w:id="2" w:author="a"><w:r><w:delText>xóa </w:delText></w:r></w:del>` +
				`<w:moveFrom w:id="3"><w:r><w:t>chuyển đi </w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>chuyển đến</w:t></w:r></w:moveTo></w:p>`,
			want: "Giữ thêm chuyển đến\n",
		},
		{
			name: "hidden text and field codes",
			body: `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>hiện </w:t></w:r>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> ngày</w:t></w:r></w:fldSimple></w:p>`,
			want: "hiện kết quả ngày\n",
		},
		{
			name: "nested fields",
			body: `<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>IF </w:instrText><w:fldChar w:fldCharType="begin"/>` +
				`<w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>1</w:t><w:fldChar w:fldCharType="end"/>` +
				`<w:instrText> = 1 "x"</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>x</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			want: "x\n",
		},
		{
			name: "hyperlinks, content controls, smart tags",
			body: `<w:sdt><w:sdtPr><w:alias w:val="t"/></w:sdtPr><w:sdtContent>` + p("trong sdt") + `</w:sdtContent></w:sdt>` +
				`<w:p><w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink>` +
				`<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> ô</w:t></w:r></w:sdtContent></w:sdt>` +
				`<w:smartTag><w:r><w:t xml:space="preserve"> thẻ</w:t></w:r></w:smartTag><w:bookmarkStart w:id="0"/><w:proofErr/></w:p>`,
			want: "trong sdt\n\nliên kết ô thẻ\n",
		},
		{
			name: "text box read once, after its paragraph",
			body: `<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>` +
				`<w:txbxContent>` + p("Trong hộp") + `</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
				`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + p("Trong hộp") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
				`</mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> tiếp</w:t></w:r></w:p>`,
			want: "Neo tiếp\n\nTrong hộp\n",
		},
		{
			name: "math and unknown elements are skipped",
			body: `<w:p><w:r><w:t>x</w:t></w:r><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>y</m:t></m:r></m:oMath></w:p>` +
				`<w:altChunk/><w:sectPr><w:headerReference/></w:sectPr>`,
			want: "x\n",
		},
		{
			name: "empty body",
			body: "",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := convertParts(t, map[string]string{"word/document.xml": document(tt.body)})
			if res.Text != tt.want {
				t.Errorf("Convert(%s) = %q, want %q", tt.name, res.Text, tt.want)
			}
		})
	}
}

func TestTables(t *testing.T) {
	tc := func(inner string) string { return `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>` + inner + `</w:tc>` }
	tests := []struct {
		name   string
		body   string
		want   string
		tables int
	}{
		{
			name: "header and rows",
			body: p("PHỤ LỤC") + `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>` +
				`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + tc(p("Chỉ tiêu")) + tc(p("Đơn vị")) + tc(p("Kế hoạch")) + `</w:tr>` +
				`<w:tr>` + tc(p("Tăng trưởng GRDP")+p("(giá so sánh)")) + tc(p("%")) + tc(p("8,5-9")) + `</w:tr>` +
				`</w:tbl>` + p("Sau bảng"),
			want:   "PHỤ LỤC\n\n| Chỉ tiêu | Đơn vị | Kế hoạch |\n| --- | --- | --- |\n| Tăng trưởng GRDP (giá so sánh) | % | 8,5-9 |\n\nSau bảng\n",
			tables: 1,
		},
		{
			name: "spans, merges, pipes, breaks",
			body: `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p("Gộp") + `</w:tc>` + tc(p("a|b")) + `</w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p("x") + `</w:tc>` + tc(`<w:p><w:r><w:t>y</w:t><w:br/><w:t>z</w:t></w:r></w:p>`) + tc(`<w:p/>`) + `</w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>` + tc(p("1")) + tc(p("2")) + `</w:tr></w:tbl>`,
			want:   "| Gộp |  | a\\|b |\n| --- | --- | --- |\n| x | y z |  |\n|  | 1 | 2 |\n",
			tables: 1,
		},
		{
			name:   "nested table is flattened into its cell",
			body:   `<w:tbl><w:tr>` + tc(p("ngoài")+`<w:tbl><w:tr>`+tc(p("trong 1"))+tc(p("trong 2"))+`</w:tr></w:tbl>`) + `</w:tr></w:tbl>`,
			want:   "| ngoài trong 1 trong 2 |\n| --- |\n",
			tables: 1,
		},
		{
			name: "deleted rows and wrapped rows",
			body: `<w:tbl><w:tr>` + tc(p("đầu")) + `</w:tr><w:tr><w:trPr><w:del w:id="1"/></w:trPr>` + tc(p("xóa")) + `</w:tr>` +
				`<w:sdt><w:sdtContent><w:tr>` + tc(p("trong sdt")) + `</w:tr></w:sdtContent></w:sdt>` +
				`<w:tr><w:customXml>` + tc(p("ô bọc")) + `</w:customXml></w:tr></w:tbl>`,
			want:   "| đầu |\n| --- |\n| trong sdt |\n| ô bọc |\n",
			tables: 1,
		},
		{
			name:   "table without rows",
			body:   `<w:tbl><w:tblPr/></w:tbl>` + p("chữ"),
			want:   "chữ\n",
			tables: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := convertParts(t, map[string]string{"word/document.xml": document(tt.body)})
			if res.Text != tt.want {
				t.Errorf("Convert(%s) = %q, want %q", tt.name, res.Text, tt.want)
			}
			if res.Tables != tt.tables {
				t.Errorf("Convert(%s).Tables = %d, want %d", tt.name, res.Tables, tt.tables)
			}
		})
	}
}

func TestFootnotes(t *testing.T) {
	ref := func(id string) string {
		return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="` + id + `"/></w:r>`
	}
	eref := func(id string) string { return `<w:r><w:endnoteReference w:id="` + id + `"/></w:r>` }
	fn := func(root, id, inner string) string {
		return `<w:` + root + ` w:id="` + id + `"><w:p><w:r><w:` + root + `Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>` + inner + `</w:p></w:` + root + `>`
	}
	run := func(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
	separators := `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`
	tests := []struct {
		name      string
		body      string
		footnotes string
		endnotes  string
		want      string
		count     int
	}{
		{
			name: "numbered in order of reference, bodies at the end",
			body: `<w:p>` + run("lợi thế") + ref("7") + run(". Hình") + `</w:p>` +
				`<w:p>` + run("trọng điểm") + ref("3") + run(" và") + ref("12") + `</w:p>`,
			footnotes: separators + fn("footnote", "3", run("Hai.")) + fn("footnote", "7", run("Một ")+run("&lt;b&gt;x&amp;y")) +
				fn("footnote", "12", run("Ba")) + `<w:footnote w:id="12"><w:p>` + run("trùng") + `</w:p></w:footnote>` +
				fn("footnote", "99", run("không dùng")),
			want:  "lợi thế¹. Hình\n\ntrọng điểm² và³\n\n¹ Một <b>x&y\n\n² Hai.\n\n³ Ba\n",
			count: 3,
		},
		{
			name: "ten and more use several superscript digits",
			body: `<w:p>` + strings.Repeat(run("x")+ref("1"), 9) + run("y") + ref("10") + `</w:p>`,
			footnotes: fn("footnote", "1", run("một")) + fn("footnote", "2", run("hai")) + fn("footnote", "3", run("ba")) +
				fn("footnote", "4", run("bốn")) + fn("footnote", "5", run("năm")) + fn("footnote", "6", run("sáu")) +
				fn("footnote", "7", run("bảy")) + fn("footnote", "8", run("tám")) + fn("footnote", "9", run("chín")) +
				fn("footnote", "10", run("mười")),
			want:  "x¹x¹x¹x¹x¹x¹x¹x¹x¹y²\n\n¹ một\n\n² mười\n",
			count: 2,
		},
		{
			name: "several paragraphs and a table in a note",
			body: `<w:p>` + run("a") + ref("1") + `</w:p>`,
			footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>` + run(" Đoạn một.") + `</w:p>` + p("Đoạn hai.") +
				`<w:tbl><w:tr><w:tc>` + p("ô") + `</w:tc></w:tr></w:tbl></w:footnote>`,
			want:  "a¹\n\n¹ Đoạn một. Đoạn hai. ô\n",
			count: 1,
		},
		{
			name:      "endnotes continue the sequence",
			body:      `<w:p>` + run("a") + eref("1") + run(" b") + ref("1") + `</w:p>`,
			footnotes: fn("footnote", "1", run("chân trang")),
			endnotes:  fn("endnote", "1", run("cuối")),
			want:      "a¹ b²\n\n¹ cuối\n\n² chân trang\n",
			count:     2,
		},
		{
			name:      "custom mark",
			body:      `<w:p>` + run("a") + `<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>` + run(" b") + ref("3") + `</w:p>`,
			footnotes: fn("footnote", "2", run("sao")) + fn("footnote", "3", run("số")),
			want:      "a* b¹\n\n* sao\n\n¹ số\n",
			count:     2,
		},
		{
			name:  "reference without body",
			body:  `<w:p>` + run("a") + ref("5") + `</w:p>`,
			want:  "a¹\n",
			count: 0,
		},
		{
			name:      "numbering inside notes is not counted",
			body:      np("1", "0", "một") + `<w:p>` + run("a") + ref("1") + `</w:p>` + np("1", "0", "hai"),
			footnotes: `<w:footnote w:id="1">` + np("1", "0", "trong chú thích") + `</w:footnote>`,
			want:      "1. một\n\na¹\n\n2. hai\n\n¹ trong chú thích\n",
			count:     1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := map[string]string{
				"word/document.xml":  document(tt.body),
				"word/numbering.xml": numberingPart(`<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "decimal", "%1.", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
			}
			if tt.footnotes != "" {
				parts["word/footnotes.xml"] = notesPartXML("footnotes", tt.footnotes)
			}
			if tt.endnotes != "" {
				parts["word/endnotes.xml"] = notesPartXML("endnotes", tt.endnotes)
			}
			res := convertParts(t, parts)
			if res.Text != tt.want {
				t.Errorf("Convert(%s) = %q, want %q", tt.name, res.Text, tt.want)
			}
			if res.Footnotes != tt.count {
				t.Errorf("Convert(%s).Footnotes = %d, want %d", tt.name, res.Footnotes, tt.count)
			}
		})
	}
}

func TestPackage(t *testing.T) {
	ct := `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
	rels := func(rs string) string {
		return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rs + `</Relationships>`
	}
	const rt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	tests := []struct {
		name  string
		parts map[string]string
		want  string
	}{
		{
			name: "main part and numbering found through relationships",
			parts: map[string]string{
				"[Content_Types].xml": ct,
				"_rels/.rels":         rels(`<Relationship Id="r1" Type="` + rt + `officeDocument" Target="/word/document2.xml"/>`),
				"word/_rels/document2.xml.rels": rels(`<Relationship Id="r1" Type="` + rt + `numbering" Target="lists/num.xml"/>` +
					`<Relationship Id="r2" Type="` + rt + `hyperlink" Target="http://example.com/" TargetMode="External"/>`),
				"word/document2.xml": document(np("1", "0", "hai")),
				"word/document.xml":  document(p("không phải phần chính")),
				"word/lists/num.xml": numberingPart(`<w:abstractNum w:abstractNumId="0">` + lvl("0", "2", "upperRoman", "%1.", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
			},
			want: "II. hai\n",
		},
		{
			name: "headers, footers and comments are left out",
			parts: map[string]string{
				"word/document.xml": document(p("thân") + `<w:sectPr><w:headerReference w:type="default" r:id="rId1" xmlns:r="r"/></w:sectPr>`),
				"word/header1.xml":  `<w:hdr ` + wNS + `>` + p("ĐẦU TRANG") + `</w:hdr>`,
				"word/footer1.xml":  `<w:ftr ` + wNS + `>` + p("Trang 1") + `</w:ftr>`,
				"word/comments.xml": `<w:comments ` + wNS + `><w:comment w:id="0">` + p("ý kiến") + `</w:comment></w:comments>`,
			},
			want: "thân\n",
		},
		{
			name: "strict namespace and upper-case names",
			parts: map[string]string{
				"Word/Document.xml": `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` + p("nghiêm") + `</w:body></w:document>`,
			},
			want: "nghiêm\n",
		},
		{
			name: "backslashes in entry names",
			parts: map[string]string{
				`word\document.xml`: document(p("gạch chéo ngược")),
			},
			want: "gạch chéo ngược\n",
		},
		{
			name: "relationship to a missing main part falls back",
			parts: map[string]string{
				"_rels/.rels":       rels(`<Relationship Id="r1" Type="` + rt + `officeDocument" Target="word/nothere.xml"/>`),
				"word/document.xml": document(p("dự phòng")),
			},
			want: "dự phòng\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := convertParts(t, tt.parts)
			if res.Text != tt.want {
				t.Errorf("Convert(%s) = %q, want %q", tt.name, res.Text, tt.want)
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"  a  b  ", "a b"},
		{"a\t\tb", "a b"},
		{"a \n \n b", "a\nb"},
		{"\n\na\n", "a"},
		{"a\u00a0\u2003b", "a b"},
		{"a\u00adb", "a\u00adb"}, // kept: TCVN3 text has "ư" there
		{"a\rb", "a\nb"},
		{"a\x01b", "a b"},
		{"\xffa", "\ufffda"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := clean([]byte(tt.in)); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
