package draft

import (
	"regexp"
	"strings"

	"leian/internal/cnum"
)

// A similar case's reasoning counts its own defendants (公诉机关指控五被告人
// 的罪名成立, 对四被告人应当数罪并罚). Adapted for a case with fewer
// defendants, it counted people who are not there: on the tune set 50
// base drafts carried a count of defendants other than their own, 14 of
// them with a single defendant. A count above ours is written as ours
// (三被告人); for a single defendant it is that defendant (被告人甲). A
// count below ours is left alone: it may speak of some of ours (二被告人
// 虽然主动投案).

// defendantCountRe is a count of defendants (五被告人, 该四名被告人, 上述十四名被告人).
var defendantCountRe = regexp.MustCompile(`(?:该|上述)?([二两三四五六七八九十]|十[一二三四五六七八九]|[二三]十[一二三四五六七八九]?)(名)?被告人`)

// withOurCount is t with every count of defendants above len(names)
// written as ours.
func withOurCount(t string, names []string) string {
	n := len(names)
	if n == 0 {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range defendantCountRe.FindAllStringSubmatchIndex(t, -1) {
		if c, _ := cnum.ParseInt(t[m[2]:m[3]]); c <= int64(n) {
			continue
		}
		b.WriteString(t[last:m[0]])
		last = m[1]
		switch {
		case n > 1:
			b.WriteString(t[m[0]:m[2]] + cnNumber(n) + t[m[3]:m[1]])
		case strings.HasPrefix(t[m[1]:], names[0]):
			b.WriteString("被告人")
		default:
			b.WriteString("被告人" + names[0])
		}
	}
	b.WriteString(t[last:])
	return b.String()
}
