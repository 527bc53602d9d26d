package api

import (
	"net/http"
	"testing"
	"time"

	"leian/api/auth"
	"leian/evals"
)

// TestEvals reads run records through the real evals.Records. The records'
// numbers are placeholders: the test checks which run is shown, not a score.
func TestEvals(t *testing.T) {
	recs := evals.Records{Dir: t.TempDir()}
	ts := newTestServer(t, Options{Evals: recs})
	if rec := ts.call(t, auth.Evaluator, http.MethodGet, "/api/v1/evals", nil); rec.Code != http.StatusOK || decodeBody[evalsResponse](t, rec).Runs == nil {
		t.Fatalf("no runs yet = %d %s, want 200 with an empty list", rec.Code, rec.Body)
	}
	start := time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC)
	runs := []struct {
		suite string
		n     int
		at    time.Duration
	}{{"lecard", 10, 0}, {"lecard", 77, time.Hour}, {"extract", 300, 2 * time.Hour}}
	for _, r := range runs {
		if _, err := recs.Write(&evals.Record{Suite: r.suite, N: r.n, Started: start.Add(r.at), Metrics: map[string]float64{}}); err != nil {
			t.Fatal(err)
		}
	}
	rec := ts.call(t, auth.Admin, http.MethodGet, "/api/v1/evals", nil)
	got := decodeBody[evalsResponse](t, rec).Runs
	if rec.Code != http.StatusOK || len(got) != 2 || got[0].Suite != "extract" || got[1].Suite != "lecard" || got[1].N != 77 {
		t.Fatalf("runs = %d %+v, want extract and the newer lecard run (n=77)", rec.Code, got)
	}
}
