package metrics

import "math"

// Term is a sentence as CAIL2018 encodes it: months of imprisonment, or
// life imprisonment, or death.
type Term struct {
	Months int
	Life   bool
	Death  bool
}

// TermScore is CAIL2018's per-case prison-term score (the official
// judger.py of the CAIL2018 challenge): death and life score 1 only when
// predicted as such; otherwise v = |ln(gold+1) - ln(pred+1)| falls in bands
// v<=0.2: 1, <=0.4: 0.8, <=0.6: 0.6, <=0.8: 0.4, <=1.0: 0.2, else 0, and
// predicting death or life for a fixed term scores 0.
func TermScore(pred, gold Term) float64 {
	switch {
	case gold.Death:
		return b2f(pred.Death)
	case gold.Life:
		return b2f(pred.Life && !pred.Death)
	case pred.Death || pred.Life:
		return 0
	}
	v := LogDistance(pred.Months, gold.Months)
	for _, b := range termBands {
		if v <= b.maxDistance {
			return b.score
		}
	}
	return 0
}

// LogDistance is |ln(gold+1) - ln(pred+1)| in months, LawBench 3-4's
// per-item score (evaluation_functions/ljp_imprison.py; lower is better).
// LawBench scores an abstention as ln(216).
func LogDistance(pred, gold int) float64 {
	return math.Abs(math.Log(float64(gold)+1) - math.Log(float64(pred)+1))
}

var termBands = [...]struct{ maxDistance, score float64 }{
	{0.2, 1}, {0.4, 0.8}, {0.6, 0.6}, {0.8, 0.4}, {1.0, 0.2},
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
