package api

import (
	"cmp"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"leian/corpus/rules"
	"leian/internal/dataset"
	"leian/retrieval"
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

func TestRuleLibraryApplicable(t *testing.T) {
	lib := loadRules(t)
	facts, _ := lecardQuery(t, 330)
	tests := []struct {
		name      string
		max       int
		q         retrieval.Query
		cases     []retrieval.Result
		wantFirst string // Ref of the first rule
		wantIn    string // part of its reason
		wantAlso  string // another Ref in the list
		wantKind  string // a kind in the list
	}{
		{"the charge's principal article", 0, retrieval.Query{Facts: facts, Charges: []string{"盗窃罪"}}, nil,
			"刑法第二百六十四条", "罪名盗窃罪", "", "guiding_case"},
		{"listed articles first", 0, retrieval.Query{Facts: facts, Charges: []string{"诈骗罪"}, Articles: []string{"刑法67", "刑法133-1"}}, nil,
			"刑法第六十七条", "查询所列法条", "刑法第二百六十六条", ""},
		{"listed and the charge's: one entry", 0, retrieval.Query{Facts: facts, Charges: []string{"盗窃罪"}, Articles: []string{"刑法264"}}, nil,
			"刑法第二百六十四条", "查询所列法条；罪名盗窃罪", "", "interpretation"},
		{"capped", 2, retrieval.Query{Facts: facts, Charges: []string{"盗窃罪"}}, nil, "刑法第二百六十四条", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := RuleLibrary{Lib: lib.Lib, Max: tt.max}.Applicable(context.Background(), tt.q, tt.cases)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].Ref != tt.wantFirst || !strings.Contains(hits[0].Reason, tt.wantIn) || hits[0].Text == "" {
				t.Fatalf("first of %+v, want %s because of %q", hits, tt.wantFirst, tt.wantIn)
			}
			refs := map[string]bool{}
			for _, h := range hits {
				if refs[h.Ref] || h.Reason == "" || !slices.Contains([]string{"article", "interpretation", "guiding_case"}, h.Kind) {
					t.Errorf("%s listed twice, without a reason or of unknown kind %q", h.Ref, h.Kind)
				}
				refs[h.Ref] = true
			}
			if tt.wantKind != "" && !slices.ContainsFunc(hits, func(h RuleHit) bool { return h.Kind == tt.wantKind }) {
				t.Errorf("rules %v lack one of kind %s", refs, tt.wantKind)
			}
			if tt.wantAlso != "" && !refs[tt.wantAlso] {
				t.Errorf("rules %v lack %s", refs, tt.wantAlso)
			}
			if limit := cmp.Or(tt.max, 8); len(hits) > limit {
				t.Errorf("%d rules, over the cap of %d", len(hits), limit)
			}
		})
	}
}

func TestRuleLibraryLookup(t *testing.T) {
	lib := loadRules(t)
	tests := []struct {
		citation string
		wantRef  string
		wantText string
		wantErr  error
	}{
		{"刑法第二百六十四条", "刑法第二百六十四条", "盗窃公私财物", nil},
		{"264", "刑法第二百六十四条", "盗窃公私财物", nil},
		{"第264条", "刑法第二百六十四条", "盗窃公私财物", nil},
		{"133-1", "刑法第一百三十三条之一", "醉酒驾驶机动车", nil},
		{"第六十七条第一款", "刑法第六十七条第一款", "自动投案", nil},
		{"民法典第一千一百六十五条", "民法典第一千一百六十五条", "过错", nil},
		{"第999条", "", "", ErrNotFound},
	}
	for _, tt := range tests {
		hits, err := lib.Lookup(context.Background(), tt.citation)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Lookup(%q) = %+v, %v; want %v", tt.citation, hits, err, tt.wantErr)
			}
			continue
		}
		if err != nil || len(hits) != 1 || hits[0].Ref != tt.wantRef || !strings.Contains(hits[0].Text, tt.wantText) {
			t.Errorf("Lookup(%q) = %+v, %v; want %s containing %q", tt.citation, hits, err, tt.wantRef, tt.wantText)
		}
	}
}

// FuzzRuleLibraryLookup: whatever a user types, the library answers with
// provisions, ErrInvalid or ErrNotFound, never another error or a panic.
func FuzzRuleLibraryLookup(f *testing.F) {
	for _, s := range []string{"刑法第二百六十四条", "264", "133之一", "第999条", "民法典第1165条第二款", "刑法第条之", "《》第一条"} {
		f.Add(s)
	}
	lib := loadRules(f)
	f.Fuzz(func(t *testing.T, citation string) {
		hits, err := lib.Lookup(context.Background(), citation)
		if err != nil && !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrNotFound) {
			t.Fatalf("Lookup(%q): %v", citation, err)
		}
		for _, h := range hits {
			if h.Ref == "" || h.Text == "" {
				t.Fatalf("Lookup(%q) = %+v without a reference or text", citation, h)
			}
		}
	})
}
