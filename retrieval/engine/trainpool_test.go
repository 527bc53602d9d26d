package engine

import (
	"slices"
	"strings"
	"testing"

	"leian/internal/dataset"
	"leian/internal/lecard"
)

func TestPoolDataKeepsNamedQueries(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	all, err := lecard.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b := all.Queries[0].ID, all.Queries[1].ID
	tests := []struct {
		name    string
		ids     []string
		want    []string
		wantErr string
	}{
		{"order kept", []string{b, a}, []string{b, a}, ""},
		{"unknown query", []string{a, "no-such"}, nil, `"no-such"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, docs, err := poolData(t.Context(), dir, tc.ids)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one naming %s", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			want := map[string]bool{}
			for _, q := range l.Queries {
				got = append(got, q.ID)
				for _, id := range l.PoolIDs(q.ID) {
					want[id] = true
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("queries %v, want %v", got, tc.want)
			}
			if len(docs) != len(want) {
				t.Errorf("%d candidates read, want the %d pooled for %v", len(docs), len(want), tc.want)
			}
			for id := range docs {
				if !want[id] {
					t.Errorf("candidate %s is in no kept query's pool", id)
				}
			}
		})
	}
}

func TestOnceTokensSegmentsOnceUntilReleased(t *testing.T) {
	calls := 0
	c := &onceTokens{seen: map[string][]string{}, words: func(s string) []string {
		calls++
		return strings.Fields(s)
	}}
	steps := []struct {
		text      string
		release   bool
		wantCalls int
	}{
		{"被告人 盗窃 手机", false, 1},
		{"被告人 盗窃 手机", false, 1}, // remembered
		{"被告人 诈骗", false, 2},
		{"被告人 盗窃 手机", true, 3},  // released: segmented again
		{"被告人 盗窃 手机", false, 4}, // and no longer remembered
	}
	for i, s := range steps {
		if s.release {
			c.release()
		}
		if got := c.tokens(s.text); !slices.Equal(got, strings.Fields(s.text)) {
			t.Errorf("step %d: tokens %v", i, got)
		}
		if calls != s.wantCalls {
			t.Errorf("step %d: %d segmentations, want %d", i, calls, s.wantCalls)
		}
	}
}
