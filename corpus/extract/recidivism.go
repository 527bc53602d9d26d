package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Prior is one earlier sentence the facts state of a defendant (曾因犯盗窃罪
// 于2012年11月30日被某法院判处有期徒刑十个月，2013年6月5日刑满释放).
type Prior struct {
	Defendant string   // the name the clause gives, "" when it names none of those asked about
	Charges   []string // 盗窃罪…, as written
	Sentenced time.Time
	Penalty   Penalty
	// Released is the day the sentence ended: 刑满释放, 减刑释放, 释放, or
	// the end of a 假释考验期 when the facts state it. Zero when not stated.
	Released time.Time
	Paroled  bool // 假释 stated without the end of the parole period
	Minor    bool // the facts say the earlier crime was committed under eighteen
	Text     string
}

// Recidivist is the law's answer for one defendant.
type Recidivist struct {
	Defendant string
	// Decided is false when the facts state no prior that settles the
	// question (no release date, a parole whose end is unknown).
	Decided bool
	Is      bool
	Article int    // 65 (一般累犯) or 66 (特别累犯) when Is
	Why     string // the prior and the dates that decide it, in Chinese
}

var (
	// priorRe is a clause giving an earlier sentence: a penalty after 判处
	// or 判决, the term sometimes written before its kind (判处十年有期徒刑).
	priorRe   = regexp.MustCompile(`(?:判处|判决|判)(?:其|被告人)?\s*(?:` + numeral + `+\s*(?:年|个月)(?:[零又]?` + numeral + `+\s*个?月)?\s*)?(?:有期徒刑|拘役|管制|无期徒刑|死刑|罚金|单处罚金|免予刑事处罚|免于刑事处罚)`)
	releaseRe = regexp.MustCompile(`((?:\d{4}|同年|次年)[年]?\d{1,2}月\d{1,2}日)[^。；]{0,12}?(?:刑满释放|刑满出狱|减刑释放|被释放|释放|出狱|执行完毕)|(?:刑满释放|减刑释放|释放)(?:日期|时间)?(?:为|是|于)?\s*((?:\d{4}|同年|次年)[年]?\d{1,2}月\d{1,2}日)`)
	paroleRe  = regexp.MustCompile(`假释`)
	// paroleEndRe is the last day of the parole period (假释考验期至2015年3月2日止, 考验期满).
	paroleEndRe   = regexp.MustCompile(`假释考验期[^，。；]{0,30}?(?:至|到)\s*((?:\d{4}|同年|次年)[年]?\d{1,2}月\d{1,2}日)|((?:\d{4}|同年|次年)[年]?\d{1,2}月\d{1,2}日)\s*假释考验期满`)
	dateRe        = regexp.MustCompile(`(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?|(同年|次年)(\d{1,2})月(?:(\d{1,2})日)?`)
	minorPriorRe  = regexp.MustCompile(`(?:犯罪时|作案时)(?:系|为|是)?未成年|未满十八周岁|不满十八周岁`)
	priorChargeRe = regexp.MustCompile(`(?:因|犯)([\p{Han}、]{2,40}?罪)`)
	// notCrimeDate are clauses whose dates are not the present crime:
	// earlier sentences and penalties, births, procedure.
	notCrimeDate = regexp.MustCompile(`判处|判决|刑满|释放|假释|缓刑|行政拘留|行政处罚|劳动教养|强制隔离戒毒|强制戒毒|出生|生于|户籍|立案|提起公诉|受理|开庭|决定书|鉴定|鉴定意见|检验报告|证明书|判决书`)
	clauseRe     = regexp.MustCompile(`[^。；;\n]+`)
)

// negligentCharges are crimes of negligence (过失犯罪), excluded from
// recidivism on either side (Criminal Law art. 65).
var negligentCharges = regexp.MustCompile(`过失|交通肇事|失火|事故罪|玩忽职守|医疗事故|失职|肇事罪|疏于管理|签订、履行合同失职被骗|出具证明文件重大失实|过失损坏`)

// noPrisonCharges are crimes the law punishes with no more than 拘役, so
// that no recidivism follows from them (art. 65 asks for a crime
// punishable by 有期徒刑 or more).
var noPrisonCharges = []string{"危险驾驶罪", "使用虚假身份证件、盗用身份证件罪", "代替考试罪"}

// specialRe are the crimes of art. 66: 危害国家安全, 恐怖活动, 黑社会性质
// 组织; one after another of them is recidivism at any distance in time.
var specialRe = regexp.MustCompile(`分裂国家|颠覆国家政权|武装叛乱|武装暴乱|背叛国家|间谍|资敌|叛逃|投敌叛变|为境外窃取|恐怖|极端主义|黑社会性质`)

// parseDate reads 2012年11月30日 (or 同年/次年 against ref's year); a month
// alone is its first day. ok is false for no date or an impossible one.
func parseDate(s string, ref time.Time) (time.Time, bool) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	var y int
	ys, ms, ds := m[1], m[2], m[3]
	if ys == "" {
		if ref.IsZero() {
			return time.Time{}, false
		}
		y = ref.Year()
		if m[4] == "次年" {
			y++
		}
		ms, ds = m[5], m[6]
	} else {
		y, _ = strconv.Atoi(ys)
	}
	mo, _ := strconv.Atoi(ms)
	d := 1
	if ds != "" {
		d, _ = strconv.Atoi(ds)
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if y < 1950 || y > 2100 || t.Month() != time.Month(mo) || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// subjectOf is the defendant among names the clause before the 因/判 at
// cut speaks of: the last of them written within 30 bytes before the
// earlier of 曾 and 因 (被告人刘大银曾于2005年11月10日因犯…). With no names,
// the name after 被告人.
func subjectOf(clause string, cut int, names []string) string {
	head := clause[:cut]
	if m := onceRe.FindStringIndex(head); m != nil {
		head = head[:m[0]]
	} else if i := strings.Index(head, "因"); i >= 0 {
		head = head[:i]
	} else if m := heldChargeRe.FindStringIndex(head); m != nil {
		head = head[:m[0]] // 被告人路某某犯强奸罪被…人民法院判处: the court's name is no distance
	}
	best, at := "", -1
	for _, n := range names {
		if n == "" {
			continue
		}
		if i := strings.LastIndex(head, n); i >= 0 && i+len(n) >= len(head)-30 && i > at {
			best, at = n, i
		}
	}
	if len(names) > 0 {
		return best
	}
	if m := defendantName.FindStringSubmatch(head); m != nil {
		return m[1]
	}
	return ""
}

// nextPriorRe opens a clause that goes on to the same person's next prior,
// with or without its date first (…刑满释放；2010年5月因犯盗窃罪被…判处;
// …；又因犯抢劫罪于…), not a clause naming another 被告人. With it,
// heldChargeRe and priorRe's term before its kind, the reader newly finds
// a recidivist in 21 judgments of corpus.jsonl and the court finds 累犯 in
// 20 of them; the one it newly rules out the court does not call a
// recidivist either.
var nextPriorRe = regexp.MustCompile(`^[\s　]*[又再还另后]?于?\s*(?:(?:\d{4}|同年|次年)年?\d{1,2}月(?:\d{1,2}日)?[，,]?\s*)?[又再]?(?:因|被[^告害])`)

// heldChargeRe is the prior's charge written without 因 (…犯强奸罪被…判处).
var heldChargeRe = regexp.MustCompile(`犯[\p{Han}、]{2,40}?罪`)

// onceRe is 曾 as "once" (曾因, 曾于), not the surname 曾.
var onceRe = regexp.MustCompile(`曾(?:因|于|经|被|在|多次|先后|两次|三次)`)

var defendantName = regexp.MustCompile(`被告人([\p{Han}×Ｘ]{1,4}?)(?:曾|因|于|被|系|在|[，,]|$)`)

// Priors reads the earlier sentences the facts state, in order, for the
// defendants named (names nil: any 被告人). A release written in the next
// clause (…判处拘役四个月；同年8月22日刑满释放) completes the prior before it.
func Priors(text string, names []string) []Prior {
	var out []Prior
	last := -1 // index in out of the prior the previous clause gave
	for _, loc := range clauseRe.FindAllStringIndex(text, -1) {
		clause := text[loc[0]:loc[1]]
		pm := priorRe.FindStringIndex(clause)
		if pm == nil {
			if last >= 0 {
				completeRelease(&out[last], clause)
			}
			last = -1
			continue
		}
		head := clause[:pm[0]]
		cut := strings.Index(head, "因")
		if cut < 0 {
			cut = pm[0]
		}
		p := Prior{Text: clause, Defendant: subjectOf(clause, cut, names)}
		if p.Defendant == "" && last >= 0 && nextPriorRe.MatchString(clause) {
			p.Defendant = out[last].Defendant // …刑满释放；因犯盗窃罪，2007年8月8日被…判处
		}
		if len(names) > 0 && p.Defendant == "" {
			last = -1
			continue // 朱某（另案处理）因…被判处: not one of the accused
		}
		for _, m := range priorChargeRe.FindAllStringSubmatch(head, -1) {
			p.Charges = append(p.Charges, strings.Split(strings.TrimPrefix(m[1], "犯"), "、")...)
		}
		if t, ok := parseDate(head, time.Time{}); ok {
			p.Sentenced = t
		}
		if pen := penalty(clause[pm[0]:], 0); pen != nil {
			p.Penalty = *pen
		}
		p.Minor = minorPriorRe.MatchString(clause)
		completeRelease(&p, clause[pm[1]:])
		out = append(out, p)
		last = len(out) - 1
	}
	return out
}

// completeRelease reads the end of the prior's sentence from s.
func completeRelease(p *Prior, s string) {
	if !p.Released.IsZero() {
		return
	}
	if m := paroleEndRe.FindStringSubmatch(s); m != nil {
		if t, ok := parseDate(m[1]+m[2], p.Sentenced); ok {
			p.Released, p.Paroled = t, false
			return
		}
	}
	if m := releaseRe.FindStringSubmatch(s); m != nil {
		if t, ok := parseDate(m[1]+m[2], p.Sentenced); ok {
			p.Released, p.Paroled = t, false
		}
	}
	if p.Released.IsZero() && paroleRe.MatchString(s) {
		p.Paroled = true // the parole period's end is the measure, and unknown
	}
	if minorPriorRe.MatchString(s) {
		p.Minor = true
	}
}

// CrimeDate is the date of the present crime the facts give: the first
// date after since, in the order written, of a clause that is not about
// an earlier sentence, a birth or the procedure. Facts open with the
// crime (公诉机关指控：2016年12月28日，被告人…); the earliest date in time
// would be any witness's aside. Zero when there is none.
func CrimeDate(text string, since time.Time) time.Time {
	for _, clause := range clauseRe.FindAllString(text, -1) {
		if notCrimeDate.MatchString(clause) {
			continue
		}
		for _, loc := range dateRe.FindAllStringIndex(clause, -1) {
			if t, ok := parseDate(clause[loc[0]:loc[1]], time.Time{}); ok && t.After(since) {
				return t
			}
		}
	}
	return time.Time{}
}

// Recidivism decides, by Criminal Law arts. 65 and 66, whether each named
// defendant (names nil: the defendants the priors name) is a 累犯, from the
// priors and the present crime's date the facts state; charges are the
// present charges. A defendant is decided only when a prior of theirs
// can be measured: a ground (有期徒刑 or more, executed) with its release
// date and a crime date after it, or a prior that is no ground (拘役,
// 管制, 罚金, 免予刑事处罚, a suspended sentence, a negligent crime, a
// crime under eighteen).
func Recidivism(text string, names, charges []string) []Recidivist {
	priors := Priors(text, names)
	present := strings.Join(charges, "、")
	presentBars := negligentCharges.MatchString(present)
	if len(charges) > 0 {
		presentBars = presentBars || allIn(charges, noPrisonCharges)
	}
	var out []Recidivist
	byName := map[string]int{}
	for _, p := range priors {
		i, ok := byName[p.Defendant]
		if !ok {
			i = len(out)
			byName[p.Defendant] = i
			out = append(out, Recidivist{Defendant: p.Defendant})
		}
		r := &out[i]
		if r.Is {
			continue
		}
		is, decided, art, why := decide(p, text, present, presentBars)
		if decided {
			r.Decided = true
			if is {
				r.Is, r.Article, r.Why = true, art, why
			} else if r.Why == "" {
				r.Why = why
			}
		}
	}
	return out
}

// decide applies arts. 65 and 66 to one prior.
func decide(p Prior, text, present string, presentBars bool) (is, decided bool, article int, why string) {
	prior := strings.Join(p.Charges, "、")
	kind := p.Penalty.Kind
	if specialRe.MatchString(prior) && specialRe.MatchString(present) && kind != "" && !p.Penalty.Probation {
		return true, true, 66, "前罪与本罪均为危害国家安全、恐怖活动或黑社会性质的组织犯罪（刑法第六十六条）"
	}
	switch {
	case presentBars:
		return false, true, 0, "本罪为过失犯罪或法定最高刑不及有期徒刑"
	case kind == "":
		return false, false, 0, ""
	case kind == "拘役" || kind == "管制" || kind == "单处罚金" || kind == "免予刑事处罚":
		return false, true, 0, "前罪被判处" + kind + "，不构成累犯"
	case p.Penalty.Probation && kind != "死刑":
		return false, true, 0, "前罪被宣告缓刑，不构成累犯"
	case negligentCharges.MatchString(prior):
		return false, true, 0, "前罪为过失犯罪，不构成累犯"
	case p.Minor:
		return false, true, 0, "前罪犯罪时不满十八周岁，不构成累犯"
	case p.Released.IsZero():
		return false, false, 0, ""
	}
	crime := CrimeDate(text, p.Released)
	if crime.IsZero() {
		return false, false, 0, ""
	}
	limit := p.Released.AddDate(5, 0, 0)
	d := p.Released.Format("2006年1月2日")
	if crime.After(limit) {
		return false, true, 0, "前罪刑满释放于" + d + "，本罪发生于" + crime.Format("2006年1月2日") + "，已逾五年"
	}
	return true, true, 65, "前罪被判处" + kind + "，于" + d + "刑满释放，本罪发生于" + crime.Format("2006年1月2日") + "，在五年以内"
}

func allIn(xs, set []string) bool {
	for _, x := range xs {
		found := false
		for _, s := range set {
			if x == s {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return len(xs) > 0
}
