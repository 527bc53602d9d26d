package draft

import (
	"slices"
	"testing"
)

// The sentences follow the base drafts of tune items b027f002 (张某,
// 危险驾驶罪 and 妨害公务罪) and 13427607 (刘贱生 and others), shortened;
// their verdicts combined the named defendants' counts.
func TestWithConcurrence(t *testing.T) {
	opening := Sentence{Text: "本院认为，被告人张某在道路上醉酒驾驶机动车，其行为已构成危险驾驶罪；以暴力方法阻碍国家机关工作人员依法执行职务，其行为又构成妨害公务罪。"}
	madeOut := Sentence{Text: "公诉机关指控被告人张某犯危险驾驶罪、妨害公务罪的事实清楚，证据确实、充分，指控的罪名成立，本院予以支持。"}
	circ := Sentence{Text: "被告人张某到案后如实供述自己的罪行，依照刑法第六十七条第三款的规定，可以从轻处罚。"}
	tests := []struct {
		name  string
		sents []Sentence
		who   []string
		want  []string
	}{
		{"after the finding that the charges stand",
			[]Sentence{opening, madeOut, circ}, []string{"张某"},
			[]string{opening.Text, madeOut.Text, "被告人张某一人犯数罪，应数罪并罚。", circ.Text}},
		{"after the opening when no finding says they stand",
			[]Sentence{opening, circ}, []string{"张某"},
			[]string{opening.Text, "被告人张某一人犯数罪，应数罪并罚。", circ.Text}},
		{"two defendants each convicted of several charges (constructed)",
			[]Sentence{opening, madeOut}, []string{"刘贱生", "唐平勇"},
			[]string{opening.Text, madeOut.Text, "被告人刘贱生、唐平勇均一人犯数罪，应数罪并罚。"}},
		{"nothing when no verdict combines counts",
			[]Sentence{opening, madeOut, circ}, nil,
			[]string{opening.Text, madeOut.Text, circ.Text}},
		{"nothing when the reasoning already says so",
			[]Sentence{opening, {Text: "被告人张某犯数罪，依法应当数罪并罚。"}}, []string{"张某"},
			[]string{opening.Text, "被告人张某犯数罪，依法应当数罪并罚。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range withConcurrence(slices.Clone(tt.sents), tt.who) {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSeveralCrimes(t *testing.T) {
	pens := []Penalty{{Defendant: "刘贱生"}, {Defendant: "蔡小泉"}, {Defendant: "唐平勇"}}
	own := map[string][]wordedCharge{
		"刘贱生": {{"非法经营罪", "非法经营罪"}, {"销售假冒注册商标的商品罪", "销售假冒注册商标的商品罪"}},
		"蔡小泉": {{"销售假冒注册商标的商品罪", "销售假冒注册商标的商品罪"}},
		"唐平勇": {{"非法经营罪", "非法经营罪"}},
	}
	if got := severalCrimes(pens, own); !slices.Equal(got, []string{"刘贱生"}) {
		t.Errorf("severalCrimes = %q, want [刘贱生]", got)
	}
}

// A similar case's finding that states the charges and their concurrence
// (tune 619122ef's) is borne out where the draft convicts of several
// charges, and not otherwise; a bare concurrence is not (concurrenceSentence
// says it of the right defendants), nor a prior's 数罪并罚.
func TestConcurrenceBorneOut(t *testing.T) {
	finding := "被告人赖欢欢违反枪支管理规定，非法买卖枪支和非法持有枪支各一支，其行为已构成非法买卖枪支罪、非法持有枪支罪，对其应当数罪并罚。"
	bare := "卢浪一人犯数罪，应对其数罪并罚。"
	prior := "被告人赖欢欢在缓刑考验期限内又犯新罪，应当撤销缓刑，数罪并罚。"
	f := readFacts("公诉机关指控，被告人赖欢欢非法买卖枪支，并非法持有枪支。")
	if borneOut(finding, f) {
		t.Errorf("one charge: %s borne out", finding)
	}
	f.several = true
	if !borneOut(finding, f) {
		t.Errorf("several charges: %s not borne out", finding)
	}
	for _, s := range []string{bare, prior} {
		if borneOut(s, f) {
			t.Errorf("%s borne out", s)
		}
	}
}
