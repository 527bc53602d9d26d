package docmeta

import "testing"

func TestCourtLevelAndProvince(t *testing.T) {
	tests := []struct{ court, level, province string }{
		{"江西省南昌市青山湖区人民法院", "基层", "江西"},
		{"浙江省嘉兴市中级人民法院", "中级", "浙江"},
		{"北京市高级人民法院", "高级", "北京"},
		{"最高人民法院", "最高", ""},
		{"内蒙古自治区呼和浩特市新城区人民法院", "基层", "内蒙古"},
		{"", "", ""},
	}
	for _, tc := range tests {
		if l, p := CourtLevel(tc.court), Province(tc.court); l != tc.level || p != tc.province {
			t.Errorf("%q: level %q province %q, want %q %q", tc.court, l, p, tc.level, tc.province)
		}
	}
}

func TestProcedure(t *testing.T) {
	tests := map[string]string{"（2018）赣0111刑初485号": "一审", "（2019）浙04刑终12号": "二审", "（2020）京刑再3号": "再审", "": ""}
	for in, want := range tests {
		if got := procedure(in); got != want {
			t.Errorf("procedure(%q) = %q, want %q", in, got, want)
		}
	}
}
