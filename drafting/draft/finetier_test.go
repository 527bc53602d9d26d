package draft

import "testing"

// Sentences as drafts of tune and tune2 judgments had them.
func TestWithTierFines(t *testing.T) {
	tests := []struct {
		name    string
		charges []string
		pen     Penalty
		want    Penalty
	}{
		{
			name:    "a 寻衅滋事 count of three years beside 非法侵入住宅 (tune2): no fine at all",
			charges: []string{"非法侵入住宅罪", "寻衅滋事罪"},
			pen: Penalty{Kind: "有期徒刑", Months: 39, FineYuan: 80000, Counts: []Count{
				{Charge: "非法侵入住宅罪", Kind: "有期徒刑", Months: 39},
				{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 39, FineYuan: 80000}}},
			want: Penalty{Kind: "有期徒刑", Months: 39, Counts: []Count{
				{Charge: "非法侵入住宅罪", Kind: "有期徒刑", Months: 39},
				{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 39}}},
		},
		{
			name:    "beside 敲诈勒索 (tune): that count's fine stays",
			charges: []string{"敲诈勒索罪", "寻衅滋事罪"},
			pen: Penalty{Kind: "有期徒刑", Months: 30, FineYuan: 800000, Counts: []Count{
				{Charge: "敲诈勒索罪", Kind: "有期徒刑", Months: 18, FineYuan: 500000},
				{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 18, FineYuan: 300000}}},
			want: Penalty{Kind: "有期徒刑", Months: 30, FineYuan: 500000, Counts: []Count{
				{Charge: "敲诈勒索罪", Kind: "有期徒刑", Months: 18, FineYuan: 500000},
				{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 18}}},
		},
		{
			name:    "a 寻衅滋事 count of six years (art. 293 ¶2): kept",
			charges: []string{"寻衅滋事罪", "非法拘禁罪"},
			pen: Penalty{Kind: "有期徒刑", Months: 80, FineYuan: 50000, Counts: []Count{
				{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 72, FineYuan: 50000},
				{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 24}}},
			want: Penalty{Kind: "有期徒刑", Months: 80, FineYuan: 50000, Counts: []Count{
				{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 72, FineYuan: 50000},
				{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 24}}},
		},
		{
			name:    "寻衅滋事 alone, one year",
			charges: []string{"寻衅滋事罪"},
			pen:     Penalty{Kind: "有期徒刑", Months: 12, FineYuan: 5000},
			want:    Penalty{Kind: "有期徒刑", Months: 12},
		},
		{
			name:    "another charge alone: untouched",
			charges: []string{"盗窃罪"},
			pen:     Penalty{Kind: "有期徒刑", Months: 12, FineYuan: 5000},
			want:    Penalty{Kind: "有期徒刑", Months: 12, FineYuan: 5000},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pens := []Penalty{tt.pen}
			withTierFines(pens, tt.charges)
			got := pens[0]
			if got.FineYuan != tt.want.FineYuan || len(got.Counts) != len(tt.want.Counts) {
				t.Fatalf("got fine %v counts %v, want %v %v", got.FineYuan, got.Counts, tt.want.FineYuan, tt.want.Counts)
			}
			for j := range got.Counts {
				if got.Counts[j] != tt.want.Counts[j] {
					t.Errorf("count %d = %+v, want %+v", j, got.Counts[j], tt.want.Counts[j])
				}
			}
		})
	}
	// The input's counts are not changed in place: later defendants share them.
	counts := []Count{{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 12, FineYuan: 3000}, {Charge: "盗窃罪", Kind: "有期徒刑", Months: 12, FineYuan: 2000}}
	pens := []Penalty{{Kind: "有期徒刑", Months: 20, FineYuan: 5000, Counts: counts}}
	withTierFines(pens, []string{"寻衅滋事罪", "盗窃罪"})
	if counts[0].FineYuan != 3000 || pens[0].FineYuan != 2000 {
		t.Errorf("shared counts changed or fine wrong: %v, %v", counts, pens[0].FineYuan)
	}
}
