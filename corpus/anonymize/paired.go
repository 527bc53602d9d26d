package anonymize

import (
	"strings"
	"unicode/utf8"
)

// pairedPre are a pronoun and a word joining another to it (我和, 其与,
// 他跟): in the statements the facts quote, what follows is the other
// person who acted with the speaker (我和赵永清分别领两班人, 其和刘永生下楼,
// 其和张秀玲合伙购买), or a kin word or pronoun the readers skip.
var pairedPre = []string{"我和", "其和", "他和", "她和", "我与", "其与", "他与", "她与", "我跟", "其跟", "他跟", "她跟"}

// pairedNames finds the name right after pairedPre. Nothing but the
// pronoun bounds it, so the name ends where nameFrom stops (at a stop
// character: 郝曦及其父亲), and it must have a common given-name
// character and the shape of a name (no everyday word, place, title or
// verb glued on: 我和妻子, 其和解协议, 我和王某某 read none).
func pairedNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, pre := range pairedPre {
		for i := range after(text, pre) {
			n, ok := nameFrom(text[i:])
			if !ok || seen[n] || utf8.RuneCountInString(n) < 2 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(n); strings.ContainsRune(looseNotSurnames+wordEnd, r) {
				continue // 我和于是…, 其和向…: the character starts a word
			}
			if !givenLike(n) || everydayWord(n) || wordName(text, n) || !unframedShape(text, n) {
				continue
			}
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
