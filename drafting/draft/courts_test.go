package draft

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"leian/corpus"
	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
)

func TestPlaceOf(t *testing.T) {
	tests := []struct {
		name, place, prov string
	}{
		{"浙江省临海市人民法院", "临海市", "浙"},
		{"临海市人民检察院", "临海市", ""},
		{"江西省南昌市青山湖区人民法院", "青山湖区", "赣"},
		{"南昌市青山湖区人民检察院", "青山湖区", ""},
		{"浙江省台州市中级人民法院", "台州市", "浙"},
		{"北京市朝阳区人民法院", "朝阳区", "京"},
		{"内蒙古自治区科尔沁右翼前旗人民法院", "科尔沁右翼前旗", "内"},
		{"广西壮族自治区南宁市西乡塘区人民法院", "西乡塘区", "桂"},
		{"新疆维吾尔自治区伊犁哈萨克自治州中级人民法院", "伊犁哈萨克自治州", "新"},
		{"北京市通州区人民检察院", "通州区", "京"},
		{"公诉机关", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		place, prov := placeOf(tt.name)
		if place != tt.place || prov != tt.prov {
			t.Errorf("placeOf(%q) = %q, %q; want %q, %q", tt.name, place, prov, tt.place, tt.prov)
		}
	}
}

func TestCaseCodeProv(t *testing.T) {
	tests := []struct{ code, want string }{
		{"浙0304", "浙"}, {"京0105", "京"}, {"临罗", ""}, {"沪", ""}, {"", ""}, {"X01", ""},
	}
	for _, tt := range tests {
		if got := caseCodeProv(tt.code); got != tt.want {
			t.Errorf("caseCodeProv(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// habitCorpus is a store of judgments: id, court, whether it fined, and
// the articles it cites.
type habitCorpus []*corpus.Document

func (c habitCorpus) Each(_ context.Context, fn func(*corpus.Document) error) error {
	for _, d := range c {
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// habitOffline is the offline drafter on the bundle's rule library with
// the court habits of store.
func habitOffline(t *testing.T, store habitCorpus) *Offline {
	t.Helper()
	o := ruledOffline(t)
	h, err := BuildHabits(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	o.Habits = h
	return o
}

// cited reports whether arts holds article n.
func cited(arts []Article, n int) bool {
	return slices.ContainsFunc(arts, func(a Article) bool { return a.Number == n })
}

// citingPrecedents are three similar cases of charges in state st, each
// citing arts.
func citingPrecedents(charges []string, st caseState, arts ...int) []precedent {
	uses := make([]articleUse, len(arts))
	for i, n := range arts {
		uses[i] = articleUse{number: n}
	}
	var out []precedent
	for i := range 3 {
		out = append(out, precedent{id: fmt.Sprint("c", i), charges: charges, articles: uses, state: st})
	}
	return out
}

func habitJudgment(id, court, code string, fine float64, arts ...int) *corpus.Document {
	e := &extract.Elements{Defendants: []extract.Defendant{{Name: "甲", Penalty: &extract.Penalty{Kind: "有期徒刑", Months: 12, FineYuan: fine}}}}
	for _, a := range arts {
		e.Articles = append(e.Articles, cite.Citation{Law: "中华人民共和国刑法", Article: a})
	}
	s := &parse.Structure{Court: court, CaseType: "criminal", Procedure: "一审", CaseNumber: &parse.CaseNumber{Court: code}}
	return &corpus.Document{ID: id, Structure: s, Elements: e}
}

func TestHabit(t *testing.T) {
	store := habitCorpus{
		// 临海: three fining judgments, all citing 52.
		habitJudgment("a1", "浙江省临海市人民法院", "浙1082", 2000, 264, 52, 53),
		habitJudgment("a2", "浙江省临海市人民法院", "浙1082", 3000, 264, 52),
		habitJudgment("a3", "浙江省临海市人民法院", "浙1082", 1000, 264, 52),
		// 椒江 (no province in its name; its case code gives 浙): never.
		habitJudgment("b1", "台州市椒江区人民法院", "浙1002", 2000, 264),
		habitJudgment("b2", "台州市椒江区人民法院", "浙1002", 2000, 264),
		// A judgment without a fine does not count for 52.
		habitJudgment("b3", "台州市椒江区人民法院", "浙1002", 0, 264, 52),
		// 福建: never.
		habitJudgment("c1", "福建省厦门市思明区人民法院", "闽0203", 2000, 264),
		habitJudgment("c2", "福建省厦门市思明区人民法院", "闽0203", 2000, 264),
		// An appeal is no first-instance habit.
		func() *corpus.Document {
			d := habitJudgment("d1", "浙江省临海市人民法院", "浙1082", 2000, 52)
			d.Structure.Procedure = "二审"
			return d
		}(),
	}
	h, err := BuildHabits(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	// The store: 3 of 7 fining judgments cite 52; 浙江: 3 of 5.
	all := 3.0 / 7
	zj := (3 + provinceShrink*all) / (5 + provinceShrink)
	tests := []struct {
		name       string
		prosecutor string
		exclude    []string
		want       float64
		ok         bool
	}{
		{"a court that always cites", "临海市人民检察院", nil, (3 + courtShrink*zj) / (3 + courtShrink), true},
		{"its own judgment left out", "临海市人民检察院", []string{"a1"},
			(2 + courtShrink*((2+provinceShrink*(2.0/6))/(4+provinceShrink))) / (2 + courtShrink), true},
		{"a court that never cites; province from the case code", "台州市椒江区人民检察院", nil, (0 + courtShrink*zj) / (2 + courtShrink), true},
		{"an unknown court of a known province", "浙江省宁波市海曙区人民检察院", nil, (0 + courtShrink*zj) / (0 + courtShrink), true},
		{"an unknown place", "某某县人民检察院", nil, 0, false},
		{"no prosecutor", "", nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := h.habit(bench{prosecutor: tt.prosecutor, exclude: tt.exclude}, 52, fined, caseState{fine: true})
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("habit = %.4f, %v; want %.4f, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	var none *Habits
	if _, _, ok := none.habit(bench{prosecutor: "临海市人民检察院"}, 52, fined, caseState{fine: true}); ok {
		t.Error("no habits, yet a habit")
	}
}

// TestArticlesFollowTheCourtsHabit: where the store knows the prosecutor's
// court, its own judgments in the draft's state decide 第五十二、五十三、
// 六十一条, whatever the similar cases of other courts cite; the case's
// own judgments are not read; an unknown court leaves it to the cases.
func TestArticlesFollowTheCourtsHabit(t *testing.T) {
	store := habitCorpus{}
	for i := range 6 {
		// 临海 cites 52, 53 and 61 whenever it fines; 思明 never does.
		store = append(store, habitJudgment(fmt.Sprint("lh", i), "浙江省临海市人民法院", "浙1082", 2000, 264, 52, 53, 61))
		store = append(store, habitJudgment(fmt.Sprint("sm", i), "福建省厦门市思明区人民法院", "闽0203", 2000, 264))
	}
	o := habitOffline(t, store)
	citing, silent := make([]precedent, 6), make([]precedent, 6)
	for i := range 6 {
		citing[i] = precedent{id: fmt.Sprint("c", i), charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}, {number: 52}, {number: 53}, {number: 61}}, state: caseState{fine: true}}
		silent[i] = precedent{id: fmt.Sprint("s", i), charges: []string{"盗窃罪"}, articles: []articleUse{{number: 264}}, state: caseState{fine: true}}
	}
	lh := make([]string, 6)
	for i := range lh {
		lh[i] = fmt.Sprint("lh", i)
	}
	tests := []struct {
		name  string
		where bench
		same  []precedent
		want  bool // 52, 53 and 61 cited
	}{
		{"a court that cites them, cases silent", bench{prosecutor: "临海市人民检察院"}, silent, true},
		{"a court that never does, cases citing", bench{prosecutor: "厦门市思明区人民检察院"}, citing, false},
		{"the court's judgments are the case's own", bench{prosecutor: "临海市人民检察院", exclude: lh}, silent, false},
		{"an unknown court: the cases decide", bench{prosecutor: "某某县人民检察院"}, citing, true},
		{"no prosecutor: the cases decide", bench{}, silent, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[int]bool{}
			for _, a := range o.articles([]string{"盗窃罪"}, caseFacts{}, caseState{fine: true}, tt.same, tt.where) {
				got[a.Number] = true
			}
			for _, n := range []int{52, 53, 61} {
				if got[n] != tt.want {
					t.Errorf("第%d条 cited %v, want %v (%v)", n, got[n], tt.want, got)
				}
			}
		})
	}
}

// TestCourtFromFacts: with no prosecutor the store knows, the court is
// the place the facts name most often among those the store has
// judgments of; a city named before its district gives way to it.
func TestCourtFromFacts(t *testing.T) {
	h, err := BuildHabits(context.Background(), habitCorpus{
		habitJudgment("a", "湖南省长沙市雨花区人民法院", "湘0111", 2000, 264),
		habitJudgment("b", "湖南省长沙市中级人民法院", "湘01", 2000, 264),
		habitJudgment("c", "重庆市梁平县人民法院", "渝0228", 2000, 347),
		habitJudgment("d", "浙江省临海市人民法院", "浙1082", 2000, 133),
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		where       bench
		place, prov string
	}{
		{"the prosecutor's court", bench{prosecutor: "临海市人民检察院", facts: "在长沙市雨花区"}, "临海市", "浙"},
		{"a district, not its city", bench{facts: "被告人在其租住的长沙市雨花区马王堆中路旅馆内"}, "雨花区", "湘"},
		{"the city alone", bench{facts: "被告人在长沙市某小区"}, "长沙市", "湘"},
		{"the place named most often", bench{facts: "在长沙市某地购得毒品，后在梁平县红十字医院附近贩卖，被梁平县公安局民警抓获"}, "梁平县", "渝"},
		{"an unknown prosecutor: the facts", bench{prosecutor: "某某县人民检察院", facts: "在梁平县"}, "梁平县", "渝"},
		{"no place the store knows", bench{facts: "在某某县某镇"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if place, prov := h.court(tt.where); place != tt.place || prov != tt.prov {
				t.Errorf("court = %q, %q; want %q, %q", place, prov, tt.place, tt.prov)
			}
		})
	}
}
