package draft

import "testing"

// TestCombineAsked: a prosecution asking for 数罪并罚 asks for art. 69; a
// prior conviction's combined sentence and a denial do not. Sentences from
// LeCaRD candidate judgments outside dev, tune, tune2 and the check set.
func TestCombineAsked(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  bool
	}{
		{"two crimes", "被告人刘光伍身犯两罪，根据《中华人民共和国刑法》第六十九条之规定，应当实行数罪并罚。提请本院依法判处。", true},
		{"charges named", "应当以拐骗儿童罪和强奸罪追究其刑事责任，数罪并罚。被告人杨太兵到案后，如实供述自己的罪行。", true},
		{"proposal", "综上，建议法庭对被告人杨某甲数罪并罚判处有期徒刑一年三个月至一年五个月；", true},
		{"a crime found after judgment", "应当以受贿罪追究其刑事责任，并依照《中华人民共和国刑法》第七十条的规定，数罪并罚。", true},
		{"prior conviction", "被告人曾因犯盗窃罪、抢劫罪被数罪并罚判处有期徒刑五年，2010年3月刑满释放。", false},
		{"prior term after it", "2009年因犯故意伤害罪、寻衅滋事罪，数罪并罚，决定执行有期徒刑三年。", false},
		{"denied", "辩护人认为被告人的行为仅构成一罪，没有数罪并罚的依据。", false},
		{"none", "被告人对指控的事实无异议。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := combineAsked(readFacts(tt.facts)); got != tt.want {
				t.Errorf("combineAsked = %v, want %v", got, tt.want)
			}
		})
	}
}
