package draft

import "slices"

// fineTierFloor are the charges whose article fines only a graver tier,
// with the least term of that tier in months. Art. 293 (寻衅滋事) punishes
// its first paragraph with 五年以下有期徒刑、拘役或者管制 and no fine; only
// the second (纠集他人多次实施, 五年以上十年以下有期徒刑) 可以并处罚金.
// chargeFined reads the article as a whole, so a 寻衅滋事 count drafted at
// two years took the fine its similar cases' other charges carried (tune2:
// 罚金八万元 where the court fined none; tune: 三十万元 for a count beside
// 敲诈勒索 where the court's whole fine was 一万元). In the LeCaRD
// first-instance judgments outside dev, tune, tune2 and the check set
// convicted of 寻衅滋事 alone, 13 of the 125 whose terms (as the JuDGE
// scorer adds them up) come to under five years carry a fine (6 of 71
// single defendants), against 11 of the 25 above.
var fineTierFloor = map[string]int{"寻衅滋事罪": 60}

// tierFined reports whether a term of months for charge may carry a fine
// under fineTierFloor: true for the charges it does not list.
func tierFined(charge string, months int) bool {
	floor, ok := fineTierFloor[charge]
	return !ok || months >= floor
}

// withTierFines drops the fines the law does not allow for the drafted
// terms (tierFined): a count's fine, the defendant's fine becoming what his
// other counts keep; or, for a case of one charge, the defendant's fine.
func withTierFines(pens []Penalty, charges []string) {
	for i := range pens {
		p := &pens[i]
		if len(p.Counts) == 0 {
			if len(charges) == 1 && p.FineYuan > 0 && slices.Contains(termKinds, p.Kind) && !tierFined(charges[0], p.Months) {
				p.FineYuan = 0
			}
			continue
		}
		if !slices.ContainsFunc(p.Counts, func(c Count) bool { return c.FineYuan > 0 && !tierFined(c.Charge, c.Months) }) {
			continue
		}
		counts := slices.Clone(p.Counts)
		fine := 0.0
		for j := range counts {
			if !tierFined(counts[j].Charge, counts[j].Months) {
				counts[j].FineYuan = 0
			}
			fine += counts[j].FineYuan
		}
		p.Counts, p.FineYuan = counts, fine
	}
}
