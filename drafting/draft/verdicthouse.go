package draft

import (
	"regexp"
	"slices"
	"strings"
)

// Courts word the notes of their verdicts each in their own way, the same
// from one judgment to the next: when the fine is paid (罚金于本判决生效后
// 十日内缴纳 here, 罚金限判决生效后三日内缴纳 there), how the term is counted
// (即自…起至…止 or 即从…至…止) and when probation runs. The similar cases
// come from every province and cannot tell the drafting court's wording;
// its own past judgments can. On the tune set, among the 137 verdicts with
// a payment note whose court has other judgments with one in the store,
// the court's most common wording was the verdict's in 52 (the corpus's
// most common wording overall in under one in ten).

// houseWording is a court's usual wording of a verdict's notes; each is ""
// when its judgments have none.
type houseWording struct {
	pay       string   // 罚金于本判决生效后十日内缴纳。
	term      termForm // the term computation around its two dates
	probation string   // 缓刑考验期限，从判决确定之日起计算
	numerals  string   // how its fines are written: numeralsDigits, numeralsWan, or "" (Chinese)
}

// termForm is a term computation with its two dates cut out:
// open + first day + mid + last day + tail, in parentheses when paren.
type termForm struct {
	open, mid, tail string
	paren           bool
}

func (t termForm) ok() bool { return t.open != "" }

var (
	// housePayRe is a verdict's note of when the fine is paid, from 罚金 to
	// the end of its clause.
	housePayRe = regexp.MustCompile(`罚金[^。；，）)]{0,4}?(?:于|限|在|自|应|须|必须)[^。；）)]*?(?:缴纳|交纳|缴清|缴交|缴付|缴入|上缴)[^。；）)]*`)
	// houseTermRe is a term computation with its two dates: the first day
	// in custody and the term's last day.
	houseTermRe = regexp.MustCompile(`(（|\()?(刑期[^。）)]{0,12}?计算[^）)]{0,80}?)(\d{4}年\d{1,2}月\d{1,2}日)([^）)\d]{1,6}?)(\d{4}年\d{1,2}月\d{1,2}日)(止?)`)
	// houseProbationRe is the note on when probation runs.
	houseProbationRe = regexp.MustCompile(`缓刑考验期[^。；）)]{0,20}?计算`)
	// payPeriodRe is the time the fine is given (十日内, 一个月内, 即时): a
	// note without one is the Criminal Law's text quoted (罚金在判决指定的
	// 期限内…缴纳) or lost its number.
	payPeriodRe = regexp.MustCompile(`[一二三四五六七八九十两]+(?:日|天|个月)内|即时|立即`)
	// payConditionRe ties the payment to the one case's restitution
	// (罚金于退赔被害人经济损失完毕后三十日内缴纳).
	payConditionRe = regexp.MustCompile(`退赔|赔偿|退赃|退还`)
	// particularRe is wording that belongs to the one case: a name, a sum,
	// a count of days already served.
	particularRe = regexp.MustCompile(`被告人|被告|某|×|\d|元|已|[一二三四五六七八九十]+个?月[零又]?[一二三四五六七八九十]*[天日]`)
)

// houseOf reads a court's wordings from one of its verdicts.
func houseOf(verdict string) houseWording {
	var h houseWording
	if m := housePayRe.FindString(verdict); m != "" && !particularRe.MatchString(m) && payPeriodRe.MatchString(m) && !payConditionRe.MatchString(m) {
		h.pay = m + "。"
	}
	if m := houseTermRe.FindStringSubmatch(verdict); m != nil && strings.Contains(m[2], "一日折抵刑期一日") &&
		!particularRe.MatchString(m[2]) && !particularRe.MatchString(m[4]) && kindFree(m[2], m[4], m[6]) {
		h.term = termForm{open: m[2], mid: m[4], tail: m[6], paren: m[1] != ""}
	}
	if m := houseProbationRe.FindString(verdict); m != "" && !particularRe.MatchString(m) {
		h.probation = m
	}
	h.numerals = fineNumeralsOf(verdict)
	return h
}

// render writes the computation from first to last day, with note (the
// fine's payment) after it.
func (t termForm) render(first, last, note string) string {
	s := t.open + first + t.mid + last + t.tail + "。" + note
	if t.paren {
		return "（" + s + "）"
	}
	return s
}

// houseWording is the court of where's most common wording of each note
// among its judgments (the case's own family left out); the zero value
// when the store has no judgment of that court with one.
func (h *Habits) houseWording(where bench) houseWording {
	if h == nil {
		return houseWording{}
	}
	place, prov := h.court(where)
	if place == "" {
		return houseWording{}
	}
	pays, probs, nums := map[string]int{}, map[string]int{}, map[string]int{}
	terms := map[termForm]int{}
	for _, id := range h.byPlace[place] {
		d := h.docs[id]
		if slices.Contains(where.exclude, id) || prov != "" && d.prov != "" && d.prov != prov {
			continue
		}
		if d.house.pay != "" {
			pays[d.house.pay]++
		}
		if d.house.probation != "" {
			probs[d.house.probation]++
		}
		if d.house.numerals != "" {
			nums[d.house.numerals]++
		}
		if d.house.term.ok() {
			terms[d.house.term]++
		}
	}
	byText := func(a, b string) bool { return a < b }
	byForm := func(a, b termForm) bool { return a.render("", "", "") < b.render("", "", "") }
	return houseWording{pay: commonest(pays, byText), probation: commonest(probs, byText), term: commonest(terms, byForm),
		numerals: commonest(nums, byText)}
}

// commonest is the most frequent key of counts, the least on a tie (so a
// draft does not depend on map order); the zero value when counts is empty.
func commonest[K comparable](counts map[K]int, less func(a, b K) bool) K {
	var best K
	n := 0
	for k, c := range counts {
		if c > n || c == n && less(k, best) {
			best, n = k, c
		}
	}
	return best
}
