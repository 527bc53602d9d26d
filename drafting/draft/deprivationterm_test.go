package draft

import (
	"fmt"
	"strings"
	"testing"

	"leian/corpus"
	"leian/corpus/extract"
)

// longJudgment is a stored judgment of court sentencing its defendant to
// months of prison for charge, with the verdict's accessory penalty.
func longJudgment(id, court, code, charge string, months int, accessory ...string) *corpus.Document {
	d := habitJudgment(id, court, code, 0, 264)
	d.Elements.Charges = []string{charge}
	d.Elements.Defendants[0].Penalty = &extract.Penalty{Kind: "有期徒刑", Months: months, Accessory: accessory}
	return d
}

// TestTermDeprivation: a long fixed term is deprived of political rights
// for the years beyond ten when the court deprives most of its own long
// terms (not counting bribery and office crimes), and cites 第五十五条第一
// 款、第五十六条第一款; a court that does not, a short or suspended term,
// and bribery alone are left as they were.
func TestTermDeprivation(t *testing.T) {
	var store habitCorpus
	for i := range 6 {
		// 朝阳 deprives its long terms, 思明 never does; bribery is not
		// counted, nor are shorter terms.
		store = append(store,
			longJudgment(fmt.Sprint("cy", i), "北京市朝阳区人民法院", "京0105", "诈骗罪", 168, "剥夺政治权利三年"),
			longJudgment(fmt.Sprint("cyb", i), "北京市朝阳区人民法院", "京0105", "受贿罪", 144),
			longJudgment(fmt.Sprint("cys", i), "北京市朝阳区人民法院", "京0105", "诈骗罪", 36),
			longJudgment(fmt.Sprint("sm", i), "福建省厦门市思明区人民法院", "闽0203", "诈骗罪", 132),
		)
	}
	o := habitOffline(t, store)
	beijing, xiamen := bench{prosecutor: "北京市朝阳区人民检察院"}, bench{prosecutor: "厦门市思明区人民检察院"}
	tests := []struct {
		name    string
		where   bench
		charges []string
		p       Penalty
		years   int
		words   string
	}{
		{"十二年, a court that deprives", beijing, []string{"诈骗罪"}, Penalty{Kind: "有期徒刑", Months: 144}, 2, "，剥夺政治权利二年"},
		{"十年: one year", beijing, []string{"抢劫罪"}, Penalty{Kind: "有期徒刑", Months: 120}, 1, "，剥夺政治权利一年"},
		{"十五年: five years", beijing, []string{"贩卖毒品罪"}, Penalty{Kind: "有期徒刑", Months: 180}, 5, "，剥夺政治权利五年"},
		{"二十年 combined: five years at most", beijing, []string{"诈骗罪", "盗窃罪"}, Penalty{Kind: "有期徒刑", Months: 240}, 5, "，剥夺政治权利五年"},
		{"a court that does not deprive", xiamen, []string{"诈骗罪"}, Penalty{Kind: "有期徒刑", Months: 144}, 0, ""},
		{"an unknown court", bench{prosecutor: "某某县人民检察院"}, []string{"诈骗罪"}, Penalty{Kind: "有期徒刑", Months: 144}, 0, ""},
		{"九年", beijing, []string{"诈骗罪"}, Penalty{Kind: "有期徒刑", Months: 108}, 0, ""},
		{"bribery alone", beijing, []string{"受贿罪"}, Penalty{Kind: "有期徒刑", Months: 144}, 0, ""},
		{"bribery and fraud", beijing, []string{"受贿罪", "诈骗罪"}, Penalty{Kind: "有期徒刑", Months: 144}, 2, "，剥夺政治权利二年"},
		{"life: for life, not for years", beijing, []string{"故意杀人罪"}, Penalty{Kind: "无期徒刑", DeprivedForLife: true}, 0, "，剥夺政治权利终身"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pens := o.termDeprivation([]Penalty{tt.p}, tt.charges, tt.where)
			if pens[0].DeprivedYears != tt.years {
				t.Errorf("deprived %d years, want %d (%s)", pens[0].DeprivedYears, tt.years, pens[0].Source)
			}
			if w := deprivationWords(pens[0]); w != tt.words {
				t.Errorf("verdict words %q, want %q", w, tt.words)
			}
			arts := o.articles(tt.charges, caseFacts{}, draftState(caseFacts{}, []string{"甲"}, tt.charges, pens, nil), nil, tt.where)
			var cited []string
			for _, a := range arts {
				if a.Number == 55 || a.Number == 56 {
					cited = append(cited, a.Label)
				}
			}
			want := ""
			if tt.years > 0 {
				want = "第五十五条第一款 第五十六条第一款"
			}
			if got := strings.Join(cited, " "); got != want {
				t.Errorf("cited %q, want %q", got, want)
			}
		})
	}
}

func TestTermDeprivedYears(t *testing.T) {
	// The corpus courts' commonest years for each term of years.
	for months, want := range map[int]int{120: 1, 126: 1, 132: 1, 144: 2, 156: 3, 168: 4, 180: 5, 216: 5} {
		if got := termDeprivedYears(months); got != want {
			t.Errorf("termDeprivedYears(%d) = %d, want %d", months, got, want)
		}
	}
}
