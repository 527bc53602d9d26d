package anonymize

import (
	"slices"
	"testing"
)

// TestBoundedNames checks the reader of names a strong frame bounds on
// both sides, alone.
func TestBoundedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"一、收受张闪闪1131万元的事实。辩称张闪闪1131万元中的125万元系借款。", []string{"张闪闪"}},
		{"非法收受周征132.4万元。", []string{"周征"}},
		{"又伙同张向阳、苏文彬持木棍殴打被害人，张向阳随后离开。", []string{"张向阳"}},
		{"诈骗江苏省苏州市居民朱津铭现金人民币3288元。", []string{"朱津铭"}},
		{"收件人是刘明昌，发件人是周静。", []string{"刘明昌", "周静"}},
		{"车辆所有人为丁建敏（丁品刚之子）。", []string{"丁建敏"}},
		{"法定代表人为王丽坤。", nil},                 // the rules keep a representative's name
		{"本人是农民，家住某村。", nil},                // no name after 本人是
		{"华林赔偿丧葬费、死亡赔偿金共计3052元，两项共计。", nil}, // 金共计 once, 共计 also alone: no name
		{"舒某在徐本寿家中送给徐现金10000元，现金。", nil},    // 徐 and 现金, not 徐现金
		{"退赔被害人损失。收受贿赂5万元。", nil},
		{"证据如下： 3．刘建平（原某中学校长）证实，刘建平收到款项。", []string{"刘建平"}},
		{"经济损失数额清单 1 陈晓强 17150.00 2 孙晓君 9750.00", []string{"陈晓强", "孙晓君"}},
		{"。2．公安机关（刑警大队）出具的抓获经过。", nil},
		{"。3、张建红出具情况说明证实。4、韦游证实，其应邀。17．李协敏2017年9月20日陈述：被骗。", []string{"张建红", "韦游", "李协敏"}},
		{"。23．江铁成被诈骗案受案登记表。2、黄金10克。", []string{"江铁成"}},
		{"余款其自己占有。 ⑶张启忠证明，2010年7月。②李华证实，⒈刘明被诈骗案。", []string{"张启忠", "李华", "刘明"}},
		{"⑴于是证明，②黄金证实。", nil},
		{"2016年5月22日，吴小龙赔偿李剑辉140000元，取得其谅解。", []string{"李剑辉"}},
		{"转账陈永哲180万元用于入股，抢走了周霞1200元。", []string{"陈永哲", "周霞"}},
		{"赔偿费用5000元，支付利息10万元，赔偿金10000元，支付房租3000元。", nil}, // words, not persons
		{"赔偿王芳损失，支付宝转账。", nil},
		{"违约赔偿金共200万元，赔偿费款5万元。", nil}, // 赔偿金, 赔偿费: the verb's noun
		{"有一个经理是男的叫马晋元，是西安的；还有一个叫田昆的。", []string{"马晋元", "田昆"}},
		{"陈黔还叫刘菲带人看工地，叫车回家，大叫：“救命”。", nil},            // not closed after the name
		{"名下两家公司叫金玉×2公司和金玉×1公司，认识一个叫艾力·艾则孜的男子。", nil}, // a masked company, a minority name                           // no amount right after
		{"以年息15％的利息向周雪平共借款共计158.9万元，后向王舸借款。", []string{"周雪平", "王舸"}},
		{"向银行借款20万元，向单位借款，向其借钱。", nil},
		{"在漳县草滩乡香桥村半林社王小梅家中，窃取现金。", []string{"王小梅"}},
		{"到张家湾村家中，回到该村家里。", nil},
	}
	for _, c := range cases {
		if got := boundedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("boundedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestParallelNames checks that a name standing where the document puts
// its other persons (before the same word) is read, and words are not.
func TestParallelNames(t *testing.T) {
	cases := []struct {
		text  string
		known []string
		want  []string
	}{
		{"被害人郑继业损失7700元、张宏蕾损失2970元、李某某损失7085元、荆某某损失3960元。", nil, []string{"张宏蕾"}}, // 郑继业 follows a role: the role cue reads it
		{"郭喜安理财16万。刘剑辉、刘鸣理财20万。田增芬理财21万。", []string{"郭喜安", "田增芬"}, []string{"刘鸣"}},
		{"李某某损失1764元，公司损失2000元。", nil, nil}, // one frame only
		{"王某出具收条，张某出具借条。，公安机关出具的抓获经过。", nil, nil},
		{"王某受伤倒地，李某受伤，左肩受伤。", nil, nil}, // a body part in a person's frame
	}
	for _, c := range cases {
		known := map[string]bool{}
		for _, k := range c.known {
			known[k] = true
		}
		got := parallelNames(c.text, known)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("parallelNames(%q) = %v, want %v", c.text, got, want)
		}
	}
}

// TestBoundedRules anonymises short texts, one per rule added with the
// bounded and parallel readers, and checks which names go and which
// words stay.
func TestBoundedRules(t *testing.T) {
	cases := []struct {
		name string
		text string
		gone []string
		stay []string
	}{
		{"preposition-like surname after a role", "（6）证人于玉洲的证言证明，高威用于玉洲的仓库收药材。",
			[]string{"于玉洲"}, []string{"证言"}},
		{"preposition after a role still starts a phrase", "被告人向孙敏借款5万元。孙敏，女。",
			[]string{"孙敏"}, []string{"被告人向"}},
		{"盟 in a given name", "向该公司总经理邓盟借款，后邓盟称周末银行不开门，总经理邓盟。",
			[]string{"邓盟"}, []string{"总经理"}},
		{"list item followed by a word", "李春红、马国明理财10万，收利息18000元。被告人李春红，女。",
			[]string{"马国明", "李春红"}, []string{"理财"}},
		{"list item followed by a stop character", "就是于旭云、杨丽娜、李晓娜安排其制作合同。证人杨丽娜，女。",
			[]string{"李晓娜"}, []string{"安排"}},
		{"given name that is a word, in a list", "证人杨玉荣、黄前进、葛某被抓获。黄前进的证言证实。",
			[]string{"黄前进"}, nil},
		{"title after a known name stays", "单位李局长安排我配合，李局长和王强到场。被告人王强，男。局长说。",
			[]string{"王强"}, []string{"局长"}},
		{"name through a stop character closed by a word", "1、被害人黄向阳损失23800元，责令被告人退赔。",
			[]string{"黄向阳"}, []string{"损失"}},
		{"verb after a two-character name is not read through", "被告人李伟打电话给被害人。被告人李伟，男。",
			[]string{"李伟"}, []string{"打电话"}},
		{"关于 after a role is no name", "对辩护人关于该问题的意见，本院不予采纳。",
			nil, []string{"关于该问题"}},
		{"party name not read with the character before it", "被告人程象伟，男。李美露在某县政府家属楼程象伟家中送给程象伟1万元。",
			[]string{"程象伟"}, []string{"家属楼"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkGoneStay(t, c.text, c.gone, c.stay)
		})
	}
}

// TestWordName checks which names read in a bounded frame are words,
// reading the document they stand in.
func TestWordName(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"收受张闪闪1131万元。辩称张闪闪的钱系借款。", "张闪闪", false}, // 闪闪 stands only in the name
		{"送给徐现金10000元。收到现金后离开。", "徐现金", true},     // 现金 also stands alone
		{"有关情况说明、房屋租赁合同。情况说明证实。", "况说明", true},    // always the tail of 情况
		{"单位李局长安排我配合。", "李局长", true},              // a surname and a title
		{"我给项总打电话。", "项总", true},
		{"证人黄前进的证言。黄前进称其未在场。", "黄前进", false},
	}
	for _, c := range cases {
		if got := wordName(c.text, c.name); got != c.want {
			t.Errorf("wordName(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
