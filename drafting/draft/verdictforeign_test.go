package draft

import "testing"

// Items from the tune drafts, against their cases' facts.
func TestOwnQuantities(t *testing.T) {
	tests := []struct {
		name, facts, item, want string
	}{
		{
			name:  "another case's victims and sums go with their parenthesis",
			facts: "被告人徐某某采用撬锁手段，先后三次盗窃他人财物，价值共计人民币5000元。",
			item:  "被告人徐某某盗窃的财物，依法予以追缴或者向各被害人退赔（郑敏3900元、许心春2470元、李青萍3900元；代学斌的摩托车已由公安机关发还）。",
			want:  "被告人徐某某盗窃的财物，依法予以追缴或者向各被害人退赔。",
		},
		{
			name:  "another case's seized sum is left blank",
			facts: "被告人王某在宾馆房间内贩卖毒品，得款人民币300元。",
			item:  "扣押于博兴县人民检察院的涉案赃款226560元予以没收。",
			want:  "扣押于博兴县人民检察院的涉案赃款　　元予以没收。",
		},
		{
			name:  "the case's own seized drugs stay",
			facts: "民警当场从其身上查获甲基苯丙胺2.90克、甲基苯丙胺片剂0.66克，并扣押毒资人民币200元。",
			item:  "没收查获的甲基苯丙胺2.90克、甲基苯丙胺片剂0.66克，予以销毁；没收被告人杨勇犯罪所得赃款人民币200元，上缴国库。",
			want:  "没收查获的甲基苯丙胺2.90克、甲基苯丙胺片剂0.66克，予以销毁；没收被告人杨勇犯罪所得赃款人民币200元，上缴国库。",
		},
		{
			name:  "a sum written with separators in the facts",
			facts: "被告人张某骗取被害人人民币23，440元。",
			item:  "责令被告人张某退赔被害人人民币23440元。",
			want:  "责令被告人张某退赔被害人人民币23440元。",
		},
		{
			name:  "a sum the facts write in digits, the item in words",
			facts: "被告人何某某在宾馆内贩卖毒品，得款人民币2000元。",
			item:  "追缴被告人何某某的违法所得人民币二千元。",
			want:  "追缴被告人何某某的违法所得人民币二千元。",
		},
		{
			name:  "another case's sum in words is left blank",
			facts: "被告人何某某在宾馆内贩卖毒品，得款人民币2000元。",
			item:  "追缴被告人何某某的违法所得人民币五千元。",
			want:  "追缴被告人何某某的违法所得人民币　　元。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := ownQuantities(caseFacts{text: tt.facts}, tt.item)
			if got != tt.want || changed != (tt.want != tt.item) {
				t.Errorf("ownQuantities = %q, %v\nwant %q", got, changed, tt.want)
			}
		})
	}
}
