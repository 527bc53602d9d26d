package elements

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestManners(t *testing.T) {
	tests := []struct {
		facts string
		want  []string
	}{
		// the household burglary of the hand check in issue 13
		{"被告人张某伙同李某，由李某在楼下望风，张某撬门进入被害人王某家中，窃得现金2183元。", []string{"入户", "望风", "结伙"}},
		{"被告人先后五次在公交车上扒窃他人手机。", []string{"多次", "扒窃"}},
		{"被告人醉酒后驾驶机动车，经鉴定血液中乙醇含量为180mg/100ml。", []string{"醉酒"}},
		{"被告人持刀抢劫被害人财物后逃逸。", []string{"持械", "逃逸"}},
		{"被告人未能进入被害人家中即被抓获。", nil},
		{"被告人两次盗窃电动车。", nil},
	}
	for _, tc := range tests {
		if got := Manners(tc.facts); !slices.Equal(got, tc.want) {
			t.Errorf("Manners(%q) = %v, want %v", tc.facts, got, tc.want)
		}
	}
}

func TestCompareManners(t *testing.T) {
	q := Case{Manners: []string{"入户", "望风"}}
	same := Compare(q, Case{Manners: []string{"入户", "望风"}})
	other := Compare(q, Case{Manners: []string{"多次"}})
	if same.Parts["manner"] != 1 || other.Parts["manner"] != 0 {
		t.Errorf("manner parts %v / %v, want 1 / 0", same.Parts, other.Parts)
	}
	if _, ok := Compare(Case{}, Case{}).Parts["manner"]; ok {
		t.Error("two cases stating no manner were compared on it")
	}
}

// unhinted is Manners with every regexp run on every sentence: the hints
// may skip a sentence only where its regexp could not match.
func unhinted(facts string) []string {
	var out []string
	for _, sent := range mannerSentence.FindAllString(facts, -1) {
		if mannerNegation.MatchString(sent) {
			continue
		}
		for _, r := range mannerRules {
			if !slices.Contains(out, r.kind) && r.re.MatchString(sent) {
				out = append(out, r.kind)
			}
		}
	}
	slices.Sort(out)
	return out
}

func FuzzManners(f *testing.F) {
	f.Add("被告人伙同他人入户盗窃，多次作案。")
	f.Add("")
	f.Add("\xff望风")
	f.Add("被告人醉酒后驾驶机动车，经鉴定血液中乙醇含量为180mg/100ml。")
	f.Add("被告人翻墙潜入被害人家中，共同预谋后并非入户；三起")
	f.Fuzz(func(t *testing.T, s string) {
		got := Manners(s)
		if want := unhinted(s); !slices.Equal(got, want) {
			t.Errorf("Manners(%q) = %v, without hints %v", s, got, want)
		}
		if !slices.IsSorted(got) {
			t.Errorf("unsorted %v", got)
		}
		for _, k := range got {
			if !utf8.ValidString(k) {
				t.Errorf("invalid kind %q", k)
			}
		}
	})
}
