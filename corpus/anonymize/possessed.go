package anonymize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ownedMarks follow a person's name as the holder of an account, a card,
// a name used in a dealing or a home (落户在叶谦名下, 以蒋丹丹的名义,
// 向邓臣标的账户转支, 用余季龙的身份证, 到徐菊霞家里): only a person or a
// firm holds them, and a firm's name does not read as a surname and one or
// two given characters.
var ownedMarks = []string{"名下", "的名义", "名义", "的账户", "的帐户", "账户", "帐户", "的银行卡", "的身份证", "身份证号", "的家中", "家中", "家里", "的家里"}

// ownedBefore may stand right before such a holder's name: prepositions
// that put a person there (在, 以, 向, 用, 到…) and punctuation.
const ownedBefore = "在以向由到从给帮替用将把对与和跟及是为、，,：:。；;（(“\" \n"

// possessedNames finds the holders of ownedMarks. Bounded by a
// preposition or punctuation on the left and the mark on the right, the
// name may have uncommon given characters (叶谦, 邓臣标); it must read as a
// surname and given characters that are no everyday word, place or firm.
func possessedNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, mark := range ownedMarks {
		for i := range after(text, mark) {
			if n := ownerEndingAt(text, i-len(mark)); n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	for _, n := range possessorNames(text) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// ownerEndingAt reads the holder's name ending at byte e, the longer
// reading first, when an ownedBefore character stands right before it.
func ownerEndingAt(text string, e int) string {
	starts := runeStarts(text, e, 4)
	for k := len(starts) - 1; k >= 1; k-- {
		s := starts[k]
		if k == 3 && !compoundSurnames[text[s:min(s+6, e)]] {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		if s > 0 && !strings.ContainsRune(ownedBefore, before) {
			continue
		}
		n := text[s:e]
		if subjectName(n) != n || strings.ContainsRune(looseNotSurnames, []rune(n)[0]) {
			continue
		}
		if wordName(text, n) || isPlace(text, n) || placeEnd(n) || orgSuffixRe.MatchString(n) || strings.HasSuffix(n, "家") {
			continue
		}
		return n
	}
	return ""
}

// possessorNames finds a name written before 的 and what a person has,
// says or is to others (出示了李红英的报案材料, 借用龚健安的房子, 接到陈永博的
// 电话, 将李旗的微信拉黑): the particle closes the name as punctuation
// does. A single surname and two given characters are read after any
// character that is no surname, or after a preposition, punctuation or a
// verb that takes a person (possessorBefore); a two-character reading
// only after the latter, since it is as often a word's tail or a name and
// its verb (王娟买的). The reading must be no everyday word, place, firm or
// title.
func possessorNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	for i := range after(text, "的") {
		if !possessedAfter(text[i:]) {
			continue
		}
		if n := possessorEndingAt(text, i-len("的")); n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// possessedAfter start what a person has, says or is to others after
// the person's name and 的: a statement, a phone, a home or vehicle, an
// account, a consent or urging, a relative, a body part or an injury. A
// word or a place before 的 is seldom followed by these (的事实, 的方式,
// 的请示, 的目的).
var possessedAfter = prefixedBy("证言", "陈述", "供述", "辩解", "证词", "笔录", "报案", "报警", "电话", "手机", "微信", "电脑", "钱包", "房子", "房屋", "房间", "住处", "住所", "住宅", "家", "店", "车", "轿车", "货车", "面包车", "摩托", "农用车", "账户", "帐户", "银行", "农行", "工行", "建行", "邮政", "名下", "名字", "名义", "身份", "见证", "要求", "提议", "鼓动", "带领", "指使", "授意", "安排", "同意", "介绍", "邀请", "委托", "妻", "丈夫", "老公", "老婆", "儿子", "女儿", "长子", "次子", "父", "母", "哥", "弟", "姐", "妹", "叔", "侄", "孙", "朋友", "同学", "同事", "客户", "下线", "上线", "司机", "人身", "头部", "脸部", "面部", "损伤", "伤情", "尸体", "血", "DNA", "指纹", "签名", "笔迹", "论文", "画", "字画", "作品", "答辩", "位于", "行人道", "街上", "办公室", "施工队", "财物", "钱款", "借款", "欠款", "工资", "违法所得", "喜酒", "信任", "谅解", "指示", "催促", "反抗", "拒绝", "追债", "阴部", "胸部", "乳房", "臀部", "下体", "左脸", "右脸", "鼻子", "头发", "衣裤", "裤子", "裤腰", "内裤", "衣服", "嘴", "电动", "自行车", "挎包", "背包", "单肩包", "租房", "出租房", "出租屋", "住房", "卧室", "仓库", "院落", "床上", "枕头", "表弟", "表叔", "表哥", "表姐", "表妹", "注意力", "证件", "账号", "帐号", "医疗费")

// possessorEndingAt reads the name ending at byte e, three characters
// first, or "".
func possessorEndingAt(text string, e int) string {
	starts := runeStarts(text, e, 3)
	for k := len(starts) - 1; k >= 1; k-- {
		if n := possessorAt(text, starts[k], e); n != "" {
			return n
		}
	}
	return ""
}

// possessorAt reads text[s:e] as a possessor's name of two or three
// characters, or "".
func possessorAt(text string, s, e int) string {
	n := text[s:e]
	rs := []rune(n)
	if !strings.ContainsRune(singleSurnames, rs[0]) || strings.ContainsRune(looseNotSurnames+wordEnd, rs[0]) || compoundSurnames[string(rs[:2])] {
		return ""
	}
	for _, r := range rs[1:] {
		if !unicode.Is(unicode.Han, r) || r == '某' || r == '×' || strings.ContainsRune(stopGiven, r) || strings.ContainsRune(placeAfter, r) || unframedVerb(r) {
			return ""
		}
	}
	strict := possessorBefore(text[:s], rs[0])
	if strings.ContainsRune(possessorVerbs, rs[len(rs)-1]) || !strict && (len(rs) == 2 || !possessorAfterWord(text[:s], rs[0])) {
		return ""
	}
	if (len(rs) == 2 || !strict) && (!givenLike(n) || rs[0] == '楼' || strings.ContainsRune(estateEnd, rs[len(rs)-1])) {
		// read with no preposition or verb before it, or of two
		// characters, a name has a common given-name character: 透支额度的,
		// 工业区装货的, 华为官网的, 翠江锦苑的房子 are no names; 一楼邵昆的 is
		// a floor and 邵昆
		return ""
	}
	if everydayWord(n) || titled(rs) || (len(rs) == 3 && unframedTitles[string(rs[1:])]) || opensNotName(n) || orgSuffixRe.MatchString(n) || placeEnd(n) || isPlace(text, n) {
		return ""
	}
	if len(rs) == 2 {
		if wordName(text, n) || strings.ContainsRune(notGivenEnd+countEnd, rs[1]) {
			return "" // 将张头的, 房户的
		}
		return n
	}
	// 刘敏穿的短裙 beside 刘敏 alone elsewhere: the name is 刘敏 and 穿 the verb
	// (扶王谞的过程 beside 王谞 alone: 扶 is the verb)
	whole := strings.Count(text, n)
	if strings.Count(text, string(rs[:2])) > whole || (strings.ContainsRune(singleSurnames, rs[1]) && strings.Count(text, string(rs[1:])) > whole) {
		return ""
	}
	return n
}

// possessorAfterWord says whether a three-character reading may start
// after before although no preposition or verb ends it: the character
// before is no surname (保姆刘晶晶的银行卡, 按照曾晶晶的指示), so it starts
// no two-character name the reading would cut, and a digit or mask does
// not make the reading a count or a room.
func possessorAfterWord(before string, sur rune) bool {
	p, _ := utf8.DecodeLastRuneInString(before)
	return unicode.Is(unicode.Han, p) && p != '某' && !strings.ContainsRune(singleSurnames, p) && !wordSet[string(p)+string(sur)]
}

// estateEnd end the name of a housing estate or building (翠江锦苑, 丽景琴园).
const estateEnd = "园苑府城居阁厦院楼馆"

// possessorVerbs end a two-character name's clause before 的 (王娟买的,
// 郑鑫开的, 江红做的), or are the thing of a two-character name (开马旦车的
// 司机): they are no given name there.
const possessorVerbs = "买穿开做写办领谈收住停拿借卖车"

// possessorBefore says whether the text before a name read before 的
// ends where a person's name may start: punctuation, a preposition, or a
// verb that takes a person or a thing of one (出示了, 堵截, 借用, 租赁).
// A digit or a mask before it makes the reading a count or a room (6楼西户,
// 2张字条), and a character that makes a word with the surname (了解, 有关)
// starts no name.
func possessorBefore(before string, sur rune) bool {
	p, _ := utf8.DecodeLastRuneInString(before)
	switch {
	case before == "":
		return true
	case unicode.IsDigit(p) || unicode.IsLetter(p) && !unicode.Is(unicode.Han, p) || strings.ContainsRune("×xX＊*", p):
		return false
	case !unicode.Is(unicode.Han, p):
		return true
	case wordSet[string(p)+string(sur)]:
		return false
	}
	return strings.ContainsRune(ownedBefore+"了是至有靠即", p) || slices.ContainsFunc(possessorVerbPre, func(w string) bool { return strings.HasSuffix(before, w) })
}

// possessorVerbPre are verbs after which a person's name and 的 stand.
var possessorVerbPre = slices.Concat(unframedPre, []string{"堵截", "借用", "租赁", "限制", "征得", "接到", "赔偿", "出示", "查询到", "侵犯", "冒用", "盗用", "使用", "偷", "抢", "盗", "骗", "拿", "借", "租", "住", "进", "坐", "开", "驾驶", "收到", "得到", "听到", "看到", "发现", "包括", "偿还", "归还", "支付", "退还", "扣除", "属于", "符合", "违背", "按照", "根据", "接受", "听从", "应", "朝", "抓住", "摸", "抚摸", "触摸", "脱", "扯", "封住", "乘坐", "搭乘", "窃得", "盗走", "盗窃", "扒窃", "骗取", "骗得", "取得", "获得", "躲避", "遭到", "冒充", "持", "引开", "查获", "鉴定", "进入"})
