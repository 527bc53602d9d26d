package classify

import "testing"

func TestFindingsOf(t *testing.T) {
	const facts = "2017年8月15日16时25分许，被告人应某驾驶重型自卸货车在本市冶金大道由北向南行驶时，与被害人吉某骑行的自行车发生碰撞，致吉某重伤二级。"
	for _, tc := range []struct {
		name, section, want string
	}{
		{"findings after the allegation, evidence cut",
			"公诉机关指控，被告人应某犯交通肇事罪，提请依法判处。被告人对指控无异议。 经审理查明，" + facts + " 上述事实，被告人在开庭审理过程中亦无异议，且有证人证言等证据证实，足以认定。",
			facts},
		{"allegation only: its opening and its charge conclusion dropped",
			"某某区人民检察院指控：" + facts + "公诉机关认为，被告人应某的行为已构成交通肇事罪，提请依法判处。",
			facts},
		{"findings that only refer to the allegation: the allegation",
			"公诉机关指控，" + facts + " 经审理查明的事实与起诉书指控的事实一致。",
			facts},
		{"no marker at all: the text",
			facts, facts},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FindingsOf(tc.section); got != tc.want {
				t.Errorf("FindingsOf(%q)\n = %q\nwant %q", tc.section, got, tc.want)
			}
		})
	}
}
