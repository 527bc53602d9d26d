package draft

import (
	"slices"
	"testing"
)

func TestBlankedOut(t *testing.T) {
	tests := []struct {
		name  string
		items []item
		want  bool
	}{
		{"five blanks in property items", []item{
			{text: "扣押移送本院的人民币　　元、　　《　　》，予以追缴，上缴国库。"},
			{text: "责令被告人周彩礼、罗某共同退赔被害人周　　人民币　　元。"}}, true},
		{"four", []item{{text: "扣押在案的人民币　　　　折抵赃款予以没收，上缴国库，不足部分责令被告人张军继续退赔。"}, {text: "作案工具　　、　　予以没收。"}}, false},
		{"blanks outside property items do not count", []item{
			{text: "被告人　　、　　、　　、　　、　　回到社区后，应当遵守法律、法规。"},
			{text: "扣押在案的毒品予以没收。"}}, false},
		{"none", []item{{text: "扣押在案的作案工具水果刀一把、电动车一辆，依法予以没收。"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blankedOut(tt.items); got != tt.want {
				t.Errorf("blankedOut = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithoutProperty(t *testing.T) {
	items := []item{
		{id: "c1", text: "随案移送的作案工具手机4部依法予以没收，上缴国库；"},
		{id: "c1", text: "已扣押的卷烟由扣押机关依照国家有关规定处理。"},
		{id: "c1", text: "被告人赔偿附带民事诉讼原告人　　经济损失人民币　　元，已履行完毕。"},
		{id: "c1", text: "没收查获的甲基苯丙胺　　克，予以销毁。"},
	}
	want := []item{items[1], items[2]}
	if got := withoutProperty(items); !slices.Equal(got, want) {
		t.Errorf("withoutProperty = %q, want %q", got, want)
	}
}

func TestAdaptedItems(t *testing.T) {
	f := caseFacts{text: "被告人冯德荣退出赃款人民币150万元。"}
	got := adaptedItems(f, []item{
		{id: "c1", text: "扣押于博兴县人民检察院的涉案赃款226560元，予以没收。"},
		{id: "c2", text: "被告人冯德荣退出的赃款人民币150万元，予以没收。"},
	})
	want := []item{
		{id: "c1", text: "扣押于博兴县人民检察院的涉案赃款　　元，予以没收。", note: "改写自类案判项，请核对财物名称与数额；事实未载的类案数额已删去或留空"},
		{id: "c2", text: "被告人冯德荣退出的赃款人民币150万元，予以没收。", note: "改写自类案判项，请核对财物名称与数额"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("adaptedItems = %q, want %q", got, want)
	}
}
