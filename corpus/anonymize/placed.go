package anonymize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeSuffixes end the village, town or township a person lives or trades
// in, written right before the person's name (三阳村任斌家).
var placeSuffixes = []string{"村", "镇", "乡", "屯", "组", "社区"}

// placedTail follows a person named after a place: what the person keeps
// or runs there, or what they did (永安镇向波经营的煤矿, 旧县镇何霞的煤炭厂,
// 同村王中峰处购买, 陡沟村谢鑫以5800元); a sum in a list of sums paid
// (榆树村刘永增1500.00元、) is read by placedAt too.
var placedTail = prefixedBy("经营", "开办", "开设", "承包", "家中", "家里", "家门", "家", "的家", "的店", "的商店", "的市场", "的煤", "的厂", "本人", "处")

// placedNames finds a person named right after the village, town or
// township they live or trade in and before what they keep or do there.
// The reading is a surname and one or two given characters, longer first,
// that is no word, place or title (农村承包, 村干部家里, 石塘村家中 are not).
func placedNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, suf := range placeSuffixes {
		for i := range after(text, suf) {
			p, _ := utf8.DecodeLastRuneInString(text[:i-len(suf)])
			if !unicode.Is(unicode.Han, p) && !(suf == "组" && unicode.IsDigit(p)) {
				continue // 村 opening a sentence is no place's end
			}
			n := placedAt(text, i)
			if n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// placedAt reads the name at byte i after a place suffix, the longer
// reading first, when placedTail or 以 and an amount follows it.
func placedAt(text string, i int) string {
	ends := runeEnds(text[i:], 3)
	for k := len(ends) - 1; k >= 1; k-- {
		c := text[i : i+ends[k]]
		rest := text[i+ends[k]:]
		l, _ := utf8.DecodeLastRuneInString(c)
		sum := amountTailRe.MatchString(rest) && !strings.ContainsRune(stopGiven, l) // 谢鑫以5800元 is read at 以
		if !placedTail(rest) && !(strings.HasPrefix(rest, "以") && postAmount(rest[len("以"):])) && !sum {
			continue
		}
		rs := []rune(c)
		if !strings.ContainsRune(singleSurnames, rs[0]) || strings.ContainsRune(looseNotSurnames+placeAfter+"东西南北", rs[0]) || strings.ContainsRune("弄巷里坊", rs[len(rs)-1]) {
			return "" // 村南一处, 融城镇利桥弄: a direction or a lane, no person
		}
		for _, r := range rs {
			if !unicode.Is(unicode.Han, r) || r == '某' {
				return ""
			}
		}
		if len(rs) == 3 && wordSet[string(rs[:2])] || !unframedShape(text, c) || wordName(text, c) {
			return ""
		}
		return c
	}
	return ""
}
