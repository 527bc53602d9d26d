package api

import (
	"net/http"
	"strings"
	"testing"

	"leian/api/auth"
	"leian/drafting/draft"
)

// draftOptions wires the offline drafter on Leian's own engine and rules.
func draftOptions(t *testing.T) Options {
	o := realOptions(t)
	eng := loadEngine(t)
	off := &draft.Offline{Search: eng, Docs: eng.Docs, Rules: loadRules(t).Lib}
	o.Drafter = &draft.Service{Drafter: off, Facts: eng, Store: eng.Docs}
	o.Checker, _ = realChecker(t)
	return o
}

func TestDraftRoute(t *testing.T) {
	ts := newTestServer(t, draftOptions(t))
	facts, _ := lecardQuery(t, 330)
	for _, tt := range []struct {
		role auth.Role
		want int
	}{{auth.Assistant, 200}, {auth.Judge, 200}, {auth.Reviewer, 403}, {auth.Evaluator, 403}, {"", 401}} {
		rec := ts.call(t, tt.role, http.MethodPost, "/api/v1/draft", map[string]any{"facts": facts})
		if rec.Code != tt.want {
			t.Fatalf("%q: POST /draft = %d %s, want %d", tt.role, rec.Code, rec.Body, tt.want)
		}
		if tt.want != 200 {
			continue
		}
		resp := decodeBody[draftResponse](t, rec)
		d := resp.Draft
		if d == nil || !strings.Contains(d.Text(), "本院认为") || !strings.Contains(d.Text(), "判决如下") || len(d.Articles) == 0 {
			t.Fatalf("draft lacks reasoning, verdict or articles: %+v", d)
		}
		// The checker read the draft before it was shown.
		if resp.Check == nil || !resp.Check.Judgment || resp.Check.Runes == 0 {
			t.Errorf("draft shown without the checker's report: %+v", resp.Check)
		}
	}
	entries := readAudit(t, ts.auditDir)
	var ok int
	for _, e := range entries {
		if e.Route == "POST /api/v1/draft" && e.Status == 200 && len(e.QueryHMAC) == 64 && len(e.ResultIDs) > 0 {
			ok++
		}
	}
	if ok != 2 {
		t.Errorf("audit has %d successful draft entries, want 2: %+v", ok, entries)
	}
	raw := readAuditRaw(t, ts.auditDir)
	if strings.Contains(raw, string([]rune(facts)[:12])) || strings.Contains(ts.logs.String(), string([]rune(facts)[:12])) {
		t.Error("audit or log contains the facts")
	}
}

func TestDraftRouteBadInput(t *testing.T) {
	ts := newTestServer(t, draftOptions(t))
	tests := []struct {
		name   string
		body   any
		status int
		field  string
	}{
		{"empty facts", map[string]any{"facts": " "}, 400, "facts"},
		{"unknown kind", map[string]any{"facts": "被告人张某盗窃", "kind": "tax"}, 400, "kind"},
		{"unknown field", []byte(`{"facts":"盗窃","party":"张三"}`), 400, "party"},
		{"unknown document", map[string]any{"doc_id": "lecard:nope"}, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, auth.Assistant, http.MethodPost, "/api/v1/draft", tt.body)
			e := decodeBody[errorBody](t, rec)
			if rec.Code != tt.status || e.Error.Field != tt.field {
				t.Fatalf("= %d %s, want %d on field %q", rec.Code, rec.Body, tt.status, tt.field)
			}
		})
	}
}

func TestDraftDocxRoute(t *testing.T) {
	ts := newTestServer(t, draftOptions(t))
	body := map[string]any{"title": "刑事判决书", "sections": []map[string]string{{"key": "header", "text": "××人民法院\n刑事判决书\n"}, {"key": "reasoning", "text": "本院认为，被告人……判决如下："}}}
	rec := ts.call(t, auth.Assistant, http.MethodPost, "/api/v1/draft/docx", body)
	if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "PK") || !strings.Contains(rec.Header().Get("Content-Type"), "wordprocessingml") {
		t.Fatalf("docx export = %d %s", rec.Code, rec.Header())
	}
	rec = ts.call(t, auth.Assistant, http.MethodPost, "/api/v1/draft/docx", map[string]any{"sections": []any{}})
	if e := decodeBody[errorBody](t, rec); rec.Code != 400 || e.Error.Field != "sections" {
		t.Fatalf("empty export = %d %s", rec.Code, rec.Body)
	}
}
