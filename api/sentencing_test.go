package api

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"leian/api/auth"
	"leian/drafting/sentencing"
	"leian/internal/dataset"
)

var (
	estimatorOnce sync.Once
	estimator     *sentencing.Estimator
	estimatorErr  error
)

// loadEstimator trains Leian's real estimator once per test binary, as
// `leian serve` does.
func loadEstimator(tb testing.TB) *sentencing.Estimator {
	tb.Helper()
	lib := loadRules(tb)
	dir := filepath.Dir(dataset.Path(tb, "cail2018/cases.jsonl"))
	estimatorOnce.Do(func() {
		estimator, estimatorErr = sentencing.Build(context.Background(), filepath.Dir(dir), lib.Lib)
	})
	if estimatorErr != nil {
		tb.Fatal(estimatorErr)
	}
	return estimator
}

const theftFacts = "公诉机关指控：2016年3月28日20时许，被告人颜某在本市洪山区马湖新村足球场马路边捡拾到被害人谢某的手机一部，" +
	"并在同年3月28日21时起，分多次通过支付宝小额免密支付功能，秘密盗走被害人谢某支付宝内人民币3723元。" +
	"案发后，被告人颜某家属已赔偿被害人全部损失，并取得谅解。被告人到案后如实供述自己的罪行。"

func TestSentencingRecommends(t *testing.T) {
	ts := newTestServer(t, Options{Sentencing: loadEstimator(t)})
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/sentencing", map[string]any{"facts": theftFacts, "charges": []string{"盗窃"}})
	if rec.Code != http.StatusOK {
		t.Fatalf("= %d %s", rec.Code, rec.Body)
	}
	r := decodeBody[sentencingResponse](t, rec).Recommendation
	if r.Kind != "有期徒刑" && r.Kind != "拘役" && r.Kind != "免予刑事处罚" {
		t.Errorf("kind %q for a small theft", r.Kind)
	}
	if r.Months > 36 || r.Range[0] > r.Months || r.Range[1] < r.Months {
		t.Errorf("months %d range %v: want within the first tier and inside the range", r.Months, r.Range)
	}
	stages := map[string]sentencing.Step{}
	for _, s := range r.Trace {
		stages[s.Stage] = s
	}
	if tier := stages["法定刑档"]; !strings.Contains(tier.Source, "第二百六十四条") || !strings.Contains(tier.Rule, "数额较大") {
		t.Errorf("tier step %+v: want 刑法第二百六十四条 and its 数额较大 clause", tier)
	}
	if sp := stages["量刑起点"]; !strings.Contains(sp.Source, "量刑指导意见") {
		t.Errorf("starting point step %+v: want the guideline cited", sp)
	}
	if _, ok := stages["调节"]; !ok {
		t.Errorf("no adjustment step for 如实供述 and 赔偿谅解: %+v", r.Trace)
	}
	if r.Similar.N == 0 || !strings.HasPrefix(r.Similar.Cases[0].ID, "cail2018:") {
		t.Errorf("similar cases %+v: want decided cases with their ids", r.Similar)
	}
	if !r.Probation.Eligible || r.Fine.Clause == "" {
		t.Errorf("probation %+v fine %+v: a small theft allows probation and carries a fine", r.Probation, r.Fine)
	}
	raw := readAuditRaw(t, ts.auditDir)
	if !strings.Contains(raw, "POST /api/v1/sentencing") || !strings.Contains(raw, r.Similar.Cases[0].ID) || strings.Contains(raw, "颜某") {
		t.Errorf("audit %s: want the route and the cases shown recorded, and no facts", raw)
	}
}

func TestSentencingPredictsCharges(t *testing.T) {
	ts := newTestServer(t, Options{Sentencing: loadEstimator(t)})
	rec := ts.call(t, auth.Reviewer, http.MethodPost, "/api/v1/sentencing", map[string]any{"facts": theftFacts})
	if rec.Code != http.StatusOK {
		t.Fatalf("= %d %s", rec.Code, rec.Body)
	}
	r := decodeBody[sentencingResponse](t, rec).Recommendation
	if !r.ChargesPredicted || len(r.Charges) == 0 || r.Charges[0] != "盗窃罪" {
		t.Errorf("charges %v predicted=%v: want 盗窃罪 predicted", r.Charges, r.ChargesPredicted)
	}
}

func TestSentencingRoles(t *testing.T) {
	ts := newTestServer(t, Options{Sentencing: loadEstimator(t)})
	for _, role := range []auth.Role{auth.Assistant, auth.Evaluator, auth.Admin} {
		if rec := ts.call(t, role, http.MethodPost, "/api/v1/sentencing", map[string]any{"facts": theftFacts}); rec.Code != http.StatusForbidden {
			t.Errorf("%s = %d, want 403", role, rec.Code)
		}
	}
	if rec := ts.call(t, "", http.MethodPost, "/api/v1/sentencing", map[string]any{"facts": theftFacts}); rec.Code != http.StatusUnauthorized {
		t.Errorf("no token = %d, want 401", rec.Code)
	}
}

func TestSentencingInvalid(t *testing.T) {
	ts := newTestServer(t, Options{Sentencing: loadEstimator(t)})
	tests := []struct {
		name      string
		body      any
		wantField string
		wantIn    string
	}{
		{"missing facts", map[string]any{"charges": []string{"盗窃"}}, "facts", "缺少"},
		{"facts too short", map[string]any{"facts": "盗窃"}, "facts", "过短"},
		{"facts too long", map[string]any{"facts": strings.Repeat("盗", sentencing.MaxFactsRunes+1)}, "facts", "过长"},
		{"unknown charge", map[string]any{"facts": theftFacts, "charges": []string{"盗窃", "飞行罪"}}, "charges[1]", "未知罪名"},
		{"too many charges", map[string]any{"facts": theftFacts, "charges": strings.Split(strings.Repeat("盗窃,", 11), ",")}, "charges", "过多"},
		{"court too long", map[string]any{"facts": theftFacts, "court": strings.Repeat("院", 201)}, "court", "过长"},
		{"unknown field", []byte(`{"facts":"盗窃","term":-5}`), "term", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/sentencing", tt.body)
			e := decodeBody[errorBody](t, rec)
			if rec.Code != http.StatusBadRequest || e.Error.Field != tt.wantField || !strings.Contains(e.Error.Message, tt.wantIn) {
				t.Fatalf("= %d %s, want 400 on field %q mentioning %q", rec.Code, rec.Body, tt.wantField, tt.wantIn)
			}
		})
	}
}

func TestSentencingUnavailable(t *testing.T) {
	ts := newTestServer(t, Options{})
	if rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/sentencing", map[string]any{"facts": theftFacts}); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("= %d, want 503 without an estimator", rec.Code)
	}
}
