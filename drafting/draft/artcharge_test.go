package draft

import "testing"

// Similar cases' specific-part articles that belong to another charge:
// cases seen on the tune set (a 寻衅滋事 draft citing 故意伤害's 234, an
// 抢劫 draft citing 强奸's 236, a 非国家工作人员受贿 draft citing 贪污's
// 382) against the articles that stay (受贿's punishment in 383, the drug
// definitions of 357, a charge's own article).
func TestOthersArticle(t *testing.T) {
	o := ruledOffline(t)
	for _, c := range []struct {
		article, suffix int
		charges         []string
		want            bool
	}{
		{234, 0, []string{"寻衅滋事罪"}, true},
		{236, 0, []string{"抢劫罪"}, true},
		{382, 0, []string{"非国家工作人员受贿罪"}, true},
		{347, 0, []string{"非法持有毒品罪"}, true},
		{293, 0, []string{"寻衅滋事罪"}, false},
		{234, 0, []string{"寻衅滋事罪", "故意伤害罪"}, false},
		{383, 0, []string{"受贿罪"}, false},
		{386, 0, []string{"受贿罪"}, false},
		{357, 0, []string{"走私、贩卖、运输、制造毒品罪"}, false},
		{356, 0, []string{"非法持有毒品罪"}, false},
		{312, 0, []string{"盗窃罪", "掩饰、隐瞒犯罪所得罪"}, false},
		{133, 1, []string{"危险驾驶罪"}, false},
		{133, 1, []string{"交通肇事罪"}, true},
	} {
		if got := othersArticle(o.Rules.Charges, c.article, c.suffix, c.charges); got != c.want {
			t.Errorf("othersArticle(%d之%d, %v) = %v, want %v", c.article, c.suffix, c.charges, got, c.want)
		}
	}
}
