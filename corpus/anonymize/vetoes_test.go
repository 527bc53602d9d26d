package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// TestVetoedPersons anonymises short sentences in which a rule used to
// refuse a person: each name in gone must be replaced, each string in kept
// must survive.
func TestVetoedPersons(t *testing.T) {
	cases := []struct {
		why  string
		text string
		gone []string
		kept []string
	}{
		{"kin word running on from 其女", "转账到其女婿许晶晶的农行账户，后许晶晶交给其现金。", []string{"许晶晶"}, nil},
		{"kin word running on from 其姐", "被告人孙培、其姐夫赵中文与被害人郝振彪发生争执。", []string{"赵中文"}, nil},
		{"only kin forms give way", "未出现将同案人员关押在同一个房间内的情况。", nil, []string{"关押"}},
		{"a 法定代理人 is no lawyer", "被告人黄印及其法定代理人黄楚波、指定辩护人闫民，某某律师事务所律师，到庭参加诉讼。",
			[]string{"黄楚波"}, []string{"闫民"}},
		{"former name in parentheses", "被告人马海港（曾用名马俊香），男，汉族。返还马俊香钱款。", []string{"马海港", "马俊香"}, nil},
		{"a pseudonym with a title is no name", "被告人石苇（化名杨先生）在网上认识被告人刘某。", []string{"石苇"}, []string{"杨先生"}},
		{"a shop the person runs", "窜至衡阳市石鼓区被害人罗波经营的福运多口味馆。", []string{"罗波"}, nil},
		{"a clause after the name", "其朋友陆彦波将10颗天雷存放在其租住处。", []string{"陆彦波"}, nil},
		{"a model number after the name", "退赔被害人廖骏vivox9手机一部。", []string{"廖骏"}, nil},
		{"a firm keeps its name", "被害人李宁体育用品公司，住所地某市。", nil, []string{"李宁"}},
		{"the third character starts the next word", "被害人史娟陈述，史娟的房子被挖，史娟无奈给钱。", []string{"史娟"}, []string{"陈述"}},
		{"a road's side is no place", "被害人史娟的房子。梁靖等人去史娟路南的房子那，史娟无奈。", []string{"史娟的", "史娟无奈"}, nil},
		{"passing by is no place", "被告人冯毅，男。冯毅路过其家门口。", []string{"冯毅路过"}, []string{"路过"}},
		{"a parenthesis saying who the person is", "⑸贺振新（王凤慧妻子）证明，立信公司成立。", []string{"贺振新"}, nil},
		{"a parenthesis with the person's post", "⑹张云龙（时任正源会计师事务所会计）证明，2010年。", []string{"张云龙"}, nil},
		{"a parenthesis after a place", "一、黄山市（安徽省）的情况。", nil, []string{"黄山市"}},
		{"a parenthesis after a firm", "公司（系有限责任公司）成立。", nil, []string{"公司"}},
	}
	for _, c := range cases {
		res, err := Anonymize(c.text, Options{HashKey: []byte("k")})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range c.gone {
			if strings.Contains(res.Text, g) {
				t.Errorf("%s: %q kept in %q", c.why, g, res.Text)
			}
		}
		for _, k := range c.kept {
			if !strings.Contains(res.Text, k) {
				t.Errorf("%s: %q removed in %q", c.why, k, res.Text)
			}
		}
	}
}

// TestMisreadThird checks when a three-character reading is a
// two-character name and the start of the next word.
func TestMisreadThird(t *testing.T) {
	cases := []struct {
		text, n, p string
		want       bool
	}{
		{"同事王敏可能送礼。收受王敏贿赂。王敏4000元购物卡。", "王敏可", "王敏", true},
		{"被害人李婧索要欠款。殴打李婧，逼迫李婧还钱。", "李婧索", "李婧", true},
		{"蒋宜曼是书记，蒋宜颜是社长，蒋宜新签的，蒋宜权证实。", "蒋宜曼", "蒋宜", false}, // siblings never close 蒋宜
		{"李剑来到现场。李剑的车，李剑，", "李剑来", "李剑", true},
		{"张晓明证实，张晓明的车。张晓在场。", "张晓明", "张晓", false}, // 明 is common in names, and 张晓明 is closed
		{"被害人项目部经理。项目的，项目，", "项目部", "项目", false},  // a word
		{"被害人陈婧作为合伙人，陈婧占3股。", "陈婧作", "陈婧", false}, // 陈婧 alone once and never closed
	}
	for _, c := range cases {
		if got := misreadThird(c.text, c.n, c.p); got != c.want {
			t.Errorf("misreadThird(%q, %s, %s) = %v, want %v", c.text, c.n, c.p, got, c.want)
		}
	}
}

// TestInformedNames checks the person a defendant informs on.
func TestInformedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"荆小路揭发曹练盗窃电动车已经公安机关查证属实。", []string{"曹练"}},
		{"证实被告人举报黄中州盗窃一案已经立案。", []string{"黄中州"}},
		{"王啟山检举揭发雷勇参与实施犯罪的事实。", []string{"雷勇"}},
		{"甘某某举报材料一份，举报电话。", nil},
	}
	for _, c := range cases {
		if got := boundedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("boundedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNamesAtKinItem checks that a list after a role stops at an item
// that opens with a kin word.
func TestNamesAtKinItem(t *testing.T) {
	text := "儿子范天文、儿媳范云、孙子范燕霞和范顺冰租住在顺达花园22幢301室。"
	i := strings.Index(text, "儿媳") + len("儿媳")
	var got []string
	for _, n := range namesAt(text, i) {
		got = append(got, n.name)
	}
	if !slices.Equal(got, []string{"范云"}) {
		t.Errorf("namesAt after 儿媳 = %v, want [范云]", got)
	}
}

// TestQuotedNames checks names written between quotation marks, and the
// nicknames and brands that are not.
func TestQuotedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"买了一部手机和一张“刘中华”的身份证。", []string{"刘中华"}},
		{"其微信好友“韦向阳”的微信号，被告人谎称自己是“吴丽娟”。", []string{"韦向阳", "吴丽娟"}},
		{"其让“韩老二”出面，“朱胖娃”商量，“毛毛”、“老狼”在场。", nil},
		{"“阿玛尼”牌手表一块，标有“金泸州”字样，服用“曲马多”。", nil},
		{"他打电话给“王朝”，看到“金星”。", nil},
		{"朋友“蔡园园”（经辨认即蔡昭锋）问她。", []string{"蔡园园"}},
		{"查获“李来双”的招商银行卡1张，中华人民共和国，中华人民共和国。", []string{"李来双"}},
		{"“毛毛”的身份证。", nil}, // a nickname holds no card
	}
	for _, c := range cases {
		if got := quotedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("quotedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWordGivenName checks a name written once whose given name is a word
// of two common given-name characters.
func TestWordGivenName(t *testing.T) {
	cases := []struct {
		text, name string
		word       bool
	}{
		{"高某某损失13727元、徐富强损失1430元。", "徐富强", false},
		{"徐富强损失1430元，国家富强。", "徐富强", true}, // the word stands alone too
		{"赔偿金共计3052元，两项共计。", "金共计", true},
	}
	for _, c := range cases {
		if got := wordName(c.text, c.name); got != c.word {
			t.Errorf("wordName(%q, %s) = %v, want %v", c.text, c.name, got, c.word)
		}
	}
}

// TestTitleNames checks names right after a post ending in 长 or a post
// the role list lacks, closed at once; the bench's titles keep theirs.
func TestTitleNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"黄平县林业局下属国有林场场长任淑娟，使得刘某顺利挂牌。", []string{"任淑娟"}},
		{"生产班班长李建华、综采一队队长王红岩的证言。", []string{"李建华", "王红岩"}},
		{"运行保障部主管罗细泉。执行总监袁女瑛，他推荐产品。", []string{"袁女瑛", "罗细泉"}},
		{"审判长王锦辉 审判员陈孝 ", nil},
		{"县长朱佐和也批示拨款，时间长达三年。", []string{"朱佐和"}}, // 和 ends the name: 也 follows
		{"局长周建和邓鹏到场。", []string{"周建"}},          // 和 joins two persons
		{"致被害人右手掌裂伤并拇长屈肌腱断裂。", nil},
		{"后被告人驶入长堎镇长麦路水电路口。", nil}, // a road after 镇长
	}
	for _, c := range cases {
		if got := titledNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("titledNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPossessedNames checks the holders of accounts, cards, names used
// in a dealing and homes.
func TestPossessedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"交易价格71万元，落户在叶谦名下。", []string{"叶谦"}},
		{"其以蒋丹丹的名义、丁津铭以廖晶晶的名义共同出资。", []string{"蒋丹丹", "廖晶晶"}},
		{"向邓臣标的账户转支70000元。", []string{"邓臣标"}},
		{"我接上倪某之后就到徐菊霞家里。", []string{"徐菊霞"}},
		{"以公司名义借款，以单位的名义，回到岳父家中，在其名下，到高爷爷家里，给林教授账户。", nil},
		// a full name before 的 and what a person has or says
		{"公诉机关还当庭出示了李红英的报案材料。", []string{"李红英"}},
		{"被误认为杨艳铃的轿车。其接到陈永博的电话。", []string{"杨艳铃", "陈永博"}},
		{"按刘拓安排借用龚健安的房子。", []string{"龚健安"}},
		{"是刘敏的双腿，将刘敏穿的短裙割开。", nil},   // 刘敏 alone elsewhere: 穿 is the verb
		{"室内家具也是王娟买的，6楼西户的房子。", nil}, // a verb; a digit before
		{"其是开马旦车的司机，了解枪支的证言。", nil},  // 车 is the thing; 了解 is a word
		{"以商养黑，以商互黑的事实。", nil},       // 事实 is nothing a person has
	}
	for _, c := range cases {
		if got := possessedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("possessedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestIsCueNames checks a name after a post or a name field and 是/为,
// closed at once.
func TestIsCueNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"原行长于2013年调走了，现任行长为马兴召。", []string{"马兴召"}},
		{"回单一支，户名为陈广裕，金额为5000元。", []string{"陈广裕"}},
		{"罪名为盗窃罪，身长为1米。", nil},
		{"该案由民二庭审理。审判长是王闯。", nil}, // the bench keeps its names
		{"法定代表人为王丽坤。", nil},
	}
	for _, c := range cases {
		if got := boundedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("boundedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWholeThird checks when a two-character reading is the start of a
// name whose third character reading stops at.
func TestWholeThird(t *testing.T) {
	cases := []struct {
		text, n, want string
	}{
		{"七建集团与郑义和关于工程款纠纷，转包给郑义和，付郑义和工程款。", "郑义", "郑义和"},
		{"时任工程师的徐军委（另案处理）负责，由其和徐军委与程某谈妥。", "徐军", "徐军委"},
		{"张乐和邓鹏一起，张乐说。", "张乐", ""},   // 张乐 also stands without 和
		{"王强和李四，王强和张三一起。", "王强", ""}, // 王强和 never closed
	}
	for _, c := range cases {
		if got := wholeThird(c.text, c.n); got != c.want {
			t.Errorf("wholeThird(%q, %s) = %q, want %q", c.text, c.n, got, c.want)
		}
	}
}
