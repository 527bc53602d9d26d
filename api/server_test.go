package api

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"leian/api/auth"
	"leian/internal/dataset"
)

// lecardQuery returns the facts and charges of LeCaRD query ridx.
func lecardQuery(t *testing.T, ridx int) (string, []string) {
	t.Helper()
	var facts string
	var charges []string
	dataset.Lines(t, "lecard/queries.jsonl", func(line int, b []byte) bool {
		var q struct {
			Ridx  int      `json:"ridx"`
			Q     string   `json:"q"`
			Crime []string `json:"crime"`
		}
		if err := json.Unmarshal(b, &q); err != nil {
			t.Fatalf("lecard/queries.jsonl line %d: %v", line, err)
		}
		if q.Ridx == ridx {
			facts, charges = q.Q, q.Crime
		}
		return q.Ridx != ridx
	})
	if facts == "" {
		t.Fatalf("lecard/queries.jsonl: no query %d", ridx)
	}
	return facts, charges
}

func TestHealth(t *testing.T) {
	srv := New(Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	rec := newRecorder(srv, http.MethodGet, "/healthz")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /healthz = %d, want 200", rec.Code)
	}
}

// TestAccess checks authentication and the least-privilege table route by route.
func TestAccess(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	facts, _ := lecardQuery(t, 330)
	push := map[string]any{"facts": facts}
	tests := []struct {
		name   string
		role   auth.Role
		method string
		path   string
		body   any
		want   int
	}{
		{"no token", "", http.MethodPost, "/api/v1/similar", push, http.StatusUnauthorized},
		{"no token me", "", http.MethodGet, "/api/v1/me", nil, http.StatusUnauthorized},
		{"judge pushes", auth.Judge, http.MethodPost, "/api/v1/similar", push, http.StatusOK},
		{"assistant pushes", auth.Assistant, http.MethodPost, "/api/v1/similar", push, http.StatusOK},
		{"reviewer pushes", auth.Reviewer, http.MethodPost, "/api/v1/similar", push, http.StatusOK},
		{"evaluator may not push", auth.Evaluator, http.MethodPost, "/api/v1/similar", push, http.StatusForbidden},
		{"admin may not push", auth.Admin, http.MethodPost, "/api/v1/similar", push, http.StatusForbidden},
		{"judge reads a judgment", auth.Judge, http.MethodGet, "/api/v1/docs/lecard:8", nil, http.StatusOK},
		{"admin may not read judgments", auth.Admin, http.MethodGet, "/api/v1/docs/lecard:8", nil, http.StatusForbidden},
		{"evaluator looks up law", auth.Evaluator, http.MethodGet, "/api/v1/law?q=264", nil, http.StatusOK},
		{"admin looks up law", auth.Admin, http.MethodGet, "/api/v1/law?q=264", nil, http.StatusOK},
		{"judge may not read evals", auth.Judge, http.MethodGet, "/api/v1/evals", nil, http.StatusForbidden},
		{"evaluator reads evals, none wired", auth.Evaluator, http.MethodGet, "/api/v1/evals", nil, http.StatusServiceUnavailable},
		{"unknown route", auth.Judge, http.MethodGet, "/api/v1/nothing", nil, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, tt.role, tt.method, tt.path, tt.body)
			if rec.Code != tt.want {
				t.Fatalf("%s %s as %q = %d %s, want %d", tt.method, tt.path, tt.role, rec.Code, rec.Body, tt.want)
			}
			if rec.Code >= 400 {
				e := decodeBody[errorBody](t, rec)
				if e.Error.Code == "" || e.Error.Message == "" || e.Error.RequestID == "" {
					t.Errorf("error body %s lacks code, message or request id", rec.Body)
				}
			}
		})
	}
}

func TestWrongToken(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	for _, header := range []string{"Bearer leian_not-a-real-token", "Bearer " + strings.ToUpper(ts.tokens[auth.Judge]), ts.tokens[auth.Judge], "Basic abc"} {
		req := newRequest(http.MethodGet, "/api/v1/me")
		req.Header.Set("Authorization", header)
		rec := serve(ts.srv, req)
		if rec.Code != http.StatusUnauthorized || rec.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("Authorization %.20q… = %d (WWW-Authenticate %q), want 401 with challenge", header, rec.Code, rec.Header().Get("WWW-Authenticate"))
		}
	}
}

func TestMe(t *testing.T) {
	ts := newTestServer(t, Options{})
	tests := []struct {
		role     auth.Role
		features string
	}{
		{auth.Judge, "similar,docs,law,check,draft,sentencing,deviation,report,form,batch,anonymize"},
		{auth.Reviewer, "similar,docs,law,check,sentencing,deviation,anonymize"},
		{auth.Evaluator, "law,evals"},
		{auth.Admin, "law,evals"},
	}
	for _, tt := range tests {
		rec := ts.call(t, tt.role, http.MethodGet, "/api/v1/me", nil)
		me := decodeBody[meResponse](t, rec)
		if rec.Code != http.StatusOK || me.Role != string(tt.role) || strings.Join(me.Features, ",") != tt.features {
			t.Errorf("me as %s = %d %+v, want features %s", tt.role, rec.Code, me, tt.features)
		}
	}
}
