package anonymize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dealtFrame is a verb that takes a person as the partner or object of an
// act and what may follow that person's name in the act: the verb opens
// the name, the tail closes it.
type dealtFrame struct {
	pre  []string
	post func(string) bool
	// given asks a common given-name character of the name: the frame
	// takes words as well (元，尚余21000元, 元，韩元6000元)
	given bool
}

var (
	// givenTail follows the person something is sold, handed or lent to
	// (以70元的价格卖给周元，, 交给刘海港一小包, 抵押给罗濑锶“借款”, 给付邓好好玉米款).
	givenTail = func(s string) bool {
		return roleClosed(s) || postAmount(s) || countNextRe.MatchString(s) || prefixedBy("出具", "使用", "居住", "保管", "作为", "用于", "从中", "人民币", "现金", "玉米", "货款", "借款", "“", "后", "向其", "并", "吸食", "冰毒", "毒品", "甲基苯丙胺", "海洛因", "麻古", "两次", "多次")(s)
	}
	// takenTail follows the person money is taken from (骗取田翰夫玉米款5756.8元,
	// 骗取王霞信任): money, the person's own trust, or a clause's end.
	takenTail = func(s string) bool {
		return moneyNextRe.MatchString(s) || prefixedBy("的", "信任", "现金", "人民币", "财物", "，", "。", "、", "；")(s)
	}
	// harmTail follows the person an act hurts, frees or holds, written with
	// 将/把 (将王海头面部打伤, 将吴冬梅释放, 将董莉的200万, 将张莲华窝藏于).
	harmTail = func(s string) bool {
		return bodyPart(s) || prefixedBy(harmVerbs...)(s) || (strings.HasPrefix(s, "的") && postAmount(s[len("的"):]))
	}
	// hurtTail follows the person an act leaves hurt or dead (造成罗绍文经抢救
	// 无效死亡, 致使邹和建受伤, 致王朝阳第1、2、3椎体…).
	hurtTail = func(s string) bool {
		return bodyPart(s) || prefixedBy("受伤", "受重伤", "受轻伤", "受到", "死亡", "当场死亡", "经抢救", "抢救无效", "重伤", "轻伤", "轻微伤", "的损伤", "的伤情", "倒地", "摔倒", "第")(s)
	}
	// dealtFrames are the frames read with the verb first.
	dealtFrames = []dealtFrame{
		{pre: []string{"卖给", "售给", "贩卖给", "转卖给", "交给", "交予", "借给", "送给", "押给", "租给", "转让给", "支付给", "付给", "转给", "发还给", "退赔给", "退还给", "归还给", "返还给", "还给", "提供给", "寄给", "转包给", "分包给", "承包给", "出租给", "租赁给", "出售给", "销售给", "过户给", "给付", "赊购"}, post: givenTail},
		// 容留杨向阳以烫吸的方式吸食, 容留杨志武在其家居住
		{pre: []string{"容留"}, post: prefixedBy("以", "在", "吸食", "吸毒", "，", "、", "等")},
		{pre: []string{"骗取", "骗得", "骗获", "骗走", "诈骗"}, post: takenTail},
		// 向武华琦非法集资, 向张冬彩销售, 向李学会抵押借款
		{pre: []string{"向"}, post: prefixedBy("非法集资", "集资", "非法吸收", "吸收", "销售", "出售", "兜售", "推销", "抵押借款", "支付", "许诺", "租赁", "租用", "收取", "借钱", "赊购")},
		{pre: []string{"将", "把"}, post: harmTail},
		// 由陈骏涛支配使用, 由郝雅娟在墙外望风
		{pre: []string{"由"}, post: prefixedBy("支配", "保管", "负责", "使用", "经营", "驾驶", "出资", "签字", "出面", "代为", "办理", "持有", "管理", "望风")},
		// 联系到杨小伟，, 告诉了戴祥臣
		{pre: []string{"联系到", "联系上", "告诉了", "通知了", "找到了"}, post: func(s string) bool { return roleClosed(s) || postAmount(s) }},
		{pre: []string{"造成", "致使", "导致", "致"}, post: hurtTail},
		// 趁失主郭丽霞不备, 失主张文山粉红色比德文电动车, 发还给失主张小娜。
		{pre: []string{"失主"}, post: func(s string) bool {
			return roleClosed(s) || countNextRe.MatchString(s) || prefixedBy("不备", "家", "停放", "放在", "“", "红色", "黑色", "白色", "粉红", "蓝色", "绿色", "银色", "灰色", "黄色", "紫色", "金色")(s)
		}},
		// 取得刘协敏的谅解, 得到李锋的同意
		{pre: []string{"取得", "获得", "得到", "征得", "赢得"}, post: prefixedBy("的谅解", "的书面谅解", "的信任", "的同意", "的认可", "的原谅", "谅解")},
		// 给刘会仁转账500000.00元, 给张飞打电话
		{pre: []string{"给"}, post: prefixedBy("转账", "转款", "汇款", "打款", "打电话", "发信息", "发微信", "出具")},
		// the person whose thing an act takes or hurts (将黄毅的白色挂包偷走,
		// 窃得许红英的苹果牌手机, 盗走失主李自强的一部手机): the name has a
		// common given-name character, the frame being open after 的
		{pre: []string{"将", "把", "盗窃", "窃得", "盗得", "盗走", "窃取", "扒窃", "偷走", "抢走", "抢夺", "骗取", "骗得", "冒用", "盗用", "假冒", "偿还", "失主"}, post: prefixedBy("的"), given: true},
		// 趁李丹丹不备, 盗得李志超放置在教室课桌上的, 帮助王洪进找欠款人
		{pre: []string{"趁"}, post: prefixedBy("不备", "不注意", "熟睡", "睡着", "外出", "离开")},
		{pre: []string{"盗窃", "窃得", "盗得", "盗走", "窃取", "扒窃"}, post: prefixedBy("车内", "放在", "放置", "存放", "停放", "挂在", "随身", "家中", "家里")},
		{pre: []string{"帮助"}, post: prefixedBy("以", "到", "找", "办理", "索要", "、")},
		// a person and the sum paid to or by them in a list of sums
		// (其中戴兴召1500元、曹志美3500元, 高某人民币46000元、李一入28000元)
		{pre: []string{"其中", "元、", "元，", "元；"}, post: amountTailRe.MatchString, given: true},
		// 收到陈晓刚支付的
		{pre: []string{"收到", "收取"}, post: prefixedBy("支付", "转账", "转来", "汇来", "汇款", "给付", "交来", "退还", "交付")},
	}
	// harmVerbs follow a person an act hurts, frees, holds or moves (将
	// 王海打伤, 将吴冬梅释放, 将唐云华抓获, 将张莲华窝藏).
	harmVerbs = []string{"打伤", "砍伤", "刺伤", "捅伤", "划伤", "咬伤", "撞伤", "撞倒", "打倒", "推倒", "杀害", "杀死", "打死", "掐死", "砍死", "奸淫", "强奸", "猥亵", "释放", "抓获", "窝藏", "藏匿", "截住", "拦住", "拉到", "拉至", "带至", "带到", "带走", "带回", "送至", "送到", "骗至", "骗到", "约至", "约到", "殴打", "捆绑", "挟持", "劫持", "控制", "拘禁", "关押", "打成"}
	// moneyNextRe starts money named by what it paid for and then its
	// amount (玉米款5756.8元, 货款人民币3000元).
	moneyNextRe = regexp.MustCompile(`^(?:玉米|米|货|借|欠|工程|集资|投资|租|购房|购车|定)?款(?:人民币)?\d`)
	// amountTailRe starts a sum of money.
	amountTailRe = regexp.MustCompile(`^(?:人民币)?\d[\d.,，]*余?[万千]?元`)
	// countNextRe starts a count of goods handed to a person (交给刘海港一小包).
	countNextRe = regexp.MustCompile(`^(?:[一两][小大]?[包盒瓶部辆台张件套袋粒支块只条个份箱本把]|一[万千百])`)
	// bodyPartRe starts a part of a person an act hurts (头面部, 右手, 颈部).
	bodyPartRe = regexp.MustCompile(`^(?:头面部|头部|面部|脸部|颈部|胸部|腹部|背部|腰部|腿部|臀部|额|头顶|[左右](?:手|臂|腿|脚|眼|耳|肩|胸|腹|侧|脸|额|颞|小腿|大腿|前臂|上臂|膝))`)
)

// givenFramed says whether a name read in a frame that takes words as
// well (a list of sums, a thing after 的) has a common given-name
// character and ends in no verb (将刘敏穿的短裙).
func givenFramed(n string) bool {
	l, _ := utf8.DecodeLastRuneInString(n)
	return n != "" && givenLike(n) && !strings.ContainsRune(possessorVerbs, l)
}

// bodyPart says whether s starts with a part of a person's body.
func bodyPart(s string) bool { return bodyPartRe.MatchString(s) }

// dealtNames finds the persons an act is done to or with, read in one
// occurrence between a verb that takes a person and what closes the name
// in that act (dealtFrames), or between an open left side and a tail only
// a person's name takes (ownedTails). The frame is strong, so the given
// name may be uncommon; the reading must still be no word, place, firm or
// title.
func dealtNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	take := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, f := range dealtFrames {
		for _, pre := range f.pre {
			for i := range after(text, pre) {
				if n := dealtAt(text, i, f.post); !f.given || givenFramed(n) {
					take(n)
				}
			}
		}
	}
	for _, tail := range ownedTails {
		for i := range after(text, tail) {
			e := i - len(tail)
			if l, _ := utf8.DecodeLastRuneInString(text[:e]); tail == "家" && (!householdEnd(text[i:]) || strings.ContainsRune(familyWords, l)) {
				continue
			}
			if p, _ := utf8.DecodeLastRuneInString(text[:e]); slices.Contains(ownedTails, string(p)+tail) {
				continue // 白涛停放在 is read at 停放在, not at 放在
			}
			if n := dealtEndingAt(text, e); !slices.Contains(placingTails, tail) || givenFramed(n) {
				take(n)
			}
		}
	}
	for _, m := range noteRe.FindAllStringIndex(text, -1) {
		take(dealtEndingAt(text, m[0]))
	}
	return out
}

// dealtAt reads the name at byte i after a frame's verb, the shorter
// reading first: a tail word may start with a character that could end a
// longer name (将王海头面部: 头面部 closes 王海, and 面部 would close 王海头).
func dealtAt(text string, i int, post func(string) bool) string {
	ends := runeEnds(text[i:], 4)
	for k := 1; k < len(ends); k++ {
		n := text[i : i+ends[k]]
		if k == 3 && !compoundSurnames[text[i:min(i+6, len(text))]] {
			continue
		}
		if post(text[i+ends[k]:]) {
			// the shortest reading the tail closes is the only one: a
			// longer one would take a title or place into the name
			// (交给徐哥统一, 将李桥头面部)
			if dealtShape(text, n) {
				return n
			}
			return ""
		}
	}
	return ""
}

// firstRune is the first character of s.
func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// ownedTails follow only a person's name: what a person drives, runs or
// pays, a household or dwelling, where a person left a thing, a person
// off guard (搭乘张行波驾驶的车辆, 张国荣经营的, 收到陈晓刚支付的, 进入10-3号
// 杨绍萍家中, 来到张玉霞住处, 将白涛停放在此处的, 趁旅客龙忠萍不备).
var ownedTails = []string{"驾驶的", "所驾驶的", "经营的", "所经营的", "开办的", "开设的", "承包的", "租住的", "支付的", "转账的", "家", "住处", "住宅", "停放在", "摆放在", "放在", "放置在", "存放在", "存放于", "不备"}

// placingTails follow a thing as often as a person (尼桑逍客放在, 打包成捆放在,
// 卉海花园住宅): the name before them must have a common given character.
var placingTails = []string{"住宅", "摆放在", "放在", "放置在", "存放在", "存放于"}

// householdEnd says whether s, after 家, ends the name of a household:
// 家中, 家里, a door or yard, or a clause's end.
var householdEnd = prefixedBy("中", "里", "门", "院", "内", "，", "。", "；", "、", "楼下", "窃取", "盗窃", "躲藏", "藏匿", "居住")

// familyWords make a word with 家 after them (国家, 老家, 厂家, 大家,
// 多家): the character is no given name's end there.
const familyWords = "国大专作厂商买卖店东老回住农人全自亲婆娘管酒行玩赢输庄船多几两一各每"

// noteRe is a note right after a person's name in the facts: the person's
// fate in the case, part or sex, birth or kin (余学强（另案处理）, 侯敏
// （1965年8月18日出生）, 姜瑾（不知情）).
var noteRe = regexp.MustCompile(`[（(](?:另案处理|另案|另处|已判决|已判刑|现已被判刑|已被判刑|在逃|不知情|已死亡|己死亡|已故|被害人|音|[男女][，,）)]|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?出生)`)

// dealtEndingAt reads the name ending at byte e, before a tail only a
// person's name takes, the longer reading first, when its left side is
// open (dealtOpen).
func dealtEndingAt(text string, e int) string {
	starts := runeStarts(text, e, 4)
	for k := len(starts) - 1; k >= 1; k-- {
		s := starts[k]
		n := text[s:e]
		if k == 3 && !compoundSurnames[text[s:min(s+6, e)]] {
			continue
		}
		if !dealtOpen(text[:s], n) || !dealtShape(text, n) || (k == 2 && strings.ContainsRune(placeAfter, []rune(n)[0])) {
			continue // 解放路周梅家: 路 ends the road
		}
		return n
	}
	return ""
}

// dealtOpen says whether a name may start after before: punctuation, a
// preposition, a place's end, a word for who the person is or a verb that
// takes one (dealtOpeners, possessorVerbPre), or, for a three-character
// reading, any character that is no surname. A digit or mask (5楼杨蔚家)
// and a character that makes a word with the surname start no name.
func dealtOpen(before, n string) bool {
	p, _ := utf8.DecodeLastRuneInString(before)
	switch {
	case before == "":
		return true
	case unicode.IsDigit(p) || p == '某' || p == '×' || wordSet[string(p)+firstRune(n)] || strings.HasPrefix(n, "楼"):
		return false // 5楼杨蔚家, 3号楼李靖家: a floor, not 楼 the surname
	case !unicode.Is(unicode.Han, p) || strings.ContainsRune(ownedBefore+placeAfter+"至入号室组社屯队户了乘于的回", p):
		return true
	case utf8.RuneCountInString(n) == 3 && !strings.ContainsRune(singleSurnames, p):
		// 查处王海经营的 is read at 王海 only when 处王海 is no reading;
		// a surname and two given characters after a character that is
		// no surname (城栾路张国荣经营的) starts where it reads
		return true
	}
	return slices.ContainsFunc(dealtOpeners, func(w string) bool { return strings.HasSuffix(before, w) }) ||
		slices.ContainsFunc(possessorVerbPre, func(w string) bool { return strings.HasSuffix(before, w) })
}

// dealtOpeners end a word a person's name follows with no role of
// personCueRe: who the person is to the facts (居民曹叶驾驶的, 女童侯敏（…
// 出生）) or a verb (拦截刘莉驾驶的, 进入10-3号杨绍萍家中 is read at 号).
var dealtOpeners = []string{"旅客", "乘客", "被害人", "失主", "居民", "村民", "女童", "男童", "幼女", "女孩", "男孩", "网友", "工友", "同学", "保姆", "邻居", "朋友", "家属", "客户", "顾客", "买家", "卖家", "商户", "摊主", "方向", "拦截", "截停", "撞到", "撞上", "乘坐", "搭乘", "驾驶", "窜入", "进入", "潜入", "来到", "回到", "窜至", "前往", "明知", "伙同", "联系"}

// dealtShape says whether n reads as a person's name in a strong frame: a
// surname that is no preposition and one or two given characters, and no
// everyday word, place, firm or title.
func dealtShape(text, n string) bool {
	if subjectName(n) != n {
		return false
	}
	rs := []rune(n)
	if strings.ContainsRune(looseNotSurnames, rs[0]) || titled(rs) || (len(rs) == 3 && (unframedTitles[string(rs[1:])] || ownerWords[string(rs[1:])])) {
		return false
	}
	last := rs[len(rs)-1]
	if strings.ContainsRune(notGivenEnd, last) || (len(rs) == 3 && (strings.ContainsRune(stopGiven, last) || unframedVerb(last) || strings.ContainsRune(countEnd, last))) {
		return false // 交给卢锋看, 卖给叶坤只, 致张头面部
	}
	return !wordName(text, n) && !isPlace(text, n) && !placeEnd(n) && !orgSuffixRe.MatchString(n)
}

// ownerWords name a person by what they own or deal in; after a surname
// character they are the word, not a given name (区边买主驾驶的).
var ownerWords = map[string]bool{"买主": true, "卖主": true, "车主": true, "店主": true, "房主": true, "摊主": true, "户主": true, "货主": true, "业主": true, "老板": true, "老乡": true}

// notGivenEnd are characters that end no given name read in a frame: a
// body part the act hurts (致张头面部), money or a household (送给杜浒钱的,
// 返还给房户).
const notGivenEnd = "头面脸胸腹背腰腿肩足额手脚臂眼耳颈左右户钱"

// countEnd follow a name as a measure word or a verb rather than end a
// three-character one (卖给叶坤只, 送给惠鑫共3万元, 交给卢锋看).
const countEnd = "共计约只条个件张台辆盒包瓶粒袋支块根捆箱桶看做统冲进受一往"
