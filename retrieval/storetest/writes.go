package storetest

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"leian/retrieval"
)

// Dim is the vector dimension the suite writes; stores with a dimension
// fixed at creation must be opened with it.
const Dim = 16

func testUpsertReplaceDelete(t *testing.T, s retrieval.Store) {
	docs := WithRandomVectors(LeCaRD(t, 5), Dim, 1)
	upsert(t, s, docs)
	if n := count(t, s); n != 5 {
		t.Fatalf("Count after 5 upserts = %d", n)
	}

	// Replace docs[0] with a civil judgment and a new vector.
	civil := WithRandomVectors(Civil(t, 1), Dim, 2)[0]
	repl := civil
	repl.ID = docs[0].ID
	upsert(t, s, []retrieval.Doc{repl})
	if n := count(t, s); n != 5 {
		t.Errorf("Count after replacing a doc = %d, want 5", n)
	}
	if got := lexical(t, s, civil.Text[retrieval.FieldFacts], retrieval.Filter{}, 3); len(got) == 0 || got[0].ID != repl.ID {
		t.Errorf("Lexical(new text of %s) = %v, want it first", repl.ID, ids(got))
	}
	if got := nearest(t, s, repl.Vector, retrieval.Filter{}, 1); len(got) != 1 || got[0].ID != repl.ID || math.Abs(got[0].Score-1) > 1e-4 {
		t.Errorf("Nearest(new vector of %s) = %v, want it with score 1", repl.ID, got)
	}
	for _, g := range nearest(t, s, docs[0].Vector, retrieval.Filter{}, 5) {
		if g.ID == repl.ID && g.Score > 0.999 {
			t.Errorf("old vector of %s still stored (score %g)", repl.ID, g.Score)
		}
	}
	if got := nearest(t, s, docs[1].Vector, retrieval.Filter{CaseType: "civil"}, 5); !slices.Equal(ids(got), []string{repl.ID}) {
		t.Errorf("Nearest with the replaced doc's new Meta = %v, want [%s]", ids(got), repl.ID)
	}

	// A replacement without a vector drops the old vector.
	repl.Vector = nil
	upsert(t, s, []retrieval.Doc{repl})
	if slices.Contains(ids(nearest(t, s, civil.Vector, retrieval.Filter{}, 5)), repl.ID) {
		t.Errorf("Nearest returns %s after its vector was removed", repl.ID)
	}

	// Delete, including an unknown ID; deleting twice is fine.
	gone := docs[1].ID
	for range 2 {
		if err := s.Delete(context.Background(), []string{gone, "no-such-id"}); err != nil {
			t.Fatalf("Delete: %v", err)
		}
	}
	if n := count(t, s); n != 4 {
		t.Errorf("Count after delete = %d, want 4", n)
	}
	if slices.Contains(ids(lexical(t, s, docs[1].Text[retrieval.FieldFacts], retrieval.Filter{}, 5)), gone) {
		t.Errorf("Lexical returns deleted %s", gone)
	}
	if slices.Contains(ids(nearest(t, s, docs[1].Vector, retrieval.Filter{}, 5)), gone) {
		t.Errorf("Nearest returns deleted %s", gone)
	}

	// The same ID twice in one call: the last one wins.
	a, b := docs[2], docs[3]
	b.ID = a.ID
	b.Vector = RandomUnit(rand.New(rand.NewPCG(8, 8)), Dim)
	upsert(t, s, []retrieval.Doc{a, b})
	if got := nearest(t, s, b.Vector, retrieval.Filter{}, 1); len(got) != 1 || got[0].ID != a.ID || math.Abs(got[0].Score-1) > 1e-4 {
		t.Errorf("after upserting %s twice in one call, Nearest(second vector) = %v", a.ID, got)
	}
}

func testKLargerThanMatches(t *testing.T, s retrieval.Store) {
	docs := WithRandomVectors(LeCaRD(t, 10), Dim, 3)
	upsert(t, s, docs)
	pool := []string{docs[2].ID, docs[5].ID, docs[7].ID}
	f := retrieval.Filter{IDs: pool}
	got := lexical(t, s, docs[5].Text[retrieval.FieldFacts], f, 50)
	if len(got) == 0 || len(got) > 3 || got[0].ID != docs[5].ID {
		t.Errorf("Lexical k=50 in a pool of 3 = %v, want at most the pool with %s first", ids(got), docs[5].ID)
	}
	if got := nearest(t, s, docs[0].Vector, f, 50); !slices.Equal(sorted(ids(got)), sorted(pool)) {
		t.Errorf("Nearest k=50 in a pool of 3 = %v, want %v", ids(got), pool)
	}
	if got := nearest(t, s, docs[0].Vector, retrieval.Filter{}, 50); len(got) != 10 {
		t.Errorf("Nearest k=50 over 10 docs returned %d", len(got))
	}
}

func testInvalidRequests(t *testing.T, s retrieval.Store) {
	ctx := context.Background()
	docs := WithRandomVectors(LeCaRD(t, 3), Dim, 4)
	upsert(t, s, docs)
	for _, q := range []string{"", "  \n\t", "，。！？", "的了"} {
		_, err := s.Lexical(ctx, q, retrieval.Filter{}, 5)
		wantInvalid(t, "Lexical("+q+")", err)
	}
	_, err := s.Lexical(ctx, "盗窃", retrieval.Filter{}, 0)
	wantInvalid(t, "Lexical k=0", err)
	_, err = s.Lexical(ctx, "盗窃", retrieval.Filter{}, 5, retrieval.FieldWeight{Field: "title", Weight: 1})
	wantInvalid(t, "Lexical on an unknown field", err)
	_, err = s.Lexical(ctx, "盗窃", retrieval.Filter{}, 5, retrieval.FieldWeight{Field: retrieval.FieldFacts})
	wantInvalid(t, "Lexical with weight 0", err)

	for name, v := range map[string][]float32{"nil": nil, "zero": make([]float32, Dim), "wrong dimension": make([]float32, Dim+1)} {
		if v != nil && len(v) != Dim {
			v[0] = 1
		}
		_, err := s.Nearest(ctx, v, retrieval.Filter{}, 5)
		wantInvalid(t, "Nearest with a "+name+" vector", err)
	}
	_, err = s.Nearest(ctx, docs[0].Vector, retrieval.Filter{}, 0)
	wantInvalid(t, "Nearest k=0", err)

	bad := docs[0]
	bad.Vector = make([]float32, Dim+3)
	bad.Vector[0] = 1
	wantInvalid(t, "Upsert a vector of the wrong dimension", s.Upsert(ctx, []retrieval.Doc{bad}))
	wantInvalid(t, "Upsert an empty ID", s.Upsert(ctx, []retrieval.Doc{{Text: docs[0].Text}}))
	if n := count(t, s); n != 3 {
		t.Errorf("Count after rejected upserts = %d, want 3 (a rejected call must change nothing)", n)
	}
}
