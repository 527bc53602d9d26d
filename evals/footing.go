package evals

import "fmt"

// Splits say how Leian's own number relates to the items it is scored on.
const (
	// SplitDev: scored on the dev split; nothing was fitted to its labels.
	SplitDev = "dev"
	// SplitCrossValidated: whatever reads labels was fitted on the other
	// folds only.
	SplitCrossValidated = "cross-validated"
	// SplitInSample: fitted on the very items it is scored on; an upper
	// bound, never a claim.
	SplitInSample = "in-sample"
)

// Footings say where an anchor printed beside Leian's number comes from.
const (
	FootingSameData   = "same data"   // computed here on the same items
	FootingOtherSplit = "other split" // the same benchmark, other items (e.g. its test split)
	FootingOtherData  = "other data"  // another corpus or benchmark
)

var (
	splitLabels   = map[string]string{SplitDev: "开发集（未拟合标签）", SplitCrossValidated: "开发集交叉验证", SplitInSample: "样本内（拟合与评测同批）"}
	footingLabels = map[string]string{FootingSameData: "同一数据", FootingOtherSplit: "其他划分", FootingOtherData: "其他数据"}
)

// checkFooting refuses a result that does not say which split Leian's
// number ran on, or where one of its anchors comes from.
func checkFooting(res *Result) error {
	if _, ok := splitLabels[res.Split]; !ok {
		return fmt.Errorf("suite %s: split %q: want one of dev, cross-validated, in-sample", res.Suite, res.Split)
	}
	for b := range res.Baselines {
		if _, ok := footingLabels[res.Footing[b]]; !ok {
			return fmt.Errorf("suite %s: baseline %s: footing %q: want same data, other split or other data", res.Suite, b, res.Footing[b])
		}
	}
	return nil
}

// sameData marks every baseline in bs as computed on the suite's own items.
func sameData(bs ...string) map[string]string {
	m := make(map[string]string, len(bs))
	for _, b := range bs {
		m[b] = FootingSameData
	}
	return m
}

// baselineHeading is a baseline's column heading with its footing.
func baselineHeading(rec *Record, b string) string {
	if f, ok := footingLabels[rec.Footing[b]]; ok {
		return b + "（" + f + "）"
	}
	return b
}

// splitLabel is the Chinese name of rec's split, "未注明" for old records.
func splitLabel(rec *Record) string {
	if l, ok := splitLabels[rec.Split]; ok {
		return l
	}
	return "未注明"
}
