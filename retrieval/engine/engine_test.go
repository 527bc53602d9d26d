package engine

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"leian/corpus/docstore"
	"leian/internal/lecard"
	"leian/retrieval"
	"leian/retrieval/classify"
	"leian/retrieval/embed"
	"leian/retrieval/rank"
)

// testEngine indexes the pools of the first LeCaRD dev queries (a few
// hundred real judgments) with Build.
func testEngine(t *testing.T) (*Engine, *lecard.Set) {
	t.Helper()
	if testing.Short() {
		t.Skip("indexes a few hundred judgments")
	}
	ctx := context.Background()
	batch, l := lecardPools(t, 2)
	o := IndexOptions{Train: embed.DefaultTrainOptions(), BatchSize: 64, Log: discard()}
	o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = 64, 20000, 2
	b, err := Build(ctx, t.TempDir(), batch, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b.Engine, l
}

// TestEngine indexes once and runs every engine check on that index.
func TestEngine(t *testing.T) {
	e, l := testEngine(t)
	t.Run("search", func(t *testing.T) { testSearch(t, e, l) })
	t.Run("bad queries", func(t *testing.T) { testBadQueries(t, e) })
	t.Run("held out", func(t *testing.T) { testHeldOut(t, e, l) })
	t.Run("agreement objective", func(t *testing.T) { testAgreementObjective(t, e, l) })
	t.Run("charge-scoped candidates", func(t *testing.T) { testChargeScoped(t, e, l) })
	t.Run("every predicted charge shown", func(t *testing.T) { testPredictedShown(t, e, l) })
}

// pickTwo is a predictor that chooses the two charges it ranks first.
type pickTwo struct{ *ranker }

func (p pickTwo) Picked(ranked []classify.Prediction) []classify.Prediction { return ranked[:2] }

// testPredictedShown checks that a push naming no charge shows a case of
// each charge the predictor chose, even one whose cases the facts do not
// describe and the fusion ranks low.
func testPredictedShown(t *testing.T, e *Engine, l *lecard.Set) {
	q := l.Queries[0]
	own := normalised(q.Charges)
	other := ""
	for _, c := range e.vocab.Charges {
		if !slices.Contains(own, c) && (other == "" || c < other) {
			other = c
		}
	}
	p := pickTwo{&ranker{ranked: []classify.Prediction{{Charge: own[0], Score: 1}, {Charge: other, Score: 0.95}}}}
	rs, err := e.WithCharges(p).Search(context.Background(), retrieval.Query{Facts: q.Facts, K: 3, NoHighlights: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{own[0], other} {
		if !slices.ContainsFunc(rs, func(r retrieval.Result) bool { return slices.Contains(normalised(r.Charges), want) }) {
			t.Errorf("no result of predicted charge %s among %+v", want, rs)
		}
	}
}

// testChargeScoped checks that the candidates of a push naming a charge
// include that charge's best full-text matches, whatever the
// unscoped searches return: recall must not depend on the charge's cases
// out-scoring look-alikes of other offences.
func testChargeScoped(t *testing.T, e *Engine, l *lecard.Set) {
	ctx := context.Background()
	q := l.Queries[0]
	// A charge the facts are not about: its cases are not the facts' best
	// matches, so only the scoped searches find them at a shallow depth.
	other := ""
	for _, c := range e.vocab.Charges {
		if !slices.Contains(normalised(q.Charges), c) && (other == "" || c < other) {
			other = c
		}
	}
	if other == "" {
		t.Fatal("the index holds no charge but the query's")
	}
	shallow := *e
	shallow.depth = 5
	cands, err := shallow.Features(ctx, retrieval.Query{Facts: q.Facts, Charges: []string{other}, K: 1})
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, c := range cands {
		have[c.ID] = true
		if _, ok := c.Features["charge_p"]; !ok {
			t.Fatalf("candidate %s has no charge_p feature: %v", c.ID, c.Features)
		}
	}
	req, err := e.prepare(ctx, retrieval.Query{Facts: q.Facts, K: 1})
	if err != nil {
		t.Fatal(err)
	}
	scope := retrieval.Filter{Charges: []string{other}}
	lex, err := e.store.Lexical(ctx, req.Facts, scope, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(lex) == 0 {
		t.Fatalf("no %s documents in the index", other)
	}
	for _, s := range lex {
		if !have[s.ID] {
			t.Errorf("%s document %s, among its charge's 5 best matches, is not a candidate", other, s.ID)
		}
	}
}

func testSearch(t *testing.T, e *Engine, l *lecard.Set) {
	ctx := context.Background()
	q := l.Queries[0]
	rs, err := e.Search(ctx, retrieval.Query{Facts: q.Facts, Charges: q.Charges, K: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 10 {
		t.Fatalf("%d results, want 10", len(rs))
	}
	// The pool's graded-3 candidates should be well represented on top.
	good := 0
	for _, r := range rs {
		if l.Grades()[q.ID][r.ID] >= 2 {
			good++
		}
		if len(r.Signals) == 0 || len(r.Reasons) == 0 {
			t.Errorf("result %s lacks signals %v or reasons %v", r.ID, r.Signals, r.Reasons)
		}
	}
	if good < 3 {
		t.Errorf("only %d of the top 10 are graded ≥ 2 for query %s", good, q.ID)
	}
	if !slices.ContainsFunc(rs[0].Reasons, func(r retrieval.Reason) bool { return r.Kind == "charge" && r.Shared }) {
		t.Errorf("top result %s shares no charge: %+v", rs[0].ID, rs[0].Reasons)
	}

	charge := q.Charges[0]
	rs, err = e.Search(ctx, retrieval.Query{Facts: q.Facts, Filter: retrieval.Filter{Charges: []string{charge}}, K: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if !slices.Contains(r.Charges, charge) {
			t.Errorf("filtered on %s, got %s with %v", charge, r.ID, r.Charges)
		}
	}

	// The push `leian similar --doc` sends.
	sq, err := e.SimilarQuery(ctx, rs[0].ID, 5)
	if err != nil {
		t.Fatal(err)
	}
	sim, err := e.Search(ctx, sq)
	if err != nil {
		t.Fatal(err)
	}
	if len(sim) == 0 || slices.ContainsFunc(sim, func(r retrieval.Result) bool { return r.ID == rs[0].ID }) {
		t.Errorf("similar to %s: %d results, itself included or none", rs[0].ID, len(sim))
	}
	if _, err := e.SimilarQuery(ctx, "lecard:no-such", 5); !errors.Is(err, docstore.ErrNotFound) {
		t.Errorf("unknown document: %v", err)
	}
}

func testBadQueries(t *testing.T, e *Engine) {
	ctx := context.Background()
	tests := []struct {
		name  string
		q     retrieval.Query
		field string
		want  string
	}{
		{"empty", retrieval.Query{Facts: "  \n"}, "facts", "为空"},
		{"too long", retrieval.Query{Facts: strings.Repeat("盗", MaxQueryRunes+1)}, "facts", "100000"},
		{"unknown charge", retrieval.Query{Facts: "被告人盗窃手机一部", Filter: retrieval.Filter{Charges: []string{"盗切罪"}}}, "filters.charges", "盗窃罪"},
		{"k too large", retrieval.Query{Facts: "被告人盗窃手机一部", K: MaxK + 1}, "k", "201"},
		{"years backwards", retrieval.Query{Facts: "被告人盗窃", Filter: retrieval.Filter{YearFrom: 2020, YearTo: 2015}}, "filters.year", "颠倒"},
		{"punctuation only", retrieval.Query{Facts: "……！？。"}, "facts", "可检索"},
		{"function words only", retrieval.Query{Facts: "的的的了"}, "facts", "可检索"},
		{"one Latin letter", retrieval.Query{Facts: "a"}, "facts", "可检索"},
		{"emoji", retrieval.Query{Facts: "😀😀"}, "facts", "可检索"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.Search(ctx, tc.q)
			var qe *retrieval.QueryError
			if !errors.Is(err, ErrInvalidQuery) || !errors.As(err, &qe) || qe.Field != tc.field || !strings.Contains(qe.Message, tc.want) {
				t.Errorf("error %v, want a QueryError on %s mentioning %q", err, tc.field, tc.want)
			}
		})
	}
	// A whole dossier as facts: highlights come from its first
	// MaxPassageRunes characters, and a client that leaves stops the push.
	long := strings.Repeat("被告人张某于二〇一八年五月在某商场盗窃手机一部，价值人民币三千元。", 100_000/35)
	rs, err := e.Search(ctx, retrieval.Query{Facts: long, K: 5})
	if err != nil {
		t.Fatalf("long push: %v", err)
	}
	for _, r := range rs {
		for _, h := range r.Highlights {
			if h.QueryEnd > rank.MaxPassageRunes {
				t.Errorf("highlight at %d–%d, past the %d-character passage bound", h.QueryStart, h.QueryEnd, rank.MaxPassageRunes)
			}
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := e.Search(cctx, retrieval.Query{Facts: "被告人盗窃手机一部", K: 5}); !errors.Is(err, context.Canceled) {
		t.Errorf("push on a cancelled context = %v, want context.Canceled", err)
	}
	// Traditional characters are simplified, so they find the same cases.
	simp, err := e.Search(ctx, retrieval.Query{Facts: "被告人驾驶机动车辆发生交通事故，致一人死亡", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	trad, err := e.Search(ctx, retrieval.Query{Facts: "被告人駕駛機動車輛發生交通事故，致一人死亡", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if simp[0].ID != trad[0].ID {
		t.Errorf("traditional query found %s, simplified %s", trad[0].ID, simp[0].ID)
	}
	// A push without highlights ranks the same cases, with no passages.
	brief, err := e.Search(ctx, retrieval.Query{Facts: "被告人驾驶机动车辆发生交通事故，致一人死亡", K: 3, NoHighlights: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range brief {
		if brief[i].ID != simp[i].ID || len(brief[i].Highlights) != 0 {
			t.Errorf("push without highlights: result %d is %s with %d highlights, want %s with none", i, brief[i].ID, len(brief[i].Highlights), simp[i].ID)
		}
	}
}
