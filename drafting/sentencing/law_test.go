package sentencing

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"leian/corpus/rules"
	"leian/internal/dataset"
)

var (
	bookOnce sync.Once
	book     *LawBook
	bookErr  error
)

func loadBook(t *testing.T) *LawBook {
	t.Helper()
	dir := filepath.Dir(dataset.Path(t, "laws"))
	bookOnce.Do(func() {
		lib, err := rules.Load(context.Background(), dir)
		if err == nil {
			book = NewLawBook(lib)
		}
		bookErr = err
	})
	if bookErr != nil {
		t.Fatal(bookErr)
	}
	return book
}

func TestLawBookTiers(t *testing.T) {
	b := loadBook(t)
	tests := []struct {
		charge   string
		tiers    int
		trigger  string
		fine     string
		topLife  bool
		guidance bool
	}{
		{"盗窃", 3, TriggerAmount, "并处或者单处罚金", true, true},
		{"[走私、贩卖、运输、制造]毒品", 4, TriggerQuantity, "并处罚金", true, true},
		{"故意伤害罪", 3, TriggerBasic, "", true, true},
		{"危险驾驶", 1, TriggerBasic, "并处罚金", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.charge, func(t *testing.T) {
			cl, ok := b.Charge(tt.charge)
			if !ok {
				t.Fatalf("no law for %s", tt.charge)
			}
			if len(cl.Tiers) != tt.tiers || cl.Tiers[0].Trigger != tt.trigger || cl.Tiers[0].Fine != tt.fine {
				t.Fatalf("tiers %+v", cl.Tiers)
			}
			if top := cl.Tiers[len(cl.Tiers)-1]; top.Life != tt.topLife {
				t.Errorf("top tier %+v: life %v, want %v", top, top.Life, tt.topLife)
			}
			if (cl.Guideline != nil) != tt.guidance {
				t.Errorf("guideline %v, want %v", cl.Guideline != nil, tt.guidance)
			}
		})
	}
	// 第三百四十七条 第二款 is a fixed fifteen years, life or death.
	cl, _ := b.Charge("走私、贩卖、运输、制造毒品罪")
	if top := cl.Tiers[len(cl.Tiers)-1]; top.MinMonths != 180 || !top.Death {
		t.Errorf("art. 347 top tier %+v: want 十五年有期徒刑、无期徒刑或者死刑", top)
	}
}

func TestGuidelineArithmetic(t *testing.T) {
	b := loadBook(t)
	cl, _ := b.Charge("盗窃罪")
	base := b.arithmetic(cl, ReadFacts("被告人在北京市盗窃现金人民币8000元。", ""))
	mitigated := b.arithmetic(cl, ReadFacts("被告人在北京市盗窃现金人民币8000元。被告人主动投案，构成自首，并退赃退赔。", ""))
	if base.Tier == nil || base.Tier.Level != "" && !strings.Contains(base.Steps[0].Detail, "北京") {
		t.Fatalf("tier step %+v: want Beijing's standards", base.Steps)
	}
	if base.Range[0] > base.Months || base.Range[1] < base.Months {
		t.Errorf("guideline range %v does not hold its point %v", base.Range, base.Months)
	}
	if !(mitigated.Months < base.Months) || base.Months < 1 || base.Months > 36 {
		t.Errorf("months %v then %v with 自首 and 退赃: want a reduction inside the first tier", base.Months, mitigated.Months)
	}
	var names []string
	for _, s := range mitigated.Steps {
		names = append(names, s.Stage+":"+s.Name)
	}
	if got := strings.Join(names, ","); got != "法定刑档:数额较大,量刑起点:量刑起点,基准刑:基准刑,调节:自首,调节:退赃退赔" {
		t.Errorf("steps %s: want tier, starting point, 基准刑, then 自首 before 退赃退赔 (the guideline's order)", got)
	}
	big := b.arithmetic(cl, ReadFacts("被告人在北京市盗窃现金人民币80万元。", ""))
	if big.Tier == nil || big.Tier.MinMonths != 120 {
		t.Errorf("800000 yuan in Beijing: tier %+v, want 数额特别巨大", big.Tier)
	}
}

func TestEstimateFieldErrors(t *testing.T) {
	e := &Estimator{Book: loadBook(t)}
	tests := []struct {
		name  string
		c     Case
		field string
	}{
		{"no facts", Case{Charges: []string{"盗窃"}}, "facts"},
		{"facts too short", Case{Facts: "盗窃"}, "facts"},
		{"unknown charge", Case{Facts: "被告人在北京市盗窃现金人民币8000元。", Charges: []string{"飞行罪"}}, "charges[0]"},
		{"no charge and no predictor", Case{Facts: "被告人在北京市盗窃现金人民币8000元。"}, "charges"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.Estimate(context.Background(), tt.c)
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field {
				t.Fatalf("err %v, want a field error on %s", err, tt.field)
			}
		})
	}
}

func TestCoverage(t *testing.T) {
	b := loadBook(t)
	rows := b.Coverage(map[string]int{"盗窃罪": 10, "故意杀人罪": 3})
	if len(rows) < 400 || rows[0].Charge != "盗窃罪" {
		t.Fatalf("%d rows, first %+v: want every charge, the most frequent first", len(rows), rows[0])
	}
	if r := rows[0]; r.Tiers != 3 || !r.Guideline || !r.Amounts || r.Reason != "" {
		t.Errorf("盗窃罪 %+v: want tiers, guideline and amount standards, no gap", r)
	}
	if r := rows[1]; r.Charge != "故意杀人罪" || r.Guideline || !strings.Contains(r.Reason, "量刑指导意见") {
		t.Errorf("故意杀人罪 %+v: want no guideline rule, and the reason said", r)
	}
}

// TestSelectTier: the tier the facts fall in, where the statute's wording
// hides it (a top tier written as 有下列情形之一, a 情节较轻 tier listed
// first, a harm tier that needs flight).
func TestSelectTier(t *testing.T) {
	b := loadBook(t)
	tests := []struct {
		name, charge, facts string
		min, max            int
	}{
		{"heroin over 50 g is art. 347's top tier", "[走私、贩卖、运输、制造]毒品", "公安民警当场从刘某身上查获毒品海洛因18块，净重6270克。", 180, 180},
		{"methamphetamine of 10 to 50 g", "[走私、贩卖、运输、制造]毒品", "被告人贩卖甲基苯丙胺（净重14.6克）给徐某。", 84, 180},
		{"homicide is not 情节较轻 unless stated", "故意杀人", "被告人持刀朝被害人胸部连刺数刀，致被害人经抢救无效死亡。", 120, 180},
		{"homicide stated 情节较轻", "故意杀人", "被告人因长期遭受家庭暴力将被害人杀死，属情节较轻。", 36, 120},
		{"a death at the scene is the basic tier", "交通肇事", "被告人驾驶小型轿车与被害人驾驶的电动车相撞，致被害人当场死亡。", 1, 36},
		{"flight after the accident", "交通肇事", "被告人驾驶小型轿车与被害人相撞，致被害人当场死亡，被告人驾车逃逸。", 36, 84},
		{"serious injury in an assault", "故意伤害", "经鉴定，被害人的损伤程度为重伤二级。", 36, 120},
		{"ketamine counts at a tenth of heroin", "[走私、贩卖、运输、制造]毒品", "被告人将净重24.4克的毒品K粉贩卖给覃某。", 1, 36},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl, ok := b.Charge(tt.charge)
			if !ok {
				t.Fatalf("no law for %s", tt.charge)
			}
			i, _ := b.selectTier(cl, ReadFacts(tt.facts, ""))
			if got := cl.Tiers[i]; got.MinMonths != tt.min || got.MaxMonths != tt.max {
				t.Errorf("tier %s (%d–%d months), want %d–%d", got.Condition, got.MinMonths, got.MaxMonths, tt.min, tt.max)
			}
		})
	}
}

func TestDrugLarge(t *testing.T) {
	large := loadBook(t).drugLarge
	tests := []struct {
		drug  string
		grams float64
	}{
		{"海洛因", 50}, {"鸦片", 1000}, {"可卡因", 50}, {"MDMA", 100}, {"吗啡", 100}, {"哌替啶", 250}, {"度冷丁", 250},
		{"氯胺酮", 500}, {"大麻叶", 150000}, {"大麻烟", 150000}, {"大麻油", 5000}, {"二氢埃托啡", 0.01}, {"咖啡因", 200000},
	}
	for _, tt := range tests {
		if got := large[tt.drug]; got != tt.grams {
			t.Errorf("数量大 of %s = %v g, want %v", tt.drug, got, tt.grams)
		}
	}
	// Every drug the fact reader names has a standard to convert it by.
	for written, name := range drugNames {
		if large[name] <= 0 {
			t.Errorf("%s (%s) has no 数量大 standard", written, name)
		}
	}
}

func TestHeroinGrams(t *testing.T) {
	b := loadBook(t)
	tests := []struct {
		name  string
		drugs map[string]float64
		grams float64
		other bool
	}{
		{"heroin and methamphetamine add up", map[string]float64{"海洛因": 3, "甲基苯丙胺": 2}, 5, false},
		{"ketamine at a tenth", map[string]float64{"氯胺酮": 24.4}, 2.44, true},
		{"an unnamed drug counts as heroin", map[string]float64{"毒品": 0.36}, 0.36, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			grams, other := b.heroinGrams(Facts{Drugs: tt.drugs})
			if math.Abs(grams-tt.grams) > 1e-9 || other != tt.other {
				t.Errorf("heroinGrams = %v, %v; want %v, %v", grams, other, tt.grams, tt.other)
			}
		})
	}
}

func TestCeiling(t *testing.T) {
	b := loadBook(t)
	tests := []struct {
		name    string
		charges []string
		facts   string
		months  int
		life    bool
	}{
		{"an amount under a province standard settles the tier", []string{"盗窃"}, "被告人在北京市盗窃现金人民币8000元。", 36, false},
		{"an injury settles the tier", []string{"故意伤害"}, "经鉴定，被害人的损伤程度为轻伤一级。", 36, false},
		{"an amount without a standard leaves the graver tiers open", []string{"合同诈骗"}, "被告人骗取被害单位货款人民币80万元。", 180, true},
		{"a small drug quantity leaves 情节严重 open", []string{"[走私、贩卖、运输、制造]毒品"}, "被告人将0.2克海洛因卖给岳某。", 84, false},
		{"two charges add up (art. 69)", []string{"盗窃", "故意伤害"}, "被告人在北京市盗窃现金人民币8000元。经鉴定，被害人的损伤程度为轻伤一级。", 72, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var charges []string
			for _, c := range tt.charges {
				cl, ok := b.Charge(c)
				if !ok {
					t.Fatalf("no law for %s", c)
				}
				charges = append(charges, cl.Charge)
			}
			if got := b.ceiling(charges, ReadFacts(tt.facts, "")); got.Months != tt.months || got.Life != tt.life {
				t.Errorf("ceiling %+v, want %d months, life %v", got, tt.months, tt.life)
			}
		})
	}
}
