package agency

import "testing"

func TestParseField(t *testing.T) {
	tests := []struct {
		in    string
		role  Role
		name  string
		value string
		ok    bool
	}{
		{"Cơ quan chủ trì: Sở Nội vụ;", RoleLead, "Cơ quan chủ trì", "Sở Nội vụ", true},
		{"cơ quan chủ trì: sở nội vụ;", RoleLead, "cơ quan chủ trì", "sở nội vụ", true},
		{"CƠ QUAN CHỦ TRÌ: SỞ NỘI VỤ", RoleLead, "CƠ QUAN CHỦ TRÌ", "SỞ NỘI VỤ", true},
		{"Đơn vị chủ trì: Sở Y tế.", RoleLead, "Đơn vị chủ trì", "Sở Y tế", true},
		{"Cơ quan chủ trì thực hiện: Bộ Tài chính", RoleLead, "Cơ quan chủ trì thực hiện", "Bộ Tài chính", true},
		{"Cơ quan phối hợp: Các sở, ban, ngành", RoleCooperating, "Cơ quan phối hợp", "Các sở, ban, ngành", true},
		{"Đơn vị phối hợp: Sở Tài chính", RoleCooperating, "Đơn vị phối hợp", "Sở Tài chính", true},
		{"Cơ quan thực hiện: Các cơ quan, đơn vị", RoleExecutor, "Cơ quan thực hiện", "Các cơ quan, đơn vị", true},
		{"Thời gian thực hiện: Thường xuyên", RoleTime, "Thời gian thực hiện", "Thường xuyên", true},
		{"Thời gian hoàn thành: Quý IV/2024", RoleDeadline, "Thời gian hoàn thành", "Quý IV/2024", true},
		{"Sản phẩm: Kế hoạch của UBND tỉnh.", RoleProduct, "Sản phẩm", "Kế hoạch của UBND tỉnh", true},
		{"Kinh phí: Ngân sách tỉnh", RoleFunding, "Kinh phí", "Ngân sách tỉnh", true},
		{"b) Cơ quan thực hiện:", RoleExecutor, "Cơ quan thực hiện", "", true},
		{"- a) a) Cơ quan chủ trì: Thanh tra thành phố", RoleLead, "Cơ quan chủ trì", "Thanh tra thành phố", true},
		{"6 b) Cơ quan phối hợp: Sở Nội vụ, các", RoleCooperating, "Cơ quan phối hợp", "Sở Nội vụ, các", true},
		{"**Cơ quan chủ trì:** Sở Nội vụ", RoleLead, "Cơ quan chủ trì", "Sở Nội vụ", true},
		{"a) Cơ quan chủ trì: sở nội vụ; b) cơ quan phối hợp: các cơ quan", RoleLead, "Cơ quan chủ trì", "sở nội vụ", true},
		{"Cơ quan phối hợp: các cơ đư c) Thời gian thực hiện: Hoàn thành", RoleCooperating, "Cơ quan phối hợp", "các cơ đư", true},
		{"Trách nhiệm thực hiện: Sở Y tế.", RoleExecutor, "Trách nhiệm thực hiện", "Sở Y tế", true},
		{"Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ban nhân dân tỉnh.", RoleExecutor,
			"Trách nhiệm chỉ đạo thực hiện", "Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ban nhân dân tỉnh", true},
		{"Nội dung: tuyên truyền", RoleOther, "", "", false},
		{"d) Xây dựng đề án. Đơn vị chủ trì: Vụ Kế hoạch.", RoleOther, "", "", false}, // a sentence first
		{"Mục tiêu: đạt 5%", RoleOther, "", "", false},
		{"Sở Nội vụ chủ trì: tham mưu", RoleOther, "", "", false},
		{"Cơ quan chủ trì Sở Nội vụ", RoleOther, "", "", false},
		{"", RoleOther, "", "", false},
	}
	for _, tt := range tests {
		f, ok := ParseField(tt.in)
		if ok != tt.ok || f.Role != tt.role || f.Name != tt.name || f.Value != tt.value {
			t.Errorf("ParseField(%q) = %v %q %q %v, want %v %q %q %v", tt.in, f.Role, f.Name, f.Value, ok, tt.role, tt.name, tt.value, tt.ok)
			continue
		}
		if ok && tt.in[f.ValueStart:f.ValueStart+len(f.Value)] != f.Value {
			t.Errorf("ParseField(%q).ValueStart = %d, does not point at %q", tt.in, f.ValueStart, f.Value)
		}
	}
}

func TestParseFieldLoop(t *testing.T) {
	text := "a) Cơ quan chủ trì: sở nội vụ; b) cơ quan phối hợp: các cơ đư c) Thời gian thực hiện: Hoàn thành trước 30/9"
	type fv struct {
		role  Role
		value string
	}
	want := []fv{{RoleLead, "sở nội vụ"}, {RoleCooperating, "các cơ đư"}, {RoleTime, "Hoàn thành trước 30/9"}}
	var got []fv
	for rest := text; rest != ""; {
		f, ok := ParseField(rest)
		if !ok {
			break
		}
		got = append(got, fv{f.Role, f.Value})
		rest = rest[f.End:]
	}
	if len(got) != len(want) {
		t.Fatalf("fields of %q = %v, want %v", text, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("field %d of %q = %v, want %v", i, text, got[i], want[i])
		}
	}
}

func TestColumnRole(t *testing.T) {
	tests := []struct {
		in   string
		want Role
	}{
		{"TT", RoleIndex},
		{"STT", RoleIndex},
		{"**Số TT**", RoleIndex},
		{"Cơ quan chủ trì", RoleLead},
		{"Cơ quan chủ trì thực hiện", RoleLead},
		{"Cơ quan chủ trì theo dõi, đánh giá", RoleLead},
		{"Đơn vị chủ trì", RoleLead},
		{"CƠ QUAN CHỦ TRÌ", RoleLead},
		{"Cơ quan phối hợp", RoleCooperating},
		{"Đơn vị phối hợp thực hiện", RoleCooperating},
		{"Cơ quan phối hợp thực hiện", RoleCooperating},
		{"Cơ quan thực hiện", RoleExecutor},
		{"Đơn vị thực hiện", RoleExecutor},
		{"Trách nhiệm thực hiện", RoleExecutor},
		{"Nhiệm vụ", RoleTask},
		{"Nội dung công việc", RoleTask},
		{"Nội dung", RoleTask},
		{"Hoạt động", RoleTask},
		{"Nhóm hoạt động", RoleGroup},
		{"Thời gian", RoleTime},
		{"Thời gian thực hiện", RoleTime},
		{"Tiến độ", RoleTime},
		{"Thời gian hoàn thành", RoleDeadline},
		{"Thời gian thực hiện/ hoàn thành", RoleDeadline},
		{"Thời gian trình", RoleDeadline},
		{"Thời hạn", RoleDeadline},
		{"Sản phẩm", RoleProduct},
		{"Sản phẩm, hình thức văn bản", RoleProduct},
		{"Đầu ra chủ yếu", RoleProduct},
		{"Nguồn kinh phí", RoleFunding},
		{"Chỉ tiêu", RoleIndicator},
		{"Tên chỉ tiêu", RoleIndicator},
		{"Chỉ tiêu năm 2024", RoleTarget},
		{"Chỉ tiêu phấn đấu", RoleTarget},
		{"Chủ đầu tư", RoleLead},
		{"Chủ đầu tư/Đơn vị thực hiện", RoleLead},
		{"Kết quả phấn đấu", RoleTarget},
		{"Kết quả cần đạt", RoleTarget},
		{"Năm 2030", RoleTarget},
		{"Giá trị", RoleTarget},
		{"Năm", RoleOther},
		{"Đơn vị", RoleUnit},
		{"Đơn vị tính", RoleUnit},
		{"ĐVT", RoleUnit},
		{"Kết quả", RoleResult},
		{"Thực hiện năm 2023", RoleResult},
		{"Ước thực hiện 2023", RoleResult},
		{"Mục tiêu", RoleTarget},
		{"Kế hoạch năm 2025", RoleTarget},
		{"Ghi chú", RoleNote},
		{"Tên đơn vị hành chính", RoleOther},
		{"", RoleOther},
	}
	for _, tt := range tests {
		if got := ColumnRole(tt.in); got != tt.want {
			t.Errorf("ColumnRole(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRoleString(t *testing.T) {
	if got := RoleLead.String(); got != "lead" {
		t.Errorf("RoleLead.String() = %q, want %q", got, "lead")
	}
	if got := Role(200).String(); got == "" || got == "other" {
		t.Errorf("Role(200).String() = %q, want a placeholder", got)
	}
}
