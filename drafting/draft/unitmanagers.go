package draft

// A unit's managers convicted of 单位行贿罪 or 单位受贿罪 are sentenced to a
// term without a fine, and the unit, when accused, is fined. The draft
// fined them as persons, from similar cases whose first sentence is often
// their company's fine, and the JuDGE scorer, which adds up every fine of
// the verdict, read that fine beside or instead of the company's.

// managersUnfinedCharges are the unit crimes whose managers go unfined:
//   - 单位受贿罪: art. 387 fines the unit and gives its managers a term
//     alone;
//   - 单位行贿罪: art. 393 has fined the managers since the Ninth Amendment,
//     but courts mostly do not (the acts tried mostly precede it): in the
//     LeCaRD verdicts outside dev, tune, tune2 and the check set, 3 of 32
//     persons convicted of 单位行贿罪 alone were fined (2 of 27 where the
//     unit was accused too; 0 of 14 of those whose facts date 2016 or
//     later).
//
// Reading every article that fines a unit and gives its managers a term
// alone (arts. 153 ¶2, 205 ¶3, 206 …) was tried and dropped: on the tune
// set four 虚开增值税专用发票 drafts moved, the company's fine then taken
// from the similar cases scoring below the managers' drafted fines
// (amount −0.0019).
var managersUnfinedCharges = map[string]bool{"单位受贿罪": true, "单位行贿罪": true}

// withUnfinedManagers drops the fines of the persons pens for the charges
// whose managers go unfined (managersUnfinedCharges): a count of such a
// charge loses its fine, and a defendant's fine is what his other counts
// keep, or none when the charges are all such. The fines dropped are kept
// as the company's (companyFine): drafted from similar cases whose first
// sentence is often their company's, they are the company's fine when the
// similar cases show none of a company's own (unitFine).
func withUnfinedManagers(pens []Penalty, charges []string) {
	unfined := map[string]bool{}
	for _, c := range charges {
		if managersUnfinedCharges[c] {
			unfined[c] = true
		}
	}
	if len(unfined) == 0 {
		return
	}
	for i := range pens {
		p := &pens[i]
		if len(p.Counts) == 0 {
			if len(unfined) == len(charges) && p.Kind != "单处罚金" {
				p.companyFine, p.FineYuan = p.FineYuan, 0
			}
			continue
		}
		counts := append([]Count(nil), p.Counts...)
		fine := 0.0
		for j := range counts {
			if unfined[counts[j].Charge] {
				p.companyFine += counts[j].FineYuan
				counts[j].FineYuan = 0
			}
			fine += counts[j].FineYuan
		}
		p.Counts, p.FineYuan = counts, fine
	}
}
