package draft

import (
	"context"
	"encoding/json"
	"os"
)

// dumpCharges appends the charge vote's inputs to $LEIAN_CHARGE_DUMP, for
// studying the charge rules offline (temporary instrumentation).
func (o *Offline) dumpCharges(ctx context.Context, r Request, precs []precedent, charges []string) {
	path := os.Getenv("LEIAN_CHARGE_DUMP")
	if path == "" {
		return
	}
	type p struct {
		ID       string   `json:"id"`
		Score    float64  `json:"score"`
		Reserved bool     `json:"reserved"`
		Charges  []string `json:"charges"`
		Written  []string `json:"written"`
	}
	rec := struct {
		Facts     string   `json:"facts"`
		Charges   []string `json:"charges"`
		Predicted []string `json:"predicted"`
		Precs     []p      `json:"precs"`
	}{Facts: r.Facts, Charges: charges}
	if o.Charges != nil {
		rec.Predicted, _ = o.Charges.PredictCharges(ctx, r.Facts)
	}
	for _, x := range precs {
		rec.Precs = append(rec.Precs, p{x.id, x.score, x.reserved, x.charges, x.written})
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	_ = json.NewEncoder(f).Encode(rec)
}
