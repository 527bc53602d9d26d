package draft

import (
	"slices"
	"testing"
)

func TestCoRolesDirecting(t *testing.T) {
	names := []string{"王栋", "刘文文", "张晓东"}
	tests := []struct {
		name  string
		facts string
		want  map[string]string
	}{
		{"the one who directs is not the accessory",
			"被告人张晓东是受王栋的指使参与作案，其在诈骗共同犯罪中起辅助作用，是从犯。",
			map[string]string{"王栋": "", "张晓东": "从"}},
		{"directed with 被告人 and no 的",
			"被告人刘文文受被告人王栋纠集参与作案，在共同犯罪中起次要作用，系从犯。",
			map[string]string{"王栋": "", "刘文文": "从"}},
		{"a plain mention still takes the cue",
			"被告人王栋伙同刘文文实施诈骗，被告人刘文文起次要作用，系从犯；被告人王栋系主犯。",
			map[string]string{"王栋": "主", "刘文文": "从"}},
		{"受 not before a direction",
			"被害人受王栋欺骗后报警。被告人王栋系主犯。",
			map[string]string{"王栋": "主"}},
	}
	for _, tt := range tests {
		got := coRoles(tt.facts, names)
		for n, want := range tt.want {
			if got[n].role != want {
				t.Errorf("%s: role of %s = %q, want %q", tt.name, n, got[n].role, want)
			}
		}
	}
}

func TestCircumstanceNamesDirecting(t *testing.T) {
	names := []string{"王栋", "张晓东"}
	facts := "被告人张晓东受王栋的指使参与作案，案发后主动投案。被告人王栋被抓获。"
	if got := circumstanceNames(facts, names)["自首"]; !slices.Equal(got, []string{"张晓东"}) {
		t.Errorf("自首 = %v, want [张晓东]", got)
	}
}
