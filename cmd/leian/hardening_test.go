package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"leian/api/audit"
	"leian/internal/config"
	"leian/internal/dataset"
)

func runLeian(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

// TestAuditVerify checks the chain with the command an operator runs, then
// edits one line and expects the command to fail naming it.
func TestAuditVerify(t *testing.T) {
	home := t.TempDir()
	t.Setenv("LEIAN_HOME", home)
	l, err := audit.Open(filepath.Join(home, "audit"))
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	for i := range 3 {
		if err := l.Record(audit.Entry{Time: day.Add(time.Duration(i) * time.Minute), User: "张三", Route: "POST /api/v1/similar", Status: 200, ResultIDs: []string{"lecard:8"}}); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	if out, err := runLeian(t, "audit", "verify"); err != nil || !strings.Contains(out, "3 条记录") {
		t.Fatalf("verify untouched log: %q, %v", out, err)
	}
	path := filepath.Join(home, "audit", "2026-12-04.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	forged := strings.Replace(string(data), `"lecard:8"`, `"lecard:9"`, 1)
	if err := os.WriteFile(path, []byte(forged), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = runLeian(t, "audit", "verify")
	if err == nil || !strings.Contains(err.Error(), "第 2 行") {
		t.Errorf("verify after editing line 1: %v, want a failure at line 2", err)
	}
}

// TestBootstrapTokenOnlyOnTerminal: with output going to a log, the token
// goes to an owner-only file and the log holds only its path.
func TestBootstrapTokenOnlyOnTerminal(t *testing.T) {
	cfg := config.Config{Home: t.TempDir(), Addr: "127.0.0.1:8080"}
	const token = "leian_secret-first-run-token"
	var log bytes.Buffer
	if err := announceBootstrap(&log, false, token, cfg, "tokens.json"); err != nil {
		t.Fatal(err)
	}
	path := cfg.Path(bootstrapFile)
	if strings.Contains(log.String(), token) || !strings.Contains(log.String(), path) {
		t.Errorf("non-terminal output %q: want the file's path and no token", log.String())
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("token file %s: %v %v, want mode 0600", path, st, err)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), token) {
		t.Errorf("token file lacks the token: %q", b)
	}
	cfg.Home = t.TempDir()
	var term bytes.Buffer
	if err := announceBootstrap(&term, true, token, cfg, "tokens.json"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(term.String(), token) {
		t.Errorf("terminal output %q lacks the token", term.String())
	}
	if _, err := os.Stat(cfg.Path(bootstrapFile)); err == nil {
		t.Error("a token file was written though a terminal showed the token")
	}
}

// TestNoProgressBarsInLogs ingests real LeCaRD queries with stderr going
// to a file, as under make run > log or systemd: no bar may be drawn there.
func TestNoProgressBarsInLogs(t *testing.T) {
	data, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("LEIAN_HOME", t.TempDir())
	t.Setenv("LEIAN_DATA", data)
	logFile, err := os.Create(filepath.Join(t.TempDir(), "stderr.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	stderr := os.Stderr
	os.Stderr = logFile
	defer func() { os.Stderr = stderr }()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetArgs([]string{"ingest", "--format", "lecard-query", filepath.Join(data, "lecard", "queries.jsonl")})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	os.Stderr = stderr
	log, err := os.ReadFile(logFile.Name())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsAny(log, "\r█") || !bytes.Contains(log, []byte("msg=reading")) {
		t.Errorf("stderr to a file holds progress bars or lacks the stage line:\n%.600s", log)
	}
}

// TestCLIErrorsInChinese: what a user reads when a command fails is Chinese.
func TestCLIErrorsInChinese(t *testing.T) {
	t.Setenv("LEIAN_HOME", t.TempDir())
	for _, args := range [][]string{
		{"similar"},
		{"--workers", "0", "law", "264"},
		{"--log-level", "loud", "law", "264"},
		{"eval", "report"},
		{"audit", "verify", "--store", "mysql"},
		{"form"},
		{"batch"},
		{"charges"},
	} {
		_, err := runLeian(t, args...)
		if err == nil {
			t.Errorf("leian %v succeeded, want an error", args)
			continue
		}
		if !strings.ContainsFunc(err.Error(), func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }) {
			t.Errorf("leian %v: error %q is not in Chinese", args, err)
		}
	}
}
