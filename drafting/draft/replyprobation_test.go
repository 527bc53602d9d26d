package draft

import (
	"slices"
	"testing"
)

func TestWithoutProbationRequest(t *testing.T) {
	tests := []struct {
		in, want string
		asked    bool
	}{
		{"被告人充分主动坦白犯罪事实，有悔罪表现，请求对其从轻处罚，并适用缓刑", "被告人充分主动坦白犯罪事实，有悔罪表现，请求对其从轻处罚", true},
		{"被告人是初犯、偶犯、主观恶性不大，建议法庭对其从轻处罚并适用缓刑", "被告人是初犯、偶犯、主观恶性不大，建议法庭对其从轻处罚", true},
		{"被告人犯罪情节轻微，认罪态度良好，建议适用缓刑", "被告人犯罪情节轻微，认罪态度良好", true},
		{"希望对高松涛适用缓刑", "", true},
		{"酌情从轻减轻处罚，不追究刑事责任或判处缓刑", "酌情从轻减轻处罚，不追究刑事责任", true},
		{"被告人曾被判处缓刑，系初犯", "被告人曾被判处缓刑，系初犯", false},
		{"公诉机关称不得判处缓刑，理由不能成立", "公诉机关称不得判处缓刑，理由不能成立", false},
		{"被告人系自首，请求从轻处罚", "被告人系自首，请求从轻处罚", false},
	}
	for _, tt := range tests {
		got, asked := withoutProbationRequest(tt.in)
		if got != tt.want || asked != tt.asked {
			t.Errorf("withoutProbationRequest(%q) = %q, %v; want %q, %v", tt.in, got, asked, tt.want, tt.asked)
		}
	}
}

func TestProbationRequests(t *testing.T) {
	tests := []struct {
		name, facts string
		names       []string
		want        []string
	}{
		{"counsel of a named defendant", "被告人张某某的辩护人的辩护意见是：被告人张某某系初犯，请求对被告人张某某从轻处罚，并适用缓刑。", []string{"王某", "张某某"}, []string{"张某某"}},
		{"the only defendant", "辩护人认为，被告人犯罪情节轻微，认罪态度良好，建议适用缓刑。", []string{"郭晓书"}, []string{"郭晓书"}},
		{"the defendant the request names", "辩护人提出，建议对被告人杨某适用缓刑。", []string{"杨某", "蒋某"}, []string{"杨某"}},
		{"no one to name", "辩护人提出，建议对被告人适用缓刑。", []string{"杨某", "蒋某"}, nil},
		{"no request", "辩护人提出被告人系自首，请求从轻处罚。", []string{"杨某"}, nil},
	}
	for _, tt := range tests {
		if got := probationRequests(tt.facts, tt.names); !slices.Equal(got, tt.want) {
			t.Errorf("%s: probationRequests = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// noProbationRefused refuses no request for a suspended sentence.
func noProbationRefused(who, point string) bool { return false }

func TestDefenceOpinionsRefusedProbation(t *testing.T) {
	facts := "被告人陈某甲的辩护人提出，被告人充分主动坦白犯罪事实，有悔罪表现，请求对其从轻处罚，并适用缓刑。"
	f := caseFacts{text: facts}
	names := []string{"张祖成", "陈某甲"}
	tests := []struct {
		name      string
		suspended []string
		want      string
	}{
		{"refused: the request is cut", []string{"张祖成"}, "被告人充分主动坦白犯罪事实，有悔罪表现，请求对其从轻处罚"},
		{"granted: the request stays", []string{"陈某甲"}, "被告人充分主动坦白犯罪事实，有悔罪表现，请求对其从轻处罚，并适用缓刑"},
	}
	for _, tt := range tests {
		f.suspended = tt.suspended
		ops := defenceOpinions(facts, refusedProbation(f, names))
		if len(ops) != 1 || ops[0].text != tt.want || ops[0].reject {
			t.Errorf("%s: defenceOpinions = %+v, want one adopted %q", tt.name, ops, tt.want)
		}
	}
}

func TestWithRefusedProbation(t *testing.T) {
	finding := Sentence{Text: "本院认为，被告人王某1、昌剑飞的行为已构成盗窃罪。"}
	facts := "其辩护人的辩护意见是，被告人王某1系初犯，建议法庭对被告人王某1从轻处罚并适用缓刑。被告人昌剑飞的辩护人提出，被告人昌剑飞退回了部分赃物，建议适用缓刑。"
	names := []string{"王某1", "昌剑飞"}
	tests := []struct {
		name      string
		sents     []Sentence
		suspended []string
		want      string // the last sentence
	}{
		{"both refused", []Sentence{finding}, nil, "根据被告人王某1、昌剑飞的犯罪情节，不宜适用缓刑，辩护人提出对被告人王某1、昌剑飞适用缓刑的辩护意见，本院不予采纳。"},
		{"one granted", []Sentence{finding}, []string{"王某1"}, "根据被告人昌剑飞的犯罪情节，不宜适用缓刑，辩护人提出对被告人昌剑飞适用缓刑的辩护意见，本院不予采纳。"},
		{"both granted", []Sentence{finding}, []string{"王某1", "昌剑飞"}, finding.Text},
		{"already answered", []Sentence{finding, {Text: "二辩护人关于对被告人王某1、昌剑飞适用缓刑的辩护意见不当，本院不予采纳。"}}, nil, "二辩护人关于对被告人王某1、昌剑飞适用缓刑的辩护意见不当，本院不予采纳。"},
	}
	for _, tt := range tests {
		got := withRefusedProbation(slices.Clone(tt.sents), caseFacts{text: facts, suspended: tt.suspended}, names)
		if last := got[len(got)-1].Text; last != tt.want {
			t.Errorf("%s: last sentence %q, want %q", tt.name, last, tt.want)
		}
	}
}
