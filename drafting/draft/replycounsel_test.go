package draft

import "testing"

// The facts are in the forms LeCaRD first-instance judgments write (names
// made up).
func TestWithCounselAnswered(t *testing.T) {
	answered := []Sentence{{Text: "本院认为，被告人李某的行为已构成盗窃罪。"}, {Text: "关于辩护人提出被告人李某系初犯的辩护意见，经查属实，本院予以采纳。"}}
	bare := []Sentence{{Text: "本院认为，被告人李某的行为已构成抢劫罪。"}}
	tests := []struct {
		name, facts string
		sents       []Sentence
		want        int
	}{
		{"counsel's words left to the judge",
			"被告人钟某对指控无异议。其指定辩护人辩称：对指控罪名没有异议。但本案应当属于抢劫未遂，希望法庭从轻考虑。",
			bare, 2},
		{"counsel heard in a list",
			"辩护人杨某、杜某认为：对指控的罪名无异议，但事故责任认定书认定的责任不客观。",
			bare, 2},
		{"counsel already answered",
			"辩护人提出被告人李某系初犯，请求从轻处罚。",
			answered, 2},
		{"counsel only assents",
			"上述事实，被告人及辩护人在开庭审理过程中无异议，并有证人证言等证据证实。",
			bare, 1},
		{"no counsel",
			"被告人李某对指控的犯罪事实供认不讳。",
			bare, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withCounselAnswered(tt.sents, tt.facts)
			if len(got) != tt.want {
				t.Fatalf("withCounselAnswered gave %d sentences, want %d", len(got), tt.want)
			}
			if tt.want > len(tt.sents) && got[len(got)-1].Text != counselAnswer {
				t.Errorf("last sentence %q, want %q", got[len(got)-1].Text, counselAnswer)
			}
		})
	}
}
