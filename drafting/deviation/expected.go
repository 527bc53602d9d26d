package deviation

import (
	"fmt"
	"math"

	"leian/drafting/legality"
)

// Expected is one defendant's proposed term beside the term the case
// leads one to expect: the estimator's term and the comparable similar
// cases' median, averaged on a log scale with the band's weights.
type Expected struct {
	Defendant      string  `json:"defendant,omitempty"`
	Months         float64 `json:"months"`                   // the expected term
	ModelMonths    float64 `json:"model_months,omitempty"`   // the estimator's term, when used
	SimilarMonths  float64 `json:"similar_months,omitempty"` // the comparable cases' weighted median, when used
	SimilarN       int     `json:"similar_n,omitempty"`      // how many comparable cases
	ProposedMonths int     `json:"proposed_months"`          // the term checked
	LogRatio       float64 `json:"log_ratio"`                // ln(proposed / expected)
	Score          float64 `json:"score"`                    // |LogRatio| / (|LogRatio| + ln 2)
}

// expected makes term t's expected term from the estimator's answer rec
// (nil: none) and the comparable cases' band, weighted as b says; false
// when neither gives a term. Each source is one noisy reading of the same
// case (on CAIL2018 either alone is off by a factor of about 1.5 in half
// the cases), so their log-average is steadier than either; and the score
// grows with the raw log distance rather than saturating at a band's edge,
// so a term twice the expected one always outranks one 1.4 times it.
func expected(t int, rec *Recommendation, band bandCheck, b Band) (Expected, bool) {
	var sum, w float64
	e := Expected{ProposedMonths: t}
	if rec != nil && rec.ModelMonths >= 1 && !b.ModelOff {
		e.ModelMonths = rec.ModelMonths
		sum, w = math.Log(rec.ModelMonths), 1
	}
	if band.dist != nil && band.dist.Q50 >= 1 && b.SimilarWeight > 0 {
		e.SimilarMonths, e.SimilarN = band.dist.Q50, band.dist.N
		sum += b.SimilarWeight * math.Log(band.dist.Q50)
		w += b.SimilarWeight
	}
	if w == 0 {
		return Expected{}, false
	}
	e.Months = math.Round(math.Exp(sum/w)*10) / 10
	e.LogRatio = math.Round(math.Log(float64(t)/math.Exp(sum/w))*1000) / 1000
	d := math.Abs(e.LogRatio)
	e.Score = d / (d + math.Ln2) // twice or half the expected term scores 0.5
	return e, true
}

// alert is the warning for a term farther than tol from the expected
// term, with what the expectation rests on.
func (e Expected) alert(tol float64, rec *Recommendation, band bandCheck) legality.Alert {
	side := "高于"
	if e.LogRatio < 0 {
		side = "低于"
	}
	basis := ""
	var ev []legality.Evidence
	if e.ModelMonths > 0 {
		basis = fmt.Sprintf("量刑估算%.0f个月", e.ModelMonths)
		ev = append(ev, legality.Evidence{Kind: "model", Ref: "量刑估算", Text: rec.ModelBasis})
	}
	if e.SimilarMonths > 0 {
		if basis != "" {
			basis += "、"
		}
		basis += fmt.Sprintf("%d件同罪名类案刑期中位数%.0f个月", e.SimilarN, e.SimilarMonths)
		ev = append(ev, caseEvidence(band.used, float64(e.ProposedMonths))...)
	}
	return legality.Alert{Code: "TERM_FAR_FROM_EXPECTED", Severity: legality.Warning, Defendant: e.Defendant, Evidence: ev,
		Message: fmt.Sprintf("拟判刑期%d个月，明显%s预期刑期约%.0f个月（依据%s；预警界限%.0f至%.0f个月）", e.ProposedMonths, side, e.Months, basis,
			e.Months*math.Exp(-tol), e.Months*math.Exp(tol))}
}
