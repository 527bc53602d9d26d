package api

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"leian/corpus/rules"
	"leian/internal/dataset"
)

var (
	rulesOnce sync.Once
	rulesLib  RuleLibrary
	rulesErr  error
)

// loadRules loads the bundle's rule library once per test binary.
func loadRules(tb testing.TB) RuleLibrary {
	tb.Helper()
	dir := dataset.Path(tb, "laws")
	rulesOnce.Do(func() {
		lib, err := rules.Load(context.Background(), filepath.Dir(dir))
		rulesLib, rulesErr = RuleLibrary{Lib: lib}, err
	})
	if rulesErr != nil {
		tb.Fatal(rulesErr)
	}
	return rulesLib
}
