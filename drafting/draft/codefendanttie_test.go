package draft

import "testing"

func TestProposalTie(t *testing.T) {
	names := []string{"张某", "李某", "王某"}
	tests := []struct {
		name  string
		facts string
		i     int
		want  bool
	}{
		{"one proposal for the two, same parts", "被告人张某、李某、王某共同盗窃财物。公诉机关建议对被告人张某、李某判处有期徒刑一年至一年六个月，对被告人王某判处有期徒刑六个月至一年。", 1, true},
		{"the third's proposal differs", "被告人张某、李某、王某共同盗窃财物。公诉机关建议对被告人张某、李某判处有期徒刑一年至一年六个月，对被告人王某判处有期徒刑六个月至一年。", 2, false},
		{"one proposal, but only the second surrendered", "被告人张某、李某、王某共同盗窃财物。被告人李某主动投案。公诉机关建议对被告人张某、李某判处有期徒刑一年至一年六个月，对被告人王某判处有期徒刑六个月至一年。", 1, false},
		{"one proposal, but the second is an accessory", "被告人张某、李某、王某共同盗窃财物，被告人李某系从犯。公诉机关建议对被告人张某、李某判处有期徒刑一年至一年六个月，对被告人王某判处有期徒刑六个月至一年。", 1, false},
		{"both accessories under one proposal", "被告人张某、李某、王某共同盗窃财物，被告人李某、王某系从犯。公诉机关建议对被告人张某判处有期徒刑二年，对被告人李某、王某判处有期徒刑一年至一年六个月。", 2, true},
		{"no proposal", "被告人张某、李某、王某共同盗窃财物。", 1, false},
		{"the first defendant", "公诉机关建议对被告人张某、李某判处有期徒刑一年至一年六个月。", 0, false},
	}
	for _, tt := range tests {
		got := proposalTie(tt.i, names, proposedTerms(tt.facts, names), coRoles(tt.facts, names), circumstanceNames(tt.facts, names))
		if got != tt.want {
			t.Errorf("%s: proposalTie = %v, want %v (proposals %+v)", tt.name, got, tt.want, proposedTerms(tt.facts, names))
		}
	}
}

func TestTiedTo(t *testing.T) {
	prev := Penalty{Defendant: "张某", Charge: "盗窃罪", Kind: "有期徒刑", Months: 15, FineYuan: 5000, ProbationMonths: 24,
		Counts: []Count{{Charge: "盗窃罪", Kind: "有期徒刑", Months: 15, FineYuan: 5000}}}
	p := Penalty{Defendant: "李某", Charge: "盗窃罪", Kind: "有期徒刑", Months: 12, FineYuan: 4000, Source: "类案"}
	got := tiedTo(p, prev)
	if got.Defendant != "李某" || got.Kind != "有期徒刑" || got.Months != 15 || got.FineYuan != 5000 || got.ProbationMonths != 24 || len(got.Counts) != 1 {
		t.Errorf("tiedTo = %+v", got)
	}
	got.Counts[0].Months = 1
	if prev.Counts[0].Months != 15 {
		t.Error("tiedTo shares the previous defendant's counts")
	}
}
