package rank

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"sort"

	"leian/internal/metrics"
)

// Sample is one graded query: its candidates with their features, and the
// relevance grade of each judged candidate (ungraded ones count as 0).
type Sample struct {
	QueryID string
	Cands   []Candidate
	Grades  map[string]float64
	// Cutoff is the NDCG depth this query is scored at; 0: the tuning's k.
	Cutoff int
	// Objective names the part of the tuning objective the query belongs
	// to ("" for the main one). Tuning maximises the mean over objectives
	// of each one's mean NDCG, so that a part with many queries (pushes
	// graded by charge and amount agreement) weighs as much as one with
	// few (LeCaRD's 77 graded pools), not more.
	Objective string
}

// weightGrid are the values coordinate ascent tries for each weight.
var weightGrid = []float64{0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 13}

// kGrid are the rank constants Tune tries: small K trusts the top of a
// signal's ranking more.
var kGrid = []float64{3, 10, 30, 100}

// Tune learns Weighted fusion over signals that maximises mean NDCG@k on
// samples (per objective, then over objectives; see Sample): for each rank constant in kGrid, coordinate ascent from equal
// weights (a handful of weights and ~100 queries do not warrant more than
// a line search per weight); the best constant wins.
func Tune(samples []Sample, signals []string, k int) Weighted {
	best, bestScore := Weighted{}, math.Inf(-1)
	for _, rk := range kGrid {
		w, score := tuneWeights(prepare(samples, signals, rk), len(signals), k)
		if score > bestScore+1e-9 {
			bestScore = score
			best = Weighted{Weights: map[string]float64{}, K: rk}
			for i, s := range signals {
				best.Weights[s] = w[i]
			}
		}
	}
	return best
}

func tuneWeights(ps []prepared, n, k int) ([]float64, float64) {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1
	}
	best := meanPrepared(ps, w, k)
	for round := 0; round < 4; round++ {
		improved := false
		for s := range n {
			keep := w[s]
			for _, v := range weightGrid {
				w[s] = v
				if score := meanPrepared(ps, w, k); score > best+1e-9 {
					best, keep, improved = score, v, true
				}
			}
			w[s] = keep
		}
		if !improved {
			break
		}
	}
	return w, best
}

// CV is the outcome of cross-validated tuning.
type CV struct {
	NDCG   map[string]float64 // per query, under weights tuned without its fold
	FoldOf map[string]int     // query → fold
	Folds  []Weighted         // tuned on every fold but the i-th
}

// CrossValidate scores each sample with weights tuned on the other folds
// only, so the returned per-query NDCG@k is never measured on its own tuning
// data. Folds are assigned round-robin over samples sorted by query ID.
// Every fold's tuning also reads extra, samples that are never scored
// (training cases of another objective).
func CrossValidate(samples, extra []Sample, signals []string, folds, k int) CV {
	sorted := append([]Sample(nil), samples...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].QueryID < sorted[j].QueryID })
	cv := CV{NDCG: map[string]float64{}, FoldOf: map[string]int{}}
	for f := 0; f < folds; f++ {
		train, test := slices.Clone(extra), []Sample(nil)
		for i, s := range sorted {
			if i%folds == f {
				test = append(test, s)
				cv.FoldOf[s.QueryID] = f
			} else {
				train = append(train, s)
			}
		}
		w := Tune(train, signals, k)
		cv.Folds = append(cv.Folds, w)
		for _, s := range test {
			cv.NDCG[s.QueryID] = NDCGOf(s, w, k)
		}
	}
	return cv
}

// NDCGOf is the NDCG@k of sample s ranked by fuser.
func NDCGOf(s Sample, fuser Fuser, k int) float64 {
	cands := make([]Candidate, len(s.Cands))
	for i, c := range s.Cands {
		cands[i] = Candidate{ID: c.ID, Features: c.Features, Parts: map[string]float64{}}
	}
	fuser.Fuse(cands)
	Sort(cands)
	gains := make([]float64, len(cands))
	for i, c := range cands {
		gains[i] = s.Grades[c.ID]
	}
	return metrics.NDCG(gains, judged(s), k)
}

func judged(s Sample) []float64 {
	out := make([]float64, 0, len(s.Grades))
	for _, g := range s.Grades {
		out = append(out, g)
	}
	return out
}

// prepared is a sample as a matrix of features normalised as
// Weighted.Fuse normalises them with rank constant K, candidates in ID
// order (as Sort breaks ties), so that tuning evaluates thousands of
// weightings without maps.
type prepared struct {
	x         [][]float64 // candidate × signal
	gains     []float64
	judged    []float64
	cutoff    int    // 0: the tuning's k
	objective string // Sample.Objective
}

func prepare(samples []Sample, signals []string, rk float64) []prepared {
	out := make([]prepared, len(samples))
	f := Weighted{K: rk}
	for n, s := range samples {
		cands := append([]Candidate(nil), s.Cands...)
		sort.Slice(cands, func(i, j int) bool { return cands[i].ID < cands[j].ID })
		p := prepared{x: make([][]float64, len(cands)), gains: make([]float64, len(cands)), judged: judged(s),
			cutoff: s.Cutoff, objective: s.Objective}
		for i, c := range cands {
			p.x[i] = make([]float64, len(signals))
			p.gains[i] = s.Grades[c.ID]
		}
		for j, name := range signals {
			for i, v := range f.normalised(cands, name) {
				p.x[i][j] = v
			}
		}
		out[n] = p
	}
	return out
}

// meanPrepared is the tuning objective under weights w: the mean over
// objectives of each one's mean NDCG.
func meanPrepared(ps []prepared, w []float64, k int) float64 {
	sum, n := map[string]float64{}, map[string]int{}
	for _, p := range ps {
		score := make([]float64, len(p.x))
		order := make([]int, len(p.x))
		for i, row := range p.x {
			for j, v := range row {
				score[i] += w[j] * v
			}
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(score[b], score[a]) })
		cut := cmp.Or(p.cutoff, k)
		gains := make([]float64, min(cut, len(order)))
		for r := range gains {
			gains[r] = p.gains[order[r]]
		}
		sum[p.objective] += metrics.NDCG(gains, p.judged, cut)
		n[p.objective]++
	}
	var mean float64
	for _, o := range slices.Sorted(maps.Keys(sum)) { // a fixed order: the same sum every time
		mean += sum[o] / float64(n[o])
	}
	return mean / float64(max(1, len(sum)))
}
