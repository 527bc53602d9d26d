package draft

import "testing"

// Snippets of LeCaRD candidate judgments.
func TestHoldsFacts(t *testing.T) {
	facts := "经审理查明：2017年3月30日，被告人邱红峰、邱红波经预谋后，在苏州市吴江区黎里镇，以人民币900元的价格向张某贩卖毒品可待因1次。上述事实，被告人在开庭审理过程中亦无异议。"
	tests := []struct {
		name, full string
		want       bool
	}{
		{"a copy, spaced otherwise", "苏州市吴江区人民法院 刑事判决书 经审理 查明：2017年3月30日，被告人邱红峰、邱红波经预谋后，在苏州市吴江区黎里镇，以人民币900元的价格向张某贩卖毒品可待因1次。 上述事实，被告人在开庭审理过程中亦无异议。本院认为……", true},
		{"another sale of the same procuratorate, worded alike", "经审理查明：2018年5月24日，被告人邱红峰、邱红波经预谋后，在苏州市吴江区黎里镇，以人民币900元的价格向张某贩卖毒品可待因1次。上述事实，被告人在开庭审理过程中亦无异议。", false},
		{"another case sharing the boilerplate", "经审理查明：2016年5月2日，被告人王某在某宾馆内以人民币200元的价格向李某贩卖甲基苯丙胺0.3克。上述事实，被告人在开庭审理过程中亦无异议。", false},
	}
	for _, tt := range tests {
		if got := holdsFacts(tt.full, facts); got != tt.want {
			t.Errorf("%s: holdsFacts = %v, want %v", tt.name, got, tt.want)
		}
	}
}
