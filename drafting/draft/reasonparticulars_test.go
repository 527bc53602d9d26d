package draft

import "testing"

func TestWithoutForeignParticulars(t *testing.T) {
	facts := "公诉机关指控，被告人陈小兵在其住处贩卖毒品甲基苯丙胺5.2克给吸毒人员李某1。案发后，被告人陈小兵赔偿被害人张某某，取得谅解。"
	ours := []string{"陈小兵"}
	tests := []struct {
		name, in, want string
	}{
		{"a victim's name goes, the role stays",
			"被告人陈小兵及同案人通过家属赔偿给被害人伍某夫妇，取得谅解，依法可以酌情从轻处罚。",
			"被告人陈小兵及同案人通过家属赔偿给被害人夫妇，取得谅解，依法可以酌情从轻处罚。"},
		{"another case's weight goes with its lead",
			"本院认为，被告人陈小兵违反国家毒品管理法规，非法持有毒品甲基苯丙胺共重190.96克，其行为已构成非法持有毒品罪。",
			"本院认为，被告人陈小兵违反国家毒品管理法规，非法持有毒品甲基苯丙胺，其行为已构成非法持有毒品罪。"},
		{"our own weight stays",
			"被告人陈小兵贩卖甲基苯丙胺5.2克，其行为已构成贩卖毒品罪。",
			"被告人陈小兵贩卖甲基苯丙胺5.2克，其行为已构成贩卖毒品罪。"},
		{"our own victim stays",
			"被告人陈小兵取得被害人张某某的谅解，可以酌情从轻处罚。",
			"被告人陈小兵取得被害人张某某的谅解，可以酌情从轻处罚。"},
		{"an accomplice named without a role drops the sentence",
			"被告人陈小兵出资且指使杜某1、曹某等人帮其购买毒品，是主犯。",
			""},
		{"another number drops the sentence",
			"张某某在KTV999包房内与被害人因琐事发生争执。",
			""},
		{"an indefinite 某 is no name",
			"被告人陈小兵在某些场合贩卖毒品，其行为已构成贩卖毒品罪。",
			"被告人陈小兵在某些场合贩卖毒品，其行为已构成贩卖毒品罪。"},
	}
	for _, tt := range tests {
		if got := withoutForeignParticulars(tt.in, facts, ours); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
