// Package sentencingtest trains the real sentencing estimator on the first
// decided cases of the data bundle, for the tests of packages that use it.
package sentencingtest

import (
	"context"
	"path/filepath"
	"testing"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
	"leian/internal/dataset"
)

// Bundle is the law book over the bundle's rule library and every decided
// case of cail2018; it fails t with a clear message when the bundle is
// missing.
func Bundle(t testing.TB) (*sentencing.LawBook, []sentencing.Example) {
	t.Helper()
	dataset.Path(t, sentencing.CAIL2018File)
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := rules.Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	exs, err := sentencing.ReadCAIL2018(filepath.Join(dir, sentencing.CAIL2018File))
	if err != nil {
		t.Fatal(err)
	}
	return sentencing.NewLawBook(lib), exs
}

// Estimator is the estimator trained on the first n decided cases of
// cail2018 (600 are enough to recommend a theft sentence); it fails t
// with a clear message when the bundle is missing.
func Estimator(t testing.TB, n int) *sentencing.Estimator {
	t.Helper()
	ctx := context.Background()
	book, exs := Bundle(t)
	exs = exs[:min(len(exs), n)]
	if err := sentencing.Prepare(ctx, exs); err != nil {
		t.Fatal(err)
	}
	m, err := sentencing.Train(ctx, book, exs)
	if err != nil {
		t.Fatal(err)
	}
	return &sentencing.Estimator{Book: book, Model: m}
}
