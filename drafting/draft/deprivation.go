package draft

import (
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
// none cited 第五十五、五十六条 (article F1 −0.003); it is left to the judge.

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
	if p.DeprivedForLife {
		return "，剥夺政治权利终身"
	}
	return ""
}
