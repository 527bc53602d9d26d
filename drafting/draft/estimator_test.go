package draft_test

import (
	"context"
	"strings"
	"testing"

	"leian/drafting/draft"
	"leian/drafting/sentencing"
	"leian/drafting/sentencing/sentencingtest"
)

func TestEstimatorSentencer(t *testing.T) {
	est := sentencingtest.Estimator(t, 600)
	ctx := context.Background()
	facts := "经审理查明，2019年3月5日，被告人张某在北京市海淀区某小区内，趁无人之机盗窃被害人李某停放的电动自行车一辆，经鉴定价值人民币5000元。案发后被告人张某如实供述犯罪事实，赃物已发还被害人。"
	alone, err := est.Estimate(ctx, sentencing.Case{Facts: facts, Charges: []string{"盗窃罪"}})
	if err != nil {
		t.Fatal(err)
	}
	precs := []draft.PrecedentSentence{
		{DocID: "a", Weight: 1, Kind: "有期徒刑", Months: 24, FineYuan: 5000},
		{DocID: "b", Weight: 0.8, Kind: "有期徒刑", Months: 24, FineYuan: 5000},
		{DocID: "c", Weight: 0.6, Kind: "拘役", Months: 4, FineYuan: 1000},
	}
	s := &draft.EstimatorSentencer{Estimator: est}
	tests := []struct {
		name   string
		q      draft.SentenceQuery
		lo, hi int
		trace  string
	}{
		{"blended between model and cases", draft.SentenceQuery{Facts: facts, Charge: "盗窃罪", Precedents: precs},
			min(alone.Months, 24), max(alone.Months, 24), "几何加权"},
		// Cases ten times the model's term were found for something else
		// than the gravity of the act: the model decides.
		{"model alone when the cases are far from it", draft.SentenceQuery{Facts: facts, Charge: "盗窃罪", Precedents: []draft.PrecedentSentence{
			{DocID: "d", Weight: 1, Kind: "有期徒刑", Months: 10 * alone.Months},
			{DocID: "e", Weight: 1, Kind: "有期徒刑", Months: 10 * alone.Months},
		}}, alone.Months, alone.Months, "相差三倍以上"},
		{"model alone without cases", draft.SentenceQuery{Facts: facts, Charge: "盗窃罪"}, alone.Months, alone.Months, "无同罪名类案"},
		{"cases alone when the model refuses", draft.SentenceQuery{Facts: facts, Charge: "不存在的罪名罪", Precedents: precs}, 24, 24, "量刑模型不可用"},
	}
	for _, tt := range tests {
		r, err := s.Recommend(ctx, tt.q)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if r.Months < tt.lo || r.Months > tt.hi {
			t.Errorf("%s: %d months, want %d–%d", tt.name, r.Months, tt.lo, tt.hi)
		}
		if !strings.Contains(strings.Join(r.Trace, "；"), tt.trace) {
			t.Errorf("%s: trace %q lacks %q", tt.name, r.Trace, tt.trace)
		}
	}
	// Cases of life against the model's fixed term: life, and the model's
	// term kept for the later co-defendants.
	life := []draft.PrecedentSentence{{DocID: "f", Weight: 1, Kind: "无期徒刑"}, {DocID: "g", Weight: 1, Kind: "无期徒刑"}}
	if r, err := s.Recommend(ctx, draft.SentenceQuery{Facts: facts, Charge: "盗窃罪", Precedents: life}); err != nil || r.Kind != "无期徒刑" || r.TermMonths != alone.Months {
		t.Errorf("life cases: %+v, %v; want 无期徒刑 with the model's term %d", r, err, alone.Months)
	}
	// The prosecution's proposal of life, and of a fixed term against
	// cases of life, decide the kind.
	lifeFacts := facts + "公诉机关建议判处被告人张某无期徒刑。"
	if r, err := s.Recommend(ctx, draft.SentenceQuery{Facts: lifeFacts, Charge: "盗窃罪", Defendant: "张某", Defendants: []string{"张某"}, Precedents: precs}); err != nil || r.Kind != "无期徒刑" || r.TermMonths == 0 {
		t.Errorf("life proposed: %+v, %v; want 无期徒刑 with a fixed term kept", r, err)
	}
	termFacts := facts + "公诉机关建议判处被告人张某有期徒刑十年至十二年。"
	if r, err := s.Recommend(ctx, draft.SentenceQuery{Facts: termFacts, Charge: "盗窃罪", Defendant: "张某", Defendants: []string{"张某"}, Precedents: life}); err != nil || r.Kind != "有期徒刑" || r.Months < 120 || r.Months > 144 {
		t.Errorf("a fixed term proposed against cases of life: %+v, %v; want 有期徒刑 of 120–144 months", r, err)
	}
	if _, err := s.Recommend(ctx, draft.SentenceQuery{Facts: facts, Charge: "不存在的罪名罪"}); err == nil {
		t.Error("no model answer and no similar case: want an error")
	}
}
