package draft

import "testing"

func TestWithYears(t *testing.T) {
	// Sentences from LeCaRD first-instance facts.
	tests := []struct{ name, text, want string }{
		{"same year",
			"同年6月26日23时许，被告人姚兴中在浙江省德清县被警察抓获；同年7月11日1时许，被告人黄文超在浙江省嘉兴市海盐县下被警察抓获",
			"同年6月26日23时许，被告人姚兴中在浙江省德清县被警察抓获；同年7月11日1时许，被告人黄文超在浙江省嘉兴市海盐县下被警察抓获"},
		{"after a full date",
			"2018年6月25日，被告人汪小平投案；同年7月11日1时许，被告人黄文超被警察抓获；同月12日，被告人姚兴中被抓获",
			"2018年6月25日，被告人汪小平投案；2018年7月11日1时许，被告人黄文超被警察抓获；2018年7月12日，被告人姚兴中被抓获"},
		{"bare month and day",
			"2013年6月20日，被告人陈某甲开设赌场。7月13日，泉州市公安局查获该赌场，现场抓获被告人陈某甲",
			"2013年6月20日，被告人陈某甲开设赌场。2013年7月13日，泉州市公安局查获该赌场，现场抓获被告人陈某甲"},
		{"the same day",
			"2018年4月19日16时许，购毒人员宋某某电话联系被告人王某某。当日18时10分许，被告人王某某被当场抓获",
			"2018年4月19日16时许，购毒人员宋某某电话联系被告人王某某。2018年4月19日18时10分许，被告人王某某被当场抓获"},
		{"full dates untouched", "2017年12月19日陈志亮被抓获，2017年12月25日刘星被抓获", "2017年12月19日陈志亮被抓获，2017年12月25日刘星被抓获"},
		{"no calendar day", "2017年1月5日案发，同年2月30日被抓获", "2017年1月5日案发，同年2月30日被抓获"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withYears(tt.text); got != tt.want {
				t.Errorf("withYears(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCustodyOfPartDates(t *testing.T) {
	// A year-less arrest date is read from the full date before it.
	f := caseFacts{text: "2018年6月25日，被告人汪小平投案；同年7月11日1时许，被告人黄文超在浙江省嘉兴市海盐县被警察抓获。",
		defendants: []string{"汪小平", "黄文超"}}
	got, _ := f.custodyOf("黄文超")
	if s := dateWords(got); got.IsZero() || s != "2018年7月11日" {
		t.Errorf("custodyOf(黄文超) = %q, want 2018年7月11日", s)
	}
}
