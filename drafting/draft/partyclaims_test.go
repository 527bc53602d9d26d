package draft

import (
	"fmt"
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

// TestClaimedCircumstanceArticles: an accomplice named by the prosecution
// is cited (第二十七条) whatever the similar cases cite; an attempt or an
// accomplice only the defence pleads cites nothing. Wordings from tune items.
func TestClaimedCircumstanceArticles(t *testing.T) {
	o := ruledOffline(t)
	silent := make([]precedent, 6)
	for i := range silent {
		silent[i] = precedent{id: fmt.Sprint(i), charges: []string{"诈骗罪"}, articles: []articleUse{{number: 266}}}
	}
	tests := []struct {
		name    string
		facts   string
		article int
		want    bool
	}{
		{"accomplice in the charge", "公诉机关认为，被告人吕凤伟伙同他人骗取财物，数额特别巨大，应当以诈骗罪追究其刑事责任；其在共同犯罪中起次要作用，系从犯，应当从轻或者减轻处罚。", 27, true},
		{"accomplice pleaded", "被告人苗青对起诉指控的犯罪事实供认不讳。其辩护人主要提出，该案应以单位犯罪论处；被告人系从犯；自愿认罪，认罪态度好。", 27, false},
		{"attempt pleaded", "被告人代义方的辩护人提出：被告人代义方具有未遂情节，可以比照既遂从轻或减轻处罚。", 23, false},
		{"attempt in the facts", "被告人代义方骗取被害人张某13000元，因被公安机关冻结而未得逞。", 23, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := readFacts(tt.facts)
			got := cited(o.articles([]string{"诈骗罪"}, f, draftState(f, []string{"甲"}, []string{"诈骗罪"}, nil, nil), silent, bench{}), tt.article)
			if got != tt.want {
				t.Errorf("第%d条 cited %v, want %v", tt.article, got, tt.want)
			}
		})
	}
}
