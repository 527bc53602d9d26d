package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lawKind is what precedes an article.
type lawKind int

const (
	noLaw   lawKind = iota // nothing law-like: the article is bare
	named                  // a law name
	thisLaw                // 本法, 该法, 本解释…
	notLaw                 // a named document that is no statute (《…协议》, 合同): not a citation
)

// lawName is the law written before an article.
type lawName struct {
	kind       lawKind
	name       string
	start, end int
}

// lawSuffixes end the titles of laws, interpretations and rules.
var lawSuffixes = []string{"法", "法典", "解释", "规定", "意见", "条例", "办法", "决定", "通则", "总则",
	"规则", "批复", "纪要", "修正案", "细则", "答复", "通知", "规范", "标准", "章程"}

// shortSuffixes are the suffixes whose short unbracketed uses are usually
// generic words (有关规定, 相关意见) rather than titles.
var shortSuffixes = map[string]bool{"规定": true, "意见": true, "决定": true, "通知": true, "办法": true,
	"规则": true, "批复": true, "答复": true, "规范": true, "标准": true, "章程": true}

// thisMarkers refer to the law being quoted or last named.
var thisMarkers = []string{"本法", "该法", "同法", "本解释", "该解释", "本规定", "该规定", "本条例", "该条例",
	"本意见", "本办法", "本决定", "上述法律", "本规则", "本节", "本章", "本编"}

// notStatutes precede article numbers of documents that are not statutes.
var notStatutes = []string{"合同", "协议", "协议书", "章程", "判决", "裁定", "决定书", "判决书", "裁定书", "约定", "条款"}

// boundaries are the words that end the run before an unbracketed short
// law name: 依照刑法 → 刑法.
var boundaries = []string{"依照", "根据", "依据", "按照", "违反", "触犯", "适用", "参照", "认定为", "属于", "构成",
	"符合", "我国", "现行", "即", "了", "的", "和", "及", "与", "或", "并", "是", "为", "按", "依", "据", "照", "系",
	"应当", "应", "在", "经", "以", "由", "规定", "修正后", "修订后", "实施", "认定", "达到", "援引"}

// shortTitles are short law names that no longer title ends with, so a run
// ending with one is that law whatever words precede it.
var shortTitles = []string{"刑事诉讼法", "民事诉讼法", "行政诉讼法", "刑诉法", "民诉法", "民法典", "民法通则", "民法总则", "刑法"}

// issuers are the bodies whose names may stand outside the brackets:
// 最高人民法院《关于…的解释》.
var issuers = []string{"最高人民法院、最高人民检察院、公安部", "最高人民法院、最高人民检察院", "最高人民检察院、公安部",
	"最高人民法院", "最高人民检察院", "两高"}

// lawBefore reads the law name written right before rune offset i.
func lawBefore(rs []rune, i int) lawName {
	j := backSpace(rs, i)
	if j >= 0 && (rs[j] == '：' || rs[j] == ':') {
		j = backSpace(rs, j)
	}
	if j >= 0 && rs[j] == '中' {
		j = backSpace(rs, j)
	}
	if j >= 0 && isCloseParen(rs[j]) {
		// A note such as （2015年修正） between the title and the article.
		if open := matchOpen(rs, j); open > 0 && j-open < 20 {
			if k := backSpace(rs, open); k >= 0 && isCloseTitle(rs[k]) {
				j = k
			}
		}
	}
	if j < 0 {
		return lawName{}
	}
	if isCloseTitle(rs[j]) {
		return bracketed(rs, j)
	}
	return unbracketed(rs, j)
}

// bracketed reads 《…》 ending at j, with an issuer written before it.
func bracketed(rs []rune, j int) lawName {
	open := matchOpen(rs, j)
	if open < 0 {
		return lawName{}
	}
	inner := string(rs[open+1 : j])
	if !looksLikeLaw(inner) {
		return lawName{kind: notLaw}
	}
	start := open
	before := string(rs[max(0, open-20):open])
	for _, is := range issuers {
		if strings.HasSuffix(before, is) {
			start = open - len([]rune(is))
			inner = is + inner
			break
		}
	}
	return lawName{kind: named, name: inner, start: start, end: j + 1}
}

// unbracketed reads a title written without brackets ending at j: 刑法,
// 中华人民共和国刑事诉讼法, 最高人民法院关于…的解释.
func unbracketed(rs []rune, j int) lawName {
	tail := string(rs[max(0, j-3) : j+1])
	for _, m := range notStatutes {
		if strings.HasSuffix(tail, m) {
			return lawName{kind: notLaw}
		}
	}
	k := j
	for k >= 0 && j-k < 80 && (unicode.Is(unicode.Han, rs[k]) && !endsProvision(rs, k) || issuerJoin(rs, k) || isTitleMark(rs[k])) {
		k--
	}
	run := string(rs[k+1 : j+1])
	if run == "" {
		return lawName{}
	}
	for _, m := range thisMarkers {
		if strings.HasSuffix(run, m) {
			return lawName{kind: thisLaw}
		}
	}
	if !looksLikeLaw(run) {
		return lawName{}
	}
	name := trimToTitle(run)
	n := []rune(name)
	if len(n) < 2 || len(n) < 5 && shortSuffixes[suffixOf(name)] {
		return lawName{}
	}
	return lawName{kind: named, name: name, start: j + 1 - len(n), end: j + 1}
}

// trimToTitle cuts the words before a title off the run that ends with it.
func trimToTitle(run string) string {
	// Issuers first: 最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释.
	for _, is := range []string{"最高人民法院", "最高人民检察院"} {
		if k := strings.Index(run, is); k >= 0 {
			return run[k:]
		}
	}
	// Elsewhere a title mark ends an earlier title: 《刑法》和刑事诉讼法.
	if k := strings.LastIndexAny(run, "《》〈〉"); k >= 0 {
		_, size := utf8.DecodeRuneInString(run[k:])
		run = run[k+size:]
	}
	// 中华人民共和国, also garbled (中国人民共和国, 中华人民共和): from its 中.
	if k := strings.LastIndex(run, "共和"); k >= 0 {
		if j := strings.LastIndex(run[:k], "中"); j >= 0 && k-j <= len("中华花人民") {
			return run[j:]
		}
	}
	// Well-known short titles end any run: 具有刑法, 颁布前刑法 → 刑法.
	for _, short := range shortTitles {
		if strings.HasSuffix(run, short) {
			return short
		}
	}
	cut := 0
	for _, b := range boundaries {
		// The cut must leave more than a bare suffix: 森林法实施条例 stays whole.
		k := strings.LastIndex(run, b)
		if k < 0 || k+len(b) <= cut {
			continue
		}
		rest := run[k+len(b):]
		if len(rest) > len(suffixOf(rest)) && suffixOf(rest) != "" {
			cut = k + len(b)
		}
	}
	return run[cut:]
}

// endsProvision reports whether rs[k] closes an earlier provision (条, 款),
// where a title written before a later article cannot begin.
func endsProvision(rs []rune, k int) bool {
	return rs[k] == '款' || rs[k] == '条' && (k+1 >= len(rs) || rs[k+1] != '例')
}

// issuerJoin reports whether rs[k] is the 、 between two issuers
// (最高人民法院、最高人民检察院), which belongs to a title.
func issuerJoin(rs []rune, k int) bool {
	if rs[k] != '、' || k == 0 || k+2 >= len(rs) {
		return false
	}
	next := string(rs[k+1 : min(len(rs), k+4)])
	return (rs[k-1] == '院' || rs[k-1] == '部') && (strings.HasPrefix(next, "最高") || strings.HasPrefix(next, "公安部"))
}

// looksLikeLaw reports whether a title ends like a statute's, ignoring a
// closing note (（试行）, 〈…〉).
func looksLikeLaw(title string) bool {
	return suffixOf(title) != ""
}

func suffixOf(title string) string {
	t := strings.TrimRight(title, "〉>＞﹥》")
	if strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")") {
		if k := strings.LastIndexAny(t, "（("); k > 0 && !strings.HasSuffix(t[:k], "修正案") {
			t = t[:k]
		} else if k > 0 {
			return "修正案"
		}
	}
	for _, s := range lawSuffixes {
		if strings.HasSuffix(t, s) {
			return s
		}
	}
	return ""
}

func isCloseTitle(r rune) bool {
	return r == '》' || r == '〉' || r == '>' || r == '＞' || r == '﹥'
}

func isTitleMark(r rune) bool { return r == '《' || r == '》' || r == '〈' || r == '〉' }

func isCloseParen(r rune) bool { return r == '）' || r == ')' }

// matchOpen finds the bracket opening the one that closes at j, allowing
// nested titles (《…〈…〉…》); -1 when there is none within 200 runes.
func matchOpen(rs []rune, j int) int {
	depth := 0
	for k := j; k >= 0 && j-k < 200; k-- {
		switch rs[k] {
		case '》', '〉', '>', '＞', '﹥', '）', ')':
			depth++
		case '《', '〈', '<', '＜', '﹤', '（', '(':
			depth--
			if depth == 0 {
				return k
			}
		case '。', '\n':
			return -1
		}
	}
	return -1
}
