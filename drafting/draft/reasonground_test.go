package draft

import "testing"

// The lead-ins are the forms LeCaRD first-instance bases write.
func TestStatesGround(t *testing.T) {
	tests := []struct {
		name, body, lead string
		want             bool
	}{
		{"the court's own grounds in the lead-in",
			"本院认为，被告人李某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。",
			"根据被告人李某的犯罪事实、犯罪性质、情节和对社会的危害性，依照", true},
		{"harm's consequence in the lead-in",
			"本院认为，被告人李某的行为已构成诈骗罪。",
			"综上，本院根据被告人李某犯罪的事实、情节及对社会造成的危害后果，依照", true},
		{"a purpose alone",
			"本院认为，被告人李某的行为已构成强奸罪。",
			"为保护妇女的人身权利不受侵犯，依照", false},
		{"the body gives the grounds",
			"本院认为，被告人李某的行为已构成盗窃罪。根据被告人的犯罪事实、性质、情节和对社会的危害程度，可以从轻处罚。",
			"依照", true},
		{"harm in the body is no ground",
			"本院认为，被告人李某的行为已构成寻衅滋事罪，社会危害性较小。",
			"依照", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := statesGround(tt.body, tt.lead); got != tt.want {
				t.Errorf("statesGround = %v, want %v", got, tt.want)
			}
		})
	}
}

// The grounds the draft adds name whose crime is weighed, as most
// corpus bases do (根据被告人甲的犯罪事实…).
func TestFormulaeGroundNamesAccused(t *testing.T) {
	body := []Sentence{{Text: "本院认为，被告人甲、乙以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。公诉机关指控的罪名成立。"}}
	tests := []struct{ who, lead, want string }{
		{"甲、乙", "", "根据被告人甲、乙的犯罪事实、性质、情节和对社会的危害程度，依照"},
		{"甲", "据此，依照", "据此，根据被告人甲的犯罪事实、性质、情节和对社会的危害程度，依照"},
		// Grounds the lead-in already states are not given twice.
		{"甲", "根据被告人甲犯罪的事实、犯罪的性质、情节和对于社会的危害程度，依照", "根据被告人甲犯罪的事实、犯罪的性质、情节和对于社会的危害程度，依照"},
	}
	for _, tt := range tests {
		lead := tt.lead
		formulae(body, tt.who, []string{"盗窃罪"}, &lead)
		if lead != tt.want {
			t.Errorf("formulae(%q, %q): lead = %q, want %q", tt.who, tt.lead, lead, tt.want)
		}
	}
}
