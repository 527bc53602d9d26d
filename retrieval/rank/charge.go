package rank

// chargeOddsFloor is the share of the best prediction's score at which a
// predicted charge stops counting: the predictor keeps a second charge at
// about nine tenths of the best (classify's Keep), and one at four fifths
// is still a guess worth ranking on.
const chargeOddsFloor = 0.8

// Prediction is one predicted charge and its score, best first in a list.
type Prediction struct {
	Charge string
	Score  float64
}

// ChargeOdds turns a predictor's ranked charges into Request.ChargeOdds:
// the best gets 1, the next fall linearly to 0 at chargeOddsFloor of its
// score. spell gives the names a charge is stored under (the predictor
// spells CAIL's names; judgments carry the official ones).
func ChargeOdds(ranked []Prediction, spell func(string) []string) map[string]float64 {
	out := map[string]float64{}
	if len(ranked) == 0 || ranked[0].Score <= 0 {
		return out
	}
	top := ranked[0].Score
	for _, p := range ranked {
		odds := (p.Score/top - chargeOddsFloor) / (1 - chargeOddsFloor)
		if odds <= 0 {
			break
		}
		for _, name := range spell(p.Charge) {
			out[name] = max(out[name], min(1, odds))
		}
	}
	return out
}

// chargeOdds is the "charge_p" feature of a candidate with charges: the
// odds of the likeliest charge it shares with the case in hand.
func chargeOdds(odds map[string]float64, charges []string) float64 {
	var best float64
	for _, c := range charges {
		best = max(best, odds[c])
	}
	return best
}
