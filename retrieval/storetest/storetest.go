// Package storetest is the conformance suite every retrieval.Store passes:
// writes, counts, filters, lexical ranking on real judgments, exact vectors.
package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"leian/retrieval"
)

// Open returns a new, empty store; the suite closes it.
type Open func(t *testing.T) retrieval.Store

// Run runs the conformance suite, one fresh store per subtest.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, retrieval.Store)
	}{
		{"UpsertReplaceDelete", testUpsertReplaceDelete},
		{"Filters", testFilters},
		{"LexicalFindsOwnFacts", testLexicalOwnFacts},
		{"LexicalFields", testLexicalFields},
		{"TraditionalQuery", testTraditionalQuery},
		{"NearestExact", testNearestExact},
		{"KLargerThanMatches", testKLargerThanMatches},
		{"InvalidRequests", testInvalidRequests},
		{"FilterKeepsScores", testFilterKeepsScores},
		{"ReextractedMeta", testReextractedMeta},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

func upsert(t *testing.T, s retrieval.Store, docs []retrieval.Doc) {
	t.Helper()
	if err := s.Upsert(context.Background(), docs); err != nil {
		t.Fatalf("Upsert %d docs: %v", len(docs), err)
	}
}

func count(t *testing.T, s retrieval.Store) int {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	return n
}

func lexical(t *testing.T, s retrieval.Store, q string, f retrieval.Filter, k int, fields ...retrieval.FieldWeight) []retrieval.Scored {
	t.Helper()
	got, err := s.Lexical(context.Background(), q, f, k, fields...)
	if err != nil {
		t.Fatalf("Lexical(%.30q, %+v, %d): %v", q, f, k, err)
	}
	checkOrdered(t, "Lexical", got)
	return got
}

func nearest(t *testing.T, s retrieval.Store, v []float32, f retrieval.Filter, k int) []retrieval.Scored {
	t.Helper()
	got, err := s.Nearest(context.Background(), v, f, k)
	if err != nil {
		t.Fatalf("Nearest(%+v, %d): %v", f, k, err)
	}
	checkOrdered(t, "Nearest", got)
	return got
}

// checkOrdered fails unless results are best first and IDs are unique.
func checkOrdered(t *testing.T, what string, got []retrieval.Scored) {
	t.Helper()
	seen := map[string]bool{}
	for i, g := range got {
		if seen[g.ID] {
			t.Errorf("%s: %s returned twice", what, g.ID)
		}
		seen[g.ID] = true
		if i > 0 && g.Score > got[i-1].Score+1e-9 {
			t.Errorf("%s: result %d (%s, %g) scores above result %d (%g)", what, i, g.ID, g.Score, i-1, got[i-1].Score)
		}
	}
}

func ids(ss []retrieval.Scored) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.ID
	}
	return out
}

func sorted(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

func wantInvalid(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, retrieval.ErrInvalid) {
		t.Errorf("%s: error %v, want retrieval.ErrInvalid", what, err)
	}
}
