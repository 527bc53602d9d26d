// Package metrics holds the scoring functions behind Leian's evaluation
// suites: ranking, set, accuracy, text-overlap and sentence-term metrics.
package metrics

import "math"

// DCG is the discounted cumulative gain of the first k gains, with linear
// gain and a log2(rank+1) discount (rank 1-based), as LeCaRD's metrics.py
// and trec_eval's ndcg_cut compute it. Positions past the list gain 0.
func DCG(gains []float64, k int) float64 {
	var s float64
	for i := 0; i < k && i < len(gains); i++ {
		s += gains[i] / math.Log2(float64(i)+2)
	}
	return s
}

// NDCG is DCG@k of ranked divided by DCG@k of judged sorted best first.
// judged holds every graded gain of the query (not only the retrieved
// ones), which is how LeCaRD's metrics.py builds the ideal ranking.
// A query whose ideal DCG is 0 scores 0.
func NDCG(ranked, judged []float64, k int) float64 {
	ideal := append([]float64(nil), judged...)
	sortDesc(ideal)
	idcg := DCG(ideal, k)
	if idcg == 0 {
		return 0
	}
	return DCG(ranked, k) / idcg
}

// PrecisionAt is the share of relevant items among the first k, always
// divided by k even when the list is shorter (LeCaRD's P@k).
func PrecisionAt(relevant []bool, k int) float64 {
	if k <= 0 {
		return 0
	}
	return float64(countTrue(relevant, k)) / float64(k)
}

// RecallAt is the share of all totalRelevant items found in the first k.
// A query with no relevant items scores 0.
func RecallAt(relevant []bool, k, totalRelevant int) float64 {
	if totalRelevant <= 0 {
		return 0
	}
	return float64(countTrue(relevant, k)) / float64(totalRelevant)
}

// AveragePrecision sums precision at the rank of each relevant item and
// divides by totalRelevant. trec_eval passes every relevant item of the
// query; LeCaRD's metrics.py passes only the relevant items the ranking
// holds (its MAP denominator is len(rels)). totalRelevant <= 0 scores 0.
func AveragePrecision(relevant []bool, totalRelevant int) float64 {
	if totalRelevant <= 0 {
		return 0
	}
	var hits int
	var sum float64
	for i, r := range relevant {
		if r {
			hits++
			sum += float64(hits) / float64(i+1)
		}
	}
	return sum / float64(totalRelevant)
}

// Mean is the arithmetic mean of xs, 0 for none.
func Mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func countTrue(bs []bool, k int) int {
	n := 0
	for i := 0; i < k && i < len(bs); i++ {
		if bs[i] {
			n++
		}
	}
	return n
}

func sortDesc(xs []float64) {
	// insertion sort: judged lists are ~30 long
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] > xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
