package draft

import (
	"slices"
	"testing"
)

// The sentences are tune facts (LeCaRD first-instance judgments outside
// JuDGE dev) whose counsel the drafter had not answered.
func TestCounselOpinions(t *testing.T) {
	tests := []struct {
		name, facts string
		want        [][2]string
	}{
		{"after counsel's assent to the charge",
			"辩护人对公诉机关指控的罪名没有异议，辩称被告人谢某1在共同犯罪中起次要作用，系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚。",
			[][2]string{{"", "被告人谢某1在共同犯罪中起次要作用，系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚"}}},
		{"after counsel's names",
			"被告人张军的辩护人徐卫东、姜志强的辩护意见是：1．张军因串通招投标被立案，如实供述其受贿的犯罪事实，系自首；2．主动退缴受贿款。",
			[][2]string{{"张军", "1．张军因串通招投标被立案，如实供述其受贿的犯罪事实，系自首；2．主动退缴受贿款"}}},
		{"with 称",
			"被告人阮某对起诉书指控的犯罪事实及罪名无异议。其辩护人称：起诉书指控阮某犯生产、销售伪劣产品罪的事实不清，证据不足，指控罪名不能成立。",
			[][2]string{{"", "起诉书指控阮某犯生产、销售伪劣产品罪的事实不清，证据不足，指控罪名不能成立"}}},
		{"counsel who raised nothing",
			"被告人张军的辩护人徐卫东、姜志强均未提出异议，被告人张军对收取钱款及数额没有提出异议，但辩称没有向对方索要钱款。",
			nil},
		{"assent alone",
			"辩护人对公诉机关指控的罪名不持异议。",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := counselOpinions(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
