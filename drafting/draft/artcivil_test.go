package draft

import (
	"slices"
	"testing"
)

// TestCivilCites: a civil plaintiff in the criminal trial cites 第三十六条;
// a victim who only forgave does not. Sentences from LeCaRD candidate
// judgments outside dev, tune, tune2 and the check set.
func TestCivilCites(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  []int
	}{
		{"civil plaintiff", "附带民事诉讼原告人张某1、张某2诉称，被告人的犯罪行为造成其经济损失，应当赔偿死亡赔偿金807860元、丧葬费。", []int{36}},
		{"victim forgave", "被告人已赔偿被害人经济损失并取得谅解。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, c := range civilCites(readFacts(tt.facts)) {
				got = append(got, c.article)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("civilCites = %v, want %v", got, tt.want)
			}
		})
	}
}
