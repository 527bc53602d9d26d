package judge

import (
	"path/filepath"
	"testing"

	"leian/internal/dataset"
)

// dataDir is the real-data bundle; the test fails clearly without it.
func dataDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(filepath.Dir(dataset.Path(t, "judge/judge.jsonl")))
}
