package legality

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"leian/corpus/extract"
	"leian/corpus/rules"
	"leian/internal/dataset"
)

var (
	libOnce sync.Once
	lib     *rules.Library
	libErr  error
)

// checker is a Checker over the bundle's real rule library.
func checker(tb testing.TB) *Checker {
	tb.Helper()
	dir := dataset.Path(tb, "laws")
	libOnce.Do(func() { lib, libErr = rules.Load(context.Background(), filepath.Dir(dir)) })
	if libErr != nil {
		tb.Fatal(libErr)
	}
	return New(lib)
}

func pen(kind string, months int, fine float64) *extract.Penalty {
	return &extract.Penalty{Kind: kind, Months: months, FineYuan: fine}
}

func codes(rep *Report, sev ...Severity) []string {
	var out []string
	for _, a := range rep.Alerts {
		if len(sev) == 0 || slices.Contains(sev, a.Severity) {
			out = append(out, a.Code)
		}
	}
	return out
}

func TestCheck(t *testing.T) {
	c := checker(t)
	theft := "被告人张某于2019年3月在北京市海淀区某小区入室窃取被害人现金人民币5000元。"
	obscene := "被告人通过网络贩卖淫秽视频文件共计300个，获利人民币2000元。"
	tests := []struct {
		name     string
		o        Outcome
		want     []string // codes of errors and warnings, in order
		wantInfo string
	}{
		{"theft within its tier", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Articles: []string{"264"}, Penalty: pen("有期徒刑", 8, 2000)}}}, nil, ""},
		{"theft above the amount's tier", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: pen("有期徒刑", 60, 5000)}}}, []string{"TERM_ABOVE_TIER"}, ""},
		{"theft above the statute", Outcome{Facts: theft, Defendants: []Defendant{
			{Charges: []string{"盗窃"}, Penalty: pen("有期徒刑", 200, 5000)}}}, []string{"TERM_OUTSIDE_KIND", "TERM_ABOVE_STATUTE"}, ""},
		{"theft without its fine", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: pen("有期徒刑", 8, 0)}}}, []string{"FINE_MISSING"}, ""},
		{"fine unknown", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: pen("有期徒刑", 8, 0), FineUnknown: true}}}, nil, ""},
		{"theft below the threshold", Outcome{Facts: "被告人窃取被害人手机一部，价值人民币800元。", Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: pen("拘役", 3, 1000)}}}, []string{"AMOUNT_BELOW_THRESHOLD"}, ""},
		{"probation above three years", Outcome{Facts: theft, Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: &extract.Penalty{Kind: "有期徒刑", Months: 48, Probation: true, ProbationMonths: 60, FineYuan: 5000}}}},
			[]string{"TERM_ABOVE_TIER", "PROBATION_FORBIDDEN"}, ""},
		{"probation for a recidivist", Outcome{Facts: theft + "被告人张某系累犯。", Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: &extract.Penalty{Kind: "有期徒刑", Months: 10, Probation: true, ProbationMonths: 12, FineYuan: 5000}}}},
			[]string{"PROBATION_FORBIDDEN"}, ""},
		{"probation period too short", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Penalty: &extract.Penalty{Kind: "有期徒刑", Months: 10, Probation: true, ProbationMonths: 6, FineYuan: 5000}}}},
			[]string{"PROBATION_PERIOD_INVALID"}, ""},
		{"drunk driving", Outcome{Facts: "被告人醉酒驾驶机动车。", Defendants: []Defendant{
			{Charges: []string{"危险驾驶罪"}, Articles: []string{"133-1"}, Penalty: pen("拘役", 2, 2000)}}}, nil, ""},
		{"drunk driving with a fixed term", Outcome{Facts: "被告人醉酒驾驶机动车。", Defendants: []Defendant{
			{Charges: []string{"危险驾驶罪"}, Penalty: pen("有期徒刑", 12, 2000)}}}, []string{"TERM_ABOVE_STATUTE"}, ""},
		{"robbery below the statute", Outcome{Facts: "被告人持刀抢劫被害人财物。", Defendants: []Defendant{
			{Charges: []string{"抢劫罪"}, Penalty: pen("有期徒刑", 24, 2000)}}}, []string{"TERM_BELOW_STATUTE"}, ""},
		{"robbery below the statute after surrender", Outcome{Facts: "被告人持刀抢劫被害人财物，后主动投案自首。", Defendants: []Defendant{
			{Charges: []string{"抢劫罪"}, Penalty: pen("有期徒刑", 24, 2000)}}}, nil, "TERM_BELOW_STATUTE"},
		{"robbery below the statute, surrender stated in the facts", Outcome{Facts: "被告人持刀抢劫被害人财物。次日被告人主动到派出所投案。", Defendants: []Defendant{
			{Charges: []string{"抢劫罪"}, Penalty: pen("有期徒刑", 24, 2000)}}}, nil, "TERM_BELOW_STATUTE"},
		{"robbery below the statute, diminished responsibility", Outcome{Facts: "被告人持刀抢劫被害人财物。经鉴定，被告人系尚未完全丧失辨认或者控制自己行为能力的精神病人。", Defendants: []Defendant{
			{Charges: []string{"抢劫罪"}, Penalty: pen("有期徒刑", 24, 2000)}}}, nil, "TERM_BELOW_STATUTE"},
		{"robbery below the statute, surrender denied", Outcome{Facts: "被告人持刀抢劫被害人财物，后被抓获，其到案经过不构成自首，亦非主动投案。", Defendants: []Defendant{
			{Charges: []string{"抢劫罪"}, Penalty: pen("有期徒刑", 24, 2000)}}}, []string{"TERM_BELOW_STATUTE"}, ""},
		{"a blind massage shop is no mitigation", Outcome{Facts: "被告人在其经营的盲人按摩店内持刀抢劫顾客财物。", Defendants: []Defendant{
			{Charges: []string{"抢劫罪"}, Penalty: pen("有期徒刑", 24, 2000)}}}, []string{"TERM_BELOW_STATUTE"}, ""},
		{"articles of another charge", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪"}, Articles: []string{"266", "67"}, Penalty: pen("有期徒刑", 8, 2000)}}},
			[]string{"CHARGE_ARTICLE_MISSING", "ARTICLE_CHARGE_MISMATCH"}, ""},
		{"one legal basis for two defendants", Outcome{Facts: theft, Province: "北京", Articles: []string{"264", "312"}, Defendants: []Defendant{
			{Name: "甲", Charges: []string{"盗窃罪"}, Penalty: pen("有期徒刑", 8, 2000)},
			{Name: "乙", Charges: []string{"掩饰、隐瞒犯罪所得、犯罪所得收益罪"}, Penalty: pen("有期徒刑", 6, 1000)}}}, nil, ""},
		{"a legal basis missing one defendant's article", Outcome{Facts: theft, Province: "北京", Articles: []string{"264"}, Defendants: []Defendant{
			{Name: "甲", Charges: []string{"盗窃罪"}, Penalty: pen("有期徒刑", 8, 2000)},
			{Name: "乙", Charges: []string{"掩饰、隐瞒犯罪所得、犯罪所得收益罪"}, Penalty: pen("有期徒刑", 6, 1000)}}}, []string{"CHARGE_ARTICLE_MISSING"}, ""},
		// CAIL2018 names one crime twice, in its own bracketed spellings;
		// the article cited says which official charge they are.
		{"CAIL's selective names read by the article cited", Outcome{Facts: obscene, Defendants: []Defendant{
			{Charges: []string{"[制造、贩卖、传播]淫秽物品", "[制作、复制、出版、贩卖、传播]淫秽物品牟利"}, Articles: []string{"363"}, Penalty: pen("有期徒刑", 24, 5000)}}}, nil, ""},
		{"CAIL's selective name with the other article", Outcome{Facts: obscene, Defendants: []Defendant{
			{Charges: []string{"[制造、贩卖、传播]淫秽物品"}, Articles: []string{"364"}, Penalty: pen("有期徒刑", 12, 0), FineUnknown: true}}}, nil, ""},
		{"CAIL's selective name, the other article's range", Outcome{Facts: obscene, Defendants: []Defendant{
			{Charges: []string{"[制造、贩卖、传播]淫秽物品"}, Articles: []string{"364"}, Penalty: pen("有期徒刑", 132, 0), FineUnknown: true}}},
			[]string{"TERM_ABOVE_STATUTE"}, ""},
		{"CAIL's selective name without brackets", Outcome{Facts: "被告人组织多名妇女在其经营的足浴店从事卖淫活动。", Defendants: []Defendant{
			{Charges: []string{"组织、强迫、引诱、容留、介绍卖淫"}, Articles: []string{"358"}, Penalty: pen("有期徒刑", 72, 10000)}}}, nil, ""},
		{"an official name is not re-read by a wrong article", Outcome{Facts: "被告人持刀将被害人捅成轻伤。", Defendants: []Defendant{
			{Charges: []string{"故意伤害罪"}, Articles: []string{"134"}, Penalty: pen("有期徒刑", 12, 0)}}},
			[]string{"CHARGE_ARTICLE_MISSING", "ARTICLE_CHARGE_MISMATCH"}, ""},
		{"one defendant's second charge without its article", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪", "抢劫罪"}, Articles: []string{"264"}, Penalty: pen("有期徒刑", 40, 5000)}}}, nil, "CHARGE_ARTICLE_MISSING"},
		{"combined sentence above the sum", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪", "诈骗罪"}, Counts: []Count{{"盗窃罪", *pen("有期徒刑", 24, 3000)}, {"诈骗罪", *pen("有期徒刑", 12, 2000)}},
				Penalty: pen("有期徒刑", 40, 5000)}}}, []string{"COMBINED_SENTENCE_INVALID"}, ""},
		{"combined sentence within art. 69", Outcome{Facts: theft, Province: "北京", Defendants: []Defendant{
			{Charges: []string{"盗窃罪", "诈骗罪"}, Counts: []Count{{"盗窃罪", *pen("有期徒刑", 24, 3000)}, {"诈骗罪", *pen("有期徒刑", 12, 2000)}},
				Penalty: pen("有期徒刑", 30, 5000)}}}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := c.Check(context.Background(), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(rep, Error, Warning); !slices.Equal(got, tt.want) {
				t.Errorf("alerts %v, want %v: %+v", got, tt.want, rep.Alerts)
			}
			if tt.wantInfo != "" && !slices.Contains(codes(rep, Info), tt.wantInfo) {
				t.Errorf("no info %s: %+v", tt.wantInfo, rep.Alerts)
			}
			for _, a := range rep.Alerts {
				if a.Message == "" || len(a.Evidence) == 0 {
					t.Errorf("alert %s without message or evidence", a.Code)
				}
			}
		})
	}
}

func TestCheckRangeBasis(t *testing.T) {
	c := checker(t)
	rep, err := c.Check(context.Background(), Outcome{Facts: "被告人骗取被害人人民币12万元。", Province: "浙江",
		Defendants: []Defendant{{Charges: []string{"诈骗罪"}, Penalty: pen("有期徒刑", 48, 20000)}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Ranges) != 1 || !rep.Ranges[0].Determined || len(rep.Ranges[0].Tiers) != 1 || rep.Ranges[0].Tiers[0].MinMonths != 36 {
		t.Fatalf("range %+v", rep.Ranges)
	}
	rep, err = c.Check(context.Background(), Outcome{Facts: "被告人故意伤害他人。",
		Defendants: []Defendant{{Charges: []string{"故意伤害罪"}, Penalty: pen("有期徒刑", 18, 0)}}})
	if err != nil {
		t.Fatal(err)
	}
	if r := rep.Ranges[0]; r.Determined || len(r.Tiers) != 3 {
		t.Fatalf("undetermined range %+v", r)
	}
}

func TestCheckRefusesBadInput(t *testing.T) {
	c := checker(t)
	ok := Defendant{Charges: []string{"盗窃罪"}, Penalty: pen("有期徒刑", 8, 2000)}
	with := func(f func(d *Defendant)) Outcome {
		d := ok
		p := *ok.Penalty
		d.Penalty = &p
		f(&d)
		return Outcome{Facts: "被告人盗窃。", Defendants: []Defendant{d}}
	}
	tests := []struct {
		name  string
		o     Outcome
		field string
	}{
		{"no defendant", Outcome{Facts: "x"}, "defendants"},
		{"unknown charge", with(func(d *Defendant) { d.Charges = []string{"打人罪"} }), "defendants[0].charges[0]"},
		{"negative term", with(func(d *Defendant) { d.Penalty.Months = -3 }), "defendants[0].penalty.months"},
		{"absurd term", with(func(d *Defendant) { d.Penalty.Months = 9999 }), "defendants[0].penalty.months"},
		{"probation without a term", with(func(d *Defendant) { d.Penalty.Kind, d.Penalty.Months, d.Penalty.Probation = "单处罚金", 0, true }), "defendants[0].penalty.probation"},
		{"unknown kind", with(func(d *Defendant) { d.Penalty.Kind = "劳动教养" }), "defendants[0].penalty.kind"},
		{"unreadable article", with(func(d *Defendant) { d.Articles = []string{"民法典第五条"} }), "defendants[0].articles[0]"},
		{"no penalty", with(func(d *Defendant) { d.Penalty = nil }), "defendants[0].penalty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Check(context.Background(), tt.o)
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != tt.field || ie.Message == "" {
				t.Fatalf("error %v, want an InputError on %s", err, tt.field)
			}
		})
	}
}
