package draft

import (
	"slices"
	"strings"
	"testing"

	"leian/evals/judge"
)

func TestDefenceOpinions(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []defenceOpinion
	}{
		{"mitigation, each point of a list (no record is mitigation, not a denial)", "被告人刘雅顿的辩护人辩称：1、被告人刘雅顿系自首，认罪、悔罪态度好；2、被告人刘雅顿没有犯罪前科。",
			[]defenceOpinion{{"刘雅顿", "被告人刘雅顿系自首，认罪、悔罪态度好", false}, {"刘雅顿", "被告人刘雅顿没有犯罪前科", false}}},
		{"disputes the conviction", "其辩护人提出被告人尹军没有非法捕捞水产品的故意，不构成非法捕捞水产品罪。",
			[]defenceOpinion{{"", "被告人尹军没有非法捕捞水产品的故意，不构成非法捕捞水产品罪", true}}},
		{"no objection is no opinion", "辩护人对公诉机关指控的罪名不持异议。", nil},
		{"no objection, then mitigation", "其辩护人认为被告人董某某对指控没有异议，到案后如实供述，建议对其从轻处罚。",
			[]defenceOpinion{{"", "被告人董某某对指控没有异议，到案后如实供述，建议对其从轻处罚", false}}},
		{"the court's own answer is not an opinion", "对辩护人提出的上述辩护意见，经查认为，证据足以认定，不予采纳。", nil},
		{"both contest and mitigation: left to the judge", "辩护人提出被告人系自首，但对指控的数额有异议。", nil},
		{"neither", "辩护人提出本案应当调取监控录像。", nil},
		{"points that end their sentences are restated without the full stop",
			"辩护人吴为城的辩护意见：一、对公诉机关指控被告人占陆军犯盗窃罪的定性及事实无异议。二、被告人占陆军在共同犯罪中作用相对较小，自愿认罪，家庭困难。综上，请求法庭对其从轻处罚。",
			[]defenceOpinion{{"", "被告人占陆军在共同犯罪中作用相对较小，自愿认罪，家庭困难", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := defenceOpinions(tt.facts, noProbationRefused); !slices.Equal(got, tt.want) {
				t.Errorf("defenceOpinions(%q) = %+v, want %+v", tt.facts, got, tt.want)
			}
		})
	}
}

func TestDefenceSentence(t *testing.T) {
	tests := []struct {
		op   defenceOpinion
		want string
	}{
		{defenceOpinion{"刘雅顿", "被告人刘雅顿系自首", false}, "关于被告人刘雅顿的辩护人提出被告人刘雅顿系自首的辩护意见，经查属实，本院予以采纳。"},
		{defenceOpinion{"", "被告人不构成盗窃罪", true}, "关于辩护人提出被告人不构成盗窃罪的辩护意见，经查，与本院查明的事实不符，本院不予采纳。"},
	}
	for _, tt := range tests {
		if got := defenceSentence(tt.op); got != tt.want {
			t.Errorf("defenceSentence(%+v) = %q, want %q", tt.op, got, tt.want)
		}
	}
}

// The similar case's first sentence carries its own dates and is dropped;
// the reasoning still opens with 本院认为 (JuDGE's segmenter needs it to
// find the reasoning at all) and answers this case's defence opinion.
func TestReasoningOpensAndAnswersDefence(t *testing.T) {
	facts := "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙的辩护人提出被告人乙系初犯，认罪态度好，请求从轻处罚。"
	f := readFacts(facts)
	same := []precedent{{id: "p1", defendants: []string{"甲"},
		reasoning: "本院认为，被告人甲于2015年3月盗窃他人财物。被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"}}
	s := (&Offline{}).reasoning(f, []string{"乙"}, []string{"盗窃罪"}, []string{"盗窃罪"}, same, nil)
	text := s.Text()
	if !strings.HasPrefix(text, "本院认为，") || strings.Contains(text, "2015年") {
		t.Errorf("reasoning does not open with 本院认为 or keeps the other case's date:\n%s", text)
	}
	want := "关于被告人乙的辩护人提出被告人乙系初犯，认罪态度好，请求从轻处罚的辩护意见，经查属实，本院予以采纳。"
	i := slices.IndexFunc(s.Sentences, func(x Sentence) bool { return x.Text == want })
	if i < 0 || s.Sentences[i].Source != "facts" {
		t.Errorf("reasoning lacks the defence answer %q from the facts:\n%+v", want, s.Sentences)
	}
	doc := "公诉机关指控。足以认定。 " + text
	if seg := judge.Segment(doc); !strings.HasPrefix(seg.Reason, "本院认为") {
		t.Errorf("segmenter's reason = %q", seg.Reason)
	}
}
