package deviation

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
	"leian/internal/dataset"
)

// TestGuidelineOnTheRealEstimator asks the sentencing estimator, trained
// on the first decided cases of the bundle, for a theft's guideline range:
// the range must hold the guideline's starting point and come with steps
// that cite the guideline; an unknown charge is a note, not a failure.
func TestGuidelineOnTheRealEstimator(t *testing.T) {
	dataset.Path(t, "cail2018/cases.jsonl")
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	lib, err := rules.Load(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	exs, err := sentencing.ReadCAIL2018(filepath.Join(dir, sentencing.CAIL2018File))
	if err != nil {
		t.Fatal(err)
	}
	exs = exs[:min(len(exs), 600)]
	if err := sentencing.Prepare(ctx, exs); err != nil {
		t.Fatal(err)
	}
	book := sentencing.NewLawBook(lib)
	m, err := sentencing.Train(ctx, book, exs)
	if err != nil {
		t.Fatal(err)
	}
	g := Guideline{Est: &sentencing.Estimator{Book: book, Model: m}}
	facts := "经审理查明，2019年3月5日，被告人张某在北京市海淀区某小区内，趁无人之机盗窃被害人李某停放的电动自行车一辆，经鉴定价值人民币5000元。案发后被告人张某主动投案，如实供述犯罪事实，赃物已发还被害人。"
	rec, err := g.Recommend(ctx, Case{Facts: facts, Province: "北京", Charges: []string{"盗窃罪"}})
	if err != nil {
		t.Fatal(err)
	}
	if rec.LoMonths <= 0 || rec.HiMonths < rec.LoMonths || rec.HiMonths > 36 || len(rec.Trace) == 0 {
		t.Errorf("theft of 5000 yuan: range %d–%d months, %d steps", rec.LoMonths, rec.HiMonths, len(rec.Trace))
	}
	_, err = g.Recommend(ctx, Case{Facts: facts, Charges: []string{"不存在的罪名罪"}})
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Errorf("unknown charge: %v, want an InputError", err)
	}
}
