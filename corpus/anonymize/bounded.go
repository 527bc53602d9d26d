package anonymize

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boundedPre are words after which the next name is a person's: someone
// money is taken from or given to, someone acting with the defendant, or
// someone reported (收受张闪闪1131万元, 伙同张向阳、, 诈骗…居民朱津铭现金).
var boundedPre = []string{"收受", "骗取", "诈骗", "借给", "送给", "交给", "卖给", "退赔", "退还", "给了", "伙同", "纠集", "居民", "揭发", "举报", "告诉", "窃取"}

// boundedPost may follow such a name: an amount, money, or what closes a
// name (的, punctuation, a list separator).
var boundedPost = []string{"现金", "人民币", "财物", "的", "等", "，", "、", "。", "；", "（", "(", "：", "”"}

// informPre are verbs of informing on someone to the authorities.
var informPre = []string{"揭发", "举报", "检举"}

// informedPost are what the person informed on did: a crime or taking
// part in one.
var informedPost = prefixedBy("盗窃", "参与", "涉嫌", "犯罪", "贩卖", "贩毒", "诈骗", "抢劫", "抢夺", "受贿", "行贿", "吸毒", "赌博", "杀人", "强奸", "故意伤害", "非法")

// paidPre are verbs of paying, taking or returning money whose object,
// when an amount follows it at once, is the person paid or robbed
// (赔偿李剑辉140000元, 转账陈永哲180万元, 抢走了周霞1200元). Without the
// amount right after, these verbs take words as often (赔偿损失, 支付利息).
var paidPre = []string{"赔偿", "支付", "付给", "转给", "转账", "汇款", "汇给", "骗得", "骗走", "骗了", "抢走了", "抢走", "退给", "归还了", "归还", "收了", "还给", "借了"}

// paidNouns make a noun with a verb of paying (赔偿金, 赔偿费, 定金): a
// surname character among them starts no person after the verb.
const paidNouns = "金费款额"

// calledClosed says whether s starts with what closes a name 叫
// introduces: punctuation of a clause, 的 or 等. A mask (叫金玉×2公司) or
// the dot of a minority name (叫艾力·艾则孜) goes on with the same name.
func calledClosed(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune("，。；：、的等）)”\"", r)
}

// postAmount says whether s starts with a digit: an amount.
func postAmount(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// dealtPost follows the person 向 introduces in a dealing (向周雪平借款,
// 向王舸借款, 向林某购买): 向 and the dealing bound the name on both sides.
var dealtPost = prefixedBy("借款", "借钱", "借了", "借取", "共借", "陆续借", "购买", "购得", "购进", "索要", "索取", "讨要", "行贿", "贩卖")

// householdPre end a village or its group (半林社, 香桥村, 3组), and
// householdPost a household (家中, 家里): between them stands the head of
// the household (半林社王小梅家中).
const householdPre = "社村组屯队"

var householdPost = prefixedBy("家中", "家里", "家门口", "家院")

// prefixedBy says whether s starts with one of ws.
func prefixedBy(ws ...string) func(string) bool {
	return func(s string) bool {
		for _, w := range ws {
			if strings.HasPrefix(s, w) {
				return true
			}
		}
		return false
	}
}

// isCues are roles followed by 是 or 为 and a name (收件人是刘明昌，,
// 车辆所有人为丁建敏（, 现任行长为马兴召。, 户名为陈广裕，). Representatives
// are not among them: the rules keep their names.
var isCues = []string{"人是", "人为", "长是", "长为", "名为"}

// boundedNames finds names a strong frame bounds on both sides: one of
// boundedPre before and one of boundedPost or a digit after, or a role
// with 是/为 before and punctuation after. Bounded so, a name may hold a
// character that usually stops one or a word as its given name (张向阳,
// 王丛林); it may not start with a word (高利贷) or be one.
func boundedNames(text string) []string {
	var out []string
	take := func(n string) {
		if n != "" && !isPlace(text, n) && !wordName(text, n) {
			out = append(out, n)
		}
	}
	for _, pre := range boundedPre {
		for i := range after(text, pre) {
			if strings.HasPrefix(text[i:], "楼") || strings.HasPrefix(text[i:], "区") {
				continue // 居民楼, 居民区 are places
			}
			take(boundedAt(text[i:], postBounded))
		}
	}
	// the person a defendant informs on, and what that person did
	// (揭发曹练盗窃, 举报黄中州盗窃一案, 检举揭发雷勇参与实施犯罪)
	for _, pre := range informPre {
		for i := range after(text, pre) {
			take(boundedAt(text[i:], informedPost))
		}
	}
	for _, cue := range isCues {
		for i := range after(text, cue) {
			before := text[:i-len(cue)+len("人")]
			if strings.HasSuffix(before, "代表人") || strings.HasSuffix(before, "负责人") || strings.HasSuffix(before, "本人") || benchBefore(before) {
				continue // 法定代表人为…, 审判长是…: names the rules keep; 本人是农民
			}
			take(boundedAt(text[i:], closedNext))
		}
	}
	// 叫 names someone when the name is closed at once (一个经理叫马晋元，,
	// 一个叫田昆的, 他又叫刘向阳，); 叫他带…, 叫车 read no name
	for i := range after(text, "叫") {
		take(boundedAt(text[i:], calledClosed))
	}
	for _, pre := range paidPre {
		for i := range after(text, pre) {
			if r, _ := utf8.DecodeRuneInString(text[i:]); strings.ContainsRune(paidNouns, r) {
				continue // 赔偿金共200万元 is the compensation, not a person 金共
			}
			take(boundedAt(text[i:], postAmount))
		}
	}
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
		post := dealtPost
		switch {
		case r == '向':
		case strings.ContainsRune(householdPre, r):
			post = householdPost
		default:
			continue
		}
		take(boundedAt(text[i:], post))
	}
	for _, m := range itemNumberRe.FindAllStringIndex(text, -1) {
		if strings.HasSuffix(text[:m[0]], "第") || strings.HasPrefix(text[m[1]:], "项") {
			continue // 第（一）项和第（二）项: a statute's item, not a list's
		}
		take(boundedAt(text[m[1]:], postItem))
	}
	return out
}

// after yields the index just past each occurrence of cue in text, left to
// right, occurrences not overlapping.
func after(text, cue string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			j := strings.Index(text[i:], cue)
			if j < 0 {
				return
			}
			i += j + len(cue)
			if !yield(i) {
				return
			}
		}
	}
}

// itemNumberRe ends the number of an item in a list or a table row
// (3．刘建平（原某中学校长）, 2 刘建平 3920, （2）吴开保证实), the number
// also written as one enclosed character (⑶张启忠证明, ②李华证实).
var itemNumberRe = regexp.MustCompile(`(?:^|[\s。；：])[0-9]{1,3}(?:[．.、]|\s)\s?|[（(](?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[）)]\s?|[\x{2460}-\x{249b}]\s?`)

// itemActPost are what a person named at the head of an evidence item
// does or suffers.
var itemActPost = prefixedBy("出具", "证实", "证明", "被骗", "被诈骗", "对")

// roleEnds end a word for a person's post, kin or part in the facts
// that personCueRe does not hold (保管员, 县委书记, 老姑, 卖淫女, 经营者为,
// 车主为, 林场场长, 班长, 执行总监, 前台, 钢筋工, 乘客). titledNames reads
// the name after them.
var roleEnds = []string{"员", "书记", "支书", "主任", "经理", "法人", "副总", "老总", "会计", "二哥", "大哥", "三哥", "二姐", "大姐", "姑", "舅", "姨", "叔", "婶", "嫂", "女", "学生", "培生", "者为", "主为", "成年人", "长", "总监", "主管", "领导", "前台", "保安", "工程师", "合伙人", "寄件人", "收件人", "包工头", "法医", "村文书", "管家", "房东", "犯人", "出租者", "作者", "主编", "行人", "女子", "男子", "老婆", "老公", "婆", "姑父", "姨父", "公公", "乘客", "钢筋工", "木工", "电工", "焊工", "杂工", "民工", "瓦工", "泥工", "小工", "技工", "帮工"}

// benchBefore says whether before ends with a title whose holder's name
// the rules keep, read through the spaces a signature puts inside it
// (书 记员, 审 判 员).
func benchBefore(before string) bool {
	tail := strings.Join(strings.Fields(before[max(0, len(before)-30):]), "")
	for _, t := range []string{"审判员", "书记员", "陪审员", "检察员", "执行员", "速录员", "法官助理", "审判长", "检察长", "庭长", "院长"} {
		if strings.HasSuffix(tail, t) {
			return true
		}
	}
	return false
}

// roleClosed says whether s starts with punctuation, a list separator,
// 的 or 等: what may follow a name a bare role introduces.
func roleClosed(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '的' || r == '等' || (r != utf8.RuneError && !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) && !unicode.IsDigit(r))
}

// postItem says whether s starts with what follows a person in a numbered
// item: a parenthesis (the person's post), a space and an amount, the
// date of the person's statement (17．李协敏2017年9月20日陈述), or what only a
// person does in an item of evidence (3、张建红出具情况说明, 4、韦游证实,
// 23．江铁成被诈骗案).
func postItem(s string) bool {
	if strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") || itemActPost(s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) {
		return true
	}
	d, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsSpace(r) && unicode.IsDigit(d)
}

// postBounded says whether s starts with a digit or one of boundedPost.
func postBounded(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) {
		return true
	}
	for _, p := range boundedPost {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// boundedAt reads a name of two or three characters (three or four with
// a compound surname) at the start of s that post closes, the longer
// reading first.
func boundedAt(s string, post func(string) bool) string {
	ends := runeEnds(s, 4)
	for k := len(ends) - 1; k >= 1; k-- {
		n := s[:ends[k]]
		if k == 3 && !compoundSurnames[s[:min(6, len(s))]] {
			continue
		}
		if post(s[ends[k]:]) {
			if name := subjectName(n); name != "" {
				return name
			}
		}
	}
	return ""
}

// runeEnds is the byte offset in s after each of its first n runes.
func runeEnds(s string, n int) []int {
	var ends []int
	for e := 0; len(ends) < n && e < len(s); {
		_, sz := utf8.DecodeRuneInString(s[e:])
		e += sz
		ends = append(ends, e)
	}
	return ends
}

// runeStarts is the byte offsets in s[:e] where the last 1, 2, … n runes
// before e begin, nearest first: the starts of the readings that end at e.
func runeStarts(s string, e, n int) []int {
	var starts []int
	for len(starts) < n && e > 0 {
		_, sz := utf8.DecodeLastRuneInString(s[:e])
		e -= sz
		starts = append(starts, e)
	}
	return starts
}
