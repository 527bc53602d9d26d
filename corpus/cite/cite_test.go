package cite

import (
	"fmt"
	"strings"
	"testing"
)

const xf = "中华人民共和国刑法"

// c is a citation in test shorthand: law, article, suffix, paragraph, item.
func c(law string, art, suf, para, item int) string {
	return fmt.Sprintf("%s|%d|%d|%d|%d", law, art, suf, para, item)
}

// TestFind uses strings copied from bundled judgments (lecard candidates
// `qw`, judge `fd`).
func TestFind(t *testing.T) {
	tests := []struct {
		name, text, ctx string
		want            []string
	}{
		{"list inherits law", "依照《中华人民共和国刑法》第二百六十六条、第二十三条、第六十七条第三款之规定", "",
			[]string{c(xf, 266, 0, 0, 0), c(xf, 23, 0, 0, 0), c(xf, 67, 0, 3, 0)}},
		{"之一 and bare 款 inherit article", "依照《中华人民共和国刑法》第一百三十三条之一，第六十七条第三款，第七十二条第一款、第三款，第七十三条第一款、第三款之规定", "",
			[]string{c(xf, 133, 1, 0, 0), c(xf, 67, 0, 3, 0), c(xf, 72, 0, 1, 0), c(xf, 72, 0, 3, 0), c(xf, 73, 0, 1, 0), c(xf, 73, 0, 3, 0)}},
		{"款 lists", "第二百七十四条、第六十七条第三款、第七十二条第一、三款、第七十三条第二、三款", "刑法",
			[]string{c("刑法", 274, 0, 0, 0), c("刑法", 67, 0, 3, 0), c("刑法", 72, 0, 1, 0), c("刑法", 72, 0, 3, 0), c("刑法", 73, 0, 2, 0), c("刑法", 73, 0, 3, 0)}},
		{"issuer outside brackets", "依照《中华人民共和国刑法》第一百三十三条、第六十七条第一款、最高人民法院《关于审理交通肇事刑事案件具体应用法律若干问题的解释》第二条第二款第（二）项之规定", "",
			[]string{c(xf, 133, 0, 0, 0), c(xf, 67, 0, 1, 0), c("最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释", 2, 0, 2, 2)}},
		{"nested title", "《最高人民法院、最高人民检察院〈关于办理敲诈勒索刑事案件适用法律若干问题的解释〉》第一条、第八条之规定", "",
			[]string{c("最高人民法院、最高人民检察院〈关于办理敲诈勒索刑事案件适用法律若干问题的解释〉", 1, 0, 0, 0), c("最高人民法院、最高人民检察院〈关于办理敲诈勒索刑事案件适用法律若干问题的解释〉", 8, 0, 0, 0)}},
		{"short title, arabic", "根据《刑法》第312条规定的情节严重是50万元", "", []string{c("刑法", 312, 0, 0, 0)}},
		{"item without paragraph", "《道路交通安全法》第119条第1项规定", "", []string{c("道路交通安全法", 119, 0, 0, 1)}},
		{"item without 第", "依照《中华人民共和国刑法》第三百四十七条第二款（一）项之规定", "", []string{c(xf, 347, 0, 2, 1)}},
		{"item then article", "依照《中华人民共和国刑法》第二百二十五条第（一）项、第六十七条第三款", "",
			[]string{c(xf, 225, 0, 0, 1), c(xf, 67, 0, 3, 0)}},
		{"item then bare 款", "《中华人民共和国刑法》第一百九十六条第一款第（四）项和第二款之规定", "",
			[]string{c(xf, 196, 0, 1, 4), c(xf, 196, 0, 2, 0)}},
		{"article without 第 in list", "依照《中华人民共和国刑法》第266条、第25条、27条", "",
			[]string{c(xf, 266, 0, 0, 0), c(xf, 25, 0, 0, 0), c(xf, 27, 0, 0, 0)}},
		{"unbracketed short title", "应当认定为刑法第二百六十四条规定的“数额较大”", "", []string{c("刑法", 264, 0, 0, 0)}},
		{"unbracketed rule", "询问违反人民检察院刑事诉讼规则第205条", "", []string{c("人民检察院刑事诉讼规则", 205, 0, 0, 0)}},
		{"agreement is no statute", "陈国民签订的《土地承包经营权转让协议》中第6条记载的", "刑法", nil},
		{"judgment items are no statute", "成刑初字第227号刑事判决的第二项、第三项、第四项", "刑法", nil},
		{"appendix heading", "本案适用法律规定： 《中华人民共和国刑法》 第二百六十四条 盗窃公私财物，数额较大的。 第六十七条犯罪以后自动投案", "",
			[]string{c(xf, 264, 0, 0, 0), c(xf, 67, 0, 0, 0)}},
		{"本法 in quoted text", "《中华人民共和国刑法》 第三百八十二条 从事公务的人员有前款行为的，依照本法第三百八十二条、第三百八十三条的规定定罪处罚。", "",
			[]string{c(xf, 382, 0, 0, 0), c(xf, 382, 0, 0, 0), c(xf, 383, 0, 0, 0)}},
		{"bare article reads context", "第264条", "刑法", []string{c("刑法", 264, 0, 0, 0)}},
		{"bare article, no context", "第264条", "", []string{c("", 264, 0, 0, 0)}},
		{"unbracketed interpretation", "依照最高人民法院关于审理盗窃刑事案件适用法律若干问题的解释第一条", "",
			[]string{c("最高人民法院关于审理盗窃刑事案件适用法律若干问题的解释", 1, 0, 0, 0)}},
		{"unbracketed with inner title", "依照最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第二百四十二条之规定", "",
			[]string{c("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释", 242, 0, 0, 0)}},
		{"civil code", "民法典第三条", "", []string{c("民法典", 3, 0, 0, 0)}},
		{"procedure law", "应依据《刑事诉讼法》第一百九十五条第（三）项、《最高人民法院关于适用〈刑事诉讼法〉的解释》第二百四十一条第（四）项的规定", "",
			[]string{c("刑事诉讼法", 195, 0, 0, 3), c("最高人民法院关于适用〈刑事诉讼法〉的解释", 241, 0, 0, 4)}},
		{"款 及 款", "《中华人民共和国刑法》第六十七条第一款及第三款、第七十二条第一款及第三款", "",
			[]string{c(xf, 67, 0, 1, 0), c(xf, 67, 0, 3, 0), c(xf, 72, 0, 1, 0), c(xf, 72, 0, 3, 0)}},
		{"items with repeated 第", "《中华人民共和国刑法》第三百八十三条第一款第（一）、第（二）项、第二款", "",
			[]string{c(xf, 383, 0, 1, 1), c(xf, 383, 0, 1, 2), c(xf, 383, 0, 2, 0)}},
		{"implementing regulation", "违反《中华人民共和国招标投标法》第三十二条、《中华人民共和国招标投标法实施条例》第三十九条第（五）项", "",
			[]string{c("中华人民共和国招标投标法", 32, 0, 0, 0), c("中华人民共和国招标投标法实施条例", 39, 0, 0, 5)}},
		{"this interpretation", "《最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释》 第六条明知他人实施本解释第一条所列犯罪", "",
			[]string{c("最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释", 6, 0, 0, 0), c("最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释", 1, 0, 0, 0)}},
		{"garbled state name", "已触犯中国人民共和国刑法第二百六十四条", "", []string{c("中国人民共和国刑法", 264, 0, 0, 0)}},
		{"short title after words", "陈济铿具有刑法第六十五条规定之情节，系累犯。", "", []string{c("刑法", 65, 0, 0, 0)}},
		{"insurance clause is no statute", "该条款第二十五条第三项列明保险人不负责赔偿", "刑法", nil},
		{"appendix law named before a note", "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》（法释〔2013〕8号，2013年4月4日起施行） 第三条第一款二年内盗窃三次以上的，应当认定为“多次盗窃”。", "刑法",
			[]string{c("最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释", 3, 0, 1, 0)}},
		{"abbreviation the text defines", "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》（以下简称《解释》）。依照《解释》第六条第一款（三）项", "",
			[]string{c("最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释", 6, 0, 1, 3)}},
		{"no citation", "第一审程序中，被告人第3次到案", "刑法", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ci := range Find(tt.text, tt.ctx) {
				got = append(got, c(ci.Law, ci.Article, ci.Suffix, ci.Paragraph, ci.Item))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	text := "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定"
	got := Find(text, "")
	want := []struct {
		raw     string
		lawFrom LawSource
	}{{"《中华人民共和国刑法》第二百六十四条", LawWritten}, {"第六十七条第三款", LawList}}
	if len(got) != len(want) {
		t.Fatalf("got %d citations, want %d: %+v", len(got), len(want), got)
	}
	rs := []rune(text)
	for i, w := range want {
		if got[i].Raw != w.raw || string(rs[got[i].Start:got[i].End]) != w.raw || got[i].LawFrom != w.lawFrom {
			t.Errorf("citation %d = %+v, want raw %q from %q", i, got[i], w.raw, w.lawFrom)
		}
	}
	if law := string(rs[got[0].LawStart:got[0].LawEnd]); law != "《中华人民共和国刑法》" {
		t.Errorf("law span = %q", law)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项、第六十七条第三款之规定",
		"最高人民法院《关于审理交通肇事刑事案件具体应用法律若干问题的解释》第二条第二款第（二）项",
		"第七十二条第一、三款", "第（一）（二）项", "刑法第264条、27条", "《》第条", "第一百三十三条之",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		for _, c := range Find(s, "刑法") {
			if c.Start < 0 || c.End > len(rs) || c.Start >= c.End || string(rs[c.Start:c.End]) != c.Raw {
				t.Fatalf("Find(%q): bad span %+v", s, c)
			}
			if c.Article <= 0 {
				t.Fatalf("Find(%q): article %d", s, c.Article)
			}
			if c.LawFrom == LawWritten && (c.LawStart < c.Start || c.LawEnd > c.End || c.LawStart >= c.LawEnd) {
				t.Fatalf("Find(%q): bad law span %+v", s, c)
			}
		}
	})
}
