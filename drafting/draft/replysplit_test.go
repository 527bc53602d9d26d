package draft

import (
	"slices"
	"testing"
)

// The pleas are tune facts' counsel (LeCaRD first-instance judgments
// outside JuDGE dev) that the drafter had left to the judge whole.
func TestSplitPlea(t *testing.T) {
	tests := []struct {
		name, plea string
		found      []string
		want       []defenceOpinion
	}{
		{"unfound 从犯 with a found 退赃",
			"被告人谢某1在共同犯罪中起次要作用，系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚",
			[]string{"坦白", "退赃退赔"},
			[]defenceOpinion{
				{text: "被告人谢某1在共同犯罪中起次要作用，系从犯", reject: true},
				{text: "当庭自愿认罪，并退缴赃款，请求对其从轻处罚"},
			}},
		{"found 坦白 before an unfound 自首",
			"被告人如实供述自己的罪行，系坦白，其主动投案，系自首",
			[]string{"坦白"},
			[]defenceOpinion{
				{text: "被告人如实供述自己的罪行，系坦白"},
				{text: "其主动投案，系自首", reject: true},
			}},
		{"a minor part in other words is 从犯",
			"被告人所起的作用是次要的，且家属已退赔，又系从犯",
			[]string{"退赃退赔"},
			[]defenceOpinion{
				{text: "被告人所起的作用是次要的，又系从犯", reject: true},
				{text: "家属已退赔"},
			}},
		{"every circumstance found: agreeing answers it whole",
			"被告人系坦白，并退缴赃款",
			[]string{"坦白", "退赃退赔"},
			nil},
		{"every circumstance unfound: agreeing answers it whole",
			"被告人系从犯，系自首",
			nil,
			nil},
		{"one clause names both",
			"被告人系从犯且退缴赃款，请求从轻处罚",
			[]string{"退赃退赔"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := splitPlea(defenceOpinion{text: tt.plea}, tt.found)
			if !slices.Equal(got, tt.want) {
				t.Errorf("splitPlea = %+v, want %+v", got, tt.want)
			}
		})
	}
}
