package draft

import (
	"regexp"
	"slices"
	"strings"
)

// A plea of mitigation that names circumstances the draft finds and
// others it does not (系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚,
// where only the 退赃 is found) was left to the judge whole (agreeing).
// Courts answer such a plea in its parts: the unfound circumstance is not
// accepted, the found one is (辩护人所提系从犯的辩护意见…不予采纳；所提能
// 退缴赃款，可以酌情从轻处罚的辩护意见成立，予以采纳). splitPlea cuts
// the plea at its clauses into the two, each answered on its own; a
// clause naming no circumstance (且当庭自愿认罪, 请求对其从轻处罚) stays
// with the adopted part, which asks for the lighter sentence.

// pleaClauseRe cuts a plea into its clauses.
var pleaClauseRe = regexp.MustCompile(`[，,；;]`)

// pleaLinkRe is a connective opening a clause (且, 并, 同时), dropped when
// the clause opens its part.
var pleaLinkRe = regexp.MustCompile(`^(?:且|并且|并|同时|另|还|而且|此外|以及|又|也|亦)+`)

// notSubordinate blanks 从 "from" before 犯罪 or 犯意 (从犯罪数额中扣除,
// 从犯意产生时起), which a 从犯 cue would read as a subordinate part.
var notSubordinate = strings.NewReplacer("从犯罪", "", "从犯意", "")

// pleaMinorRe is a plea of a minor part in the crime in words the 从犯
// cue does not read (作用较小, 所起的作用是次要的): a clause saying it
// names 从犯, lest the draft adopt what it rejects in other words.
var pleaMinorRe = regexp.MustCompile(`次要|作用(?:相对)?(?:较小|较轻|不大|小)`)

// splitPlea is op, a plea of mitigation agreeing could not answer whole,
// as its unfound part (rejected) and its found part (adopted), in the
// order the plea names them; false when it cannot be cut so.
func splitPlea(op defenceOpinion, found []string) ([]defenceOpinion, bool) {
	if op.reject {
		return nil, false
	}
	var rejected, adopted []string
	for _, c := range pleaClauseRe.Split(op.text, -1) {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		t := notSubordinate.Replace(c)
		if pleaMinorRe.MatchString(t) {
			t += "，系从犯"
		}
		named, unfound := pleadedKindsIn(t, found) // replyagree.go
		switch {
		case named > 0 && unfound == named:
			rejected = append(rejected, c)
		case unfound == 0:
			adopted = append(adopted, c)
		default:
			return nil, false // one clause names both
		}
	}
	if len(rejected) == 0 || !slices.ContainsFunc(adopted, func(c string) bool {
		_, ok := agreeing(defenceOpinion{text: c}, found)
		return ok && namesPleadedKind(c)
	}) {
		return nil, false
	}
	rejectedFirst := strings.Index(op.text, rejected[0]) < strings.Index(op.text, adopted[0])
	part := func(cs []string, reject bool) defenceOpinion {
		cs = slices.Clone(cs)
		cs[0] = pleaLinkRe.ReplaceAllString(cs[0], "")
		return defenceOpinion{defendant: op.defendant, text: strings.Join(cs, "，"), reject: reject}
	}
	r, a := part(rejected, true), part(adopted, false)
	if rejectedFirst {
		return []defenceOpinion{r, a}, true
	}
	return []defenceOpinion{a, r}, true
}

// namesPleadedKind reports whether clause c names a circumstance a plea
// may rest on.
func namesPleadedKind(c string) bool {
	named, _ := pleadedKindsIn(notSubordinate.Replace(c), nil)
	return named > 0
}
