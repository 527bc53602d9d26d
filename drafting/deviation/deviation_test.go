package deviation

import (
	"math"
	"testing"

	"leian/corpus"
	"leian/drafting/legality"
)

func TestWeightedQuantile(t *testing.T) {
	xs := []float64{1, 2, 3, 4}
	tests := []struct {
		ws   []float64
		p    float64
		want float64
	}{
		{[]float64{1, 1, 1, 1}, 0.5, 2.5},
		{[]float64{1, 1, 1, 1}, 0, 1},
		{[]float64{1, 1, 1, 1}, 1, 4},
		{[]float64{0, 0, 0, 10}, 0.5, 4},
		{[]float64{3, 1, 1, 1}, 0.5, 1.75},
	}
	for _, tt := range tests {
		if got := weightedQuantile(xs, tt.ws, tt.p); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("weightedQuantile(%v, %v, %v) = %v, want %v", xs, tt.ws, tt.p, got, tt.want)
		}
	}
}

func TestRatio(t *testing.T) {
	if r := ratio(12, 6, 24, 1); r > 1e-6 {
		t.Errorf("the band's geometric centre scores %v, want 0", r)
	}
	for _, edge := range []float64{6, 24} {
		if r := ratio(edge, 6, 24, 1); math.Abs(r-1) > 1e-6 {
			t.Errorf("edge %v scores %v, want 1", edge, r)
		}
	}
	if r := ratio(24, 6, 24, 2); r >= 1 {
		t.Errorf("widening the band by 2 leaves its old edge at %v, want inside (< 1)", r)
	}
}

func TestFinishFloors(t *testing.T) {
	tests := []struct {
		sev   legality.Severity
		band  float64
		level string
		min   float64
	}{
		{"", 0.2, "正常", 0.2},
		{legality.Info, 0.4, "关注", 0.4},
		{legality.Warning, 0.1, "偏离", 0.5},
		{legality.Error, 0.1, "违法", 0.9},
	}
	for _, tt := range tests {
		r := &Report{Score: tt.band}
		if tt.sev != "" {
			r.Alerts = []legality.Alert{{Code: "X", Severity: tt.sev}}
		}
		r.finish()
		if r.Level != tt.level || r.Score < tt.min || r.Score > 1 {
			t.Errorf("%q with band %.2f: score %.3f level %s, want ≥ %.2f and %s", tt.sev, tt.band, r.Score, r.Level, tt.min, tt.level)
		}
	}
}

func TestSameCase(t *testing.T) {
	facts := "经审理查明：2016年5月3日，被告人李某在某商场内趁被害人不备，窃取其手机一部，经鉴定价值人民币3200元。案发后被告人如实供述。"
	s := newSameCase(facts)
	s.links = []string{"aj-1"}
	tests := []struct {
		name string
		doc  corpus.Document
		want bool
	}{
		{"the same facts from another source", corpus.Document{Sections: map[string]string{"facts": facts + "上述事实有证据证实。"}}, true},
		{"the same ajId", corpus.Document{Text: "另案", Labels: []corpus.Labels{{Source: "lecard", Other: map[string]any{"ajId": "aj-1"}}}}, true},
		{"the same JuDGE text_id", corpus.Document{Text: "另案", Sources: []corpus.SourceRef{{Source: "judge", SourceID: "aj-1"}}}, true},
		{"another theft", corpus.Document{Sections: map[string]string{"facts": "2017年被告人王某入户盗窃现金5000元，后被抓获。"}}, false},
	}
	for _, tt := range tests {
		o := &decidedCase{links: caseLinks(&tt.doc), grams: bigrams(factsOf(&tt.doc))}
		if got := s.same(o); got != tt.want {
			t.Errorf("%s: same = %v, want %v", tt.name, got, tt.want)
		}
	}
}
