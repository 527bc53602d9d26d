package draft

import (
	"regexp"
	"strings"
)

// A finding quoted against an argument must not side with it. The facts
// often restate the defence's claim among the findings (全体被告人之间主观
// 上没有…预谋; 张德保对单位尚有垫付资金…并非贪污受贿), and such a sentence
// shares the argument's words more than any finding does: quoted after
// 经查 it makes the court reject an argument with the argument itself.
// Of the 369 findings the tune drafts quoted, 82 carried a negation, and a
// good part of them repeated the argument's own denial. A finding is not
// quoted when it repeats a denial the argument makes (the same negation
// and the two characters after it: 并非贪污, 并不知道) or when most of its
// words are the argument's; the next finding sharing enough words is
// quoted instead, or none. Set for correctness, not on scores: 16 findings
// of 11 tune drafts change.

// argumentDenialRe is a denial and the two characters after it; 未 before
// 满, 成年, 遂 or 经 (未满十四周岁, 未经许可) states a fact of the charge,
// not a denial of it.
var argumentDenialRe = regexp.MustCompile(`(?:并非|不是|并不知道|不知道|不知情|不明知|没有|并未|未[^满成遂经]|不具有|不存在|不属于|不构成)..`)

// restatedShare is the share of a finding's word bigrams, beyond those
// every argument shares, that the argument holding them all makes it a
// restatement (set a priori).
const restatedShare = 0.6

// sidesWith reports whether finding (its bigrams grams) repeats a denial
// of argument (its bigrams a, without argumentWords) or mostly restates it.
func sidesWith(finding string, grams map[string]bool, argument string, a map[string]bool) bool {
	for _, d := range argumentDenialRe.FindAllString(argument, -1) {
		if strings.Contains(finding, d) {
			return true
		}
	}
	n, shared := 0, 0
	for k := range grams {
		if argumentWords[k] {
			continue
		}
		n++
		if a[k] {
			shared++
		}
	}
	return n > 0 && float64(shared) >= restatedShare*float64(n)
}
