package deviation

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"leian/corpus/extract"
	"leian/drafting/legality"
	"leian/drafting/sentencing/sentencingtest"
)

// TestGuidelineOnTheRealEstimator asks the sentencing estimator, trained
// on the first decided cases of the bundle, for a theft's guideline range:
// the range must hold the guideline's starting point and come with steps
// that cite the guideline; an unknown charge is a note, not a failure.
func TestGuidelineOnTheRealEstimator(t *testing.T) {
	ctx := context.Background()
	g := Guideline{Est: sentencingtest.Estimator(t, 600)}
	facts := "经审理查明，2019年3月5日，被告人张某在北京市海淀区某小区内，趁无人之机盗窃被害人李某停放的电动自行车一辆，经鉴定价值人民币5000元。案发后被告人张某主动投案，如实供述犯罪事实，赃物已发还被害人。"
	rec, err := g.Recommend(ctx, Case{Facts: facts, Province: "北京", Charges: []string{"盗窃罪"}})
	if err != nil {
		t.Fatal(err)
	}
	if rec.LoMonths <= 0 || rec.HiMonths < rec.LoMonths || rec.HiMonths > 36 || len(rec.Trace) == 0 {
		t.Errorf("theft of 5000 yuan: range %d–%d months, %d steps", rec.LoMonths, rec.HiMonths, len(rec.Trace))
	}
	if rec.ModelMonths <= 0 || rec.ModelMonths > 60 || rec.ModelBasis == "" {
		t.Errorf("theft of 5000 yuan: model estimate %.1f months (%q), want a term under five years with its basis", rec.ModelMonths, rec.ModelBasis)
	}
	_, err = g.Recommend(ctx, Case{Facts: facts, Charges: []string{"不存在的罪名罪"}})
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Errorf("unknown charge: %v, want an InputError", err)
	}
}

// TestExpectedCheck scores terms against an estimate of 12 months with a
// tolerance of 0.6 in log months: within it no warning, beyond it one
// naming the side, and a farther term scores higher.
func TestExpectedCheck(t *testing.T) {
	chk := &Checker{Recommender: Guideline{}}
	d := legality.Defendant{Charges: []string{"盗窃罪"}}
	sim := &Similar{recs: map[string]recAnswer{recKey(d): {ok: true, rec: Recommendation{Kind: "有期徒刑", ModelMonths: 12}}}}
	b := Band{Use: 30, MinCases: 5, SimilarWeight: 2, Tol: 0.6}
	score := func(months int, b Band) (*Report, bool) {
		d.Penalty = &extract.Penalty{Kind: "有期徒刑", Months: months}
		rep := &Report{Similar: Similar{Cases: sim.Cases}}
		chk.assess(rep, d, sim, b)
		return rep, slices.ContainsFunc(rep.Alerts, func(a legality.Alert) bool { return a.Code == "TERM_FAR_FROM_EXPECTED" })
	}
	tests := []struct {
		months int
		alert  bool
		side   string
	}{{12, false, ""}, {18, false, ""}, {8, false, ""}, {24, true, "高于"}, {6, true, "低于"}, {48, true, "高于"}}
	prev := -1.0
	for _, tt := range tests {
		rep, alert := score(tt.months, b)
		if alert != tt.alert {
			t.Errorf("%d months: alert %v, want %v", tt.months, alert, tt.alert)
		}
		if alert && !strings.Contains(rep.Alerts[0].Message, tt.side) {
			t.Errorf("%d months: %q does not say %s", tt.months, rep.Alerts[0].Message, tt.side)
		}
		if tt.months >= 12 {
			if rep.Score <= prev {
				t.Errorf("%d months scores %.3f, not above the nearer term's %.3f", tt.months, rep.Score, prev)
			}
			prev = rep.Score
		}
	}
	if rep, _ := score(24, b); math.Abs(rep.Score-0.5) > 0.01 || len(rep.Expected) != 1 || rep.Expected[0].Months != 12 {
		t.Errorf("twice the expected term: score %.3f, expected %+v; want 0.5 and 12 months", rep.Score, rep.Expected)
	}
	off := b
	off.Tol = 0
	if rep, alert := score(48, off); alert || rep.Score < 0.6 {
		t.Errorf("tolerance 0: alert %v, score %.3f; want no alert and the score kept", alert, rep.Score)
	}
	// Six comparable cases sentenced to 24 months pull the expectation up:
	// exp((ln 12 + 2 ln 24) / 3) ≈ 19 months, and 24 months is then typical.
	for i := range 6 {
		sim.Cases = append(sim.Cases, SimilarCase{ID: fmt.Sprint(i), Charges: []string{"盗窃罪"}, TermMonths: 24})
	}
	rep, alert := score(24, b)
	if alert || len(rep.Expected) != 1 || math.Abs(rep.Expected[0].Months-19.0) > 0.2 || rep.Expected[0].SimilarN != 6 {
		t.Errorf("with comparable cases at 24 months: alert %v, expected %+v; want none and 19 months from 6 cases", alert, rep.Expected)
	}
	model := b
	model.SimilarWeight = 0
	if _, alert := score(24, model); !alert {
		t.Error("similar cases weighted 0: 24 months against the estimate of 12 should warn")
	}
}
