package metrics

import "sort"

// AUC is the area under the ROC curve of scores for negatives and
// positives: the chance a random positive outranks a random negative, ties
// counting half (the Mann–Whitney statistic). Empty sides score 0.
func AUC(neg, pos []float64) float64 {
	if len(neg) == 0 || len(pos) == 0 {
		return 0
	}
	type scored struct {
		s   float64
		pos bool
	}
	all := make([]scored, 0, len(neg)+len(pos))
	for _, s := range neg {
		all = append(all, scored{s, false})
	}
	for _, s := range pos {
		all = append(all, scored{s, true})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s < all[j].s })
	var rankSum float64
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].s == all[i].s {
			j++
		}
		mid := float64(i+j+1) / 2 // mean 1-based rank of the tie group
		for k := i; k < j; k++ {
			if all[k].pos {
				rankSum += mid
			}
		}
		i = j
	}
	np, nn := float64(len(pos)), float64(len(neg))
	return (rankSum - np*(np+1)/2) / (np * nn)
}
