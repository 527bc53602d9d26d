package draft

import (
	"slices"
	"testing"
)

func TestOpinionPoints(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"listed points", "1、被告人甲系自首；2、被告人甲系初犯", []string{"1、被告人甲系自首", "2、被告人甲系初犯"}},
		{"points after a colon and commas", "提出如下意见：一、不构成盗窃罪，二、系初犯", []string{"提出如下意见：", "一、不构成盗窃罪，", "二、系初犯"}},
		{"a decimal is no point", "毒品含量仅为22.5％，应从轻处罚", []string{"毒品含量仅为22.5％，应从轻处罚"}},
		{"clauses between semicolons", "被告人乙不构成犯罪；被告人乙有坦白情节", []string{"被告人乙不构成犯罪", "被告人乙有坦白情节"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opinionPoints(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("opinionPoints(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDefenceOpinionsPointByPoint(t *testing.T) {
	facts := "被告人刘某的辩护人提出如下辩护意见：1、被告人刘某系自首；2、本案第四批香烟尚未销售，证据不足以认定；3、应当调取监控录像。"
	want := []defenceOpinion{{"刘某", "被告人刘某系自首", false}, {"刘某", "本案第四批香烟尚未销售，证据不足以认定", true}}
	if got := defenceOpinions(facts, noProbationRefused); !slices.Equal(got, want) {
		t.Errorf("defenceOpinions = %+v, want %+v", got, want)
	}
}

func TestAccusedArguments(t *testing.T) {
	names := []string{"蔡小泉", "刘贱生"}
	tests := []struct {
		name, facts string
		want        []defenceOpinion
	}{
		{"a denial is not accepted", "被告人蔡小泉当庭辩解他并不知道运输的是假烟。",
			[]defenceOpinion{{"蔡小泉", "他并不知道运输的是假烟", true}}},
		{"no objection to the charge, but a denial", "被告人刘贱生对起诉书指控的罪名无异议，但辩称自己不知道起诉书指控的第一节犯罪事实。",
			[]defenceOpinion{{"刘贱生", "自己不知道起诉书指控的第一节犯罪事实", true}}},
		{"mitigation alone is accepted", "被告人刘贱生辩称其系初犯，请求从轻处罚。",
			[]defenceOpinion{{"刘贱生", "其系初犯，请求从轻处罚", false}}},
		{"not a defendant's name", "被告人供述与辩称1．同案人蔡某东供述：我没有接到电话。", nil},
		{"both denial and mitigation: left to the judge", "被告人蔡小泉辩称没有参与分赃，且系初犯，请求从轻处罚。", nil},
		{"the court's own answer", "对被告人蔡小泉辩称不知情的辩解，经查，不予采纳。", nil},
		{"不持异议, but 其辩称", "被告人刘贱生对指控罪名不持异议，但其辩称自2015年11月份以来，没有指控的那么多条。",
			[]defenceOpinion{{"刘贱生", "自2015年11月份以来，没有指控的那么多条", true}}},
		{"an objection to the charge, then 辩解", "被告人蔡小泉对起诉书指控的罪名有意见，辩解贷款是事实，不是诈骗。",
			[]defenceOpinion{{"蔡小泉", "贷款是事实，不是诈骗", true}}},
		{"an assent closed by a full stop, then 辩解", "被告人刘贱生对指控的罪名没有异议。辩解其只收购了李阳5万斤鯷鱼，没有参与捕捞。",
			[]defenceOpinion{{"刘贱生", "其只收购了李阳5万斤鯷鱼，没有参与捕捞", true}}},
		{"asking 本院 for leniency is the accused's own word", "被告人刘贱生辩称其系初犯，请求本院从轻处罚。",
			[]defenceOpinion{{"刘贱生", "其系初犯，请求本院从轻处罚", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := accusedArguments(tt.facts, names); !slices.Equal(got, tt.want) {
				t.Errorf("accusedArguments(%q) = %+v, want %+v", tt.facts, got, tt.want)
			}
		})
	}
}

func TestAccusedSentence(t *testing.T) {
	got := accusedSentence(defenceOpinion{"蔡小泉", "他并不知道运输的是假烟", true})
	if want := "关于被告人蔡小泉辩称他并不知道运输的是假烟的辩解，经查，与本院查明的事实不符，本院不予采纳。"; got != want {
		t.Errorf("accusedSentence = %q, want %q", got, want)
	}
}

func TestRepliesProposal(t *testing.T) {
	tests := []struct {
		name, facts string
		want        bool
	}{
		{"the prosecution proposes a term", "公诉机关建议对被告人甲判处有期徒刑一年至二年。", true},
		{"the defence proposes one", "辩护人建议对被告人甲判处有期徒刑六个月。", false},
		{"no proposal", "公诉机关指控被告人甲犯盗窃罪。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.ContainsFunc(replies(readFacts(tt.facts), []string{"甲"}), func(s Sentence) bool { return s.Text == proposalAdopted })
			if got != tt.want {
				t.Errorf("replies(%q) adopts the proposal = %v, want %v", tt.facts, got, tt.want)
			}
		})
	}
}
