package draft

import (
	"testing"

	"leian/corpus/extract"
)

func TestPrecedentCount(t *testing.T) {
	tests := []struct {
		name       string
		charges    []string
		verdict    string
		charge     string
		wantKind   string
		wantMonths int
		ok         bool
	}{
		{"second count", []string{"盗窃罪", "诈骗罪"}, "一、被告人甲犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币五千元；犯诈骗罪，判处有期徒刑一年，并处罚金人民币二千元；决定执行有期徒刑四年，并处罚金人民币七千元。", "诈骗罪", "有期徒刑", 12, true},
		{"first count", []string{"盗窃罪", "诈骗罪"}, "被告人甲犯盗窃罪，判处有期徒刑三年六个月；犯诈骗罪，判处有期徒刑一年；决定执行有期徒刑四年。", "盗窃罪", "有期徒刑", 42, true},
		{"written name", []string{"走私、贩卖、运输、制造毒品罪", "容留他人吸毒罪"}, "被告人甲犯贩卖毒品罪，判处有期徒刑二年；犯容留他人吸毒罪，判处有期徒刑八个月；决定执行有期徒刑二年六个月。", "走私、贩卖、运输、制造毒品罪", "有期徒刑", 24, true},
		{"detention", []string{"危险驾驶罪", "妨害公务罪"}, "被告人甲犯危险驾驶罪，判处拘役四个月；犯妨害公务罪，判处有期徒刑八个月；决定执行有期徒刑八个月。", "危险驾驶罪", "拘役", 4, true},
		{"another defendant's count", []string{"盗窃罪", "诈骗罪"}, "一、被告人甲犯盗窃罪，判处有期徒刑三年。\n二、被告人乙犯盗窃罪，判处有期徒刑一年；犯诈骗罪，判处有期徒刑一年；决定执行有期徒刑一年十个月。", "诈骗罪", "", 0, false},
		{"after the unit", []string{"单位行贿罪", "行贿罪"}, "一、被告单位某公司犯单位行贿罪，判处罚金人民币五十万元。\n二、被告人甲犯单位行贿罪，判处有期徒刑一年；犯行贿罪，判处有期徒刑二年；决定执行有期徒刑二年六个月。", "行贿罪", "有期徒刑", 24, true},
		{"one charge", []string{"盗窃罪"}, "被告人甲犯盗窃罪，判处有期徒刑三年。", "盗窃罪", "", 0, false},
		{"not combined", []string{"盗窃罪", "诈骗罪"}, "被告人甲犯盗窃罪、诈骗罪，判处有期徒刑三年。", "诈骗罪", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, months, ok := precedentCount(precedent{charges: tt.charges, verdict: tt.verdict}, tt.charge)
			if kind != tt.wantKind || months != tt.wantMonths || ok != tt.ok {
				t.Errorf("precedentCount = %q, %d, %v; want %q, %d, %v", kind, months, ok, tt.wantKind, tt.wantMonths, tt.ok)
			}
		})
	}
}

func TestCountPrecedents(t *testing.T) {
	pen := func(m int) []*extract.Penalty { return []*extract.Penalty{{Kind: "有期徒刑", Months: m}} }
	same := []precedent{
		{id: "a", charges: []string{"盗窃罪", "诈骗罪"}, penalties: pen(48), verdict: "被告人甲犯盗窃罪，判处有期徒刑三年六个月；犯诈骗罪，判处有期徒刑一年；决定执行有期徒刑四年。"},
		{id: "b", charges: []string{"诈骗罪"}, penalties: pen(10), verdict: "被告人乙犯诈骗罪，判处有期徒刑十个月。"},
		{id: "c", charges: []string{"盗窃罪"}, penalties: pen(20)},
		{id: "d", charges: []string{"盗窃罪", "诈骗罪"}, penalties: pen(30), verdict: "被告人丙犯盗窃罪、诈骗罪，判处有期徒刑二年六个月。"},
	}
	got := countPrecedents(same, "诈骗罪")
	want := []struct {
		id     string
		months int
	}{{"a", 12}, {"b", 10}, {"d", 30}}
	if len(got) != len(want) {
		t.Fatalf("got %d precedents, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].DocID != w.id || got[i].Months != w.months {
			t.Errorf("precedent %d = %s %d months, want %s %d", i, got[i].DocID, got[i].Months, w.id, w.months)
		}
	}
}

func TestOwnCounts(t *testing.T) {
	counts := []Count{
		{Charge: "受贿罪", Kind: "有期徒刑", Months: 73, FineYuan: 500000},
		{Charge: "滥用职权罪", Kind: "有期徒刑", Months: 24},
		{Charge: "行贿罪", Kind: "有期徒刑", Months: 30},
		{Charge: "诈骗罪", Kind: "有期徒刑", Months: 120, FineYuan: 50000},
	}
	_, all, _ := combinedTerm(counts)
	tests := []struct {
		name       string
		p          Penalty
		own        []string
		wantMonths int
		wantFine   float64
		wantCounts int
	}{
		{"first defendant, two of four", Penalty{Kind: "有期徒刑", Months: all, FineYuan: 550000, Counts: counts}, []string{"受贿罪", "滥用职权罪"}, 73 + 17, 500000, 2},
		{"later defendant keeps his scale", Penalty{Kind: "有期徒刑", Months: all / 2, FineYuan: 275000, Counts: counts}, []string{"受贿罪", "滥用职权罪"}, 45, snapFine(250000), 2},
		{"every count his", Penalty{Kind: "有期徒刑", Months: all, Counts: counts}, []string{"受贿罪", "滥用职权罪", "行贿罪", "诈骗罪"}, all, 0, 4},
		{"one charge", Penalty{Kind: "有期徒刑", Months: all, Counts: counts}, []string{"受贿罪"}, all, 0, 4},
		{"a charge with no count", Penalty{Kind: "有期徒刑", Months: all, Counts: counts}, []string{"受贿罪", "贪污罪"}, all, 0, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.p.ownCounts(tt.own)
			if got.Months != tt.wantMonths || got.FineYuan != tt.wantFine || len(got.Counts) != tt.wantCounts {
				t.Errorf("ownCounts = %d months, fine %v, %d counts; want %d, %v, %d", got.Months, got.FineYuan, len(got.Counts), tt.wantMonths, tt.wantFine, tt.wantCounts)
			}
		})
	}
}
