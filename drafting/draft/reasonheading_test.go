package draft

import (
	"slices"
	"testing"
)

// The headings are those of the similar cases adapted in tune drafts
// 077810c6 and 0a9051fa.
func TestWithoutBareHeadings(t *testing.T) {
	heading := "关于被告人刘燕毫行为性质的认定问题。"
	sentencing := "关于本案的量刑问题。"
	answer := "鉴于被告人陈小兵归案后能如实供述自己的罪行，认罪态度较好，依法可从轻处罚。"
	tests := []struct {
		name string
		in   []string
		from []int
		want []string
	}{
		{"a heading whose answer was cut goes", []string{heading, sentencing, answer}, []int{0, 2, 3}, []string{sentencing, answer}},
		{"a heading with its answer stays", []string{heading, answer}, []int{0, 1}, []string{heading, answer}},
		{"a heading last goes", []string{answer, "二、关于本案所涉造成国家损失金额问题。"}, []int{0, 1}, []string{answer}},
		{"a sentence with a clause is no heading", []string{"关于被告人的量刑，本院综合考虑其犯罪情节。"}, []int{0}, []string{"关于被告人的量刑，本院综合考虑其犯罪情节。"}},
	}
	for _, tt := range tests {
		var in []Sentence
		kept := map[int]bool{}
		for i, s := range tt.in {
			in = append(in, Sentence{Text: s})
			kept[tt.from[i]] = true
		}
		var got []string
		for _, s := range withoutBareHeadings(in, tt.from, kept) {
			got = append(got, s.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
