package draft

import (
	"regexp"
	"slices"
	"strings"

	"leian/corpus/extract"
)

// A similar case's reasoning convicts of its own charges. When it had a
// charge this case does not (a second count, a rival form: 盗窃罪 where we
// convict of 诈骗罪), the adapted sentence would state a conviction the
// verdict does not pronounce. A clause that names a charge none of ours is
// (and our facts never name) is cut, and its sentence dropped when nothing
// is left; the draft's own finding states our charges (allegedFinding,
// chargeMadeOut, ownConviction).

// namedChargeRe is a charge an adapted sentence convicts of or says was
// alleged: 构成盗窃罪, 犯诈骗罪, 以故意伤害罪, 涉嫌受贿罪.
var namedChargeRe = regexp.MustCompile(`(?:构成|犯|以|涉嫌|定)([\p{Han}、]{2,30}?罪)`)

// foreignCharge reports whether clause names an official charge that is
// none of ours (charges, official names) and that our facts do not name.
func foreignCharge(clause string, charges []string, facts string) bool {
	for _, m := range namedChargeRe.FindAllStringSubmatch(clause, -1) {
		n, ok := extract.NormaliseCharge(m[1])
		if !ok || slices.Contains(charges, n) || strings.Contains(facts, m[1]) {
			continue
		}
		return true
	}
	return false
}

// withoutForeignCharges is sent without its clauses (between semicolons)
// that name another case's charge; false when none is left.
func withoutForeignCharges(sent string, charges []string, facts string) (string, bool) {
	if !foreignCharge(sent, charges, facts) {
		return sent, true
	}
	parts := strings.SplitAfter(strings.TrimSuffix(sent, "。"), "；")
	var kept []string
	for _, p := range parts {
		if !foreignCharge(p, charges, facts) {
			kept = append(kept, p)
		}
	}
	out := strings.TrimRight(strings.Join(kept, ""), "；，")
	if out == "" || strings.Trim(out, "本院认为，：") == "" {
		return "", false
	}
	return out + "。", true
}

// namesCharge reports whether text names one of our charges, as the verdict
// words it (written) or by its official name (charges).
func namesCharge(text string, written, charges []string) bool {
	return slices.ContainsFunc(append(slices.Clone(written), charges...), func(c string) bool {
		return c != "" && strings.Contains(text, c)
	})
}

// ownSentence is an adapted sentence as this case may state it: without a
// clause naming another case's charge (withoutForeignCharges) or the
// court's note that its judicial committee decided (reasonlead.go); false
// when nothing is left.
func ownSentence(sent string, charges, written []string, facts string) (string, bool) {
	if committeeRe.MatchString(sent) {
		sent = committeeRe.ReplaceAllString(sent, "")
		if danglingRe.MatchString(sent) || len([]rune(strings.Trim(sent, "。，, "))) < 4 {
			return "", false
		}
	}
	own := slices.Clone(charges)
	for _, w := range slices.Concat(charges, written) {
		if n, ok := extract.NormaliseCharge(w); ok {
			own = append(own, n)
		}
	}
	return withoutForeignCharges(sent, own, facts)
}
