//go:build innercv

// The inner split on which sentencing changes are decided: a 4-fold
// cross-validation of the training part of one fold of `leian eval
// sentencing` (the fold's own cases never seen), so that rules and values
// are chosen without looking at the cases the eval scores with them.
//
//	go test -tags innercv -run TestSentencingInner -timeout 2h ./evals/ -v
//
// LEIAN_INNER_FOLD picks the outer fold (default 2, the first whose
// training part has 4,894 cases); LEIAN_INNER_OUT writes one line per
// scored case (id, charges, gold, predicted kind and months, log
// distance, the trees' median, the uncertainty) for error analysis. Folds count from 0
// (kFolds, seed 20261123); the inner folds are kFolds of the 4,894 with
// seed 20261205. One run takes 2–4 minutes on two cores.
package evals

import (
	"context"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"leian/drafting/sentencing"
	"leian/drafting/sentencing/sentencingtest"
)

func TestSentencingInner(t *testing.T) {
	ctx := context.Background()
	book, bundle := sentencingtest.Bundle(t)
	outer := 2
	if v := os.Getenv("LEIAN_INNER_FOLD"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("LEIAN_INNER_FOLD=%q: %v", v, err)
		}
		outer = n
	}
	held := map[int]bool{}
	for _, i := range kFolds(len(bundle), sentencingFolds, 20261123)[outer] {
		held[i] = true
	}
	var pool []sentencing.Example
	for i, ex := range bundle {
		if !held[i] {
			pool = append(pool, ex)
		}
	}
	if err := sentencing.Prepare(ctx, pool); err != nil {
		t.Fatal(err)
	}
	t.Logf("outer fold %d: %d training cases split 4 ways", outer, len(pool))
	inner := kFolds(len(pool), 4, 20261205)
	preds := make([]map[string]sentPred, len(inner))
	var medMu sync.Mutex
	medians := map[string]float64{}
	uncertain := map[string]float64{}
	var wg sync.WaitGroup
	errs := make([]error, len(inner))
	sem := make(chan struct{}, 2)
	for k, fold := range inner {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			isTest := map[int]bool{}
			for _, i := range fold {
				isTest[i] = true
			}
			var train []sentencing.Example
			for i := range pool {
				if !isTest[i] {
					train = append(train, pool[i])
				}
			}
			model, err := sentencing.Train(ctx, book, train)
			if err != nil {
				errs[k] = err
				return
			}
			est := &sentencing.Estimator{Book: book, Model: model, Neighbours: 30}
			preds[k] = map[string]sentPred{}
			for _, i := range fold {
				c := pool[i]
				rec, err := est.Estimate(ctx, sentencing.Case{Facts: c.Facts, Charges: c.Accusation, Articles: c.Articles, Exclude: []string{c.ID}})
				if err != nil {
					errs[k] = fmt.Errorf("case %s: %w", c.ID, err)
					return
				}
				preds[k][c.ID] = sentPred{rec.Kind, float64(rec.Months)}
				medMu.Lock()
				medians[c.ID] = rec.MedianMonths
				uncertain[c.ID] = rec.Uncertainty
				medMu.Unlock()
			}
		}()
	}
	wg.Wait()
	all := map[string]sentPred{}
	for k := range inner {
		if errs[k] != nil {
			t.Fatal(errs[k])
		}
		for id, p := range preds[k] {
			all[id] = p
		}
	}
	m := sentencingMetrics(pool, all)
	t.Logf("INNER within25 %.4f cail_score %.2f kind_acc %.4f log_distance %.4f (n=%d)", m["within25"], m["cail_score"], m["kind_acc"], m["log_distance"], len(all))
	// The estimator must beat answering 12 months on the same cases, as
	// the eval's baseline does (0.225 / 43.8 on the whole file).
	twelve := map[string]sentPred{}
	for _, ex := range pool {
		twelve[ex.ID] = sentPred{"有期徒刑", 12}
	}
	base := sentencingMetrics(pool, twelve)
	if len(all) != len(pool) || m["within25"] <= base["within25"] || m["cail_score"] <= base["cail_score"] {
		t.Errorf("inner split: %d of %d cases scored, within25 %.4f / cail %.2f against always 12 months %.4f / %.2f",
			len(all), len(pool), m["within25"], m["cail_score"], base["within25"], base["cail_score"])
	}
	// Where the error is: the same metrics by group.
	groups := map[string][]sentencing.Example{}
	for _, ex := range pool {
		g := goldKind(ex.Outcome)
		if len(ex.Charges) > 1 {
			groups["multi"] = append(groups["multi"], ex)
		}
		groups["gold:"+g] = append(groups["gold:"+g], ex)
		if len(ex.Charges) > 0 {
			groups["charge:"+ex.Charges[0]] = append(groups["charge:"+ex.Charges[0]], ex)
		}
	}
	var names []string
	for k, v := range groups {
		if len(v) >= 60 || !strings.HasPrefix(k, "charge:") {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		gm := sentencingMetrics(groups[k], all)
		t.Logf("  %-24s n=%4d within25 %.3f cail %.1f kind %.3f logd %.3f", k, len(groups[k]), gm["within25"], gm["cail_score"], gm["kind_acc"], gm["log_distance"])
	}
	// Whether the estimator's uncertainty tells where it errs (the
	// deviation check scales its tolerance by it): the trees' mean log
	// error by third of the uncertainty.
	var byU []sentencing.Example
	for _, ex := range pool {
		if uncertain[ex.ID] > 0 {
			byU = append(byU, ex)
		}
	}
	sort.SliceStable(byU, func(a, b int) bool { return uncertain[byU[a].ID] < uncertain[byU[b].ID] })
	for k := range 3 {
		part := byU[k*len(byU)/3 : (k+1)*len(byU)/3]
		var sum float64
		for _, ex := range part {
			sum += math.Abs(math.Log1p(float64(goldMonths(ex.Outcome))) - math.Log1p(medians[ex.ID]))
		}
		t.Logf("  uncertainty third %d: n=%d from %.2f, trees' mean log error %.3f", k+1, len(part), uncertain[part[0].ID], sum/math.Max(float64(len(part)), 1))
	}
	if out := os.Getenv("LEIAN_INNER_OUT"); out != "" {
		var b strings.Builder
		for _, ex := range pool {
			p := all[ex.ID]
			fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%.0f\t%.3f\t%.2f\t%.3f\n", ex.ID, strings.Join(ex.Charges, ","), goldMonths(ex.Outcome), p.Kind, p.Months,
				math.Abs(math.Log1p(float64(goldMonths(ex.Outcome)))-math.Log1p(predMonthsScale(p))), medians[ex.ID], uncertain[ex.ID])
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
