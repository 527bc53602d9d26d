package draft

import (
	"slices"
	"testing"
)

// TestUnitCites: a company the facts name as accused cites 第三十、三十一条.
// Sentences from LeCaRD candidate judgments outside dev, tune, tune2 and
// the check set.
func TestUnitCites(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  []int
	}{
		{"unit accused", "苏州市虎丘区人民检察院指控：2017年3月23日，被告单位苏州美宝利汽车贸易有限公司为了公司业务，由公司原法定代表人被告人张某安排公司员工", []int{30, 31}},
		{"unit found", "公诉机关认为，被告单位泰帝公司、被告人王磊、刘美宏虚开增值税专用发票，虚开税款数额巨大，其行为均构成虚开增值税专用发票罪。", []int{30, 31}},
		{"persons alone", "被告人王某某与株洲月塘置业公司签订合同将该土地转租给某某驾校。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, c := range unitCites(readFacts(tt.facts)) {
				got = append(got, c.article)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("unitCites = %v, want %v", got, tt.want)
			}
		})
	}
}
