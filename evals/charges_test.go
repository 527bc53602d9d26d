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
