package draft

import (
	"fmt"
	"testing"
)

// TestPenaltyRangeHabit: 第六十二条 is cited where the court's own
// judgments cite it, not where they never do, whatever the similar cases
// of other courts cite.
func TestPenaltyRangeHabit(t *testing.T) {
	var store habitCorpus
	for i := range 6 {
		// 临海 cites 62 with every sentence; 思明 never does.
		store = append(store, habitJudgment(fmt.Sprint("lh", i), "浙江省临海市人民法院", "浙1082", 0, 264, 62),
			habitJudgment(fmt.Sprint("sm", i), "福建省厦门市思明区人民法院", "闽0203", 0, 264))
	}
	o := habitOffline(t, store)
	silent := []precedent{{id: "s", charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}}}}
	citing := []precedent{{id: "c", charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}, {number: 62}}}}
	tests := []struct {
		name  string
		where bench
		same  []precedent
		want  bool
	}{
		{"a court that cites it, cases silent", bench{prosecutor: "临海市人民检察院"}, silent, true},
		{"a court that never does, cases citing", bench{prosecutor: "厦门市思明区人民检察院"}, citing, false},
		{"no court known, cases citing", bench{}, citing, true},
		{"no court known, cases silent", bench{}, silent, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(o.articles([]string{"盗窃罪"}, caseFacts{}, caseState{imprisoned: true}, tt.same, tt.where), 62)
			if got != tt.want {
				t.Errorf("第六十二条 cited %v, want %v", got, tt.want)
			}
		})
	}
}
