package anonymize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// openerNames finds a name that opens a clause as its subject, written
// nowhere with a role the other readers know (，王继承持铁锨挖开…, 同日，王天珍
// 拨打电话报警, 。胡义和不想放弃…): a clause mark before it and, after it, a
// verb only a person does (openerPost). After an expert's finding the
// person's injury or blood follows instead (经法医鉴定，何继业身体的损伤…).
func openerNames(text string, known map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
		if !strings.ContainsRune(openerBefore, r) {
			continue
		}
		post := openerPost
		if foundAfter(text[:i-sz]) {
			post = injuryPost
		}
		if n := verbBounded(text, i, post); n != "" && !known[n] && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// openerBefore ends the clause before a subject.
const openerBefore = "，。；：\n"

// openerPost start what only a person does at a clause's start: act on
// something (将, 持, 拿着), speak or call (拨打, 告诉, 报警), decide or
// agree (不想, 同意, 提出), or meet and deal with others (伙同, 联系, 委托).
var openerPost = prefixedBy("将", "持", "拿着", "拿", "携带", "带着", "拨打", "打电话", "电话联系", "联系", "告诉", "报警", "报案", "不想", "不许", "不认识", "没有去过", "同意", "提出", "表示", "明确告知", "委托", "挂靠", "伙同", "共带", "归还", "退还", "酒后", "醉酒", "殴打", "阻碍", "便与", "代其", "驾车", "驾驶", "骑", "路遇", "听见", "看见", "见状", "配合", "独自", "找人", "信以为真", "谎称", "冒充", "先后", "遂", "办理", "跟我", "叫其", "与被告人", "与被害人", "对被告人", "对被害人", "被公安", "被民警", "被抓获", "经医院抢救", "经抢救", "经多次", "及辩护人", "及其辩护人", "及其妻子", "及其丈夫", "及其家属", "无责任", "负事故", "承担事故", "伤情为", "伤情构成", "的伤情", "系本案", "母亲", "父亲", "妻子", "丈夫", "儿子", "女儿")

// injuryPost follow a person an expert's finding names (经鉴定，李靖左上肢损伤,
// 经法医鉴定，何继业身体的损伤, 经鉴定，程冒仔血液中乙醇含量).
var injuryPost = prefixedBy("的伤情", "伤情", "之损伤", "的损伤", "损伤", "身体", "血液", "的血液", "受伤", "头部", "面部", "鼻部", "胸部", "腹部", "背部", "左", "右")

// foundAfter says whether before ends with an expert's finding and its
// mark (经鉴定，, 经法医学鉴定：).
func foundAfter(before string) bool {
	return strings.HasSuffix(before, "鉴定") || strings.HasSuffix(before, "鉴定所鉴定")
}

// verbBounded reads at byte s the shortest name that post closes: a
// surname and one or two Han characters (two or three after a compound
// surname). Bounded by the verb, the reading may hold a character that
// stops names elsewhere (王继承将, 刘承信分钱) when the document writes the
// three characters as one name (wholeSomewhere); it must be no everyday
// word, title, place or firm.
func verbBounded(text string, s int, post func(string) bool) string {
	sur, surLen := 1, 0
	if len(text)-s >= 6 && compoundSurnames[text[s:s+6]] {
		sur, surLen = 2, 6
	} else if r, sz := utf8.DecodeRuneInString(text[s:]); strings.ContainsRune(singleSurnames, r) {
		surLen = sz
	} else {
		return ""
	}
	if post(text[s+surLen:]) {
		return "" // 与李发生争吵, 汪遂拿起: the person is named by surname alone
	}
	ends := runeEnds(text[s:], sur+2)
	for k := sur; k < len(ends); k++ {
		r, _ := utf8.DecodeLastRuneInString(text[s : s+ends[k]])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("某×的了是在等姓氏家", r) {
			return ""
		}
		n := text[s : s+ends[k]]
		if !post(text[s+ends[k]:]) {
			continue
		}
		if k+1 < len(ends) {
			// 其与罗小约定了时间 beside 证人罗小约，: the longer reading the
			// document closes is the name, the verb only looked like one
			if n3 := text[s : s+ends[k+1]]; punctAfterSomewhere(text, n3) && !closedSomewhere(text, n) && verbShape(text, n3, sur) {
				return n3
			}
		}
		if verbShape(text, n, sur) {
			return n
		}
		return ""
	}
	return ""
}

// verbShape says whether n, bounded by a verb, has a name's shape.
func verbShape(text, n string, sur int) bool {
	rs := []rune(n)
	given := rs[sur:]
	stops, common := false, true
	for _, r := range given {
		if strings.ContainsRune(openerNotGiven, r) {
			return false
		}
		if strings.ContainsRune(stopGiven+placeAfter, r) {
			if !strings.ContainsRune(openerStops, r) {
				return false
			}
			stops = true
		}
		common = common && strings.ContainsRune(givenChars, r)
	}
	if strings.ContainsRune(looseNotSurnames+wordEnd, rs[0]) && sur == 1 && (stops || !common) {
		return false // 于当日将, 同时将: a preposition or a word's start, unless a name's characters follow (于霞叫其)
	}
	if stops && (len(given) < 2 || !wholeSomewhere(text, n)) {
		return false
	}
	if strings.ContainsRune("市县区省镇村乡案组", rs[len(rs)-1]) {
		return false // 刘圈村至丁圈村之间: a village
	}
	if len(rs) == 3 && rs[2] == rs[0] {
		return false // 边爬边拿出: 边…边 joins two acts
	}
	if wordSet[n] || (len(rs) == 3 && sur == 1 && wordSet[string(rs[:2])]) || (len(rs) == 3 && wordSet[string(rs[1:])] && wordName(text, n)) {
		return false
	}
	return !titled(rs) && !opensNotName(n) && !orgSuffixRe.MatchString(n) && !placeEnd(n) && !isPlace(text, n) && !orgSomewhere(text, n) && !gluedEverywhere(text, n)
}

// openerNotGiven are verbs and prepositions that join a surname used
// alone to the act (石替马将欠款偿还: 石 pays for 马).
const openerNotGiven = "替帮要想让叫跟"

// openerStops are the stop characters a verb-bounded name may hold: ones
// common in given names (王继承, 刘承信, 张之宏, 程冒仔, 徐忠路, 沈本昆), not
// pronouns or verbs (袁要他将, 邓说他将).
const openerStops = "向承信委之冒又其路本经"

// wholeSomewhere says whether the three characters n, the last of which
// (or the middle) stops names elsewhere, are one name in the document: it
// closes n and never its first two (王继承、白新茗), or writes n at least
// twice and its first two never without the third (胡义和拿着…胡义和不想…).
func wholeSomewhere(text, n string) bool {
	rs := []rune(n)
	n2 := string(rs[:len(rs)-1])
	if closedSomewhere(text, n2) {
		return false
	}
	c := strings.Count(text, n)
	return closedSomewhere(text, n) || (c >= 2 && strings.Count(text, n2) == c)
}
