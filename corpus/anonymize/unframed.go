package anonymize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// looseNames finds the names of persons written in no frame the other
// readers know: short lists of names alone (listedNames), names after the
// place they live or trade in (placedNames), names the document returns
// to (unframedNames), then the other items of noted lists that hold a
// person (annotatedNames). Each adds what it finds to known.
func looseNames(text string, known map[string]bool) []string {
	out := listedNames(text, known)
	for _, n := range placedNames(text) {
		if !known[n] {
			out = append(out, n)
		}
	}
	for _, n := range out {
		known[n] = true
	}
	for _, n := range unframedNames(text, known) {
		known[n] = true
		out = append(out, n)
	}
	return append(out, annotatedNames(text, known)...)
}

// unframedNames finds names the facts write with no role, list or
// preposition-and-particle frame (……不顾邓利剑的反对搭载邓利剑到…, ，马斯琳出价…),
// from what the whole document says about a candidate: a surname and one
// or two characters that stands, in at least two of its occurrences, where
// a person stands (after a verb that takes a person, 与/和/被/给…, or at a
// clause's start before a verb only a person does, 驾驶/称/证实…), is
// closed there by punctuation, a particle or such a verb, and is seldom the
// start or end of an everyday word. One such occurrence is often a word
// (，黄金的); a person the facts return to fills several.
func unframedNames(text string, known map[string]bool) []string {
	type stat struct {
		n, strong, glued int
	}
	stats := map[string]*stat{}
	var order []string
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if strings.ContainsRune(singleSurnames, r) && !strings.ContainsRune(looseNotSurnames, r) {
			for _, c := range unframedReadings(text[i:]) {
				st := stats[c]
				if st == nil {
					st = &stat{}
					stats[c] = st
					order = append(order, c)
				}
				st.n++
				switch {
				case gluedAt(text, i, i+len(c)):
					st.glued++
				case personAt(text, i, i+len(c)):
					st.strong++
				}
			}
		}
		i += sz
	}
	var out []string
	for _, c := range order {
		st := stats[c]
		once := st.n == 1 && utf8.RuneCountInString(c) == 3 && givenLike(c) && strongOnce(text, c)
		// a candidate glued into a word in a quarter of its occurrences
		// or more is a word's piece; one glued occurrence (后方海被碾压)
		// among several where a person stands is the person read again
		if known[c] || st.glued*4 >= st.n {
			continue
		}
		// most occurrences where a person stands, at least two or one and
		// a given name of common given-name characters; a three-character
		// name with such a character, standing twice so, may stand
		// elsewhere in frames the reader does not know (媒人说吴宝晶要找)
		most := st.strong*2 >= st.n || (st.strong >= 2 && st.strong*3 >= st.n && utf8.RuneCountInString(c) == 3 && givenLike(c))
		if !once && (st.n < 2 || !most || (st.strong < 2 && (st.strong < 1 || !givenLike(c)))) {
			continue
		}
		if !unframedShape(text, c) || extendsKnown(c, known) || (!once && runsOn(text, c)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// unframedReadings are the two- and three-character readings of a name at
// the start of s: a surname and one or two Han characters that are no mask.
func unframedReadings(s string) []string {
	ends := runeEnds(s, 3)
	var out []string
	for k := 1; k < len(ends); k++ {
		r, _ := utf8.DecodeRuneInString(s[ends[k-1]:])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("某×的了是在等", r) {
			break
		}
		out = append(out, s[:ends[k]])
	}
	return out
}

// unframedShape rejects readings that are words, places, organisations,
// titles, or a two-character name's reading run on into the next verb.
func unframedShape(text, c string) bool {
	rs := []rune(c)
	if wordSet[c] || (len(rs) == 3 && wordSet[string(rs[:2])]) || titled(rs) || opensNotName(c) || orgSuffixRe.MatchString(c) || placeEnd(c) || isPlace(text, c) {
		return false
	}
	last := rs[len(rs)-1]
	if strings.ContainsRune(placeAfter+"案组", last) {
		return false
	}
	if len(rs) == 3 && (strings.ContainsRune(stopGiven, last) || strings.ContainsRune(postName, last) || unframedVerb(last)) {
		return false // 李剑来到, 刘涛带: the verb after a two-character name
	}
	if len(rs) == 2 && (strings.ContainsRune(stopGiven, last) || unframedVerb(last)) {
		return false // 马后, 杨说, 宋退: a surname character and a verb or particle
	}
	if len(rs) == 3 && strings.ContainsRune(stopGiven, rs[1]) && (!punctAfterSomewhere(text, c) || punctAfterSomewhere(text, string(rs[:2]))) {
		return false // 夏冒仔 is closed as a whole somewhere; 王峰原系 is not
	}
	if len(rs) == 3 && unframedTitles[string(rs[1:])] {
		return false // 陈区长, 彭医生
	}
	if len(rs) == 3 && wordSet[string(rs[1:])] {
		// 邓利剑: a given name that is a word (利剑) is a name only where
		// the document writes the word mostly inside it
		whole, given := strings.Count(text, c), strings.Count(text, string(rs[1:]))
		return whole*3 >= given*2
	}
	return true
}

// unframedTitles address someone by post or trade after a surname.
var unframedTitles = map[string]bool{"医生": true, "区长": true, "市长": true, "木匠": true, "大夫": true, "护士": true, "司机": true, "律师": true, "法官": true, "警官": true, "师父": true, "同志": true, "教授": true, "老师": true}

// extendsKnown says whether c is a name already found with a character
// glued on (夏伟予以收受 read 夏伟予) or the start of one.
func extendsKnown(c string, known map[string]bool) bool {
	for k := range known {
		if k != c && (strings.HasPrefix(c, k) || strings.HasPrefix(k, c) || strings.HasSuffix(k, c)) {
			return true
		}
	}
	return false
}

// runsOn says whether every occurrence of c is followed, or every one
// preceded, by the same Han character: the name then runs on (陈应和,
// 宋连和) or c is the tail of a longer one (向陈陈), not a unit.
func runsOn(text, c string) bool {
	var next, prev rune = -1, -1
	sameNext, samePrev := true, true
	for i := 0; ; {
		j := strings.Index(text[i:], c)
		if j < 0 {
			return (sameNext && next > 0) || (samePrev && prev > 0)
		}
		p, _ := utf8.DecodeLastRuneInString(text[:i+j])
		i += j + len(c)
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.Han, r) || (next > 0 && r != next) {
			sameNext = false
		}
		if !unicode.Is(unicode.Han, p) || (prev > 0 && p != prev) {
			samePrev = false
		}
		next, prev = r, p
	}
}

// gluedAt says whether the reading text[s:e] is part of an everyday word:
// the character before it makes a word with its first, or its last makes
// one with the character after it.
func gluedAt(text string, s, e int) bool {
	if p, psz := utf8.DecodeLastRuneInString(text[:s]); psz > 0 && unicode.Is(unicode.Han, p) {
		f, fsz := utf8.DecodeRuneInString(text[s:])
		if wordSet[string(p)+string(f)] {
			return true
		}
		if _, f2 := utf8.DecodeRuneInString(text[s+fsz:]); wordSet[string(p)+text[s:s+fsz+f2]] {
			return true
		}
	}
	l, _ := utf8.DecodeLastRuneInString(text[s:e])
	if n, nsz := utf8.DecodeRuneInString(text[e:]); nsz > 0 && unicode.Is(unicode.Han, n) {
		if wordSet[string(l)+string(n)] && !prefixedBy(unframedPost...)(text[e:]) {
			return true
		}
		if wordSet[text[s:e]+string(n)] {
			return true // 海洛因
		}
	}
	return false
}

// unframedPre end a verb or preposition that takes a person as its object
// (不顾邓利剑的, 压着邓利剑，, 与黄力争进行).
var unframedPre = []string{"与", "和", "跟", "同", "被", "让", "叫", "找", "给", "把", "对", "向", "帮", "请", "及", "由", "将", "问", "喊", "约", "陪", "告诉", "通知", "联系", "殴打", "雇佣", "委托", "介绍", "认识", "看见", "遇见", "发现", "带着", "帮助", "陪同", "伙同", "协助", "邀请", "安排", "指使", "威胁", "打伤", "砍伤", "刺伤", "撞倒", "撞伤", "搭载", "压着", "亲吻", "堵截", "举报", "揭发", "检举", "收受", "容留", "强奸", "猥亵", "强迫", "胁迫", "拘禁", "绑架", "看管", "控制", "雇请", "聘请", "找到", "通过", "要求", "得知", "听说", "见到", "不顾", "抓揉", "抱住", "拉着", "扶着", "踢", "推", "打"}

// unframedPost start what a person does or suffers after being named at
// a clause's start or as an object (邓利剑到…, 马斯琳出价, 方海倒地).
var unframedPost = []string{"驾驶", "驾车", "开车", "持", "称", "供述", "证实", "证明", "陈述", "辩称", "打电话", "告诉", "要求", "让", "叫", "带", "把", "对", "与", "和", "因", "被", "也", "又", "就", "便", "则", "已", "还", "没有", "未", "不", "去", "来", "回", "找", "用", "拿", "从", "家", "等人", "等", "系", "即", "遂", "再", "都", "均", "共同", "一起", "负责", "经营", "承包", "出资", "签订", "签字", "报案", "报警", "介绍", "联系", "同意", "提出", "提供", "交给", "收到", "借款", "购买", "出售", "知道", "认识", "决定", "安排", "指使", "随后", "先后", "当场", "在场", "死亡", "受伤", "倒地", "摔倒", "相撞", "到", "在", "将", "向", "给", "跟", "说", "出价", "推荐", "见", "问", "答应", "表示", "接", "送", "打", "于", "的"}

// personAt says whether the reading text[s:e] stands where a person
// stands: after a verb that takes a person, or at a clause's start, and
// followed by what closes a name or a person's verb.
func personAt(text string, s, e int) bool {
	before := text[:s]
	p, _ := utf8.DecodeLastRuneInString(before)
	pre := 0 // 1: clause start, 2: a verb taking a person
	switch {
	case s == 0 || strings.ContainsRune("，。；：、（“ \n", p):
		pre = 1
	default:
		for _, w := range unframedPre {
			if strings.HasSuffix(before, w) {
				pre = 2
				break
			}
		}
	}
	if pre == 0 {
		return false
	}
	after := text[e:]
	n, _ := utf8.DecodeRuneInString(after)
	closed := after == "" || strings.ContainsRune("，。；：、）”", n)
	if pre == 2 && closed {
		return true
	}
	return prefixedBy(unframedPost...)(after)
}

// strongOnce says whether the one occurrence of c stands after a verb
// that takes a person and before punctuation or a person's verb.
func strongOnce(text, c string) bool {
	i := strings.Index(text, c)
	before, after := text[:i], text[i+len(c):]
	pre := false
	for _, w := range unframedPre {
		if strings.HasSuffix(before, w) {
			pre = true
			break
		}
	}
	n, _ := utf8.DecodeRuneInString(after)
	last, _ := utf8.DecodeLastRuneInString(c)
	p2 := []rune(before[max(0, len(before)-6):])
	if len(p2) == 2 && wordSet[string(p2)+c[:3]] {
		return false // 共和国凤凰: 国 ends 共和国
	}
	return pre && strings.ContainsRune(givenChars, last) && (strings.ContainsRune("，。；：、）”", n) || prefixedBy(unframedPost...)(after))
}

// unframedVerb says whether r is a one-character verb or particle of
// unframedPost, or 退: it follows a name rather than ending one.
func unframedVerb(r rune) bool {
	if r == '退' {
		return true
	}
	for _, w := range unframedPost {
		if w == string(r) {
			return true
		}
	}
	return false
}

// postNames finds names a post introduces with no role word of
// personCueRe: after a head's title (titledNames) or a post said to be
// someone (isNames).
func postNames(text string) []string {
	return append(titledNames(text), isNames(text)...)
}

// headTitles are posts ending in 长 and the like that personCueRe lacks
// (副市长刘海, 董事长刘绪良同意, 家长程小伟的见证); the bench's and the
// procuratorate's own heads (审判长, 庭长, 院长, 检察长) are not among them.
// A head is named at once after the title or after 为/是, and a name of
// two characters after it needs no common given-name character.
var headTitles = []string{"市长", "县长", "区长", "镇长", "乡长", "村长", "组长", "队长", "厂长", "校长", "处长", "部长", "董事长", "社长", "理事长", "会长", "班长", "场长", "矿长", "家长", "主席", "总裁", "总监", "副总", "行长", "局长", "科长", "所长", "站长"}

// titledNames finds a name right after a post, kin word or title that
// personCueRe lacks (roleEnds, headTitles), or after a head's title and
// 为/是 (现任行长为…): closed at once by punctuation, a particle or a list
// separator, or read by titledAt. A two-character name after a post that
// is no head's title needs a common given-name character (业务员发现 is
// no name).
func titledNames(text string) []string {
	var out []string
	for _, t := range slices.Concat(roleEnds, []string{"主席", "总裁"}) {
		for i := range after(text, t) {
			before := text[:i]
			if benchBefore(before) {
				continue // 书 记员陈婷, 审判长: names the rules keep
			}
			head := slices.ContainsFunc(headTitles, func(h string) bool { return strings.HasSuffix(before, h) })
			if head {
				if b := text[max(0, i-len(t)-24) : i-len(t)]; strings.Contains(b, "代表") || strings.Contains(b, "负责人") {
					continue // 法定代表人、董事长为…: a name the rules keep
				}
				if strings.HasPrefix(text[i:], "为") || strings.HasPrefix(text[i:], "是") {
					i += len("为")
				}
			}
			n := boundedAt(text[i:], roleClosed)
			if n == "" || isPlace(text, n) || wordName(text, n) || (!givenLike(n) && !unframedShape(text, n)) {
				// 镇长麦路水电路口: a road, no name. After a post that is
				// no head's title, a name closed by a verb needs a common
				// given-name character (男子戴口罩, 保安扶起靠在…)
				if n = titledAt(text, i); n != "" && !head && !givenLike(n) {
					n = ""
				}
			}
			if n == "" || (!head && utf8.RuneCountInString(n) == 2 && !givenLike(n)) {
				if n = postClosedAt(text, i, t); n == "" {
					continue
				}
			}
			out = append(out, n)
		}
	}
	for _, u := range unitEnds {
		for i := range after(text, u) {
			if n := boundedAt(text[i:], listClosed); n != "" && unframedShape(text, n) && !wordName(text, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// unitEnds are departments and working groups a staff member is listed
// under (纪检监察组王轶仁、, 经管部许灿、, 核查组陈娟、, 该大队丁玠文、).
var unitEnds = []string{"监察组", "核查组", "调查组", "专案组", "工作组", "领导组", "经管部", "财务部", "技术部", "行政部", "管理部", "网络部", "风控部", "项目部", "销售部", "业务部", "市场部", "办公室", "大队", "中队"}

// listClosed says whether s starts with 、 or ，: the name of a unit's
// member stands alone in a list, never run on into a verb.
var listClosed = prefixedBy("、", "，")

// clauseClosed and joinClosed close a name read after a post: a clause's
// punctuation after two characters, 和/及/与 after three (postClosedAt).
var (
	clauseClosed = prefixedBy("，", "。", "、", "；", "：")
	joinClosed   = prefixedBy("和", "及", "与")
)

// postClosedAt reads at byte i, after a post (t, one of closedPosts), a
// name whose given name is uncommon: two characters closed by a clause's
// punctuation (测试工程师田弯，, 团队主管李佩，), or three closed by 和/及/与
// (管家潘冠晋和主任, 信用社会计孔海峰及工作人员). Such posts name a person
// next; a word they run into (主管部门，) is left to unframedShape.
func postClosedAt(text string, i int, t string) string {
	if !slices.Contains(closedPosts, t) {
		return ""
	}
	ends := runeEnds(text[i:], 4)
	if len(ends) < 3 {
		return ""
	}
	var n string
	switch rest := text[i+ends[1]:]; {
	case clauseClosed(rest):
		n = text[i : i+ends[1]]
	case len(ends) == 4 && joinClosed(text[i+ends[2]:]):
		n = text[i : i+ends[2]]
	default:
		return ""
	}
	if subjectName(n) != n || !unframedShape(text, n) || wordName(text, n) {
		return ""
	}
	return n
}

// closedPosts are the posts of roleEnds held in a workplace; kin words and
// words for a bystander (女子左胸，, 大哥林虎) are left out: a body part or a
// common name follows them as often as a person.
var closedPosts = []string{"书记", "主任", "经理", "老总", "副总", "会计", "总监", "主管", "领导", "工程师", "管家", "包工头", "村文书", "合伙人", "主编"}

// titledAt reads the name at byte i after a head's post: three characters
// when the third makes no word with what follows (刘涛询问 is 刘涛), two
// when a clause's punctuation, a particle, a person's verb or a digit
// follows; never the start of a firm (区长吉基础工程部).
func titledAt(text string, i int) string {
	ends := runeEnds(text[i:], 3)
	for k := len(ends) - 1; k >= 1; k-- {
		e := i + ends[k]
		n := subjectName(text[i:e])
		if n != text[i:e] {
			continue
		}
		after := text[e:]
		r, _ := utf8.DecodeRuneInString(after)
		closed := roleClosed(after) || unicode.IsDigit(r) || prefixedBy(unframedPost...)(after) || strings.HasPrefix(after, "为") || (k == 2 && wordAt(after) != "")
		l, _ := utf8.DecodeLastRuneInString(n)
		if k == 2 && wordSet[string(l)+string(r)] {
			continue // 刘涛询问, 潘毅联系
		}
		if k == 2 && strings.ContainsRune(wholeThirds, l) && (roleClosed(after) || (prefixedBy(unframedPost...)(after) && !conjunctionNext(after))) {
			// 县长朱佐和也批示: a character that often joins or follows a
			// name (和, 从, 委) ends this one when what comes next is what a
			// person does, not another party
			if !wordName(text, n) && !isPlace(text, n) && !orgSuffixRe.MatchString(n) {
				return n
			}
		}
		if k == 1 && len(ends) == 3 && punctAfterSomewhere(text, text[i:i+ends[2]]) {
			return "" // 陈厚文为首 with 陈厚文， elsewhere: the name has three
		}
		if !closed {
			continue
		}
		if orgSuffixRe.MatchString(n+text[e:min(len(text), e+9)]) || strings.Contains(text[e:min(len(text), e+18)], "工程") {
			return ""
		}
		if !unframedShape(text, n) || wordName(text, n) {
			return ""
		}
		return n
	}
	return ""
}

// pairTail follows a short list of persons: 等人, a count of persons, a
// couple, what they did together (余毅、李晓蕾、陈婧三方签订, 李俊宏夫妻借款),
// or what witnesses give (尹鸣、陈波出具的《说明》, 莫荣荣、卢靖证实).
var pairTail = prefixedBy("等人", "等", "二人", "两人", "三人", "四人", "三方", "双方", "夫妻", "夫妇", "共同", "一起", "签订", "合议", "商定", "协商", "商量", "合伙", "均", "分别", "的证言", "的陈述", "的供述", "的询问", "的辨认", "出具的", "证实", "供述", "陈述", "辨认")

// listedNames finds names in a 、 list none of whose items is known yet:
// every item reads whole as a name with a common given-name character or
// as a three-character name that is no word, and the list is closed by
// what follows persons (pairTail) or has three items or more and ends at
// punctuation. The last item is cut where such a tail starts.
func listedNames(text string, known map[string]bool) []string {
	var out []string
	for _, m := range listRunRe.FindAllStringIndex(text, -1) {
		items := strings.Split(text[m[0]:m[1]], "、")
		first := trimLead(text, items[0])
		lead := m[0] + len(items[0]) - len(first)
		items[0] = first
		if !listOpens(text[:lead]) {
			continue // 李桂凤、 read 桂凤: the list's first name is cut
		}
		last := items[len(items)-1]
		end := m[1]
		tailed := false
		for _, k := range runeEnds(last, 5)[1:] {
			if pairTail(last[k:] + text[end:]) {
				items[len(items)-1], tailed = last[:k], true
				break
			}
		}
		if !tailed {
			if r, _ := utf8.DecodeRuneInString(text[end:]); len(items) < 3 || !strings.ContainsRune("，。；：（", r) {
				continue
			}
		}
		ok, like := true, 0
		for _, it := range items {
			if !listedItem(text, it) {
				ok = false
				break
			}
			if givenLike(it) {
				like++
			}
		}
		if !ok || like*2 < len(items) {
			continue // 白芍、海口: half the items at least look like given names
		}
		for _, it := range items {
			if !known[it] {
				out = append(out, it)
			}
		}
	}
	return out
}

// listRunRe is a run of short items joined by 、.
var listRunRe = regexp.MustCompile(`\p{Han}{2,5}(?:、\p{Han}{2,5})+`)

// listedItem says whether a list item reads whole as a person's name:
// a surname that is no preposition and one or two given characters, the
// last no verb or pronoun, and no word, place, organisation or title.
func listedItem(text, it string) bool {
	n, ok := nameFrom(it)
	if (!ok || n != it) && !wholeName(text, it) {
		return false
	}
	rs := []rune(it)
	last := rs[len(rs)-1]
	if strings.ContainsRune(looseNotSurnames, rs[0]) || strings.ContainsRune(stopGiven+"这那", last) || unframedVerb(last) {
		return false // 向郭涛, 但宋伦, 张莉这
	}
	return !wordSet[it] && !(len(rs) == 3 && (wordSet[string(rs[:2])] || unframedTitles[string(rs[1:])])) && !titled(rs) && !isPlace(text, it) && !placeEnd(it) && !orgSuffixRe.MatchString(it) && !opensNotName(it)
}

// listOpens says whether the text before a list's first name ends where
// a name may start: punctuation, a verb that takes a person, 是 or 为.
func listOpens(before string) bool {
	p, _ := utf8.DecodeLastRuneInString(before)
	if before == "" || !unicode.Is(unicode.Han, p) || p == '是' || p == '为' {
		return true
	}
	return slices.ContainsFunc(unframedPre, func(w string) bool { return strings.HasSuffix(before, w) })
}

// isNouns are posts and relations a clause names with 是/为 (背后老板是谭永才，,
// 财务是白雨尧。, 姓名为唐天元的), beside isCues' 人是/人为.
var isNouns = []string{"老板", "财务", "会计", "出纳", "经理", "领导", "老总", "客服", "股东", "司机", "店主", "老公", "老婆", "丈夫", "妻子", "朋友", "名字", "姓名", "真名", "上线", "下线", "总监", "主管", "员工"}

// isNames finds the name a post or relation is said to be, closed by
// punctuation, a particle, a list separator or a person's verb.
func isNames(text string) []string {
	var out []string
	post := func(s string) bool { return roleClosed(s) || prefixedBy(unframedPost...)(s) }
	for _, noun := range isNouns {
		for _, v := range []string{"是", "为", "叫"} {
			for i := range after(text, noun+v) {
				n := boundedAt(text[i:], post)
				if n == "" || !unframedShape(text, n) || wordName(text, n) {
					continue
				}
				if r, _ := utf8.DecodeLastRuneInString(n); utf8.RuneCountInString(n) == 3 && unframedVerb(r) {
					continue
				}
				out = append(out, n)
			}
		}
	}
	return out
}
