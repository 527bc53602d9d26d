package extract

import (
	"testing"
	"time"
	"unicode/utf8"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// The phrasings are those of judgments' facts (LeCaRD, JuDGE), names and
// places as they were anonymised there.
func TestPriors(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		names    []string
		want     int // priors read
		who      string
		charge   string
		kind     string
		months   int
		released time.Time
		susp     bool
		paroled  bool
		minor    bool
	}{
		{"dated prior and release", "同时查明，被告人刘大银曾于2005年11月10日因犯故意伤害罪被浙江省绍兴县人民法院判处有期徒刑三年六个月，并处罚金人民币四千元，2008年2月29日刑满释放。",
			[]string{"刘大银"}, 1, "刘大银", "故意伤害罪", "有期徒刑", 42, day(2008, 2, 29), false, false, false},
		{"charge before the date", "另查明，被告人黄大鹏因犯寻衅滋事罪于2012年11月30日被陆丰市人民法院判处有期徒刑十个月，2013年6月5日刑满释放。",
			nil, 1, "黄大鹏", "寻衅滋事罪", "有期徒刑", 10, day(2013, 6, 5), false, false, false},
		{"release in the next clause, 同年", "2015年4月17日，被告人赵阳因犯危险驾驶罪被判处拘役四个月，并处罚金人民币二千元；同年8月22日，赵阳刑满释放。",
			[]string{"赵阳"}, 1, "赵阳", "危险驾驶罪", "拘役", 4, day(2015, 8, 22), false, false, false},
		{"suspended", "被告人彭法强曾因犯开设赌场罪，于2011年8月23日被安徽省当涂县人民法院判处拘役五个月，缓刑一年。",
			[]string{"彭法强"}, 1, "彭法强", "开设赌场罪", "拘役", 5, time.Time{}, true, false, false},
		{"reduced and released", "证实2009年10月13日，王万元因走私毒品罪被判处有期徒刑12年，于2016年12月23日减刑释放。",
			[]string{"王万元"}, 1, "王万元", "走私毒品罪", "有期徒刑", 144, day(2016, 12, 23), false, false, false},
		{"paroled, end unknown", "被告人李某曾因犯盗窃罪于2010年3月5日被判处有期徒刑三年，2012年1月10日假释。",
			[]string{"李某"}, 1, "李某", "盗窃罪", "有期徒刑", 36, time.Time{}, false, true, false},
		{"parole period's end", "被告人李某曾因犯盗窃罪于2010年3月5日被判处有期徒刑三年，2012年1月10日假释，假释考验期至2013年3月4日止。",
			[]string{"李某"}, 1, "李某", "盗窃罪", "有期徒刑", 36, day(2013, 3, 4), false, false, false},
		{"under eighteen", "被告人朱某某曾因犯强奸罪被判处有期徒刑十三年，2010年9月10日刑满释放，犯罪时为未成年人。",
			nil, 1, "朱某某", "强奸罪", "有期徒刑", 156, day(2010, 9, 10), false, false, true},
		{"surname 曾", "证实曾桂文因犯抢劫罪，2001年11月14日被广州市白云区人民法院判处有期徒刑四年六个月，2004年12月6日刑满释放。",
			[]string{"曾桂文"}, 1, "曾桂文", "抢劫罪", "有期徒刑", 54, day(2004, 12, 6), false, false, false},
		{"someone else's prior", "被告人王兴彬纠集朱某结伙开设赌场。朱某因持砍刀帮助王兴彬殴打包某某，被判处有期徒刑九个月，2018年4月13日刑满释放。",
			[]string{"王兴彬"}, 0, "", "", "", 0, time.Time{}, false, false, false},
		{"no prior", "公诉机关指控：2017年4月28日15时许，被告人张3伪造身份证欲骗取被害人现金人民币10万元。",
			[]string{"张3"}, 0, "", "", "", 0, time.Time{}, false, false, false},
		// Wordings the reader once missed: a term written before its kind, a
		// later prior whose clause opens with its date, a charge without 因
		// before a long court name; and what must not be read as the next prior.
		// The kind written after the term is read (累犯 needs it); the term itself is not.
		{"term before its kind", "33、释放证明书证实，被告人温某龙因诈骗罪被广东省广州市白云区人民法院判处十年有期徒刑，于2012年9月20日被释放。",
			[]string{"温某龙", "尚某文"}, 1, "温某龙", "诈骗罪", "有期徒刑", 0, day(2012, 9, 20), false, false, false},
		{"second prior opening with its date", "13、刑事判决书及释放证明证实，2010年9月14日寻某某因盗窃罪被判处有期徒刑十个月并处罚金1000元，2011年3月9日被刑满释放；2014年5月13日因盗窃罪被判处有期徒刑一年六个月并处罚金5000元，2015年6月12日被刑满释放。",
			[]string{"寻某某"}, 2, "寻某某", "盗窃罪", "有期徒刑", 18, day(2015, 6, 12), false, false, false},
		{"charge without 因", "另查明，2013年10月10日被告人路某某犯强奸罪被宁夏回族自治区银川市兴庆区人民法院判处有期徒刑三年二个月，2016年2月19日减刑释放。",
			[]string{"路某某"}, 1, "路某某", "强奸罪", "有期徒刑", 38, day(2016, 2, 19), false, false, false},
		{"another accused's prior next", "被告人张某曾因犯盗窃罪于2010年3月5日被判处有期徒刑一年，2011年3月4日刑满释放；被告人王某（另案处理）因犯抢劫罪于2012年5月1日被判处有期徒刑三年，2014年6月1日刑满释放。",
			[]string{"张某"}, 1, "张某", "盗窃罪", "有期徒刑", 12, day(2011, 3, 4), false, false, false},
		{"a dated clause of the present crime", "被告人张某曾因犯盗窃罪于2010年3月5日被判处有期徒刑一年，2011年3月4日刑满释放；2016年5月1日，被告人张某在某商场窃取手机一部。",
			[]string{"张某"}, 1, "张某", "盗窃罪", "有期徒刑", 12, day(2011, 3, 4), false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Priors(tt.text, tt.names)
			if len(ps) != tt.want {
				t.Fatalf("Priors() read %d priors %+v, want %d", len(ps), ps, tt.want)
			}
			if tt.want == 0 {
				return
			}
			p := ps[len(ps)-1] // the last prior read
			if p.Defendant != tt.who || len(p.Charges) == 0 || p.Charges[0] != tt.charge {
				t.Errorf("defendant %q charges %v, want %q %q", p.Defendant, p.Charges, tt.who, tt.charge)
			}
			if p.Penalty.Kind != tt.kind || p.Penalty.Months != tt.months || p.Penalty.Probation != tt.susp {
				t.Errorf("penalty %s %d months suspended %v, want %s %d %v", p.Penalty.Kind, p.Penalty.Months, p.Penalty.Probation, tt.kind, tt.months, tt.susp)
			}
			if !p.Released.Equal(tt.released) || p.Paroled != tt.paroled || p.Minor != tt.minor {
				t.Errorf("released %v paroled %v minor %v, want %v %v %v", p.Released, p.Paroled, p.Minor, tt.released, tt.paroled, tt.minor)
			}
		})
	}
}

func TestRecidivism(t *testing.T) {
	const prior = "另查明，被告人陈三精曾因犯盗窃罪，2006年10月23日被海口市美兰区人民法院判处有期徒刑一年六个月，并处罚金人民币2000元，2008年1月9日刑满释放。"
	tests := []struct {
		name    string
		text    string
		names   []string
		charges []string
		decided bool
		is      bool
		article int
	}{
		{"within five years", "公诉机关指控：2012年8月12日，被告人陈三精在某超市窃取手机一部。" + prior, []string{"陈三精"}, []string{"盗窃罪"}, true, true, 65},
		{"on the fifth anniversary", "公诉机关指控：2013年1月9日，被告人陈三精在某超市窃取手机一部。" + prior, []string{"陈三精"}, []string{"盗窃罪"}, true, true, 65},
		{"after five years", "公诉机关指控：2015年10月至2016年1月20日，被告人陈三精为诈骗团伙取款。" + prior, []string{"陈三精"}, []string{"诈骗罪"}, true, false, 0},
		{"the present crime negligent", "公诉机关指控：2010年5月1日，被告人陈三精驾驶货车撞倒行人致其死亡。" + prior, []string{"陈三精"}, []string{"交通肇事罪"}, true, false, 0},
		{"the present crime punishable by 拘役 only", "公诉机关指控：2010年5月1日，被告人陈三精醉酒驾驶机动车。" + prior, []string{"陈三精"}, []string{"危险驾驶罪"}, true, false, 0},
		{"prior negligent", "公诉机关指控：2010年5月1日，被告人甲某盗窃电动车一辆。被告人甲某曾因犯交通肇事罪于2007年3月1日被判处有期徒刑一年，2008年2月28日刑满释放。", []string{"甲某"}, []string{"盗窃罪"}, true, false, 0},
		{"prior 拘役", "公诉机关指控：2012年3月1日，被告人黎发华盗窃手机一部。被告人黎发华曾因犯盗窃罪，2011年4月12日被三亚市城郊人民法院判处拘役五个月，2011年5月20日刑满释放。", []string{"黎发华"}, []string{"盗窃罪"}, true, false, 0},
		{"prior suspended", "公诉机关指控：2012年3月1日，被告人任洪珠殴打他人。被告人任洪珠曾因犯寻衅滋事罪于2009年9月18日被本院判处有期徒刑一年，缓刑一年六个月。", []string{"任洪珠"}, []string{"寻衅滋事罪"}, true, false, 0},
		{"prior under eighteen", "公诉机关指控：2012年3月1日，被告人朱某某抢劫他人财物。被告人朱某某曾因犯强奸罪被判处有期徒刑三年，2010年9月10日刑满释放，犯罪时为未成年人。", []string{"朱某某"}, []string{"抢劫罪"}, true, false, 0},
		{"paroled, end unknown", "公诉机关指控：2013年3月1日，被告人李某盗窃他人财物。被告人李某曾因犯盗窃罪于2010年3月5日被判处有期徒刑三年，2012年1月10日假释。", []string{"李某"}, []string{"盗窃罪"}, false, false, 0},
		{"release undated", "被告人康家林曾因故意犯罪被判处有期徒刑以上刑罚，在刑罚执行完毕五年内再犯。2018年4月25日，被告人康家林开设赌场。", []string{"康家林"}, []string{"开设赌场罪"}, false, false, 0},
		{"a later prior within five years, its clause opening with its date", "公诉机关指控：2016年7月1日，被告人寻某某盗窃手机一部。刑事判决书证实，2010年9月14日寻某某因盗窃罪被判处有期徒刑十个月，2011年3月9日刑满释放；2014年5月13日因盗窃罪被判处有期徒刑一年六个月，2015年6月12日刑满释放。", []string{"寻某某"}, []string{"盗窃罪"}, true, true, 65},
		{"special recidivism after ten years", "公诉机关指控：2019年5月1日，被告人甲某组织、领导黑社会性质组织。被告人甲某曾因犯组织、领导黑社会性质组织罪于2003年3月1日被判处有期徒刑五年，2008年2月28日刑满释放。", []string{"甲某"}, []string{"组织、领导黑社会性质组织罪"}, true, true, 66},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := Recidivism(tt.text, tt.names, tt.charges)
			decided, is, art := false, false, 0
			for _, r := range rs {
				decided = decided || r.Decided
				if r.Is {
					is, art = true, r.Article
				}
			}
			if decided != tt.decided || is != tt.is || art != tt.article {
				t.Errorf("Recidivism() = %+v: decided %v is %v art %d, want %v %v %d", rs, decided, is, art, tt.decided, tt.is, tt.article)
			}
		})
	}
}

func TestCrimeDate(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		since time.Time
		want  time.Time
	}{
		{"the first date written after release", "公诉机关指控：2016年12月28日，被告人王海洪购买海洛因。证人称2010年12月1日曾见过他。", day(2008, 4, 7), day(2016, 12, 28)},
		{"a month alone", "经审理查明：2015年10月至2016年1月20日，被告人陈三精为诈骗团伙取款。", day(2008, 1, 9), day(2015, 10, 1)},
		{"prior clauses skipped", "被告人甲某2009年5月1日刑满释放。2010年6月2日，被告人甲某盗窃。", day(2009, 5, 1), day(2010, 6, 2)},
		{"none after release", "2001年3月4日，被告人甲某盗窃。", day(2009, 5, 1), time.Time{}},
		{"impossible date", "2010年2月30日，被告人甲某盗窃。", day(2009, 5, 1), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CrimeDate(tt.text, tt.since); !got.Equal(tt.want) {
				t.Errorf("CrimeDate() = %v, want %v", got, tt.want)
			}
		})
	}
}

// FuzzRecidivism feeds outside text to the reader: it must not panic,
// every prior's defendant is one of the names asked about, and a
// recidivist is always decided, with its article.
func FuzzRecidivism(f *testing.F) {
	for _, s := range []string{
		"被告人刘大银曾于2005年11月10日因犯故意伤害罪被判处有期徒刑三年六个月，2008年2月29日刑满释放。2010年5月1日，被告人刘大银盗窃。",
		"2015年4月17日，被告人赵阳因犯危险驾驶罪被判处拘役四个月；同年8月22日，赵阳刑满释放。",
		"被告人李某曾因犯盗窃罪于2010年3月5日被判处有期徒刑三年，2012年1月10日假释，假释考验期至2013年3月4日止",
		"曾因判处有期徒刑；次年13月40日释放",
		"因犯罪被判处死刑，缓期二年执行，同年2月刑满释放；因",
		"判处",
		"",
	} {
		f.Add(s)
	}
	names := []string{"刘大银", "赵阳", "李某"}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, p := range Priors(s, names) {
			if p.Defendant != "刘大银" && p.Defendant != "赵阳" && p.Defendant != "李某" {
				t.Fatalf("prior of %q, not among %v", p.Defendant, names)
			}
		}
		for _, r := range Recidivism(s, nil, []string{"盗窃罪"}) {
			if r.Is && (!r.Decided || (r.Article != 65 && r.Article != 66)) {
				t.Fatalf("recidivist %+v undecided or without its article", r)
			}
		}
	})
}
