package draft

import (
	"regexp"
	"strconv"
	"unicode/utf8"
)

// chargeRename is a charge an amendment of the Criminal Law renamed: the
// superseded name, the name that replaced it and the month the new name
// took effect (the amendment's and the Supreme People's Court's 罪名补充规定).
type chargeRename struct {
	old, now string
	since    yearMonth
}

// datedRenames are the renamings whose old name courts still write for
// acts done before them: a court applies the old law to such acts unless
// the new one is lighter (art. 12), and these amendments widened the
// offence at the same penalty, so the old law and its name apply. The
// similar cases word a charge in their own time's name (a 2014 case's
// 伪造、变造居民身份证罪 drafted for a purchase of identity cards in 2016),
// and the rule library holds only the current names.
var datedRenames = []chargeRename{
	// Ninth Amendment, 1 November 2015 (罪名补充规定（六）).
	{"伪造、变造居民身份证罪", "伪造、变造、买卖身份证件罪", ym(2015, 11)},
	{"强制猥亵、侮辱妇女罪", "强制猥亵、侮辱罪", ym(2015, 11)},
	{"出售、非法提供公民个人信息罪", "侵犯公民个人信息罪", ym(2015, 11)},
	{"非法获取公民个人信息罪", "侵犯公民个人信息罪", ym(2015, 11)},
	// Tenth Amendment, 4 November 2017.
	{"侮辱国旗、国徽罪", "侮辱国旗、国徽、国歌罪", ym(2017, 11)},
	// Eleventh Amendment, 1 March 2021 (罪名补充规定（七）).
	{"生产、销售假药罪", "生产、销售、提供假药罪", ym(2021, 3)},
	{"生产、销售劣药罪", "生产、销售、提供劣药罪", ym(2021, 3)},
	{"强令违章冒险作业罪", "强令、组织他人违章冒险作业罪", ym(2021, 3)},
	{"欺诈发行股票、债券罪", "欺诈发行证券罪", ym(2021, 3)},
}

// latestFactMonth is the latest month the facts date (the acts, the
// arrest), -1 when they date none. The end of a period the facts quote
// (a lease 至2060年, a prior term's 刑期…至2027年…止, a licence's 有效期) is
// no act: such a date once put acts of 2018 under the Eleventh Amendment.
func latestFactMonth(facts string) yearMonth {
	latest := yearMonth(-1)
	for _, m := range factMonthRe.FindAllStringSubmatchIndex(facts, -1) {
		if periodEnd(facts[:m[0]]) {
			continue
		}
		y, _ := strconv.Atoi(facts[m[2]:m[3]])
		mo, _ := strconv.Atoi(facts[m[4]:m[5]])
		if mo >= 1 && mo <= 12 {
			latest = max(latest, ym(y, mo))
		}
	}
	return latest
}

// periodEndRe is the clause before a date that ends a quoted period: a
// period word, then 至/到/- right before the date, within one clause.
var periodEndRe = regexp.MustCompile(`(?:刑期|租期|租赁期|有效期|期限|合同期|承包期|借期|服刑期)[^。；]{0,40}(?:至|到|-|—|～)$`)

// periodEnd reports whether the date right after before ends a quoted
// period (a lease, a licence, a sentence) rather than dating an act.
func periodEnd(before string) bool {
	// Bytes read back: 40 CJK runes. A period word further back, past a
	// clause of 40 runes, is not looked for; periodEndRe is anchored at
	// the date, and the window keeps each date's look-back short.
	const window = 120
	if len(before) > window {
		before = before[len(before)-window:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	return periodEndRe.MatchString(before)
}

// nameInForce is the name of the charge written w in force in the month
// the facts last date: the new name for a superseded one once the renaming
// took effect, the old one for acts that all precede it (when one old
// name alone was renamed so). w as it is when the facts date nothing.
func nameInForce(w string, acts yearMonth) string {
	if acts < 0 {
		return w
	}
	var olds []chargeRename
	for _, r := range datedRenames {
		if w == r.old && acts >= r.since {
			return r.now
		}
		if w == r.now && acts < r.since {
			olds = append(olds, r)
		}
	}
	if len(olds) == 1 {
		return olds[0].old
	}
	return w
}
