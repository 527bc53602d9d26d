package api

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"leian/api/auth"
	"leian/corpus"
	"leian/drafting/deviation"
	"leian/drafting/legality"
)

// deviationOptions wires the real deviation check over the test engine's
// LeCaRD judgments and the bundle's rule library.
func deviationOptions(t *testing.T) Options {
	o := realOptions(t)
	eng := loadEngine(t)
	o.Deviation = &deviation.Checker{Legal: legality.New(loadRules(t).Lib), Cases: eng, Docs: eng.Docs, Band: deviation.DefaultBand}
	return o
}

// sentencedDoc is a stored judgment of a single charge with a fixed term,
// of the charge most stored judgments share, so its push has comparable cases.
func sentencedDoc(t *testing.T) *corpus.Document {
	t.Helper()
	eng := loadEngine(t)
	count := map[string]int{}
	var docs []*corpus.Document
	errStop := errors.New("stop")
	err := eng.Docs.Each(context.Background(), func(d *corpus.Document) error {
		if e := d.Elements; e != nil && len(e.Defendants) == 1 && e.Defendants[0].Penalty != nil &&
			e.Defendants[0].Penalty.Kind == "有期徒刑" && len(e.Defendants[0].Charges) == 1 && d.Sections["facts"] != "" {
			count[e.Defendants[0].Charges[0]]++
			docs = append(docs, d)
		}
		if len(docs) > 200 {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		t.Fatal(err)
	}
	best := ""
	for c, n := range count {
		if n > count[best] || n == count[best] && c < best {
			best = c
		}
	}
	for _, d := range docs {
		if d.Elements.Defendants[0].Charges[0] == best {
			return d
		}
	}
	t.Fatal("no stored judgment with one charge and a fixed term")
	return nil
}

type deviationBody struct {
	RequestID string `json:"request_id"`
	*deviation.Report
}

func TestDeviationStoredJudgment(t *testing.T) {
	ts := newTestServer(t, deviationOptions(t))
	doc := sentencedDoc(t)
	rec := ts.call(t, auth.Reviewer, http.MethodPost, "/api/v1/deviation", map[string]any{"doc_id": doc.ID})
	if rec.Code != http.StatusOK {
		t.Fatalf("= %d %s", rec.Code, rec.Body)
	}
	rep := decodeBody[deviationBody](t, rec)
	if rep.Score < 0 || rep.Score > 1 || rep.Level == "" || len(rep.Defendants) != 1 || rep.ProposedMonths != doc.Elements.Defendants[0].Penalty.Months {
		t.Fatalf("report %+v", rep.Report)
	}
	for _, c := range rep.Similar.Cases {
		if c.ID == doc.ID {
			t.Fatalf("the judgment's own document %s was pushed back", doc.ID)
		}
	}
	if rep.Distribution == nil && rep.SimilarNote == "" {
		t.Fatal("neither a distribution nor a note on why there is none")
	}
	if rep.GuidelineNote == "" {
		t.Fatal("the skipped guideline check is not reported")
	}
	entries := readAudit(t, ts.auditDir)
	last := entries[len(entries)-1]
	if last.Route != "POST /api/v1/deviation" || last.Status != http.StatusOK || last.QueryHMAC == "" || last.Role != string(auth.Reviewer) {
		t.Fatalf("audit entry %+v", last)
	}
	if raw := readAuditRaw(t, ts.auditDir); strings.Contains(raw, doc.Sections["facts"][:30]) {
		t.Fatal("the audit log holds the facts")
	}
}

func TestDeviationProposal(t *testing.T) {
	ts := newTestServer(t, deviationOptions(t))
	doc := sentencedDoc(t)
	d := doc.Elements.Defendants[0]
	facts := doc.Sections["facts"]
	lawful := map[string]any{"facts": facts, "charges": d.Charges, "term_months": d.Penalty.Months, "fine_yuan": max(d.Penalty.FineYuan, 1000)}
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/deviation", lawful)
	if rec.Code != http.StatusOK {
		t.Fatalf("= %d %s", rec.Code, rec.Body)
	}
	base := decodeBody[deviationBody](t, rec)
	// The same case with a term no Criminal Law tier allows.
	unlawful := map[string]any{"facts": facts, "charges": d.Charges, "term_months": 400, "fine_yuan": 1000}
	rec = ts.call(t, auth.Reviewer, http.MethodPost, "/api/v1/deviation", unlawful)
	if rec.Code != http.StatusOK {
		t.Fatalf("= %d %s", rec.Code, rec.Body)
	}
	rep := decodeBody[deviationBody](t, rec)
	codes := []string{}
	for _, a := range rep.Alerts {
		codes = append(codes, a.Code)
		if a.Severity == legality.Error && len(a.Evidence) == 0 {
			t.Errorf("error %s has no evidence", a.Code)
		}
	}
	if !slices.Contains(codes, "TERM_ABOVE_STATUTE") || rep.Score < 0.9 || rep.Score <= base.Score || rep.Level != "违法" {
		t.Fatalf("400 months scored %.3f (%s) with %v; the sentence given scored %.3f", rep.Score, rep.Level, codes, base.Score)
	}
}

func TestDeviationInvalid(t *testing.T) {
	ts := newTestServer(t, deviationOptions(t))
	facts, _ := lecardQuery(t, 330)
	ok := func(over map[string]any) map[string]any {
		m := map[string]any{"facts": facts, "charges": []string{"盗窃罪"}, "term_months": 12}
		for k, v := range over {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		name      string
		body      any
		wantField string
		wantIn    string
	}{
		{"nothing", map[string]any{}, "facts", "请填写"},
		{"missing facts", ok(map[string]any{"facts": " "}), "facts", "事实"},
		{"unknown charge", ok(map[string]any{"charges": []string{"打人罪"}}), "charges", "未知罪名"},
		{"negative term", ok(map[string]any{"term_months": -5}), "term_months", "负数"},
		{"absurd term", ok(map[string]any{"term_months": 12000}), "term_months", "不是有效刑期"},
		{"probation without a term", ok(map[string]any{"term_months": 0, "probation_months": 24}), "probation", "刑期"},
		{"not a judgment", map[string]any{"text": "今天天气很好，我们去公园散步。"}, "text", "判决主文"},
		{"two sources", map[string]any{"text": "判决书", "doc_id": "lecard:1"}, "text", "只能"},
		{"unknown kind", ok(map[string]any{"kind": "劳动教养"}), "kind", "未知刑种"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, auth.Reviewer, http.MethodPost, "/api/v1/deviation", tt.body)
			e := decodeBody[errorBody](t, rec)
			if rec.Code != http.StatusBadRequest || e.Error.Field != tt.wantField || !strings.Contains(e.Error.Message, tt.wantIn) {
				t.Fatalf("= %d %s, want 400 on field %q mentioning %q", rec.Code, rec.Body, tt.wantField, tt.wantIn)
			}
		})
	}
	if rec := ts.call(t, auth.Reviewer, http.MethodPost, "/api/v1/deviation", map[string]any{"doc_id": "lecard:no-such"}); rec.Code != http.StatusNotFound {
		t.Fatalf("unknown document = %d %s, want 404", rec.Code, rec.Body)
	}
}

func TestDeviationRoles(t *testing.T) {
	ts := newTestServer(t, deviationOptions(t))
	for _, role := range auth.Roles() {
		rec := ts.call(t, role, http.MethodPost, "/api/v1/deviation", map[string]any{})
		allowed := role == auth.Judge || role == auth.Reviewer
		if allowed && rec.Code != http.StatusBadRequest || !allowed && rec.Code != http.StatusForbidden {
			t.Errorf("%s = %d, want %v", role, rec.Code, map[bool]string{true: "400 (admitted)", false: "403"}[allowed])
		}
	}
	if rec := ts.call(t, "", http.MethodPost, "/api/v1/deviation", map[string]any{}); rec.Code != http.StatusUnauthorized {
		t.Errorf("no token = %d, want 401", rec.Code)
	}
	unwired := newTestServer(t, realOptions(t))
	if rec := unwired.call(t, auth.Reviewer, http.MethodPost, "/api/v1/deviation", map[string]any{"facts": "x"}); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("unwired = %d, want 503", rec.Code)
	}
}
