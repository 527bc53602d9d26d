package draft

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"leian/drafting/sentencing"
	"leian/evals/judge"
)

func TestNumerals(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{1, "一"}, {10, "十"}, {12, "十二"}, {20, "二十"}, {105, "一百零五"}, {2000, "二千"}, {15000, "一万五千"}, {10500, "一万零五百"}, {120000, "十二万"}}
	for _, tt := range tests {
		if got := cnNumber(tt.n); got != tt.want {
			t.Errorf("cnNumber(%d) = %q, want %q", tt.n, got, tt.want)
		}
		// The JuDGE scorer must read back what the drafter writes.
		if got, _ := judgeNumber(tt.want); got != tt.n {
			t.Errorf("%q reads back as %d", tt.want, got)
		}
	}
	for m, want := range map[int]string{6: "六个月", 12: "一年", 18: "一年六个月", 30: "二年六个月"} {
		if got := termWords(m); got != want {
			t.Errorf("termWords(%d) = %q, want %q", m, got, want)
		}
	}
	if got := cnDate(time.Date(2018, 7, 16, 0, 0, 0, 0, time.UTC)); got != "二〇一八年七月十六日" {
		t.Errorf("cnDate = %q", got)
	}
}

// judgeNumber reads a Chinese number as the JuDGE scorer does.
func judgeNumber(s string) (int, bool) {
	pen := "罚金人民币" + s + "元"
	n := judge.Fine(pen, judge.Sections{Judgment: pen})
	return n, n >= 0
}

func TestTermComputation(t *testing.T) {
	f := readFacts("2018年4月15日，被告人安旭在广州火车站被公安机关抓获。")
	if got, _ := f.custodyOf("安旭"); got != time.Date(2018, 4, 15, 0, 0, 0, 0, time.UTC) {
		t.Fatalf("custody %v", got)
	}
	got := termNote(f, Penalty{Kind: "有期徒刑", Months: 6, FineYuan: 2000}, "罚金于本判决生效后十日内缴纳。")
	want := "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2018年4月15日起至2018年10月14日止。罚金于本判决生效后十日内缴纳。）"
	if got != want {
		t.Errorf("termNote = %q, want %q", got, want)
	}
}

func TestDefendantNames(t *testing.T) {
	tests := []struct {
		facts string
		want  []string
	}{
		{"被告人安旭伙同杨某（已判决）至本市……被告人安旭在广州火车站被抓获。", []string{"安旭"}},
		{"被告人张3为偿还债务伪造身份证，后被告人张3冒名……", []string{"张3"}},
		{"被告人雷冰青、周文雅伙同被告人杨某（另案处理）开设赌场，被告人雷冰青负责……", []string{"雷冰青", "周文雅"}},
		{"被告人胡某、江某任公司经理……被告人胡某被抓获。被告人胡某、江某的供述……被告人的供述和辩解，被告人胡某在……被告人之间共同", []string{"胡某", "江某"}},
		{"被告人伊泽明与张晓林协商……被告人伊泽明以营利为目的……被告人张三明知是赃物仍收购", []string{"伊泽明", "张三"}},
		{"被告人通过网络结识被害人，后被告人利用其信任骗取钱款。", nil},
		{"被告人通过网络结识被害人王某，被告人李四骗取钱款……被告人李四被抓获。", []string{"李四"}},
		// Phrases after 被告人 that open with no surname are not names,
		// unless met as often as a defendant is (a rare surname).
		{"被告人方永婵、卢胜兰共同贩卖毒品……被告人方永婵、卢胜兰具有坦白情节……被告人具有坦白情节……被告人不同意", []string{"方永婵", "卢胜兰"}},
		{"被告人不同意。", []string{"不同意"}},
		{strings.Repeat("被告人谯兵在某地盗窃财物。", 8), []string{"谯兵"}},
		// The reasoning's words after 被告人, however often (a tune case of
		// 22 defendants): not names.
		{"被告人林某某、龙某某开设赌场。" + strings.Repeat("被告人到案后如实供述，被告人悔罪表现明显，被告人吸收赌资，被告人适用缓刑。", 9), []string{"林某某", "龙某某"}},
		// The indictment's order is that of the longest list.
		{"被告人杨建设变造汇票，被告人张鹏收购。公诉机关认为，被告人张鹏、杨建设结伙骗取财物。", []string{"张鹏", "杨建设"}},
		// A civil defendant and persons tried apart are not on trial.
		{"附带民事诉讼被告人贺兵辩称……被告人李华香驾驶货车撞伤被害人。", []string{"李华香"}},
		{"被告人冯永胜伙同王某1、冯某2（均另案处理）盗窃……被告人冯永胜、王某1、冯某2退赔。", []string{"冯永胜"}},
		{"被告人葛某（16岁，另案处理）与被告人陈东抢劫……被告人陈东、葛某殴打被害人。", []string{"陈东"}},
		// A name cut at a character that usually ends one, which the facts
		// always write after it.
		{"被告人李勇在强行将被害人拉走。被告人李勇在违背妇女意志。被告人李勇在辩称无罪。", []string{"李勇在"}},
		{"被告人王万元、邓贵荣相互伙同……被告人王万元、邓贵荣的行为已构成抢劫罪。", []string{"王万元", "邓贵荣"}},
	}
	for _, tt := range tests {
		if got := defendantNames(tt.facts); !slices.Equal(got, tt.want) {
			t.Errorf("defendantNames(%q) = %q, want %q", tt.facts, got, tt.want)
		}
	}
}

func FuzzReadFacts(f *testing.F) {
	f.Add("公诉机关指控：2017年4月28日15时许，被告人张3为偿还债务……2017年12月19日被抓获。")
	f.Add("被告人")
	f.Add("2018年13月40日被抓获")
	f.Fuzz(func(t *testing.T, s string) {
		_ = readFacts(s)
		_ = CaseNumbers(s)
	})
}

func TestHoldOut(t *testing.T) {
	dev := "公诉机关指控：2017年4月27日凌晨02时左右，被告人路某为联系其妻子胡某，酒后驾驶小型轿车行驶至某路口时被民警查获。经鉴定，其血液中乙醇含量为185mg/100ml。上述事实，被告人在开庭审理过程中亦无异议，且有证人证言等证据证实，足以认定。"
	exs := []sentencing.Example{
		{ID: "copy", Facts: "经审理查明：2017年4月27日凌晨02时左右，被告人路某为联系其妻子胡某，酒后驾驶小型轿车行驶至某路口时被民警查获。经鉴定，其血液中乙醇含量为185mg/100ml。"},
		{ID: "boilerplate", Facts: "经审理查明，2016年9月8日20时13分左右，被告人曹某酒后驾驶鄂Ｅ小型汽车在某镇被查获，血液中乙醇含量为120mg/100ml。上述事实，被告人在开庭审理过程中亦无异议，且有证人证言等证据证实。"},
		{ID: "other", Facts: "经审理查明，2014年12月12日11时许，被告人张某经电话联系，至本市某区贩卖甲基苯丙胺0.5克。"},
	}
	kept, dropped := HoldOut(exs, []string{dev})
	var ids []string
	for _, ex := range kept {
		ids = append(ids, ex.ID)
	}
	if dropped != 1 || !slices.Equal(ids, []string{"boilerplate", "other"}) {
		t.Errorf("HoldOut kept %q, dropped %d; want the copy of the held-out facts dropped and the rest kept", ids, dropped)
	}
}

func TestCustodyDate(t *testing.T) {
	tests := []struct {
		facts, who string
		want       time.Time
	}{
		{"2018年4月15日，被告人安旭在广州火车站被公安机关抓获。", "安旭", time.Date(2018, 4, 15, 0, 0, 0, 0, time.UTC)},
		// The police as subject: no 被 before 抓获.
		{"2015年6月11日，民警将被告人赵某、张某、周某抓获。", "赵某", time.Date(2015, 6, 11, 0, 0, 0, 0, time.UTC)},
		{"2017年3月1日19时许，被告人李某驾驶小型轿车行驶至某路口时，民警在例行检查中将其查获。", "李某", time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"2016年5月4日被告人王某接到传唤后到派出所。同年5月5日被刑事拘留。", "王某", time.Date(2016, 5, 4, 0, 0, 0, 0, time.UTC)},
		// The custody must be in the date's own sentence.
		{"2014年12月30日，被告人白某盗走手机一部。后被告人白某被抓获。", "白某", time.Time{}},
	}
	for _, tt := range tests {
		if got, _ := readFacts(tt.facts).custodyOf(tt.who); !got.Equal(tt.want) {
			t.Errorf("custody of %s in %q = %v, want %v", tt.who, tt.facts, got, tt.want)
		}
	}
}

func TestFinePayment(t *testing.T) {
	v := func(pay string) precedent {
		return precedent{verdict: "一、被告人甲犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。（" + pay + "）"}
	}
	tests := []struct {
		name string
		same []precedent
		want string
	}{
		{"no case", nil, finePayUsual},
		{"one case's habit", []precedent{v("罚金于判决发生法律效力后十日内一次性缴纳。")}, finePayUsual},
		{"two cases agree", []precedent{v("罚金于本判决生效之日起一个月内缴纳。"), v("罚金于本判决生效后十日内缴纳。"), v("罚金于本判决生效之日起一个月内缴纳。")}, "罚金于本判决生效之日起一个月内缴纳。"},
		{"the other case's amount", []precedent{v("罚金1000万元于本判决生效之日起十日内缴纳。"), v("罚金1000万元于本判决生效之日起十日内缴纳。")}, finePayUsual},
		{"the other case's payment", []precedent{v("罚金已缴纳。"), v("罚金已缴纳。")}, finePayUsual},
	}
	for _, tt := range tests {
		if got := finePayment(tt.same); got != tt.want {
			t.Errorf("%s: finePayment = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLawfulFine(t *testing.T) {
	precs := []PrecedentSentence{{Weight: 1, Kind: "有期徒刑", Months: 10, FineYuan: 2000}, {Weight: 1, Kind: "有期徒刑", Months: 10}}
	tier := func(clause string) sentencing.Recommendation {
		return sentencing.Recommendation{Tier: &sentencing.TierLaw{Fine: clause}}
	}
	tests := []struct {
		name string
		fine float64
		est  sentencing.Recommendation
		want float64
	}{
		{"mandatory fine the cases lacked", 0, tier("并处罚金"), 5000},
		{"fine or fine alone", 0, tier("并处或者单处罚金"), 5000},
		{"tier without a fine clause: the cases decide", 3000, tier(""), 3000},
		{"optional fine: the cases decide", 0, tier("可以并处罚金"), 0},
		{"no tier: the cases decide", 3000, sentencing.Recommendation{}, 3000},
	}
	for _, tt := range tests {
		var trace []string
		if got := lawfulFine(tt.fine, tt.est, SentenceQuery{Precedents: precs}, 20, &trace); got != tt.want {
			t.Errorf("%s: fine %.0f, want %.0f", tt.name, got, tt.want)
		}
	}
}

func TestSeveralChargesVerdict(t *testing.T) {
	pen := Penalty{Defendant: "张某", Kind: "有期徒刑", Months: 15, FineYuan: 3000, Counts: []Count{
		{Charge: "盗窃罪", Kind: "有期徒刑", Months: 12, FineYuan: 2000},
		{Charge: "诈骗罪", Kind: "有期徒刑", Months: 6, FineYuan: 1000},
	}}
	names, charges := []string{"张某"}, []string{"盗窃罪", "诈骗罪"}
	s := verdict(caseFacts{}, names, defendantCharges(caseFacts{}, names, charges, charges), "盗窃罪", []Penalty{pen}, nil)
	text := s.Text()
	want := "被告人张某犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元；犯诈骗罪，判处有期徒刑六个月，并处罚金人民币一千元；数罪并罚，决定执行有期徒刑一年三个月，并处罚金人民币三千元。"
	if !strings.HasPrefix(text, want) {
		t.Fatalf("verdict %q, want it to open %q", text, want)
	}
	// The JuDGE scorer adds up every distinct term the verdict writes.
	if got := judge.Months(text, judge.Sections{Judgment: text}); got != 12+6+15 {
		t.Errorf("scorer reads %d months, want %d", got, 12+6+15)
	}
}

// Each of several defendants is convicted of the charges the facts give
// him, worded as the facts word them; one the facts give none of them
// gets every charge.
func TestOwnChargesVerdict(t *testing.T) {
	counts := []Count{
		{Charge: "盗窃罪", Kind: "有期徒刑", Months: 12, FineYuan: 2000},
		{Charge: "掩饰、隐瞒犯罪所得、犯罪所得收益罪", Kind: "有期徒刑", Months: 6, FineYuan: 1000},
	}
	charges := []string{"盗窃罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"}
	tests := []struct {
		name  string
		facts string
		names []string
		want  []string
	}{
		{"each his own", "公诉机关认为，被告人甲的行为已构成盗窃罪，被告人乙的行为已构成掩饰、隐瞒犯罪所得罪。", []string{"甲", "乙"},
			[]string{"一、被告人甲犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。", "二、被告人乙犯掩饰、隐瞒犯罪所得罪，判处有期徒刑六个月，并处罚金人民币一千元。"}},
		{"one named", "指控被告人甲犯盗窃罪、掩饰、隐瞒犯罪所得罪。", []string{"甲", "乙"},
			[]string{"一、被告人甲犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元；犯掩饰、隐瞒犯罪所得罪", "二、被告人乙犯盗窃罪，判处有期徒刑一年"}},
		{"respectively, unsaid whose", "被告人甲盗窃，被告人乙明知是赃物而收购，应当分别以盗窃罪和掩饰、隐瞒犯罪所得罪追究刑事责任。", []string{"甲", "乙"},
			[]string{"一、被告人甲犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元；犯掩饰", "二、被告人乙犯盗窃罪，判处有期徒刑一年"}},
		{"bare 构成, listed", "认为被告人甲构成盗窃罪；被告人乙构成掩饰、隐瞒犯罪所得罪。", []string{"甲", "乙"},
			[]string{"一、被告人甲犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。", "二、被告人乙犯掩饰、隐瞒犯罪所得罪，判处有期徒刑六个月，并处罚金人民币一千元。"}},
		{"a denial is no one's charge", "被告人乙辩称其不构成盗窃罪。指控被告人甲犯盗窃罪，被告人乙犯掩饰、隐瞒犯罪所得罪。", []string{"甲", "乙"},
			[]string{"一、被告人甲犯盗窃罪，判处", "二、被告人乙犯掩饰、隐瞒犯罪所得罪，判处"}},
	}
	for _, tt := range tests {
		f := caseFacts{text: tt.facts}
		written := []string{"盗窃罪", "掩饰、隐瞒犯罪所得罪"}
		var pens []Penalty
		for _, n := range tt.names {
			pens = append(pens, Penalty{Defendant: n, Kind: "有期徒刑", Months: 12, FineYuan: 3000, Counts: counts})
		}
		text := verdict(f, tt.names, defendantCharges(f, tt.names, charges, written), charges[0], pens, nil).Text()
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: verdict %q lacks %q", tt.name, text, w)
			}
		}
	}
}

// Several charges with no count of their own are still each convicted
// of: the lead charge gets the executed sentence, the others a blank term.
func TestUncountedChargesVerdict(t *testing.T) {
	names, charges := []string{"张某"}, []string{"故意杀人罪", "故意伤害罪"}
	pen := Penalty{Defendant: "张某", Kind: "无期徒刑", DeprivedForLife: true}
	text := verdict(caseFacts{}, names, defendantCharges(caseFacts{}, names, charges, charges), charges[0], []Penalty{pen}, nil).Text()
	want := "被告人张某犯故意杀人罪，判处无期徒刑；犯故意伤害罪，判处有期徒刑　　年；数罪并罚，决定执行无期徒刑，剥夺政治权利终身"
	if !strings.HasPrefix(text, want) {
		t.Fatalf("verdict %q, want it to open %q", text, want)
	}
	if got := judge.Charges(text, judge.Sections{Judgment: text}); !got["故意杀人罪"] || !got["故意伤害罪"] {
		t.Errorf("scorer reads charges %v, want both", got)
	}
}

func TestWithinProposal(t *testing.T) {
	tests := []struct {
		months   int
		proposal termProposal
		lead     bool
		want     int
	}{
		{20, termProposal{}, true, 20},                            // no proposal
		{20, termProposal{lo: 12, hi: 30}, false, 12},             // a later defendant: its lower end
		{20, termProposal{lo: 12, hi: 30}, true, 17},              // the first: a quarter of the way in (16.5 rounded)
		{20, termProposal{lo: 12, hi: 24}, true, 15},              // the first: a quarter of the way in
		{20, termProposal{lo: 36}, true, 36},                      // only a floor
		{20, termProposal{hi: 12}, true, 7},                       // the first above a ceiling: 0.6 of it (underCeiling)
		{20, termProposal{hi: 12}, false, 12},                     // a later one above the ceiling: the ceiling
		{8, termProposal{hi: 12}, true, 7},                        // the first within the ceiling, above 0.6 of it
		{6, termProposal{hi: 12}, true, 6},                        // the first below 0.6 of the ceiling
		{200, termProposal{hi: maxFixedTerm}, true, maxFixedTerm}, // 在无期徒刑以下: the longest fixed term caps it
		{8, termProposal{lo: 12, hi: 12, exact: true}, true, 12},  // one term named
		{20, termProposal{lo: 12, hi: 12, exact: true}, true, 12}, // one term named
		{20, termProposal{lo: 30, hi: 12}, true, 20},              // an unreadable range is ignored
	}
	for _, tt := range tests {
		var trace []string
		if got := withinProposal(tt.months, tt.proposal, tt.lead, &trace); got != tt.want {
			t.Errorf("withinProposal(%d, %+v, lead %v) = %d, want %d", tt.months, tt.proposal, tt.lead, got, tt.want)
		}
	}
}

func TestSuspendable(t *testing.T) {
	tests := []struct {
		r    Recommendation
		want int
	}{
		{Recommendation{Kind: "有期徒刑", Months: 12, ProbationMonths: 24}, 24},
		{Recommendation{Kind: "拘役", Months: 4, ProbationMonths: 6}, 6},
		{Recommendation{Kind: "有期徒刑", Months: 48, ProbationMonths: 60}, 0}, // over three years
		{Recommendation{Kind: "死刑", ProbationMonths: 24}, 0},               // 死缓 is not probation
		{Recommendation{Kind: "无期徒刑", ProbationMonths: 24}, 0},
	}
	for _, tt := range tests {
		if got := suspendable(tt.r); got != tt.want {
			t.Errorf("suspendable(%+v) = %d, want %d", tt.r, got, tt.want)
		}
	}
}

// A case the push shows only for an alternative charge does not vote on
// the draft's charge.
func TestChargeVoteSkipsReserved(t *testing.T) {
	f := caseFacts{text: "被告人张某于2016年3月在某商场取得他人财物，价值人民币3000元。"}
	precs := func(reserved bool) []precedent {
		return []precedent{
			{id: "a", charges: []string{"侵占罪"}},
			{id: "b", charges: []string{"抢夺罪"}, reserved: reserved},
			{id: "c", charges: []string{"抢夺罪"}, reserved: reserved},
		}
	}
	for _, tc := range []struct {
		name     string
		reserved bool
		want     string
	}{
		{"ranked cases vote", false, "抢夺罪"},
		{"reserved cases do not", true, "侵占罪"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _ := (&Offline{}).charges(Request{}, f, precs(tc.reserved))
			if len(got) == 0 || got[0] != tc.want {
				t.Fatalf("charges = %v, want %s first", got, tc.want)
			}
		})
	}
}

// 故意伤害罪 needs at least 轻伤: facts that state only 轻微伤 take the
// next charge of the vote.
func TestSlightInjuryIsNoAssault(t *testing.T) {
	precs := []precedent{
		{id: "a", charges: []string{"故意伤害罪"}},
		{id: "b", charges: []string{"故意伤害罪"}},
		{id: "c", charges: []string{"寻衅滋事罪"}},
	}
	for _, tc := range []struct {
		name, facts, want string
	}{
		{"only slight", "被告人张某持刀砍伤被害人李某，经鉴定，李某的伤情为轻微伤。", "寻衅滋事罪"},
		{"slight and minor", "被告人张某持刀砍伤被害人李某、王某，经鉴定，李某为轻微伤，王某为轻伤一级。", "故意伤害罪"},
		{"no injury stated", "被告人张某持刀砍伤被害人李某。", "故意伤害罪"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _ := (&Offline{}).charges(Request{}, caseFacts{text: tc.facts}, precs)
			if len(got) == 0 || got[0] != tc.want {
				t.Fatalf("charges = %v, want %s first", got, tc.want)
			}
		})
	}
}

func TestSimilarSentencerKind(t *testing.T) {
	tests := []struct {
		name  string
		kinds []string
		want  string
	}{
		{"a term majority", []string{"有期徒刑", "有期徒刑", "死刑"}, "有期徒刑"},
		{"a life majority", []string{"无期徒刑", "无期徒刑", "有期徒刑"}, "无期徒刑"},
		{"a death majority is left to the court", []string{"死刑", "死刑", "无期徒刑"}, "无期徒刑"},
		{"death and no life case", []string{"死刑", "死刑"}, "无期徒刑"},
	}
	for _, tt := range tests {
		var ps []PrecedentSentence
		for i, k := range tt.kinds {
			p := PrecedentSentence{DocID: fmt.Sprint(i), Weight: 1, Kind: k}
			if k == "有期徒刑" {
				p.Months = 120
			}
			ps = append(ps, p)
		}
		r, err := SimilarSentencer{}.Recommend(context.Background(), SentenceQuery{Charge: "故意杀人罪", Precedents: ps})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if r.Kind != tt.want {
			t.Errorf("%s: kind %s, want %s", tt.name, r.Kind, tt.want)
		}
	}
}

func TestDanglingConnective(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"为此。", true},
		{"现。", true},
		{"综上所述，", true},
		{"本院予以支持。", false},
		{"为此，本院不予采纳。", false},
		{"故被告人的辩解不能成立。", false},
	}
	for _, tt := range tests {
		if got := danglingRe.MatchString(tt.sent); got != tt.want {
			t.Errorf("danglingRe(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

func TestReasoningBodyLead(t *testing.T) {
	tests := []struct {
		in, body, lead string
	}{
		{"本院认为，被告人甲的行为已构成盗窃罪，依法应予惩处。为此，依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：",
			"本院认为，被告人甲的行为已构成盗窃罪，依法应予惩处。", "为此，依照"},
		{"本院认为，被告人甲的行为已构成盗窃罪，依法应予惩处。据此，依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：",
			"本院认为，被告人甲的行为已构成盗窃罪，依法应予惩处。", "据此，依照"},
	}
	for _, tt := range tests {
		body, lead := reasoningBody(tt.in)
		if body != tt.body || lead != tt.lead {
			t.Errorf("reasoningBody(%q) = %q, %q; want %q, %q", tt.in, body, lead, tt.body, tt.lead)
		}
	}
}

func TestRivalOf(t *testing.T) {
	tests := []struct {
		name, leader, facts, want string
	}{
		{"a lie, no stealth", "盗窃罪", "被告人沈某甲打电话谎称自己系公司员工，被害人信以为真，将香烟交给被告人沈某甲。", "诈骗罪"},
		{"stealth stays", "盗窃罪", "被告人张某趁无人之机窃取手机一部。", "盗窃罪"},
		{"the bribe given", "受贿罪", "为感谢王某在其承揽工程时提供的帮助，被告人代某给予王某现金50000元。", "行贿罪"},
		{"the bribe taken stays", "受贿罪", "被告人王某收受代某给予的现金50000元。", "受贿罪"},
		{"fire, no blows", "故意伤害罪", "被告人杨某将汽油倒在沙发上，使用打火机点燃沙发酿成火灾，致陈某轻伤二级。", "放火罪"},
		{"drugs held, not sold", "走私、贩卖、运输、制造毒品罪", "被告人王某某将从他人处购得的毒品藏匿于其住处。", "非法持有毒品罪"},
		{"a fall at work, no blows", "故意伤害罪", "因采取安全防护措施不到位，致使被告人宋某雇佣的工人程某从该工地一号楼6楼电梯口摔下死亡。", "重大责任事故罪"},
		{"unsafe conditions, no blows", "故意伤害罪", "该矿安全生产设施不符合国家规定，致井下作业的工人李某死亡。", "重大劳动安全事故罪"},
		{"blows at work stay", "故意伤害罪", "因安全管理问题发生争执，被告人刘某用拳头击打工友王某致其轻伤。", "故意伤害罪"},
		{"neither act told", "盗窃罪", "被告人黄某在停车场将车辆挡风玻璃损坏。", "盗窃罪"},
		{"no rivals", "危险驾驶罪", "被告人陈某酒后驾驶小型轿车。", "危险驾驶罪"},
		{"indecency, no child told", "猥亵儿童罪", "被告人张某在应城市城北办事处热火村观堰鱼塘西侧堤上，见弱智女李某某（重度）独自一人，遂对其进行猥亵。", "强制猥亵、侮辱罪"},
		{"a child's age stays", "猥亵儿童罪", "被告人在奶茶店附近，对被害人谢某某（8岁）采取摸脸部、胸部的方式进行猥亵。", "猥亵儿童罪"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rivalOf(tt.leader, tt.facts); got != tt.want {
				t.Errorf("rivalOf(%s) = %s, want %s", tt.leader, got, tt.want)
			}
		})
	}
}

func TestDefendantChargesUnattributed(t *testing.T) {
	charges := []string{"妨害公务罪", "故意伤害罪"}
	tests := []struct {
		name, facts string
		names       []string
		want        map[string][]string
	}{
		{"all charges one defendant's", "公诉机关认为，被告人任某的行为已构成妨害公务罪、故意伤害罪。被告人崔某、周某阻碍民警执行职务。", []string{"任某", "崔某", "周某"},
			map[string][]string{"任某": {"妨害公务罪", "故意伤害罪"}, "崔某": {"妨害公务罪"}, "周某": {"妨害公务罪"}}},
		{"no one's charges told", "被告人任某、崔某阻碍民警执行职务，并致民警轻伤。", []string{"任某", "崔某"},
			map[string][]string{"任某": {"妨害公务罪", "故意伤害罪"}, "崔某": {"妨害公务罪"}}}, // unreadCharges
		{"each his own", "被告人任某的行为已构成故意伤害罪，被告人崔某的行为已构成妨害公务罪。", []string{"任某", "崔某"},
			map[string][]string{"任某": {"故意伤害罪"}, "崔某": {"妨害公务罪"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := defendantCharges(caseFacts{text: tt.facts}, tt.names, charges, charges)
			for _, n := range tt.names {
				var cs []string
				for _, w := range got[n] {
					cs = append(cs, w.charge)
				}
				if !slices.Equal(cs, tt.want[n]) {
					t.Errorf("%s: %q, want %q", n, cs, tt.want[n])
				}
			}
		})
	}
}
