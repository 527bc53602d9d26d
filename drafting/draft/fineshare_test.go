package draft

import (
	"math"
	"testing"
)

func TestAmountShare(t *testing.T) {
	tests := []struct {
		name   string
		amount float64
		defs   []string
		want   float64
	}{
		{"one defendant keeps the total", 90000, []string{"甲"}, 90000},
		{"three defendants share it", 90000, []string{"甲", "乙", "丙"}, 30000},
		{"no defendant read", 90000, nil, 90000},
		{"no amount", 0, []string{"甲", "乙"}, 0},
	}
	for _, tt := range tests {
		if got := amountShare(tt.amount, SentenceQuery{Defendants: tt.defs}); got != tt.want {
			t.Errorf("%s: amountShare = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAmountFinePerDefendant(t *testing.T) {
	// A case of two defendants and 40,000 元 stands at 20,000 each: a lone
	// defendant's 20,000 元 is the same share and keeps its fine.
	ps := []PrecedentSentence{
		{Weight: 1, FineYuan: 2000, AmountYuan: 40000, Defendants: 2},
		{Weight: 1, FineYuan: 2000, AmountYuan: 20000, Defendants: 1},
	}
	if got := amountFine(ps, 20000); math.Abs(got-2000) > 1e-6 {
		t.Errorf("amountFine = %v, want 2000", got)
	}
	// Defendants unknown (0) counts as one: 40,000 元 is then twice the
	// share, and the lower of the two scaled fines is the weighted median.
	ps[0].Defendants = 0
	if got, want := amountFine(ps, 20000), 2000*math.Pow(0.5, fineAmountPower); math.Abs(got-want) > 1e-6 {
		t.Errorf("amountFine = %v, want %v", got, want)
	}
}
