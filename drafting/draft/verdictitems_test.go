package draft

import (
	"slices"
	"testing"
)

func TestFactItems(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		chgs  []string
		want  []string
	}{
		{"seized drugs and tools", "民警从其身上查获甲基苯丙胺3包，并扣押作案工具电子秤一台。", []string{"张某"}, nil,
			[]string{"扣押在案的毒品及作案工具予以没收。"}},
		{"gains of all defendants", "二被告人将违法所得用于挥霍。", []string{"张某", "李某"}, nil,
			[]string{"追缴被告人张某、李某的违法所得。"}},
		{"tools and stolen money", "被告人王某持作案工具撬开车门，窃得赃款2000元。", []string{"王某"}, []string{"盗窃罪"},
			[]string{"扣押在案的作案工具予以没收。", "追缴被告人王某的违法所得。", "责令被告人王某退赔被害人的经济损失。"}},
		{"loss made good", "被告人王某骗取被害人5万元，案发后已退赔全部损失。", []string{"王某"}, []string{"诈骗罪"}, nil},
		{"loss not from taking", "被告人王某驾车撞坏护栏，造成损失3000元。", []string{"王某"}, []string{"交通肇事罪"}, nil},
		{"stakes seized", "民警当场查获赌资人民币3200元及赌具一副。", []string{"王某"}, nil,
			[]string{"扣押在案的赌资予以没收。"}},
		{"gains only denied", "被告人没有违法所得。", []string{"王某"}, []string{"受贿罪"}, nil},
		{"drugs sold, none seized", "被告人向他人贩卖毒品海洛因0.5克。", []string{"王某"}, []string{"贩卖毒品罪"}, nil},
		{"nothing to dispose of", "被告人酒后驾驶机动车。", []string{"王某"}, []string{"危险驾驶罪"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factItems(caseFacts{text: tt.facts}, tt.names, tt.chgs)
			if !slices.Equal(got, tt.want) {
				t.Errorf("factItems(%q) = %q, want %q", tt.facts, got, tt.want)
			}
		})
	}
}

func TestDisposes(t *testing.T) {
	tests := []struct {
		items []item
		want  bool
	}{
		{nil, false},
		{[]item{{text: "扣押在案的手机一部予以没收。"}}, true},
		{[]item{{text: "责令被告人张某退赔被害人李某经济损失人民币5000元。"}}, true},
		{[]item{{text: "驳回附带民事诉讼原告人的其他诉讼请求。"}}, false},
	}
	for _, tt := range tests {
		if got := disposes(tt.items); got != tt.want {
			t.Errorf("disposes(%v) = %v, want %v", tt.items, got, tt.want)
		}
	}
}

func TestCivilItems(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		items []item
		want  int
		first string
	}{
		{"plaintiff's claim", "附带民事诉讼原告人向某要求判令被告人赔偿医疗费22695元。", nil, 2, "被告人严某赔偿附带民事诉讼原告人向某的经济损失。"},
		{"several plaintiffs", "附带民事诉讼原告人何某、何某1诉称：因被告人的犯罪行为造成经济损失。", nil, 2, "被告人严某赔偿附带民事诉讼原告人何某、何某1的经济损失。"},
		{"plaintiffs unnamed", "附带民事诉讼原告人的诉讼请求是：判令被告人赔偿。", nil, 2, "被告人严某赔偿附带民事诉讼原告人的经济损失。"},
		{"claim waived", "被害人明确放弃提起附带民事诉讼。", nil, 0, ""},
		{"similar case's item decides it", "附带民事诉讼原告人向某诉称。", []item{{text: "驳回附带民事诉讼原告人的其他诉讼请求。"}}, 0, ""},
		{"no civil action", "被告人酒后驾驶机动车。", nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := civilItems(caseFacts{text: tt.facts}, []string{"严某"}, tt.items)
			if len(got) != tt.want {
				t.Errorf("civilItems(%q) = %q, want %d items", tt.facts, got, tt.want)
			}
			if tt.want > 0 && got[0] != tt.first {
				t.Errorf("first item %q, want %q", got[0], tt.first)
			}
		})
	}
}
