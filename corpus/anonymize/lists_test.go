package anonymize

import (
	"slices"
	"testing"
)

// TestNewRules anonymises short texts, one per rule, and checks which names
// are gone and which words stay.
func TestNewRules(t *testing.T) {
	cases := []struct {
		name string
		text string
		gone []string // must not remain in the output
		stay []string // must remain
	}{
		{"list from a role cue", "证人刘东、邬某、薛燕萍的证言相互印证。",
			[]string{"刘东", "薛燕萍"}, []string{"邬某", "证言"}},
		{"list closed by 和", "被告人张乐和邓鹏到庭参加诉讼。后张乐和邓鹏离开。",
			[]string{"张乐", "邓鹏"}, []string{"到庭"}},
		{"list read back from a known name", "经查，王欣志和谭琳强、段刚三人一起去验货。被告人段刚，男。",
			[]string{"谭琳强", "段刚", "王欣志"}, nil},
		{"list start after a preposition", "后来他向孙敏、被告人林军要钱。",
			[]string{"孙敏", "林军"}, []string{"向"}},
		{"list of things stays", "被告人王某采挖白芍、海口、白蜡等物。",
			nil, []string{"白芍", "海口", "白蜡"}},
		{"和 before 该", "办案民警在该厂法人代表李欣和该厂负责人见证下提取废渣。被告人李欣，男。",
			[]string{"李欣"}, []string{"和该厂"}},
		{"defendant who is also legal representative", "被告人侯峰，男，汉族。江铜地勘公司法人代表侯峰，该公司成立于2004年。",
			[]string{"侯峰"}, []string{"法人代表"}},
		{"legal representative alone kept", "被告单位某某公司，法定代表人王强。被告人张伟，男。",
			[]string{"张伟"}, []string{"王强"}},
		{"word-like three-character name closed by punctuation", "被害人黄金欣，男。朱某在黄金欣家中索要财物。",
			[]string{"黄金欣"}, []string{"黄某"}},
		{"doubled given name of a party", "被告人李刚刚，男，汉族。李刚曾到场。李刚刚的妹夫取走现金。",
			[]string{"李刚刚"}, nil},
		{"occupational role cue", "经媒人汪磊秀介绍，被害人与朱伟相识。",
			[]string{"汪磊秀"}, []string{"媒人"}},
		{"accounting firm is no person", "经河南科健会计师事务所鉴定，被告人李某挪用资金。",
			nil, []string{"会计师事务所"}},
		{"three-character name through a stop character", "被害人刘继承酒后驾驶摩托车。致刘继承当场倒地死亡。",
			[]string{"刘继承"}, []string{"刘某"}},
		{"stop reading not taken when the text never closes it", "被告人张伟承认犯罪事实。张伟，男。",
			[]string{"张伟"}, []string{"承认"}},
		{"place in a stop reading stays", "证人黄桥镇村民称，被告人王某到过现场。黄桥镇，位于县城西。",
			nil, []string{"黄桥镇"}},
		{"list of names with no known one", "证人谭晶、武杨、陈敏玮、张本昆的证言。",
			[]string{"谭晶", "武杨", "陈敏玮", "张本昆"}, []string{"证言"}},
		{"clause opening with a name and a date", "袁某提供担保。张翠荔于2014年5月20日借款。",
			[]string{"张翠荔"}, []string{"2014年"}},
		{"full name inside a title", "《关于被告人王明娟的立功说明》证实，被告人王明娟有立功表现。",
			[]string{"王明娟"}, []string{"立功说明》"}},
		{"two-character names inside a case paper's title", "证人张海、夏晶的证言。《关于推荐张海、夏晶二同志担任副局长的请示》证实任职经过。",
			[]string{"张海", "夏晶"}, []string{"二同志担任副局长的请示》"}},
		{"two-character name inside a law title stays", "被告人高人，男。证人华人的证言。依照《中华人民共和国刑法》判决。",
			[]string{"高人"}, []string{"《中华人民共和国刑法》"}},
		{"name between two persons in a 、 list", "证人屠某、于向阳、王春梅的证言。销售主管有李翠兰、任继承、魏慧慧等人。被告人李翠兰，男。证人魏慧慧的证言。",
			[]string{"于向阳", "王春梅", "任继承"}, []string{"销售主管"}},
		{"list of things between persons' neighbours stays", "被告人王某采挖白芍、海口、白蜡等物。证人屠某、王家村、张某的证言。",
			nil, []string{"白芍", "海口", "王家村"}},
		{"three characters whose third is the glued name's surname", "被告人高琢高金好，男，汉族。被告人高琢高金好、覃龙剑均如实供述。",
			[]string{"高琢", "高金好"}, []string{"如实供述"}},
		{"name glued after the same person's name", "被告人何红冉何象伟，男，汉族。被告人何红冉何象伟犯掩饰、隐瞒犯罪所得罪。何红冉何某在场。",
			[]string{"何红冉", "何象伟"}, []string{"何某甲何某甲，男", "何某甲何某甲犯", "何某甲何某在场"}},
		{"place after a person that also stands alone stays", "被告人王建生，男。将朱晶带到王建生王店的家中。后带到王店关押。",
			[]string{"王建生"}, []string{"王店的家中", "带到王店关押"}},
		{"verb after a name with the surname's character stays", "被告人张伟，男。张伟张开双手，张伟张望。",
			[]string{"张伟"}, []string{"张开双手", "张望"}},
		{"law title untouched", "被告人高人民，男。依照《最高人民法院关于审理盗窃案件的解释》判决。",
			nil, []string{"《最高人民法院关于审理盗窃案件的解释》"}},
		{"address after 户籍及住址", "被告人王某，男，户籍及住址江西省乐平市王家镇前进村1组87号。",
			[]string{"前进村"}, []string{"江西省乐平市"}},
		{"户籍地 in a city starting with 宿", "被告人王某，男，户籍地宿州市萧县红星镇马店村6组68号，无业。",
			[]string{"马店村"}, []string{"宿州市萧县"}},
		{"new role cue", "骨科副主任吴巧燕、外科主任董宛明证实。",
			[]string{"吴巧燕", "董宛明"}, []string{"骨科副主任"}},
		{"name written before a place word that is no place", "村里将路灯工程交给赵永才承包。被害人赵永才签订协议后，赵永才路灯工程施工。",
			[]string{"赵永才"}, []string{"路灯工程"}},
		{"name before a court inside the court's match", "被告人高炜，男。被告人高炜身为零陵区人民法院干部。",
			[]string{"高炜"}, []string{"零陵区人民法院"}},
		{"two-character prefix never standing alone", "证人马玉林、孔义和的证言证实。孔义和称，其未见到被告人。",
			[]string{"孔义和"}, []string{"证言"}},
		{"uncommon given name in repeated frames", "被告人李培振以月息6％的利息向叶亿庆借款300万元，后支付叶亿庆利息20万元。",
			[]string{"叶亿庆"}, []string{"利息"}},
		{"everyday words in the same frames stay", "被告人李某把房子卖给他人，又把房子、车钥匙交给被害人，的项目，的项目。",
			nil, []string{"房子", "车钥匙", "项目"}},
		{"one common given character with a strong frame", "被告人李培振向江岐松借款220万元。",
			[]string{"江岐松"}, []string{"借款"}},
		{"name after a verb of taking and before an amount", "欧建乐应约收取何玉霞1150元后离开。",
			[]string{"何玉霞"}, []string{"1150元"}},
		{"three-character name without common characters beside a known name", "证人汪克伍、邵稼耘等人的证言。被告人汪克伍，男。",
			[]string{"汪克伍", "邵稼耘"}, []string{"等人"}},
		{"list item with a character that usually stops a name", "证人饶江、成某、邱经辉、周旗的证言。",
			[]string{"饶江", "邱经辉"}, []string{"成某"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkGoneStay(t, c.text, c.gone, c.stay)
		})
	}
}

// TestNameFromConjunction checks where a name read at the start of a text ends.
func TestNameFromConjunction(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"张乐和邓鹏到庭", "张乐", true},
		{"李欣和该厂负责人", "李欣", true},
		{"王和林，男", "王和林", true}, // 和 as the first given character stays
		{"张乐和，男", "张乐和", true}, // no second party after 和
		{"黄金欣，男", "黄金欣", true},
		{"黄金首饰", "", false},
		{"刘德他们", "刘德", true},
	}
	for _, c := range cases {
		got, ok := nameFrom(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("nameFrom(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestListNames checks the list reader alone: which neighbours of a known
// person it adds.
func TestListNames(t *testing.T) {
	cases := []struct {
		text  string
		known []string
		want  []string
	}{
		{"证人刘东、邬某、薛燕萍的证言", []string{"刘东"}, []string{"薛燕萍"}},
		{"乔明军、白艳涛、张欣欣、郭宇峰犯参加黑社会性质组织罪", []string{"白艳涛"}, []string{"乔明军", "张欣欣", "郭宇峰"}},
		{"同时他又找到李强", []string{"李强"}, nil},
		{"财务部、项目部的人员", nil, nil},
		{"证明刘梅、李某到场", nil, []string{"刘梅"}},
		{"温某某手机支付宝与邱某手机", nil, nil},
		{"李某、白家湾、南风桥三处", nil, nil},
		{"通过陈林晨、周军认识袁洋", []string{"周军"}, []string{"陈林晨"}},
		// a name jieba tags as a person (陈宝柱) or that starts with one (胡佳, 杨树)
		{"丁家臻、陈宝柱、王浩峰等人的银行卡", []string{"丁家臻"}, []string{"陈宝柱", "王浩峰"}},
		{"同案犯王晓明、潘世阳、胡佳洁供述", []string{"潘世阳"}, []string{"王晓明", "胡佳洁"}},
		{"严淑贞、杨玉荣、杨树楷（兼任）", []string{"杨玉荣"}, []string{"严淑贞", "杨树楷"}},
		// a numbered 某 form of CAIL2018 (葛1某) anchors its neighbours
		{"回访一部成员有昌某、吴温温、闫敏明、刘7某、葛1某等人", nil, []string{"吴温温", "闫敏明"}},
		// the item before a short note in brackets (李文伟（均另案处理）、陈孟春)
		{"被告人董淑贞和肖文彬、李文伟（均另案处理）、陈孟春一起将黑水鸡出售", []string{"李文伟"}, []string{"陈孟春", "肖文彬", "董淑贞"}},
		{"被害人杜雪琳（男，殁年42岁）和杜敏", []string{"杜雪琳"}, []string{"杜敏"}},
		{"长沙天苇纸业有限公司（以下简称天苇公司）和王某签订", nil, nil},
		// never opened as a list's item, a word jieba tags as a name is a place's end
		{"二人在泉美农家乐与安某某吃饭", nil, nil},
	}
	for _, c := range cases {
		known := map[string]bool{}
		for _, k := range c.known {
			known[k] = true
		}
		got := listNames(c.text, known)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("listNames(%q) = %v, want %v", c.text, got, want)
		}
	}
}

// TestTrimMinority checks where a minority name read too far is cut.
func TestTrimMinority(t *testing.T) {
	cases := []struct {
		text    string
		found   []string
		parties []string
		want    []string
	}{
		{ // readings of one person share 模沙, which the text closes
			"被告人阿不力克木·模沙到案后如实供述，被告人阿不力克木·模沙的供述等证据。",
			[]string{"阿不力克木·模沙到案后如实供", "阿不力克木·模沙的供述等证据"},
			nil,
			[]string{"阿不力克木·模沙", "阿不力克木·模沙"},
		},
		{ // read once: cut at the first stop
			"辩护人吾买尔江·买买提到庭参加诉讼。",
			[]string{"吾买尔江·买买提到庭参加诉"},
			nil,
			[]string{"吾买尔江·买买提"},
		},
		{ // two persons, one name a prefix of the other's: both closed, both kept
			"证人阿不都·买买提、阿不都·买买提江的证言。",
			[]string{"阿不都·买买提", "阿不都·买买提江"},
			nil,
			[]string{"阿不都·买买提", "阿不都·买买提江"},
		},
		{ // readings holding a party's name are that party, the longest one
			"被告人道吾然·塞尔罗，男。被告人托胡达森·库拜，男。被告人托胡达森·库拜江，男。托胡达森·库拜先后两次，托胡达森·库拜江先后三次。",
			[]string{"被告人道吾然·塞尔罗", "托胡达森·库拜先后", "托胡达森·库拜江先后", "托胡达森·库拜"},
			[]string{"道吾然·塞尔罗", "托胡达森·库拜", "托胡达森·库拜江"},
			[]string{"道吾然·塞尔罗", "托胡达森·库拜", "托胡达森·库拜江", "托胡达森·库拜"},
		},
		{ // no minority name
			"被告人张三到案。", []string{"张三"}, nil, []string{"张三"},
		},
	}
	for _, c := range cases {
		parties := map[string]bool{}
		for _, p := range c.parties {
			parties[p] = true
		}
		if got := trimMinority(c.text, c.found, parties); !slices.Equal(got, c.want) {
			t.Errorf("trimMinority(%q) = %v, want %v", c.found, got, c.want)
		}
	}
}

func TestListedPair(t *testing.T) {
	tests := []struct {
		text, n string
		want    bool
	}{
		{"判令柳某某、刘蔚夫妇偿还本息", "刘蔚", true},
		{"邻居涂某某、郭杨、王春平出具的证明", "郭杨", true},
		{"华油、张某等人。华油公司的账户", "华油", false},
		{"林扒、李某。林扒营业所", "林扒", false},
		{"刘文驰捡了柴块和刘某", "柴块", false},
		{"意大利、阿尔及利亚", "阿尔", false},
		{"吴姓男子和张某", "吴姓", false},
		{"刘晓静、刘说", "刘说", false},
		{"武敏、郑子程家被盗后，郑子程报警", "郑子", false},
	}
	for _, tt := range tests {
		if got := listedPair(tt.text, tt.n); got != tt.want {
			t.Errorf("listedPair(%q, %q) = %v, want %v", tt.text, tt.n, got, tt.want)
		}
	}
}
