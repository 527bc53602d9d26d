package main

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// TestEvalRefusesSynthetic: synthetic judgments made from ingested real
// ones ingest like any JSONL, and a quality eval over that home refuses
// to run.
func TestEvalRefusesSynthetic(t *testing.T) {
	home := t.TempDir()
	t.Setenv("LEIAN_HOME", home)
	data, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("LEIAN_DATA", data)
	// The first 80 LeCaRD candidates, as a file of their own.
	f, err := os.Open(filepath.Join(data, "lecard", "candidates.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var lines []string
	for len(lines) < 80 && sc.Scan() {
		lines = append(lines, sc.Text())
	}
	real := filepath.Join(home, "candidates.jsonl")
	if err := os.WriteFile(real, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := runLeian(t, "ingest", "--format", "lecard", real); err != nil {
		t.Fatalf("ingest the real judgments: %v\n%s", err, out)
	}
	out, err := runLeian(t, "corpus", "synth", "--n", "20", "--seed", "3")
	if err != nil || !strings.Contains(out, "仅供规模测试") {
		t.Fatalf("corpus synth: %v\n%s", err, out)
	}
	synthetic := filepath.Join(home, "synthetic", "synthetic-n20-seed3.jsonl")
	if out, err := runLeian(t, "ingest", synthetic); err != nil {
		t.Fatalf("ingest the synthetic judgments: %v\n%s", err, out)
	}
	if _, err := runLeian(t, "eval", "lecard"); err == nil || !strings.Contains(err.Error(), "合成文书") {
		t.Errorf("eval over a home with synthetic judgments: %v, want a refusal", err)
	}
}
