package evals

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maskUse is what the generator does with one X某 mask of the source.
type maskUse int

const (
	maskName      maskUse = iota // a person's name: filled with a generated name
	maskNotName                  // not a surname mask (某某公司, 某日, 孟某元 with the name's last character kept, 某甲基苯丙胺): left alone
	maskNoSurname                // the character before 某 is no surname of the list (在某, 某某公司): not a name mask
	maskKeptRole                 // a name the rules keep (bench, prosecutor, lawyer, representative): left masked
	maskPlace                    // a token the document mostly writes before 县/市/镇/村/路… (武某1县): a place, left alone
)

var (
	// genKeptCueRe ends the text before a name the rules keep, allowing a
	// 、 list of earlier names after the cue (检察员孟某、程某).
	// 法定代表人为/是 names the representative as the cue alone does.
	genKeptCueRe = regexp.MustCompile(`(?:审判长|审判员|陪审员|书记员|法官助理|速录员|检察员|检察官|律师|法定代表人|法人代表|诉讼代表人|负责人)(?:为|是)?[：:\s]*(?:\p{Han}{2,4}\d{0,2}、)*$`)
	// genSignerCueRe ends the text before an 执行员's name. The rules keep
	// the 执行员 who signs the court's own ruling (in the tail); one the
	// facts name (执行员刘某证实…) is a witness, whom 第八条第（二）项 hides.
	genSignerCueRe = regexp.MustCompile(`执行员[：:\s]*$`)
	// genCounselRe ends the text before a defender's or agent's name; the
	// name is a lawyer's when 律师 or 法律服务 follows in the same sentence.
	genCounselRe = regexp.MustCompile(`(?:辩护人|代理人)[：:\s]*(?:\p{Han}{2,4}\d{0,2}、)*$`)
)

// classifyMask decides from a mask's own form and its neighbours whether it
// stands for a person's name. m is a genMaskRe match (with the digits of an
// amount already cut off). The rules read only the mask and the characters
// around it, never the anonymiser.
func classifyMask(text string, m []int) maskUse {
	sur := text[m[2]:m[3]]
	if !strings.Contains(anonGenSurnames, sur) || (m[0] >= 3 && text[m[0]-3:m[0]] == "某") {
		return maskNoSurname
	}
	if sur == "万" && m[0] > 0 && strings.ContainsRune("0123456789.", rune(text[m[0]-1])) {
		return maskNotName // CAIL2018's masking turned 元 into 某: 208.75万某 is an amount
	}
	next, _ := utf8.DecodeRuneInString(text[m[1]:])
	if m[4] >= 0 && strings.ContainsRune("甲乙丙丁", []rune(text[m[4]:m[5]])[0]) && next == '基' {
		return maskNotName // 某甲基苯丙胺 is a drug, not 某甲
	}
	if genMinorityTailRe.MatchString(text[max(0, m[0]-30):m[0]]) {
		return maskNotName // 亚森卡热·艾孜提马某: the end of a minority name, no Han name of its own
	}
	if genOrgNext(text[m[1]:]) {
		return maskNotName // 龙某某一中 is a school, 向某某集团 a firm
	}
	if (strings.ContainsRune(genNotName, next) && !strings.HasPrefix(text[m[1]:], "个人")) || (m[4] < 0 && next >= 0x4e00 && !strings.ContainsRune(genFollow, next)) {
		return maskNotName
	}
	before := text[max(0, m[0]-45):m[0]]
	if genKeptCueRe.MatchString(before) || (m[0] >= len(text)*4/5 && genSignerCueRe.MatchString(before)) {
		return maskKeptRole
	}
	if genCounselRe.MatchString(before) {
		sentence := text[m[1]:min(len(text), m[1]+150)]
		if i := strings.IndexAny(sentence, "。；\n"); i >= 0 {
			sentence = sentence[:i]
		}
		if strings.Contains(sentence, "律师") || strings.Contains(sentence, "法律服务") || strings.Contains(sentence, "法律工作者") {
			return maskKeptRole
		}
	}
	return maskName
}

// genMinorityTailRe ends the part after the dot of a minority name: a
// mask glued to it (亚森卡热·艾孜提马某) masks the end of that name.
var genMinorityTailRe = regexp.MustCompile(`[·•]\p{Han}{1,8}$`)

// genOrgNext says whether s, the text after a mask, goes on with a school's
// number (龙某某一中, 阳某二中) or a firm's trade or branch (genOrgWords): the
// mask is part of the name of a school or a firm.
func genOrgNext(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(genNumerals, r) && strings.HasPrefix(s[n:], "中") {
		return true
	}
	return genOrgWords(s)
}

// genOrgWords go on with a firm's trade or branch after a mask that
// stands for part of the firm's name (付某某纺织品有限公司, 江苏某某投资集团,
// 武某分店, 工行武某支行): no person's name runs on into them.
func genOrgWords(s string) bool {
	for _, w := range []string{"集团", "有限公司", "纺织", "制药", "投资集团", "投资有限", "投资管理", "分店", "支行", "分行"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// genNumerals number persons who share a mask the way digits do (邓某一,
// 邓某四; 黄某某二、).
const genNumerals = "一二三四五六七八九十"

// genNumberedEnd may follow a numbered mask (邓某一、, 吴某四的): a
// numeral followed by a Han character is a word (李某一起, 王某三人).
const genNumberedEnd = "、，。；：,;:的等（()）和与及"

// numberedAt reads the mask m with a Chinese numeral after it (邓某一,
// 黄某某二): the token with the numeral, and whether punctuation or a
// particle closes it there. "" when no numeral follows.
func numberedAt(text string, m []int) (string, bool) {
	if m[4] >= 0 && text[m[4]:m[5]] != "某" {
		return "", false
	}
	r, n := utf8.DecodeRuneInString(text[m[1]:])
	if !strings.ContainsRune(genNumerals, r) {
		return "", false
	}
	next, _ := utf8.DecodeRuneInString(text[m[1]+n:])
	return text[m[0] : m[1]+n], strings.ContainsRune(genNumberedEnd, next)
}

// genMasks finds the X某 masks of text. Digits after 某 that run on into an
// amount are the amount's (袁某70000元, 张某某3000元) and are cut off; m[6]
// is 1 for a mask so cut. A Chinese numeral numbers the person (邓某一、
// 邓某四) when the document closes that token with punctuation or a
// particle somewhere; it then belongs to the mask everywhere (胡某一同意),
// so 邓某一 and 邓某四 are two persons.
func genMasks(text string) [][]int {
	raw := genMaskRe.FindAllStringSubmatchIndex(text, -1)
	numbered := map[string]bool{}
	for _, m := range raw {
		if tok, closed := numberedAt(text, m); closed {
			numbered[tok] = true
		}
	}
	var out [][]int
	for _, m := range raw {
		m = append(m, 0)
		if tok, _ := numberedAt(text, m); numbered[tok] {
			if m[4] < 0 {
				m[4] = m[1]
			}
			m[1] = m[0] + len(tok)
			m[5] = m[1]
		}
		if m[4] >= 0 && amountNext(text[m[1]:]) {
			g := text[m[4]:m[5]]
			at := m[4] + len(g) - len(strings.TrimPrefix(g, "某"))
			if k := personNumber(text[at:]); k > 0 && isDigits(text[at:m[5]]) {
				m[1], m[5] = at+k, at+k
				out = append(out, m)
				continue
			}
			switch {
			case isDigits(g):
				m[1], m[4], m[5], m[6] = m[4], -1, -1, 1
			case strings.HasPrefix(g, "某") && isDigits(g[len("某"):]):
				m[1], m[5], m[6] = m[4]+len("某"), m[4]+len("某"), 1
			}
		}
		out = append(out, m)
	}
	return out
}

// personNumber is the length of the digit that numbers a person at the
// start of s (the digits after 某) when the digits and what follows them
// make no amount, count or date with that digit in it: 张某1个人账户 (the
// person's account), 赵某2多次 (2多 is no number), 郑某12017年 (a five-digit
// year) and 黄某某113岁 (no age): the first digit is 第九条's number and the
// rest, if any, is the year or the age. 0 when the digits are an amount's.
func personNumber(s string) int {
	run := len(s) - len(strings.TrimLeft(s, "0123456789"))
	rest := s[run:]
	switch {
	case run == 1 && (strings.HasPrefix(rest, "个人") || strings.HasPrefix(rest, "多")):
		return 1
	case run == 5 && strings.HasPrefix(rest, "年") && (strings.HasPrefix(s[1:], "19") || strings.HasPrefix(s[1:], "20")):
		return 1
	case run == 3 && strings.HasPrefix(rest, "岁") && s[:3] >= "110":
		return 1
	}
	return 0
}

// genPlaceNext are the characters after which a mask is a place's name
// (武某1县, 黄某甲路, 杨某1圩场: a 圩 is a rural market), unless they start a
// word about a person (王某1市长).
const genPlaceNext = "县市区镇乡村省街路圩"

// genLocNext are words of position after a mask that stand for a
// landmark (金某2下, 金某2的楼梯, 往金某2方向); 下 before a verb or a
// time (王某1下车, 下午) is left out.
var genLocNext = []string{"底下", "楼梯", "方向", "附近", "对面", "旁", "下"}

// genLocVerb follow 下 when it starts a verb or a time, not a position.
const genLocVerb = "车午班楼跪令手岗落达载来去山面"

// locNext says whether s, the text after a mask, starts with a word of
// position (genLocNext).
func locNext(s string) bool {
	for _, w := range genLocNext {
		if strings.HasPrefix(s, w) {
			r, _ := utf8.DecodeRuneInString(s[len(w):])
			return w != "下" || !strings.ContainsRune(genLocVerb, r)
		}
	}
	return false
}

// placeMasks are mask tokens that stand before a place suffix in at
// least half of their occurrences in the document (武某1 written 185
// times as 武某1县 and 18 times alone, 武某1国土房管局): the masker took a
// place for a name, and the token's other occurrences are the place too.
// A bare X某 before 县/市/区/省 is left out: 时任某县 is 时任 + 某县, not 任某.
// The decision reads only the mask tokens and the character after them.
func placeMasks(text string, masks [][]int) map[string]bool {
	total, place, loc := map[string]int{}, map[string]int{}, map[string]int{}
	for _, m := range masks {
		tok := text[m[0]:m[1]]
		total[tok]++
		rest := text[m[1]:]
		if genOrgNext(rest) {
			place[tok]++
			continue
		}
		if locNext(rest) {
			loc[tok]++
			continue
		}
		r, sz := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(genPlaceNext, r) || strings.HasPrefix(rest[sz:], "长") {
			continue
		}
		if m[4] < 0 && strings.ContainsRune("县市区省", r) {
			continue
		}
		place[tok]++
	}
	out := map[string]bool{}
	for tok, n := range total {
		// a word of position alone needs three occurrences: 由慕某对面包车
		// is 慕某 对 面包车
		if (place[tok] > 0 || loc[tok] >= 3) && 2*(place[tok]+loc[tok]) >= n {
			out[tok] = true
		}
	}
	return out
}

// partialMasks are mask tokens always followed by the same Han character
// that starts no phrase after a name (曾某某龙的爸爸 … 曾某某龙的舅舅): the
// mask hides part of a name whose last character the source kept, so
// filling it would make a name the truth cuts in two. A token standing at
// least ten times needs that character after nine in ten of them: one
// stray occurrence (陈某2江虎 64 times, 陈某2、 twice) does not make it whole.
func partialMasks(text string, masks [][]int) map[string]bool {
	next := map[string]map[rune]int{}
	count := map[string]int{}
	for _, m := range masks {
		tok := text[m[0]:m[1]]
		r, _ := utf8.DecodeRuneInString(text[m[1]:])
		if next[tok] == nil {
			next[tok] = map[rune]int{}
		}
		next[tok][r]++
		count[tok]++
	}
	out := map[string]bool{}
	for tok, rs := range next {
		if count[tok] < 2 {
			continue
		}
		for r, n := range rs {
			if n != count[tok] && (count[tok] < 10 || 10*n < 9*count[tok]) {
				continue
			}
			if r >= 0x4e00 && r <= 0x9fff && !strings.ContainsRune(genFollow, r) && !strings.ContainsRune(genNotName, r) {
				out[tok] = true
			}
		}
	}
	return out
}
