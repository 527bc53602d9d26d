package draft

import (
	"slices"
	"testing"
)

// The sentences are tune facts (LeCaRD first-instance judgments outside
// JuDGE dev) whose counsel the drafter had not answered.
func TestCounselOpinions(t *testing.T) {
	tests := []struct {
		name, facts string
		want        [][2]string
	}{
		{"after counsel's assent to the charge",
			"辩护人对公诉机关指控的罪名没有异议，辩称被告人谢某1在共同犯罪中起次要作用，系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚。",
			[][2]string{{"", "被告人谢某1在共同犯罪中起次要作用，系从犯，且当庭自愿认罪，并退缴赃款，请求对其从轻处罚"}}},
		{"after counsel's names",
			"被告人张军的辩护人徐卫东、姜志强的辩护意见是：1．张军因串通招投标被立案，如实供述其受贿的犯罪事实，系自首；2．主动退缴受贿款。",
			[][2]string{{"张军", "1．张军因串通招投标被立案，如实供述其受贿的犯罪事实，系自首；2．主动退缴受贿款"}}},
		{"with 称",
			"被告人阮某对起诉书指控的犯罪事实及罪名无异议。其辩护人称：起诉书指控阮某犯生产、销售伪劣产品罪的事实不清，证据不足，指控罪名不能成立。",
			[][2]string{{"", "起诉书指控阮某犯生产、销售伪劣产品罪的事实不清，证据不足，指控罪名不能成立"}}},
		{"counsel who raised nothing",
			"被告人张军的辩护人徐卫东、姜志强均未提出异议，被告人张军对收取钱款及数额没有提出异议，但辩称没有向对方索要钱款。",
			nil},
		{"assent alone",
			"辩护人对公诉机关指控的罪名不持异议。",
			nil},
		{"assent closed by a full stop, then 认为",
			"辩护人对公诉机关指控的罪名不持异议。认为被告人秦海涛犯罪情节轻微，未造成严重后果，应酌情从轻处罚。",
			[][2]string{{"", "被告人秦海涛犯罪情节轻微，未造成严重后果，应酌情从轻处罚"}}},
		{"assent closed by a full stop, then the accused's own argument: not counsel's",
			"辩护人对公诉机关指控的罪名不持异议。被告人张某辩称其没有殴打民警。",
			nil},
		{"assent, then 唯辩称",
			"其辩护人对被告人查小军犯非法吸收公众存款罪无异议，唯辩称：1、查小军认罪态度较好，恳请法庭对查小军从轻处罚。",
			[][2]string{{"", "1、查小军认罪态度较好，恳请法庭对查小军从轻处罚"}}},
		{"assent, then 同时就本案量刑提出",
			"被告人高云的辩护人对起诉书指控被告人的行为构成虚假诉讼罪的定性不持异议，同时就本案量刑提出以下辩护意见：1、本案未造成严重后果，且被告人高云认罪悔罪态度较好。",
			[][2]string{{"高云", "1、本案未造成严重后果，且被告人高云认罪悔罪态度较好"}}},
		{"的意见是",
			"辩护人李超逸的意见是，被告人主动退赔退赃，认罪态度好，可以酌情从轻处罚。",
			[][2]string{{"", "被告人主动退赔退赃，认罪态度好，可以酌情从轻处罚"}}},
		{"为被告人辩护认为",
			"辩护人吴玉新为被告人邓贵荣辩护认为：邓贵荣在共同犯罪中系从犯，无犯罪前科，请法庭对其公正判处。",
			[][2]string{{"", "邓贵荣在共同犯罪中系从犯，无犯罪前科，请法庭对其公正判处"}}},
		{"counsel's request to the court is not the court's own word",
			"被告人苏拉且的辩护人辩称，苏拉且没有犯罪前科，当庭自愿认罪，请求本院从轻处罚苏拉且。",
			[][2]string{{"苏拉且", "苏拉且没有犯罪前科，当庭自愿认罪，请求本院从轻处罚苏拉且"}}},
		{"the court's own word still ends it",
			"辩护人提出被告人系自首的意见，本院予以采纳。",
			nil},
		{"a numbered list whose points end their sentences",
			"辩护人吴为城的辩护意见：一、对公诉机关指控被告人占陆军犯盗窃罪的定性及事实无异议。二、被告人占陆军在共同犯罪中作用相对较小，自愿认罪，家庭困难。综上，请求法庭对其从轻处罚。",
			[][2]string{{"", "一、对公诉机关指控被告人占陆军犯盗窃罪的定性及事实无异议。二、被告人占陆军在共同犯罪中作用相对较小，自愿认罪，家庭困难"}}},
		{"a list carried on up to the court's own words",
			"辩护人的辩护意见是：1、被告人系初犯。2、被告人系自首。3、经查，被告人如实供述，本院予以确认。",
			[][2]string{{"", "1、被告人系初犯。2、被告人系自首"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := counselOpinions(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
