package draft

import (
	"slices"
	"strings"
	"testing"
)

func TestPrincipals(t *testing.T) {
	names := []string{"甲某", "乙某", "丙某"}
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"one principal", "被告人甲某、乙某结伙盗窃。在共同犯罪中，被告人甲某起主要作用，系主犯；被告人乙某起次要作用，系从犯。", []string{"甲某"}},
		{"two principals", "被告人甲某、乙某在共同犯罪中起主要作用，是主犯；被告人丙某起辅助作用，是从犯。", []string{"甲某", "乙某"}},
		{"only the defence's claim", "被告人甲某、乙某结伙盗窃。辩护人提出被告人乙某系从犯，甲某系主犯。", nil},
		{"parts not told apart", "被告人甲某、乙某共同运输毒品，不能区分主、从犯。", nil},
		{"denied", "被告人甲某、乙某结伙盗窃，被告人甲某并非主犯。", nil},
		{"also an accomplice", "被告人甲某系主犯。被告人甲某在另一起中起次要作用，系从犯。", nil},
		{"no role", "被告人甲某、乙某结伙盗窃。", nil},
	}
	for _, tt := range tests {
		if got := principals(tt.facts, names); !slices.Equal(got, tt.want) {
			t.Errorf("%s: principals = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := principals("被告人甲某系主犯。", []string{"甲某"}); got != nil {
		t.Errorf("a lone defendant: principals = %v, want none", got)
	}
}

func TestPrincipalRole(t *testing.T) {
	names := []string{"甲某", "乙某"}
	facts := "被告人甲某、乙某结伙盗窃。在共同犯罪中，被告人甲某起主要作用，系主犯；被告人乙某起次要作用，系从犯。"
	tests := []struct {
		name, facts, body string
		names             []string
		want              string
	}{
		{"stated", facts, "本院认为，被告人甲某、乙某的行为已构成盗窃罪。", names, "在共同犯罪中，被告人甲某起主要作用，系主犯，应当按照其所参与的全部犯罪处罚。"},
		{"several", "被告人甲某、乙某均系主犯。", "本院认为，……", names, "在共同犯罪中，被告人甲某、乙某均起主要作用，均系主犯，应当按照其所参与的全部犯罪处罚。"},
		{"already said", facts, "本院认为，……被告人甲某起主要作用。", names, ""},
		{"none found", "被告人甲某、乙某结伙盗窃。", "本院认为，……", names, ""},
	}
	for _, tt := range tests {
		s, ok := principalRole(tt.facts, tt.names, tt.body)
		if ok != (tt.want != "") || s.Text != tt.want {
			t.Errorf("%s: principalRole = %q, %v; want %q", tt.name, s.Text, ok, tt.want)
		}
	}
	// The reasoning states it once, before the circumstances.
	same := []precedent{{id: "p1", defendants: []string{"丁", "戊"}, reasoning: "本院认为，被告人丁、戊以非法占有为目的，秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。"}}
	text := (&Offline{}).reasoning(readFacts("公诉机关指控，"+facts), names, []string{"盗窃罪"}, []string{"盗窃罪"}, same, nil).Text()
	if strings.Count(text, "系主犯，应当按照") != 1 {
		t.Errorf("the reasoning does not state the principal once:\n%s", text)
	}
}

func TestJointCrime(t *testing.T) {
	names := []string{"甲某", "乙某", "丙某"}
	tests := []struct {
		name, facts, body string
		want              string
	}{
		{"acting together", "被告人甲某伙同被告人乙某窃取电缆。被告人丙某另行收购。", "本院认为，……", "被告人甲某、乙某系共同犯罪。"},
		{"all three", "被告人甲某、乙某、丙某结伙殴打被害人。", "本院认为，……", "被告人甲某、乙某、丙某系共同犯罪。"},
		{"with others tried elsewhere", "被告人甲某伙同他人窃取电缆。被告人乙某收购赃物。", "本院认为，……", ""},
		{"the defence's claim", "被告人甲某、乙某各自盗窃。辩护人提出甲某与乙某不是共同犯罪。", "本院认为，……", ""},
		{"already said", "被告人甲某伙同被告人乙某窃取电缆。", "本院认为，被告人甲某、乙某共同犯罪……", ""},
	}
	for _, tt := range tests {
		s, ok := jointCrime(tt.facts, names, tt.body)
		if ok != (tt.want != "") || s.Text != tt.want {
			t.Errorf("%s: jointCrime = %q, %v; want %q", tt.name, s.Text, ok, tt.want)
		}
	}
	if _, ok := jointCrime("被告人甲某伙同被告人乙某窃取电缆。", []string{"甲某"}, ""); ok {
		t.Error("a lone defendant: jointCrime stated")
	}
}
