package corpus

import "testing"

func TestProvinces(t *testing.T) {
	n, codes := 0, map[string]bool{}
	for p := range Provinces() {
		n++
		if codes[p.Code] {
			t.Errorf("code %s used twice", p.Code)
		}
		codes[p.Code] = true
	}
	if n != 31 {
		t.Errorf("%d provinces, want 31", n)
	}
	for _, tc := range []struct{ in, of, first string }{
		{"浙江省临海市人民法院", "浙江", "浙江"},
		{"内蒙古自治区呼和浩特市中级人民法院", "内蒙古", "内蒙古"},
		{"临海市人民法院", "", ""},
		{"被告人在江西省南昌市与广东省人某某联系", "", "江西"},
		{"家住广东省深圳市，后到江西省", "", "广东"},
	} {
		p, _ := ProvinceOf(tc.in)
		q, _ := FirstProvince(tc.in)
		if p.Name != tc.of || q.Name != tc.first {
			t.Errorf("%s: ProvinceOf %q FirstProvince %q, want %q %q", tc.in, p.Name, q.Name, tc.of, tc.first)
		}
	}
}
