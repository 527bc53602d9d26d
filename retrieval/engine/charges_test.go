package engine

import (
	"context"
	"reflect"
	"testing"

	"leian/retrieval/classify"
)

// ranker is a charge predictor over fixed scores that counts its rankings.
type ranker struct {
	ranked []classify.Prediction
	ranks  int
}

func (r *ranker) Rank(string) []classify.Prediction {
	r.ranks++
	return r.ranked
}

func (r *ranker) PredictCharges(_ context.Context, facts string) ([]string, error) {
	var out []string
	for _, p := range r.Rank(facts)[:1] {
		out = append(out, p.Charge)
	}
	return out, nil
}

// picking is a ranker that predicts from a ranking it gave.
type picking struct{ *ranker }

func (p picking) Picked(ranked []classify.Prediction) []classify.Prediction { return ranked[:1] }

// TestPredictedRanksOnce: a predictor that picks from its own ranking
// ranks a push's facts once and predicts what PredictCharges predicts;
// one that cannot is asked both ways, as before.
func TestPredictedRanksOnce(t *testing.T) {
	scores := []classify.Prediction{{Charge: "盗窃", Score: 0.9}, {Charge: "诈骗", Score: 0.2}}
	for _, tc := range []struct {
		name      string
		picks     bool
		wantRanks int
	}{
		{"picking", true, 1},
		{"ranking only", false, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &ranker{ranked: scores}
			var p ChargePredictor = r
			if tc.picks {
				p = picking{r}
			}
			names, odds, _, err := predicted(context.Background(), p, "被告人王某窃得手机一部")
			if err != nil {
				t.Fatal(err)
			}
			if want := []string{"盗窃"}; !reflect.DeepEqual(names, want) {
				t.Errorf("names %v, want %v", names, want)
			}
			if len(odds) == 0 {
				t.Error("no charge odds")
			}
			if r.ranks != tc.wantRanks {
				t.Errorf("ranked %d times, want %d", r.ranks, tc.wantRanks)
			}
		})
	}
}
