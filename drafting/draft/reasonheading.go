package draft

import "regexp"

// A similar case's reasoning answers its issues under headings (关于被告人
// 刘燕毫行为性质的认定问题。 关于本案的量刑问题。…). When the answer that
// followed a heading was cut in adaptation (it carried the other case's
// particulars, or stated a circumstance our facts do not bear out), the
// heading stood alone: on the tune set three base drafts announced an
// issue and said nothing on it (关于本案所涉造成国家损失金额问题。鉴于被告人
// 潘为民归案后如实供述…). A heading is kept only with the sentence that
// followed it.

// issueHeadingRe is a sentence that only names an issue: opened with 关于
// or 对于 (a list number before it), no clause after it.
var issueHeadingRe = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．])?\s*(?:关于|对于)[^，,；;：:。]{2,40}(?:问题|认定|评析|意见)?[。：:]\s*$`)

// withoutBareHeadings drops from the adapted sentences sents each issue
// heading whose next sentence in the similar case (at index i+1 of the
// sentences adapted from, kept[i+1]) was not kept.
func withoutBareHeadings(sents []Sentence, from []int, kept map[int]bool) []Sentence {
	var out []Sentence
	for k, s := range sents {
		if issueHeadingRe.MatchString(s.Text) && !kept[from[k]+1] {
			continue
		}
		out = append(out, s)
	}
	return out
}
