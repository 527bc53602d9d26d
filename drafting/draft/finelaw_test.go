package draft

import "testing"

func TestFineLater(t *testing.T) {
	tests := []struct {
		name, charge, facts string
		want                bool
	}{
		// Tune items: the court fined none of the first three, and 100,000
		// 元 for the bribe of 2018.
		{"bribe confessed in 2013", "受贿罪", "经查，2013年6月，高占英首次接受司法机关讯问时，即供述了上述二起受贿事实", true},
		{"forged seals seen in 2014", "伪造、变造、买卖国家机关公文、证件、印章罪", "证人唐某、董某某的证言证实，2014年8月13日14时许，其在本市城东区八一路某小区被告人赵某家中见证", true},
		{"a company's bribe before the Eleventh Amendment", "非国家工作人员受贿罪", "证实始兴县公安局于2018年8月10日对隆兴宾馆及海诚玻璃店进行勘查的情况", true},
		{"bribe met in 2018", "受贿罪", "2011年5月收受现金。2018年3月7日下午，李某1来到黄梅，电话约许敬中在黄梅县高速路口旁的天海四喜", false},
		{"bribe dated 2015-04: judged after the amendment", "受贿罪", "2015年4月，被告人被留置调查", false},
		{"bribe dated 2015-03: judged before it", "受贿罪", "2015年3月，被告人被留置调查", true},
		{"a bribe given in 2015-04: the heavier new law does not reach back", "行贿罪", "2015年4月，被告人送给某现金五万元", true},
		{"theft: fined since 1997", "盗窃罪", "2013年6月，被告人窃得电动车一辆", false},
		{"no month dated", "受贿罪", "被告人收受他人财物共计人民币十万元", false},
	}
	for _, tt := range tests {
		if got := fineLater(tt.charge, tt.facts); got != tt.want {
			t.Errorf("%s: fineLater = %v, want %v", tt.name, got, tt.want)
		}
	}
}
