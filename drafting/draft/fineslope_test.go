package draft

import (
	"math"
	"testing"
)

func TestTermScaled(t *testing.T) {
	tests := []struct {
		name, charge string
		fine         float64
		from, months int
		want         float64
	}{
		{"theft: in proportion", "盗窃罪", 3000, 6, 24, 12000},
		{"drug sale: a term four times as long, about 2.2 times the fine", "走私、贩卖、运输、制造毒品罪", 3000, 6, 24, 3000 * math.Pow(4, 0.58)},
		{"drug sale: a shorter term, a fine cut less than in proportion", "走私、贩卖、运输、制造毒品罪", 20000, 84, 21, 20000 * math.Pow(0.25, 0.58)},
		{"drunk driving, not listed: in proportion", "危险驾驶罪", 2000, 2, 4, 4000},
		{"same term: unchanged", "容留他人吸毒罪", 2000, 8, 8, 2000},
		{"contract fraud, not listed: in proportion", "合同诈骗罪", 50000, 36, 72, 100000},
		{"copyright: a shorter term, a fine cut more than in proportion", "侵犯著作权罪", 100000, 36, 18, 100000 * math.Pow(0.5, 1.69)},
		{"credit-card fraud grows less than the term", "信用卡诈骗罪", 10000, 12, 48, 10000 * math.Pow(4, 0.56)},
		{"bribe-taking grows less than the term", "受贿罪", 200000, 36, 72, 200000 * math.Pow(2, 0.76)},
		{"pyramid selling, not listed: in proportion", "组织、领导传销活动罪", 50000, 24, 48, 100000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := termScaled(tt.charge, tt.fine, tt.from, tt.months); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("termScaled(%s, %v, %d, %d) = %v, want %v", tt.charge, tt.fine, tt.from, tt.months, got, tt.want)
			}
		})
	}
}

func TestSimilarChargeFine(t *testing.T) {
	// Two small drug sales fined 2,000 and 3,000 元 for seven and nine
	// months; the drafted term is three years.
	ps := []PrecedentSentence{
		{Weight: 1, Months: 7, FineYuan: 2000},
		{Weight: 0.8, Months: 9, FineYuan: 3000},
	}
	unfined := []PrecedentSentence{{Weight: 1, Months: 7}}
	tests := []struct {
		name, charge string
		ps           []PrecedentSentence
		months       int
		want         float64
	}{
		{"theft scales the fine in proportion", "盗窃罪", ps, 36, 10000},          // 2000 × 36/7 ≈ 10286
		{"drug sale grows less than the term", "走私、贩卖、运输、制造毒品罪", ps, 36, 5000}, // 2000 × (36/7)^0.58 ≈ 5174
		{"no charge: as similarFine", "", ps, 36, similarFine(ps, 36, 0)},
		{"no term: the median fine", "走私、贩卖、运输、制造毒品罪", ps, 0, 2000},
		{"none fined", "走私、贩卖、运输、制造毒品罪", unfined, 36, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := similarChargeFine(tt.charge, tt.ps, tt.months, 0); got != tt.want {
				t.Errorf("similarChargeFine(%s, %d) = %v, want %v", tt.charge, tt.months, got, tt.want)
			}
		})
	}
}
