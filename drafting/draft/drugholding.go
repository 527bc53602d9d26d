package draft

import "fmt"

// holdingCharge is the charge whose top tier (Criminal Law art. 348:
// 海洛因或者甲基苯丙胺五十克以上…处七年以上有期徒刑或者无期徒刑，并处罚金)
// reaches life but is fined at every tier.
const holdingCharge = "非法持有毒品罪"

// Courts rarely give a holder life: of the LeCaRD first-instance verdicts
// convicting a defendant of 非法持有毒品罪 alone, 5 of 80 were life
// sentences, and the 30 fixed terms of the top tier (seven years or more)
// have median 108 months (quartiles 96 and 120) and median fine 20,000
// 元. The similar cases retrieved for a large holding are mostly
// traffickers' and drew two tune drafts to life, where the courts gave
// seven years and seven years nine months, each with a fine of 20,000 元.
const (
	holdingFloor = 84  // the top tier's floor, seven years
	holdingTerm  = 108 // the corpus median of the top tier's fixed terms
	holdingFine  = 20000.0
)

// withHoldingTerm drafts a fixed term in place of life for 非法持有毒品罪
// unless the prosecution proposed life (p.life): the weighted median of
// the similar cases' fixed terms of the top tier (ps), else holdingTerm;
// fined as those cases fined per month of term (similarFine), else
// holdingFine.
func withHoldingTerm(rec *Recommendation, charge string, p termProposal, ps []PrecedentSentence) {
	if rec == nil || charge != holdingCharge || rec.Kind != "无期徒刑" || p.life {
		return
	}
	var top []PrecedentSentence
	for _, s := range ps {
		if s.Kind == "有期徒刑" && s.Months >= holdingFloor {
			top = append(top, s)
		}
	}
	months := int(weightedMedian(top, func(s PrecedentSentence) (float64, bool) { return float64(s.Months), true }))
	if months == 0 {
		months = holdingTerm
	}
	fine := similarFine(top, months, 0)
	if fine == 0 {
		fine = holdingFine
	}
	rec.Kind, rec.Months, rec.TermMonths, rec.ProbationMonths, rec.FineYuan = "有期徒刑", min(months, oneCrimeCeiling), 0, 0, fine
	rec.Trace = append(rec.Trace, fmt.Sprintf("非法持有毒品罪法定最高刑为无期徒刑，类案与语料多判处七年以上有期徒刑，本稿拟有期徒刑%d个月，并处罚金（刑法第三百四十八条）", rec.Months))
}
