package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
	"leian/internal/dataset"
)

// sliceBundle copies the first n records of a bundle file into dir (gzip
// removed), so tests read real data but only a little of it.
func sliceBundle(t testing.TB, dir, rel string, n int) string {
	t.Helper()
	f, err := os.Open(dataset.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(rel, ".gz") {
		if r, err = gzip.NewReader(f); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, strings.ReplaceAll(strings.TrimSuffix(rel, ".gz"), "/", "_"))
	var data []byte
	if strings.HasSuffix(rel, ".json") {
		var items []json.RawMessage
		if err := json.NewDecoder(r).Decode(&items); err != nil {
			t.Fatal(err)
		}
		data, _ = json.Marshal(items[:min(n, len(items))])
	} else {
		br := bufio.NewReaderSize(r, 1<<20)
		for i := 0; i < n; i++ {
			ln, err := br.ReadBytes('\n')
			data = append(data, ln...)
			if err != nil {
				break
			}
		}
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func openStore(t testing.TB, dir string) *docstore.Store {
	t.Helper()
	st, err := docstore.Open(filepath.Join(dir, "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func run(t testing.TB, st *docstore.Store, files []source.File, opt Options) *Summary {
	t.Helper()
	sum, err := Run(context.Background(), st, files, opt)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// smallBundle is a slice of every bundle source, in bundle order.
func smallBundle(t testing.TB, dir string) []source.File {
	t.Helper()
	files := []source.File{
		{Path: sliceBundle(t, dir, "cail2018/cases.jsonl", 40)},
		{Path: sliceBundle(t, dir, "lecard/candidates.jsonl.gz", 70)},
		{Path: sliceBundle(t, dir, "lecard/queries.jsonl", 5)},
		{Path: sliceBundle(t, dir, "judge/judge.jsonl", 300)},
		{Path: sliceBundle(t, dir, "scm/triplets.jsonl", 10)},
		{Path: sliceBundle(t, dir, "civil/cail2021_focus_recognition_train.jsonl", 5)},
		{Path: sliceBundle(t, dir, "civil/cail2020_sfzy_train20.jsonl", 3)},
		{Path: dataset.Path(t, "civil/gazette/丁启章诉江苏京沪高速公路有限公司等人身损害赔偿纠纷案.md")},
	}
	for _, task := range []string{"3-1", "3-3", "3-4", "3-7"} {
		files = append(files, source.File{Path: sliceBundle(t, dir, "lawbench/"+task+".json", 20)})
	}
	return files
}
