package extract

import (
	"slices"
	"testing"
)

// Sentences from the reasoning of LeCaRD ids 8, 18 and 13.
func TestCircumstances(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"自首 with 如实供述", "但其在案发后主动报警且在尚未受到讯问、未被采取强制措施时，接到公安机关电话通知后主动到案接受调查并如实供述罪行，具有自首情节，依法可从轻处罚。",
			[]string{"自首", "如实供述"}},
		{"认罪认罚", "被告人陆某归案后如实供述自己的罪行，自愿认罪认罚，可以从轻处罚。", []string{"如实供述", "认罪认罚"}},
		{"初犯偶犯 in an accepted defence", "关于辩护人所提被告人应国平具有自首情节、系初犯、偶犯、具有真诚悔罪表现的辩护意见，与事实、证据及法律规定相符，本院予以采纳。",
			[]string{"自首", "初犯", "偶犯"}},
		{"rejected 未遂", "对被告人赵中华的辩护人提出赵中华实施诈骗未得逞，应认定犯罪未遂等辩护意见，经查认为，鉴于该团伙有诈骗得逞的犯罪事实，对被告人赵中华的行为应认定为诈骗既遂，故对该辩护意见不予采纳。", nil},
		{"胁从犯 is not 从犯", "被告人甲系胁从犯。", []string{"胁从犯"}},
		// Wordings of CAIL2018 fact excerpts.
		{"主动投案 is 自首", "2016年3月31日，被告人李某到桃江县公安局主动投案，并如实供述了自己的罪行。", []string{"自首", "如实供述"}},
		{"投案 without 主动", "被告人吴某某到连城县公安局投案。", []string{"自首"}},
		{"denied surrender", "其到案经过不构成自首，亦非主动投案。", nil},
		{"a prior sentence with dates and masks", "被告人涂某因犯贩卖毒品罪于2012年6月20日被本院判处××，同年7月18日刑满释放。", []string{"前科"}},
		{"a prior sentence with 曾因犯××", "孙某曾因犯××于2001年10月26日被判处××，并处罚金人民币××元。", []string{"前科"}},
		{"returned stolen money", "案发后，被告人秦某退出赃款人民币10000元。", []string{"退赃退赔"}},
		{"family returned the money", "案发后，被告人陈某家属退还该4800元给被害人郑某甲，并取得谅解。", []string{"退赃退赔", "取得谅解"}},
		{"a settlement", "案发后，被告人林某与被害人达成刑事和解。", []string{"赔偿"}},
		{"the police's recovery is not 退赃", "案发后，公安机关追回绿驹牌电动车，现已发还被害人刘某。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range CircumstancesIn(tt.text, 0) {
				got = append(got, c.Kind)
				if r := []rune(tt.text); string(r[c.Span.Start:c.Span.End]) != c.Sentence {
					t.Errorf("%s sentence %q is not its span %+v", c.Kind, c.Sentence, c.Span)
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// TestCircumstancesPerDefendant: a sentence naming defendants binds its
// circumstance to them only.
func TestCircumstancesPerDefendant(t *testing.T) {
	ds := []Defendant{{Name: "刘月"}, {Name: "叶勇"}, {Name: "周文发"}}
	text := "鉴于被告人叶勇、周文发在共同犯罪中起次要辅助作用，系从犯；且各被告人在归案后均能如实供述自己的罪行。"
	circumstances(text, 0, ds)
	kinds := func(d Defendant) []string {
		var ks []string
		for _, c := range d.Circumstances {
			ks = append(ks, c.Kind)
		}
		return ks
	}
	if got := kinds(ds[0]); !slices.Equal(got, []string{"如实供述"}) {
		t.Errorf("刘月: %v", got)
	}
	if got := kinds(ds[1]); !slices.Equal(got, []string{"从犯", "如实供述"}) {
		t.Errorf("叶勇: %v", got)
	}
}
