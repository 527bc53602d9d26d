package draft

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestProposedTerms(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		want  []termProposal
	}{
		{"one defendant, a range", "公诉机关建议判处被告人张三有期徒刑三年至四年，并处罚金。", []string{"张三"},
			[]termProposal{{lo: 36, hi: 48}}},
		{"nameless, one defendant", "建议对其判处有期徒刑六个月至九个月，并处罚金。", []string{"张三"},
			[]termProposal{{lo: 6, hi: 9}}},
		{"one term named", "建议判处被告人张三有期徒刑一年六个月，并处罚金人民币五千元。", []string{"张三"},
			[]termProposal{{lo: 18, hi: 18, exact: true}}},
		{"a ceiling, suspended", "建议对被告人张三判处一年以下有期徒刑，并适用缓刑。", []string{"张三"},
			[]termProposal{{hi: 12, probation: true}}},
		{"a floor", "建议对被告人张三判处有期徒刑十年以上。", []string{"张三"},
			[]termProposal{{lo: 120}}},
		{"several, each its own", "建议对许某亮判处有期徒刑八年至十一年，并处罚金；对许某永判处有期徒刑四年至七年，并处罚金；对崔某梅判处有期徒刑二年至三年，并处罚金。",
			[]string{"许某亮", "崔某梅", "许某永"}, []termProposal{{lo: 96, hi: 132}, {lo: 24, hi: 36}, {lo: 48, hi: 84}}},
		{"two listed together, unit written once", "建议对被告人王某、李某甲判处有期徒刑1-2年，对被告人李某乙判处有期徒刑6个月-1年6个月，均可适用缓刑。",
			[]string{"王某", "李某甲", "李某乙"}, []termProposal{{lo: 12, hi: 24, probation: true}, {lo: 12, hi: 24, probation: true}, {lo: 6, hi: 18, probation: true}}},
		{"probation for the one named", "建议对被告人王某判处有期徒刑二年；对被告人李某判处有期徒刑一年，并适用缓刑。",
			[]string{"王某", "李某"}, []termProposal{{lo: 24, hi: 24, exact: true}, {lo: 12, hi: 12, exact: true, probation: true}}},
		{"probation alone, then a term", "公诉机关建议对被告人胡某判处缓刑。公诉机关建议判处被告人胡某有期徒刑一年。",
			[]string{"周某", "胡某"}, []termProposal{{}, {lo: 12, hi: 12, exact: true, probation: true}}},
		{"probation refused", "建议判处被告人张三有期徒刑二年，不宜适用缓刑。", []string{"张三"},
			[]termProposal{{lo: 24, hi: 24, exact: true}}},
		{"life", "公诉机关建议判处被告人张三无期徒刑。", []string{"张三"}, []termProposal{{life: true}}},
		{"below life", "建议对被告人张三从轻处罚，在无期徒刑以下判处刑罚。", []string{"张三"}, []termProposal{{hi: maxFixedTerm}}},
		{"the defence's proposal is not the prosecution's", "被告人张三的辩护人提出如下辩护意见：张三系初犯。综上，辩护人建议对被告人张三判处有期徒刑一年六个月以下并宣告缓刑。",
			[]string{"张三"}, []termProposal{{}}},
		{"the defendant's statements among the evidence", "公诉机关提供了证人证言、被告人的供述与辩解等证据，建议对其判处一年以下有期徒刑。", []string{"张三"},
			[]termProposal{{hi: 12}}},
		{"the prosecution after the defence", "辩护人对证据无异议。公诉机关建议对被告人张三判处有期徒刑一年。", []string{"张三"},
			[]termProposal{{lo: 12, hi: 12, exact: true}}},
		{"nameless after the names earlier in the sentence", "被告人唐某、李某具有从犯情节，建议对二被告人判处有期徒刑三至五年，并处罚金。",
			[]string{"周某", "唐某", "李某"}, []termProposal{{}, {lo: 36, hi: 60}, {lo: 36, hi: 60}}},
		{"nameless among several: the first", "建议对其判处有期徒刑五年。", []string{"周某", "唐某"}, []termProposal{{lo: 60, hi: 60, exact: true}, {}}},
		{"all of them", "建议以二被告人犯诈骗罪，判处有期徒刑四至六年，并处罚金。建议对其判处三年有期徒刑。", []string{"周某", "唐某"},
			[]termProposal{{lo: 48, hi: 72}, {lo: 48, hi: 72}}},
		{"a ceiling after the kind", "建议对被告人董某某判处一年有期徒刑以下并处罚金的刑事处罚。", []string{"董某某"}, []termProposal{{hi: 12}}},
		{"probation is not a term", "建议判处被告人张三有期徒刑一年，缓刑二年。", []string{"张三"},
			[]termProposal{{lo: 12, hi: 12, exact: true, probation: true}}},
		{"first proposal wins", "建议判处被告人张三有期徒刑二年。另建议判处被告人张三有期徒刑五年。", []string{"张三"},
			[]termProposal{{lo: 24, hi: 24, exact: true}}},
		{"a proposal with no term", "建议对被告人张三从轻处罚。", []string{"张三"}, []termProposal{{}}},
		{"no proposal", "被告人张三于2019年3月盗窃财物。", []string{"张三"}, []termProposal{{}}},
		{"no names", "建议判处有期徒刑一年。", nil, []termProposal{}},
	}
	for _, tt := range tests {
		if got := proposedTerms(tt.facts, tt.names); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestQueryProposal(t *testing.T) {
	facts := "建议对被告人甲某判处有期徒刑三年至四年；对被告人乙某判处有期徒刑一年至二年。"
	tests := []struct {
		name string
		q    SentenceQuery
		est  [2]int
		want termProposal
	}{
		{"the first of two", SentenceQuery{Facts: facts, Defendant: "甲某", Defendants: []string{"甲某", "乙某"}}, [2]int{12, 36}, termProposal{lo: 36, hi: 48}},
		{"the second of two", SentenceQuery{Facts: facts, Defendant: "乙某", Defendants: []string{"甲某", "乙某"}}, [2]int{12, 36}, termProposal{lo: 12, hi: 24}},
		{"no name: the estimator's reading", SentenceQuery{Facts: facts}, [2]int{12, 36}, termProposal{lo: 12, hi: 36}},
	}
	for _, tt := range tests {
		if got := queryProposal(tt.q, tt.est); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// FuzzProposedTerms: any facts text gives one proposal per name, each
// within the bounds the reader keeps.
func FuzzProposedTerms(f *testing.F) {
	f.Add("建议对被告人王某、李某甲判处有期徒刑1-2年，对被告人李某乙判处有期徒刑6个月-1年6个月，均可适用缓刑。")
	f.Add("建议对郭某在有期徒刑六至七年；刘某、王某在五至六年；郭某某在三至四年的幅度内量刑处罚")
	f.Add("建议判处有期徒刑十个月零四天至一年，缓刑一年。建议")
	f.Add("建议书载明2013年1月26日建议法院对被告人王某量刑时酌情从重处罚")
	f.Fuzz(func(t *testing.T, facts string) {
		if !utf8.ValidString(facts) {
			return
		}
		names := []string{"王某", "李某甲", "李某乙"}
		got := proposedTerms(facts, names)
		if len(got) != len(names) {
			t.Fatalf("%d proposals for %d names", len(got), len(names))
		}
		for _, p := range got {
			if p.lo < 0 || p.hi < 0 || p.lo > 300 || p.hi > 300 || (p.exact && p.lo != p.hi) {
				t.Errorf("proposal %+v out of bounds in %q", p, facts)
			}
		}
	})
}
