package draft

import "testing"

// TestLossMadeGood: a taking whose loss was made good, with nothing held,
// leaves art. 64 nothing to act on. Sentences from LeCaRD candidate
// judgments outside dev and tune.
func TestLossMadeGood(t *testing.T) {
	tests := []struct {
		name    string
		facts   string
		charges []string
		want    bool
	}{
		{"theft made good", "案发后，被告人郭某明、李某的亲属代其退赔赃款人民币56100元，并取得被害人牙政院、蓝某的谅解。", []string{"盗窃罪"}, true},
		{"fraud made good", "微信转账记录、收据、谅解书，证明被告人李妍玢于2018年6月3日退赔被害人李某人民币10000元，李某对其表示谅解。", []string{"诈骗罪"}, true},
		{"made good but money frozen", "被告人已对被害单位作了退赔，并得到谅解。冻结存款通知书。", []string{"诈骗罪"}, false},
		{"not a taking", "案发后，被告人赔偿被害人经济损失并取得谅解。", []string{"故意伤害罪"}, false},
		{"a taking among others", "案发后，被告人郭某明的亲属代其退赔赃款人民币56100元，并取得被害人的谅解。", []string{"盗窃罪", "贩卖毒品罪"}, false},
		{"nothing made good", "被告人郭某明窃得现金人民币5000元，赃款已被挥霍。", []string{"盗窃罪"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lossMadeGood(readFacts(tt.facts), tt.charges); got != tt.want {
				t.Errorf("lossMadeGood = %v, want %v", got, tt.want)
			}
		})
	}
}
