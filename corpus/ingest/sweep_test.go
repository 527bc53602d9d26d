package ingest

import (
	"bufio"
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"leian/corpus"
	"leian/corpus/ingest/source"
)

func TestCaseTypeDerived(t *testing.T) {
	one := func(src string) []corpus.SourceRef { return []corpus.SourceRef{{Source: src}} }
	tests := []struct {
		name string
		doc  corpus.Document
		want bool
	}{
		{"plain text gives none", corpus.Document{Sources: one("txt"), CaseType: corpus.Criminal}, true},
		{"a Gazette title that names it", corpus.Document{Sources: one("gazette"), Title: "张三诉李四民间借贷纠纷案", CaseType: corpus.Civil}, false},
		{"a Gazette title that does not", corpus.Document{Sources: one("gazette"), Title: "张三与李四案", CaseType: corpus.Civil}, true},
		{"a bundle source gives one", corpus.Document{Sources: one("lecard"), CaseType: corpus.Criminal}, false},
		{"an integration's type may be the court's", corpus.Document{Sources: one("court-a"), CaseType: corpus.Civil}, false},
		{"an unknown type was never given", corpus.Document{Sources: one("court-a")}, true},
		{"a merged document keeps its type", corpus.Document{Sources: []corpus.SourceRef{{Source: "txt"}, {Source: "jsonl"}}, CaseType: corpus.Civil}, false},
	}
	for _, tt := range tests {
		if got := caseTypeDerived(&tt.doc); got != tt.want {
			t.Errorf("%s: caseTypeDerived = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSweepCaseType: the sweep derives afresh a case type no source gave
// (plain text) and keeps one an integration gave, even against the text.
func TestSweepCaseType(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := "被告人张某盗窃一案。本院认为，被告人张某以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。"
	txt, own := filepath.Join(dir, "a.txt"), filepath.Join(dir, "court.jsonl")
	if err := os.WriteFile(txt, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(own, []byte(`{"id": "b", "source": "court-a", "case_type": "civil", "text": "`+text+`另查明。"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t, dir)
	defer st.Close()
	run(t, st, []source.File{{Path: txt}, {Path: own}}, Options{ExtractVersion: 1})
	want := map[string]corpus.CaseType{}
	for id, d := range snapshot(t, st) {
		want[id] = d.CaseType
		d.CaseType = corpus.Administrative // as an older extractor might have read it
		if d.Sources[0].Source == "court-a" {
			d.CaseType = corpus.Civil
		}
		if err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if sum := run(t, st, nil, Options{ExtractVersion: 2}); sum.Swept != 2 {
		t.Fatalf("swept %d, want 2", sum.Swept)
	}
	for id, d := range snapshot(t, st) {
		if d.CaseType != want[id] {
			t.Errorf("%s (%s): case type %q after the sweep, want %q", id, d.Sources[0].Source, d.CaseType, want[id])
		}
	}
	if want["court-a:b"] != corpus.Civil || len(want) != 2 {
		t.Errorf("the integration's civil type was not kept at ingest: %v", want)
	}
	for id, ct := range want {
		if id != "court-a:b" && ct != corpus.Criminal {
			t.Errorf("%s: plain text of a theft read as %q at ingest, want criminal", id, ct)
		}
	}
}

// Environment of the child process TestSweepKillResume starts and kills.
const sweepHomeEnv = "LEIAN_TEST_SWEEP_HOME"

// TestSweepChild is the sweep TestSweepKillResume kills; it runs only in
// the child, logging each committed batch to stderr.
func TestSweepChild(t *testing.T) {
	home := os.Getenv(sweepHomeEnv)
	if home == "" {
		t.Skip("runs only as the child of TestSweepKillResume")
	}
	st := openStore(t, home)
	defer st.Close()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	run(t, st, nil, Options{ExtractVersion: 2, BatchSize: 10, Log: log})
}

// TestSweepKillResume kills a sweep (no file read: every document is
// reached only from the store) with SIGKILL after it committed a batch:
// the store stays whole, the next run sweeps only what is left, and the
// result is the store an uninterrupted sweep writes.
func TestSweepKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	data := t.TempDir()
	files := []source.File{
		{Path: sliceBundle(t, data, "lecard/candidates.jsonl.gz", 150)},
		{Path: sliceBundle(t, data, "cail2018/cases.jsonl", 100)},
	}
	older := func(home string) int {
		st := openStore(t, home)
		defer st.Close()
		stats, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return stats.Older(2)
	}
	crashed, clean := t.TempDir(), t.TempDir()
	for _, home := range []string{crashed, clean} {
		st := openStore(t, home)
		run(t, st, files, Options{ExtractVersion: 1})
		st.Close()
	}
	n := older(crashed)
	killAfterBatch(t, crashed)
	left := older(crashed)
	if left == 0 || left >= n {
		t.Fatalf("%d of %d documents left older after the kill, want some done and some left", left, n)
	}
	t.Logf("%d of %d documents swept before the kill", n-left, n)

	st := openStore(t, crashed)
	defer st.Close()
	checkIntegrity(t, st)
	if sum := run(t, st, nil, Options{ExtractVersion: 2, BatchSize: 10}); sum.Swept != left || sum.Total.Reextracted != left {
		t.Errorf("resumed sweep re-extracted %d (%d swept), want the %d left", sum.Total.Reextracted, sum.Swept, left)
	}
	want := openStore(t, clean)
	defer want.Close()
	run(t, want, nil, Options{ExtractVersion: 2, BatchSize: 10})
	if diff := compareStores(t, st, want); diff != "" {
		t.Errorf("store after kill and resume differs from an uninterrupted sweep: %s", diff)
	}
}

// killAfterBatch runs the child sweep on home and kills it with SIGKILL
// once it logs a committed batch.
func killAfterBatch(t *testing.T, home string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSweepChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), sweepHomeEnv+"="+home)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if strings.Contains(sc.Text(), sweptBatch) {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for sc.Scan() {
		// Read to the end the dead child's pipe closes at, before Wait.
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed mid-sweep (it ended with %v): give it more documents", err)
	}
}

// TestSummaryCountsSweep: a swept document is counted as re-extracted under
// the source that named it but as no record read; one the extractor failed
// on is counted apart with an example, and one already current not at all.
func TestSummaryCountsSweep(t *testing.T) {
	fail := &source.Problem{File: "court-a:1", Field: "text", Reason: ReasonParse, Err: errors.New("parse/extract: boom")}
	tests := []struct {
		name      string
		outcome   Outcome
		problem   *source.Problem
		re, swept int
		failed    []string
	}{
		{"re-extracted", OutcomeReextracted, nil, 1, 1, nil},
		{"already current", OutcomeUnchanged, nil, 0, 0, nil},
		{"extractor failed", "", fail, 0, 0, []string{"court-a:1: parse/extract: boom"}},
	}
	for _, tt := range tests {
		s := newSummary()
		s.sweep("court-a", tt.outcome, tt.problem)
		if s.Records != 0 || s.Total.Reextracted != tt.re || s.source("court-a").Reextracted != tt.re || s.Swept != tt.swept ||
			s.SweepFailed != len(tt.failed) || !slices.Equal(s.SweepExamples, tt.failed) || s.Total.Rejected != 0 {
			t.Errorf("%s: %+v", tt.name, s)
		}
	}
}
