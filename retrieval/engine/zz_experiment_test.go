package engine

import (
	"context"
	"os"
	"strings"
	"testing"

	"leian/evals"
	"leian/internal/dataset"
)

// Temporary: scores the index folder in $E2INDEX with the lecard and scm suites.
func TestZZSuites(t *testing.T) {
	idx := os.Getenv("E2INDEX")
	if idx == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir, _ := dataset.Dir()
	p, err := OpenPool(idx, "", "", "", discard())
	if err != nil {
		t.Fatal(err)
	}
	res, err := evals.SCM().Run(ctx, evals.Input{DataDir: dir, Similarity: p})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("scm %v\n%s", res.Metrics, strings.Join(res.Notes, "\n"))
	if os.Getenv("E2SCMONLY") != "" {
		return
	}
	res, err = evals.LeCaRD().Run(ctx, evals.Input{DataDir: dir, Ranker: p})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("lecard %v\n%s", res.Metrics, strings.Join(res.Notes, "\n"))
}
