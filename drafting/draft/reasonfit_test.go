package draft

import (
	"slices"
	"testing"
)

// The charge sets are those of tune item 0aacb7f6's similar cases (放火罪
// alone, and 放火罪 with 盗窃罪).
func TestFitting(t *testing.T) {
	one := caseState{}
	several := caseState{multi: true}
	same := []precedent{
		{id: "a", charges: []string{"放火罪", "盗窃罪"}, state: one},
		{id: "b", charges: []string{"放火罪"}, state: one},
		{id: "c", charges: []string{"放火罪"}, state: several},
		{id: "d", charges: []string{"放火罪"}, state: one},
	}
	cands := []candidate{{id: "a"}, {id: "b"}, {id: "c"}, {id: "d"}}
	ids := func(cs []candidate) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.id)
		}
		return out
	}
	tests := []struct {
		name    string
		charges []string
		multi   bool
		cands   []candidate
		want    []string
	}{
		{"exactly our charge, one defendant", []string{"放火罪"}, false, cands, []string{"b", "d"}},
		{"too few fit: all", []string{"放火罪"}, true, cands, []string{"a", "b", "c", "d"}},
		{"two charges: only one fits, all", []string{"放火罪", "盗窃罪"}, false, cands, []string{"a", "b", "c", "d"}},
	}
	for _, tt := range tests {
		if got := ids(fitting(tt.cands, same, tt.charges, tt.multi)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
