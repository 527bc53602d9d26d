package anonymize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordPrefixedNames finds three-character names whose surname and first
// given character make an everyday word (林业成, 黄金喜, 杨树强): every
// other reading refuses them as that word and what follows it. The
// document decides: the name is taken when it stands at least twice, once
// in a person's frame (after a role, or between 向/给/与… and a character
// that follows a name), is closed somewhere by punctuation or 的/等, and
// the word stands in the document almost only inside it (林业 written 113
// times, each time as 林业成). A compound word dominates its first word
// too (支付宝, 农行卡), so the frame is required.
func wordPrefixedNames(text string) []string {
	seen := map[string]bool{}
	var out []string
	try := func(i int) {
		ends := runeEnds(text[i:], 3)
		if len(ends) < 3 {
			return
		}
		name := text[i : i+ends[2]]
		if next, _ := utf8.DecodeRuneInString(text[i+ends[2]:]); (!strings.ContainsRune(postName, next) || unicode.IsDigit(next)) && !roleClosed(text[i+ends[2]:]) {
			return
		}
		if !seen[name] && wordPrefixed(text, name) {
			out = append(out, name)
		}
		seen[name] = true
	}
	for _, m := range personCueRe.FindAllStringIndex(text, -1) {
		try(m[1])
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if strings.ContainsRune(strongPre, r) {
			try(i)
		}
	}
	return out
}

// strongPre are characters that put a person right after them (向林业成索要,
// 与林业成的, 由黄金喜驾驶) more often than the start of a word.
const strongPre = "向给与和叫找让跟同被由、"

// wordPrefixed says whether name is a surname, a given name whose first
// character makes a word with the surname, and a third character that can
// end a name, and the document writes the word almost only inside name.
func wordPrefixed(text, name string) bool {
	rs := []rune(name)
	if len(rs) != 3 || !strings.ContainsRune(singleSurnames, rs[0]) || strings.ContainsRune(looseNotSurnames+wordLeads, rs[0]) {
		return false
	}
	prefix := string(rs[:2])
	if !wordSet[prefix] && !slices.Contains(notNames, prefix) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.Is(unicode.Han, r) || r == '某' || r == '×' {
			return false
		}
	}
	if !strings.ContainsRune(givenChars, rs[2]) || strings.ContainsRune(placeAfter, rs[2]) {
		return false // 支付宝 aside, a word's third character is seldom a name's (农行卡, 万宝路, 扶养人)
	}
	if wordSet[name] || wordSet[string(rs[1:])] || orgSuffixRe.MatchString(name) || placeEnd(name) || titled(rs) {
		return false
	}
	whole := strings.Count(text, name)
	if whole < 2 || 5*(strings.Count(text, prefix)-whole) > whole {
		return false
	}
	return punctAfterSomewhere(text, name) && !isPlace(text, name)
}

// wordLeads are surnames that far more often start a word (支付, 支持,
// 支出) than a name, whose compounds (支付宝) the document may write
// everywhere as its frame writes a name.
const wordLeads = "支"

// maskedMinorityRe is a minority or foreign name whose first part the
// source masked (吉某·叶慧明, 亚森卡热·艾孜提): the part after the dot is the
// same person's name.
var maskedMinorityRe = regexp.MustCompile(`\p{Han}某[·•](\p{Han}{2,4})`)

// maskedMinorityNames reads the rest of a half-masked minority name up to
// the first character that stops a name.
func maskedMinorityNames(text string) []string {
	var out []string
	for _, m := range maskedMinorityRe.FindAllStringSubmatchIndex(text, -1) {
		rest := text[m[2]:m[3]]
		e := 0
		for k, r := range rest {
			if k > 0 && (strings.ContainsRune(stopGiven, r) || strings.ContainsRune(placeAfter, r)) && !strings.ContainsRune(nameStops, r) {
				break
			}
			e = k + utf8.RuneLen(r)
		}
		if n := rest[:e]; utf8.RuneCountInString(n) >= 2 && !wordSet[n] && !orgSuffixRe.MatchString(n) {
			out = append(out, n)
		}
	}
	return out
}
