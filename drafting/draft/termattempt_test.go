package draft

import (
	"math"
	"testing"
)

func TestWithAttemptedRape(t *testing.T) {
	one := []string{"吴某"}
	const attempt = "被告人吴某将被害人拖入草丛，欲强行与其发生性关系，因被害人呼救反抗而未得逞。"
	tests := []struct {
		name  string
		q     SentenceQuery
		p     termProposal
		want  float64
		fired bool
	}{
		{"未得逞", SentenceQuery{Charge: "强奸罪", Defendants: one, Facts: attempt}, termProposal{}, 40 * attemptedRapeScale, true},
		{"named 未遂 by the prosecution", SentenceQuery{Charge: "强奸罪", Defendants: one,
			Facts: "公诉机关认为，被告人吴某违背妇女意志，以暴力手段强行奸淫妇女，其行为已构成强奸罪，系犯罪未遂。"}, termProposal{}, 40 * attemptedRapeScale, true},
		{"completed", SentenceQuery{Charge: "强奸罪", Defendants: one,
			Facts: "被告人吴某采用捂嘴、按压等手段，强行与被害人发生了性关系。"}, termProposal{}, 40, false},
		{"attempt denied", SentenceQuery{Charge: "强奸罪", Defendants: one,
			Facts: "被告人吴某强行与被害人发生了性关系，其行为不构成未遂。"}, termProposal{}, 40, false},
		{"only the defence claims it", SentenceQuery{Charge: "强奸罪", Defendants: one,
			Facts: "被告人吴某强行与被害人发生了性关系。辩护人提出被告人系犯罪未遂，请求减轻处罚。"}, termProposal{}, 40, false},
		{"another charge", SentenceQuery{Charge: "抢劫罪", Defendants: one, Facts: attempt}, termProposal{}, 40, false},
		{"several defendants", SentenceQuery{Charge: "强奸罪", Defendants: []string{"吴某", "李某"}, Facts: attempt}, termProposal{}, 40, false},
		// 建议判处被告人有期徒刑一年六个月至二年。
		{"a proposed range decides", SentenceQuery{Charge: "强奸罪", Defendants: one, Facts: attempt}, termProposal{lo: 18, hi: 24}, 40, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Circumstances = readFacts(tt.q.Facts).circs // as the drafter builds its queries
			var trace []string
			got, fired := withAttemptedRape(40, tt.q, tt.p, &trace)
			if math.Abs(got-tt.want) > 1e-9 || fired != tt.fired {
				t.Errorf("got %.3f %v, want %.3f %v", got, fired, tt.want, tt.fired)
			}
			if (len(trace) > 0) != tt.fired {
				t.Errorf("trace %q, fired %v", trace, tt.fired)
			}
		})
	}
}
