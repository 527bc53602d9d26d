package evals

import (
	"context"
	"slices"
	"testing"
)

// scmStubParts serves SimilarityParts from a table keyed by "a|b", so a
// test can say what each part says about each pair.
type scmStubParts map[string]map[string]float64

func (s scmStubParts) SimilarityParts(_ context.Context, a, b string) (map[string]float64, error) {
	return s[a+"|"+b], nil
}

// TestSCMKFoldNeverSeesHeldOutLabels fails if the signal set that labels
// a fold depends on that fold's own labels.
func TestSCMKFoldNeverSeesHeldOutLabels(t *testing.T) {
	var ts []scmTriplet
	var parts []scmPairParts
	stub := scmStubParts{}
	for i := range 40 {
		a := string(rune('A' + i))
		label := "B"
		if i%3 == 0 {
			label = "C"
		}
		ts = append(ts, scmTriplet{A: a, B: "b", C: "c", Label: label})
		// "good" is right on every triplet, "bad" wrong, "half" right on even ones.
		good, half := 1.0, float64(1-i%2)
		if label == "C" {
			good = 0
		}
		ab := map[string]float64{"good": good, "bad": 1 - good, "half": half}
		ac := map[string]float64{"good": 1 - good, "bad": good, "half": 1 - half}
		stub[a+"|b"], stub[a+"|c"] = ab, ac
		parts = append(parts, scmPairParts{ab, ac})
	}
	acc, folds, err := scmKFold(context.Background(), stub, ts, 7)
	if err != nil {
		t.Fatal(err)
	}
	if acc != 1 || len(folds) != scmFolds {
		t.Errorf("k-fold accuracy %g over %d folds, want 1 over %d", acc, len(folds), scmFolds)
	}
	all := []string{"bad", "good", "half"}
	fold := make([]int, len(ts))
	for i := range fold {
		fold[i] = i % scmFolds
	}
	base := scmFoldSets(ts, parts, all, fold)
	for f := range scmFolds {
		flipped := slices.Clone(ts)
		for i := range flipped {
			if fold[i] == f {
				flipped[i].Label = map[string]string{"B": "C", "C": "B"}[flipped[i].Label]
			}
		}
		if got := scmFoldSets(flipped, parts, all, fold)[f]; !slices.Equal(got, base[f]) {
			t.Errorf("fold %d: flipping its own labels changed its signal set %v → %v", f, base[f], got)
		}
	}
}
