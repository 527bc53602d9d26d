package draft

import (
	"regexp"
	"strings"
)

// The adapted reasoning carries its defendants' names as ours and its
// sums only where they are its crime amount (reasonamount.go), but it
// also names the other case's victims, witnesses and accomplices (取得
// 被害人伍某的谅解; 证人林某6的证言) and states its quantities (贩卖海洛因
// 29.72克; 包房999). A draft must not state another case's particulars as
// ours: on the tune set 146 of 400 base drafts had an adapted sentence
// with a name or number our facts do not state. A particular our facts
// state is ours and stays. A quantity that is not ours goes with the words
// that only carry it (共重190.96克 → ""); a third party's name after its
// role goes and the role stays (被害人伍某 → 被害人); a sentence holding
// any other such name or number is dropped.

// quantityRe is a quantity with its unit, as judgments write a drug's
// weight, timber's volume or a count of things, with the words that only
// carry it (共重, 净重, 约, 以上).
var quantityRe = regexp.MustCompile(`(?:数量为|数量达|共计|合计|累计|共重|净重|总重|重|计|约|达)?(\d+(?:\.\d+)?)(?:余|多)?(?:毫克/100毫升|mg/100ml|毫克|千克|公斤|克|吨|立方米|平方米|亩|株|条|张|辆|部|台|只|头|袋|瓶|粒|枚|发|支)(?:以上|左右|许)?`)

// anonNameRe is a person as judgments anonymise one (伍某, 刘某1, 王某甲,
// 贾某某), read after a character that can end a word before a name.
var anonNameRe = regexp.MustCompile(`(\p{Han})某(?:某|[甲乙丙丁戊己庚辛壬癸]|\d+)?`)

// notSurname are characters before 某 that make no name (对某, 在某些).
const notSurname = "的对在向将把为是与和及等即了有无至从经被由给以其该此这那每各任"

// notNameAfter follow 某 when it is an indefinite word (某些, 某种, 某日).
const notNameAfter = "些种一个日月年时地处项方段类部件次人天"

// thirdPartyRe is a role before a third party's name.
var thirdPartyRe = regexp.MustCompile(`(被害人|受害人|原告人|证人|同案人|同案犯|被害单位)$`)

// digitsRe is a number written in digits.
var digitsRe = regexp.MustCompile(`\d+(?:\.\d+)?`)

// withoutForeignParticulars is the adapted reasoning text without the
// names and numbers our facts do not state (ours: our defendants' names,
// which the adaptation wrote in).
func withoutForeignParticulars(text, facts string, ours []string) string {
	var b strings.Builder
	for _, sent := range sentenceSplit.FindAllString(text, -1) {
		if s, ok := ownParticulars(sent, facts, ours); ok {
			b.WriteString(s)
		}
	}
	return b.String()
}

// ownParticulars is sent with the quantities and third parties' names our
// facts do not state cut; false when another such particular is left.
func ownParticulars(sent, facts string, ours []string) (string, bool) {
	known := func(p string) bool {
		if strings.Contains(facts, p) {
			return true
		}
		for _, n := range ours {
			if n != "" && strings.Contains(n, p) {
				return true
			}
		}
		return false
	}
	sent = quantityRe.ReplaceAllStringFunc(sent, func(q string) string {
		if known(quantityRe.FindStringSubmatch(q)[1]) {
			return q
		}
		return ""
	})
	var b strings.Builder
	last := 0
	for _, m := range anonNameRe.FindAllStringSubmatchIndex(sent, -1) {
		name := sent[m[0]:m[1]]
		after := sent[m[1]:]
		if strings.Contains(notSurname, sent[m[2]:m[3]]) || after != "" && strings.ContainsAny(after[:len(string([]rune(after)[0]))], notNameAfter) && !strings.HasSuffix(name, "某某") || known(name) {
			continue
		}
		if !thirdPartyRe.MatchString(sent[last:m[0]]) {
			return "", false
		}
		b.WriteString(sent[last:m[0]])
		last = m[1]
	}
	b.WriteString(sent[last:])
	out := b.String()
	for _, d := range digitsRe.FindAllString(out, -1) {
		if !known(d) {
			return "", false
		}
	}
	return out, true
}
