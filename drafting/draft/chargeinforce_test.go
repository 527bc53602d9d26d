package draft

import "testing"

func TestNameInForce(t *testing.T) {
	tests := []struct {
		name, wording, facts, want string
	}{
		{"a superseded name for acts after the renaming",
			"伪造、变造居民身份证罪", "经审理查明：2016年8月上旬，被告人卢某以人民币80元的价格购得姓名谭某、吴某的居民身份证两张。", "伪造、变造、买卖身份证件罪"},
		{"the old name for acts before it",
			"强制猥亵、侮辱罪", "2015年2月8日，被告人王某以暴力手段强制猥亵妇女。", "强制猥亵、侮辱妇女罪"},
		{"the current name stays for later acts",
			"强制猥亵、侮辱罪", "2017年3月，被告人王某强制猥亵他人。", "强制猥亵、侮辱罪"},
		{"two old names: the new one stays",
			"侵犯公民个人信息罪", "2014年5月，被告人靳某以其他方法非法获取公民个人信息。", "侵犯公民个人信息罪"},
		{"a month the renaming took effect",
			"伪造、变造居民身份证罪", "2015年11月，被告人卢某伪造居民身份证。", "伪造、变造、买卖身份证件罪"},
		{"no date in the facts",
			"伪造、变造居民身份证罪", "被告人卢某伪造居民身份证两张。", "伪造、变造居民身份证罪"},
		{"a lease's end is no act",
			"生产、销售假药罪", "2018年3月，被告人张某租赁厂房（租期自2018年1月至2060年1月），生产假药。", "生产、销售假药罪"},
		{"a prior term's end is no act",
			"生产、销售假药罪", "被告人张某曾被判处有期徒刑，刑期从2014年4月3日起至2027年4月2日止。2018年5月，张某销售假药。", "生产、销售假药罪"},
		{"a prior term's end after 折抵",
			"生产、销售假药罪", "被告人张某曾犯盗窃罪被判处有期徒刑十五年（羁押一日折抵刑期一日，即自2016年3月31日起至2031年3月30日止）。2018年5月，张某销售假药。", "生产、销售假药罪"},
		{"a company's term of business",
			"生产、销售假药罪", "某公司，营业期限：1996年01月31日至2046年01月30日。2019年5月，被告人张某销售假药。", "生产、销售假药罪"},
		{"an act period's end still dates the acts",
			"生产、销售假药罪", "2020年1月至2021年5月，被告人张某销售假药。", "生产、销售、提供假药罪"},
		{"a charge never renamed",
			"盗窃罪", "2016年8月，被告人张某窃取手机一部。", "盗窃罪"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nameInForce(tt.wording, latestFactMonth(tt.facts)); got != tt.want {
				t.Errorf("nameInForce(%s) = %s, want %s", tt.wording, got, tt.want)
			}
		})
	}
}
