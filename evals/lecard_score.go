package evals

import "leian/internal/metrics"

// lecardRelevant is the grade LeCaRD counts as relevant for P@k and MAP.
const lecardRelevant = 3

// lecardMetrics lists the LeCaRD metrics in the order tables show them.
var lecardMetrics = []string{
	"ndcg@10", "ndcg@20", "ndcg@30", "p@5", "p@10", "map",
	"ndcg@30_labelled", "p@5_labelled", "map_labelled",
}

// scoreLeCaRDQuery scores one ranking (best first) against one query's
// graded labels under both protocols. The definitions reproduce the data
// README's table (checked in lecard_test.go):
//
//   - whole ranking (trec_eval style, as SAILER reports): unlabelled
//     candidates gain 0; the ideal DCG is built from all of the query's
//     labels; MAP divides by all label-3 candidates of the query.
//   - labelled only (LeCaRD's metrics.py): the ranking is first filtered to
//     the query's labelled candidates (all of them, not only the first 30
//     keys); NDCG pads to 30 with gain 0; MAP divides by the label-3
//     candidates the filtered ranking holds.
func scoreLeCaRDQuery(ranking []string, labels map[string]int) map[string]float64 {
	judged := make([]float64, 0, len(labels))
	totalRel := 0
	for _, g := range labels {
		judged = append(judged, float64(g))
		if g == lecardRelevant {
			totalRel++
		}
	}
	gains, rel := gradeRanking(ranking, labels, false)
	lgains, lrel := gradeRanking(ranking, labels, true)
	lrelFound := 0
	for _, r := range lrel {
		if r {
			lrelFound++
		}
	}
	return map[string]float64{
		"ndcg@10":          metrics.NDCG(gains, judged, 10),
		"ndcg@20":          metrics.NDCG(gains, judged, 20),
		"ndcg@30":          metrics.NDCG(gains, judged, 30),
		"p@5":              metrics.PrecisionAt(rel, 5),
		"p@10":             metrics.PrecisionAt(rel, 10),
		"map":              metrics.AveragePrecision(rel, totalRel),
		"ndcg@30_labelled": metrics.NDCG(lgains, judged, 30),
		"p@5_labelled":     metrics.PrecisionAt(lrel, 5),
		"map_labelled":     metrics.AveragePrecision(lrel, lrelFound),
	}
}

// gradeRanking maps a ranking to gains and relevance flags; labelledOnly
// drops unlabelled candidates first. A candidate listed twice counts once.
func gradeRanking(ranking []string, labels map[string]int, labelledOnly bool) ([]float64, []bool) {
	gains := make([]float64, 0, len(ranking))
	rel := make([]bool, 0, len(ranking))
	seen := make(map[string]bool, len(ranking))
	for _, id := range ranking {
		if seen[id] {
			continue
		}
		seen[id] = true
		g, ok := labels[id]
		if labelledOnly && !ok {
			continue
		}
		gains = append(gains, float64(g))
		rel = append(rel, g == lecardRelevant)
	}
	return gains, rel
}

// meanScores averages per-item scores metric by metric over all items.
func meanScores(items []Item, names []string) map[string]float64 {
	out := make(map[string]float64, len(names))
	for _, name := range names {
		xs := make([]float64, len(items))
		for i, it := range items {
			xs[i] = it.Scores[name]
		}
		out[name] = metrics.Mean(xs)
	}
	return out
}
