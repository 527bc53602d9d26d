package draft

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
)

// Some facts carry the court's own findings after the allegation (经审理查明
// …), and the findings name the crimes the court found: as the headings of
// the facts found (一、寻衅滋事罪; 经审理查明，一、职务侵占的犯罪事实;
// 被告人甲涉嫌强迫交易罪的犯罪事实), or as the court's conclusion on the
// acts (综上，被告人…的行为应当构成信用卡诈骗罪; 对此行为应定性为寻衅滋事罪).
// Where the court found otherwise than the prosecution alleged, the
// judgment convicts of what the court found.
var (
	findingsOpen = regexp.MustCompile(`经审理查明`)
	// headingMark opens a numbered heading of the findings.
	headingMark    = `(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*`
	foundChargeRes = []*regexp.Regexp{
		// 一、职务侵占的犯罪事实; （一）寻衅滋事、非法持有枪支的犯罪事实;
		// 被告人甲涉嫌强迫交易罪的犯罪事实.
		regexp.MustCompile(`(?:` + headingMark + `|涉嫌)([\p{Han}、]{2,40}?)罪?的?犯罪事实`),
		// 一、寻衅滋事罪 1、2017年…: a heading that is the charge alone.
		regexp.MustCompile(headingMark + `([\p{Han}、]{2,30}?罪(?:[，,][\p{Han}、]{2,30}?罪)*)\s`),
		// The court's conclusion: 应当构成X罪, 应定性为X罪.
		regexp.MustCompile(`(?:行为|均|已|应当|应|亦|也|又)(?:构成|定性为)(` + constitutedName + `(?:、` + constitutedName + `)*)`),
		regexp.MustCompile(`(?:罪名应为|应以|应当以)(` + constitutedName + `)`),
	}
	// rejectedRe is the court's rejection of an alleged charge
	// (公诉机关指控非法经营罪不能成立).
	rejectedRe = regexp.MustCompile(`指控(?:被告人[^，。；]{1,12}?)?犯?(` + constitutedName + `)(?:不能成立|不成立)`)
	// deniedBefore marks a conclusion the court or a party denies (不构成,
	// 不应构成) or asks about (是否构成).
	deniedBefore = regexp.MustCompile(`(?:不|否|未|没有|无)(?:应当|应|能)?$`)
)

// partyWords mark a party's claim, which the findings restate before
// answering it (辩护人提出…构成强奸罪未遂; 对被告人辩称其行为构成盗窃罪…的
// 意见); courtTurn marks the court's answer that follows (经查, 本院认为).
var (
	partyWords = regexp.MustCompile(`辩|意见|代理人|提出|主张|请求`)
	courtTurn  = regexp.MustCompile(`经查|本院|综上|因此|据此|故|但`)
)

// claimedClause says whether text around [from, to) tells a party's claim:
// a party spoke last before it in its sentence, or its clause ends in the
// party's view (…应当构成挪用资金罪的辩护意见).
func claimedClause(text string, from, to int) bool {
	before := sentenceBefore(text, from)
	if p := partyWords.FindAllStringIndex(before, -1); p != nil {
		turn := courtTurn.FindAllStringIndex(before, -1)
		if turn == nil || turn[len(turn)-1][0] < p[len(p)-1][0] {
			return true
		}
	}
	end := len(text)
	if i := strings.IndexAny(text[to:], "，。；"); i >= 0 {
		end = to + i
	}
	return partyWords.MatchString(text[to:end])
}

// rejectedCharges are the alleged charges, as written, that the court's
// findings in the facts say do not stand.
func rejectedCharges(text string) []string {
	var out []string
	for _, m := range rejectedRe.FindAllStringSubmatch(courtFindings(text), -1) {
		if c := afterLead(m[1]); !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// leadRe is what can stand before a charge's name inside a reading: the
// accused and 犯 or 涉嫌 (被告人曾某、彭某涉嫌强迫交易罪); 犯罪 inside a name
// (掩饰、隐瞒犯罪所得罪) is no such 犯.
var leadRe = regexp.MustCompile(`(?:涉嫌|犯)(?:[^罪]|$)`)

// afterLead is name less anything up to its last 涉嫌 or 犯.
func afterLead(name string) string {
	locs := leadRe.FindAllStringIndex(name, -1)
	if len(locs) == 0 {
		return name
	}
	last := locs[len(locs)-1]
	lead := len("犯")
	if strings.HasPrefix(name[last[0]:], "涉嫌") {
		lead = len("涉嫌")
	}
	return name[last[0]+lead:]
}

// courtFindings is the part of the facts from the court's 经审理查明 on, ""
// when the facts carry no findings of the court.
func courtFindings(text string) string {
	loc := findingsOpen.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	return text[loc[0]:]
}

// foundCharges are the charges, as written, that the court's findings in
// the facts name: their headings and the court's conclusions. A name
// written without 罪 in a heading (寻衅滋事、非法持有枪支的犯罪事实) lists its
// charges with 、; each is read with 罪 added, or the whole as one name
// when it is one (掩饰、隐瞒犯罪所得).
func foundCharges(text string, known func(string) bool) []string {
	fs := courtFindings(text)
	if fs == "" {
		return nil
	}
	return readCharges(fs, foundChargeRes, known)
}

// readCharges are the charges res read in text, as written: the first
// two read headings, whose names may lack 罪 and list several with 、,
// the rest conclusions, whose names each end in 罪.
func readCharges(fs string, res []*regexp.Regexp, known func(string) bool) []string {
	var out []string
	add := func(c string) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for i, re := range res {
		for _, loc := range re.FindAllStringSubmatchIndex(fs, -1) {
			if deniedBefore.MatchString(fs[max(0, loc[0]-9):loc[0]]) || claimedClause(fs, loc[0], loc[1]) ||
				strings.HasPrefix(fs[loc[1]:], "还是") {
				// 应当构成诈骗罪还是信用卡诈骗罪: a question the court puts.
				continue
			}
			name := afterLead(fs[loc[2]:loc[3]])
			if i >= 2 {
				for _, c := range chargeList.Split(name, -1) {
					if !strings.HasSuffix(c, "罪") {
						c += "罪"
					}
					if known(c) {
						add(c)
					}
				}
				continue
			}
			for _, h := range headingList.Split(name, -1) {
				for _, c := range headingCharges(h, known) {
					add(c)
				}
			}
		}
	}
	return out
}

// headingList separates the charges of a heading that lists them with
// a comma (二、盗窃罪，掩饰、隐瞒犯罪所得罪).
var headingList = regexp.MustCompile(`[，,]`)

// headingCharges are the charges a heading's name holds: the whole name
// when it is one (掩饰、隐瞒犯罪所得), else each of its 、-listed names,
// with or without 罪 (寻衅滋事、非法持有枪支; 故意伤害罪、故意毁坏财物罪),
// when every one is a charge.
func headingCharges(name string, known func(string) bool) []string {
	if whole := strings.TrimSuffix(name, "罪") + "罪"; known(whole) {
		return []string{whole}
	}
	parts := strings.Split(strings.TrimSuffix(name, "罪"), "、")
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, p := range parts {
		c := strings.TrimSuffix(p, "罪") + "罪"
		if !known(c) {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// isChargeName says whether c names an official charge.
func isChargeName(c string) bool {
	_, ok := extract.NormaliseCharge(c)
	return ok
}

// withFindings are the alleged charges as the court's findings in the
// facts leave them: a charge the court found is added, and an alleged one
// the court rejects, or whose kind it found in another form (信用卡诈骗罪
// for the alleged 诈骗罪, 非国家工作人员受贿罪 for 受贿罪), gives way.
// Where the facts carry no allegation the findings add nothing: the
// findings alone were right less often than the similar cases' vote.
func withFindings(alleged, found, rejected []string) []string {
	if len(found) == 0 || len(alleged) == 0 {
		return alleged
	}
	out := slices.DeleteFunc(slices.Clone(alleged), func(c string) bool {
		if slices.Contains(found, c) {
			return false
		}
		return slices.Contains(rejected, c) || slices.ContainsFunc(found, func(x string) bool {
			return !slices.Contains(alleged, x) && sameKind(c, x)
		})
	})
	for _, c := range found {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// sameKind says whether one charge is another's kind in a particular
// form: the one's name ends with the other's (信用卡诈骗罪, 诈骗罪).
func sameKind(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return utf8.RuneCountInString(b) >= 3 && strings.HasSuffix(a, b)
}
