package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
)

// timberCharge is the charge whose heavier tier turns on the quantity of
// wood felled: 滥伐林木，数量巨大的，处三年以上七年以下有期徒刑 (Criminal Law
// art. 345 para. 2).
const timberCharge = "滥伐林木罪"

// Where 滥伐林木 becomes 数量巨大: 50 cubic metres of standing stock or
// 2,500 young trees, the lower ends of the ranges (50–100 m³, 2,500–5,000
// 株) that 法释〔2000〕36号 art. 6 leaves the provinces to choose within.
// The similar cases and the estimator read no volume, so a case of 519 m³
// was drafted at seven months.
const (
	timberHugeCubic = 50.0
	timberHugeTrees = 2500.0
	timberHugeFloor = 36 // the tier's floor, three years
)

var (
	// timberCubicRe is a stated volume: 蓄积为519.319立方米, 35m³, 70m3.
	timberCubicRe = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:立方米|立方|m³|m3|M3|ｍ３|方)`)
	// timberTreesRe is a count of trees: 7037株, 砍伐林木2600棵.
	timberTreesRe = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:株|棵)`)
	// timberMitigationRe is a circumstance that lets a court go below the
	// tier's floor (减轻处罚): an accomplice, an attempt, a minor. A bare
	// 减轻处罚 is mostly the defence's plea and is not one.
	timberMitigationRe = regexp.MustCompile(`从犯|次要作用|辅助作用|未遂|未成年`)
)

// timberQuantity is the largest volume (m³) and the largest count of trees
// the facts state: the facts repeat the indictment's figures and give a
// total beside each act's, so the largest is the case's total.
func timberQuantity(facts string) (cubic, trees float64) {
	t := drunkWidth.Replace(facts)
	for _, m := range timberCubicRe.FindAllStringSubmatch(t, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v < 1e6 {
			cubic = max(cubic, v)
		}
	}
	for _, m := range timberTreesRe.FindAllStringSubmatch(t, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v < 1e7 {
			trees = max(trees, v)
		}
	}
	return cubic, trees
}

// withTimberTier holds a 滥伐林木罪 sentence to the 数量巨大 tier's floor of
// three years when the facts state that much wood (timberQuantity) and no
// circumstance that allows a lighter sentence than the tier's. A term the
// prosecution proposed stands, as do life, death and exemption.
func withTimberTier(rec *Recommendation, charge, facts string, p termProposal) {
	if rec == nil || charge != timberCharge || p.lo > 0 || p.hi > 0 || !slices.Contains(termKinds, rec.Kind) || rec.Months >= timberHugeFloor {
		return
	}
	cubic, trees := timberQuantity(facts)
	if cubic < timberHugeCubic && trees < timberHugeTrees {
		return
	}
	if timberMitigationRe.MatchString(facts) {
		return
	}
	rec.Kind, rec.Months = "有期徒刑", timberHugeFloor
	if rec.ProbationMonths > 0 && rec.ProbationMonths < rec.Months {
		rec.ProbationMonths = rec.Months // 缓刑考验期限不能少于原判刑期（刑法第七十三条）
	}
	what := fmt.Sprintf("%s立方米", strconv.FormatFloat(cubic, 'f', -1, 64))
	if cubic < timberHugeCubic {
		what = fmt.Sprintf("%s株", strconv.FormatFloat(trees, 'f', -1, 64))
	}
	rec.Trace = append(rec.Trace, "滥伐林木"+what+"，属数量巨大（法释〔2000〕36号第六条），法定刑为三年以上七年以下有期徒刑，刑期不低于三年")
}
