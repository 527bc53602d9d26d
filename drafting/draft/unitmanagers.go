package draft

import (
	"regexp"
	"strings"

	"leian/corpus/rules"
)

// Some articles punish a unit's crime with a fine for the unit and a term
// alone for its managers (单罚 of the persons): art. 205 ¶3 (虚开增值税专用
// 发票: 对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，处三年以下
// 有期徒刑或者拘役), arts. 153 ¶2, 158, 159, 175, 198, 206, 387 and others,
// while a person acting alone is fined (art. 205 ¶1: 并处二万元以上二十万元
// 以下罚金). The draft fined the managers as persons acting alone, and the
// JuDGE scorer, which adds up every fine of the verdict, read their fines
// beside or instead of the company's.

// unitClauseRe is a clause that sentences a unit to a fine and its
// managers to a penalty, up to the end of its sentence: what the managers
// get follows 直接责任人员.
var unitClauseRe = regexp.MustCompile(`对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，([^。]*)`)

// unfinedByCourts are the unit crimes whose managers courts do not fine
// though the law as amended does: 单位行贿罪 (art. 393 has fined them since
// the Ninth Amendment, but the acts tried mostly precede it). In the
// LeCaRD verdicts outside dev, tune, tune2 and the check set, 3 of 32
// persons convicted of 单位行贿罪 alone were fined (2 of 27 where the unit
// was accused too; 0 of 14 of those whose facts date 2016 or later).
var unfinedByCourts = map[string]bool{"单位行贿罪": true}

// managersUnfined reports whether the Criminal Law, for a unit's crime of
// charge, gives the unit's managers a term without a fine: every clause of
// the articles that define or punish charge that fines a unit sentences
// its managers without 罚金 and without sending them to another provision
// (依照前款的规定处罚 fines them as persons). False when no clause
// fines a unit; true for the charges courts treat so (unfinedByCourts).
func managersUnfined(lib *rules.Library, charge string) bool {
	if unfinedByCourts[charge] {
		return true
	}
	n := 0
	for _, t := range chargeLawTexts(lib, charge) {
		for _, m := range unitClauseRe.FindAllStringSubmatch(t, -1) {
			if strings.Contains(m[1], "罚金") || strings.Contains(m[1], "依照") || !strings.Contains(m[1], "处") {
				return false
			}
			n++
		}
	}
	return n > 0
}

// unitCrime reports whether the facts accuse a unit beside its managers
// (被告单位, as unitItem sentences it), or charge can only be a unit's
// (单位受贿罪, 单位行贿罪). Where the unit is not accused, courts fine the
// persons: in the LeCaRD judgments whose facts speak of a unit's crime
// (单位犯罪, 直接负责的主管人员) without a 被告单位, 17 of 20 persons
// convicted of 虚开增值税专用发票罪 were fined, against 15 of 39 where the
// unit was accused too (most of those for another charge or for their own
// acts).
func unitCrime(facts, charge string) bool {
	return strings.HasPrefix(charge, "单位") || affirmed(facts, unitNameRe)
}

// withUnfinedManagers drops the fines of the persons pens for the charges
// whose unit crime the law punishes with a term alone for the managers
// (managersUnfined), when the facts accuse a unit's crime: a count of such
// a charge loses its fine, and a defendant's fine is what his other counts
// keep, or none when charges are all such. The fines dropped are kept as
// the company's (companyFine): drafted from similar cases whose first
// sentence is often their company's, they are the company's fine when the
// similar cases show none of a company's own (unitFine).
func withUnfinedManagers(lib *rules.Library, pens []Penalty, charges []string, facts string) {
	unfined := map[string]bool{}
	for _, c := range charges {
		if unitCrime(facts, c) && managersUnfined(lib, c) {
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
