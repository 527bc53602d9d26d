package draft

import "testing"

// Snippets from tune and corpus verdicts.
func TestHouseOf(t *testing.T) {
	tests := []struct {
		name, verdict        string
		pay, probation, term string
	}{
		{
			name:    "term in parentheses, no fine",
			verdict: "被告人应国平犯交通肇事罪，判处有期徒刑一年五个月。 （刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2018年3月19日起至2019年8月18日止） 如不服本判决",
			term:    "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自A起至B止。）",
		},
		{
			name:    "即从…至, fine paid within thirty days to the court",
			verdict: "被告人陈某犯故意伤害罪，判处有期徒刑七个月。（刑期从判决执行之日起计算，判决执行前先行羁押的，羁押一日折抵刑期一日，即从2015年6月23日起至2017年5月23日止。罚金于本判决生效后三十日内向本院缴纳。）",
			pay:     "罚金于本判决生效后三十日内向本院缴纳。",
			term:    "（刑期从判决执行之日起计算，判决执行前先行羁押的，羁押一日折抵刑期一日，即从A起至B止。）",
		},
		{
			name:    "a fine already paid and days already served are the case's own",
			verdict: "被告人刘某犯诈骗罪，判处有期徒刑二年，并处罚金人民币一万元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，之前已羁押3个月24天，即自2015年8月17日起至2017年7月23日止；罚金已缴纳。）",
		},
		{
			name:    "a computation that names the kind is that kind's wording only",
			verdict: "决定执行有期徒刑一年十一个月，拘役二个月。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即有期徒刑自2015年6月4日起至2017年4月24日止；拘役自2017年4月25日起至2017年6月16日止。）",
		},
		{
			name:      "probation and a fine paid from the day after",
			verdict:   "一、被告单位北×犯虚开增值税专用发票罪，判处罚金人民币五万元。（罚金限自本判决生效之次日起十日内缴纳。）二、被告人梁×犯虚开增值税专用发票罪，判处有期徒刑三年，缓刑三年。（缓刑考验期从判决确定之日起计算。）",
			pay:       "罚金限自本判决生效之次日起十日内缴纳。",
			probation: "缓刑考验期从判决确定之日起计算",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := houseOf(tt.verdict)
			term := ""
			if h.term.ok() {
				term = h.term.render("A", "B", "")
			}
			if h.pay != tt.pay || h.probation != tt.probation || term != tt.term {
				t.Errorf("houseOf = pay %q, probation %q, term %q; want %q, %q, %q", h.pay, h.probation, term, tt.pay, tt.probation, tt.term)
			}
		})
	}
}

// A payment note with no time of its own, or tied to the one case's
// restitution, is no court's habit.
func TestHousePayParticular(t *testing.T) {
	for _, v := range []string{
		"罚金于退赔被害人经济损失完毕后三十日内缴纳。",
		"罚金自判决发生法律效力之日起 日内缴纳。",
		"附：《中华人民共和国刑法》第五十三条 罚金在判决指定的期限内一次或者分期缴纳。",
	} {
		if h := houseOf(v); h.pay != "" {
			t.Errorf("houseOf(%q).pay = %q, want none", v, h.pay)
		}
	}
}
