package anonymize

import (
	"slices"
	"testing"
)

// TestPairedNames checks the reader of the name a pronoun joins to the
// speaker (我和赵永清分别领…), alone.
func TestPairedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"我和赵永清分别领两班人进行工作。", []string{"赵永清"}},
		{"其和刘永生下楼打算打车走。", []string{"刘永生"}},
		{"2013年11月27日我和郝曦及其父亲一起到公司总部。", []string{"郝曦"}},
		{"驾驶其和张秀玲合伙购买的翻斗车。", []string{"张秀玲"}},
		{"我和梁艳炜两个人到林飞家里。", []string{"梁艳炜"}},
		{"我和妻子一起去了。其和解协议已履行。", nil},
		{"我和王某某到了现场，他和平时一样，我和朋友喝酒。", nil},
		{"其与于是，他跟向东走。", nil},
		{"他与黄金交易有关，她和白天一样。", nil},
		{"我和陈峰追着个子较矮的，我和孙志约定好了比例。", []string{"陈峰", "孙志"}}, // 追着, 约定: the verb
		{"其与罗小约定了时间。证人罗小约，男。", []string{"罗小约"}},           // closed whole elsewhere
		{"一是安排田宪文和赵国明作为股权受让人，证明其与赵国明于2009年接受安排。", []string{"赵国明"}},
		{"我和华俊实业是有生意关系的，到杭州华俊实业有限公司。", nil}, // a firm's name
		{"其召集其与盛家垅组、瓦屋组的组长开会。其系盛家垅组村民。", nil},
		{"其他和本案有关的人员，我和司机一起", nil},
		{"介绍我和陈家某去找朴丽芬", nil},
		{"吴晓明到场，赵某告诉我和吴晓静准备现金", []string{"吴晓静"}},
	}
	for _, c := range cases {
		if got := pairedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("pairedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestQuotedHeldWord checks that a quoted name which is also a word is
// taken when what follows says only a person holds it (an identification,
// a card), and left when nothing does.
func TestQuotedHeldWord(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"打电话给一个朋友“王朝”（经辨认即王飞），问她有没有冰毒。", []string{"王朝"}},
		{"以“黄金”的名义开户。", nil},  // a word no name opens with (notNames)
		{"以“牛肉干”的名义销售。", nil}, // a product: only an identification or an ID card lets a word through
		{"“王朝”酒店，“黄金”的价格。", nil},
	}
	for _, c := range cases {
		if got := quotedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("quotedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestKinCues anonymises sentences in which a kin word the role list
// gained (堂兄, 舅舅, 姑父…) names the person, and checks the kin words
// alone stay.
func TestKinCues(t *testing.T) {
	cases := []struct {
		text string
		gone []string
		stay []string
	}{
		{"当时我堂兄梁厚满也到了那里。", []string{"梁厚满"}, []string{"堂兄", "也到了"}},
		{"有300万元是其舅舅徐中文私人投资的。", []string{"徐中文"}, []string{"其舅舅", "私人投资"}},
		{"我去舅舅家中住了几天。叔叔说不行。姑姑和姑父都来了。", nil, []string{"舅舅家中", "叔叔说", "姑姑和姑父都"}},
	}
	for _, c := range cases {
		checkGoneStay(t, c.text, c.gone, c.stay)
	}
}
