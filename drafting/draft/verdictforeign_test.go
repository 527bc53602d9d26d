package draft

import "testing"

// Items from the tune drafts, against their cases' facts.
func TestOwnItems(t *testing.T) {
	tests := []struct {
		name, facts, item string
		keep              bool
	}{
		{
			name:  "another case's victims and sums",
			facts: "被告人徐某某采用撬锁手段，先后三次盗窃他人财物，价值共计人民币5000元。",
			item:  "被告人徐某某盗窃的财物，依法予以追缴或者向各被害人退赔（郑敏3900元、许心春2470元、李青萍3900元；代学斌的摩托车已由公安机关发还）。",
		},
		{
			name:  "the case's own seized drugs",
			facts: "民警当场从其身上查获甲基苯丙胺2.90克、甲基苯丙胺片剂0.66克，并扣押毒资人民币200元。",
			item:  "没收查获的甲基苯丙胺2.90克、甲基苯丙胺片剂0.66克，予以销毁；没收被告人杨勇犯罪所得赃款人民币200元，上缴国库。",
			keep:  true,
		},
		{
			name:  "no sum at all",
			facts: "被告人王某在宾馆房间内容留他人吸食毒品。",
			item:  "扣押在案的作案工具予以没收。",
			keep:  true,
		},
		{
			name:  "a sum written with separators in the facts",
			facts: "被告人张某骗取被害人人民币23，440元。",
			item:  "责令被告人张某退赔被害人人民币23440元。",
			keep:  true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ownItems(caseFacts{text: tt.facts}, []item{{id: "x", text: tt.item}})
			if (len(got) == 1) != tt.keep {
				t.Errorf("ownItems kept %v, want %v", len(got) == 1, tt.keep)
			}
		})
	}
}

// A sum the facts write in digits may be written in words in the item.
func TestOwnItemsWords(t *testing.T) {
	f := caseFacts{text: "被告人何某某在宾馆内贩卖毒品，得款人民币2000元。"}
	if got := ownItems(f, []item{{text: "追缴被告人何某某的违法所得人民币二千元。"}}); len(got) != 1 {
		t.Errorf("ownItems dropped a sum the facts state in digits")
	}
}
