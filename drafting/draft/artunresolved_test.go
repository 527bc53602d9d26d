package draft

import (
	"fmt"
	"testing"
)

// TestUnresolvedArticleNotCited: a check-set draft of a 交通肇事罪 cited
// 《中华人民共和国刑法》第五百零五条, a number the Criminal Law does not have,
// carried by its similar cases' citations; it is not cited, and the
// charge's own article is.
func TestUnresolvedArticleNotCited(t *testing.T) {
	o := ruledOffline(t)
	same := make([]precedent, 6)
	for i := range same {
		same[i] = precedent{id: fmt.Sprint("c", i), charges: []string{"交通肇事罪"}, articles: []articleUse{{number: 133}, {number: 505}}}
	}
	var got []int
	for _, a := range o.articles([]string{"交通肇事罪"}, readFacts("2017年5月3日，被告人许某某驾驶小型轿车与行人相撞，致其死亡。"), caseState{}, same, bench{}) {
		if !a.Resolved {
			t.Errorf("cited %s, which the rule library does not hold", a.Cite())
		}
		got = append(got, a.Number)
	}
	if len(got) == 0 || got[0] != 133 {
		t.Errorf("cited %v, want 第一百三十三条 first", got)
	}
}
