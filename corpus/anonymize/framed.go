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
	for _, w := range notNames {
		if strings.HasPrefix(name, w) {
			return ""
		}
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
