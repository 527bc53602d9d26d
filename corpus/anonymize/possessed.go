package anonymize

import (
	"strings"
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
		for i := 0; ; {
			j := strings.Index(text[i:], mark)
			if j < 0 {
				break
			}
			e := i + j
			i = e + len(mark)
			if n := ownerEndingAt(text, e); n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
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
