package draft

import "testing"

func TestLawfulCount(t *testing.T) {
	tests := []struct {
		in, want Count
	}{
		{Count{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 5}, Count{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 6}},
		{Count{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 6}, Count{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 6}},
		{Count{Charge: "危险驾驶罪", Kind: "拘役", Months: 5}, Count{Charge: "危险驾驶罪", Kind: "拘役", Months: 5}},
		{Count{Charge: "盗窃罪", Kind: "拘役", Months: 7}, Count{Charge: "盗窃罪", Kind: "有期徒刑", Months: 7}},
		{Count{Charge: "寻衅滋事罪", Kind: "管制", Months: 4}, Count{Charge: "寻衅滋事罪", Kind: "管制", Months: 4}},
	}
	for _, tt := range tests {
		if got := lawfulCount(tt.in); got != tt.want {
			t.Errorf("%+v: %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// A tune verdict's three defendants of 寻衅滋事 and 非法拘禁: the third's
// 非法拘禁 count, scaled from the first's twelve months, was written
// 有期徒刑五个月; it is raised to six, and the executed term is not below it.
func TestLaterDefendantCountKind(t *testing.T) {
	first := Penalty{Defendant: "李志刚", Kind: "有期徒刑", Months: 28, Counts: []Count{
		{Charge: "寻衅滋事罪", Kind: "有期徒刑", Months: 20},
		{Charge: "非法拘禁罪", Kind: "有期徒刑", Months: 12},
	}}
	got := laterDefendant(first, 2, nil, coRole{}, coRole{}, 9, termProposal{}, 0)
	for _, c := range got.Counts {
		if c.Kind == "有期徒刑" && c.Months < 6 {
			t.Errorf("%s: 有期徒刑%d个月", c.Charge, c.Months)
		}
		if c.Months > got.Months {
			t.Errorf("%s: %d months above the executed %d", c.Charge, c.Months, got.Months)
		}
	}
	if c := got.Counts[1]; c.Months != 6 {
		t.Errorf("非法拘禁罪 count: %s %d months, want 有期徒刑 6", c.Kind, c.Months)
	}
}
