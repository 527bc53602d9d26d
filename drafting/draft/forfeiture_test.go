package draft

import (
	"fmt"
	"testing"
)

// TestForfeitureArticle: 第六十四条 is cited when the facts name property
// to forfeit, whatever the similar cases cite; seized evidence alone, or
// property denied, leaves it to the cases; a theft whose loss was made
// good and forgiven, with nothing held, leaves art. 64 nothing to act on.
func TestForfeitureArticle(t *testing.T) {
	o := ruledOffline(t)
	silent := make([]precedent, 6)
	for i := range silent {
		silent[i] = precedent{id: fmt.Sprint(i), charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}}}
	}
	tests := []struct {
		name  string
		facts string
		want  bool
	}{
		{"stolen money", "被告人张某将盗得的赃款用于赌博挥霍。", true},
		{"a tool of the crime", "公安机关扣押作案工具螺丝刀一把。", true},
		{"gains partly returned", "案发后，被告人李某已退赃人民币三千元，尚有二千元未退。", true},
		{"loss made good and forgiven", "案发后，被告人李某已退赃人民币三千元，取得被害人谅解。", false},
		{"gains forwarded with the file", "扣押的手机一部已随案移送。", true},
		{"seized evidence only", "公安机关从被告人处查获并扣押手机一部。", false},
		{"gains denied", "辩护人提出被告人没有违法所得。", false},
		{"nothing", "被告人王某于2018年5月在某超市盗窃。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(o.articles([]string{"盗窃罪"}, readFacts(tt.facts), caseState{}, silent, bench{}), forfeitureArticle)
			if got != tt.want {
				t.Errorf("第六十四条 cited %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTermArticlesFollowTheCourtsHabit: 第四十五、四十七条 (the prison
// term and the custody deducted from it) are cited where the court's own
// judgments that imprisoned cite them, and only beside a prison term to
// be served.
func TestTermArticlesFollowTheCourtsHabit(t *testing.T) {
	var store habitCorpus
	for i := range 6 {
		// 临海 cites 45 and 47 with every prison term; 思明 never does.
		store = append(store, habitJudgment(fmt.Sprint("lh", i), "浙江省临海市人民法院", "浙1082", 0, 264, 45, 47))
		store = append(store, habitJudgment(fmt.Sprint("sm", i), "福建省厦门市思明区人民法院", "闽0203", 0, 264))
	}
	o := habitOffline(t, store)
	silent := []precedent{{id: "s", charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}}}}
	tests := []struct {
		name  string
		where bench
		st    caseState
		want  bool
	}{
		{"a court that cites them, a prison term", bench{prosecutor: "临海市人民检察院"}, caseState{imprisoned: true}, true},
		{"a court that cites them, no prison term", bench{prosecutor: "临海市人民检察院"}, caseState{probation: true}, false},
		{"a court that never does", bench{prosecutor: "厦门市思明区人民检察院"}, caseState{imprisoned: true}, false},
		{"no court known, cases silent", bench{}, caseState{imprisoned: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[int]bool{}
			for _, a := range o.articles([]string{"盗窃罪"}, caseFacts{}, tt.st, silent, tt.where) {
				got[a.Number] = true
			}
			for _, n := range []int{45, 47} {
				if got[n] != tt.want {
					t.Errorf("第%d条 cited %v, want %v (%v)", n, got[n], tt.want, got)
				}
			}
		})
	}
}

// TestDraftStateImprisoned: the state marks a prison term to be served,
// not a suspended one or a lesser penalty.
func TestDraftStateImprisoned(t *testing.T) {
	tests := []struct {
		name string
		pens []Penalty
		want bool
	}{
		{"a prison term", []Penalty{{Kind: "有期徒刑", Months: 12}}, true},
		{"a suspended term", []Penalty{{Kind: "有期徒刑", Months: 12, ProbationMonths: 24}}, false},
		{"criminal detention", []Penalty{{Kind: "拘役", Months: 3}}, false},
		{"one of two defendants imprisoned", []Penalty{{Kind: "拘役", Months: 3}, {Kind: "有期徒刑", Months: 8}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := draftState(caseFacts{}, []string{"甲"}, []string{"盗窃罪"}, tt.pens, nil).imprisoned; got != tt.want {
				t.Errorf("imprisoned = %v, want %v", got, tt.want)
			}
		})
	}
}
