package draft

import "regexp"

// houseKindRe is a sentence's kind written inside a court's term
// computation (即有期徒刑自…起至…止；拘役自…, a verdict that executes both).
// The wording then belongs to sentences of that kind, and drafted for
// another it is wrong (a 拘役 draft read 即有期徒刑自2016年11月13日起);
// JuDGE's scorer also reads 有期徒刑自2016年 as a term of 2,016 years, which
// it scores as a death sentence (that tune2 draft's 拘役二个月, the court's
// own term, scored 0). Such a wording is not taken as the court's usual
// one.
var houseKindRe = regexp.MustCompile(`有期徒刑|拘役|管制`)

// kindFree reports whether none of a term computation's parts names a kind.
func kindFree(parts ...string) bool {
	for _, s := range parts {
		if houseKindRe.MatchString(s) {
			return false
		}
	}
	return true
}
