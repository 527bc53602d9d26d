package draft

import (
	"regexp"
	"strings"
)

// A similar case's legal basis often opens with its purpose and grounds
// (据此，本院为保护公民的人身权利不受侵犯，根据被告人…的犯罪事实、性质、情节和
// 对社会的危害程度，依照《…》). reasoningBody cuts the basis at 依照《, so the
// adapted reasoning ended on that opening as a sentence of its own
// (为打击刑事犯罪，保护儿童的人身权利不受侵犯。), and the draft's circumstance
// sentences and replies then followed it: a fragment that says nothing
// where it stood. The opening goes back before the draft's own basis, as
// courts write it. A court's 经本院审判委员会讨论决定 is not carried: no
// committee has discussed a draft.

// leadInRe opens a sentence that only leads into the legal basis: its
// purpose (为…) or its grounds (根据…的犯罪事实…危害程度).
var leadInRe = regexp.MustCompile(`^\s*(?:(?:据此|综上所述|综上|因此|为此)，?)?(?:本院)?(?:为了?|根据|依据|综合|结合|考虑|鉴于本案)`)

// concludesRe is what a complete sentence of the reasoning decides (可以从轻
// 处罚, 予以采纳, 宣告缓刑): a sentence with it is not a lead-in.
var concludesRe = regexp.MustCompile(`可以|可|应当|应予|予以|不予|决定对|酌情|从轻|从重|减轻|宣告|成立|构成`)

// committeeRe is a court's note that its judicial committee decided.
var committeeRe = regexp.MustCompile(`[，,]?(?:案)?经(?:本院)?审判委员会(?:讨论)?(?:决定)?`)

// basisLeadIn reports whether sent, the adapted reasoning's last sentence,
// only leads into the basis, and returns it as the basis's opening: without
// its full stop and the committee's decision, ending in a comma; "" when
// nothing is left of it.
func basisLeadIn(sent string) (string, bool) {
	if !leadInRe.MatchString(sent) && !committeeRe.MatchString(sent) {
		return "", false
	}
	rest := committeeRe.ReplaceAllString(sent, "")
	if concludesRe.MatchString(strings.ReplaceAll(rest, "从旧兼从轻", "")) {
		return "", false
	}
	rest = strings.TrimSpace(strings.TrimRight(rest, "。，, "))
	if danglingRe.MatchString(rest) || strings.Trim(rest, "据此综上所述因为本院，") == "" {
		return "", true
	}
	return rest + "，", true
}
