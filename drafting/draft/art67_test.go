package draft

import (
	"fmt"
	"testing"
)

// TestConfessionOf: facts naming neither 自首 nor 坦白 presume a truthful
// confession when the accused did not dispute the findings at trial, rule
// it out when they record no admission at all, and otherwise say nothing.
func TestConfessionOf(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  confession
	}{
		{"findings undisputed", "经审理查明，被告人张某盗窃电动车一辆。上述事实，被告人张某在开庭审理过程中亦无异议。", confessionAdmitted},
		{"findings undisputed, 以上", "以上事实，被告人黄某在开庭审理的过程中没有异议。", confessionAdmitted},
		{"no admission", "被告人李某辩称其未殴打被害人。经审理查明，被告人李某殴打被害人致轻伤。", confessionUnadmitted},
		{"assent to the charge", "被告人王某对公诉机关指控的犯罪事实和罪名均无异议。", confessionOpen},
		{"admitted in full", "被告人王某对犯罪事实供认不讳。", confessionOpen},
		{"stated 坦白", "被告人赵某到案后如实供述自己的罪行。", confessionOpen},
		{"stated 自首 without assent", "被告人赵某主动投案。", confessionOpen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := confessionOf(readFacts(tt.facts)); got != tt.want {
				t.Errorf("confessionOf = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestConfessionArticle: 第六十七条 follows the confession the facts tell
// even against the similar cases, and is left to them otherwise.
func TestConfessionArticle(t *testing.T) {
	o := ruledOffline(t)
	citing := make([]precedent, 6)
	silent := make([]precedent, 6)
	for i := range citing {
		citing[i] = precedent{id: fmt.Sprint("c", i), charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}, {number: 67}}}
		silent[i] = precedent{id: fmt.Sprint("s", i), charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}}}
	}
	tests := []struct {
		name  string
		facts string
		same  []precedent
		want  bool
	}{
		{"undisputed findings, silent cases", "上述事实，被告人张某在开庭审理过程中亦无异议。", silent, true},
		{"no admission, citing cases", "被告人李某辩称其未盗窃。", citing, false},
		{"assent, citing cases", "被告人王某对指控的事实无异议。", citing, true},
		{"assent, silent cases", "被告人王某对指控的事实无异议。", silent, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(o.articles([]string{"盗窃罪"}, readFacts(tt.facts), caseState{}, tt.same, bench{}), confessionArticle)
			if got != tt.want {
				t.Errorf("第六十七条 cited %v, want %v", got, tt.want)
			}
		})
	}
}
