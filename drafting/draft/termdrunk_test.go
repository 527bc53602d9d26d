package draft

import "testing"

func TestBloodAlcohol(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  float64
		ok    bool
	}{
		{"mg per 100ml", "被告人祁传剑当晚抽取的血液中乙醇含量为172mg／100ml。", 172, true},
		{"measure first", "经鉴定，陈晨每100毫升血液中含有乙醇275毫克。", 275, true},
		{"content first", "张某每100毫升血液中乙醇含量为196.34毫克。", 196.34, true},
		{"per millilitre", "郁某血液中乙醇浓度为1.09mg／ml。", 109, true},
		{"per millilitre of blood", "被告人陆斌血液中乙醇含量为1.83mg乙醇／ml血液。", 183, true},
		{"chinese units", "其血液酒精浓度为105毫克／100毫升。", 105, true},
		{"full width", "血液中乙醇含量为１５０．５㎎／１００ml。", 150.5, true},
		{"blood over breath", "呼气式酒精测试结果为98mg／100ml，经检验，郁某血液中乙醇浓度为91mg/100ml。", 91, true},
		{"slip for 100ml", "被告人范永平血液酒精含量为91.87mg／10ml。", 91.87, true},
		{"no unit before the slash", "被告人宁某某血液酒精含量为325.35／100ml。", 325.35, true},
		{"per hundred", "其血液中酒精含量为每百毫升135毫克。", 135, true},
		{"none", "被告人陈晨血液中检出乙醇。", 0, false},
		{"implausible", "血液中乙醇含量为0.5mg／100ml。", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := bloodAlcohol(tt.facts)
			if ok != tt.ok || (ok && (got-tt.want > 0.001 || tt.want-got > 0.001)) {
				t.Errorf("bloodAlcohol(%q) = %v, %v; want %v, %v", tt.facts, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestDrunkTerm(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  int
		ok    bool
	}{
		{"just over the limit", "血液中乙醇含量为91mg／100ml。", 1, true},
		{"middle", "血液中乙醇含量为172mg／100ml。", 2, true},
		{"high", "血液中乙醇含量为243.4毫克／100毫升。", 3, true},
		{"very high", "血液中乙醇含量为320mg／100ml。", 4, true},
		{"unaggravated", "血液中乙醇含量为200mg／100ml。", 2, true},
		{"unlicensed", "被告人未取得机动车驾驶证，血液中乙醇含量为200mg／100ml。", 3, true},
		{"ceiling", "血液中乙醇含量为800mg／100ml，发生事故后逃逸。", 6, true},
		{"below the limit", "血液中乙醇含量为60mg／100ml。", 0, false},
		{"no reading", "被告人醉酒驾驶机动车。", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := drunkTerm(tt.facts)
			if got != tt.want || ok != tt.ok {
				t.Errorf("drunkTerm(%q) = %d, %v; want %d, %v", tt.facts, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestWithDrunkTariff(t *testing.T) {
	facts := "血液中乙醇含量为243.4mg／100ml。"
	tests := []struct {
		name       string
		charge     string
		rec        Recommendation
		p          termProposal
		wantMonths int
		wantProb   int
	}{
		{"tariff", drunkCharge, Recommendation{Kind: "拘役", Months: 2}, termProposal{}, 3, 0},
		{"probation at least the term", drunkCharge, Recommendation{Kind: "拘役", Months: 2, ProbationMonths: 2}, termProposal{}, 3, 3},
		{"proposal stands", drunkCharge, Recommendation{Kind: "拘役", Months: 2}, termProposal{lo: 2, hi: 3}, 2, 0},
		{"other charge", "交通肇事罪", Recommendation{Kind: "拘役", Months: 2}, termProposal{}, 2, 0},
		{"exemption stands", drunkCharge, Recommendation{Kind: "免予刑事处罚"}, termProposal{}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.rec
			withDrunkTariff(&r, tt.charge, facts, tt.p)
			if r.Months != tt.wantMonths || r.ProbationMonths != tt.wantProb {
				t.Errorf("months %d probation %d; want %d, %d", r.Months, r.ProbationMonths, tt.wantMonths, tt.wantProb)
			}
		})
	}
}
