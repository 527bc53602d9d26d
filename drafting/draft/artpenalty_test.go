package draft

import (
	"slices"
	"testing"
)

// TestImposedArticles: a penalty's article stays only beside a verdict
// that imposes the penalty; the charges' and other articles are kept.
func TestImposedArticles(t *testing.T) {
	arts := func(ns ...int) []Article {
		var out []Article
		for _, n := range ns {
			out = append(out, Article{Law: criminalLaw, Number: n})
		}
		return out
	}
	verdictOf := func(lines ...string) Section {
		var s Section
		for _, l := range lines {
			s.Sentences = append(s.Sentences, Sentence{Text: l})
		}
		return s
	}
	tests := []struct {
		name    string
		as      []Article
		verdict Section
		want    []int
	}{
		{"term only", arts(264, 56, 59, 67), verdictOf("被告人张某犯盗窃罪，判处有期徒刑三年，并处罚金人民币五千元。"), []int{264, 67}},
		{"deprivation for a term", arts(263, 55, 56), verdictOf("被告人李某犯抢劫罪，判处有期徒刑十二年，剥夺政治权利四年，并处罚金人民币二万元。"), []int{263, 55, 56}},
		{"property confiscated", arts(347, 59), verdictOf("被告人王某犯贩卖毒品罪，判处有期徒刑十五年，并处没收个人财产人民币五万元。"), []int{347, 59}},
		{"civil compensation", arts(234, 36), verdictOf("一、被告人赵某犯故意伤害罪，判处有期徒刑一年。", "二、被告人赵某赔偿附带民事诉讼原告人的经济损失。"), []int{234, 36}},
		{"no death sentence", arts(232, 48), verdictOf("被告人钱某犯故意杀人罪，判处无期徒刑，剥夺政治权利终身。"), []int{232}},
		{"another law's article", []Article{{Law: "中华人民共和国刑事诉讼法", Number: 36}}, verdictOf("被告人孙某犯盗窃罪，判处拘役三个月。"), []int{36}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, a := range imposedArticles(tt.as, tt.verdict) {
				got = append(got, a.Number)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("imposedArticles = %v, want %v", got, tt.want)
			}
		})
	}
}
