package draft

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"leian/corpus/rules"
	"leian/internal/dataset"
)

func TestAllegedCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"indictment", "公诉机关指控被告人张三犯盗窃罪，提请本院依法判处。", []string{"盗窃罪"}},
		{"to be prosecuted as", "其行为已触犯《中华人民共和国刑法》第二百六十四条，应当以盗窃罪追究其刑事责任。", []string{"盗窃罪"}},
		{"several listed", "应当以故意杀人罪、以危险方法危害公共安全罪、寻衅滋事罪追究其刑事责任。", []string{"故意杀人罪", "以危险方法危害公共安全罪", "寻衅滋事罪"}},
		{"joined by 和", "对公诉机关指控其犯故意伤害罪和贩卖毒品罪的事实无异议。", []string{"故意伤害罪", "贩卖毒品罪"}},
		{"allegation beats a former conviction", "被告人王某曾因犯寻衅滋事罪被判处有期徒刑一年。公诉机关指控被告人王某犯抢劫罪。", []string{"抢劫罪"}},
		{"former conviction left out", "被告人李某2014年8月8日因犯盗窃罪被本院判处有期徒刑六个月。2018年3月，被告人李某在某地殴打他人，后因涉嫌犯寻衅滋事罪被刑事拘留。", []string{"寻衅滋事罪"}},
		{"former sentence 判刑 left out", "证明被告人王某因犯贩卖毒品罪曾被判刑。被告人朱某非法持有毒品，被告人王某犯非法持有毒品罪。", []string{"非法持有毒品罪"}},
		{"arrest for this case kept", "被告人赵某因涉嫌犯抢劫罪被刑事拘留。", []string{"抢劫罪"}},
		{"a third person's sentence in the allegation left out", "公诉机关指控： 2013年6月，被告人李永泉从被告人谭信国处得知被害人李某1想“找关系”保释犯抢劫罪被判刑的儿子，遂指使被告人谭信国从李某1处骗钱。公诉机关认为应以诈骗罪追究被告人李永泉、谭信国、陈孝奎的刑事责任。", []string{"诈骗罪"}},
		{"a co-offender's sentence left out", "同案犯张某甲因犯盗窃罪被判处有期徒刑一年。被告人李某犯盗窃罪。", []string{"盗窃罪"}},
		{"none", "被告人赵某在超市内窃取商品，价值人民币300元。", nil},
		// 隐瞒犯罪所得罪 holds 犯罪, not 犯 and a charge 罪所得罪.
		{"犯罪 inside a charge's name", "被告人钱某明知是赃物而予以收购，犯罪所得罪名待定，被告人孙某犯盗窃罪。", []string{"盗窃罪"}},
		{"only 犯罪 inside a name", "认为被告人李某的行为构成掩饰、隐瞒犯罪所得罪。", nil},
		{"comma before 追究", "被告人王瑞以暴力手段强制猥亵妇女，应当以强制猥亵妇女罪，追究其刑事责任。", []string{"强制猥亵妇女罪"}},
		{"victim's agent's view left out", "公诉机关指控被告人张某某犯故意伤害罪。被害人的诉讼代理人认为被告人张某某的行为构成故意杀人罪，应以故意杀人罪追究其刑事责任。", []string{"故意伤害罪"}},
		{"civil plaintiff's claim left out", "应当以故意伤害罪追究其刑事责任。附带民事诉讼原告人的诉讼请求是：应当以故意杀人罪追究被告人刘某的刑事责任。", []string{"故意伤害罪"}},
		{"dropped charge left out", "被告人吴某因涉嫌犯危险驾驶罪被义乌市人民检察院决定不起诉。被告人吴某犯强奸罪。", []string{"强奸罪"}},
		{"a former conviction in the evidence of the allegation", "公诉机关还列举了下列证据证实其指控： 1、刑事判决书、释放证明证实，被告人夏某曾因犯抢劫罪，于2008年12月2日被曲靖市中级人民法院判处有期徒刑六年。应当以故意伤害罪追究其刑事责任。", []string{"故意伤害罪"}},
		{"several to be punished together", "应当以强奸罪、抢劫罪数罪并罚追究其刑事责任。", []string{"强奸罪", "抢劫罪"}},
		{"to be punished as", "之规定，以非法拘禁罪处罚。", []string{"非法拘禁罪"}},
		{"alleged as suspected", "现公诉机关指控被告人朱某涉嫌对非国家工作人员行贿罪。", []string{"对非国家工作人员行贿罪"}},
		{"each to be prosecuted for his own",
			"被告人毛运波纠集王金涛、张浪等多人持械与他人发生斗殴，应当以故意伤害罪追究其刑事责任。被告人王金涛、张浪持械积极参加聚众斗殴，其行为已触犯《中华人民共和国刑法》第二百九十二条第一款第（二）项和第（四）项、第二十五条第一款的规定，应当以聚众斗殴罪分别追究其刑事责任。",
			[]string{"故意伤害罪", "聚众斗殴罪"}},
		{"another's detention is no allegation", "黄梅县人民检察院指控： 1、收受李某1财物4500元 2018年3月，刘某因涉嫌贷款诈骗罪被羁押。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := allegedCharges(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("allegedCharges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestConstitutedCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"the acts constitute", "公诉机关认为，被告人储某的行为构成盗窃罪，被告人李某的行为构成掩饰、隐瞒犯罪所得罪。", []string{"盗窃罪", "掩饰、隐瞒犯罪所得罪"}},
		{"each and again", "二被告人均构成抢劫罪，被告人王某又构成寻衅滋事罪。", []string{"抢劫罪", "寻衅滋事罪"}},
		{"denied", "辩护人提出被告人的行为不构成诈骗罪。", nil},
		{"an injury is no charge", "经鉴定，被害人的损伤构成轻伤二级。", nil},
		{"once", "其行为已构成盗窃罪。其行为已构成盗窃罪。", []string{"盗窃罪"}},
		{"listed", "其行为构成敲诈勒索罪、寻衅滋事罪，应依法惩处。", []string{"敲诈勒索罪", "寻衅滋事罪"}},
		{"listed after one on another's crime", "被告人俞某的行为构成掩饰、隐瞒犯罪所得罪、盗窃罪。", []string{"掩饰、隐瞒犯罪所得罪", "盗窃罪"}},
		{"the next finding", "认为被告人甲之行为已构成重大责任事故罪、被告人乙、丙之行为均已构成不报、谎报安全事故罪。", []string{"重大责任事故罪", "不报、谎报安全事故罪"}},
		{"also", "其行为已构成危险驾驶罪；其行为亦构成妨害公务罪。", []string{"危险驾驶罪", "妨害公务罪"}},
		{"the victim's agent's view", "公诉机关认为被告人的行为构成故意伤害罪。被害人的诉讼代理人认为被告人的行为构成故意杀人罪。", []string{"故意伤害罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := constitutedCharges(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("constitutedCharges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAllegedCites(t *testing.T) {
	facts := "其行为已触犯《中华人民共和国刑法》第二百六十四条、第二十五条第一款、第六十七条第三款、第七十二条、第五十二条之规定，" +
		"并依照《最高人民法院关于审理盗窃案件具体应用法律若干问题的解释》第一条之规定。"
	f := readFacts(facts)
	type art struct{ n, para int }
	tests := []struct {
		name    string
		onNamed bool
		want    []art
	}{
		// Probation and the fine follow the draft's verdict; the
		// interpretation's 第一条 is not the Criminal Law's.
		{"on the named charge", true, []art{{264, 0}, {25, 1}, {67, 3}}},
		// Another charge than the facts name: its article would contradict it.
		{"on another charge", false, []art{{25, 1}, {67, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []art
			for _, c := range allegedCites(f, tt.onNamed) {
				got = append(got, art{c.Article, c.Paragraph})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("allegedCites = %v, want %v", got, tt.want)
			}
		})
	}
}

// The allegation's articles decide among the similar cases' charges, and
// add a second charge only when its own article is cited.
func TestChargeVoteFollowsCitedArticles(t *testing.T) {
	o := ruledOffline(t)
	cases := func(charges ...[]string) []precedent {
		var out []precedent
		for i, cs := range charges {
			out = append(out, precedent{id: strconv.Itoa(i), charges: cs})
		}
		return out
	}
	fight, hurt, obstruct := []string{"寻衅滋事罪"}, []string{"故意伤害罪"}, []string{"妨害公务罪"}
	gamble, den := []string{"赌博罪"}, []string{"开设赌场罪"}
	tests := []struct {
		name, facts string
		precs       []precedent
		want        []string
	}{
		{"an official name only", "被告人张某对指控其犯非法吸收公众存款的事实和罪名无异议。", cases(fight, fight, hurt), []string{"寻衅滋事罪"}},
		{"the vote without citations", "被告人张某殴打被害人李某。", cases(fight, fight, hurt), []string{"寻衅滋事罪"}},
		{"the cited article outranks the vote", "被告人张某殴打被害人李某，其行为已触犯《中华人民共和国刑法》第二百三十四条第一款。", cases(fight, fight, hurt), []string{"故意伤害罪"}},
		{"a second charge whose article is cited", "被告人张某殴打被害人李某，其行为已触犯《中华人民共和国刑法》第二百三十四条第一款、第二百七十七条第一款。", cases(hurt, hurt, obstruct), []string{"故意伤害罪", "妨害公务罪"}},
		{"not a second charge of the same article", "被告人张某开设赌场，抽头渔利，其行为已触犯《中华人民共和国刑法》第三百零三条。", cases(den, gamble, gamble), []string{"开设赌场罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := o.charges(Request{}, readFacts(tt.facts), tt.precs)
			if !slices.Equal(got, tt.want) {
				t.Errorf("charges = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAllegedFinding(t *testing.T) {
	tests := []struct{ facts, want string }{
		{"公诉机关认为被告人邓红违背妇女意志，奸淫妇女，其行为触犯了《中华人民共和国刑法》第二百三十六条第一款之规定，应当以强奸罪追究其刑事责任。",
			"被告人邓红违背妇女意志，奸淫妇女，其行为已构成强奸罪。"},
		{"据此，公诉机关认为，被告人甲、乙在抢劫中使用暴力致人死亡，其行为均已构成抢劫罪，提请本院依法判处。",
			"被告人甲、乙在抢劫中使用暴力致人死亡，其行为均已构成抢劫罪。"},
		{"认为被告人陈川的行为构成诈骗罪，数额巨大，应依据《中华人民共和国刑法》第二百六十六条之规定处罚。",
			"被告人陈川的行为构成诈骗罪，数额巨大。"},
		{"被告人甲于2018年5月窃得手机一部。", ""},
		// tune 06679202: the request came after 并.
		{"公诉机关认为，被告人温某的行为已构成故意毁坏财物罪，并诉请本院依法判处。",
			"被告人温某的行为已构成故意毁坏财物罪。"},
	}
	for _, tt := range tests {
		if got := allegedFinding(tt.facts, []string{"强奸罪"}); got != tt.want {
			t.Errorf("allegedFinding(%q) = %q, want %q", tt.facts, got, tt.want)
		}
	}
}

// The finding is read from outside text: whatever the facts say, it is
// empty or one sentence that names no law (a law would be scored as cited).
func FuzzAllegedFinding(f *testing.F) {
	f.Add("公诉机关认为被告人甲的行为已触犯《中华人民共和国刑法》第二百六十四条之规定，应当以盗窃罪追究其刑事责任。")
	f.Add("认为被告人乙的行为构成诈骗罪，应依据《刑法》第二百六十六条之规定处罚。")
	f.Add("其行为。")
	f.Fuzz(func(t *testing.T, facts string) {
		got := allegedFinding(facts, []string{"盗窃罪"})
		if got != "" && (!strings.HasSuffix(got, "。") || strings.Contains(got, "《")) {
			t.Errorf("allegedFinding(%q) = %q", facts, got)
		}
	})
}

// Facts that name no charge the allegation's way still say what the acts
// constitute; that outranks the similar cases' vote.
func TestChargeFromWhatActsConstitute(t *testing.T) {
	o := ruledOffline(t)
	precs := []precedent{{id: "a", charges: []string{"强奸罪"}}, {id: "b", charges: []string{"强奸罪"}}}
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"constituted", "公诉机关认为，被告人张某以暴力劫取他人财物，其行为已构成抢劫罪。", []string{"抢劫罪"}},
		{"the allegation first", "公诉机关指控被告人张某犯抢夺罪。其行为已构成抢劫罪。", []string{"抢夺罪"}},
		{"denied: the vote", "辩护人认为被告人张某的行为不构成抢劫罪。", []string{"强奸罪"}},
		// The fence's charge is listed after the thief's, and the crime it
		// presupposes is the case's when only the fence's is alleged.
		{"on another's crime last", "被告人王某的行为构成掩饰、隐瞒犯罪所得罪，被告人李某的行为构成盗窃罪。", []string{"盗窃罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"}},
		{"the crime it presupposes", "公诉机关指控被告人王某犯掩饰、隐瞒犯罪所得罪。公诉机关认为，被告人李某的行为构成盗窃罪。", []string{"盗窃罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"}},
		{"alleged with others", "公诉机关指控被告人王某犯掩饰、隐瞒犯罪所得罪、盗窃罪。被告人李某的行为构成抢劫罪。", []string{"盗窃罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := o.charges(Request{}, readFacts(tt.facts), precs)
			if !slices.Equal(got, tt.want) {
				t.Errorf("charges = %v, want %v", got, tt.want)
			}
		})
	}
}

// A circumstance's article follows the circumstance the facts state, the
// fine's and probation's the draft's verdict, and
// several defendants with an accomplice are a joint crime with a principal,
// whatever the similar cases cite.
func TestCircumstanceArticlesFollowFacts(t *testing.T) {
	o := ruledOffline(t)
	cite := func(ns ...int) []articleUse {
		var out []articleUse
		for _, n := range ns {
			out = append(out, articleUse{number: n})
		}
		return out
	}
	// Cases that cite every circumstance's article, in every state.
	var habit []precedent
	for i := range 6 {
		habit = append(habit, precedent{id: strconv.Itoa(i), charges: []string{"盗窃罪"}, articles: cite(264, 23, 25, 26, 27, 52, 53, 65, 68, 72, 73)})
	}
	// Cases that cite none of them: single defendants, or joint crimes
	// with an accomplice.
	silent := func(st caseState) []precedent {
		var out []precedent
		for i := range 6 {
			out = append(out, precedent{id: strconv.Itoa(i), charges: []string{"盗窃罪"}, articles: cite(264), state: st})
		}
		return out
	}
	accomplice := caseState{multi: true, circs: []string{"从犯"}}
	tests := []struct {
		name  string
		st    caseState
		same  []precedent
		cited []int
		not   []int
	}{
		{"one defendant, no circumstance, no fine, no probation", caseState{}, habit, []int{264}, []int{23, 25, 26, 27, 52, 53, 65, 68, 72, 73}},
		{"fined and suspended", caseState{fine: true, probation: true}, habit, []int{52, 53, 72, 73}, nil},
		{"recidivist, attempt and merit stated", caseState{circs: []string{"累犯", "未遂", "立功"}}, habit, []int{264, 23, 65, 68}, []int{25, 26, 27}},
		{"several defendants, no accomplice named", caseState{multi: true}, habit, []int{25}, []int{26, 27}},
		// The law calls for 第二十五、二十六条 when no case shares the state,
		// and the cases that do can still say otherwise.
		{"an accomplice among several", accomplice, silent(caseState{}), []int{25, 26}, nil},
		{"an accomplice among several, like cases silent", accomplice, silent(accomplice), nil, []int{25, 26}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[int]bool{}
			for _, a := range o.articles([]string{"盗窃罪"}, caseFacts{circs: tt.st.circs}, tt.st, tt.same, bench{}) {
				got[a.Number] = true
			}
			for _, n := range tt.cited {
				if !got[n] {
					t.Errorf("第%d条 not cited: %v", n, got)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("第%d条 cited: %v", n, got)
				}
			}
		})
	}
}

// ruledOffline is an offline drafter holding the bundle's rule library; a
// missing bundle fails the test, as every test on real data does.
func ruledOffline(t *testing.T) *Offline {
	t.Helper()
	data, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := rules.Load(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	return &Offline{Rules: lib}
}
