package draft

import (
	"testing"
	"time"
)

func TestCustodyOf(t *testing.T) {
	// Sentences from LeCaRD first-instance facts outside dev and tune.
	tests := []struct {
		name, text string
		defendants []string
		who, want  string // want "" for a blank date
	}{
		{"own clause, name before the date",
			"（2）被告人杨时华于2015年3月17日下午在西昌市410厂生活区被抓获；（3）被告人左白骏于2015年3月18日中午在西昌市410厂生活区被抓获；",
			[]string{"杨时华", "左白骏"}, "左白骏", "2015年3月18日"},
		{"own clause, first defendant",
			"（2）被告人杨时华于2015年3月17日下午在西昌市410厂生活区被抓获；（3）被告人左白骏于2015年3月18日中午在西昌市410厂生活区被抓获；",
			[]string{"杨时华", "左白骏"}, "杨时华", "2015年3月17日"},
		{"name after the date",
			"2015年1月27日，公安机关在沈阳市于洪区xx附近将被告人伞某、刘某抓获；2015年1月28日，公安机关在沈阳市于洪区xx附近将被告人张某抓获；",
			[]string{"伞某", "刘某", "张某"}, "张某", "2015年1月28日"},
		{"no defendant named",
			"公安机关2018年11月9日在冉光举家中将其抓获。",
			[]string{"冉某"}, "冉某", "2018年11月9日"},
		{"an earlier case's custody",
			"再查，被告人杨志强因犯聚众斗殴罪于2014年6月14日被刑事拘留，同年7月15日被取保候审；2015年7月6日被天津市蓟县人民法院判处有期徒刑二年六个月，缓刑三年。",
			[]string{"杨志强"}, "杨志强", ""},
		{"released on bail",
			"另查明，被告人潘建武，因涉嫌容留他人吸毒罪，2018年1月22日被宁乡市公安局抓获，同年2月14日被取保候审。",
			[]string{"潘建武"}, "潘建武", ""},
		{"a surrender",
			"2018年4月15日10时许，被告人劳王坤向绍兴市公安局越城区分局鉴湖派出所投案。",
			[]string{"劳王坤"}, "劳王坤", "2018年4月15日"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := caseFacts{text: tt.text, defendants: tt.defendants}
			got, _ := f.custodyOf(tt.who)
			s := ""
			if !got.IsZero() {
				s = dateWords(got)
			}
			if s != tt.want {
				t.Errorf("custodyOf(%s) = %q, want %q", tt.who, s, tt.want)
			}
		})
	}
}

func TestTermEnd(t *testing.T) {
	// Start, term and end as LeCaRD first-instance verdicts write them.
	tests := []struct {
		start  string
		months int
		want   string
	}{
		{"2017-11-30", 16, "2019年3月29日"},
		{"2017-08-30", 42, "2021年2月28日"},
		{"2016-03-31", 18, "2017年9月30日"},
		{"2013-05-31", 12, "2014年5月30日"},
		{"2014-09-29", 180, "2029年9月28日"},
	}
	for _, tt := range tests {
		s, err := time.Parse("2006-01-02", tt.start)
		if err != nil {
			t.Fatal(err)
		}
		if got := dateWords(termEnd(s, tt.months)); got != tt.want {
			t.Errorf("termEnd(%s, %d) = %s, want %s", tt.start, tt.months, got, tt.want)
		}
	}
}

func TestFinePaidWords(t *testing.T) {
	const pay = "罚金限判决生效后十日内缴纳。"
	tests := []struct {
		name, text string
		defendants []string
		who, want  string
	}{
		{"paid by the family", "案件审理期间，被告人朱某的亲属代其缴纳罚金人民币十万元。", []string{"朱某"}, "朱某", "罚金已缴纳。"},
		{"another defendant paid", "案件审理期间，被告人朱某的亲属代其缴纳罚金人民币十万元。", []string{"朱某", "李某"}, "李某", pay},
		{"a former sentence's fine", "被告人高克明曾因犯故意伤害罪、滥伐林木罪被判处有期徒刑三年，并处罚金人民币60000元（已缴纳）。", []string{"高克明"}, "高克明", pay},
		{"only willing to pay", "罗某有认罪、退赃、取得被害人谅解的情节，且罗某愿意缴纳罚金，接受财产刑处罚。", []string{"罗某"}, "罗某", pay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := caseFacts{text: tt.text, defendants: tt.defendants}
			if got := finePaidWords(f, tt.who, pay); got != tt.want {
				t.Errorf("finePaidWords = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestConfiscationWords(t *testing.T) {
	tests := []struct {
		kind, charge, want string
	}{
		{"无期徒刑", "走私、贩卖、运输、制造毒品罪", "，并处没收个人全部财产"},
		{"死刑", "集资诈骗罪", "，并处没收个人全部财产"},
		{"无期徒刑", "故意杀人罪", ""},
		{"无期徒刑", "非法持有毒品罪", ""},
		{"有期徒刑", "诈骗罪", ""},
	}
	for _, tt := range tests {
		got := confiscationWords(Penalty{Kind: tt.kind}, []wordedCharge{{charge: tt.charge, written: tt.charge}})
		if got != tt.want {
			t.Errorf("confiscationWords(%s, %s) = %q, want %q", tt.kind, tt.charge, got, tt.want)
		}
	}
}

func TestReviewItem(t *testing.T) {
	// Further items of LeCaRD verdicts.
	tests := []struct {
		item string
		want bool
	}{
		{"维持湖南省桑植县人民法院（2015）桑刑初字第102号刑事判决对被告人邓某某定罪部分的判决；", true},
		{"撤销太原市小店区人民法院（2014）小店刑重字第20号刑事判决；", true},
		{"撤销山东省青岛市中级人民法院（2006）青刑执释字第69号刑事裁定书中对罪犯冯永胜的假释。", true},
		{"扣押在案的作案工具水果刀一把，依法予以没收。", false},
		{"责令被告人江瑞莲退赔被害人经济损失。", false},
	}
	for _, tt := range tests {
		if got := reviewItem(tt.item); got != tt.want {
			t.Errorf("reviewItem(%q) = %v, want %v", tt.item, got, tt.want)
		}
	}
}
