package draft

import (
	"testing"
)

// TestWithoutIdleForfeiture: 第六十四条 goes when the facts, the charges
// and the verdict give it no property to act on, and stays otherwise.
func TestWithoutIdleForfeiture(t *testing.T) {
	arts := []Article{{Law: criminalLaw, Number: 234}, {Law: criminalLaw, Number: 64}}
	verdict := func(items ...string) Section {
		s := Section{Sentences: []Sentence{{Text: "一、被告人王某犯故意伤害罪，判处有期徒刑一年。（刑期从判决执行之日起计算。）\n"}}}
		for _, it := range items {
			s.Sentences = append(s.Sentences, Sentence{Text: it})
		}
		return s
	}
	assault := "被告人王某因琐事与被害人发生争执，持木棒将被害人打致轻伤。"
	tests := []struct {
		name    string
		facts   string
		charge  string
		verdict Section
		want    bool
	}{
		{"an assault, nothing held or disposed of", assault, "故意伤害罪", verdict(), false},
		{"a fine paid to the treasury", assault, "故意伤害罪", verdict("二、罚金于判决生效后十日内缴纳，上缴国库。"), false},
		{"a life sentence's confiscation", assault, "故意伤害罪", verdict("二、并处没收个人全部财产。"), false},
		{"the verdict confiscates", assault, "故意伤害罪", verdict("二、扣押在案的木棒一根予以没收。"), true},
		{"a knife seized", "公安机关依法扣押被告人王某所持水果刀一把。", "故意伤害罪", verdict(), true},
		{"a theft", "被告人张某于2018年5月在某超市盗窃。", "盗窃罪", verdict(), true},
		{"the prosecution cites it", assault + "依照《中华人民共和国刑法》第二百三十四条、第六十四条之规定提起公诉。", "故意伤害罪", verdict(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := citesArticle(withoutIdleForfeiture(arts, readFacts(tt.facts), []string{tt.charge}, tt.verdict), forfeitureArticle)
			if got != tt.want {
				t.Errorf("第六十四条 kept %v, want %v", got, tt.want)
			}
		})
	}
}
