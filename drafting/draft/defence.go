package draft

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// enumLead is a list number opening an opinion (1、 一、 （1）).
var enumLead = regexp.MustCompile(`^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])`)

// contestCue marks an argument, counsel's or the accused's own, that
// disputes the conviction, the facts charged or the evidence (不构成, 证据
// 不足, 有异议, 金额有误, 不能作为定案的依据); denialCue one that denies
// what is charged (不知情, 并非, 没有…的故意, 不属于). The draft convicts as
// charged on that evidence, so it answers such an argument 不予采纳.
// mitigationCue marks one that pleads circumstances for a lighter sentence
// (among them 从犯, 犯罪中止, the victim's fault), answered as the draft
// finds them (replyagree.go). A denial's words also write mitigation (没有
// 犯罪前科, 未造成严重后果: mitigatingNegation), which deny nothing
// charged; an argument that both contests and pleads, or does neither, is
// not answered: the judge decides it. On the tune set 405 of
// counsel's points had neither cue when counsel's contest was read without
// the accused's denials; most were 从犯 claims and denials of intent
// (主观上不具有非法占有的目的).
var (
	contestCue         = regexp.MustCompile(`不构成|不能构成|无罪|证据不足|事实不清|不能认定|不应认定|异议|有误|不能作为|非法证据|应予排除|非法方法`)
	denialCue          = regexp.MustCompile(`不知道|不知情|不明知|没有|未|并非|不是|不属于|不符合|不具有|不具备|不存在|不清楚`)
	mitigatingNegation = regexp.MustCompile(`(?:没有|无|未有)(?:任何)?(?:犯罪)?(?:前科|劣迹)|(?:未|没有)(?:给[^，,。；;]{0,8})?(?:造成|获利|获取|流入|满)[^，,。；;]*|未遂|未成年`)
	noObjection        = regexp.MustCompile(`(?:没有|无|不持|未提出)(?:异议|意见)`) // 没有意见: counsel agrees (replyclip.go)
	mitigationCue      = regexp.MustCompile(`从轻|减轻|从宽|自首|坦白|如实供述|初犯|偶犯|认罪|悔罪|谅解|退赃|退赔|赔偿|从犯|次要作用|辅助作用|作用较小|犯罪中止|过错|情节轻微|情节较轻|主观恶性|未遂|未成年|前科|一贯表现|平时表现|危害性?(?:较小|小|不大)|后果较轻`)
	courtsOwn          = regexp.MustCompile(`经查|上述|本院|综合|评析|评判|采纳`)
)

// maxDefence is how many opinions the reasoning answers; maxOpinion caps
// the runes of one opinion restated.
const (
	maxDefence = 6
	maxOpinion = 90
)

// defenceOpinion is one counsel's opinion as the facts state it.
type defenceOpinion struct {
	defendant, text string
	reject          bool
}

// pointRe opens one point of a listed opinion (1、 一、 （2）) where a point
// can start: at the opening, after a colon, a semicolon, a comma or a
// space (not inside 22.5％).
var pointRe = regexp.MustCompile(`(?:^|[：:；;，,。\s])((?:[一二三四五六七八九十]{1,2}|\d{1,2})[、.．]|[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})[）)])`)

// opinionPoints splits a counsel's opinion into the points courts answer
// one by one: its listed points (1、…2、…) and its clauses between
// semicolons.
func opinionPoints(t string) []string {
	var cuts []int
	for _, m := range pointRe.FindAllStringSubmatchIndex(t, -1) {
		cuts = append(cuts, m[2])
	}
	var out []string
	from := 0
	for _, c := range append(cuts, len(t)) {
		if c > from {
			for _, x := range strings.Split(t[from:c], "；") {
				if x != "" {
					out = append(out, x)
				}
			}
		}
		from = c
	}
	return out
}

// defenceOpinions reads the defence counsel's opinions from the facts,
// point by point (a court answers each point of a list: 被告人系自首的辩护
// 意见予以采纳，未遂的辩护意见不予采纳): those that state one (辩护人对指控
// 无异议 states none) and that the facts have not already answered (a
// sentence that says 采纳 is the court's). A request for a suspended
// sentence the draft does not grant is cut from the point it ends
// (refused; replyprobation.go).
func defenceOpinions(facts string, refused func(who, point string) bool) []defenceOpinion {
	var out []defenceOpinion
	for _, m := range counselOpinions(facts) { // defenceforms.go
		for _, t := range opinionPoints(strings.TrimSpace(m[1])) {
			t = withoutListLead(withoutOwnClose(t)) // replylead.go
			t = strings.Trim(t, "，,；;。 ")
			t = opinionTail.ReplaceAllString(t, "") // replyclip.go
			if refused(m[0], t) {
				t, _ = withoutProbationRequest(t) // withRefusedProbation answers it
			}
			if strings.Contains(t, "辩护人") {
				continue
			}
			op, ok := answered(t)
			if !ok {
				continue
			}
			op.defendant = m[0]
			out = append(out, op)
			if len(out) == maxDefence {
				return out
			}
		}
	}
	return out
}

// answered is one opinion's point as the reasoning restates it and how
// the draft answers it: one disputing the conviction is not accepted, one
// pleading only mitigation is; one with both or neither is left to the
// judge (false).
func answered(t string) (defenceOpinion, bool) {
	contest, mitigate := disputes(t)
	if contest == mitigate {
		return defenceOpinion{}, false
	}
	t = strings.TrimSpace(enumLead.ReplaceAllString(t, ""))
	t, ok := clipOpinion(t)
	if !ok {
		return defenceOpinion{}, false
	}
	return defenceOpinion{text: t, reject: contest}, true
}

// disputes reads an argument t: whether it contests the charge and
// whether it pleads mitigation (contestCue, denialCue, mitigationCue).
func disputes(t string) (contest, mitigate bool) {
	t = noObjection.ReplaceAllString(strings.NewReplacer("从犯罪", "", "从犯意", "").Replace(t), "")
	mitigate = mitigationCue.MatchString(t)
	contest = contestCue.MatchString(t) || disputedFindingRe.MatchString(t) || denialCue.MatchString(mitigatingNegation.ReplaceAllString(t, "")) // defencedispute.go
	return contest, mitigate
}

// clipOpinion restates at most maxOpinion runes of t, up to a clause's end
// (the court summarises), false when too little is left.
func clipOpinion(t string) (string, bool) {
	if utf8.RuneCountInString(t) < 4 {
		return "", false
	}
	if utf8.RuneCountInString(t) > maxOpinion {
		rs := []rune(t)[:maxOpinion]
		cut := strings.LastIndexAny(string(rs), "，；,;")
		if cut <= 0 {
			return "", false
		}
		t = string(rs)[:cut]
	}
	return strings.TrimRight(t, "，；,; "), true
}

// defenceSentence answers one opinion in the court's form, opened as the
// tune courts open such an answer most often (关于…的辩护意见: 101 of the
// gold answers, against 61 opened with 对 or 对于).
func defenceSentence(o defenceOpinion) string {
	who := "辩护人"
	if o.defendant != "" {
		who = "被告人" + o.defendant + "的辩护人"
	}
	return "关于" + who + "提出" + o.text + "的辩护意见，" + answerWords(o.reject) + "。" // replyanswer.go
}
