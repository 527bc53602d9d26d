package draft

import (
	"slices"
	"testing"
)

func TestRestitutionItems(t *testing.T) {
	tests := []struct {
		name    string
		facts   string
		names   []string
		charges []string
		want    []string
	}{
		{"a victim deceived of a sum", "被告人陈龙以代购机票为名，累计诈骗高某人民币12300元。",
			[]string{"陈龙"}, []string{"诈骗罪"}, []string{"责令被告人陈龙退赔被害人高某经济损失人民币12300元。"}},
		{"each victim once, in the facts' order", "被告人江某莲以做生意需要资金周转为由，骗取被害人张某甲5万元。后又骗取汪某乙人民币7.64万元。江某莲再次骗取张某甲1万元。",
			[]string{"江某莲"}, []string{"诈骗罪"}, []string{"责令被告人江某莲退赔被害人张某甲经济损失人民币5万元，退赔被害人汪某乙经济损失人民币7.64万元。"}},
		{"a unit's loss", "被告人贡某某伙同他人骗取杭州正大装饰有限公司100万元。",
			[]string{"贡某某"}, []string{"合同诈骗罪"}, []string{"责令被告人贡某某退赔被害单位杭州正大装饰有限公司经济损失人民币100万元。"}},
		{"a numbered victim and the sum after", "周某创在新郑机场骗取李某16000元现金后失去联系。",
			[]string{"周某创"}, []string{"诈骗罪"}, []string{"责令被告人周某创退赔被害人李某1经济损失人民币6000元。"}},
		{"a sum in ten-thousands is not a numbered victim's", "使用房产证骗取被害人黄某3万元。",
			[]string{"徐某菊"}, []string{"诈骗罪"}, []string{"责令被告人徐某菊退赔被害人黄某经济损失人民币3万元。"}},
		{"a loss caused", "被告人刘某的行为造成被害单位某供电局经济损失人民币8344元。",
			[]string{"刘某"}, []string{"盗窃罪"}, []string{"责令被告人刘某退赔被害单位某供电局经济损失人民币8344元。"}},
		{"each defendant his own victims", "被告人李甲骗取被害人付某人民币16666元。被告人李乙骗取被害人高某人民币84600元。",
			[]string{"李甲", "李乙"}, []string{"诈骗罪"}, []string{"责令被告人李甲退赔被害人付某经济损失人民币16666元。", "责令被告人李乙退赔被害人高某经济损失人民币84600元。"}},
		{"a victim repaid is owed nothing", "被告人王某骗取被害人赵某2万元，骗取被害人钱某1万元。案发后，王某归还赵某2万元。",
			[]string{"王某"}, []string{"诈骗罪"}, []string{"责令被告人王某退赔被害人钱某经济损失人民币1万元。"}},
		{"many victims are owed generically", "被告人施某甲骗取被害人鲁某某260元，骗取被害人王某甲300元，骗取被害人孙某甲300元，骗取被害人陈某乙400元。",
			[]string{"施某甲"}, []string{"诈骗罪"}, []string{"责令被告人施某甲退赔各被害人的经济损失。"}},
		{"losses made good", "被告人陈某骗取被害人贾某284159元。案发后，被告人陈某家属代其退赔了二被害人的经济损失，取得了谅解。",
			[]string{"陈某"}, []string{"诈骗罪"}, nil},
		{"an attempt took nothing", "被告人王某欲骗取被害人赵某人民币2万元，未骗得赵某2万元。",
			[]string{"王某"}, []string{"诈骗罪"}, nil},
		{"not a charge of taking property", "被告人谢某骗取被害人王某2人民币601800元。",
			[]string{"谢某"}, []string{"非国家工作人员受贿罪"}, nil},
		{"a defendant is no victim", "被告人甲某伙同乙某骗取乙某人民币1万元。",
			[]string{"甲某", "乙某"}, []string{"诈骗罪"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := restitutionItems(caseFacts{text: tt.facts}, tt.names, tt.charges)
			if !slices.Equal(got, tt.want) {
				t.Errorf("restitutionItems = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWithRestitution(t *testing.T) {
	order := []string{"责令被告人甲某退赔被害人乙某经济损失人民币1万元。"}
	tests := []struct {
		name      string
		extra     []item
		fromFacts []string
		wantEx    []string
		wantFF    []string
	}{
		{"in place of the similar case's blanked order",
			[]item{{id: "c", text: "扣押的作案工具予以没收。"}, {id: "c", text: "责令被告人甲某退赔被害人　　经济损失人民币　　元。"}}, nil,
			[]string{"扣押的作案工具予以没收。", order[0]}, nil},
		{"in place of the facts' generic order",
			nil, []string{"追缴被告人甲某的违法所得。", "责令被告人甲某退赔被害人的经济损失。"},
			nil, []string{"追缴被告人甲某的违法所得。", order[0]}},
		{"after the others when none orders restitution",
			[]item{{id: "c", text: "扣押的作案工具予以没收。"}}, nil,
			[]string{"扣押的作案工具予以没收。"}, order},
		{"a civil judgment stays",
			[]item{{id: "c", text: "被告人甲某退赔附带民事诉讼原告人乙某经济损失。"}}, nil,
			[]string{"被告人甲某退赔附带民事诉讼原告人乙某经济损失。"}, order},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, ff := withRestitution(order, tt.extra, tt.fromFacts)
			var exText []string
			for _, it := range ex {
				exText = append(exText, it.text)
			}
			if !slices.Equal(exText, tt.wantEx) || !slices.Equal(ff, tt.wantFF) {
				t.Errorf("withRestitution = %q, %q, want %q, %q", exText, ff, tt.wantEx, tt.wantFF)
			}
		})
	}
}
