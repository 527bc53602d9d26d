package metrics

// PRF is precision, recall and their harmonic mean F1.
type PRF struct {
	Precision, Recall, F1 float64
}

// SetPRF compares a predicted set with a gold set as LawBench's
// compute_f1_two_sets does (evaluation/utils/function_utils.py, used for
// task 3-1 article prediction): duplicates count once, an empty prediction
// or an empty gold set gives 0 for the side it divides by, and F1 is 0
// when precision+recall is 0.
func SetPRF[T comparable](pred, gold []T) PRF {
	ps, gs := toSet(pred), toSet(gold)
	var hit int
	for x := range ps {
		if _, ok := gs[x]; ok {
			hit++
		}
	}
	var m PRF
	if len(ps) > 0 {
		m.Precision = float64(hit) / float64(len(ps))
	}
	if len(gs) > 0 {
		m.Recall = float64(hit) / float64(len(gs))
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

func toSet[T comparable](xs []T) map[T]struct{} {
	s := make(map[T]struct{}, len(xs))
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}
