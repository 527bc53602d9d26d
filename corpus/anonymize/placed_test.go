package anonymize

import (
	"slices"
	"testing"
)

func TestPlacedNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"先后在武陟县三阳乡三阳村任斌家、三阳村老粮站开设赌场。", []string{"任斌"}},
		{"部分出售至巫溪县塘坊镇田玉芳经营的木材加工厂。", []string{"田玉芳"}},
		{"西峡县回车镇陡沟村谢鑫以5800元的价格购买杨树。", []string{"谢鑫"}},
		{"其来到本村李志亮家的商店看见被害人。", []string{"李志亮"}},
		{"××镇农村承包合同办理情况。", nil},
		{"村里不允许村干部承包地。", nil},
		{"小化工厂位于兰陵镇大李庄村村南一处废旧石膏矿院内。", nil},
		{"租住其位于福清市融城镇利桥弄的房子。", nil},
		{"其从高桥镇石塘村家中去外面。", nil},
		{"村支书处了解事情。", nil},
		{"部分出售至奉节县永安镇向波经营的煤矿。", nil}, // 向 is more often a preposition
	}
	for _, tt := range tests {
		if got := placedNames(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("placedNames(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
