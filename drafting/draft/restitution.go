package draft

import (
	"regexp"
	"slices"
	"strings"
)

// Art. 64 has the court order a defendant to make good what he took and
// did not return (责令退赔), and courts name whom and how much as the
// facts found it: 责令被告人陈龙退赔被害人高某经济损失人民币12300元;
// 责令被告人X退赔被害人A经济损失人民币N元，退赔被害人B经济损失人民币M元.
// Of 6,742 LeCaRD first-instance verdicts outside the tuning sets, 1,117
// return or make good property, and 729 items name a victim and a sum,
// which the facts state in 396 of them (骗取被害人高某人民币12300元,
// 造成被害单位某公司经济损失人民币8344元). Ours were the facts' generic
// 责令被告人X退赔被害人的经济损失 or the similar case's item with its
// victims and sums left blank.

// victimName is a victim as the facts name one: an anonymised person
// (张某, 张某甲, 李某1) or a unit (…公司, …银行). A digit after 某 is
// the name's only when the sum after it does not then start with 0
// (李某16000元 is 李某1's 6000元, 郑某10万元 郑某's 10万元).
const victimName = `([\p{Han}]{1,2}某[某甲乙丙丁戊己庚辛]*\d?|[\p{Han}]{2,20}?(?:公司|银行|支行|分行|信用社|合作社|商店|超市|厂|店|局))`

// lossSum is the sum lost, in digits not starting with 0 or in Chinese
// numerals not starting with 万.
const lossSum = `(?:人民币|现金|钱款|资金|款项)?(?:共计|合计|累计|总计|计)?(?:人民币)?([1-9][\d.,，]*万?元|[一二三四五六七八九十百千两][一二三四五六七八九十百千万零两]*万?元)`

var (
	// victimLossRes are the facts' ways of stating what a victim lost:
	// money obtained from them by deceit (骗取被害人高某人民币12300元,
	// 诈骗王某2万元), or a loss caused them (造成被害单位某公司经济损失…).
	victimLossRes = []*regexp.Regexp{
		regexp.MustCompile(`(?:骗取|骗得|骗走|诈骗)了?(被害人|被害单位)?` + victimName + `的?` + lossSum),
		regexp.MustCompile(`(?:造成|致使|给)(被害人|被害单位)?` + victimName + `(?:造成)?的?(?:经济|财产)?损失` + lossSum),
	}
	// lossDeniedRe ends the words before a loss the facts deny or only
	// attempted (未骗得, 没有造成, 欲骗取).
	lossDeniedRe = regexp.MustCompile(`(?:没有|无|未|不|未能|欲|意图|企图|试图)$`)
	// madeGoodAllRe is the facts saying the victims' losses were made
	// good (退赔了二被害人的经济损失, 全部退赃, 得到弥补) or the victims forgave
	// the defendant (谅解), which they rarely do unless paid: of the 208
	// verdicts of the corpus above convicting of taking property whose
	// facts state a victim's loss (victimLossRes), those returning or
	// making good property are 25 of the 52 with such words and 119 of
	// the 156 without.
	madeGoodAllRe = regexp.MustCompile(`全部退赔|全部退赃|已全部退还|全部赔偿|退赔了全部|已退赔全部|全额退赔|全额赔偿|已全部归还|(?:退赔|赔偿|弥补|退还|返还|归还)了?(?:[二三四五六七八九十两各全体诸]+名?|该|全部)?(?:被害人|被害单位)的?(?:全部)?(?:经济)?损失|得到(?:全部)?(?:弥补|返还|赔偿|退赔)|谅解`)
	// restitutionOrderRe is an item ordering the defendants to make good
	// the victims' losses.
	restitutionOrderRe = regexp.MustCompile(`退赔`)
	// victimUnitRe ends a victim that is a unit (被害单位), not a person.
	victimUnitRe = regexp.MustCompile(`(?:公司|银行|支行|分行|信用社|合作社|商店|超市|厂|店|局)$`)
)

// namedVictims is the most victims an order names one by one. Of the
// corpus verdicts above whose facts state the losses of two or three
// victims, 12 of 44 name them all and 19 order restitution generically;
// of those stating four or more, 2 of 50 name them all and 24 are
// generic (退赔各被害人的经济损失, the list attached). Named from the
// facts without this cap, the orders raised judgment METEOR on tune by
// 0.0004 and left tune2 unchanged (a list of 22 victims where the court
// wrote 责令被告人施某甲退赔 lost 0.19 on its draft); the cap, replayed on
// those drafts, moved tune by −0.0001 and tune2 by +0.0005.
const namedVictims = 3

// victimLoss is one victim's loss as the facts state it.
type victimLoss struct {
	who    string // the defendants who took it, 、-joined
	victim string // 被害人张某, 被害单位某公司
	sum    string // as the facts write it: 12300元, 2.5万元
}

// restitutionItems are the verdict's orders to make good the victims'
// losses the facts state, for a charge of taking property whose losses
// the facts do not say were all made good: one item for each defendant
// or group of them, each victim once with the first sum stated for them.
// A victim the facts say was made good or forgave (退赔、赔偿、归还 to
// them, 谅解) is owed nothing. Nil when no victim is left.
func restitutionItems(f caseFacts, names, charges []string) []string {
	if len(names) == 0 || !takesProperty(charges) {
		return nil
	}
	if madeGoodAllRe.MatchString(f.text) {
		return nil
	}
	losses := victimLosses(f.text, names)
	if len(losses) == 0 {
		return nil
	}
	var order []string
	byWho := map[string][]victimLoss{}
	for _, l := range losses {
		if madeGoodTo(f.text, l.victim) {
			continue
		}
		if _, ok := byWho[l.who]; !ok {
			order = append(order, l.who)
		}
		byWho[l.who] = append(byWho[l.who], l)
	}
	var out []string
	for _, who := range order {
		if len(byWho[who]) > namedVictims {
			out = append(out, "责令被告人"+who+"退赔各被害人的经济损失。")
			continue
		}
		parts := make([]string, 0, len(byWho[who]))
		for _, l := range byWho[who] {
			parts = append(parts, "退赔"+l.victim+"经济损失人民币"+l.sum)
		}
		out = append(out, "责令被告人"+who+strings.Join(parts, "，")+"。")
	}
	return out
}

// victimLosses are the victims' losses the facts state, in the order
// they first tell them, each victim once.
func victimLosses(text string, names []string) []victimLoss {
	type found struct {
		pos int
		victimLoss
	}
	var all []found
	seen := map[string]bool{}
	for _, re := range victimLossRes {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			m := submatches(text, loc)
			if lossDeniedRe.MatchString(text[:loc[0]]) || slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(m[2], n) || strings.HasPrefix(n, m[2]) }) {
				continue
			}
			kind := m[1]
			if kind == "" {
				kind = "被害人"
				if victimUnitRe.MatchString(m[2]) {
					kind = "被害单位"
				}
			}
			victim := kind + m[2]
			if seen[victim] {
				continue
			}
			seen[victim] = true
			who := gainSubject(text, loc[0], names) // gainsitems.go
			if who == nil {
				who = names
			}
			all = append(all, found{loc[0], victimLoss{strings.Join(who, "、"), victim, m[3]}})
		}
	}
	slices.SortStableFunc(all, func(a, b found) int { return a.pos - b.pos })
	out := make([]victimLoss, len(all))
	for i, a := range all {
		out[i] = a.victimLoss
	}
	return out
}

// madeGoodToWords are the facts saying a victim's loss was made good or
// forgiven; %s is the victim's name.
const madeGoodToWords = `(?:退赔|赔偿|归还|退还|返还|发还)(?:给)?(?:了)?(?:被害人|被害单位)?%s|%s[^。；]{0,20}(?:谅解|已退赔|已赔偿|已归还|已退还|已发还|已返还)`

// madeGoodTo says whether the facts tell victim's loss made good.
func madeGoodTo(text, victim string) bool {
	name := regexp.QuoteMeta(strings.TrimPrefix(strings.TrimPrefix(victim, "被害人"), "被害单位"))
	re := regexp.MustCompile(strings.ReplaceAll(madeGoodToWords, "%s", name))
	return re.MatchString(text)
}

// withRestitution puts the facts' restitution orders (orders) in place
// of the similar case's or the facts' generic ones (replaceItems); a
// civil award (附带民事) is not such an order.
func withRestitution(orders []string, extra []item, fromFacts []string) ([]item, []string) {
	isOrder := func(t string) bool {
		return restitutionOrderRe.MatchString(t) && !strings.Contains(t, "附带民事")
	}
	return replaceItems(orders, isOrder, extra, fromFacts)
}
