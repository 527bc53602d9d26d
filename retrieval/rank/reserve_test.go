package rank

import (
	"slices"
	"testing"
)

func TestReserve(t *testing.T) {
	charges := map[string][]string{
		"a1": {"盗窃罪"}, "a2": {"盗窃罪"}, "a3": {"盗窃罪"}, "a4": {"盗窃罪"},
		"b1": {"抢夺罪"}, "c1": {"诈骗罪"}, "bc": {"抢夺罪", "诈骗罪"},
	}
	of := func(id string) []string { return charges[id] }
	for _, tc := range []struct {
		name   string
		order  []string
		k      int
		groups [][]string
		want   []string
		// reserved are the candidates marked as shown for a group.
		reserved []string
	}{
		{"nothing to reserve", []string{"a1", "a2", "b1"}, 2, nil, []string{"a1", "a2", "b1"}, nil},
		{"group already shown", []string{"a1", "b1", "a2"}, 2, [][]string{{"抢夺罪"}}, []string{"a1", "b1", "a2"}, nil},
		{"missing group takes the last place", []string{"a1", "a2", "a3", "b1", "a4"}, 3, [][]string{{"抢夺罪"}}, []string{"a1", "a2", "b1", "a3", "a4"}, []string{"b1"}},
		{"two groups, in their order", []string{"a1", "a2", "a3", "a4", "c1", "b1"}, 3, [][]string{{"抢夺罪"}, {"诈骗罪"}}, []string{"a1", "b1", "c1", "a2", "a3", "a4"}, []string{"b1", "c1"}},
		{"a shown group pushed below the picks is picked too", []string{"a1", "a2", "b1", "a3", "c1"}, 3, [][]string{{"诈骗罪"}, {"抢夺罪"}}, []string{"a1", "c1", "b1", "a2", "a3"}, []string{"c1", "b1"}},
		{"one case holds both groups", []string{"a1", "a2", "a3", "bc", "b1"}, 3, [][]string{{"抢夺罪"}, {"诈骗罪"}}, []string{"a1", "a2", "bc", "a3", "b1"}, []string{"bc"}},
		{"a group no candidate holds", []string{"a1", "a2"}, 1, [][]string{{"放火罪"}}, []string{"a1", "a2"}, nil},
		{"any of a group's names", []string{"a1", "a2", "c1"}, 2, [][]string{{"合同诈骗罪", "诈骗罪"}}, []string{"a1", "c1", "a2"}, []string{"c1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cands := make([]Candidate, len(tc.order))
			for i, id := range tc.order {
				cands[i] = Candidate{ID: id}
			}
			Reserve(cands, tc.k, tc.groups, of)
			var got, reserved []string
			for _, c := range cands {
				got = append(got, c.ID)
				if c.Reserved {
					reserved = append(reserved, c.ID)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Reserve = %v, want %v", got, tc.want)
			}
			if !slices.Equal(reserved, tc.reserved) {
				t.Errorf("reserved %v, want %v", reserved, tc.reserved)
			}
		})
	}
}
