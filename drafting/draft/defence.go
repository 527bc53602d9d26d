package draft

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// counselRe finds a defence counsel's opinion in the facts: who it speaks
// for (被告人X的辩护人, or 其辩护人 after a named defendant) and what it
// says, up to the end of the sentence.
var counselRe = regexp.MustCompile(`(?:被告人(\p{Han}{1,4}?)的|其)?辩护人(?:\p{Han}{0,4}?)(?:提出|认为|辩称|的辩护意见(?:是|为)?)(?:如下辩护意见|以下辩护意见|的辩护意见是)?[：:，,]?([^。]{4,})。`)

// enumLead is a list number opening an opinion (1、 一、 （1）).
var enumLead = regexp.MustCompile(`^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])`)

// contestCue marks an opinion that disputes the conviction or the facts
// charged (不构成, 证据不足, 有异议): the draft convicts as charged, so it
// answers such an opinion 不予采纳. mitigationCue marks one that pleads
// circumstances for a lighter sentence, answered 予以采纳. An opinion
// with both or neither is not answered: the judge decides it.
var (
	contestCue    = regexp.MustCompile(`不构成|无罪|证据不足|事实不清|不能认定|不应认定|异议`)
	noObjection   = regexp.MustCompile(`(?:没有|无|不持|未提出)异议`)
	mitigationCue = regexp.MustCompile(`从轻|减轻|从宽|自首|坦白|如实供述|初犯|偶犯|认罪|悔罪|谅解|退赃|退赔|赔偿`)
	courtsOwn     = regexp.MustCompile(`经查|上述|本院|综合|评析|评判|采纳`)
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
// sentence that says 采纳 is the court's).
func defenceOpinions(facts string) []defenceOpinion {
	var out []defenceOpinion
	for _, m := range counselRe.FindAllStringSubmatch(facts, -1) {
		if courtsOwn.MatchString(m[0]) {
			continue
		}
		for _, t := range opinionPoints(strings.TrimSpace(m[2])) {
			t = strings.Trim(t, "，,；; ")
			t = strings.TrimSuffix(strings.TrimSuffix(t, "的辩护意见"), "的意见")
			if strings.Contains(t, "辩护人") {
				continue
			}
			op, ok := answered(t)
			if !ok {
				continue
			}
			op.defendant = m[1]
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
	contest := contestCue.MatchString(noObjection.ReplaceAllString(t, ""))
	mitigate := mitigationCue.MatchString(t)
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

// defenceSentence answers one opinion in the court's form.
func defenceSentence(o defenceOpinion) string {
	who := "辩护人"
	if o.defendant != "" {
		who = "被告人" + o.defendant + "的辩护人"
	}
	answer := "本院予以采纳"
	if o.reject {
		answer = "本院不予采纳"
	}
	return "对" + who + "提出" + o.text + "的辩护意见，" + answer + "。"
}
