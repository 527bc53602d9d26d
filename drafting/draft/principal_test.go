package draft

import "testing"

func TestPrincipalFactor(t *testing.T) {
	names := []string{"张某", "李某"}
	three := []string{"王某某", "刘某某", "陈某某"}
	tests := []struct {
		name  string
		facts string
		who   string
		names []string // the defendants when not 张某 and 李某
		want  float64
	}{
		{"the first a stated principal", "被告人张某伙同被告人李某盗窃财物。在共同犯罪中，被告人张某起主要作用，系主犯；被告人李某起次要作用，系从犯。", "张某", nil, 1.3},
		{"the first a stated accessory", "被告人张某、李某受他人指使运输毒品，被告人张某、李某在共同犯罪中起次要作用，系从犯。", "张某", nil, 1.10},
		{"principal and accessory both said of the first", "公诉机关认为被告人张某系主犯。辩护人提出被告人张某系从犯。", "张某", nil, 1.10},
		{"no part stated", "被告人张某伙同被告人李某盗窃财物，价值人民币5000元。", "张某", nil, 1.3},
		{"only the second's part stated", "被告人张某伙同被告人李某盗窃财物，被告人李某系从犯。", "张某", nil, 1.3},
		{"three, no part stated", "2016年3月至5月，被告人王某某、刘某某、陈某某经事先预谋，多次在某市某区盗窃电动车，价值共计人民币23000元。", "王某某", three, partlessFactor},
		{"three, only a later one's part stated", "被告人王某某、刘某某、陈某某结伙盗窃电动车。在共同犯罪中，被告人陈某某起次要作用，系从犯。", "王某某", three, 1.3},
		{"three, the first a stated principal", "被告人王某某纠集刘某某、陈某某开设赌场。被告人王某某在共同犯罪中起主要作用，系主犯。", "王某某", three, 1.3},
		{"three, the first a stated accessory", "被告人王某某、刘某某、陈某某在共同犯罪中起次要作用，系从犯。", "王某某", three, 1.10},
	}
	for _, tt := range tests {
		q := SentenceQuery{Facts: tt.facts, Defendant: tt.who, Defendants: names}
		if tt.names != nil {
			q.Defendants = tt.names
		}
		if got := principalFactor(q); got != tt.want {
			t.Errorf("%s: principalFactor = %v, want %v", tt.name, got, tt.want)
		}
	}
}
