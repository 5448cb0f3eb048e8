package docx

import (
	"strings"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		n      int
		format string
		want   string
	}{
		{7, "decimal", "7"},
		{7, "decimalZero", "07"},
		{12, "decimalZero", "12"},
		{1, "upperLetter", "A"},
		{26, "upperLetter", "Z"},
		{27, "upperLetter", "AA"},
		{28, "upperLetter", "BB"},
		{53, "upperLetter", "AAA"},
		{4, "lowerLetter", "d"},
		{5, "lowerLetter", "e"},
		{0, "lowerLetter", "0"},
		{26*maxLetterRepeat + 1, "lowerLetter", "781"},
		{4, "upperRoman", "IV"},
		{9, "lowerRoman", "ix"},
		{1994, "upperRoman", "MCMXCIV"},
		{3999, "upperRoman", "MMMCMXCIX"},
		{4000, "upperRoman", "4000"},
		{0, "upperRoman", "0"},
		{3, "none", ""},
		{3, "bullet", ""},
		{3, "ordinal", "3"},
		{3, "vietnameseCounting", "3"},
		{3, "", "3"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			if got := formatNumber(tt.n, tt.format); got != tt.want {
				t.Errorf("formatNumber(%d, %q) = %q, want %q", tt.n, tt.format, got, tt.want)
			}
		})
	}
}

func TestBulletMarker(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"-", "-"},
		{"–", "-"},
		{"—", "-"},
		{"\uF02D", "-"}, // Symbol minus
		{"+", "+"},
		{"o", "+"}, // Word's default second level
		{"◦", "+"},
		{"•", "•"},
		{"\uF0B7", "•"}, // Symbol bullet
		{"\uF0A7", "•"}, // Wingdings square
		{"\uF0D8", "•"}, // Wingdings arrow
		{"▪", "•"},
		{" - ", "-"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := bulletMarker(tt.in); got != tt.want {
			t.Errorf("bulletMarker(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// plan is a multilevel list shaped like a Vietnamese plan: A. / I. / 1. /
// 1.1. / a) / bullets.
var plan = `<w:abstractNum w:abstractNumId="0">` +
	lvl("0", "1", "upperLetter", "%1.", "") +
	lvl("1", "1", "upperRoman", "%2.", "") +
	lvl("2", "1", "decimal", "%3.", "") +
	lvl("3", "1", "decimal", "%3.%4.", "") +
	lvl("4", "1", "lowerLetter", "%5)", "") +
	lvl("5", "1", "bullet", "-", "") +
	lvl("6", "1", "bullet", "+", "") +
	`</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`

func TestNumbering(t *testing.T) {
	tests := []struct {
		name      string
		numbering string
		styles    string
		body      string
		want      string
	}{
		{
			name:      "hierarchy restarts lower levels",
			numbering: plan,
			body: np("1", "0", "Mục đích") + np("1", "5", "gạch") + np("1", "0", "Nhiệm vụ") +
				np("1", "1", "La Mã") + np("1", "2", "một") + np("1", "3", "một chấm một") +
				np("1", "3", "một chấm hai") + np("1", "4", "chữ") + np("1", "4", "chữ hai") + np("1", "6", "cộng") +
				np("1", "2", "hai") + np("1", "3", "hai chấm một") + np("1", "1", "La Mã hai") +
				np("1", "0", "Tổ chức") + np("1", "2", "lại một"),
			want: "A. Mục đích\n- gạch\nB. Nhiệm vụ\nI. La Mã\n1. một\n1.1. một chấm một\n1.2. một chấm hai\n" +
				"a) chữ\nb) chữ hai\n+ cộng\n2. hai\n2.1. hai chấm một\nII. La Mã hai\nC. Tổ chức\n1. lại một",
		},
		{
			name: "start values and enclosing text",
			numbering: `<w:abstractNum w:abstractNumId="3">` + lvl("0", "5", "decimal", "(%1)", "") +
				lvl("1", "26", "lowerLetter", "%2)", "") + `</w:abstractNum>` +
				`<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>`,
			body: np("7", "0", "năm") + np("7", "1", "z") + np("7", "1", "aa") + np("7", "1", "bb") + np("7", "0", "sáu"),
			want: "(5) năm\nz) z\naa) aa\nbb) bb\n(6) sáu",
		},
		{
			name: "start override restarts a new list instance",
			numbering: plan + `<w:num w:numId="2"><w:abstractNumId w:val="0"/>` +
				`<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="0"/>` +
				`<w:lvlOverride w:ilvl="2"><w:startOverride w:val="10"/></w:lvlOverride></w:num>`,
			body: np("1", "2", "a") + np("1", "2", "b") + np("1", "2", "c") + np("2", "2", "lại") +
				np("2", "2", "tiếp") + np("3", "2", "mười") + np("3", "2", "mười một"),
			want: "1. a\n2. b\n3. c\n1. lại\n2. tiếp\n10. mười\n11. mười một",
		},
		{
			name:      "instances of one definition share counters",
			numbering: plan + `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`,
			body:      np("1", "2", "a") + np("1", "2", "b") + np("2", "2", "c"),
			want:      "1. a\n2. b\n3. c",
		},
		{
			name: "level override replaces the level",
			numbering: plan + `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2">` +
				`<w:startOverride w:val="4"/>` + lvl("2", "1", "lowerRoman", "%3/", "") + `</w:lvlOverride></w:num>`,
			body: np("2", "2", "bốn") + np("2", "2", "năm"),
			want: "iv/ bốn\nv/ năm",
		},
		{
			name: "lvlRestart 0 never restarts; isLgl shows decimals",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "upperRoman", "%1.", "") +
				lvl("1", "1", "decimal", "%2.", `<w:lvlRestart w:val="0"/>`) +
				lvl("2", "1", "decimal", "%1.%2.%3.", `<w:isLgl/>`) + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body: np("1", "0", "I") + np("1", "1", "1") + np("1", "2", "sâu") + np("1", "0", "II") + np("1", "1", "2"),
			want: "I. I\n1. 1\n1.1.1. sâu\nII. II\n2. 2",
		},
		{
			name: "lvlRestart names the level after which to restart",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "upperLetter", "%1.", "") +
				lvl("1", "1", "upperRoman", "%2.", "") +
				lvl("2", "1", "decimal", "%3.", `<w:lvlRestart w:val="1"/>`) + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body: np("1", "0", "A") + np("1", "2", "một") + np("1", "1", "I") + np("1", "2", "hai") +
				np("1", "0", "B") + np("1", "2", "lại"),
			want: "A. A\n1. một\nI. I\n2. hai\nB. B\n1. lại",
		},
		{
			name: "missing start is zero, unknown format is decimal",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "", "decimal", "%1.", "") +
				lvl("1", "1", "ordinalText", "%2.", "") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body: np("1", "0", "không") + np("1", "0", "một") + np("1", "1", "lạ"),
			want: "0. không\n1. một\n1. lạ",
		},
		{
			name: "custom format falls back to the standard one",
			numbering: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
				`<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>` +
				`<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>` +
				`<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body: np("1", "0", "một"),
			want: "01. một",
		},
		{
			name: "bullets",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "bullet", "\uF0B7", "") +
				lvl("1", "1", "bullet", "o", "") + lvl("2", "1", "bullet", "\uF0A7", "") +
				lvl("3", "1", "bullet", "–", "") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body: np("1", "0", "một") + np("1", "1", "hai") + np("1", "2", "ba") + np("1", "3", "bốn"),
			want: "• một\n+ hai\n• ba\n- bốn",
		},
		{
			name:      "numbering from styles, basedOn, numId 0 and unknown lists",
			numbering: plan,
			styles: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>` +
				`<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/>` +
				`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/>` +
				`<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>`,
			body: `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Phần</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Mục</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Bỏ số</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr><w:r><w:t>Số</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Loop"/></w:pPr><w:r><w:t>Vòng</w:t></w:r></w:p>` +
				np("99", "0", "Không có danh sách") + np("1", "12", "Cấp sai"),
			want: "A. Phần\nI. Mục\nBỏ số\n1. Số\nVòng\nKhông có danh sách\nCấp sai",
		},
		{
			name: "style linked to a level by pStyle",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "upperRoman", "%1.", `<w:pStyle w:val="H1"/>`) +
				lvl("1", "1", "decimal", "%2.", `<w:pStyle w:val="H2"/>`) + `</w:abstractNum>` +
				`<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>`,
			styles: `<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`,
			body: `<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>Một</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>Con</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>Hai</w:t></w:r></w:p>`,
			want: "I. Một\n1. Con\nII. Hai",
		},
		{
			name: "numStyleLink",
			numbering: `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>` +
				lvl("0", "1", "upperLetter", "%1.", "") + `</w:abstractNum>` +
				`<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
				`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
			styles: `<w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
			body:   np("2", "0", "qua kiểu") + np("1", "0", "trực tiếp"),
			want:   "A. qua kiểu\nB. trực tiếp",
		},
		{
			name:      "numbered paragraphs in tables count, empty ones advance",
			numbering: plan,
			body: np("1", "2", "trước") + `<w:tbl><w:tr><w:tc>` + np("1", "2", "ô") + `</w:tc></w:tr></w:tbl>` +
				np("1", "2", "") + np("1", "2", "sau"),
			want: "1. trước\n| 2. ô |\n| --- |\n4. sau",
		},
		{
			name:      "no numbering part",
			numbering: "",
			body:      np("1", "0", "chữ"),
			want:      "chữ",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := map[string]string{"word/document.xml": document(tt.body)}
			if tt.numbering != "" {
				parts["word/numbering.xml"] = numberingPart(tt.numbering)
			}
			if tt.styles != "" {
				parts["word/styles.xml"] = stylesPart(tt.styles)
			}
			res := convertParts(t, parts)
			if got := strings.Join(lines(res.Text), "\n"); got != tt.want {
				t.Errorf("Convert(%s) =\n%s\nwant\n%s", tt.name, got, tt.want)
			}
		})
	}
}

func TestAtoiClamp(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"5", 5},
		{" 7 ", 7},
		{"-3", 0},
		{"x", 0},
		{"", 0},
		{"99999999999999999999", maxCounter},
		{"-99999999999999999999", 0},
		{"4294967296", maxCounter},
	}
	for _, tt := range tests {
		if got := atoiClamp(tt.in); got != tt.want {
			t.Errorf("atoiClamp(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestLabelBounded(t *testing.T) {
	text := strings.Repeat("%1", 1000)
	parts := map[string]string{
		"word/document.xml": document(strings.Repeat(np("1", "0", "x"), 100)),
		"word/numbering.xml": numberingPart(`<w:abstractNum w:abstractNumId="0">` + lvl("0", "780", "lowerLetter", text, "") +
			`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
	}
	res := convertParts(t, parts)
	for _, l := range lines(res.Text) {
		if len(l) > maxLabel+2 {
			t.Fatalf("Convert: line of %d bytes, want labels cut to %d", len(l), maxLabel)
		}
	}
	if got := truncate("ăâ", 3); got != "ă" {
		t.Errorf("truncate(%q, 3) = %q, want %q", "ăâ", got, "ă")
	}
}
