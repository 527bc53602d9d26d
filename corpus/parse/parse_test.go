package parse

import (
	"strings"
	"testing"
)

// Snippets are quoted from bundle documents: lecard/candidates.jsonl.gz
// ids 8, 2 and 1336, civil/cail2020_sfzy_train20.jsonl (first record), and
// a second-instance LeCaRD header (id 40234).
func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, text                          string
		court, docType, caseType, procedure string
		cn                                  CaseNumber
	}{
		{"criminal first instance", "江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初485号 公诉机关南昌市青山湖区人民检察院。",
			"江西省南昌市青山湖区人民法院", "判决书", "criminal", "一审",
			CaseNumber{Raw: "（2018）赣0111刑初485号", Year: 2018, Court: "赣0111", Type: "刑初", Seq: 485}},
		{"title line first", "陆某贩卖毒品罪2017刑初725一审刑事判决书 广东省广州市番禺区人民法院 刑事判决书 （2017）粤0113刑初725号 公诉机关广州市番禺区人民检察院。",
			"广东省广州市番禺区人民法院", "判决书", "criminal", "一审",
			CaseNumber{Raw: "（2017）粤0113刑初725号", Year: 2017, Court: "粤0113", Type: "刑初", Seq: 725}},
		{"civil, spaced title", "唐鲜明与何伟华、深圳市华名威电汽车服务有限公司侵权责任纠纷一审民事判决书\n广东省深圳市宝安区人民法院\n民 事 判 决 书\n（2017）粤0306民初3474号\n原告唐鲜明",
			"广东省深圳市宝安区人民法院", "判决书", "civil", "一审",
			CaseNumber{Raw: "（2017）粤0306民初3474号", Year: 2017, Court: "粤0306", Type: "民初", Seq: 3474}},
		{"old style number", "湖北省荆州市中级人民法院 刑事裁定书 （2012）鄂荆州中刑再上终字第1号",
			"湖北省荆州市中级人民法院", "裁定书", "criminal", "再审",
			CaseNumber{Raw: "（2012）鄂荆州中刑再上终字第1号", Year: 2012, Court: "鄂荆州中", Type: "刑再上终", Seq: 1}},
		{"no case number", "经审理查明，2017年8月15日16时25分许，被告人应国平驾驶牌号赣E×××××重型自卸货车", "", "", "", "", CaseNumber{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Parse(tt.text)
			if s.Court != tt.court || s.DocType != tt.docType || s.CaseType != tt.caseType || s.Procedure != tt.procedure {
				t.Errorf("got court %q doc %q type %q procedure %q, want %q %q %q %q",
					s.Court, s.DocType, s.CaseType, s.Procedure, tt.court, tt.docType, tt.caseType, tt.procedure)
			}
			var got CaseNumber
			if s.CaseNumber != nil {
				got = *s.CaseNumber
				got.Span = Span{}
			}
			if got != tt.cn {
				t.Errorf("case number %+v, want %+v", got, tt.cn)
			}
		})
	}
}

func TestParseParties(t *testing.T) {
	text := "浙江省温州市瓯海区人民法院 刑事判决书 （2018）浙0304刑初87号 公诉机关浙江省温州市瓯海区人民检察院。 " +
		"被告人刘月，男，1996年11月23日出生，汉族，贵州省黔西县人，初中文化，无业，户籍所在地贵州省黔西县，曾因犯盗窃罪于2013年12月30日被贵州省黔西县人民法院判处有期徒刑六个月，并处罚金1000元。因本案于2017年5月27日被抓获，同日被刑事拘留，同年7月1日被逮捕。现羁押于温州市瓯海区看守所。 " +
		"辩护人柯程程，浙江泽商律师事务所律师，受温州市瓯海区法律援助中心指派。 " +
		"温州市瓯海区人民检察院以瓯检未检刑诉［2018］4-3号起诉书指控被告人刘月犯诈骗罪，于2018年1月18日向本院提起公诉。现已审理终结。 " +
		"温州市瓯海区人民检察院指控，2017年2、3月份以来，付正勇（另案处理）纠集陈某锋等人组建帮底。"
	s := Parse(text)
	if len(s.Parties) != 3 {
		t.Fatalf("got %d parties, want 3: %+v", len(s.Parties), s.Parties)
	}
	pros, def, counsel := s.Parties[0], s.Parties[1], s.Parties[2]
	if pros.Role != "公诉机关" || pros.Name != "浙江省温州市瓯海区人民检察院" {
		t.Errorf("prosecutor = %q %q", pros.Role, pros.Name)
	}
	want := Party{Role: "被告人", Name: "刘月", Sex: "男", Birth: "1996年11月23日", Ethnicity: "汉族", Education: "初中文化"}
	if def.Role != want.Role || def.Name != want.Name || def.Sex != want.Sex || def.Birth != want.Birth ||
		def.Ethnicity != want.Ethnicity || def.Education != want.Education {
		t.Errorf("defendant = %+v", def)
	}
	if !strings.HasPrefix(def.Prior, "曾因犯盗窃罪") {
		t.Errorf("prior record = %q", def.Prior)
	}
	if counsel.Role != "辩护人" || counsel.Name != "柯程程" || counsel.Of != "刘月" || counsel.Principal {
		t.Errorf("counsel = %+v", counsel)
	}
	if h := s.SectionText(History); !strings.HasPrefix(h, "温州市瓯海区人民检察院以") || !strings.HasSuffix(h, "现已审理终结。") {
		t.Errorf("history = %q", h)
	}
	if f := s.SectionText(Facts); !strings.HasPrefix(f, "温州市瓯海区人民检察院指控") {
		t.Errorf("facts = %q", f)
	}
}

func TestParseTail(t *testing.T) {
	text := "江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初485号 " +
		"本院认为，被告人应国平违反交通运输管理法规，其行为已构成交通肇事罪。依照《中华人民共和国刑法》第一百三十三条、第六十七条第一款之规定，判决如下： " +
		"被告人应国平犯交通肇事罪，判处有期徒刑一年五个月。 如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向江西省南昌市中级人民法院提出上诉。 " +
		"审判长彭鹤龄 人民陪审员张晓华 人民陪审员万丽平 二〇一八年九月十八日 书记员刘珏 附相关法律规定： 1、《中华人民共和国刑法》"
	s := Parse(text)
	want := []Judge{{"审判长", "彭鹤龄"}, {"人民陪审员", "张晓华"}, {"人民陪审员", "万丽平"}, {"书记员", "刘珏"}}
	if len(s.Judges) != len(want) {
		t.Fatalf("judges = %+v, want %+v", s.Judges, want)
	}
	for i := range want {
		if s.Judges[i] != want[i] {
			t.Errorf("judge %d = %+v, want %+v", i, s.Judges[i], want[i])
		}
	}
	if s.Date != "2018-09-18" {
		t.Errorf("date = %q", s.Date)
	}
	checks := []struct {
		kind         SectionKind
		prefix, tail string
	}{
		{Reasoning, "本院认为，被告人应国平", "判决如下："},
		{LegalBasis, "依照《中华人民共和国刑法》", "之规定，"},
		{Verdict, "被告人应国平犯交通肇事罪", "提出上诉。"},
		{Tail, "审判长彭鹤龄", "书记员刘珏"},
		{Appendix, "附相关法律规定", "《中华人民共和国刑法》"},
	}
	for _, c := range checks {
		got := s.SectionText(c.kind)
		if !strings.HasPrefix(got, c.prefix) || !strings.HasSuffix(got, c.tail) {
			t.Errorf("%s = %q, want %q…%q", c.kind, got, c.prefix, c.tail)
		}
	}
}

// TestReasoningSkipsEvidenceRulings: 本院认为 inside the facts (on
// evidence) does not open the reasoning; the last one opening a paragraph
// does. Quoted from LeCaRD id 870.
func TestReasoningSkipsEvidenceRulings(t *testing.T) {
	text := "公诉机关指控，2013年12月21日15时许，被告人李某某到昆明市西山区西坝新村405号二楼的出租屋内找其女友孙某甲。 " +
		"本院认为，公诉机关出示的证据采证程序合法，内容客观真实，能够作为本案认定事实的依据，本院予以采信。 " +
		"经审理查明，2013年12月21日15时许，被告人李某某到昆明市西山区西坝新村405号二楼的出租屋内找其女友孙某甲。 " +
		"本院认为，《中华人民共和国刑法》第一百一十四条规定的放火罪是指故意放火焚烧公私财物，危害公共安全的行为。依据《中华人民共和国刑法》第一百一十四条、第四十七条之规定，判决如下： " +
		"被告人李某某犯放火罪，判处有期徒刑三年。"
	s := Parse(text)
	if got := s.SectionText(Reasoning); !strings.HasPrefix(got, "本院认为，《中华人民共和国刑法》") {
		t.Errorf("reasoning = %q", got)
	}
	if got := s.SectionText(Facts); !strings.Contains(got, "经审理查明") {
		t.Errorf("facts = %q", got)
	}
}

// TestVerdictWithoutCue: no 判决如下, the verdict follows 之规定 (LeCaRD id 1336).
func TestVerdictWithoutCue(t *testing.T) {
	text := "本院认为，被告人董志刚作为公司人员，利用职务上的便利，挪用本单位资金归个人使用，其行为已构成挪用资金罪。依照《中华人民共和国刑法》第二百七十二条第一款、第六十七条第三款、第三十七条之规定： " +
		"被告人董志刚犯挪用资金罪，免予刑事处罚。 如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向浙江省宁波市中级人民法院提出上诉。 审判长张某"
	s := Parse(text)
	if got := s.SectionText(Verdict); !strings.HasPrefix(got, "被告人董志刚犯挪用资金罪") || !strings.HasSuffix(got, "提出上诉。") {
		t.Errorf("verdict = %q", got)
	}
	if got := s.SectionText(Reasoning); !strings.HasSuffix(got, "之规定：") {
		t.Errorf("reasoning = %q", got)
	}
}
