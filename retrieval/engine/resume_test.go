package engine

import (
	"bytes"
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"leian/corpus/docstore"
	"leian/retrieval/embed"
	"leian/retrieval/embedded"
)

// TestIndexResumesAndKeepsFilesPrivate builds a small index with the usual
// umask 022, then checks that every file it wrote is owner-only (facts
// text, element summaries and vectors are case data), and that a build
// that stopped after training the embedder resumes without training again.
func TestIndexResumesAndKeepsFilesPrivate(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a few hundred judgments")
	}
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	ctx := context.Background()
	batch, _ := lecardPools(t, 1)
	o := IndexOptions{Train: embed.DefaultTrainOptions(), BatchSize: 64, Log: discard()}
	o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = 32, 20000, 2
	home := t.TempDir()
	b, err := Build(ctx, home, batch, o)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	err = filepath.WalkDir(home, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == home { // the test's own temporary folder
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s has mode %v, want owner-only (0600 files, 0700 folders)", path, info.Mode().Perm())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// A crash after training: the folder and the store are unstamped.
	dir := filepath.Join(home, "index")
	for _, p := range []string{stampPath(dir), filepath.Join(dir, "store.stamp")} {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	before, err := os.Stat(EmbedderPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := docstore.Open(filepath.Join(home, "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer docs.Close()
	store, err := embedded.Open(ctx, filepath.Join(dir, "embedded"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var logs bytes.Buffer
	o.Dir, o.Log = dir, slog.New(slog.NewTextHandler(&logs, nil))
	if err := Index(ctx, docs, store, o); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(EmbedderPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	if !after.ModTime().Equal(before.ModTime()) || strings.Contains(logs.String(), "training the embedder") || !strings.Contains(logs.String(), "resuming") {
		t.Errorf("the embedder was trained again after a crash that left it complete:\n%s", logs.String())
	}
	if err := CheckStore(ctx, dir, store); err != nil {
		t.Errorf("the resumed build is incomplete: %v", err)
	}
}
