package draft

import (
	"strconv"
	"testing"
)

// TestDrugRepeat: 第三百五十六条 is cited for a drug charge exactly when the
// facts affirm a prior drug sentence, whatever the similar cases cite.
func TestDrugRepeat(t *testing.T) {
	o := ruledOffline(t)
	citing, silent := make([]precedent, 6), make([]precedent, 6)
	for i := range 6 {
		citing[i] = precedent{id: strconv.Itoa(i), articles: []articleUse{{number: 347}, {number: 356}}}
		silent[i] = precedent{id: strconv.Itoa(i), articles: []articleUse{{number: 347}}}
	}
	const sell = "走私、贩卖、运输、制造毒品罪"
	tests := []struct {
		name   string
		charge string
		facts  string
		same   []precedent
		want   bool
	}{
		{"a prior drug sentence, cases silent", sell, "被告人张某曾因犯贩卖毒品罪被判处有期徒刑三年，2016年刑满释放。", silent, true},
		{"毒品再犯 stated", sell, "被告人李某系累犯、毒品再犯，应当从重处罚。", silent, true},
		{"the sentence later in the sentence", sell, "证明被告人王某因犯贩卖毒品罪曾被判刑。", silent, true},
		{"the drug named, not 毒品", sell, "证实王某因走私鸦片945.5克被判处有期徒刑12年，于2016年12月23日减刑释放。", silent, true},
		{"no prior, cases citing", sell, "被告人赵某无前科，系初犯。", citing, false},
		{"a prior denied", sell, "辩护人认为被告人不构成毒品再犯。", citing, false},
		{"a prior for another crime", sell, "被告人孙某曾因犯盗窃罪被判处有期徒刑一年。", citing, false},
		{"a drug prior, a charge outside the section", "盗窃罪", "被告人周某曾因贩卖毒品罪被判处有期徒刑一年。", silent, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(o.articles([]string{tt.charge}, readFacts(tt.facts), caseState{}, tt.same, bench{}), drugRepeatArticle)
			if got != tt.want {
				t.Errorf("第三百五十六条 cited %v, want %v", got, tt.want)
			}
		})
	}
}
