package metrics

import "fmt"

// Accuracy is the share of positions where pred equals gold. The lists
// must be the same length; an empty pair scores 0.
func Accuracy[T comparable](pred, gold []T) (float64, error) {
	if len(pred) != len(gold) {
		return 0, fmt.Errorf("accuracy: %d predictions for %d gold labels", len(pred), len(gold))
	}
	if len(gold) == 0 {
		return 0, nil
	}
	n := 0
	for i := range gold {
		if pred[i] == gold[i] {
			n++
		}
	}
	return float64(n) / float64(len(gold)), nil
}
