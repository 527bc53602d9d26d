package draft

import (
	"regexp"
	"slices"
)

// A circumstance the facts mention only inside a party's claim is what the
// defence asks the court to find, not what it found: 未遂, 立功 and 从犯
// pleaded by counsel or by the accused himself were rejected more often
// than not. On the tune set the drafts cited 第二十三条 seven times, 第六
// 十八条 seven times and 第二十六、二十七条 42 times where the only mention
// was a claim, rightly 1, 2 and 16 times. 自首 and 坦白 are not among them:
// courts accept those claims (31 of 43 such tune drafts were rightly cited
// 第六十七条; dropping them cost article F1 0.007).
var claimOnlyKinds = []string{"未遂", "立功", "从犯"}

// claimRe opens a party's claim; claimEndRe is where the text turns back
// to the prosecution's charge, the court's findings or the evidence.
var (
	claimRe    = regexp.MustCompile(`辩护人|辩称|辩解|辩护意见|代理人|被告人\p{Han}{1,4}(?:及其|的)?(?:辩护人)?(?:提出|认为|辩称)`)
	claimEndRe = regexp.MustCompile(`审理查明|本院查明|另查明|公诉机关|检察院|上述(?:犯罪)?事实|以上事实|证实|证据`)
)

// claimSpans are the byte ranges of text that are a party's claims.
func claimSpans(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		m := claimRe.FindStringIndex(text[i:])
		if m == nil {
			break
		}
		from, end := i+m[0], len(text)
		if e := claimEndRe.FindStringIndex(text[i+m[1]:]); e != nil {
			end = i + m[1] + e[0]
		}
		out = append(out, [2]int{from, end})
		i = max(end, i+m[1])
	}
	return out
}

// claimedOnly says whether every affirmed mention of re in text lies in a
// party's claim (false when there is none).
func claimedOnly(text string, re *regexp.Regexp) bool {
	spans := claimSpans(text)
	seen := false
	for _, m := range re.FindAllStringIndex(text, -1) {
		if negatedRe.MatchString(text[max(0, m[0]-18):m[0]]) {
			continue
		}
		seen = true
		if !slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= m[0] && m[0] < s[1] }) {
			return false
		}
	}
	return seen
}

// foundCircs are the facts' circumstances less those only a party claims.
func foundCircs(f caseFacts) []string {
	var out []string
	for _, k := range f.circs {
		if slices.Contains(claimOnlyKinds, k) && claimedOnly(f.text, circCue(k)) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// circCue is the facts' wording of circumstance kind k.
func circCue(k string) *regexp.Regexp {
	for _, c := range circCues {
		if c.kind == k {
			return c.re
		}
	}
	return nil
}
