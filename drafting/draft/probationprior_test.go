package draft

import "testing"

func TestWithoutProbationForPrior(t *testing.T) {
	const punished = "被告人张某曾因吸毒被行政拘留十日。2016年5月，被告人张某盗窃电动车一辆。"
	cases := []struct {
		name       string
		facts      string
		defendants int
		proposed   bool
		probation  int
		want       int
	}{
		{"lone defendant once punished", punished, 1, false, 12, 0},
		{"prosecution proposes probation", punished, 1, true, 12, 12},
		{"proposal of probation in the facts", punished + "建议判处有期徒刑六个月，适用缓刑。", 1, false, 12, 12},
		{"several defendants: whose record is unclear", punished, 2, false, 12, 12},
		{"record denied", "被告人张某此前未受过行政处罚。被告人张某盗窃电动车一辆。", 1, false, 12, 12},
		{"no record stated", "被告人张某盗窃电动车一辆。", 1, false, 12, 12},
		{"not suspended anyway", punished, 1, false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := withoutProbationForPrior(Penalty{Kind: "有期徒刑", Months: 6, ProbationMonths: c.probation}, c.facts, c.defendants, c.proposed)
			if got.ProbationMonths != c.want {
				t.Errorf("probation %d, want %d (source %q)", got.ProbationMonths, c.want, got.Source)
			}
		})
	}
}
