package anonymize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// strongRoles are a person's part in the case that the facts write right
// before the person's full name and before no everyday word that opens
// with a surname character, except the few notNames and wordSet hold
// (被告人明知, 被告人利用, 被害人陈述).
var strongRoles = []string{"被告人", "被害人", "自诉人", "案外人", "失主", "行为人", "罪犯", "证人", "上诉人", "被上诉人", "犯罪嫌疑人", "同案犯", "受害人", "报案人"}

// stoppedGiven are stop characters common as a given name's first
// character (董之宏, 戴时田, 于其雷, 程付兰, 黄向阳, 杨本昆, 孙承枝, 张冒仔,
// 郑前进, 李自强, 马转民, 徐回力, 林上庆, 苏经辉): after a strong role no
// word but those the checks below refuse opens with a surname and one of
// them.
const stoppedGiven = "之其时付本前向承自冒转回上经"

// adverbGiven are stoppedGiven-like adverbs (张又飞, 周再田) that start a
// verb as often (王又来到): the name's second given character must then be
// a common one.
const adverbGiven = "又再"

// stoppedLast are place characters that end given names (周忠路, 韦航路,
// 叶中州, 梁旗) and, after a strong role, no person's two-character name
// and a verb, as 向, 信 and 从 do (张勇向被害人, 胡雷信以为真, 王晨从被告人).
const stoppedLast = "路州旗之"

// subjectNext start what follows the person a strong role names as a
// clause's subject: where, when or how the person acted, or punctuation
// (被告人董之宏在…, 被告人陈时田被公安民警抓获, 原审被告人张之宏因本案,
// 被告人程付兰之行为, 被告人杨本昆承担事故的全部责任, 被告人胡义和主动投案).
const subjectNext = "在至到因被以将把与及系对从向等的之、，。；：（"

// subjectNextWords are verbs a person's name is followed by after a role.
var subjectNextWords = prefixedBy("明知", "得知", "主动", "驾驶", "醉酒", "伙同", "承担", "供述", "辩称", "归案", "到案", "投案", "自动", "无异议", "停放", "犯")

// stoppedName reads, right after a strong role, a three-character name
// holding a character nameFrom stops at (stoppedGiven first, stoppedLast
// last), which nothing else reads since the shorter reading stops there
// too: the role bounds it on the left, and what follows a person's name
// as the subject of a clause on the right (subjectNext). The surname may
// not be one that more often starts a word (于当日, 时任), nor the
// surname and first given character make a word (陈述其在, 利用其在); the
// given name holds no particle or mask.
func stoppedName(text string, i int) string {
	if !strongRoleBefore(text[:i]) {
		return ""
	}
	ends := runeEnds(text[i:], 3)
	if len(ends) < 3 {
		return ""
	}
	n := text[i : i+ends[2]]
	rs := []rune(n)
	if !strings.ContainsRune(singleSurnames, rs[0]) || (strings.ContainsRune(looseNotSurnames+wordEnd, rs[0]) && !strings.HasPrefix(n, "于其")) {
		return "" // 于当日, 时任, 向其; 于其雷 is a name, 于其 no word before 在 or 、
	}
	for k, r := range rs[1:] {
		if !unicode.Is(unicode.Han, r) || (strings.ContainsRune(cuedNotGiven+"某×", r) && (k > 0 || !strings.ContainsRune(adverbGiven, r))) {
			return ""
		}
	}
	stop := func(r rune) bool { return strings.ContainsRune(stopGiven+placeAfter, r) }
	switch {
	case strings.ContainsRune(adverbGiven, rs[1]):
		if !strings.ContainsRune(givenChars, rs[2]) || stop(rs[2]) {
			return ""
		}
	case stop(rs[1]):
		if !strings.ContainsRune(stoppedGiven, rs[1]) || (stop(rs[2]) && !strings.ContainsRune(stoppedLast, rs[2])) {
			return ""
		}
	case rs[2] == '镇':
		// 被告人赵国镇、王瑾: closed at once, 镇 ends the name, not a place
		if !listClosed(text[i+ends[2]:]) {
			return ""
		}
	case stop(rs[2]):
		if !strings.ContainsRune(stoppedLast, rs[2]) {
			return ""
		}
	default:
		return "" // no stop: nameFrom reads it
	}
	rest := text[i+ends[2]:]
	if r, sz := utf8.DecodeRuneInString(rest); !strings.ContainsRune(subjectNext, r) && !subjectNextWords(rest) && !(r == '于' && postAmount(rest[sz:])) {
		return ""
	}
	if wordSet[n] || wordSet[string(rs[:2])] || titled(rs) || orgSuffixRe.MatchString(n) || opensNotName(n) || isPlace(text, n) {
		return ""
	}
	return n
}

// strongRoleBefore says whether before ends with one of strongRoles.
func strongRoleBefore(before string) bool {
	for _, r := range strongRoles {
		if strings.HasSuffix(before, r) {
			return true
		}
	}
	return false
}

// cuedThird is the three-character name a strong role read (strongRead)
// where n, a two-character reading of the same person found elsewhere, is
// followed everywhere by that name's third character (上诉人杨新如 beside
// 其与杨新如是合作取款, where a looser reader took 杨新): the role reads the
// whole name, and no occurrence of n stands without its third character.
func cuedThird(text, n string, strongRead map[string]bool) string {
	if utf8.RuneCountInString(n) != 2 || len(n) >= 6 && compoundSurnames[n[:6]] {
		return ""
	}
	var third rune
	for i := range after(text, n) {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if third != 0 && r != third || !unicode.Is(unicode.Han, r) {
			return ""
		}
		third = r
	}
	n3 := n + string(third)
	if third == 0 || !strongRead[n3] || wordSet[n3] || isPlace(text, n3) {
		return ""
	}
	return n3
}
