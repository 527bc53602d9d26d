package draft

import (
	"fmt"
	"testing"

	"leian/corpus"
)

// suspendingJudgment is a stored suspended prison term citing arts.
func suspendingJudgment(id, court, code string, arts ...int) *corpus.Document {
	d := habitJudgment(id, court, code, 0, arts...)
	pen := d.Elements.Defendants[0].Penalty
	pen.Probation, pen.ProbationMonths = true, 12
	return d
}

// TestProbationTermHabit: 第七十三条 beside a suspended sentence follows
// the court's own suspending judgments (宜兴 cites 第七十二条 alone), not
// the similar cases of other courts, and is never cited without one.
func TestProbationTermHabit(t *testing.T) {
	var store habitCorpus
	for i := range 6 {
		store = append(store, suspendingJudgment(fmt.Sprint("yx", i), "江苏省宜兴市人民法院", "苏0282", 264, 67, 72),
			suspendingJudgment(fmt.Sprint("cy", i), "北京市朝阳区人民法院", "京0105", 264, 67, 72, 73))
	}
	o := habitOffline(t, store)
	citing := citingPrecedents([]string{"盗窃罪"}, caseState{probation: true}, 264, 72, 73)
	tests := []struct {
		name  string
		where bench
		st    caseState
		want  bool
	}{
		{"a court that cites it", bench{prosecutor: "北京市朝阳区人民检察院"}, caseState{probation: true}, true},
		{"a court that cites 第七十二条 alone, cases citing", bench{prosecutor: "宜兴市人民检察院"}, caseState{probation: true}, false},
		{"no court known, cases citing", bench{}, caseState{probation: true}, true},
		{"no suspension drafted", bench{prosecutor: "北京市朝阳区人民检察院"}, caseState{imprisoned: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(o.articles([]string{"盗窃罪"}, caseFacts{}, tt.st, citing, tt.where), probationTermArticle)
			if got != tt.want {
				t.Errorf("第七十三条 cited %v, want %v", got, tt.want)
			}
		})
	}
}
