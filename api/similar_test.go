package api

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"leian/api/audit"
	"leian/api/auth"
	"leian/corpus"
	"leian/retrieval"
)

func TestSimilarInvalid(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	facts, _ := lecardQuery(t, 330)
	tests := []struct {
		name      string
		body      any
		wantField string
		wantIn    string // part of the Chinese message
	}{
		{"empty facts", map[string]any{"facts": "   "}, "facts", "请填写"},
		{"facts over the rune limit", map[string]any{"facts": strings.Repeat("盗", maxFactsRunes+1)}, "facts", "100000"},
		{"k too large", map[string]any{"facts": facts, "k": 51}, "k", "50"},
		{"k negative", map[string]any{"facts": facts, "k": -1}, "k", ""},
		{"k not a number", []byte(`{"facts":"盗窃","k":"十"}`), "k", "数字"},
		{"year before the Criminal Law", map[string]any{"facts": facts, "filters": map[string]any{"year_from": 1900}}, "filters.year_from", "1979"},
		{"years reversed", map[string]any{"facts": facts, "filters": map[string]any{"year_from": 2019, "year_to": 2015}}, "filters.year_to", ""},
		{"unknown procedure", map[string]any{"facts": facts, "filters": map[string]any{"procedure": "三审"}}, "filters.procedure", "一审"},
		{"unknown case type", map[string]any{"facts": facts, "filters": map[string]any{"case_type": "tax"}}, "filters.case_type", ""},
		{"article of another law", map[string]any{"facts": facts, "articles": []string{"民法典第1165条"}}, "articles", "民法典"},
		{"article out of range", map[string]any{"facts": facts, "articles": []string{"999"}}, "articles", ""},
		{"too many charges", map[string]any{"facts": facts, "charges": strings.Split(strings.Repeat("盗窃,", 21), ",")}, "charges", "20"},
		{"court the index does not hold", map[string]any{"facts": facts, "filters": map[string]any{"court": "不存在的人民法院"}}, "filters.court", "库中没有法院"},
		{"unknown field", []byte(`{"facts":"盗窃","party":"张三"}`), "party", ""},
		{"not JSON", []byte(`facts=盗窃`), "", "JSON"},
		{"two objects", []byte(`{"facts":"盗窃"}{"facts":"抢劫"}`), "", "一个"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", tt.body)
			e := decodeBody[errorBody](t, rec)
			if rec.Code != http.StatusBadRequest || e.Error.Field != tt.wantField || !strings.Contains(e.Error.Message, tt.wantIn) {
				t.Fatalf("= %d %s, want 400 on field %q mentioning %q", rec.Code, rec.Body, tt.wantField, tt.wantIn)
			}
		})
	}
}

func TestSimilarNotJSONContentType(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	req := httptest.NewRequest(http.MethodPost, "/api/v1/similar", strings.NewReader(`{"facts":"盗窃"}`))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer "+ts.tokens[auth.Judge])
	if rec := serve(ts.srv, req); rec.Code != http.StatusBadRequest {
		t.Fatalf("text/plain body = %d %s, want 400", rec.Code, rec.Body)
	}
}

func TestSimilarTooLarge(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	big := []byte(`{"facts":"` + strings.Repeat("盗", DefaultMaxBody/3+10) + `"}`)
	for _, declared := range []bool{true, false} {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/similar", bytes.NewReader(big))
		if !declared {
			req.ContentLength = -1 // chunked: caught while reading, not from the header
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+ts.tokens[auth.Judge])
		rec := serve(ts.srv, req)
		if e := decodeBody[errorBody](t, rec); rec.Code != http.StatusRequestEntityTooLarge || e.Error.Code != "too_large" {
			t.Errorf("%d-byte body (length declared %v) = %d %s, want 413", len(big), declared, rec.Code, rec.Body)
		}
	}
}

// TestSimilarPush runs a real LeCaRD query through the handler and checks
// the answer and its audit line, which must not leak the facts.
func TestSimilarPush(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	facts, crimes := lecardQuery(t, 330)
	body := map[string]any{"facts": facts, "charges": crimes, "articles": []string{"第二百六十四条"}, "k": 5}
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", body)
	if rec.Code != http.StatusOK {
		t.Fatalf("push = %d %s", rec.Code, rec.Body)
	}
	resp := decodeBody[similarResponse](t, rec)
	if len(resp.Cases) != 5 || resp.RequestID == "" {
		t.Fatalf("push returned %d cases (request id %q), want 5", len(resp.Cases), resp.RequestID)
	}
	for _, c := range resp.Cases {
		if len(c.Reasons) == 0 || len(c.Signals) == 0 || c.Score <= 0 {
			t.Errorf("case %s lacks reasons, signals or a score: %+v", c.ID, c)
		}
		checkHighlights(t, c, facts)
	}
	if !slices.ContainsFunc(resp.Cases[0].Reasons, func(r retrieval.Reason) bool {
		return r.Kind == "charge" && r.Shared && strings.Contains(r.Text, "盗窃罪")
	}) {
		t.Errorf("top case %s shares no 盗窃罪: %+v", resp.Cases[0].ID, resp.Cases[0].Reasons)
	}
	// 第二百六十四条 is listed and is also 盗窃罪's principal article: one entry with both reasons.
	if len(resp.Rules) == 0 || resp.Rules[0].Ref != "刑法第二百六十四条" || !strings.Contains(resp.Rules[0].Reason, "查询所列法条") ||
		!strings.Contains(resp.Rules[0].Reason, "罪名盗窃罪") || !strings.Contains(resp.Rules[0].Text, "盗窃公私财物") {
		t.Errorf("rules = %+v, want 刑法第二百六十四条 first, listed and for the charge", resp.Rules)
	}
	entries := readAudit(t, ts.auditDir)
	if len(entries) != 1 {
		t.Fatalf("audit has %d entries, want 1", len(entries))
	}
	e := entries[0]
	if e.User != "测试法官" || e.Role != "judge" || e.Status != 200 || e.RequestID != resp.RequestID || len(e.QueryHMAC) != 64 ||
		len(e.ResultIDs) != len(resp.Cases)+len(resp.Rules) || e.ResultIDs[0] != resp.Cases[0].ID ||
		!slices.Contains(e.ResultIDs, "rule:刑法第二百六十四条") || e.Route != "POST /api/v1/similar" {
		t.Errorf("audit entry %+v does not match the answer", e)
	}
	raw := readAuditRaw(t, ts.auditDir)
	for _, leak := range []string{facts, string([]rune(facts)[:12]), "被告人"} {
		if strings.Contains(raw, leak) {
			t.Errorf("audit log contains case text %q", leak)
		}
		if strings.Contains(ts.logs.String(), leak) {
			t.Errorf("request log contains case text %q", leak)
		}
	}
	if logs := ts.logs.String(); strings.Contains(logs, "测试法官") || !strings.Contains(logs, "route=/api/v1/similar") {
		t.Errorf("request log names the user or lacks the route:\n%s", logs)
	}
}

func TestSimilarFailures(t *testing.T) {
	tests := []struct {
		name  string
		cases CaseSearcher
		want  int
	}{
		{"engine not wired", nil, http.StatusServiceUnavailable},
		{"engine fails", failingSearcher{errors.New("bleve index /var/secret/path corrupt")}, http.StatusInternalServerError},
		{"engine panics", failingSearcher{}, http.StatusInternalServerError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, Options{Cases: tt.cases})
			rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": "被告人盗窃财物"})
			if rec.Code != tt.want || strings.Contains(rec.Body.String(), "secret") || strings.Contains(rec.Body.String(), "panic") {
				t.Fatalf("= %d %s, want %d without internals", rec.Code, rec.Body, tt.want)
			}
			entries := readAudit(t, ts.auditDir)
			if len(entries) != 1 || entries[0].Status != tt.want || entries[0].QueryHMAC == "" {
				t.Errorf("audit = %+v, want one failed entry with status %d", entries, tt.want)
			}
		})
	}
}

// TestSimilarHighlights pushes the facts of a stored case, which must come
// first with its passages marked in both texts.
func TestSimilarHighlights(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	var doc *corpus.Document
	stop := errors.New("found")
	err := loadEngine(t).Docs.Each(context.Background(), func(d *corpus.Document) error {
		if len([]rune(d.Sections["facts"])) > 200 {
			doc = d
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("no stored case with facts: %v", err)
	}
	facts := doc.Sections["facts"]
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": facts, "k": 3})
	if rec.Code != http.StatusOK {
		t.Fatalf("push = %d %s", rec.Code, rec.Body)
	}
	resp := decodeBody[similarResponse](t, rec)
	if len(resp.Cases) == 0 || resp.Cases[0].ID != doc.ID || len(resp.Cases[0].Highlights) == 0 {
		t.Fatalf("push of %s's own facts: %+v, want it first with passages marked", doc.ID, resp.Cases)
	}
	for _, c := range resp.Cases {
		checkHighlights(t, c, facts)
	}
}

// checkHighlights checks that each of c's marked passages is the same
// words at its offsets in the facts and in the stored case's facts.
func checkHighlights(t *testing.T, c retrieval.Result, facts string) {
	t.Helper()
	doc, err := loadEngine(t).Docs.Get(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	query, docFacts := []rune(strings.TrimSpace(facts)), []rune(doc.Sections["facts"])
	for _, h := range c.Highlights {
		if h.Field != retrieval.FieldFacts || h.QueryStart < 0 || h.QueryStart >= h.QueryEnd || h.QueryEnd > len(query) ||
			h.DocStart < 0 || h.DocStart >= h.DocEnd || h.DocEnd > len(docFacts) {
			t.Errorf("case %s highlight %s %d-%d / %d-%d outside the facts (%d) or the case's facts (%d)",
				c.ID, h.Field, h.QueryStart, h.QueryEnd, h.DocStart, h.DocEnd, len(query), len(docFacts))
			continue
		}
		q, d := string(query[h.QueryStart:h.QueryEnd]), string(docFacts[h.DocStart:h.DocEnd])
		if q != d || h.DocText != d {
			t.Errorf("case %s marks %q in the facts, %q in the case, and sends %q", c.ID, q, d, h.DocText)
		}
	}
}

// failingSearcher injects an engine fault at the boundary: err, or a panic when err is nil.
type failingSearcher struct{ err error }

func (f failingSearcher) Search(context.Context, retrieval.Query) ([]retrieval.Result, error) {
	if f.err == nil {
		panic("index out of range")
	}
	return nil, f.err
}

func readAuditRaw(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	return all.String()
}

func readAudit(t *testing.T, dir string) []audit.Entry {
	t.Helper()
	entries, err := audit.ReadAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// FuzzSimilarBody: whatever body arrives, the answer is a 400 with a JSON
// error, or a valid query reaching the (unwired, so 503) engine; never a 500.
func FuzzSimilarBody(f *testing.F) {
	for _, s := range []string{`{"facts":"被告人盗窃财物"}`, `{"facts":"x","k":5,"articles":["第二百六十四条"]}`,
		`{"facts":"x","filters":{"year_from":2015,"year_to":2010}}`, `{"charges":[1]}`, `[]`, `{"facts":"\u0000"}`, `{`} {
		f.Add([]byte(s))
	}
	ts := newTestServer(f, Options{})
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", body)
		switch rec.Code {
		case http.StatusBadRequest:
			if e := decodeBody[errorBody](t, rec); e.Error.Code != "invalid_input" || e.Error.Message == "" {
				t.Fatalf("400 with body %s", rec.Body)
			}
		case http.StatusServiceUnavailable:
		default:
			t.Fatalf("body %q = %d %s", body, rec.Code, rec.Body)
		}
	})
}
