package draft

import "testing"

// Counsel's points in the forms the tune set's facts give them, written
// here with other names and sums.
func TestDisputedFinding(t *testing.T) {
	tests := []struct {
		name, text         string
		contest, mitigates bool
	}{
		{"another charge", "对起诉时指控的事实无异议，但是应认定为职务侵占罪", true, false},
		{"a unit's crime", "该案应以单位犯罪论处", true, false},
		{"another characterisation", "被告人行为不应定性为合同诈骗", true, false},
		{"a sum deducted", "公诉机关指控的数额中有2万元系借款，应从指控数额中扣除", true, false},
		{"a smaller sum", "第三次盗窃中被告人已退还部分，只应认定3000元", true, false},
		{"not counted", "这两辆电动车不应计入被告人的犯罪数额", true, false},
		{"weak evidence", "现有证据无法证明被告人具有非法出售发票的故意", true, false},
		{"contradictions", "证人的证言前后矛盾，不能证实被告人参与殴打", true, false},
		{"a plea as well", "被告人系从犯，涉案数额应当扣除，请求从轻处罚", true, true},
		{"mitigation alone", "被告人系初犯，认罪态度好，请求从轻处罚", false, true},
		{"neither", "请法庭依法判处", false, false},
	}
	for _, tt := range tests {
		if c, m := disputes(tt.text); c != tt.contest || m != tt.mitigates {
			t.Errorf("%s: disputes(%s) = %v, %v; want %v, %v", tt.name, tt.text, c, m, tt.contest, tt.mitigates)
		}
	}
}
