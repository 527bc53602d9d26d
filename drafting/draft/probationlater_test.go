package draft

import (
	"context"
	"fmt"
	"testing"
)

func TestDefendantProbationCases(t *testing.T) {
	full := "某某人民法院 刑事判决书 （2018）某0111刑初1号 公诉机关某某人民检察院。 被告人曾桂文，男。 被告人莫某乙，男。 某某人民检察院指控被告人曾桂文、莫某乙犯盗窃罪。"
	verdict := "一、被告人曾桂文犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币五千元。 二、被告人莫某乙犯盗窃罪，判处有期徒刑三年，缓刑四年，并处罚金人民币三千元。"
	got := defendantProbationCases("事实", verdictText(full, verdict))
	want := []ProbationCase{
		{Facts: "事实", Charge: "盗窃罪", Kind: "有期徒刑", Months: 42},
		{Facts: "事实", Charge: "盗窃罪", Kind: "有期徒刑", Months: 36, Suspended: true, PeriodMonths: 48, Position: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d cases %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("defendant %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// laterCases are two-defendant judgments in which the courts suspend the
// second defendant's year and never the first's.
func laterCases() []ProbationCase {
	var out []ProbationCase
	for i := range 120 {
		facts := fmt.Sprintf("被告人张某伙同李某盗窃财物%d元。", 1000+i)
		out = append(out,
			ProbationCase{Facts: facts, Charge: "盗窃罪", Kind: "有期徒刑", Months: 12},
			ProbationCase{Facts: facts, Charge: "盗窃罪", Kind: "有期徒刑", Months: 12, Suspended: i%5 != 0, PeriodMonths: 12, Position: 1})
	}
	return out
}

func TestLaterProbation(t *testing.T) {
	tests := []struct {
		name      string
		cases     []ProbationCase
		wantLater bool
	}{
		{"first defendants only", probationCases(), false},
		{"too few later defendants", append(probationCases(), laterCases()[:2*laterProbationMin-2]...), false},
		{"later defendants", append(probationCases(), laterCases()...), true},
	}
	for _, tt := range tests {
		m, err := TrainProbation(context.Background(), tt.cases)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if (m.later != nil) != tt.wantLater {
			t.Errorf("%s: later model %v, want %v", tt.name, m.later != nil, tt.wantLater)
		}
		if m.later == nil {
			continue
		}
		c := ProbationCase{Facts: "被告人张某伙同李某盗窃财物2000元。", Charge: "盗窃罪", Kind: "有期徒刑", Months: 12}
		first := m.Chance(c)
		c.Position = 1
		if second := m.Chance(c); second < 0.6 || first > 0.4 {
			t.Errorf("%s: chance first %.2f (want ≤ 0.4), second %.2f (want ≥ 0.6)", tt.name, first, second)
		}
	}
}
