package batch

import (
	"errors"
	"math"
	"slices"
	"testing"
)

func TestReadNamesTheBadItem(t *testing.T) {
	good := Case{ID: "a.txt", Text: "公诉机关指控：被告人王某盗窃他人财物，价值5000元。"}
	for _, tt := range []struct {
		name  string
		cases []Case
		item  string
	}{
		{"empty set", nil, ""},
		{"empty text", []Case{good, {ID: "b.txt", Text: " "}}, "b.txt"},
		{"prose", []Case{good, {ID: "c.txt", Text: "今天天气很好，我们去公园散步。"}}, "c.txt"},
		{"administrative", []Case{{ID: "d.txt", Text: "原告不服被告作出的行政行为，诉讼请求：撤销该行政行为。"}}, "d.txt"},
		{"duplicate", []Case{good, good}, "a.txt"},
		{"unnamed", []Case{good, {Text: "你好"}}, "第2件"},
	} {
		_, err := read(tt.cases)
		var ie *ItemError
		if !errors.As(err, &ie) || !errors.Is(err, ErrInput) || ie.Item != tt.item || ie.Message == "" {
			t.Errorf("%s: %v, want an ItemError naming %q", tt.name, err, tt.item)
		}
	}
	if _, err := read([]Case{good}); err != nil {
		t.Errorf("a criminal indictment was refused: %v", err)
	}
}

func TestAgglomerate(t *testing.T) {
	// Two tight pairs and a loner: 0-1 and 2-3 merge, 4 stays alone.
	sim := [][]float64{
		{1, .9, .1, .1, .1},
		{.9, 1, .1, .2, .1},
		{.1, .1, 1, .8, .1},
		{.1, .2, .8, 1, .1},
		{.1, .1, .1, .1, 1},
	}
	for _, tt := range []struct {
		th   float64
		want [][]int
	}{
		{0.5, [][]int{{0, 1}, {2, 3}, {4}}},
		{0.85, [][]int{{0, 1}, {2}, {3}, {4}}},
		{0.05, [][]int{{0, 1, 2, 3, 4}}},
	} {
		got := agglomerate(sim, tt.th)
		if !slices.EqualFunc(got, tt.want, slices.Equal[[]int]) {
			t.Errorf("threshold %.2f: %v, want %v", tt.th, got, tt.want)
		}
	}
}

func TestSetDiff(t *testing.T) {
	a, b := setDiff([]string{"自首", "累犯"}, []string{"自首", "坦白"})
	if a != "累犯" || b != "坦白" {
		t.Errorf("setDiff = %q, %q", a, b)
	}
	if !slices.Equal(agglomerate([][]float64{{1}}, 0.5)[0], []int{0}) {
		t.Error("one case is one group")
	}
}

// TestBlendSplitsKindsAndCharges: a model case speaks only for cases of
// its own kind and charge, so such pairs can never share a group, whether
// the charge is the indictment's or the predicted one.
func TestBlendSplitsKindsAndCharges(t *testing.T) {
	theft := pending{caseType: "criminal", charges: []string{"盗窃罪"}}
	fraud := pending{caseType: "criminal", predicted: []string{"诈骗罪"}}
	theftToo := pending{caseType: "criminal", predicted: []string{"盗窃罪", "诈骗罪"}}
	unknown := pending{caseType: "criminal"}
	civil := pending{caseType: "civil"}
	for _, tt := range []struct {
		name string
		a, b pending
		want float64
	}{
		{"criminal and civil", unknown, civil, apart},
		{"indicted theft, predicted fraud", theft, fraud, apart},
		{"charges overlap", theft, theftToo, 0.6*0.9 + 0.4*0},
		{"same charge", theft, pending{caseType: "criminal", charges: []string{"盗窃罪"}}, 0.6*0.9 + 0.4},
		{"charge unknown", theft, unknown, 0.9},
	} {
		if got := blend(0.9, tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: blend = %v, want %v", tt.name, got, tt.want)
		}
	}
	// One cross pair keeps two tight groups apart under average linkage.
	sim := [][]float64{{1, .9, apart}, {.9, 1, .9}, {apart, .9, 1}}
	if got := agglomerate(sim, 0.15); len(got) != 2 {
		t.Errorf("groups %v: cases that must stay apart were merged", got)
	}
}
