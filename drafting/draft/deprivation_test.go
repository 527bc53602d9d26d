package draft

import "testing"

func TestDeprivedYearsOf(t *testing.T) {
	tests := []struct {
		acc  []string
		want int
	}{
		{[]string{"剥夺政治权利终身", "没收个人全部财产"}, -1},
		{[]string{"剥夺政治权利三年", "没收财产计人民币50000元"}, 3},
		{[]string{"剥夺政治权利2年"}, 2},
		{[]string{"没收个人全部财产"}, 0},
		{[]string{"剥夺政治权利"}, 0}, // no term stated: nothing to follow
		{nil, 0},
	}
	for _, tt := range tests {
		if got := deprivedYearsOf(tt.acc); got != tt.want {
			t.Errorf("deprivedYearsOf(%q) = %d, want %d", tt.acc, got, tt.want)
		}
	}
}

func TestDeprivation(t *testing.T) {
	tests := []struct {
		name string
		p    Penalty
		life bool
	}{
		{"life imprisonment: for life by law", Penalty{Kind: "无期徒刑"}, true},
		{"death: for life by law", Penalty{Kind: "死刑"}, true},
		{"a long term is left to the judge", Penalty{Kind: "有期徒刑", Months: 180}, false},
		{"a short term", Penalty{Kind: "有期徒刑", Months: 30}, false},
		{"拘役", Penalty{Kind: "拘役", Months: 4}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			life, why := deprivation(tt.p)
			if life != tt.life || life != (why != "") {
				t.Errorf("deprivation = %v (%q), want %v", life, why, tt.life)
			}
			pens := withDeprivation([]Penalty{tt.p})
			if pens[0].DeprivedForLife != tt.life {
				t.Errorf("withDeprivation: for life %v", pens[0].DeprivedForLife)
			}
			want := ""
			if tt.life {
				want = "，剥夺政治权利终身"
			}
			if w := deprivationWords(pens[0]); w != want {
				t.Errorf("verdict words %q, want %q", w, want)
			}
		})
	}
}
