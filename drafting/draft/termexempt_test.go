package draft

import (
	"reflect"
	"testing"
)

func TestExemptProposed(t *testing.T) {
	names := []string{"王志刚", "闪鹏"}
	tests := []struct {
		name  string
		facts string
		want  map[string]bool
	}{
		{"prosecution, all", "公诉机关提供了物证、被告人王志刚、闪鹏的供述与辩解等证据，认为被告人王志刚、闪鹏的行为已构成刑讯逼供罪，鉴于情节轻微，建议免予刑事", map[string]bool{"王志刚": true, "闪鹏": true}},
		{"defence after the prosecution", "公诉机关指控被告人王志刚犯刑讯逼供罪，辩护人认为其系初犯，建议对其免予刑事处罚。", map[string]bool{}},
		{"prosecution, one named", "公诉机关建议对被告人闪鹏免予刑事处罚。", map[string]bool{"闪鹏": true}},
		{"defence", "辩护人认为被告人王志刚系初犯，建议对其免予刑事处罚。", map[string]bool{}},
		{"an item of the defence's list", "辩护人提出：1、被告人系从犯；2、公诉人提供的证据不应采纳；3、建议法庭对被告人王志刚免予刑事处罚。", map[string]bool{}},
		{"hedged", "公诉机关建议对被告人王志刚免予刑事处罚或者适用缓刑。", map[string]bool{}},
		{"mitigation only", "公诉机关建议对被告人王志刚从轻、减轻或者免除处罚。", map[string]bool{}},
		{"no speaker", "综上，建议对被告人王志刚免予刑事处罚。", map[string]bool{}},
		{"a term", "公诉机关建议判处被告人王志刚有期徒刑一年。", map[string]bool{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exemptProposed(tt.facts, names); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("exemptProposed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestExempted(t *testing.T) {
	p := exempted(Penalty{Kind: "有期徒刑", Months: 12, ProbationMonths: 12, FineYuan: 5000, Counts: []Count{{Charge: "刑讯逼供罪"}}})
	if p.Kind != "免予刑事处罚" || p.Months != 0 || p.ProbationMonths != 0 || p.FineYuan != 0 || p.Counts != nil {
		t.Errorf("exempted = %+v", p)
	}
}
