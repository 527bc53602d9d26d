package draft

import "testing"

// The court's own finding states the act from the charge's article, and
// from the charge's name where the article opens with no such clause.
func TestOwnConvictionElements(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		charge, written, want string
	}{
		{"盗窃罪", "盗窃罪", "本院认为，被告人甲盗窃公私财物，数额较大，其行为已构成盗窃罪。"},
		// Art. 347's first paragraph is a principle, not a clause of the act.
		{"走私、贩卖、运输、制造毒品罪", "贩卖毒品罪", "本院认为，被告人甲贩卖毒品，其行为已构成贩卖毒品罪。"},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			got := o.ownConviction("甲", []string{tt.charge}, []string{tt.written})
			if len(got) != 1 || got[0].Text != tt.want {
				t.Errorf("ownConviction(%s) = %+v, want %q", tt.written, got, tt.want)
			}
		})
	}
}
