package draft

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// A similar case's reasoning states its own sums: what was taken, what was
// returned, what a victim was paid, the thresholds it compared them with. A
// draft must never state a sum that is not ours, so an adapted reasoning
// keeps an amount only where its role is clear: the similar case's crime
// amount (the largest sum its facts state, in a clause that speaks of the
// crime's amount) becomes ours, the largest sum our facts state. Any other
// sum is cut with the words that only carry it (，价值5000元，; 骗取他人财物
// 5000元 → 骗取他人财物); a sentence where the sum is more than that (退赔
// 5000元, the defence's 数额应认定为1458元) is dropped whole.

// moneyRe is a sum of money as judgments write it: 人民币3，000元, 1.5万元,
// 100多万元, 十余万元, 2000余元, 5万余元, 1.2亿元.
var moneyRe = regexp.MustCompile(`(?:人民币)?(?:\d(?:[\d，,.]*\d)?|[一二三四五六七八九十百千万亿零两几]+)[余多]?[万亿]?[余多]?元(?:以上|左右)?`)

// crimeAmountCue is a clause that states the crime's amount: the sum taken,
// received or dealt in, its value or total.
var crimeAmountCue = regexp.MustCompile(`数额|价值|共计|合计|累计|总计|总额|金额|计人民币|骗取|窃取|盗窃|盗取|诈骗|收受|索取|贪污|挪用|侵占|非法经营|销售|违法所得|涉案`)

// otherRoleCue is a clause whose sum plays another part even when it equals
// the crime's amount: what was returned, paid, seized or fined.
var otherRoleCue = regexp.MustCompile(`退赔|退还|退赃|退缴|退出|赔偿|返还|归还|追缴|追回|扣押|缴获|查获|缴纳|罚金|赔付|补偿|谅解`)

// amountLead is what only carries a sum: its total or value and the verb
// that states it (共计价值人民币, 数额为, 达).
const amountLead = `(?:共计|合计|累计|总计|计)?(?:价值|总数额|数额|总金额|金额|总价值)?(?:为|达到|达|约|计|共计)?`

var (
	// amountOnly is a clause that says nothing but a sum (，价值5000元，;
	// 总数额为29350元，).
	amountOnly = regexp.MustCompile(`^` + amountLead + moneyRe.String() + `[，；：,;:。]?$`)
	// amountAfterObject is a sum that closes a clause after the property it
	// values (骗取他人财物100000元; 劫取他人财物共计5300余元).
	amountAfterObject = regexp.MustCompile(`(财物|钱财|钱款|现金|公款|款项|资金|赃款|贿赂|好处费)` + amountLead + moneyRe.String() + `([，；：,;:。]?)$`)
)

// leaningRe opens a clause that leans on the one before it, so that clause
// cannot be cut alone: a connective, or the court's answer or mitigation
// that the cut clause gave the reason for (…缴纳二千元作为罚金执行的保证，
// 可酌情从轻处罚; …的辩护意见，不能成立).
var leaningRe = regexp.MustCompile(`^(?:但|而|且|并|故|因此|所以|其中|即|该|此|上述|以上|从而|致使|则|可以?|应当?|依法|酌情|予以|不予|不能成立|成立|本院)`)

// adaptAmounts rewrites the sums in a similar case's reasoning text: its
// crime amount (theirs, in yuan; 0 when its facts state none) becomes ours
// (as our facts write it, "" when they state none) and the other sums are
// cut, or their sentences dropped. changed reports whether it held a sum.
func adaptAmounts(text string, theirs float64, ours string) (out string, changed bool) {
	ours = strings.TrimLeft(ours, "，,")
	var b strings.Builder
	for _, sent := range sentenceSplit.FindAllString(text, -1) {
		if !moneyRe.MatchString(sent) {
			b.WriteString(sent)
			continue
		}
		changed = true
		if s, ok := adaptSentenceAmounts(sent, theirs, ours); ok {
			b.WriteString(s)
		}
	}
	return b.String(), changed
}

// adaptSentenceAmounts is sent with its crime amount mapped and its other
// sums cut; false when the sentence cannot stand without them.
func adaptSentenceAmounts(sent string, theirs float64, ours string) (string, bool) {
	clauses := clausesOf(sent)
	var kept []string
	cut := false
	for i, c := range clauses {
		if !moneyRe.MatchString(c) {
			if cut && leaningRe.MatchString(c) {
				return "", false
			}
			kept = append(kept, c)
			cut = false
			continue
		}
		prev := ""
		if i > 0 {
			prev = clauses[i-1]
		}
		if m, ok := mapCrimeAmount(c, prev, theirs, ours); ok {
			kept = append(kept, m)
			cut = false
			continue
		}
		if otherRoleCue.MatchString(c) {
			return "", false
		}
		switch {
		case amountOnly.MatchString(c) && i > 0:
			cut = true
		case amountAfterObject.MatchString(c) && len(moneyRe.FindAllString(c, -1)) == 1:
			kept = append(kept, amountAfterObject.ReplaceAllString(c, "$1$2"))
			cut = false
		default:
			return "", false
		}
	}
	out := strings.Join(kept, "")
	if strings.HasSuffix(sent, "。") && !strings.HasSuffix(out, "。") {
		out = strings.TrimRight(out, "，；：,;:") + "。"
	}
	// What is left must still be a sentence, not a connective (经查。).
	if len(kept) == 0 || len([]rune(strings.TrimSuffix(out, "。"))) < 8 || danglingRe.MatchString(out) {
		return "", false
	}
	return out, true
}

// mapCrimeAmount writes ours for every sum in clause when each is the
// similar case's crime amount: equal to theirs and in a clause (or after
// one, prev) that speaks of the crime's amount, not of what was returned,
// paid or seized.
func mapCrimeAmount(clause, prev string, theirs float64, ours string) (string, bool) {
	if ours == "" || theirs <= 0 || otherRoleCue.MatchString(clause) {
		return "", false
	}
	if !crimeAmountCue.MatchString(clause) && !crimeAmountCue.MatchString(prev) {
		return "", false
	}
	for _, m := range moneyRe.FindAllString(clause, -1) {
		v := yuanOf(strings.TrimSuffix(strings.TrimSuffix(m, "以上"), "左右"))
		if v <= 0 || math.Abs(v-theirs) > theirs*0.001 {
			return "", false
		}
	}
	return moneyRe.ReplaceAllString(clause, ours), true
}

// clausesOf splits a sentence after each comma, semicolon or colon, but not
// at a comma between digits (10，253.26元).
func clausesOf(s string) []string {
	rs := []rune(s)
	var out []string
	start := 0
	for i, r := range rs {
		if !strings.ContainsRune("，；：,;:", r) {
			continue
		}
		if (r == '，' || r == ',') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
			continue
		}
		out = append(out, string(rs[start:i+1]))
		start = i + 1
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}
