package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// TestWordPrefixedNames checks that a name whose first two characters
// are a word is read when the document writes the word only inside it and
// puts it in a person's frame, and that compound words are not.
func TestWordPrefixedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"林业成获悉该情况后，经中间人介绍认识村长何勇。何勇向林业成索要好处费，林业成的公司共同开发。", []string{"林业成"}},
		{"由黄金喜驾驶的中型普通客车被追尾，驾驶人黄金喜受重伤；黄金喜、丁杨均不承担事故责任。", []string{"黄金喜"}},
		{"由黄金喜驾驶的客车被追尾，黄金喜、丁杨均不承担责任。被告人窃取黄金首饰3件。", nil}, // 黄金 stands alone too
		{"袁某的支付宝收款记录，向支付宝转账，与支付宝的截图。", nil},             // a compound word, not a name
		{"扣押农行卡1张，与农行卡的流水，向农行卡转账。", nil},                // 卡 ends words, not names
		{"向林业成索要好处费。", nil}, // once: the word may be the start of a phrase
	}
	for _, c := range cases {
		if got := wordPrefixedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("wordPrefixedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMaskedMinorityNames checks the part after the dot of a minority
// name whose first part the source masked.
func TestMaskedMinorityNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"先后5次将约15克的大麻卖给吉某·叶慧明，收取现金500元。", []string{"叶慧明"}},
		{"将大麻卖给阿某·艾尔肯，收取现金。", []string{"艾尔肯"}},
		{"被告人阿不都·买买提于2016年到案。", nil}, // unmasked: the minority rule reads it whole
		{"购买吉某·叶的大麻。", nil},          // one character is no name
	}
	for _, c := range cases {
		if got := maskedMinorityNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("maskedMinorityNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRoleEndNames checks names after a post or kin word with no cue of
// its own, closed right after, and the bench kept through signature spaces.
func TestRoleEndNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"赵绍银向工地保管员汤瑾提供过两本空白收据。", []string{"汤瑾"}},
		{"由湘阴县时任县委书记黎佳佳通知被告人到武装部接受审查。", []string{"黎佳佳"}}, // a person's verb closes it
		{"这时有四个年轻男子戴口罩手持砍刀冲了进来。", nil},                   // a verb, no name
		{"陈学宾被保安扶起靠在孙某肩上。", nil},
		{"趁营业员崔丽仪不备，盗走手机。", []string{"崔丽仪"}},
		{"与村委会主任刘毅及村支书郑立峰，签订了林权流转合同。", []string{"郑立峰"}},
		{"法官助理贾晓花 书 记员陈婷 ", nil},       // the clerk: the rules keep the name
		{"否则他们就随意提供生肖特码，也作相应标记。", nil}, // 生肖 is no 学生
		{"大姑刘娅投资17万，老姑刘德睿、妹妹刘仁十万。", []string{"刘德睿"}},
	}
	for _, c := range cases {
		got := titledNames(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("titledNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPartyNotLawyer checks that a party who is also another party's
// 法定代理人 is renamed even when a lawyer's paragraph follows.
func TestPartyNotLawyer(t *testing.T) {
	text := "河南省某某县人民法院\n刑事附带民事判决书\n（2016）豫0122刑初123号\n" +
		"公诉机关河南省某某县人民检察院。\n" +
		"附带民事诉讼原告人刘茂金，女，1960年9月22日出生，汉族，住河南省某某县。系被害人李建波之母。\n" +
		"附带民事诉讼原告人李永博，男，2006年1月2日出生。系被害人李建波之子。\n" +
		"法定代理人刘茂金，女，1960年9月22日出生。\n" +
		"委托代理人王建国，河南某某律师事务所律师。\n" +
		"被告人张天成，男，1985年3月4日出生。\n" +
		"附带民事诉讼原告人刘茂金、李永博的诉讼请求，本院予以支持。\n"
	res, err := Anonymize(text, Options{HashKey: []byte("k")})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "刘茂金") {
		t.Errorf("刘茂金 kept:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, "王建国") {
		t.Errorf("the lawyer 王建国 was renamed:\n%s", res.Text)
	}
}

// TestItemNames checks names heading a numbered item, and a statute's
// item number that heads none.
func TestItemNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"（2）吴开保证实，2008年前后的一天。", []string{"吴开保"}},
		{"14、何燊对谭经辉的辨认笔录。", []string{"何燊"}},
		{"依照第六十七条第（一）项和第（二）项的规定。", nil},
		{"（三）项中（一）的规定。", nil},
	}
	for _, c := range cases {
		if got := boundedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("boundedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestGuardianNotLawyer checks that a 法定代理人 is renamed even when the
// lawyer after it stands in the same paragraph.
func TestGuardianNotLawyer(t *testing.T) {
	text := "内蒙古自治区开鲁县人民法院\n刑事判决书\n（2017）内0523刑初12号\n" +
		"公诉机关开鲁县人民检察院。\n" +
		"被告人王骏涛，男，2001年1月2日出生。\n" +
		"法定代理人李立龙，女，系王骏涛的母亲。\n指定辩护人刘熠彬，系内蒙古某某律师事务所律师。\n" +
		"开鲁县人民检察院指控，2016年被告人王骏涛盗窃。李立龙到场。\n"
	res, err := Anonymize(text, Options{HashKey: []byte("k")})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "李立龙") {
		t.Errorf("the guardian 李立龙 kept:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, "刘熠彬") {
		t.Errorf("the lawyer 刘熠彬 was renamed:\n%s", res.Text)
	}
}
