package rules

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func TestTiers(t *testing.T) {
	lib := library(t)
	type tier struct {
		para, lo, hi int
		kinds        string
	}
	tests := []struct {
		art, suf int
		want     []tier
	}{
		{264, 0, []tier{{1, 1, 36, "管制 拘役 有期徒刑 罚金"}, {1, 36, 120, "有期徒刑 罚金"}, {1, 120, 180, "有期徒刑 无期徒刑 罚金 没收财产"}}},
		{266, 0, []tier{{1, 1, 36, "管制 拘役 有期徒刑 罚金"}, {1, 36, 120, "有期徒刑 罚金"}, {1, 120, 180, "有期徒刑 无期徒刑 罚金 没收财产"}}},
		{133, 1, []tier{{1, 1, 6, "拘役 罚金"}}},
		{234, 0, []tier{{1, 1, 36, "管制 拘役 有期徒刑"}, {2, 36, 120, "有期徒刑"}, {2, 120, 180, "有期徒刑 无期徒刑 死刑"}}},
	}
	for _, tt := range tests {
		a := lib.CriminalLaw().find(tt.art, tt.suf)
		if a == nil {
			t.Fatalf("no article %d-%d", tt.art, tt.suf)
		}
		var got []tier
		for _, x := range a.Tiers {
			got = append(got, tier{x.Paragraph, x.MinMonths, x.MaxMonths, strings.Join(x.Kinds, " ")})
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s tiers = %v, want %v", a.Label, got, tt.want)
		}
	}
	a := lib.CriminalLaw().find(264, 0)
	if c := a.Tiers[1].Condition; c != "数额巨大或者有其他严重情节的" {
		t.Errorf("264 tier 2 condition = %q", c)
	}
}

// TestGuideline checks the counts the 2021 guideline really has: part 三
// lists 18 circumstances （一）–（十八）, part 四 23 crimes.
func TestGuideline(t *testing.T) {
	g := library(t).Guideline
	if len(g.Crimes) != 23 || len(g.Circumstances) != 18 {
		t.Fatalf("guideline: %d crimes, %d circumstances; want 23, 18", len(g.Crimes), len(g.Circumstances))
	}
	byName := map[string]CircumstanceRule{}
	for _, c := range g.Circumstances {
		byName[c.Name] = c
	}
	tests := []struct {
		name   string
		lo, hi float64
	}{{"自首", -40, 0}, {"累犯", 10, 40}, {"从犯", -50, -20}, {"认罪认罚", -30, 0}, {"前科", 0, 10}, {"侵害弱势人员", 0, 20}}
	for _, tt := range tests {
		c, ok := byName[tt.name]
		if !ok || len(c.Adjustments) == 0 || c.Adjustments[0].Percent != [2]float64{tt.lo, tt.hi} {
			t.Errorf("circumstance %s = %+v, want first adjustment %v..%v", tt.name, c, tt.lo, tt.hi)
		}
	}
	for _, c := range g.Crimes {
		if len(c.StartingPoints) == 0 {
			t.Errorf("%s: no 量刑起点", c.Charge)
		}
		for _, sp := range c.StartingPoints {
			if sp.MinMonths <= 0 || sp.MaxMonths < sp.MinMonths || sp.Source == "" {
				t.Errorf("%s: starting point %+v", c.Charge, sp)
			}
		}
	}
	theft := g.Crimes[10]
	if theft.Charge != "盗窃罪" || len(theft.StartingPoints) != 3 || len(theft.Increments) == 0 {
		t.Fatalf("crime 11 = %+v", theft)
	}
	if sp := theft.StartingPoints[1]; sp.MinMonths != 36 || sp.MaxMonths != 48 || !strings.Contains(sp.Source, "数额巨大") {
		t.Errorf("盗窃罪 tier 2 = %+v", sp)
	}
	if sp := g.Crimes[1].StartingPoints; len(sp) != 1 || sp[0].MinMonths != 1 || sp[0].MaxMonths != 6 || sp[0].Condition != "构成危险驾驶罪的" {
		t.Errorf("危险驾驶罪 = %+v", sp)
	}
}

func TestThresholds(t *testing.T) {
	lib := library(t)
	if len(lib.Thresholds) != 31*6 {
		t.Fatalf("%d thresholds, want 186", len(lib.Thresholds))
	}
	tests := []struct {
		region, crime, level string
		want                 string
	}{
		{"北京", "盗窃罪", "数额较大", "[{ 2000}]"},
		{"湖北", "盗窃罪", "数额巨大", "[{ 50000} {贫困山区 30000}]"},
		{"湖北", "诈骗罪", "数额较大", "[{ 5000}]"},
		{"广东", "盗窃罪", "数额巨大", "[{一类 100000} {二类 60000}]"},
		{"广东", "诈骗罪", "数额特别巨大", "[{一类 500000} {二类 400000}]"},
		{"江西", "诈骗罪", "数额特别巨大", "[{ 2e+06}]"},
	}
	for _, tt := range tests {
		th, ok := lib.Threshold(tt.region, tt.crime, tt.level)
		if !ok || fmt.Sprint(th.Variants) != tt.want {
			t.Errorf("Threshold(%s, %s, %s) = %v, want %s", tt.region, tt.crime, tt.level, th.Variants, tt.want)
		}
	}
}

func TestParseAmountCell(t *testing.T) {
	tests := []struct{ cell, want string }{
		{"2000", "[{ 2000}]"},
		{"2000/1000（贫困山区）", "[{ 2000} {贫困山区 1000}]"},
		{"10万(一类)/6万(二类)/", "[{一类 100000} {二类 60000}]"},
		{"1.5万", "[{ 15000}]"},
	}
	for _, tt := range tests {
		got, err := parseAmountCell(tt.cell)
		if err != nil || fmt.Sprint(got) != tt.want {
			t.Errorf("parseAmountCell(%q) = %v, %v; want %s", tt.cell, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "约两千", "/"} {
		if _, err := parseAmountCell(bad); err == nil {
			t.Errorf("parseAmountCell(%q): no error", bad)
		}
	}
}

func TestChargeTable(t *testing.T) {
	lib := library(t)
	tests := []struct {
		charge, principal, penalty string
	}{
		{"盗窃", "[{264 0}]", "[]"},
		{"盗窃罪", "[{264 0}]", "[]"},
		{"危险驾驶罪", "[{133 1}]", "[]"},
		{"[走私、贩卖、运输、制造]毒品", "[{347 0}]", "[]"},
		{"受贿", "[{385 0}]", "[{386 0} {383 0}]"},
		{"放火", "[{114 0} {115 0}]", "[]"},
		{"袭警罪", "[{277 0}]", "[]"},
		// A selective charge's first alternative, not 非法出售增值税专用发票罪 (207).
		{"虚开增值税专用发票罪", "[{205 0}]", "[]"},
		{"非法出售增值税专用发票罪", "[{207 0}]", "[]"},
	}
	for _, tt := range tests {
		r, ok := lib.Charges.Lookup(tt.charge)
		if !ok || fmt.Sprint(r.Articles) != tt.principal || fmt.Sprint(r.Penalty) != tt.penalty && !(tt.penalty == "[]" && len(r.Penalty) == 0) {
			t.Errorf("charge %s = %+v, want %s penalty %s", tt.charge, r, tt.principal, tt.penalty)
		}
	}
	if len(lib.Charges) < 450 {
		t.Errorf("only %d charges", len(lib.Charges))
	}
}

func TestCases(t *testing.T) {
	lib := library(t)
	n := map[string]int{}
	for _, c := range lib.Cases {
		n[c.Source]++
	}
	if n["spc"] != 246 || n["spp"] != 218 || n["typical"] != 52 {
		t.Errorf("cases by source = %v, want spc 246, spp 218, typical 52 (laws/案例 holds 52 cases and 4 _index.md stubs, not 56 cases)", n)
	}
	var c192 *GuidingCase
	for _, c := range lib.Cases {
		if c.Source == "spc" && c.Number == 192 {
			c192 = c
		}
	}
	if c192 == nil || c192.Date != "2022年12月26日" || !strings.Contains(strings.Join(c192.Keywords, " "), "人脸识别") ||
		len(c192.Resolved) != 1 || c192.Resolved[0] != "中华人民共和国刑法第二百五十三条之一" || c192.Facts == "" || c192.Reasoning == "" {
		t.Errorf("case 192 = %+v", c192)
	}
}

func TestSearch(t *testing.T) {
	hits := library(t).Search("醉酒驾驶机动车", 10)
	found := false
	for _, h := range hits {
		found = found || h.Article != nil && h.Title == xf && h.Label == "第一百三十三条之一"
	}
	if !found {
		t.Errorf("刑法第一百三十三条之一 not in top 10 for 醉酒驾驶机动车: %v", hits)
	}
}

func TestRulesForCase(t *testing.T) {
	got, err := library(t).RulesForCase(context.Background(), "被告人张某入户盗窃现金3000元，后主动投案自首。", []string{"盗窃"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Label != "第二百六十四条" || got[0].Reason != "罪名盗窃罪对应刑法第二百六十四条" {
		t.Fatalf("first rule = %+v", got)
	}
	var kinds []string
	reasons := map[string]bool{}
	for _, r := range got {
		kinds = append(kinds, r.Kind)
		reasons[r.Reason] = true
	}
	if !strings.Contains(strings.Join(kinds, " "), "interpretation") || !reasons["案情提及“自首”，适用刑法第六十七条"] {
		t.Errorf("rules = %v / %v", kinds, reasons)
	}
}

func FuzzParseAmountCell(f *testing.F) {
	for _, s := range []string{"2000/1000（贫困山区）", "10万(一类)/6万(二类)/", "3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		vs, err := parseAmountCell(s)
		if err == nil && len(vs) == 0 {
			t.Errorf("parseAmountCell(%q): no variants and no error", s)
		}
	})
}
