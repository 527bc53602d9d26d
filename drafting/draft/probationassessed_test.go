package draft

import (
	"context"
	"testing"
)

func TestProbationAssessed(t *testing.T) {
	cases := []struct {
		name      string
		facts     string
		names     []string
		defendant string
		want      bool
	}{
		{"lone defendant assessed", "被告人张某盗窃财物2000元。上述事实，有物证、书证，某县司法局调查评估意见书证实被告人张某符合社区矫正条件等证据证实。", []string{"张某"}, "张某", true},
		{"no serious effect on the community", "被告人张某醉酒驾驶机动车。某区司法局出具意见，认为对其宣告缓刑对所居住社区没有重大不良影响。", []string{"张某"}, "张某", true},
		{"several: the one named", "被告人张某、李某盗窃财物。社区矫正调查评估意见书证实被告人李某具备社区矫正条件。", []string{"张某", "李某"}, "李某", true},
		{"several: another named", "被告人张某、李某盗窃财物。社区矫正调查评估意见书证实被告人李某具备社区矫正条件。", []string{"张某", "李某"}, "张某", false},
		{"a former sentence's correction", "被告人张某曾因盗窃罪被判处有期徒刑一年，缓刑一年。证据有刑事判决书、解除社区矫正证明书。", []string{"张某"}, "张某", false},
		{"the bail stage's assessment", "被告人张某交通肇事。证据有犯罪嫌疑人张某社会危险性调查评估报告。", []string{"张某"}, "张某", false},
		{"assessment denied", "被告人张某盗窃财物。经评估，被告人张某不适用社区矫正。", []string{"张某"}, "张某", false},
		{"an adverse assessment", "社区矫正办公室的审前调查情况说明证实，如对被告人张某进行社区矫正，对其居住社区有一定的不良影响。", []string{"张某"}, "张某", false},
		{"none recorded", "被告人张某盗窃财物2000元，退赔并取得谅解。", []string{"张某"}, "张某", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := probationAssessed(c.facts, c.names, c.defendant); got != c.want {
				t.Errorf("probationAssessed = %v, want %v", got, c.want)
			}
		})
	}
}

func TestAssessedProbationDecide(t *testing.T) {
	m, err := TrainProbation(context.Background(), probationCases())
	if err != nil {
		t.Fatal(err)
	}
	record := "被告人李某曾因盗窃罪被判处有期徒刑，刑满释放后又盗窃财物2000元。"
	cases := []struct {
		name     string
		months   int
		assessed bool
		want     bool
	}{
		{"a record, not assessed", 12, false, false},
		{"a record, but assessed", 12, true, true},
		{"assessed, too long a term", 48, true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, err := DefaultProbationRule(m).Decide(ProbationCase{Facts: record, Charge: "盗窃罪", Kind: "有期徒刑", Months: c.months, Assessed: c.assessed}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if (got > 0) != c.want {
				t.Errorf("Decide = %d, want suspended %v", got, c.want)
			}
		})
	}
}
