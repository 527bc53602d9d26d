package draft

import (
	"testing"

	"leian/corpus/extract"
)

func TestUnitDefendant(t *testing.T) {
	full := "公诉机关北京市人民检察院。被告单位北×。被告人梁×。判决如下：一、被告单位北×犯虚开增值税专用发票罪，判处罚金人民币五万元。二、被告人梁×犯虚开增值税专用发票罪，判处有期徒刑三年。"
	tests := []struct {
		name string
		want bool
	}{
		{"北×", true},
		{"梁×", false},
		{"湖北某建设有限公司", true},
		{"张公", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := unitDefendant(full, tt.name); got != tt.want {
			t.Errorf("unitDefendant(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPersonPenalties(t *testing.T) {
	unit := &extract.Penalty{Kind: "单处罚金", FineYuan: 50000}
	person := &extract.Penalty{Kind: "有期徒刑", Months: 36}
	p := precedent{
		full:       "被告单位北×犯虚开增值税专用发票罪，判处罚金人民币五万元。被告人梁×犯虚开增值税专用发票罪，判处有期徒刑三年。",
		defendants: []string{"北×", "梁×"},
		penalties:  []*extract.Penalty{unit, person},
	}
	got := personPenalties(p)
	if len(got) != 1 || got[0] != person {
		t.Errorf("personPenalties = %v, want only the person's", got)
	}
}
