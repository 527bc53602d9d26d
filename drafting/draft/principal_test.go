package draft

import "testing"

func TestPrincipalFactor(t *testing.T) {
	names := []string{"张某", "李某"}
	tests := []struct {
		name  string
		facts string
		who   string
		want  float64
	}{
		{"the first a stated principal", "被告人张某伙同被告人李某盗窃财物。在共同犯罪中，被告人张某起主要作用，系主犯；被告人李某起次要作用，系从犯。", "张某", 1.3},
		{"the first a stated accessory", "被告人张某、李某受他人指使运输毒品，被告人张某、李某在共同犯罪中起次要作用，系从犯。", "张某", 1.10},
		{"principal and accessory both said of the first", "公诉机关认为被告人张某系主犯。辩护人提出被告人张某系从犯。", "张某", 1.10},
		{"no part stated", "被告人张某伙同被告人李某盗窃财物，价值人民币5000元。", "张某", 1.3},
		{"only the second's part stated", "被告人张某伙同被告人李某盗窃财物，被告人李某系从犯。", "张某", 1.3},
	}
	for _, tt := range tests {
		q := SentenceQuery{Facts: tt.facts, Defendant: tt.who, Defendants: names}
		if got := principalFactor(q); got != tt.want {
			t.Errorf("%s: principalFactor = %v, want %v", tt.name, got, tt.want)
		}
	}
}
