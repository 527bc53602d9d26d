package draft

import (
	"slices"
	"testing"
)

// The facts are counsel's in tune and tune2 judgments (566b5133, f6abc4f9,
// 64220353, 588003ac, 9f583a2e), shortened to the points at issue.
func TestReplyLeadIn(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"the argument before 理由是： is kept, the list answered point by point",
			"被告人贺彼凤的辩护人提出贺彼凤无罪，理由是：1．贺彼凤主观上不具有侵犯公民个人信息的主观故意和行为；2．起诉书没有明确贺彼凤等人的行为违反哪些“国家有关规定”，指控证据不足。",
			[]string{
				"关于被告人贺彼凤的辩护人提出贺彼凤无罪的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
				"关于被告人贺彼凤的辩护人提出贺彼凤主观上不具有侵犯公民个人信息的主观故意和行为的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
				"关于被告人贺彼凤的辩护人提出起诉书没有明确贺彼凤等人的行为违反哪些“国家有关规定”，指控证据不足的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
			}},
		{"a bare colon",
			"被告人汪爱国的辩护人提出被告人不构成滥伐林木罪：1、被告人汪爱国没有滥伐林木的故意。",
			[]string{
				"关于被告人汪爱国的辩护人提出被告人不构成滥伐林木罪的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
				"关于被告人汪爱国的辩护人提出被告人汪爱国没有滥伐林木的故意的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
			}},
		{"a lead-in that argues nothing",
			"被告人马公明的辩护人提出如下异议：1、指控马公明系首要分子的证据不足。",
			[]string{"关于被告人马公明的辩护人提出指控马公明系首要分子的证据不足的辩护意见，经查，与本院查明的事实不符，本院不予采纳。"}},
		{"the list run on after the colon",
			"被告人罗某的辩护人提出被告人罗某具有以下酌定从轻处罚情节：无犯罪前科，归案后认罪态度较好。",
			[]string{"关于被告人罗某的辩护人提出无犯罪前科，归案后认罪态度较好的辩护意见，经查属实，本院予以采纳。"}},
		{"counsel's own heading",
			"被告人王叶福的辩护人提出的辩护意见为：王叶福没有对赌博机进行投资，只是高新民的雇佣人员，起领班作用，不应当认定为主犯。",
			[]string{"关于被告人王叶福的辩护人提出王叶福没有对赌博机进行投资，只是高新民的雇佣人员，起领班作用，不应当认定为主犯的辩护意见，经查，与本院查明的事实不符，本院不予采纳。"}},
		{"的辩护意见 inside the point",
			"辩护人提出公诉机关指控被告人余万春犯贩卖毒品罪的事实不清，证据不足的辩护意见，建议宣告余万春无罪。",
			[]string{"关于辩护人提出公诉机关指控被告人余万春犯贩卖毒品罪的事实不清，证据不足，建议宣告余万春无罪的辩护意见，经查，与本院查明的事实不符，本院不予采纳。"}},
		{"the court's own heading in the facts",
			"上述证据，足以认定。 关于被告人李瑞庭的辩护人李战雄在庭审中提出被告人李瑞庭既没有与本案其他被告人合谋，也没有邀约其他被告人的辩护意见问题。",
			nil},
		{"对于 as the court's",
			"足以认定。 对于被告人潘为民及辩护人许洪钟提出，对于刘某第一次脱管，由于对脱管时间计算的认识有误区，导致司法所将脱管的开始时间上报为2013年4月19日的辩解及辩护意见。",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, op := range defenceOpinions(tt.facts, noProbationRefused) {
				got = append(got, defenceSentence(op))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
