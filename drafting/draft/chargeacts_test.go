package draft

import (
	"slices"
	"testing"
)

func TestWithUnmistakableActs(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		name, facts string
		voted, want []string
	}{
		{"a rape after the robbery",
			" 经审理查明，被告人徐某持刀威胁，当场劫得被害人周某人民币140元，后用皮带将周某双手捆绑，强行脱下其内裤而对周某实施了奸淫。",
			[]string{"抢劫罪"}, []string{"抢劫罪", "强奸罪"}},
		{"heroin sold beside the thefts",
			" 公诉机关指控，被告人陈某伙同雷某多次入室窃取手机，陈某在明知雷某吸食毒品的情况下，向他人购买毒品海洛因贩卖给雷某以获利。",
			[]string{"盗窃罪"}, []string{"盗窃罪", "走私、贩卖、运输、制造毒品罪"}},
		{"a flat lent for smoking",
			" 公诉机关指控，被告人李某贩卖甲基苯丙胺给王某，并多次容留王某在其租住的房间内吸食甲基苯丙胺。",
			[]string{"走私、贩卖、运输、制造毒品罪"}, []string{"走私、贩卖、运输、制造毒品罪", "容留他人吸毒罪"}},
		{"a sale denied adds nothing",
			" 公诉机关指控，被告人杨某入室窃取手机一部，民警从其身上另查获甲基苯丙胺1.2克。被告人杨某辩称其没有贩卖毒品。",
			[]string{"盗窃罪"}, []string{"盗窃罪"}},
		{"a sale beside its rival, the holding, is the same drugs",
			" 公诉机关指控，被告人杨某被民警抓获，从其身上查获甲基苯丙胺1.2克，其供述欲将毒品贩卖给他人。",
			[]string{"非法持有毒品罪"}, []string{"非法持有毒品罪"}},
		{"the vote already has it",
			" 经审理查明，被告人王某将被害人拖至玉米地内强行奸淫。",
			[]string{"强奸罪"}, []string{"强奸罪"}},
		{"no such act",
			" 经审理查明，被告人王某趁被害人不备，窃取其手机一部。",
			[]string{"盗窃罪"}, []string{"盗窃罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := o.withUnmistakableActs(tt.voted, tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("withUnmistakableActs = %v, want %v", got, tt.want)
			}
		})
	}
}
