package draft

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// probationCases are decided sentences in which courts suspend the terms
// of defendants the victims forgave and not those with a record, with the
// court's usual periods (一年 for a year's term, 二年 for two).
func probationCases() []ProbationCase {
	var out []ProbationCase
	for i := range 120 {
		months := []int{12, 24}[i%2]
		period := []int{12, 36}[i%2]
		switch i % 3 {
		case 0:
			out = append(out, ProbationCase{Facts: fmt.Sprintf("被告人张某盗窃财物%d元，案发后退赔并取得被害人谅解。", 1000+i), Charge: "盗窃罪", Kind: "有期徒刑", Months: months, Suspended: true, PeriodMonths: period})
		case 1:
			out = append(out, ProbationCase{Facts: fmt.Sprintf("被告人李某曾因盗窃罪被判处有期徒刑，刑满释放后又盗窃财物%d元。", 1000+i), Charge: "盗窃罪", Kind: "有期徒刑", Months: months})
		default:
			out = append(out, ProbationCase{Facts: fmt.Sprintf("被告人王某盗窃财物%d元。", 1000+i), Charge: "盗窃罪", Kind: "有期徒刑", Months: months, Suspended: i%4 == 0, PeriodMonths: period})
		}
	}
	// A term too long to suspend says nothing of probation.
	out = append(out, ProbationCase{Facts: "被告人赵某抢劫。", Charge: "抢劫罪", Kind: "有期徒刑", Months: 120})
	return out
}

func TestProbationModel(t *testing.T) {
	m, err := TrainProbation(context.Background(), probationCases())
	if err != nil {
		t.Fatal(err)
	}
	forgiven := m.Chance(ProbationCase{Facts: "被告人周某盗窃财物2000元，退赔并取得被害人谅解。", Charge: "盗窃罪", Kind: "有期徒刑", Months: 12})
	record := m.Chance(ProbationCase{Facts: "被告人吴某曾因盗窃罪被判处有期徒刑，刑满释放后又盗窃财物2000元。", Charge: "盗窃罪", Kind: "有期徒刑", Months: 12})
	if forgiven < 0.7 || record > 0.3 {
		t.Errorf("chance: forgiven %.2f (want ≥ 0.7), with a record %.2f (want ≤ 0.3)", forgiven, record)
	}
	if p := m.Chance(ProbationCase{Facts: "被告人周某盗窃，取得被害人谅解。", Kind: "有期徒刑", Months: 48}); p != 0 {
		t.Errorf("a four-year term: chance %.2f, want 0 (art. 72)", p)
	}
	tests := []struct {
		kind   string
		months int
		want   int
	}{
		{"有期徒刑", 12, 12},
		{"有期徒刑", 24, 36},
		{"有期徒刑", 18, 18}, // no case: the nearest shorter term's period, never below the term
		{"有期徒刑", 6, 12},  // below any case: the law's floor of one year
		{"拘役", 3, 3},     // no 拘役 case: the term itself, within two months to a year
		{"拘役", 1, 2},
	}
	for _, tt := range tests {
		if got := m.Period(tt.kind, tt.months); got != tt.want {
			t.Errorf("Period(%s, %d) = %d, want %d", tt.kind, tt.months, got, tt.want)
		}
	}
}

func TestTrainProbationTooFew(t *testing.T) {
	if _, err := TrainProbation(context.Background(), probationCases()[:10]); err == nil {
		t.Error("10 cases: want an error")
	}
}

func TestProbationDecide(t *testing.T) {
	m, err := TrainProbation(context.Background(), probationCases())
	if err != nil {
		t.Fatal(err)
	}
	forgiven := ProbationCase{Facts: "被告人周某盗窃财物2000元，退赔并取得被害人谅解。", Charge: "盗窃罪", Kind: "有期徒刑", Months: 12}
	suspended := []PrecedentSentence{{Weight: 1, Kind: "有期徒刑", Months: 12, ProbationMonths: 12, Verdict: true}}
	served := []PrecedentSentence{{Weight: 1, Kind: "有期徒刑", Months: 12, Verdict: true}, {Weight: 1, Kind: "有期徒刑", Months: 10, Verdict: true}}
	unknown := []PrecedentSentence{{Weight: 1, Kind: "有期徒刑", Months: 12}} // a cail2018 record
	chance := m.Chance(forgiven)
	tests := []struct {
		name  string
		rule  ProbationRule
		c     ProbationCase
		ps    []PrecedentSentence
		want  int
		isErr bool
	}{
		{"model alone suspends", ProbationRule{Model: m, Threshold: 0.5}, forgiven, nil, 12, false},
		{"cases that served outweigh it", ProbationRule{Model: m, ShareWeight: 0.8, Threshold: 0.5}, forgiven, served, 0, false},
		{"records silent on probation do not count", ProbationRule{Model: m, ShareWeight: 0.8, Threshold: 0.5}, forgiven, unknown, 12, false},
		{"suspending cases agree", ProbationRule{Model: m, ShareWeight: 0.5, Threshold: 0.5}, forgiven, suspended, 12, false},
		{"too long a term", ProbationRule{Model: m, Threshold: 0.1}, ProbationCase{Facts: forgiven.Facts, Kind: "有期徒刑", Months: 40}, suspended, 0, false},
		{"no model", ProbationRule{Threshold: 0.5}, forgiven, suspended, 0, true},
		{"the prosecution proposes it", ProbationRule{Model: m, ShareWeight: 0.8, Threshold: 0.9}, ProbationCase{Facts: forgiven.Facts, Kind: "有期徒刑", Months: 12, Proposed: true}, served, 12, false},
		{"proposed for too long a term", ProbationRule{Model: m, Threshold: 0.1}, ProbationCase{Facts: forgiven.Facts, Kind: "有期徒刑", Months: 40, Proposed: true}, suspended, 0, false},
		{"the default rule weighs the model alone", DefaultProbationRule(m), forgiven, served, 12, false},
		// The band around the model's chance for forgiven.
		{"a borderline chance the similar cases confirm", ProbationRule{Model: m, Threshold: chance + 0.01, Borderline: chance - 0.01, ConfirmShare: 0.2}, forgiven, suspended, 12, false},
		{"a borderline chance no similar case confirms", ProbationRule{Model: m, Threshold: chance + 0.01, Borderline: chance - 0.01, ConfirmShare: 0.2}, forgiven, served, 0, false},
		{"a borderline chance with no verdict read", ProbationRule{Model: m, Threshold: chance + 0.01, Borderline: chance - 0.01, ConfirmShare: 0.2}, forgiven, unknown, 0, false},
		{"below the band", ProbationRule{Model: m, Threshold: chance + 0.02, Borderline: chance + 0.01, ConfirmShare: 0.2}, forgiven, suspended, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := tt.rule.Decide(tt.c, tt.ps)
			if (err != nil) != tt.isErr || got != tt.want {
				t.Errorf("Decide = %d, %v; want %d, error %v", got, err, tt.want, tt.isErr)
			}
		})
	}
}

func TestProbationCaseFromVerdict(t *testing.T) {
	full := "某某人民法院 刑事判决书 （2018）某0111刑初1号 公诉机关某某人民检察院。 被告人刘某某，男。 某某人民检察院指控被告人刘某某犯职务侵占罪。"
	tests := []struct {
		verdict string
		want    ProbationCase
		ok      bool
	}{
		{"一、被告人刘某某犯职务侵占罪，判处有期徒刑一年，缓刑一年六个月。 二、赃款发还受害单位。",
			ProbationCase{Charge: "职务侵占罪", Kind: "有期徒刑", Months: 12, Suspended: true, PeriodMonths: 18}, true},
		{"被告人刘某某犯职务侵占罪，判处拘役四个月。",
			ProbationCase{Charge: "职务侵占罪", Kind: "拘役", Months: 4}, true},
		{"被告人刘某某无罪。", ProbationCase{}, false},
	}
	for _, tt := range tests {
		got, ok := probationCase("事实", verdictText(full, tt.verdict))
		got.Facts = ""
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("%s: got %+v, %v; want %+v, %v", tt.verdict, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLazyProbation(t *testing.T) {
	m, err := TrainProbation(context.Background(), probationCases())
	if err != nil {
		t.Fatal(err)
	}
	ready := make(chan struct{})
	close(ready)
	forgiven := ProbationCase{Facts: "被告人主动投案，如实供述，取得被害人谅解，退赔全部损失。", Kind: "有期徒刑", Months: 10}
	for _, tc := range []struct {
		name    string
		l       *LazyProbation
		wantErr bool
	}{
		{"still training", &LazyProbation{ready: make(chan struct{})}, true},
		{"training failed", &LazyProbation{ready: ready, err: errors.New("no judgments")}, true},
		{"ready", &LazyProbation{ready: ready, rule: ProbationRule{Model: m, Threshold: 0.5}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := tc.l.Decide(forgiven, nil)
			if (err != nil) != tc.wantErr {
				t.Fatalf("Decide error %v, want error %v", err, tc.wantErr)
			}
		})
	}

	failed := make(chan error, 1)
	l := TrainProbationLater(context.Background(), t.TempDir(), func(err error) { failed <- err })
	if err := <-failed; err == nil {
		t.Fatal("training on an empty data folder succeeded")
	}
	if _, _, err := l.Decide(forgiven, nil); err == nil {
		t.Fatal("a rule whose training failed decided")
	}
}

func TestSuspendLater(t *testing.T) {
	m, err := TrainProbation(context.Background(), probationCases())
	if err != nil {
		t.Fatal(err)
	}
	record := "被告人张某、李某曾因盗窃罪被判处有期徒刑，刑满释放后又盗窃财物2000元。"
	tests := []struct {
		name   string
		s      *EstimatorSentencer
		facts  string
		months int
		want   int
		ok     bool
	}{
		{"forgiven, a year", &EstimatorSentencer{Probation: DefaultProbationRule(m)}, "被告人张某、李某盗窃财物2000元，退赔并取得被害人谅解。", 12, 12, true},
		{"a record", &EstimatorSentencer{Probation: ProbationRule{Model: m, Threshold: 0.5}}, record, 12, 0, true},
		{"a record, but proposed for this one", &EstimatorSentencer{Probation: ProbationRule{Model: m, Threshold: 0.5}}, record + "公诉机关建议对被告人张某判处有期徒刑二年；对被告人李某判处有期徒刑一年，并适用缓刑。", 12, 12, true},
		{"too long a term", &EstimatorSentencer{Probation: DefaultProbationRule(m)}, "被告人张某、李某盗窃财物2000元，退赔并取得被害人谅解。", 48, 0, true},
		{"no probation model", &EstimatorSentencer{}, record, 12, 0, false},
	}
	for _, tt := range tests {
		q := SentenceQuery{Facts: tt.facts, Charge: "盗窃罪", Defendant: "李某", Defendants: []string{"张某", "李某"}}
		got, _, ok := tt.s.SuspendLater(q, "有期徒刑", tt.months)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: SuspendLater = %d, %v; want %d, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
