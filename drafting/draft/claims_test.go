package draft

import (
	"slices"
	"testing"
)

// Real wordings from tune items (LeCaRD candidates, not dev).
func TestFoundCircs(t *testing.T) {
	cases := []struct {
		name, facts string
		kind        string
		found       bool
	}{
		{"未遂 pleaded by the accused", "被告人程岗对公诉机关指控犯抢劫罪没有异议，辩解自己的行为是属于抢劫未遂。 辩护人蔡一秋对公诉机关指控被告人程岗犯抢劫罪无异议。", "未遂", false},
		{"未遂 pleaded by counsel", "被告人刘大银的辩护人对起诉书指控被告人刘大银犯非法经营罪的罪名不表异议，但提出如下辩护意见：1、被告人刘大银自愿认罪；2、被告人刘大银系自首；3、被告人刘大银系从犯；4、本案的第四批香烟尚未销售，为犯罪未遂。", "未遂", false},
		{"未遂 in the charge", "被告人李军贩卖冰毒243.4克，其中100克未遂，被告人吕飞江贩卖冰毒124克，其中100克未遂，二被告人的行为均已触犯《中华人民共和国刑法》。", "未遂", true},
		{"未遂 charged and pleaded", "应当以强奸罪（未遂）追究其刑事责任。 被告人的辩护人提出，不应该以强奸（未遂）量刑，而应以强奸（中止）来量刑。", "未遂", true},
		{"立功 pleaded by counsel", "被告人代伟对起诉书指控的事实及罪名无异议，未作辩解。其辩护人提出，被告人代伟具有自首、立功、坦白的法定情节。", "立功", false},
		{"立功 in the facts", "另查明，被告人谢某某被拘留后主动要求协助公安机关抓获杨某某，有立功表现。", "立功", true},
		{"从犯 pleaded by counsel", "刘君的辩护人提出以下辩护意见：1、本案涉案的非法捕捞水产品的数量无法确定。2、被告人刘君系从犯，初犯，认罪态度好。综上，请求对刘君从轻处罚。 被告人马世武、王洪广、刘涛对指控的事实及罪名均无异议。", "从犯", false},
		{"从犯 in the prosecution's view", "公诉机关认为，被告人肖某程、王某强均系从犯，应当从轻或者减轻处罚。其辩护人提出被告人系从犯。", "从犯", true},
		{"自首 pleaded is kept", "其辩护人提出如下辩护意见：1、被告人李洪财系自首；2、被告人李洪财在共同犯罪中所起作用较小。", "自首", true},
	}
	for _, c := range cases {
		f := readFacts(c.facts)
		if !f.has(c.kind) {
			t.Fatalf("%s: the facts reader misses %s", c.name, c.kind)
		}
		if got := slices.Contains(foundCircs(f), c.kind); got != c.found {
			t.Errorf("%s: found %s = %v, want %v", c.name, c.kind, got, c.found)
		}
	}
}
