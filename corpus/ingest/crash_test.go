package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// Environment of the child process TestCrashResume starts and kills.
const (
	crashHomeEnv  = "LEIAN_TEST_CRASH_HOME"
	crashFilesEnv = "LEIAN_TEST_CRASH_FILES"
)

// TestCrashChild is the ingest TestCrashResume kills; it runs only in the child.
func TestCrashChild(t *testing.T) {
	home := os.Getenv(crashHomeEnv)
	if home == "" {
		t.Skip("runs only as the child of TestCrashResume")
	}
	st := openStore(t, home)
	defer st.Close()
	run(t, st, crashFiles(strings.Split(os.Getenv(crashFilesEnv), "\n")), Options{BatchSize: 10})
}

func crashFiles(paths []string) []source.File {
	var files []source.File
	for _, p := range paths {
		files = append(files, source.File{Path: p})
	}
	return files
}

func TestCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	data := t.TempDir()
	paths := []string{
		sliceBundle(t, data, "lecard/candidates.jsonl.gz", 150),
		sliceBundle(t, data, "judge/judge.jsonl", 100),
		sliceBundle(t, data, "scm/triplets.jsonl", 40),
	}
	crashed := t.TempDir()
	killMidway(t, crashed, paths)

	st := openStore(t, crashed)
	n, err := st.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("nothing committed before the kill")
	}
	t.Logf("%d documents committed before the kill", n)
	checkIntegrity(t, st)
	resumed := run(t, st, crashFiles(paths), Options{BatchSize: 10})
	if resumed.Total.Unchanged == 0 {
		t.Errorf("resumed run found nothing already stored: %+v", resumed.Total)
	}
	clean := t.TempDir()
	want := openStore(t, clean)
	defer want.Close()
	run(t, want, crashFiles(paths), Options{BatchSize: 10})
	if diff := compareStores(t, st, want); diff != "" {
		t.Errorf("store after crash and resume differs from an uninterrupted run: %s", diff)
	}
	st.Close()
}

// killMidway runs the child ingest into home and kills it with SIGKILL once
// it has committed some batches.
func killMidway(t *testing.T, home string, paths []string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashHomeEnv+"="+home, crashFilesEnv+"="+strings.Join(paths, "\n"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(home, "docs.db")
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(db); err == nil && fi.Size() > 1<<20 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed mid-way (it ended with %v): give it more input", err)
	}
}

// checkIntegrity decodes every document and checks the indexes lead back to it.
func checkIntegrity(t *testing.T, st *docstore.Store) {
	t.Helper()
	ctx := context.Background()
	err := st.Each(ctx, func(d *corpus.Document) error {
		if d.ContentHash != ContentHash(d.Text) {
			t.Errorf("%s: content hash does not match its text", d.ID)
		}
		for _, s := range d.Sources {
			if s.SourceID == "" {
				continue
			}
			got, err := st.BySource(ctx, s.Source, s.SourceID)
			if err != nil || got.ID != d.ID {
				t.Errorf("%s: source %s/%s leads to %v, %v", d.ID, s.Source, s.SourceID, got, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("store unreadable after kill: %v", err)
	}
}

func compareStores(t *testing.T, got, want *docstore.Store) string {
	t.Helper()
	dump := func(st *docstore.Store) map[string]string {
		m := map[string]string{}
		err := st.Each(context.Background(), func(d *corpus.Document) error {
			b, err := json.Marshal(d)
			m[d.ID] = string(b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	g, w := dump(got), dump(want)
	if len(g) != len(w) {
		return "different document counts"
	}
	for id, doc := range w {
		if g[id] != doc {
			return "document " + id + " differs"
		}
	}
	return ""
}
