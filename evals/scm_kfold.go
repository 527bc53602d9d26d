package evals

import (
	"context"
	"fmt"
	"maps"
	"slices"
)

// scmFolds is how many folds the k-fold row of the scm suite uses.
const scmFolds = 5

// scmPairParts are the similarity's parts for (A,B) and (A,C) of one triplet.
type scmPairParts struct{ ab, ac map[string]float64 }

// scmKFold is the scm accuracy with the set of similarity parts chosen on
// the training folds only: for each fold, backward elimination from every
// part keeps the set that labels the other folds' triplets best, and the
// held-out fold is labelled with it. The element extraction rules
// themselves cannot be re-chosen per fold; the method line says so.
func scmKFold(ctx context.Context, sim SimilarityParts, ts []scmTriplet, seed int64) (float64, []string, error) {
	parts := make([]scmPairParts, len(ts))
	names := map[string]bool{}
	for i, t := range ts {
		ab, err := sim.SimilarityParts(ctx, t.A, t.B)
		if err != nil {
			return 0, nil, fmt.Errorf("scm triplet %d: parts(A, B): %w", i+1, err)
		}
		ac, err := sim.SimilarityParts(ctx, t.A, t.C)
		if err != nil {
			return 0, nil, fmt.Errorf("scm triplet %d: parts(A, C): %w", i+1, err)
		}
		parts[i] = scmPairParts{ab, ac}
		for k := range ab {
			names[k] = true
		}
		for k := range ac {
			names[k] = true
		}
	}
	all := slices.Sorted(maps.Keys(names))
	// Seeded folds: a shuffled order dealt round-robin.
	fold := make([]int, len(ts))
	order := make([]int, len(ts))
	for i := range order {
		order[i] = i
	}
	rng := newPyRandom(seed)
	for i := len(order) - 1; i > 0; i-- {
		j := rng.below(i + 1)
		order[i], order[j] = order[j], order[i]
	}
	for k, i := range order {
		fold[i] = k % scmFolds
	}
	sets := scmFoldSets(ts, parts, all, fold)
	correct := 0
	var chosen []string
	for f, set := range sets {
		var test []int
		for i := range ts {
			if fold[i] == f {
				test = append(test, i)
			}
		}
		correct += scmCorrect(ts, parts, test, set)
		chosen = append(chosen, fmt.Sprintf("第%d折 %d/%d 项", f+1, len(set), len(all)))
	}
	return ratio(correct, len(ts)), chosen, nil
}

// scmFoldSets chooses, for each fold, the set of parts that labels the
// other folds' triplets best; the fold's own labels are never read.
func scmFoldSets(ts []scmTriplet, parts []scmPairParts, all []string, fold []int) [][]string {
	sets := make([][]string, scmFolds)
	for f := range sets {
		var train []int
		for i := range ts {
			if fold[i] != f {
				train = append(train, i)
			}
		}
		sets[f] = backwardEliminate(all, func(set []string) int { return scmCorrect(ts, parts, train, set) })
	}
	return sets
}

// backwardEliminate drops, one at a time, the part whose removal most
// raises score, while any removal raises it.
func backwardEliminate(all []string, score func([]string) int) []string {
	set := slices.Clone(all)
	best := score(set)
	for len(set) > 1 {
		drop, dropScore := -1, best
		for i := range set {
			trial := slices.Delete(slices.Clone(set), i, i+1)
			if s := score(trial); s > dropScore {
				drop, dropScore = i, s
			}
		}
		if drop < 0 {
			break
		}
		set = slices.Delete(set, drop, drop+1)
		best = dropScore
	}
	return set
}

// scmCorrect counts the triplets in idx labelled right by the mean of the
// parts in set (a tie goes to B, as predictSCM does).
func scmCorrect(ts []scmTriplet, parts []scmPairParts, idx []int, set []string) int {
	n := 0
	for _, i := range idx {
		label := "B"
		if meanParts(parts[i].ac, set) > meanParts(parts[i].ab, set) {
			label = "C"
		}
		if label == ts[i].Label {
			n++
		}
	}
	return n
}

// meanParts is the mean of the parts in set that the pair has.
func meanParts(p map[string]float64, set []string) float64 {
	sum, n := 0.0, 0
	for _, k := range set {
		if v, ok := p[k]; ok {
			sum += v
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
