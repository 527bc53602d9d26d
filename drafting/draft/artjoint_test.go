package draft

import (
	"slices"
	"testing"
)

// TestJointCites: a lone defendant who acted with others tried apart
// commits a joint crime (第二十五条); a principal named among several
// defendants brings the roles' articles (第二十六、二十七条). Sentences from
// LeCaRD candidate judgments outside dev and tune.
func TestJointCites(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		multi bool
		want  []int
	}{
		{"lone defendant with another tried apart", "北京市顺义区人民检察院指控：2015年4月24日晚上，被告人朱文涛伙同杨×（另案处理）在北京市顺义区华英园门口，以1000元的价格向刘×（另案处理）贩卖甲基苯丙胺（冰毒）约1.5克。", false, []int{25}},
		{"lone defendant acting alone", "被告人朱文涛在北京市顺义区华英园门口，以1000元的价格向刘×贩卖甲基苯丙胺约1.5克。", false, nil},
		{"several defendants, principal named", "在共同犯罪中，吴秋菊起主要作用，系主犯；张跃武起次要作用，系从犯。", true, []int{25, 26, 27}},
		{"principal named against the defence", "其在共同犯罪中起主要作用，系主犯，辩护人所提被告人李席席系从犯的辩护意见不能成立，不予采纳。", true, []int{25, 26, 27}},
		{"several defendants, accomplice pleaded by the defence", "辩护人对公诉机关指控的罪名没有异议，辩称被告人谢某1在共同犯罪中起次要作用，系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚。", true, []int{25}},
		{"several defendants, accomplice denied", "被告人张某某不是从犯。", true, nil},
		{"several defendants, no roles", "被告人王军伟、郝风平伙同王占魁（另案处理）预谋盗采赤城县近北庄铁矿资源。", true, nil},
		{"principal denied", "被告人周某不是主犯。", true, nil},
		{"lone defendant named principal", "被告人赖建伙同他人盗窃，在共同犯罪中系主犯。", false, []int{25, 26}},
		{"lone defendant named principal, no 伙同", "被告人赖建在共同犯罪中系主犯。", false, []int{25, 26}},
		{"lone defendant, someone else the principal", "李勇受“郭某”安排到昆明接取毒品，“郭某”是主犯。", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, j := range jointCites(readFacts(tt.facts), tt.multi) {
				got = append(got, j.article)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("jointCites = %v, want %v", got, tt.want)
			}
		})
	}
}
