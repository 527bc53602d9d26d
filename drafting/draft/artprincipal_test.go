package draft

import "testing"

// TestAccusedPrincipal: the facts name the accused a principal in their
// own words, not someone else, not in a denial and not in a party's view.
// Sentences from the tune sets' and corpus judgments' facts.
func TestAccusedPrincipal(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  bool
	}{
		{"accused named principal", "被告人赖建在共同犯罪中系主犯。", true},
		{"principal after the role", "被告人张某甲在挪用公款共同犯罪中起主要作用，根据《中华人民共和国刑法》第二十六条的规定，系主犯。", true},
		{"someone else the principal", "李勇受“郭某”安排到昆明接取毒品，“郭某”是主犯。", false},
		{"gang's principals", "该三人同属该队申报的团伙成员中的主犯。", false},
		{"principal denied", "被告人周某不是主犯。", false},
		{"principal not established", "被告人周某在共同犯罪中并非主犯。", false},
		{"defence's view", "辩护人提出被告人周某不是主犯，系从犯。", false},
		{"prosecution's view", "公诉机关认为被告人周某系主犯。", false},
		{"denied, then named", "被告人周某不是从犯；被告人周某系主犯。", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := accusedPrincipal(tt.facts); got != tt.want {
				t.Errorf("accusedPrincipal(%q) = %v, want %v", tt.facts, got, tt.want)
			}
		})
	}
}
