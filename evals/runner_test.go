package evals

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecordNamesTheCommitTheRunStartedOn: a commit made while a run is
// under way (a long eval beside ongoing work) must not label the run.
func TestRecordNamesTheCommitTheRunStartedOn(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatalf("git is needed to label runs: %v", err)
	}
	repo := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=leian", "-c", "user.email=leian@example.invalid", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	data := filepath.Join(repo, "data.txt")
	commit := func(text string) string {
		t.Helper()
		if err := os.WriteFile(data, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		git("add", "data.txt")
		git("commit", "-q", "-m", text)
		return git("rev-parse", "HEAD")
	}
	git("init", "-q")
	before := commit("first")
	var after string
	suite := Suite{Name: "slow", Dataset: "data.txt", Metrics: "m", Run: func(context.Context, Input) (*Result, error) {
		after = commit("second, made during the run")
		return &Result{Suite: "slow", N: 1, Metrics: map[string]float64{"m": 1}, Split: SplitDev, Files: []string{data}}, nil
	}}
	t.Chdir(repo)
	r := &Runner{Suites: []Suite{suite}, Records: Records{Dir: t.TempDir()}}
	rec, err := r.Run(context.Background(), "slow", Input{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Commit != before || before == after {
		t.Errorf("record labelled %s; the run started on %s (%s was committed during it)", rec.Commit, before, after)
	}
}

func TestShortCommit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0123456789abcdef0123", "0123456789ab"},
		{"0123456789abcdef0123+dirty", "0123456789ab+dirty"},
		{"unknown", "unknown"},
	}
	for _, tc := range tests {
		if got := short(tc.in); got != tc.want {
			t.Errorf("short(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
