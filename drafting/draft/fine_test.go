package draft

import (
	"math"
	"testing"
)

func TestProposedFine(t *testing.T) {
	tests := []struct {
		name, facts string
		want        [2]float64
	}{
		{"one amount", "公诉机关建议判处被告人祁某拘役一个月十五日，并处罚金人民币三千元，并适用缓刑。", [2]float64{3000, 3000}},
		{"digits", "建议判处有期徒刑六个月，并处罚金5,000元。", [2]float64{5000, 5000}},
		{"range", "建议判处有期徒刑一年至二年，并处罚金人民币二万元至三万元。", [2]float64{20000, 30000}},
		{"floor", "建议判处有期徒刑三年以上，并处罚金一万元以上。", [2]float64{10000, 0}},
		{"no amount", "建议判处有期徒刑六个月至九个月，并处罚金。", [2]float64{}},
		{"no proposal", "被告人盗窃现金人民币3000元。", [2]float64{}},
		{"fine outside proposal", "建议判处有期徒刑六个月。被告人已缴纳罚金二千元。", [2]float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := proposedFine(tt.facts); got != tt.want {
				t.Errorf("proposedFine(%q) = %v, want %v", tt.facts, got, tt.want)
			}
		})
	}
}

func TestAmountFine(t *testing.T) {
	ps := []PrecedentSentence{
		{Weight: 1, FineYuan: 2000, AmountYuan: 4000},
		{Weight: 0.8, FineYuan: 5000, AmountYuan: 10000},
		{Weight: 0.6, FineYuan: 3000}, // no amount: not used
	}
	tests := []struct {
		name   string
		ps     []PrecedentSentence
		amount float64
		want   float64
	}{
		{"same amount", ps, 4000, 2000},
		{"four times the amount: 4^0.75 times the fine", ps, 16000, 2000 * math.Pow(4, 0.75)},
		{"a hundred times the amount counts as ten times", ps, 400000, 2000 * math.Pow(10, 0.75)},
		{"no amount stated", ps, 0, 0},
		{"too few cases with amounts", ps[:1], 4000, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := amountFine("盗窃罪", tt.ps, tt.amount); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("amountFine(%v) = %v, want %v", tt.amount, got, tt.want)
			}
		})
	}
}

func TestAmountPower(t *testing.T) {
	// Drug sales priced at 200 and 800 元, fined 2,000 元 each; the drafted
	// sale was for 3,200 元, four and sixteen times theirs.
	ps := []PrecedentSentence{
		{Weight: 1, FineYuan: 2000, AmountYuan: 800},
		{Weight: 0.8, FineYuan: 2000, AmountYuan: 200},
	}
	tests := []struct {
		name, charge string
		want         float64
	}{
		{"drug sale: four times the price, 4^0.375 times the fine", "走私、贩卖、运输、制造毒品罪", 2000 * math.Pow(4, 0.375)},
		{"theft: four times the amount, 4^0.75 times the fine", "盗窃罪", 2000 * math.Pow(4, 0.75)},
		{"holding drugs, not listed: the general power", "非法持有毒品罪", 2000 * math.Pow(4, 0.75)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := amountFine(tt.charge, ps, 3200); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("amountFine(%s, 3200) = %v, want %v", tt.charge, got, tt.want)
			}
		})
	}
}

func TestSnapFine(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{0, 0},
		{300, 300},         // below the steps: whole hundreds
		{1200, 1000},       // nearer 1000 than 2000 on the log scale
		{1500, 2000},       // log-nearer 2000
		{7000, 10000},      // log-nearer 8000, which courts write as 10000 (commonFine)
		{12500, 20000},     // log-nearer 15000, written as 20000
		{3456789, 3457000}, // above the steps: whole thousands
	}
	for _, tt := range tests {
		if got := snapFine(tt.in); got != tt.want {
			t.Errorf("snapFine(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSimilarFine(t *testing.T) {
	ps := []PrecedentSentence{
		{Weight: 1, Months: 10, FineYuan: 5000, AmountYuan: 20000},
		{Weight: 0.8, Months: 6, FineYuan: 3000, AmountYuan: 10000},
	}
	tests := []struct {
		name   string
		ps     []PrecedentSentence
		months int
		amount float64
		want   float64
	}{
		{"term only: 500 a month times 12", ps, 12, 0, 5000},           // 6000, written as 5000
		{"twice the amount raises the fine", ps, 12, 40000, 10000},     // sqrt(6000 × 8409) ≈ 7103: 8000, written as 10000
		{"four times the amount raises it more", ps, 12, 80000, 10000}, // sqrt(6000 × 14142) ≈ 9212
		{"none fined", []PrecedentSentence{{Weight: 1, Months: 10}}, 12, 20000, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := similarFine(tt.ps, tt.months, tt.amount); got != tt.want {
				t.Errorf("similarFine(%d, %v) = %v, want %v", tt.months, tt.amount, got, tt.want)
			}
		})
	}
}

func TestProposalFine(t *testing.T) {
	ps := []PrecedentSentence{{Weight: 1, Months: 10, FineYuan: 5000}}
	tests := []struct {
		name, facts string
		fine, want  float64
	}{
		{"named amount wins", "建议判处有期徒刑一年，并处罚金人民币三千元。", 8000, 3000},
		{"raised to the floor", "建议判处有期徒刑三年以上，并处罚金一万元以上。", 6000, 10000},
		{"kept under the ceiling", "建议判处有期徒刑一年，并处罚金二万元以下。", 30000, 20000},
		{"fine asked for: similar cases' fine", "建议判处有期徒刑六个月至九个月，并处罚金。", 0, 5000},
		{"no proposal: unchanged", "被告人盗窃现金三千元。", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var trace []string
			q := SentenceQuery{Facts: tt.facts, Precedents: ps}
			if got := proposalFine(tt.fine, q, 12, 0, &trace); got != tt.want {
				t.Errorf("proposalFine(%v, %q) = %v, want %v", tt.fine, tt.facts, got, tt.want)
			}
		})
	}
}
