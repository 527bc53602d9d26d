package sentencing

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"leian/corpus/rules"
	"leian/internal/dataset"
)

// TestSavedModelAnswersAsTrained trains on the first decided cases of the
// bundle, saves and loads the model, and asks both the same cases: the
// loaded model must answer exactly as the trained one. A model saved with
// another fingerprint, or for other cases, is refused as stale.
func TestSavedModelAnswersAsTrained(t *testing.T) {
	dataset.Path(t, CAIL2018File)
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	lib, err := rules.Load(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	book := NewLawBook(lib)
	exs, err := ReadCAIL2018(filepath.Join(dir, CAIL2018File))
	if err != nil {
		t.Fatal(err)
	}
	train, test := exs[:500], exs[500:530]
	m, err := Train(ctx, book, train)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), ModelFile)
	if err := m.Save(path, "fp-1"); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadModel(ctx, path, "fp-1", book, train)
	if err != nil {
		t.Fatal(err)
	}
	a, b := &Estimator{Book: book, Model: m}, &Estimator{Book: book, Model: loaded}
	for _, ex := range test {
		c := Case{Facts: ex.Facts, Charges: ex.Charges}
		ra, err := a.Estimate(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", ex.ID, err)
		}
		rb, err := b.Estimate(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", ex.ID, err)
		}
		if ra.ModelMonths != rb.ModelMonths || ra.Kind != rb.Kind || ra.Months != rb.Months || ra.Similar.N != rb.Similar.N {
			t.Errorf("%s: trained %s %d (%.2f), loaded %s %d (%.2f)", ex.ID, ra.Kind, ra.Months, ra.ModelMonths, rb.Kind, rb.Months, rb.ModelMonths)
		}
	}
	if _, err := LoadModel(ctx, path, "fp-2", book, train); !errors.Is(err, ErrStale) {
		t.Errorf("another fingerprint: %v, want ErrStale", err)
	}
	if _, err := LoadModel(ctx, path, "fp-1", book, exs[1:501]); !errors.Is(err, ErrStale) {
		t.Errorf("other decided cases: %v, want ErrStale", err)
	}
	if err := os.WriteFile(path, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadModel(ctx, path, "fp-1", book, train); !errors.Is(err, ErrStale) {
		t.Errorf("a corrupt file: %v, want ErrStale", err)
	}
}
