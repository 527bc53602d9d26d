package draft

import (
	"fmt"
	"regexp"
	"slices"

	"leian/internal/cnum"
)

// Deprivation of political rights (剥夺政治权利) as an accessory penalty.
//
// A sentence of death or life imprisonment carries it for life (Criminal
// Law art. 57 ¶1: 应当): among the LeCaRD first-instance judgments, 340 of
// 344 life sentences and all 116 death sentences impose it, and 307 and 107
// of them cite 第五十七条. Below that the law leaves it to the court for
// crimes that seriously disrupt public order (art. 56), and the courts use
// it almost only with terms of ten years or more (256 of 885 such terms,
// against 30 of 5,491 shorter ones). Depriving a long term for some years
// when most similar long terms of the same charge did was tried on the
// tune set and dropped: of the 7 drafts it touched, 1 verdict deprived and
// none cited 第五十五、五十六条 (article F1 −0.003).
//
// Whether a long term is deprived is the court's habit more than the
// charge's. Among the 6,284 corpus first-instance judgments outside dev,
// tune, tune2 and the check set, fixed terms of ten years or more to be
// served were deprived for some years in 181 of 586 judgments that convict
// of some crime other than bribery or an office crime (9 of 124 that
// convict of those alone), but in 30 of 53 by Beijing's courts, 14 of 17 by
// Shanghai's and none of 32 by Yunnan's. The court's share among its own
// such judgments, shrunk toward its province's and the store's as the
// article habits are (courts.go), decides at 0.5: left out in turn, it
// named 92 of those 586 judgments, 64 of them rightly. The years are the
// term's years beyond ten, from one to five: the commonest choice of those
// courts for each term (10 and 11 years: one; 12: two; 13: three; 14: four
// or two; 15: five or three). They cite 第五十六条 (182 of 212 judgments
// that deprive a term) and 第五十五条 (145), as the drafts then do. On the
// tune sets the rule deprived 12 and 7 drafts, 5 and 4 of them where the
// court did (the others mostly drafts whose court gave life): article F1
// −0.0004 on tune and +0.0012 on tune2, judgment METEOR +0.0003 on both.

// longTermMonths is the shortest term courts deprive for some years with
// any regularity (above: 190 of 708 terms of ten years or more).
const longTermMonths = 120

// deprivationHabit is the court's share of deprived long terms at which a
// long term is deprived (set a priori: the side most of its judgments take).
const deprivationHabit = 0.5

// officeCrime is a bribery or office crime (刑法分则第八、九章 and their
// private-sector kin), whose long terms courts seldom deprive.
var officeCrime = regexp.MustCompile(`贪污|受贿|行贿|贿赂|挪用公款|巨额财产|境外存款|私分|滥用职权|玩忽职守|徇私`)

// officeOnly says whether every one of charges (true for none) is a
// bribery or office crime.
func officeOnly(charges []string) bool {
	return !slices.ContainsFunc(charges, func(c string) bool { return !officeCrime.MatchString(c) })
}

// termDeprivation deprives of political rights for some years each
// defendant of pens serving a long fixed term, when the court of where
// deprives most of its long terms and the charges are not bribery or
// office crimes alone.
func (o *Offline) termDeprivation(pens []Penalty, charges []string, where bench) []Penalty {
	if officeOnly(charges) {
		return pens
	}
	if !slices.ContainsFunc(pens, longServed) {
		return pens
	}
	in := func(d habitDoc) bool { return d.state.long && !d.office }
	deprived := func(d habitDoc) bool { return d.state.deprivedTerm }
	share, why, ok := o.habits().share(where, in, deprived)
	if !ok || share < deprivationHabit {
		return pens
	}
	out := slices.Clone(pens)
	for i, p := range out {
		if longServed(p) {
			out[i].DeprivedYears = termDeprivedYears(p.Months)
			out[i].Source += fmt.Sprintf("；附加剥夺政治权利%s年：本院同类十年以上有期徒刑判决%.0f%%附加（%s；刑法第五十五条第一款、第五十六条第一款）", cnNumber(out[i].DeprivedYears), 100*share, why)
		}
	}
	return out
}

// longServed says whether p is a long fixed term to be served.
func longServed(p Penalty) bool {
	return p.Kind == "有期徒刑" && p.ProbationMonths == 0 && p.Months >= longTermMonths && !p.DeprivedForLife
}

// termDeprivedYears is the years of deprivation for a term of months: the
// years beyond ten, from one to five (art. 55 ¶1).
func termDeprivedYears(months int) int {
	return min(max(months/12-10, 1), 5)
}

var deprivationYearsRe = regexp.MustCompile(`剥夺政治权利\s*(终身|[一二三四五六七八九十两\d]+)\s*年?`)

// deprivedYearsOf is what a verdict's accessory penalties say of political
// rights: -1 for life, the years, or 0 for none.
func deprivedYearsOf(accessory []string) int {
	for _, a := range accessory {
		m := deprivationYearsRe.FindStringSubmatch(a)
		if m == nil {
			continue
		}
		if m[1] == "终身" {
			return -1
		}
		if n, ok := cnum.ParseInt(m[1]); ok && n >= 1 && n <= 5 {
			return int(n)
		}
	}
	return 0
}

// deprivation decides 剥夺政治权利 for a defendant sentenced to p: for life
// with death or life imprisonment, else none.
func deprivation(p Penalty) (life bool, why string) {
	if p.Kind == "无期徒刑" || p.Kind == "死刑" {
		return true, "判处死刑、无期徒刑的，应当剥夺政治权利终身（刑法第五十七条第一款）"
	}
	return false, ""
}

// withDeprivation adds the accessory penalty deprivation decides to each of
// pens, and says why in its source.
func withDeprivation(pens []Penalty) []Penalty {
	out := slices.Clone(pens)
	for i, p := range out {
		if life, why := deprivation(p); life {
			out[i].DeprivedForLife = true
			out[i].Source += "；" + why
		}
	}
	return out
}

// deprivationWords is the accessory penalty as a verdict writes it.
func deprivationWords(p Penalty) string {
	switch {
	case p.DeprivedForLife:
		return "，剥夺政治权利终身"
	case p.DeprivedYears > 0:
		return "，剥夺政治权利" + cnNumber(p.DeprivedYears) + "年"
	}
	return ""
}
