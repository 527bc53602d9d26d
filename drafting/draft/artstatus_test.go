package draft

import (
	"slices"
	"testing"
)

// TestStatusCites: limited capacity found by the expert cites 第十八条, a
// crime during a former sentence's probation 第七十七、六十九条; the
// capacity of age, a denial and a probation order's own wording cite
// neither. Sentences from LeCaRD candidate judgments outside dev, tune,
// tune2 and the check set.
func TestStatusCites(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  []int
	}{
		{"limited capacity found", "经广西脑科医院司法鉴定所鉴定：韦某在案发时系限定刑事责任能力人，具有受审能力。", []int{18}},
		{"limited capacity, the article's words", "经鉴定，被告人系尚未完全丧失辨认或者控制自己行为能力的精神病人。", []int{18}},
		{"limited capacity of age", "被告人任金龙作案时年满15岁，达到限制刑事责任能力年龄。", nil},
		{"crime during probation", "被告人在缓刑考验期内又犯新罪，应当撤销缓刑，对新犯的罪作出判决，数罪并罚。", []int{77, 69}},
		{"crime during probation, 期限", "被告人陈伟超在缓刑考验期限内犯新罪，应当撤销缓刑，数罪并罚。", []int{77, 69}},
		{"probation denied", "本案犯罪行为发生在王某某前罪判决之前，属于漏罪，而非在缓刑考验期内再犯新罪；建议对王某某数罪并罚后仍适用缓刑。", nil},
		{"probation denied, 不属于", "首先被告人王林军不属于缓刑考验期内犯新罪的情形。", nil},
		{"crime found after judgment", "被告人金某某在判决宣告以后，刑罚执行完毕以前，发现其在判决宣告以前还有其他罪没有判决，根据《中华人民共和国刑法》第七十条、第六十九条的规定，实行数罪并罚。", []int{70, 69}},
		{"crime found after judgment, no comma", "被告人张智在判决宣告以后刑罚执行完毕以前发现漏罪，应当数罪并罚。", []int{70, 69}},
		{"within probation when caught", "扎兰屯市人民法院刑事判决书证实：吴某因犯交通肇事罪被判处有期徒刑三年，缓刑五年，被抓获时，吴某系在缓刑考验期内。", []int{77, 69}},
		{"within probation now", "证实被告柳某犯聚众斗殴罪，被判处有期徒刑三年，缓刑五年，现正处于缓刑考验期。", []int{77, 69}},
		{"omitted crime found in probation", "被告人邓某在缓刑考验期内发现漏罪，应当撤销缓刑，数罪并罚。", []int{77, 69}},
		{"new crime after a comma", "缓刑考验期至2016年9月17日止。在缓刑考验期内，被告人葛某又犯本案的侵犯公民个人信息罪。", []int{77, 69}},
		{"the law's text on probation", "对宣告缓刑的犯罪分子，在缓刑考验期限内，依法实行社区矫正。", nil},
		{"within probation denied", "被告人王某不在缓刑考验期内犯罪，不应撤销缓刑。", nil},
		{"a probation order", "禁止被告人闵圣泉在缓刑考验期限内从事食品生产、销售及相关活动。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, c := range statusCites(readFacts(tt.facts)) {
				got = append(got, c.article)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("statusCites = %v, want %v", got, tt.want)
			}
		})
	}
}
