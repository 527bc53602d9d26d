package draft

import (
	"regexp"
	"slices"
)

// A taking of property whose loss the facts say was made good leaves art. 64
// nothing to act on: the stolen or defrauded money was returned, the
// victim compensated and forgiving (谅解), and nothing is frozen, seized as
// spoils or still owed. Courts then cite no 第六十四条 however the
// similar cases or the facts' 退赃 suggest: on the tune set the drafts
// cited it for 21 such judgments whose every charge takes property, of
// which 3 did (article F1 +0.0025 in simulation on the saved drafts).
// 扣押 is not a holding here, as in forfeitureRe: it names seized evidence
// (a phone, the car driven) as often as spoils.
var (
	lossMadeGoodRe = regexp.MustCompile(`退赃|退赔|已退|赔偿|谅解`)
	spoilsHeldRe   = regexp.MustCompile(`冻结|缴获|起获|查封|未退|尚未`)
)

// lossMadeGood says whether every one of charges takes property and the
// facts f say the loss was made good with nothing held or owed.
func lossMadeGood(f caseFacts, charges []string) bool {
	taking := func(c string) bool { return slices.Contains(acquisitive, c) }
	return len(charges) > 0 && !slices.ContainsFunc(charges, func(c string) bool { return !taking(c) }) && affirmed(f.text, lossMadeGoodRe) && !affirmed(f.text, spoilsHeldRe)
}
