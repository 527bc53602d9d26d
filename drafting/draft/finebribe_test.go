package draft

import "testing"

func TestBribeFine(t *testing.T) {
	tests := []struct {
		name, charge       string
		months             int
		fine, amount, want float64
	}{
		{"贪污 of ten months below the floor", "贪污罪", 10, 60000, 90803, 100000},
		{"受贿 of three years above the first band's ceiling", "受贿罪", 36, 800000, 2000000, 500000},
		{"受贿 of four years below 200,000", "受贿罪", 48, 150000, 500000, 200000},
		{"受贿 of eleven years below 500,000", "受贿罪", 132, 300000, 2400000, 500000},
		{"贪污 of six years above twice the amount", "贪污罪", 72, 800000, 300000, 600000},
		{"行贿 below 100,000", "行贿罪", 15, 50000, 70000, 100000},
		{"行贿 above twice the amount", "行贿罪", 30, 500000, 120000, 240000},
		{"amount too small for the band", "受贿罪", 48, 150000, 60000, 200000},
		{"within the band", "受贿罪", 60, 300000, 1000000, 300000},
		{"no fine stays none", "受贿罪", 24, 0, 100000, 0},
		{"other charges untouched", "盗窃罪", 24, 5000, 100000, 5000},
		{"no amount stated: floor only", "行贿罪", 12, 500000, 0, 500000},
	}
	for _, tt := range tests {
		if got := bribeFine(tt.charge, tt.months, tt.fine, tt.amount); got != tt.want {
			t.Errorf("%s: bribeFine = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestBribeFineDue(t *testing.T) {
	// tune 1df6da7a: bribes of 1998–2013, the accused taken in 2017; the
	// court fined 贪污 1,000,000 元 and 受贿 500,000 元.
	judged2017 := "被告人江某某于1998年9月至2002年任沈阳市物资局副局长……并收受孟祥元贿赂款人民币100，000元。2017年7月5日被告人江某某被办案机关从辽宁省廉政教育基地（纪委办案点）接回讯问。"
	// Acts and prosecution before the Ninth Amendment: the old law had no fine.
	before := "2012年3月至2013年5月，被告人王某利用职务便利，收受他人贿赂款人民币50000元。2013年6月被告人王某被刑事拘留。"
	tests := []struct {
		name, charge, facts string
		months              int
		fine, want          float64
	}{
		{"受贿 judged under the amended law, over three years", "受贿罪", judged2017, 110, 0, 200000},
		{"贪污 judged under the amended law, over ten years", "贪污罪", judged2017, 141, 0, 500000},
		{"贪污 of three years or less", "贪污罪", judged2017, 30, 0, 100000},
		{"a fine drafted stays", "受贿罪", judged2017, 110, 300000, 300000},
		{"judged under the old law", "受贿罪", before, 24, 0, 0},
		{"行贿 not added", "行贿罪", judged2017, 24, 0, 0},
		{"no term", "受贿罪", judged2017, 0, 0, 0},
	}
	for _, tt := range tests {
		if got := bribeFineDue(tt.charge, tt.facts, tt.months, tt.fine); got != tt.want {
			t.Errorf("%s: bribeFineDue = %v, want %v", tt.name, got, tt.want)
		}
	}
}
