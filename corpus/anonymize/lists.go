package anonymize

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listSeps join the items of a list of people: 张三、李四和王五.
var listSeps = []string{"、", "和", "与", "及"}

// listEnd may follow the last item of a list: punctuation, another
// separator, or a word that closes a list (等人, 均, 二人, 的).
const listEnd = "、，。；：,;:（(）)和与及同等的均二两三四五六几各分共都也被在犯到于因系"

// maskFormEndRe is a 某 form ending a text: 邬某, 李某1, 张某甲, and the
// numbered forms of CAIL2018 with the digit before 某 (葛1某, 刘7某).
var maskFormEndRe = regexp.MustCompile(`(\p{Han})\d{0,2}某(?:某|\d{1,2}|[甲乙丙丁戊己庚辛壬癸])?$`)

// maskFormRe is a 某 form starting a text.
var maskFormRe = regexp.MustCompile(`^\p{Han}\d{0,2}某(?:某|\d{1,2}|[甲乙丙丁戊己庚辛壬癸])?`)

// listNames finds names joined by a list separator to a person already
// known or to a 某 form: the items of one list are people of one kind
// (证人刘东、邬某、薛燕萍), so the neighbour of a person is a person. It
// runs until no name is added, so a whole list is read from one anchor.
func listNames(text string, known map[string]bool) []string {
	var out []string
	add := func(n string) bool {
		// a three-character name that is no everyday word needs no common
		// given-name character beside a known name (汪克伍、邵稼耘等人)
		if n == "" {
			return false
		}
		word := listWord(text, n) && !nameWord(text, n)
		named := givenLike(n) || (utf8.RuneCountInString(n) == 3 && !word && !strings.ContainsRune(looseNotSurnames, []rune(n)[0])) || listedPair(text, n)
		if known[n] || isPlace(text, n) || orgSuffixRe.MatchString(n) || !named || placeEnd(n) || (utf8.RuneCountInString(n) == 3 && word) || titled([]rune(n)) || gluedEverywhere(text, n) {
			return false
		}
		known[n] = true
		out = append(out, n)
		return true
	}
	var seps [][2]int
	for _, sep := range listSeps {
		for i := 0; ; {
			j := strings.Index(text[i:], sep)
			if j < 0 {
				break
			}
			seps = append(seps, [2]int{i + j, i + j + len(sep)})
			i += j + len(sep)
		}
	}
	for round := 0; round < 8; round++ {
		grew := false
		for _, sp := range seps {
			left, lm := leftItem(text, sp[0])
			right, rm := rightItem(text, sp[1])
			leftKnown := lm || (left != "" && known[left])
			rightKnown := rm || (right != "" && known[right]) || knownAt(text, sp[1], known)
			if leftKnown && !rm && add(right) {
				grew = true
			}
			if rightKnown && !lm && add(left) {
				grew = true
			}
		}
		if !grew {
			break
		}
	}
	return out
}

// leftItem is the name or 某 form (mask true) ending at byte e. Where the
// name starts is read from what stands before it: punctuation or a word
// that introduces a person (向孙敏、 is 孙敏; 证明刘梅、 is 刘梅).
func leftItem(text string, e int) (string, bool) {
	e = beforeNote(text, e)
	w := max(0, e-15) // a 某 form is at most four characters
	if loc := maskFormEndRe.FindStringSubmatchIndex(text[w:e]); loc != nil && strings.Contains(singleSurnames, text[w+loc[2]:w+loc[3]]) {
		if r, _ := utf8.DecodeLastRuneInString(text[:w+loc[0]]); r != '某' {
			return "", true
		}
	}
	s := e
	var starts []int
	for k := 0; k < 4 && s > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(text[:s])
		s -= n
		starts = append(starts, s)
	}
	for k := len(starts) - 1; k >= 1; k-- {
		s := starts[k]
		n, ok := nameFrom(text[s:e])
		if !ok || len(n) != e-s || (k == 3 && !compoundSurnames[text[s:s+6]]) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		first, _ := utf8.DecodeRuneInString(n)
		open := !unicode.Is(unicode.Han, before) || strings.ContainsRune(itemBefore, before) || strings.ContainsRune(wordEnd, before)
		if k > 1 && !open && strings.ContainsRune(wordEnd, first) {
			continue // 证明刘梅、: 明 ends 证明, the name is 刘梅
		}
		if k == 1 && !open {
			break // 手机支付宝与: 付宝 inside a word is no name
		}
		return n, false
	}
	return "", false
}

// beforeNote is where the item before byte e ends when a short note in
// brackets closes it (李文伟（均另案处理）、陈孟春; 杜雪琳（男，殁年42岁）和杜敏):
// the note's opening bracket, or e itself.
func beforeNote(text string, e int) int {
	if !strings.HasSuffix(text[:e], "）") {
		return e
	}
	w := text[max(0, e-noteMax):e]
	k := strings.LastIndex(w, "（")
	if k < 0 || strings.ContainsAny(w[k:], "、；。") {
		return e
	}
	return e - len(w) + k
}

// noteMax bounds a note in brackets after a list's item, in bytes.
const noteMax = 60

// wordEnd are surname characters that more often end a word before a name
// (向, 证明, 对方, 同时, 清楚) than start one.
const wordEnd = "向明时方于和同给从对将把被让叫楚在由是"

// itemBefore may stand right before a list's first name.
const itemBefore = "、和与及向给对被让叫找跟同从由将把为是了人有的"

// rightItem is the name or 某 form (mask true) starting at byte s, read
// only when a list ending follows it, trying the longer reading first.
func rightItem(text string, s int) (string, bool) {
	if m := maskFormRe.FindString(text[s:]); m != "" && strings.ContainsRune(singleSurnames, []rune(m)[0]) {
		return "", true
	}
	n, ok := nameFrom(text[s:])
	if !ok || strings.ContainsAny(n, "某×") {
		return "", false
	}
	for len(n) >= 6 {
		if nameEndsAt(text[s+len(n):]) {
			return n, false
		}
		_, sz := utf8.DecodeLastRuneInString(n)
		n = n[:len(n)-sz]
		if utf8.RuneCountInString(n) < 2 || (len(n) == 6 && compoundSurnames[n]) {
			break
		}
	}
	return "", false
}

// nameEndsAt says whether a list item's name can end right before s: a
// list ending, a digit, a character that stops names (杨丽娜、李晓娜安排),
// or an everyday word (郭喜安、刘鸣理财20万; 王某戊、王永杰城镇用地).
func nameEndsAt(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || strings.ContainsRune(listEnd, r) || strings.ContainsRune(stopGiven, r) || unicode.IsDigit(r) {
		return true
	}
	r2, n2 := utf8.DecodeRuneInString(s[n:])
	return unicode.Is(unicode.Han, r2) && wordSet[s[:n+n2]]
}

// givenLike says whether a name read from a list looks like a person's: a
// two-character name's given character, or one of a three-character
// name's, is a common given-name character (白芍、海口 are not names).
func givenLike(n string) bool {
	rs := []rune(n)
	if len(n) >= 6 && compoundSurnames[n[:6]] {
		rs = rs[1:]
	}
	for _, r := range rs[1:] {
		if strings.ContainsRune(givenChars, r) {
			return true
		}
	}
	return false
}

// knownAt says whether a known name starts at byte s, whatever follows it
// (周军认识…).
func knownAt(text string, s int, known map[string]bool) bool {
	e := s
	for k := 0; k < 4 && e < len(text); k++ {
		_, n := utf8.DecodeRuneInString(text[e:])
		e += n
		if k >= 1 && known[text[s:e]] {
			return true
		}
	}
	return false
}

// placeEnd says whether a name read from a list ends like a village or
// landmark (白家湾, 南风桥): lists of places sit beside masked names too.
func placeEnd(n string) bool {
	r, _ := utf8.DecodeLastRuneInString(n)
	return strings.ContainsRune("湾桥庄沟坡岭塘坝屯寨堡坪港岗洼", r)
}

// sandwichedNames finds a name standing between two 、 whose neighbours on
// both sides are persons (known names or 某 forms): 屠某、于向阳、王春梅 or
// 秦佳桐、任继承、刘丛丛. Bounded by separators and persons, the item may
// hold characters that stop a name elsewhere (向, 承, 镇, 路) or a word as
// its given name (杨树强); it must still start with a surname and be no
// place, organisation or everyday word. It runs until no name is added,
// so a run of such items is read from its known ends.
func sandwichedNames(text string, known map[string]bool) []string {
	const sep = "、"
	var out []string
	for round := 0; round < 8; round++ {
		grew := false
		for i := 0; ; {
			j := strings.Index(text[i:], sep)
			if j < 0 {
				break
			}
			s := i + j + len(sep)
			i = s
			k := strings.Index(text[s:min(len(text), s+5*4)], sep)
			if k < 0 {
				continue
			}
			it := text[s : s+k]
			if known[it] || !sandwichedItem(text, it) {
				continue
			}
			left, lm := leftItem(text, s-len(sep))
			right, rm := rightItem(text, s+k+len(sep))
			if !(lm || known[left]) || !(rm || known[right] || knownAt(text, s+k+len(sep), known)) {
				continue
			}
			known[it] = true
			out = append(out, it)
			grew = true
		}
		if !grew {
			break
		}
	}
	return out
}

// sandwichedItem says whether a list item can be a person's name on its
// separators alone: a surname and one or two Han characters (two or three
// after a compound surname), no mask, and no place, organisation, title or
// everyday word.
func sandwichedItem(text, it string) bool {
	rs := []rune(it)
	sur := 1
	if len(rs) < 2 {
		return false // 、、 or one character
	}
	if len(it) >= 6 && compoundSurnames[it[:6]] {
		sur = 2
	} else if !strings.ContainsRune(singleSurnames, rs[0]) {
		return false
	}
	if g := len(rs) - sur; g < 1 || g > 2 {
		return false
	}
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) || r == '某' || r == '×' {
			return false
		}
	}
	if last := rs[len(rs)-1]; strings.ContainsRune(placeAfter, last) && !strings.ContainsRune(nameStops, last) {
		return false // 王家村 between two persons is still a village
	}
	return !wordSet[it] && !isPlace(text, it) && !orgSuffixRe.MatchString(it) && !placeEnd(it) && !titled(rs) && (!opensNotName(it) || nameWord(text, it))
}

// personWords are the words of words.txt that jieba tags as persons'
// names (陈宝柱, 胡佳, 李俊), written by scripts/anonymize-personwords.sh.
//
//go:embed personwords.txt
var personWordsText string

// personWords is personWordsText as a set; it is built once and only read.
var personWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(personWordsText) {
		m[w] = true
	}
	return m
}()

// nameWord says whether a three-character list item that reads as an
// everyday word, or starts with one, is a person's name all the same: the
// word is one jieba tags as a name (陈宝柱 whole; 胡佳 in 胡佳洁, 李俊 in
// 李俊宏, 杨树 in 杨树楷). Beside other persons such an item is a person;
// it must still be no title, no word's tail, have a given name that is no
// everyday word unless it is common in names, and stand somewhere opened
// as a list's item is.
func nameWord(text, n string) bool {
	rs := []rune(n)
	if len(rs) != 3 || compoundSurnames[string(rs[:2])] || (!personWords[n] && !personWords[string(rs[:2])]) {
		return false
	}
	if wordSet[n] && !personWords[n] {
		return false // 周转率 (周转 is tagged a name): the whole item is an everyday word
	}
	given := string(rs[1:])
	return !titled(rs) && !gluedEverywhere(text, n) && !(wordSet[given] && !personWords[given] && !givenLike(n)) && openedSomewhere(text, n)
}

// openedSomewhere says whether n stands somewhere right after punctuation
// or a character that may open a list's first name (、陈宝柱、): 泉美农家乐与…
// never so opened is the end of a place's name.
func openedSomewhere(text, n string) bool {
	for e := range after(text, n) {
		s := e - len(n)
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); s == 0 || !unicode.Is(unicode.Han, r) || strings.ContainsRune(itemBefore, r) {
			return true
		}
	}
	return false
}

// listedPair says whether a two-character item joined to a person is a
// name whose given character is uncommon (刘蔚, 郭杨, 李娅): no everyday
// word; no verb, particle, title, measure word (柴块) or 姓 after the
// surname; no surname that is more often a preposition or a noun; and
// never the short name of a firm (华油公司, 林扒营业所, 海澳大厦 beside
// 张某 in a list), nor the start of a longer name it always runs on into.
func listedPair(text, n string) bool {
	rs := []rune(n)
	if len(rs) != 2 || wordSet[n] || strings.ContainsRune(looseNotSurnames+"阿", rs[0]) {
		return false // 阿尔及利亚: 阿 opens nicknames and foreign names, read elsewhere
	}
	if strings.ContainsRune(stopGiven+"这那姓氏家块条根把只支件", rs[1]) || unframedVerb(rs[1]) || titled(rs) || opensNotName(n) {
		return false
	}
	var next rune = -1
	seen := 0
	for i := range after(text, n) {
		if orgAfter(text[i:]) {
			return false
		}
		seen++
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.Han, r) || (next >= 0 && r != next) {
			next = 0
		} else if next < 0 {
			next = r
		}
	}
	return seen < 2 || next <= 0 // 武敏、郑子程家 … 郑子程报警: 郑子 always runs on into 程
}

// orgAfter opens the rest of a firm's or a building's name after its
// short name (华油公司, 林扒营业所, 海澳大厦, 杭泵市场).
var orgAfter = prefixedBy("公司", "集团", "营业", "实业", "科技", "大厦", "市场", "有限", "银行", "分行", "支行", "酒店", "宾馆", "学校", "医院", "商行", "超市", "中心", "厂", "店", "牌", "所", "站", "局", "部", "矿", "场", "馆", "社", "行")
