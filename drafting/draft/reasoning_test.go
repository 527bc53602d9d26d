package draft

import (
	"slices"
	"strings"
	"testing"

	"leian/evals/judge"
)

// The bases are tune items' (leian sample judge-tune, seed 1).
func TestBasisInterpretations(t *testing.T) {
	tests := []struct {
		name, reasoning string
		want            []string
	}{
		{"title in 《》 after 及",
			"本院认为，被告人冯某身为国家工作人员，利用职务上的便利，非法收受他人财物，其行为已构成受贿罪。依照《中华人民共和国刑法》第三百八十五条、第三百八十六条、第六十四条及《最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》第二条第一款、第十三条、第十九条第一款之规定，判决如下：",
			[]string{"《最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》第二条第一款、第十三条、第十九条第一款"}},
		{"item and a second interpretation with its court outside 《》",
			"本院认为，被告人甲的行为已构成容留他人吸毒罪。依照《中华人民共和国刑法》第三百五十四条、第五十二条、第五十三条及最高人民法院《关于审理毒品犯罪案件适用法律若干问题的解释》第十二条第一款第（一）项、最高人民法院《关于适用财产刑若干问题的规定》第二条第一款之规定，判决如下：",
			[]string{"最高人民法院《关于审理毒品犯罪案件适用法律若干问题的解释》第十二条第一款第（一）项", "最高人民法院《关于适用财产刑若干问题的规定》第二条第一款"}},
		{"paragraphs listed after the article",
			"本院认为，被告人乙的行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条、第六十四条、第五十二条、第五十三条及《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条第一款、第二款、第二条第（一）项之规定，判决如下：",
			[]string{"《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条第一款、第二款、第二条第（一）项"}},
		{"an interpretation the argument cites is not the basis's",
			"本院认为，根据《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第二条第（二）项的规定，数额较大的标准可以按照前条规定标准的百分之五十确定。被告人丙的行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定，判决如下：",
			nil},
		{"only the Criminal Law and the procedure law",
			"本院认为，被告人丁的行为已构成危险驾驶罪。依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项、第五十二条，《中华人民共和国刑事诉讼法》第十五条之规定，判决如下：",
			nil},
	}
	for _, tt := range tests {
		if got := basisInterpretations(tt.reasoning); !slices.Equal(got, tt.want) {
			t.Errorf("%s: basisInterpretations = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestInterpretationsShare(t *testing.T) {
	theft := "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条"
	theft2 := "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条、第十四条"
	fine := "最高人民法院《关于适用财产刑若干问题的规定》第二条第一款"
	based := func(is ...string) precedent { return precedent{basisLead: "依照", interps: is} }
	tests := []struct {
		name string
		same []precedent
		want []string
	}{
		{"most cite it, in the wording most use", []precedent{based(theft), based(theft2), based(theft), based(), based(), based(), based(), based(), based(fine), based()}, []string{theft}},
		{"a fifth cite it, not fewer", []precedent{based(), based(fine), based(), based(theft)}, []string{fine}},
		{"fewer than a fifth", []precedent{based(), based(), based(), based(), based(), based(), based(), based(), based(theft), based()}, nil},
		{"cases whose basis was not read do not count", []precedent{{}, {}, based(fine), {}}, []string{fine}},
		{"no case", nil, nil},
	}
	for _, tt := range tests {
		got, why := interpretations(tt.same)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: interpretations = %q, want %q", tt.name, got, tt.want)
		}
		if (why != "") != (len(tt.want) > 0) {
			t.Errorf("%s: note %q", tt.name, why)
		}
	}
}

// The interpretation follows the Criminal Law's articles, which JuDGE's
// scorer still reads alone: its articles are not the Criminal Law's.
func TestBasisSentenceInterpretation(t *testing.T) {
	arts := []Article{{Law: criminalLaw, Label: "第二百六十四条", Number: 264}, {Law: criminalLaw, Label: "第五十二条", Number: 52}}
	interp := "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条、第十四条"
	got := basisSentence("依照", arts, caseFacts{}, []string{interp})
	want := "依照《中华人民共和国刑法》第二百六十四条、第五十二条，" + interp + "之规定，判决如下：\n"
	if got != want {
		t.Fatalf("basisSentence = %q, want %q", got, want)
	}
	doc := "本院认为，被告人甲的行为已构成盗窃罪。" + got + "被告人甲犯盗窃罪，判处有期徒刑六个月。"
	s := judge.Segment(doc)
	var as []string
	for a := range judge.Articles(doc, s) {
		as = append(as, a)
	}
	slices.Sort(as)
	if !slices.Equal(as, []string{"264", "52"}) {
		t.Errorf("scored articles %v, want [264 52]", as)
	}
	if got := basisSentence("依照", nil, caseFacts{}, []string{interp}); !strings.HasPrefix(got, "依照《最高人民法院") {
		t.Errorf("no article: %q", got)
	}
}

// The facts are tune items'.
func TestPleaded(t *testing.T) {
	tests := []struct {
		facts string
		want  bool
	}{
		{"被告人张某对公诉机关指控的犯罪事实和罪名均无异议，且当庭自愿认罪。", true},
		{"上述事实，被告人王某在开庭审理过程中亦无异议，并有证人证言等证据证实。", true},
		{"被告人李某归案后认罪态度较好，具有悔罪表现。", true},
		{"被告人赵某对起诉书指控的犯罪事实及罪名无异议。", true},
		{"被告人刘某当庭拒不认罪，辩称其没有收受财物。", false},
		{"被告人的辩护人提出被告人认罪态度好，系初犯，请求从轻处罚。", false},
		{"被告人孙某对指控的事实有异议，辩称其未参与。", false},
		{"公诉机关指控，被告人周某秘密窃取他人财物，数额较大。", false},
	}
	for _, tt := range tests {
		if got := pleaded(tt.facts); got != tt.want {
			t.Errorf("pleaded(%q) = %v, want %v", tt.facts, got, tt.want)
		}
	}
}

func TestReasoningPleaAndConsequence(t *testing.T) {
	same := []precedent{{id: "p1", defendants: []string{"甲"},
		reasoning: "本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"}}
	tests := []struct {
		name, facts string
		plea        bool
	}{
		{"plea recorded", "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙对公诉机关指控的犯罪事实和罪名均无异议。", true},
		{"no plea", "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙辩称其没有盗窃。", false},
		{"plea already stated", "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙自愿认罪认罚。", false},
	}
	for _, tt := range tests {
		s := (&Offline{}).reasoning(readFacts(tt.facts), []string{"乙"}, []string{"盗窃罪"}, []string{"盗窃罪"}, same, nil)
		text := s.Text()
		if got := strings.Contains(text, "被告人乙当庭自愿认罪，有悔罪表现，可酌情从轻处罚。"); got != tt.plea {
			t.Errorf("%s: plea sentence %v, want %v:\n%s", tt.name, got, tt.plea, text)
		}
		if !strings.Contains(text, "其行为已构成盗窃罪，依法应予惩处。") {
			t.Errorf("%s: the finding lacks its consequence:\n%s", tt.name, text)
		}
	}
}

func TestBareConviction(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"本院认为，被告人甲秘密窃取他人财物，数额较大，其行为已构成盗窃罪。", true},
		{"被告人乙违反交通运输管理法规，其行为已经构成交通肇事罪。", true},
		{"被告人甲的行为已构成盗窃罪，依法应予惩处。", false},
		{"其行为已构成盗窃罪，应当追究其刑事责任。", false},
		{"公诉机关指控的罪名成立。", false},
	}
	for _, tt := range tests {
		if got := bareConviction.MatchString(tt.sent); got != tt.want {
			t.Errorf("bareConviction(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}
