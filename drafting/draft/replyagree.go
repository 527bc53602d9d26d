package draft

import "slices"

// A reply to the defence must agree with what the draft finds: a plea of
// mitigation that rests on a circumstance the draft does not find (系从犯，
// 请求从轻处罚 where 从犯 is only the defence's claim, so no 第二十七条 is
// cited and no sentence of the reasoning finds it) cannot be adopted. It is
// not accepted when every circumstance it names is unfound; one that names
// found and unfound ones together is answered in its parts where its
// clauses part them (replysplit.go), and left to the judge where not.

// pleadedKinds are the circumstances a plea of mitigation may rest on and
// the draft decides.
var pleadedKinds = []string{"自首", "坦白", "立功", "未遂", "从犯", "退赃退赔", "赔偿", "取得谅解", "认罪认罚"}

// agreeing is op answered as the draft's findings (found) allow, false when
// the judge must decide it.
func agreeing(op defenceOpinion, found []string) (defenceOpinion, bool) {
	if op.reject {
		return op, true
	}
	named, unfound := pleadedKindsIn(notSubordinate.Replace(op.text), found)
	switch {
	case unfound == 0:
		return op, true
	case unfound == named:
		op.reject = true
		return op, true
	default:
		return op, false
	}
}

// pleadedKindsIn counts the circumstances (pleadedKinds) text names and those of
// them the draft does not find.
func pleadedKindsIn(text string, found []string) (named, unfound int) {
	for _, k := range pleadedKinds {
		if re := circCue(k); re == nil || !affirmed(text, re) {
			continue
		}
		named++
		if !slices.Contains(found, k) {
			unfound++
		}
	}
	return named, unfound
}
