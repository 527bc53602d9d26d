package anonymize

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"leian/corpus/parse"
)

var (
	// personCueRe precedes a natural person's name: roles in the case,
	// relations and other people the facts name. Longer cues come first.
	personCueRe = newCues(`附带民事诉讼原告人|附带民事诉讼被告人|再审申请人|被上诉人|上诉人|被申请人|申请执行人|被执行人|申请人|原审被告人|原审原告|原审被告|原审第三人|被告人|被害人|自诉人|案外人|失主|行为人|受害人|原告人|原告|被告|第三人|证人|犯罪嫌疑人|嫌疑人|同案犯|同案人|罪犯|当事人|死者|伤者|驾驶人|驾驶员|法定代理人|委托代理人|诉讼代理人|代理人|监护人|辩护人|借款人|出借人|担保人|保证人|债务人|债权人|介绍人|车主|户主|店主|老板|雇主|经营者|民警|辅警|执行员|村民|邻居|同事|朋友|男友|女友|妻子|丈夫|其妻|其夫|其子|其女|其父|其母|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|患者|投保人|被保险人|未成年人|集资参与人|参与人|报案人|举报人|收款人|付款人|媒人|介绍人|股东|投资人|集资户|雇工|业主|所有人|鉴定人|局长|科长|所长|行长|经理|出纳|业务员|司机|医生|主任|站长|住户|员工|职工|工人|媳妇|老乡|专家|具有专门知识的人|人员|承包人|中标人|被扶养人|经办人|联系人|承租人|出租人|受让人|转让人|其母亲|其父亲|其妻子|其丈夫|其儿子|其女儿|其哥哥|其弟弟|其姐姐|其妹妹|其兄|其弟|其姐|其妹|其孙|侄子|侄女|外甥|儿媳|女婿|岳父|岳母|祖父|祖母|爷爷|奶奶|外公|外婆|姐夫|妹夫|嫂子|弟媳|前妻|前夫|表哥|表弟|表姐|表妹|堂哥|堂弟|堂姐|堂妹|堂兄|表兄|舅舅|叔叔|姑姑|姑父|姨父|伯父|叔父|姑妈|姨妈|舅妈|伯伯|同学|亲属|亲戚|家属|男朋友|女朋友|之妻|之夫|之子|之女|之父|之母`, true)
	// keepCueRe precedes a name the rules keep: the bench, the clerk and
	// prosecutors (public officers acting in office) and lawyers.
	keepCueRe = newCues(`代理审判员|审判长|审判员|人民陪审员|陪审员|书记员|法官助理|速录员|执行员|代理检察员|检察员|检察官|律师|法人代表|法定代表人`, false)
	// aliasRe is a short name a judgment sets for a person: （以下简称张三）.
	aliasRe = regexp.MustCompile(`^[（(]以下简称[“"]?(\p{Han}{1,4})[”"]?[）)]`)
	// orgSuffixRe ends an organisation's name: legal persons keep their names.
	orgSuffixRe = regexp.MustCompile(`(?:公司|厂|店|局|院|所|社|中心|银行|委员会|政府|学校|医院|集团|协会|部|处|站|队|村委会|商行|酒店|宾馆|会|行|室|馆|场)$`)
	placeAfter  = "市县区省镇村乡路街州"
	stopGiven   = "的在于因是被与及等将把对从向到已系为所曾又也均并即称驾持携拿用以至自经后前时内上下里说要犯伙再还就都便却由给让叫找未无不没入出去回抢盗偷骗拒殴打砍刺捅杀醉供述辩认承交赔归投诉诈窃贩卖购吸隐冒伪骑逃走跑离返签借欠付取转汇提之其个某×公本当该他她我你了们证谋送辨"
	// notNames start like a name after a cue but are words (opensNotName).
	notNames = []string{"应当", "应该", "应予", "应依", "应承", "应负", "应按", "应赔", "应支", "应返", "应偿", "应对", "应向", "应判", "应从", "应处", "应认", "于是", "方面", "双方", "单方", "成年", "明知", "明显", "高度", "文化", "安全", "和解", "国家", "时间", "平时", "常住", "同意", "同时", "申请", "施工", "商品", "金额", "车辆", "车主", "钱款", "房屋", "全部", "全额", "余款", "余额", "利息", "支付", "管理", "关系", "原审", "原判", "原告", "经营", "万元", "元某", "单位", "本案", "本院", "法院", "公安", "公诉", "检察", "人民", "政府", "政法", "刑事", "民事", "金融", "银行", "高级", "中级", "文书", "方式", "方法", "成本", "成立", "成交", "时候", "江湖", "和平", "东方", "明天", "同年", "同日", "同月", "于同", "农民", "信息", "凌晨", "管家", "强奸", "强行", "强制", "房间", "房东", "房源", "房产", "黄金", "海洋", "方案", "方向", "卫生", "钱财", "钱物", "钱包", "申报", "付款", "付息", "付清", "盖章", "安排", "安静", "沙发", "衣服", "左侧", "左腿", "右侧", "银河", "余人", "白天", "白色", "严惩", "严重", "夏天", "车旁", "平静", "欧美", "牟利", "平平", "阿姨", "黎明", "高原", "万博", "万宝", "解释", "解救", "连带", "宁可", "童年", "武器", "武力", "程序", "石头", "左右", "温度", "温和", "包括", "包装", "容易", "华丽", "全国", "全市", "全县", "全省", "全体", "全家", "全程", "全新", "呼气", "应学", "应聘", "应急", "应酬", "权利", "权益", "杨树", "高利", "向他", "向她", "向我", "白而", "莫县", "劳动", "劳务"}
)

// nameSet is the persons found in one document and their 某 forms.
type nameSet struct {
	order []string          // names in order of first appearance
	form  map[string]string // name → 某 form
	alias map[string]string // short name → full name
	keep  map[string]string // name → reason kept
}

// findNames collects the persons to rename and those to keep.
func findNames(text string, st *parse.Structure) (*nameSet, []Kept) {
	ns := &nameSet{form: map[string]string{}, alias: map[string]string{}, keep: map[string]string{}}
	for _, j := range st.Judges {
		ns.keep[j.Name] = "judge"
	}
	tail := st.Section(parse.Tail)
	for _, m := range keepCueRe.FindAllStringIndex(text, -1) {
		if strings.HasPrefix(text[m[0]:], "执行员") && (tail == nil || utf8.RuneCountInString(text[:m[0]]) < tail.Span.Start) {
			// an 执行员 the facts name (执行员刘某证实…, 执行员曹某、书记员
			// 张某执行公务) is a witness or the victim of an obstruction,
			// whom 第八条第（二）项 hides; the court keeps only the 执行员
			// who signs its own ruling, in the tail
			continue
		}
		for _, n := range namesAt(text, m[1]) {
			reason := "judge"
			if strings.Contains(text[m[0]:m[1]], "检察") {
				reason = "prosecutor"
			} else if strings.Contains(text[m[0]:m[1]], "律师") {
				reason = "lawyer"
			} else if strings.Contains(text[m[0]:m[1]], "代表") {
				reason = "representative"
			}
			ns.keep[n.name] = reason
		}
	}
	var found []string
	fromParty := map[string]bool{}
	asPerson := map[string]bool{}   // named as a party or after a person's role
	principal := map[string]bool{}  // a party in its own right: never a lawyer kept as counsel
	strongRead := map[string]bool{} // read right after a strong role (strongRoles)
	for _, p := range st.Parties {
		if strings.HasSuffix(p.Role, "机关") || !isPersonName(p.Name) {
			continue
		}
		switch {
		case strings.Contains(p.Role, "法定代表人") || strings.Contains(p.Role, "负责人") || strings.Contains(p.Role, "诉讼代表人"):
			ns.keep[p.Name] = "representative" // 第十一条第（一）项 keeps them
		case !p.Principal && !strings.Contains(p.Role, "法定代理人") && (strings.Contains(p.Text, "律师") || strings.Contains(p.Text, "法律服务") || strings.Contains(p.Text, "法律工作者")):
			// 第十一条第（二）项; one paragraph may list several (辩护人甲、乙，…律师).
			// A 法定代理人 is a parent or guardian, never counsel, whatever
			// lawyer the paragraph names next (法定代理人李立龙，女，…。指定辩护人刘熠彬，…律师)
			if i := strings.Index(p.Text, p.Name); i >= 0 {
				for _, n := range namesAt(p.Text, i) {
					ns.keep[n.name] = "lawyer"
				}
			}
			ns.keep[p.Name] = "lawyer"
		default:
			found = append(found, p.Name)
			principal[p.Name] = true
			fromParty[p.Name] = true
			asPerson[p.Name] = true
		}
	}
	for _, m := range personCueRe.FindAllStringIndex(text, -1) {
		names := namesAt(text, m[1])
		cue := text[m[0]:m[1]]
		// a 法定代理人 is a parent or guardian, never counsel: the 律师 after
		// it (及其法定代理人黄楚波、指定辩护人闫民，…律师) is the next one's
		if len(names) > 0 && (strings.Contains(cue, "辩护人") || strings.Contains(cue, "代理人")) && !strings.Contains(cue, "法定代理人") {
			after := text[names[len(names)-1].end:min(len(text), names[len(names)-1].end+90)]
			// the lawyer's own clause: 法定代理人刘某，女，…。 followed by
			// 委托代理人…律师 is a relative, not the next paragraph's lawyer
			if k := strings.IndexAny(after, "。；\n"); k >= 0 {
				after = after[:k]
			}
			if strings.Contains(after, "律师") || strings.Contains(after, "法律服务") {
				for _, n := range names {
					if _, ok := ns.keep[n.name]; !ok {
						ns.keep[n.name] = "lawyer"
					}
				}
				continue
			}
		}
		for _, n := range names {
			if cuedWord(text, n) {
				continue
			}
			found = append(found, n.name)
			asPerson[n.name] = true
			if strongRoleBefore(text[:n.end-len(n.name)]) {
				strongRead[n.name] = true
			}
			if a := aliasRe.FindStringSubmatch(text[n.end:]); a != nil && a[1] != n.name {
				ns.alias[a[1]] = n.name
			}
		}
	}
	found = append(found, bareNames(text, found)...)
	found = append(found, contextNames(text)...)
	found = append(found, framedNames(text)...)
	found = append(found, evidenceNames(text)...)
	found = append(found, boundedNames(text)...)
	found = append(found, wordPrefixedNames(text)...)
	found = append(found, maskedMinorityNames(text)...)
	found = append(found, postNames(text)...)
	found = append(found, quotedNames(text)...)
	found = append(found, pairedNames(text)...)
	found = append(found, possessedNames(text)...)
	found = append(found, dealtNames(text)...)
	known := map[string]bool{}
	for _, n := range found {
		if _, kept := ns.keep[n]; !kept {
			known[n] = true
		}
	}
	found = append(found, listNames(text, known)...)
	found = append(found, parallelNames(text, known)...)
	found = append(found, openerNames(text, known)...)
	found = append(found, sandwichedNames(text, known)...)
	found = append(found, looseNames(text, known)...)
	for _, m := range formerNameRe.FindAllStringIndex(text, -1) {
		// 曹秀平，曾用名曹晓平: one person, one form
		if n, ok := nameFrom(text[m[1]:]); ok {
			if before := nameEndingAt(text, m[0]); before != "" && before != n && !titled([]rune(n)) {
				ns.alias[n] = before
				found = append(found, before)
			}
		}
	}
	found = trimMinority(text, found, fromParty)
	isFound := map[string]bool{}
	for _, n := range found {
		isFound[n] = true
	}

	for _, n := range found {
		if n3 := wholeThird(text, n); n3 != "" {
			asPerson[n3] = asPerson[n3] || asPerson[n]
			n = n3
		} else if n3 := cuedThird(text, n, strongRead); n3 != "" {
			n = n3
		}
		if p := prefix2(n); p != "" && strings.HasSuffix(n, surnameOf(n)) && gluedName(text, p) != "" {
			// 被告人高琢高金好: the third character is the surname of the
			// same person's name glued after a two-character one, not a
			// given name
			n = p
		}
		if p := prefix2(n); p != "" && !fromParty[n] && (asPerson[n] || givenLike(p)) && misreadThird(text, n, p) {
			// 被害人史娟陈述, 同事王敏可能: the person is 史娟, written
			// alone elsewhere, and 陈 starts the next word
			asPerson[p] = asPerson[p] || asPerson[n]
			n = p
		}
		if reason, ok := ns.keep[n]; ok {
			if reason == "lawyer" && principal[n] {
				// 附带民事诉讼原告人刘某 who is also another party's
				// 法定代理人: a party, whose name the rules do not keep
				delete(ns.keep, n)
			} else if reason != "representative" || !asPerson[n] {
				continue
			}
			// 被告人李欣 who is also 法人代表李欣 is a natural person in the
			// case: 第十一条 keeps a representative's name, not a defendant's
			delete(ns.keep, n)
		}
		if _, ok := ns.alias[n]; ok {
			continue
		}
		if !fromParty[n] && isPlace(text, n) {
			continue // 沈阳 written 沈阳市 elsewhere is the city
		}
		if !fromParty[n] && straddles(text, n, fromParty) {
			continue // 家属楼程象伟家中: 楼程象 read after 家属 is 楼 and the defendant 程象伟
		}
		if p := prefix2(n); p != "" {
			// 被告人李剑来到…: 李剑 is the person, 来 the verb
			// 孔义和的证言 with 孔义 never standing alone: 义和 is the given
			// name even though 和 often follows a name
			third, _ := utf8.DecodeLastRuneInString(n)
			// 徐军委（另案处理） beside a “徐军” of its own: 委 often ends a
			// name and starts no verb, so 徐军委 closed is a person too
			// (closedThirds; 和 and 向 join what follows: 唐虎和“波娃”)
			named := closedSomewhere(text, n) && ((strings.ContainsRune(givenChars, third) && !strings.ContainsRune(postName, third)) || strings.ContainsRune(closedThirds, third) || !closedSomewhere(text, p))
			// 被告人胡义和得知… with 胡义 never written without 和: the role
			// read the whole name, and no occurrence of 胡义 stands alone
			named = named || (strongRead[n] && strings.Count(text, p) == strings.Count(text, n))
			if _, kept := ns.keep[p]; (kept || isFound[p]) && !fromParty[n] && !named {
				continue
			}
		}
		if _, ok := ns.form[n]; !ok {
			ns.form[n] = ""
			ns.order = append(ns.order, n)
		}
	}
	for _, n := range ns.order {
		// the glued name never stands without the person before it (王建生王店
		// 的家中 next to 带到王店: 王店 is a place)
		if g := gluedName(text, n); g != "" && onlyAfter(text, g, n) && !isPlace(text, g) {
			if _, ok := ns.form[g]; !ok {
				ns.alias[g] = n
			}
		}
	}
	ns.assignForms(text)
	var kept []Kept
	seen := map[string]bool{}
	for n, r := range ns.keep {
		if !seen[n] && strings.Contains(text, n) {
			seen[n] = true
			kept = append(kept, Kept{Name: n, Reason: r})
		}
	}
	sortKept(kept, text)
	return ns, kept
}

func sortKept(k []Kept, text string) {
	pos := func(n string) int { return strings.Index(text, n) }
	for i := 1; i < len(k); i++ {
		for j := i; j > 0 && pos(k[j].Name) < pos(k[j-1].Name); j-- {
			k[j], k[j-1] = k[j-1], k[j]
		}
	}
}

var ordinals = []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"}

// assignForms gives each person 姓+某, and 姓+某甲, 姓+某乙… when several
// share a surname (the 规定's 第九条 uses digits; the court asked for 甲乙).
// A form already standing in the text for someone else is skipped.
func (ns *nameSet) assignForms(text string) {
	bySurname := map[string][]string{}
	var surnames []string
	for _, n := range ns.order {
		s := surnameOf(n)
		if _, ok := bySurname[s]; !ok {
			surnames = append(surnames, s)
		}
		bySurname[s] = append(bySurname[s], n)
	}
	for _, s := range surnames {
		group := bySurname[s]
		if len(group) == 1 && !formUsed(text, s+"某") {
			ns.form[group[0]] = s + "某"
			continue
		}
		k := 0
		for _, n := range group {
			for {
				f := s + "某" + ordinal(k)
				k++
				if !formUsed(text, f) {
					ns.form[n] = f
					break
				}
			}
		}
	}
}

func ordinal(k int) string {
	if k < len(ordinals) {
		return ordinals[k]
	}
	return ordinals[k%len(ordinals)] + string(rune('0'+k/len(ordinals)%10))
}

// formUsed says whether f already stands as a whole token in text (张某
// followed by neither 某, a digit nor an ordinal).
func formUsed(text, f string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], f)
		if j < 0 {
			return false
		}
		e := i + j + len(f)
		r, _ := utf8.DecodeRuneInString(text[e:])
		if r != '某' && !unicode.IsDigit(r) && !strings.ContainsRune("甲乙丙丁戊己庚辛壬癸", r) {
			return true
		}
		i = e
	}
}

// spans are every occurrence of every person's name and alias.
func (ns *nameSet) spans(text string, protected []rng) []span {
	var out []span
	person := map[string]int{}
	for i, n := range ns.order {
		person[n] = i + 1
	}
	add := func(n, form string, who int) {
		for i := 0; ; {
			j := strings.Index(text[i:], n)
			if j < 0 {
				return
			}
			s, e := i+j, i+j+len(n)
			i = e
			if r, _ := utf8.DecodeRuneInString(text[e:]); strings.ContainsRune(placeAfter, r) && utf8.RuneCountInString(n) == 2 && !placeWordAt(text[e:]) {
				continue // 黄山 in 黄山市 is a place, not the person; 冯毅路过 is the person
			}
			out = append(out, span{s: s, e: e, kind: Name, repl: form, rule: ruleName, person: who})
		}
	}
	for _, n := range ns.order {
		add(n, ns.form[n], person[n])
	}
	for a, n := range ns.alias {
		if f, ok := ns.form[n]; ok && utf8.RuneCountInString(a) >= 2 {
			add(a, f, person[n])
		}
	}
	return out
}

// cuedWord says whether a reading after a role is a word rather than the
// person's name: a dictionary word the text never closes as a name
// (被自诉人连续殴打), the same word and one more character read once
// (连续撕; a person opening with a word, 金星华, is named again), or a side
// and a body part before 部, read whole or without it (致被害人左额部). The
// role's person is then unnamed there.
func cuedWord(text string, n nameAt) bool {
	rs := []rune(n.name)
	if len(rs) != 2 && len(rs) != 3 {
		return false
	}
	two := string(rs[:2])
	if strings.ContainsRune(notGivenEnd, rs[1]) && strings.HasPrefix(text[n.end-len(n.name)+len(two):], "部") {
		return true
	}
	if len(rs) == 2 {
		return wordSet[two] && !closedSomewhere(text, two)
	}
	return wordSet[two] && strings.Count(text, n.name) < 2 && !closedSomewhere(text, n.name)
}

type nameAt struct {
	name string
	end  int
}

// namesAt reads the name at byte i and the names listed after it with 、.
func namesAt(text string, i int) []nameAt {
	var out []nameAt
	if r, n := utf8.DecodeRuneInString(text[i:]); strings.ContainsRune(prepositions, r) {
		if rest, ok := nameFrom(text[i+n:]); ok && !onlyAfter(text, rest, text[i:i+n]) {
			return nil // 江老板向孙敏购买: the role's person is unnamed, 孙敏 is another
		}
	}
	for len(out) < 20 {
		n, ok := nameFrom(text[i:])
		if n3 := throughStop(text, i, n); n3 != "" {
			n, ok = n3, true
		} else if n3 := stoppedName(text, i); len(n3) > len(n) {
			n, ok = n3, true
		}
		if !ok {
			break
		}
		if p := prefix2(n); len(out) > 0 && p != "" && wordSet[p] && !closedSomewhere(text, n) {
			break // 儿媳范云、孙子范燕霞: the next item is a kin word and a name
		}
		out = append(out, nameAt{n, i + len(n)})
		i += len(n)
		if !strings.HasPrefix(text[i:], "、") {
			break
		}
		i += len("、")
	}
	return out
}

// prepositions are surname characters that, right after a role, start a
// phrase about someone else rather than the role's own name.
const prepositions = "向于对从被由"

// straddles says whether every occurrence of n starts one character
// before a party's name, so that n is that character and the start of the
// party's name.
func straddles(text, n string, parties map[string]bool) bool {
	_, sz := utf8.DecodeRuneInString(n)
	found := false
	for i := 0; ; {
		j := strings.Index(text[i:], n)
		if j < 0 {
			return found
		}
		at := i + j + sz
		hit := false
		for p := range parties {
			if strings.HasPrefix(text[at:], p) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
		found = true
		i += j + len(n)
	}
}

// onlyAfter says whether every occurrence of name in text has pre right
// before it: 证人于玉洲的证言 where 玉洲 never stands alone is 于玉洲, the
// witness, not 于 and a person 玉洲.
func onlyAfter(text, name, pre string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return true
		}
		if !strings.HasSuffix(text[:i+j], pre) {
			return false
		}
		i += j + len(name)
	}
}

// nameFrom reads a person's name at the start of s: a surname from the list
// and one or two given-name characters, or a minority name with ·.
func nameFrom(s string) (string, bool) {
	if m := minorityRe.FindString(s); m != "" {
		return m, true
	}
	sur := ""
	if len(s) >= 6 && compoundSurnames[s[:6]] {
		sur = s[:6]
	} else if r, n := utf8.DecodeRuneInString(s); n > 0 && strings.ContainsRune(singleSurnames, r) {
		sur = s[:n]
	}
	if sur == "" {
		return "", false
	}
	rest := s[len(sur):]
	given := 0
	for given < 2 {
		r, n := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(stopGiven, r) || strings.ContainsRune(placeAfter, r) {
			break
		}
		if given == 1 && strings.ContainsRune("某", r) {
			break
		}
		if given == 1 && r == '和' && conjunctionNext(rest[n:]) {
			break // 张乐和邓鹏, 李欣和该厂: 和 joins, it is no given name
		}
		rest = rest[n:]
		given++
	}
	if given == 0 {
		return "", false
	}
	name := s[:len(s)-len(rest)]
	// an organisation's name starts with a surname character too (黄山市…公司)
	tail := s[len(name):]
	if e := addrEndRe.FindStringIndex(tail); e != nil {
		tail = tail[:e[0]]
	}
	for orgAhead(name, tail) {
		if given < 2 {
			return "", false
		}
		// 被害人卢文住处, 被害人吴蔚致头面部: the second given character
		// starts the clause the suffix ends, as ownerTail reads it
		_, sz := utf8.DecodeLastRuneInString(name)
		name, tail = name[:len(name)-sz], name[len(name)-sz:]+tail
		given--
	}
	if strings.Contains(name, "某") || placeNext(tail) {
		return "", false
	}
	for _, w := range notNames {
		if strings.HasPrefix(name, w) && (name == w || !closedNext(s[len(name):])) {
			return "", false
		}
	}
	return name, true
}

// orgAhead says whether a reading and the words after it up to the
// clause's punctuation make an organisation's name: they end with its
// suffix and hold nothing that starts a clause (ownerTail), or run into a
// firm's full name (firmAhead).
func orgAhead(name, tail string) bool {
	return utf8.RuneCountInString(tail) <= 30 && orgSuffixRe.MatchString(name+tail) && tail != "" && !(ownerTail(tail) && !wordSet[name]) || firmAhead(tail)
}

// ownerTail says whether the words between a name and an organisation's
// suffix make a clause, not the rest of the organisation's name: 的 or a
// verb of acting on it (被害人罗波经营的福运多口味馆, 其朋友陆彦波将10颗天雷
// 存放在其…租住处), or a digit or Latin letter (被害人廖骏vivox9手机一部).
// A firm named after a person (黄山市…公司, 李宁体育用品公司) holds none.
func ownerTail(tail string) bool {
	if r, _ := utf8.DecodeRuneInString(tail); strings.ContainsRune(ownerLead, r) {
		return true
	}
	for _, r := range tail {
		if r == '的' || r == '了' || r < 0x80 {
			return true
		}
	}
	return false
}

// ownerLead starts a clause after a person's name, never a firm's name
// (被告人金星华至平湖市…停车场, 被告人胡敏莉以长沙天苇纸业有限公司…,
// 被害人吴蔚致头面部, 被害人卢文住处).
const ownerLead = "将把被给向用在到经与及等驾持携拿称说至以致因于住"

// firmAhead says whether the words after a reading run, with nothing that
// starts a clause, into a firm's full name (案外人甘肃广汇房地产开发有限
// 公司出具的…): the reading opens the firm's name even when the clause goes
// on after it, where the suffix check above sees only the clause's end.
func firmAhead(tail string) bool {
	k := strings.Index(tail, "有限")
	if k < 0 || utf8.RuneCountInString(tail[:k]) > 16 {
		return false
	}
	for _, r := range tail[:k] {
		if r < 0x80 || strings.ContainsRune(ownerLead+firmBreaks, r) {
			return false
		}
	}
	return true
}

// firmBreaks end a clause's subject or start its verb, so no firm's name
// holds them before its 有限 (张鹿峰又成立了…有限公司, 王建华与…有限公司).
const firmBreaks = "的了又也和为是系代某×"

// closedNext says whether s starts with punctuation or a digit: a name
// read before it cannot run on into a word.
func closedNext(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r)
}

// conjunctionNext says whether what follows 和 starts another party: a
// surname, a 某 form, or a word that refers to one (该厂, 其妻, 被告人).
func conjunctionNext(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(singleSurnames, r) || (len(s) >= 6 && compoundSurnames[s[:6]]) {
		return true
	}
	return n > 0 && strings.ContainsRune("该其他她被原证本我你", r)
}

var minorityRe = regexp.MustCompile(`^\p{Han}{1,6}[·•]\p{Han}{1,8}`)

// minorityStops are characters no transliterated given name holds but the
// words after a name often start with (的供述, 到庭, 等人, 在…, 系初犯,
// 于2016年).
const minorityStops = "的到等在被与向将称系是于某×因经"

// trimMinority cuts minority names read too far. minorityRe reads up to
// six characters before the dot and eight after it because transliterations
// have no fixed length, so 被告人道吾然·塞尔罗 and 托胡达森·库拜先后 are read
// where the parties are 道吾然·塞尔罗 and 托胡达森·库拜: a reading holding a
// party's minority name is that party (the longest such name, so 买买提江 is
// not 买买提). Other readings that share the part before the dot are one
// person, 阿不力克木·模沙 for 阿不力克木·模沙到案后如实供 and
// 阿不力克木·模沙的供述: the longest part after the dot they share, where the
// text closes it somewhere. A reading the text closes itself, holding no
// stop, is a name of its own; any other is cut at its first stop.
func trimMinority(text string, found []string, parties map[string]bool) []string {
	var named []string
	for p := range parties {
		if _, _, ok := cutDot(p); ok {
			named = append(named, p)
		}
	}
	after := map[string][]string{} // the part up to the dot → the parts after it
	for _, n := range found {
		if pre, post, ok := cutDot(n); ok && minorityRe.FindString(n) == n {
			after[pre] = append(after[pre], post)
		}
	}
	if len(after) == 0 {
		return found
	}
	shared := map[string]string{}
	for pre, posts := range after {
		common := []rune(posts[0])
		for _, p := range posts[1:] {
			r := []rune(p)
			k := 0
			for k < len(common) && k < len(r) && common[k] == r[k] {
				k++
			}
			common = common[:k]
		}
		c := cutStop(string(common))
		if utf8.RuneCountInString(c) >= 2 && closedSomewhere(text, pre+c) {
			shared[pre] = c
		}
	}
	out := make([]string, 0, len(found))
	for _, n := range found {
		pre, post, ok := cutDot(n)
		if !ok || parties[n] {
			out = append(out, n)
			continue
		}
		party := ""
		for _, p := range named {
			if strings.Contains(n, p) && len(p) > len(party) {
				party = p
			}
		}
		switch {
		case party != "":
			n = party
		case minorityRe.FindString(n) != n:
		case closedSomewhere(text, n) && cutStop(post) == post:
		case shared[pre] != "":
			n = pre + shared[pre]
		case utf8.RuneCountInString(cutStop(post)) >= 2:
			n = pre + cutStop(post)
		}
		out = append(out, n)
	}
	return out
}

// cutStop returns the part of a transliterated name before its first stop.
func cutStop(post string) string {
	if k := strings.IndexAny(post, minorityStops); k >= 0 {
		return post[:k]
	}
	return post
}

// cutDot splits a minority name after its dot.
func cutDot(n string) (pre, post string, ok bool) {
	for _, dot := range []string{"·", "•"} {
		if i := strings.Index(n, dot); i >= 0 {
			return n[:i+len(dot)], n[i+len(dot):], true
		}
	}
	return "", "", false
}

// isPersonName says whether a parsed party name looks like a person's:
// two to four characters after a known surname, or a minority name. The
// parser has already cut the name at its comma, so stop characters
// (李为成) are allowed here.
func isPersonName(n string) bool {
	if strings.ContainsAny(n, "某×") || orgSuffixRe.MatchString(n) {
		return false
	}
	if minorityRe.MatchString(n) && minorityRe.FindString(n) == n {
		return true
	}
	rs := []rune(n)
	if len(rs) < 2 || len(rs) > 4 {
		return false
	}
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	if len(rs) == 4 {
		return compoundSurnames[string(rs[:2])]
	}
	return strings.ContainsRune(singleSurnames, rs[0]) || compoundSurnames[string(rs[:2])]
}

// surnameOf is the part of a name its 某 form keeps: the surname, or the
// first character of a minority or foreign name (第九条第（二）、（三）项).
func surnameOf(n string) string {
	if len(n) >= 6 && compoundSurnames[n[:6]] && !strings.ContainsAny(n, "·•") {
		return n[:6]
	}
	_, sz := utf8.DecodeRuneInString(n)
	return n[:sz]
}

// formerNameRe joins a name to the same person's other name.
var formerNameRe = regexp.MustCompile(`[，,（(]\s*(?:曾用名|别名|又名|化名)[：:]?`)

// afterNameRe follows a person named without a role: 付某（另案处理）.
var afterNameRe = regexp.MustCompile(`[（(](?:均)?(?:另案|已被?判|已判刑|在逃|已死亡|未到案|不起诉|已起诉|已作|另行处理|已处理|已被处理|已被起诉)`)

// bareNames finds names written without a role: before （另案处理） and the
// like, and in 、 lists beside a name already found or a 某 form.
func bareNames(text string, known []string) []string {
	var out []string
	isKnown := map[string]bool{}
	for _, n := range known {
		isKnown[n] = true
	}
	for _, m := range afterNameRe.FindAllStringIndex(text, -1) {
		if n := nameEndingAt(text, m[0]); n != "" {
			out = append(out, n)
			isKnown[n] = true
		}
	}
	// lists: split runs of short items joined by 、
	for _, m := range listRe.FindAllString(text, -1) {
		items := strings.Split(m, "、")
		items[0] = trimLead(text, items[0])
		items[len(items)-1] = trimTail(items[len(items)-1])
		anchored, shaped := false, len(items) >= 3
		for _, it := range items {
			if isKnown[it] || strings.Contains(it, "某") {
				anchored = true
			}
			if n, ok := nameFrom(it); !ok || n != it || isPlace(text, it) || placeEnd(it) {
				shaped = false
			}
		}
		// three or more items that each read whole as a name are a list of
		// people even with no known one among them (钟保军、王晓艳、林佩、陈进)
		anchored = anchored || shaped
		if !anchored {
			continue
		}
		for _, it := range items {
			if n, ok := nameFrom(it); ((ok && n == it) || wholeName(text, it)) && !isKnown[it] && !isPlace(text, it) {
				out = append(out, it)
				isKnown[it] = true
			}
		}
	}
	return out
}

// wholeName says whether a list item, cut out by its separators, reads
// whole as a name even with a character nameFrom stops at (邱经辉, 陶向阳,
// 张佐和): the separators end it, so no verb can follow inside it.
func wholeName(text, it string) bool {
	rs := []rune(it)
	sur := 1
	if len(it) >= 6 && compoundSurnames[it[:6]] {
		sur = 2
	}
	if g := len(rs) - sur; g < 1 || g > 2 || (sur == 1 && (!strings.ContainsRune(singleSurnames, rs[0]) || strings.ContainsRune(looseNotSurnames, rs[0]))) {
		return false
	}
	for _, r := range rs[sur:] {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("某×的了在是等", r) {
			return false
		}
	}
	if strings.ContainsRune(placeAfter+"案组", rs[len(rs)-1]) {
		return false // 秦志村, 肖华案
	}
	if opensNotName(it) {
		return false
	}
	return !listWord(text, it) && !orgSuffixRe.MatchString(it) && !placeEnd(it)
}

// trimLead cuts the word the list regexp glued before a list's first name
// (证人戴满圈、 is read 人戴满圈): the longest suffix that reads whole as a
// name and does not start with a character that ends words.
func trimLead(text, it string) string {
	if n, ok := nameFrom(it); (ok && n == it) || wholeName(text, it) {
		return it
	}
	rs := []rune(it)
	for k := 1; k < len(rs)-1; k++ {
		suf := string(rs[k:])
		if (k == len(rs)-2 || !strings.ContainsRune(wordEnd, rs[k])) && wholeName(text, suf) {
			return suf
		}
	}
	return it
}

// listTails close a list's last name inside the same run of characters
// (吴婧等人, 马旗的证, 韩中兴证言): the name ends where they start.
var listTails = []string{"等", "的", "证言", "陈述", "供述", "均"}

// trimTail cuts a list's last item where a list tail starts.
func trimTail(it string) string {
	rs := []rune(it)
	for k := 2; k < len(rs); k++ {
		for _, t := range listTails {
			if strings.HasPrefix(string(rs[k:]), t) {
				return string(rs[:k])
			}
		}
	}
	return it
}

var listRe = regexp.MustCompile(`\p{Han}{2,4}\d?(?:、\p{Han}{2,4}\d?)+`)

// nameEndingAt reads the name that ends at byte e, longest first.
func nameEndingAt(text string, e int) string {
	starts := runeStarts(text, e, 4)
	for k := len(starts) - 1; k >= 1; k-- {
		s := starts[k]
		if n, ok := nameFrom(text[s:e]); ok && len(n) == e-s {
			if k == 3 && !compoundSurnames[text[s:s+6]] {
				continue
			}
			return n
		}
	}
	return ""
}

// givenChars are characters common in given names. A name written with no
// role is taken only when its given name is made of them and it stands
// between a preposition-like character and a particle (卖给吴勇，, 室郑佳家).
const givenChars = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建国志文斌辉林鹏飞海波宇浩凯晨阳佳欣怡雪梅琳晶婷慧倩颖鑫博俊峰亮宁旭东春燕云龙凤金荣德福莉丹玲琴蓉芬翠兵松彬永健成坤义兴发才贵祥生宝瑞庆乐新利清光旺树根山喜顺胜友全少小立伦彦昊泽睿涵轩浩然梓豪铭航晓天思雨馨嘉依诗梦婉婕妍雅琪璐瑶菲蕾薇萌莹月霖娇巧翔鸿振洪江湘河泉源远达良虎雄威武彪卫民红忠诚孝仁礼智信敬宗家庭睦美娥娣妹珍珠花香淑惠贤芝芸芹萱茜菊莲竹桃柳柏枫丰盛茂富吉禄寿安康静耀晖秋冬霜冰琦瑜璋琛瑾璇珏珊珍琼钰锋钢锦银鹤鸣莺晨曦昕晟景聪勤俭毅刚坚诚恒宏伦亚艺芳媛姣嫣茹蓓桦楠桥森淼鑫焱垚磊菁炜潇燊璞娅婧琨灿岚蔚玥靖祎珺娴峥煜嵘瑛璧斐雯寅卓彤晗昱暄皓琰瑄珂玮烨熠熙骏骁骞旻昀晔妤姝姗蕊芊芮茵菡黛筠韬翊钊铮锴铠钧沁泓涓淇滢澜漪瀚灏祺禧祯赟昶琮瑭妮嫦雁麟麒骥骐鲲嵩岑淳渊湛曜弘翀羿琬瑗绮缨炳卿锟"

var (
	preName  = "室户给向和与及被叫找对同跟、，：“（让帮请。；）) 欠的借还送卖买取受"
	postName = "家的、，。；（）”等被在向将称说也和与处借购买卖发打送还交系是于从因到驾持用0123456789万证签索"
	// namePrefixRe are words that introduce a person named without a role.
	namePrefixRe = regexp.MustCompile(`(?:户名为|户名|相对人|化名|自称|名为|叫做|收款人|付款人|收货人|发货人|持有人|户主)[“"]?`)
)

// contextNames finds names written with no role, by their surroundings.
// 向, 时 and 于 are surnames too rare to outweigh 向东, 同时利用, 于是.
func contextNames(text string) []string {
	var out []string
	places := map[string]bool{}
	place := func(n string) bool {
		p, ok := places[n]
		if !ok {
			p = isPlace(text, n)
			places[n] = p
		}
		return p
	}
	try := func(i int) {
		sur := ""
		if len(text)-i >= 6 && compoundSurnames[text[i:i+6]] {
			sur = text[i : i+6]
		} else if r, n := utf8.DecodeRuneInString(text[i:]); n > 0 && strings.ContainsRune(singleSurnames, r) {
			sur = text[i : i+n]
		}
		if sur == "" {
			return
		}
		j := i + len(sur)
		r1, n1 := utf8.DecodeRuneInString(text[j:])
		r2, n2 := utf8.DecodeRuneInString(text[j+n1:])
		r3, _ := utf8.DecodeRuneInString(text[j+n1+n2:])
		common1, common2 := strings.ContainsRune(givenChars, r1), strings.ContainsRune(givenChars, r2)
		looseGiven := func(r rune) bool {
			return unicode.Is(unicode.Han, r) && !strings.ContainsRune(stopGiven+placeAfter+postName, r)
		}
		var name string
		switch {
		case common1 && common2 && strings.ContainsRune(postName, r3):
			name = text[i : j+n1+n2]
		case (common1 || common2) && looseGiven(r1) && looseGiven(r2) && strings.ContainsRune(postName, r3) && !strings.Contains(looseNotSurnames, sur):
			// 向江岐松借款, 向陈昭杰借款: one common given-name character
			// is enough for three characters that are no everyday word
			if name = text[i : j+n1+n2]; everydayWord(name) {
				return
			}
		case common1 && strings.ContainsRune(postName, r2):
			name = text[i : j+n1]
		default:
			return
		}
		if opensNotName(name) {
			return
		}
		if placeNext(text[i+len(name):]) || place(name) || strings.Contains("向时于", sur) {
			return
		}
		out = append(out, name)
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if strings.ContainsRune(preName, r) {
			try(i)
		}
	}
	for _, m := range namePrefixRe.FindAllStringIndex(text, -1) {
		try(m[1])
	}
	// a sentence or clause that opens with a name and a date: 。张翠荔于2014年5月20日
	for _, m := range nameDateRe.FindAllStringIndex(text, -1) {
		n := nameEndingAt(text, m[0])
		if n == "" || strings.ContainsAny(n[:3], "向时于") || place(n) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:m[0]-len(n)]); m[0]-len(n) > 0 && !strings.ContainsRune("。；，,;\n ）)", r) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// nameDateRe is 于 and a year after a clause's subject.
var nameDateRe = regexp.MustCompile(`于(?:19|20)\d\d年`)

// placeNext says whether a place suffix follows within two characters: the
// candidate is then the start of a place name (盐边县, 黄山市).
func placeNext(s string) bool {
	for k := 0; k < 2 && s != ""; k++ {
		r, n := utf8.DecodeRuneInString(s)
		if strings.ContainsRune("省市县", r) {
			return true
		}
		s = s[n:]
	}
	return false
}

// isPlace says whether the document writes name as a place somewhere
// (沈阳市, 黄山区): a bare 沈阳 is then the city, not a person.
func isPlace(text, name string) bool {
	for _, suf := range []string{"市", "县", "区", "省", "镇", "村", "乡", "路", "街", "州"} {
		for i := 0; ; {
			j := strings.Index(text[i:], name+suf)
			if j < 0 {
				break
			}
			i += j + len(name)
			if !placeWordAt(text[i:]) {
				return true
			}
		}
	}
	return false
}

// wholeThird is the three-character name a two-character reading n is
// the start of, or "": every occurrence of n is followed by the same
// character, one common in names that reading stops at (郑义和, 张一入,
// 徐军委, 刘金从), and the document closes the three characters somewhere
// (转包给郑义和，). The person is then always written whole, and 郑义 is
// no name of its own.
func wholeThird(text, n string) string {
	if utf8.RuneCountInString(n) != 2 || len(n) >= 6 && compoundSurnames[n[:6]] {
		return ""
	}
	var third rune
	for i := 0; ; {
		j := strings.Index(text[i:], n)
		if j < 0 {
			break
		}
		i += j + len(n)
		r, _ := utf8.DecodeRuneInString(text[i:])
		if third != 0 && r != third || !strings.ContainsRune(wholeThirds, r) {
			return ""
		}
		third = r
	}
	if third == 0 {
		return ""
	}
	n3 := n + string(third)
	if !closedSomewhere(text, n3) || wordSet[n3] || isPlace(text, n3) {
		return ""
	}
	return n3
}

// wholeThirds are characters nameFrom stops at that end given names often
// enough (义和, 一入, 军委, 金从, 茂万, 建承).
const wholeThirds = "和入从委万承向信"

// closedThirds are wholeThirds that start no conjunction or preposition.
const closedThirds = "入从委万承信"

// misreadThird says whether the three-character reading n is the name p
// and the first character of the word after it (史娟陈述, 王敏可能, 李婧索要):
// n is never closed by punctuation or a particle, its third character is
// no common given-name character, and p stands alone (not before that
// character) at least twice and twice as often as n, closed somewhere.
// Siblings sharing a generation character (蒋宜曼, 蒋宜颜) never close 蒋宜.
func misreadThird(text, n, p string) bool {
	third, _ := utf8.DecodeLastRuneInString(n)
	if strings.ContainsRune(givenChars, third) || closedSomewhere(text, n) || wordSet[p] || titled([]rune(p)) {
		return false
	}
	whole := strings.Count(text, n)
	alone := strings.Count(text, p) - whole
	return alone >= 2 && alone >= 2*whole && closedSomewhere(text, p)
}

// placeWords start with a place suffix but name no place: 赵永才路灯 is
// the person and a street lamp, 王峥路费 the person's fare, 史娟路南的房子
// the person's house south of the road.
var placeWords = []string{"路南", "路北", "路东", "路西", "路灯", "路费", "路上", "路边", "路旁", "路过", "路段", "路线", "路途", "路面", "市场", "市民", "市值", "区域", "区别", "省钱", "乡下", "乡亲", "村民", "路遇"}

func placeWordAt(s string) bool {
	if strings.HasPrefix(s, "村民小组") || strings.HasPrefix(s, "村民组") {
		return false // 龚洼村民组 is the group of 龚洼村
	}
	for _, w := range placeWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// closedSomewhere says whether n stands somewhere followed by punctuation
// or a particle (罗飞春的, 李刚刚，): its third character is then part of the
// name, not a verb after a two-character name (李剑来到).
func closedSomewhere(text, n string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], n)
		if j < 0 {
			return false
		}
		i += j + len(n)
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(closeAfter, r) {
			return true
		}
	}
}

// closeAfter are particles that end a name and start no verb with it.
const closeAfter = "的等某"

// prefix2 is the surname and first given character of a three-character
// name with a single-character surname, or "".
func prefix2(n string) string {
	rs := []rune(n)
	if len(rs) != 3 || compoundSurnames[string(rs[:2])] {
		return ""
	}
	return string(rs[:2])
}

// cues finds cue words by plain substring search (a regexp alternation of
// a hundred words ran the NFA over every byte and took most of the time),
// then reads the optional （原审被告人） and colon after each.
type cues struct {
	words []string
	paren bool
}

var cueTail = regexp.MustCompile(`^\s*(?:[（(][^）)]{1,16}[）)])?\s*[：:]?\s*`)

func newCues(alt string, paren bool) *cues {
	ws := strings.Split(alt, "|")
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	return &cues{words: ws, paren: paren}
}

// FindAllStringIndex returns the leftmost-longest cues with their tails.
func (c *cues) FindAllStringIndex(text string, _ int) [][]int {
	var hits [][]int
	for _, w := range c.words {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			hits = append(hits, []int{i + j, i + j + len(w)})
			i += j + len(w)
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i][0] != hits[j][0] {
			return hits[i][0] < hits[j][0]
		}
		return hits[i][1] > hits[j][1]
	})
	var out [][]int
	start, end := -1, 0
	for _, h := range hits {
		if h[0] < end {
			if h[0] == start || h[1] <= end || !kinShort(text[start:end]) {
				continue
			}
			// a kin word starting inside a short 其/之 form and running past
			// it is the cue (其女婿许晶晶: 其女 and 婿许晶 read no name, 女婿
			// and 许晶晶 do; 其姐夫, 其女友)
			out = out[:len(out)-1]
		}
		start = h[0]
		e := h[1]
		if c.paren {
			e += len(cueTail.FindString(text[e:]))
		} else {
			e += len(text[e:]) - len(strings.TrimLeft(text[e:], " \t\n"))
		}
		out = append(out, []int{h[0], e})
		end = h[1]
	}
	return out
}

// kinShort says whether a cue is a two-character kin form of 其 or 之
// (其女, 其姐, 之子), which a longer kin word may run on from.
func kinShort(cue string) bool {
	return utf8.RuneCountInString(cue) == 2 && (strings.HasPrefix(cue, "其") || strings.HasPrefix(cue, "之"))
}

// throughStop reads, after a role, a three-character name whose second or
// third character is one nameFrom stops at (被害人刘继承, 证人蔡冒仔, 证人曹忠路):
// it is taken when the document somewhere closes it with punctuation or 的,
// and does not so close the shorter reading n.
func throughStop(text string, i int, n string) string {
	r0, n0 := utf8.DecodeRuneInString(text[i:])
	if !strings.ContainsRune(singleSurnames, r0) || strings.ContainsRune(wordEnd, r0) {
		return "" // 对方签订, 同时欠她: the character ends a word, it starts no name
	}
	e := i + n0
	for k := 0; k < 2; k++ {
		r, sz := utf8.DecodeRuneInString(text[e:])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("某×的等和与及在被是了", r) {
			return ""
		}
		e += sz
	}
	n3 := text[i:e]
	if last, _ := utf8.DecodeLastRuneInString(n3); strings.ContainsRune("市县区省镇村乡盟旗", last) {
		return "" // 黄桥镇 is a place
	}
	// a word or an amount right after closes the name here (被害人黄向阳损失23800元,
	// 证人陈又飞证实) as punctuation does
	// when the characters it reads through are ones common in names
	// (向, 承, 信…), not a verb after a two-character name (李伟打电话)
	next, _ := utf8.DecodeRuneInString(text[e:])
	closed := punctAfterSomewhere(text, n3) || (nameStopsOnly(n3[n0:]) && (wordAt(text[e:]) != "" || unicode.IsDigit(next)))
	if len(n3) <= len(n) || !closed || (n != "" && closedSomewhere(text, n)) || isPlace(text, n3) || orgSuffixRe.MatchString(n3) {
		return ""
	}
	if opensNotName(n3) {
		return ""
	}
	return n3
}

// nameStopsOnly says whether every stop or place character in given is
// one common in names (nameStops).
func nameStopsOnly(given string) bool {
	for _, r := range given {
		if (strings.ContainsRune(stopGiven, r) || strings.ContainsRune(placeAfter, r)) && !strings.ContainsRune(nameStops, r) {
			return false
		}
	}
	return true
}

// punctAfterSomewhere says whether n stands somewhere followed by
// punctuation, a space, the end or 的/等. Digits do not close it: 邓波于2014年
// is 邓波 and a date.
func punctAfterSomewhere(text, n string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], n)
		if j < 0 {
			return false
		}
		i += j + len(n)
		r, sz := utf8.DecodeRuneInString(text[i:])
		if sz == 0 || unicode.IsPunct(r) || unicode.IsSpace(r) || r == '的' || r == '等' {
			return true
		}
	}
}

// opensNotName says whether s opens with one of notNames.
func opensNotName(s string) bool {
	return slices.ContainsFunc(notNames, func(w string) bool { return strings.HasPrefix(s, w) })
}

// gluedName reads a name written right after the person n with n's own
// surname (被告人何红冉何象伟, 赵秀霞赵娟): the source wrote the person's
// name twice, once as masked by its publisher, and the second is the same
// person. The second name's extent is the one the document closes with
// punctuation or a particle somewhere; three characters are preferred.
func gluedName(text, n string) string {
	sur := surnameOf(n)
	if utf8.RuneCountInString(sur) != 1 || strings.ContainsAny(n, "·•") {
		return "" // single-character surnames only: 欧阳 after a name is rarer than a word
	}
	best := ""
	for i := 0; ; {
		j := strings.Index(text[i:], n+sur)
		if j < 0 {
			return best
		}
		at := i + j + len(n)
		i = at
		ends := runeEnds(text[at:], 3)
		for k := len(ends) - 1; k >= 1; k-- {
			g := text[at : at+ends[k]]
			if len(g) <= len(best) || !gluedGiven(g[len(sur):]) || everydayWord(g) || opensNotName(g) {
				continue
			}
			if next, _ := utf8.DecodeRuneInString(text[at+ends[k]:]); roleClosed(text[at+ends[k]:]) || strings.ContainsRune(gluedNext, next) {
				best = g
				break
			}
		}
	}
}

// gluedNext may follow a person's name in a clause (何红冉何象伟犯…罪,
// …均如实供述, …及其辩护人, …在场知情, …驾驶).
const gluedNext = "犯均及在驾与和是以用"

// gluedGiven says whether g can be a given name: Han characters that are
// neither a mask nor a stop character.
func gluedGiven(g string) bool {
	for _, r := range g {
		if !unicode.Is(unicode.Han, r) || r == '某' || r == '×' || strings.ContainsRune(stopGiven, r) || strings.ContainsRune(placeAfter, r) {
			return false
		}
	}
	return g != ""
}
