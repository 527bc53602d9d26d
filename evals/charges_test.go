package evals

import (
	"context"
	"strings"
	"testing"

	"leian/retrieval/classify"
)

func TestLawBenchChargeAnswer(t *testing.T) {
	cases := []classify.Labelled{
		{ID: "a", Facts: "被告人利用其近亲属的影响力，收受请托人财物，为请托人谋取不正当利益。", Charges: []string{"利用影响力受贿罪"}},
		{ID: "b", Facts: "被告人利用其近亲属的影响力，收受他人财物共计十万元。", Charges: []string{"利用影响力受贿罪"}},
		{ID: "c", Facts: "被告人秘密窃取他人财物，收受赃物后销赃。", Charges: []string{"盗窃罪"}},
		{ID: "d", Facts: "被告人入户盗窃现金二千元，秘密窃取他人财物。", Charges: []string{"盗窃罪"}},
	}
	m, err := classify.TrainCharges(context.Background(), cases)
	if err != nil {
		t.Fatal(err)
	}
	options := map[string]bool{}
	for _, o := range chargeOptions() {
		options[o] = true
	}
	// 利用影响力受贿 ranks first but is no LawBench option: the answer names
	// the best charge the option list has, in its spelling.
	facts := "被告人利用其近亲属的影响力，收受请托人财物。"
	if p := m.Predict(facts); len(p) == 0 || p[0].Charge != "利用影响力受贿罪" {
		t.Fatalf("Predict = %v, want 利用影响力受贿罪 first", p)
	}
	got := lawBenchChargeAnswer(m, options, facts)
	if got != "罪名:盗窃" {
		t.Errorf("answer %q, want 罪名:盗窃", got)
	}
	for _, name := range strings.Split(strings.TrimPrefix(got, "罪名:"), ";") {
		if !options[name] {
			t.Errorf("answer names %q, not a LawBench option", name)
		}
	}
}

func TestCrossValidatedBySource(t *testing.T) {
	train := []classify.Labelled{
		{ID: "cail2018#1", Charges: []string{"盗窃罪"}},
		{ID: "lecard:7", Charges: []string{"故意伤害罪"}},
		{ID: "lecard:8", Charges: []string{"赌博罪"}},
	}
	oof := [][]classify.Prediction{
		{{Charge: "盗窃罪", Score: 0.9}},
		{{Charge: "寻衅滋事罪", Score: 0.6}, {Charge: "故意伤害罪", Score: 0.59}},
		{{Charge: "赌博罪", Score: 0.7}, {Charge: "开设赌场罪", Score: 0.3}},
	}
	for _, tc := range []struct {
		source, prefix string
		want           map[string]float64
	}{
		{"cail2018#", "cail_cv_", map[string]float64{"cail_cv_n": 1, "cail_cv_top1": 1, "cail_cv_share": 1, "cail_cv_exact": 1, "cail_cv_f1": 100}},
		// lecard:7 keeps both charges (0.59 ≥ 0.9×0.6): share, not top1, F1 2/3.
		{"lecard:", "lecard_cv_", map[string]float64{"lecard_cv_n": 2, "lecard_cv_top1": 0.5, "lecard_cv_share": 1, "lecard_cv_exact": 0.5, "lecard_cv_f1": 100 * (1 + 2.0/3) / 2}},
	} {
		t.Run(tc.source, func(t *testing.T) {
			got := crossValidated(train, oof, 0.9, tc.source, tc.prefix)
			if len(got) != len(tc.want) {
				t.Fatalf("crossValidated = %v, want %v", got, tc.want)
			}
			for k, w := range tc.want {
				if d := got[k] - w; d > 1e-9 || d < -1e-9 {
					t.Errorf("%s = %v, want %v", k, got[k], w)
				}
			}
		})
	}
}
