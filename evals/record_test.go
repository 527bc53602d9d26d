package evals

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/internal/dataset"
	"leian/internal/textwidth"
)

// twoLeCaRDRuns records BM25 and then SAILER on the first 10 queries.
func twoLeCaRDRuns(t *testing.T) (*Runner, *Record, *Record) {
	t.Helper()
	dir := filepath.Dir(filepath.Dir(dataset.Path(t, "lecard/labels.json")))
	r := &Runner{Suites: []Suite{LeCaRD(), SCM()}, Records: Records{Dir: t.TempDir()}, Config: map[string]string{"store": "embedded"}}
	var recs []*Record
	for _, run := range []string{"bm25_top100.json", "sailer_ranking.json"} {
		rec, err := r.Run(context.Background(), "lecard", Input{DataDir: dir, Limit: 10,
			RunFile: filepath.Join(dir, "lecard", "baselines", run)})
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
	return r, recs[0], recs[1]
}

func TestRecordWrittenAndReadBack(t *testing.T) {
	r, bm25, _ := twoLeCaRDRuns(t)
	back, err := ReadRecord(filepath.Join(r.Records.Dir, bm25.ID+".json"))
	if err != nil {
		t.Fatal(err)
	}
	if back.Suite != "lecard" || back.N != 10 || len(back.Items) != 10 || back.Metrics["ndcg@30"] != bm25.Metrics["ndcg@30"] {
		t.Errorf("read back %+v, want the written lecard run", back)
	}
	if back.Commit == "" || back.Config["store"] != "embedded" || back.Duration <= 0 || back.Started.IsZero() {
		t.Errorf("provenance missing: commit %q config %v duration %v started %v", back.Commit, back.Config, back.Duration, back.Started)
	}
	labels := dataset.Path(t, "lecard/labels.json")
	b, err := os.ReadFile(labels)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	found := false
	for _, f := range back.Data {
		found = found || (f.Path == labels && f.SHA256 == hex.EncodeToString(sum[:]))
	}
	if !found || len(back.Data) != 4 {
		t.Errorf("data hashes %+v: want queries, labels, pools and the run file with labels.json's SHA-256", back.Data)
	}
}

func TestResolve(t *testing.T) {
	r, bm25, sailer := twoLeCaRDRuns(t)
	tests := []struct{ ref, want string }{
		{"latest", sailer.ID},
		{"previous", bm25.ID},
		{"lecard:latest", sailer.ID},
		{"lecard:previous", bm25.ID},
		{bm25.ID, bm25.ID},
		{filepath.Join(r.Records.Dir, sailer.ID+".json"), sailer.ID},
	}
	for _, tt := range tests {
		rec, err := r.Records.Resolve(tt.ref)
		if err != nil || rec.ID != tt.want {
			t.Errorf("Resolve(%q) = %v, %v; want %s", tt.ref, rec, err, tt.want)
		}
	}
	for _, bad := range []string{"scm:latest", "nonsense"} {
		if _, err := r.Records.Resolve(bad); err == nil {
			t.Errorf("Resolve(%q): want an error", bad)
		}
	}
	latest, err := r.Records.Latest(context.Background())
	if err != nil || len(latest) != 1 || latest[0].Metrics["ndcg@30"] != sailer.Metrics["ndcg@30"] {
		t.Errorf("Latest = %+v, %v; want the SAILER run only", latest, err)
	}
}

func TestCompareRealRuns(t *testing.T) {
	_, bm25, sailer := twoLeCaRDRuns(t)
	c, err := Compare(bm25, sailer)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Metrics) != len(lecardMetrics) {
		t.Fatalf("%d metrics compared, want %d", len(c.Metrics), len(lecardMetrics))
	}
	for _, d := range c.Metrics {
		if d.Wins+d.Losses+d.Ties != 10 {
			t.Errorf("%s: %d wins + %d losses + %d ties, want 10 items", d.Metric, d.Wins, d.Losses, d.Ties)
		}
		if d.Delta != d.B-d.A || d.A != bm25.Metrics[d.Metric] {
			t.Errorf("%s: delta %v from A %v to B %v", d.Metric, d.Delta, d.A, d.B)
		}
		for i := 1; i < len(d.Biggest); i++ {
			if abs(d.Biggest[i].Delta) > abs(d.Biggest[i-1].Delta) {
				t.Errorf("%s: items not ordered by change: %+v", d.Metric, d.Biggest)
			}
		}
	}
	if c.Metrics[2].Metric != "ndcg@30" || c.Metrics[2].Wins <= c.Metrics[2].Losses {
		t.Errorf("SAILER should win most queries over BM25 on ndcg@30: %+v", c.Metrics[2])
	}
	var out bytes.Buffer
	if err := PrintComparison(&out, c, 3); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "ndcg@30") || !strings.Contains(out.String(), "胜") {
		t.Errorf("comparison output:\n%s", out.String())
	}
	other := *sailer
	other.Suite = "scm"
	if _, err := Compare(bm25, &other); err == nil {
		t.Error("Compare across suites: want an error")
	}
}

func TestPrintTable(t *testing.T) {
	_, bm25, _ := twoLeCaRDRuns(t)
	var out bytes.Buffer
	if err := PrintTable(&out, bm25); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if !strings.HasPrefix(lines[1], "指标") || !strings.Contains(lines[1], "random") || !strings.Contains(lines[1], "sailer") {
		t.Errorf("header %q: want 指标 and every baseline", lines[1])
	}
	// Columns line up by display width: the second column starts at the
	// same display offset in the header and in every metric row.
	col := textwidth.Of(lines[1][:strings.Index(lines[1], "--run")])
	for _, l := range lines[2 : 2+len(lecardMetrics)] {
		if got := textwidth.Of(l[:strings.Index(l, "0.")]); got != col {
			t.Errorf("row %q: value at display column %d, header at %d", l, got, col)
		}
	}
}

func TestReadGitHead(t *testing.T) {
	git := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(git, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("HEAD", "ref: refs/heads/main\n")
	write("packed-refs", "# pack-refs with: peeled\n1111111111111111111111111111111111111111 refs/heads/main\n")
	if c, ok := readGitHead(git); !ok || c != "1111111111111111111111111111111111111111" {
		t.Errorf("packed ref: %q %v", c, ok)
	}
	write("refs/heads/main", "2222222222222222222222222222222222222222\n")
	if c, ok := readGitHead(git); !ok || c != "2222222222222222222222222222222222222222" {
		t.Errorf("loose ref: %q %v", c, ok)
	}
	if _, ok := readGitHead(filepath.Join(git, "missing")); ok {
		t.Error("missing .git: want not ok")
	}
}

func abs(x float64) float64 { return max(x, -x) }

func TestRunnerHashesDefaultDatasetAndOrdersMetrics(t *testing.T) {
	dir := scmDataDir(t)
	s := Suite{Name: "plain", Dataset: "scm/triplets.jsonl", Metrics: "b, a",
		Run: func(context.Context, Input) (*Result, error) {
			return &Result{Suite: "plain", Split: SplitDev, Metrics: map[string]float64{"a": 1, "b": 2, "c": 3}}, nil
		}}
	r := &Runner{Suites: []Suite{s}, Records: Records{Dir: t.TempDir()}}
	rec, err := r.Run(context.Background(), "plain", Input{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Data) != 1 || rec.Data[0].Path != filepath.Join(dir, "scm", "triplets.jsonl") || len(rec.Data[0].SHA256) != 64 {
		t.Errorf("data %+v: want the suite's default dataset hashed", rec.Data)
	}
	if got := strings.Join(rec.metricNames(), ","); got != "b,a,c" {
		t.Errorf("metric order %s, want the Metrics line first (b,a) then the rest (c)", got)
	}
	if _, err := r.Run(context.Background(), "missing", Input{}); err == nil || !strings.Contains(err.Error(), "plain") {
		t.Errorf("unknown suite: err = %v, want one listing the known suites", err)
	}
}

// TestRunnerRefusesUnfootedResults: a result that does not say which split
// it ran on, or where a baseline comes from, is not recorded.
func TestRunnerRefusesUnfootedResults(t *testing.T) {
	tests := []struct {
		name string
		res  Result
		ok   bool
	}{
		{"no split", Result{Suite: "s"}, false},
		{"unknown split", Result{Suite: "s", Split: "test"}, false},
		{"baseline without footing", Result{Suite: "s", Split: SplitDev, Baselines: map[string]map[string]float64{"bm25": {"a": 1}}}, false},
		{"footed", Result{Suite: "s", Split: SplitCrossValidated, Baselines: map[string]map[string]float64{"bm25": {"a": 1}}, Footing: map[string]string{"bm25": FootingOtherData}}, true},
	}
	for _, tt := range tests {
		if err := checkFooting(&tt.res); (err == nil) != tt.ok {
			t.Errorf("%s: checkFooting = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}
