package anonymize

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// framedNames finds names written with no role whose given name is not
// made of common given-name characters (向叶亿庆借款, 交给王峥，): a surname
// and one or two characters standing at least twice between a character
// that introduces a person (preName) and one that follows a name
// (postName). One such frame is often a word (的高度重视); a name the
// facts keep returning to stands in several.
func framedNames(text string) []string {
	count := map[string]int{}
	var order []string
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !strings.ContainsRune(preName, r) {
			continue
		}
		if c := framedAt(text[i:]); c != "" {
			if count[c] == 0 {
				order = append(order, c)
			}
			count[c]++
		}
	}
	var out []string
	for _, c := range order {
		if count[c] >= 2 && !isPlace(text, c) {
			out = append(out, c)
		}
	}
	return out
}

// looseNotSurnames are surnames far more often a word (但, 应, 钱 money, 车
// vehicle, 干 do) than a name standing with no role.
const looseNotSurnames = "向时于但应钱车干"

// framedAt reads a surname and one or two given characters at the start
// of s when a character that follows a name comes right after them.
func framedAt(s string) string {
	sur := ""
	if len(s) >= 6 && compoundSurnames[s[:6]] {
		sur = s[:6]
	} else if r, n := utf8.DecodeRuneInString(s); n > 0 && strings.ContainsRune(singleSurnames, r) && !strings.ContainsRune(looseNotSurnames, r) {
		sur = s[:n]
	}
	if sur == "" {
		return ""
	}
	given := func(r rune) bool {
		return unicode.Is(unicode.Han, r) && !strings.ContainsRune(stopGiven, r) && !strings.ContainsRune(placeAfter, r) && r != '某'
	}
	j := len(sur)
	r1, n1 := utf8.DecodeRuneInString(s[j:])
	if !given(r1) {
		return ""
	}
	r2, n2 := utf8.DecodeRuneInString(s[j+n1:])
	name := ""
	switch {
	case strings.ContainsRune(postName, r2):
		if !wordSet[s[:j+n1+n2]] { // 海洛因: 因 ends the word, not the name
			name = s[:j+n1]
		}
	case given(r2):
		if r3, _ := utf8.DecodeRuneInString(s[j+n1+n2:]); strings.ContainsRune(postName, r3) {
			name = s[:j+n1+n2]
		}
	}
	if name == "" || placeNext(s[len(name):]) || orgSuffixRe.MatchString(name) {
		return ""
	}
	if opensNotName(name) {
		return ""
	}
	if everydayWord(name) {
		return ""
	}
	return name
}

// words are everyday words that start with a surname character (房子,
// 项目, 茅台酒), from jieba's dictionary by scripts/anonymize-words.sh.
//
//go:embed words.txt
var words string

// wordSet is words as a set; it is built once and only read.
var wordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}()

// everydayWord says whether a name read with no role is an everyday word
// or, for three characters, is made of one (房子里, 解协议).
func everydayWord(name string) bool {
	if wordSet[name] {
		return true
	}
	rs := []rune(name)
	return len(rs) == 3 && (wordSet[string(rs[:2])] || wordSet[string(rs[1:])])
}

// wordName says whether a name read in a frame that bounds it (a 、 list
// beside a person, 收受…现金) is an everyday word or made of one, reading
// the document: a three-character name whose given name is a word (张向阳,
// 王丛林, 叶普选) is a name when the word stands in the document mostly
// inside it, and a word when it also stands on its own (白衣男子和…: 男子
// is written elsewhere; 赔偿金共计: 共计 is).
func wordName(text, name string) bool {
	rs := []rune(name)
	if wordSet[name] || (len(rs) == 3 && wordSet[string(rs[:2])]) || titled(rs) || gluedEverywhere(text, name) {
		return true
	}
	if len(rs) != 3 || !wordSet[string(rs[1:])] {
		return false
	}
	if strings.ContainsAny(string(rs[1:]), placeAfter) {
		return true // 陈江街道: 街道 is the place's, not a given name
	}
	whole, given := strings.Count(text, name), strings.Count(text, string(rs[1:]))
	if whole == given && strings.ContainsRune(givenChars, rs[1]) && strings.ContainsRune(givenChars, rs[2]) {
		// a name written once whose given name is a word made of two
		// common given-name characters (徐富强损失1430元, 赵富强、) is a
		// name when the document never writes the word on its own
		return false
	}
	return whole < 2 || whole*3 < given*2
}

// titles follow a surname to address or name someone by post or kinship
// (李局长, 孙老板, 项总, 贺姐): the surname alone is the person's, and the
// title is no given name.
var titles = map[string]bool{"老师": true, "师傅": true, "先生": true, "女士": true, "小姐": true, "阿姨": true, "书记": true, "部长": true, "院长": true, "校长": true, "处长": true, "组长": true, "站长": true, "队长": true, "厂长": true, "镇长": true, "县长": true, "村长": true, "总监": true, "老总": true, "老板": true, "经理": true, "局长": true, "科长": true, "所长": true, "行长": true, "主任": true, "会计": true, "教授": true, "爷爷": true, "奶奶": true, "大爷": true, "大妈": true, "大娘": true, "叔叔": true, "婆婆": true}

// titled says whether a name read as surname and given name is a surname
// and a title.
func titled(rs []rune) bool {
	switch len(rs) {
	case 2:
		return strings.ContainsRune("总姐哥叔姨嫂爷婆", rs[1])
	case 3:
		return titles[string(rs[1:])]
	}
	return false
}

// gluedEverywhere says whether every occurrence of name follows a
// character that makes a word with its first one (情况说明 read 况说明,
// 公司印章 read 司印章, 小区门口 read 区门口): the name is then the tail
// of a word and what follows it, never a person.
func gluedEverywhere(text, name string) bool {
	_, sz := utf8.DecodeRuneInString(name)
	seen := false
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return seen
		}
		r, psz := utf8.DecodeLastRuneInString(text[:i+j])
		if psz == 0 || !wordSet[string(r)+name[:sz]] {
			return false
		}
		seen = true
		i += j + len(name)
	}
}

// listWord is wordName for a name read from a list, a weaker frame than
// a role or an amount: a given name that is a word needs a common
// given-name character as well (刘建平, 王丛林 but not 区蓝田, 江世纪, 石桥支盒子).
func listWord(text, name string) bool {
	rs := []rune(name)
	return wordName(text, name) || (len(rs) == 3 && wordSet[string(rs[1:])] && !givenLike(name))
}
