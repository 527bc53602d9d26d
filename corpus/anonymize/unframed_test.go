package anonymize

import (
	"strings"
	"testing"
)

// TestUnframedNames checks the names read from where a candidate stands
// across the document, with no role, list or particle frame.
func TestUnframedNames(t *testing.T) {
	cases := []struct {
		text  string
		known []string
		want  []string
	}{
		// two occurrences where a person stands; the given name is a word
		// (利剑) written only inside the name
		{"被告人不顾邓利剑的反对，驾车搭载邓利剑到山顶。", nil, []string{"邓利剑"}},
		// a clause's subject before a person's verb, twice
		{"案发当晚，王建华驾驶摩托车离开现场。次日，王建华称其不知情。", nil, []string{"王建华"}},
		// one occurrence after a verb that takes a person, with a common
		// given-name character
		{"后被告人与孙丽华签订转让协议一份。", nil, []string{"孙丽华"}},
		// one occurrence whose last character is no common given-name one
		{"后被告人与孙丽争签订转让协议一份。", nil, nil},
		// a word read through: 海洛 is glued to 因 everywhere
		{"送检的海洛因净重3克，海洛因系毒品。", nil, nil},
		// surname and title, surname and verb
		{"其找彭医生看病，彭医生称无碍。其将证件交给马后，马后离开。", nil, nil},
		// a known person's name with a verb glued on
		{"送给夏伟现金400元，夏伟予以收受，夏伟予以退还。", []string{"夏伟"}, nil},
		// the tail of a longer name (every 陈陈 follows 向)
		{"被告人向陈陈到场。向陈陈称，向陈陈的妻子到场。", nil, nil},
		// a three-character reading whose last character is a verb
		{"，李剑来到现场。后李剑来到其家中。", nil, nil},
		// one occurrence inside a longer word (共和国)
		{"中华人民共和国凤凰县人民法院与国凤凰签订协议。", nil, nil},
		// one glued occurrence (后方海被碾压 reads 后方) among several
		// where the person stands
		{"与驾驶电动自行车的方海相撞，方海倒地，方海当场死亡，后方海被碾压，方海家属到场。", nil, []string{"方海"}},
		// glued in a quarter of its occurrences: a word's piece
		{"与方海相撞，方海倒地，后方海被碾压，后方海被送医。", nil, nil},
	}
	for _, c := range cases {
		known := map[string]bool{}
		for _, k := range c.known {
			known[k] = true
		}
		got := unframedNames(c.text, known)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("unframedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestUnframedAnonymize checks that a name found with no frame is renamed
// everywhere and the words beside it are left alone.
func TestUnframedAnonymize(t *testing.T) {
	text := "经审理查明：被告人张某驾驶货车行驶至路口时，与骑电动车的方海相撞，方海倒地后被碾压致死。"
	res, err := Anonymize(text, Options{HashKey: []byte("k")})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "方海") || !strings.Contains(res.Text, "倒地后被碾压致死") {
		t.Errorf("got %q", res.Text)
	}
}

// TestTitledNames checks names read after a head's post.
func TestTitledNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"后该公司打报告给分管城建的副市长刘海，希望解决用地问题。", []string{"刘海"}},
		{"其向常务副县长雷树平请示，雷县长同意。", []string{"雷树平"}},
		{"是区域经理建议董事长刘绪良同意后借出的。", []string{"刘绪良"}},
		{"现任行长为杨丽华，主管信贷。", []string{"杨丽华"}},
		// the third character starts a word (询问), and the two before it are
		// closed by no punctuation, particle or verb: no reading
		{"找到指挥部征拆部长刘涛询问开采一事。", nil},
		// a firm, not a person: 区长 inside 赫山区长吉…
		{"通过益阳市赫山区长吉基础工程部转账。", nil},
		// a legal representative, whom the rules keep
		{"该公司法定代表人、董事长为赵东。", nil},
		// the court's own heads are not read
		{"审判长陈东明", nil},
		// a post of two characters or more, then an uncommon given name
		// closed by punctuation or by 和/及/与 (postClosedAt)
		{"客户主管刘莉，客服专员张建棋、贾梅，测试工程师田弯，网页前端设计师李斌", []string{"张建棋", "刘莉", "田弯"}},
		{"理财二部团队主管李佩，销售员贾三莉等", []string{"贾三莉", "李佩"}},
		{"其的上级是管家潘冠晋和主任莫某龙。", []string{"潘冠晋"}},
		{"东城信用社会计孔海峰及工作人员刘洋带现金", []string{"孔海峰"}},
		{"河北建设集团的老总李保元和千秋管业总经理赵某", []string{"李保元"}},
		// words the post runs into are no names
		{"经主管部门，批准", nil},
		{"取得工程师职称、", nil},
		// a kin word or a bystander is no such post, and a mask (×) closes
		// no name: 总会计师姚×
		{"其大哥田弯，", nil},
		{"捅该女子左胸，该女子开始叫喊", nil},
		{"或者总会计师姚×曾召集", nil},
		// a unit's member in a list (unitEnds)
		{"参与人员有纪检监察组王轶仁、财务部余伟、制造保障部", []string{"王轶仁", "余伟"}},
		{"其和经管部许灿、纪委吴敏", []string{"许灿"}},
		{"核查组陈娟、林义洲等人", []string{"陈娟"}},
		{"即安排该大队丁玠文、王铁民对群众举报的药店", []string{"丁玠文"}},
		{"刑侦大队、交警大队，", nil},
		// a unit then a word, or a name run on into a verb: no reading
		{"交给财务部门、", nil},
		{"核查组认定，", nil},
	}
	for _, c := range cases {
		got := titledNames(c.text)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("titledNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestListedNames checks short lists of names none of which is known.
func TestListedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// closed by what persons do together
		{"12月6日，胡裕峰与曾振洪、蒋天元合议，驳回了异议。", []string{"曾振洪", "蒋天元"}},
		{"其以月息2分向杨涯邻、王兴烈夫妻借款20万元。", []string{"杨涯邻", "王兴烈"}},
		// three items ending at punctuation
		{"当天到场的有，周建明、李秀英、孙立华。", []string{"周建明", "李秀英", "孙立华"}},
		// two items and no closing: no evidence
		{"宜宾收货人是陈宁、刘中华。", nil},
		// the first name is cut by the list reader (黄桂凤 read 桂凤)
		{"被告人黄桂凤、王秀英二人到场。", nil},
		{"经查，黄桂凤、王秀英二人到场。", []string{"黄桂凤", "王秀英"}},
		// a preposition glued to the first name, a title as the last
		{"其分别向郭涛、谢律师二人借款。", nil},
		// places and words
		{"途经黄山、海口、金华三地。", nil},
	}
	for _, c := range cases {
		got := listedNames(c.text, map[string]bool{})
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("listedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestIsNames checks names a post or relation is said to be.
func TestIsNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"他说背后老板是谭永才，有实力开发。", []string{"谭永才"}},
		{"两个客服是杨开会和王炜，财务是白雨尧。", []string{"白雨尧"}},
		{"该手机登记姓名为马欢的用户。", []string{"马欢"}},
		// a word after 是
		{"其老板是本地人，财务是兼职的。", nil},
		// the verb after a two-character name is not read into it
		{"老板是刘涛来了以后定的。", []string{"刘涛"}},
	}
	for _, c := range cases {
		got := isNames(c.text)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("isNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
