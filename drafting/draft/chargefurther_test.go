package draft

import (
	"slices"
	"testing"
)

func TestProsecutorCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"a second count after 另",
			"公诉机关认为，被告人施扬凤明知是毒品海洛因而贩卖，其行为触犯了《中华人民共和国刑法》第三百四十七条第一款、第四款的规定，构成贩卖毒品罪；另被告人施扬凤为谋取不正当利益，给予国家工作人员以财物，其行为触犯了《中华人民共和国刑法》第三百八十九条第一款的规定，构成行贿罪。",
			[]string{"贩卖毒品罪", "行贿罪"}},
		{"the prosecutor in court, evidence named 供述和辩解",
			"针对上述指控，公诉人当庭宣读并出示了被告人供述和辩解、证人证言、书证、鉴定结论书等证据，认为被告人张某非法持有枪支、贩卖毒品，已构成非法持有枪支罪、贩卖毒品罪，提请本院依法惩处。",
			[]string{"非法持有枪支罪", "贩卖毒品罪"}},
		{"the defence's view is not the prosecution's",
			"被告人马守才及其辩护人对起诉书指控第一起犯罪的罪名有异议，认为被告人马守才的行为构成故意伤害罪。",
			nil},
		{"a party's plea restating the allegation",
			"被告人施扬凤对公诉机关指控其犯贩卖毒品罪的罪名及事实均没有异议，辩称其是被民警覃某1等人强行索取人民币6万元的，认为不应构成指控的行贿罪。",
			nil},
		{"a procuratorate's view quoted as evidence of insufficiency",
			"三水区人民检察院认为“现有证据不足以证实犯罪嫌疑人邓某1构成寻衅滋事罪”。",
			nil},
		{"no prosecution in the sentence",
			"2．若法院最终采信重伤二级的鉴定意见，也应认定白刚构成过失致人重伤罪。",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := prosecutorCharges(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("prosecutorCharges = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFurtherCharges(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		name, facts string
		known, want []string
	}{
		{"a further count is added",
			"公诉机关认为，被告人施扬凤明知是毒品海洛因而贩卖，构成贩卖毒品罪；另被告人施扬凤为谋取不正当利益，给予国家工作人员以财物，构成行贿罪。",
			[]string{"走私、贩卖、运输、制造毒品罪"}, []string{"走私、贩卖、运输、制造毒品罪", "行贿罪"}},
		{"the rival of a named charge is the same acts",
			"针对上述指控，公诉人当庭宣读并出示了被告人供述和辩解等证据，认为被告人张某非法持有枪支、贩卖毒品，已构成非法持有枪支罪、贩卖毒品罪。",
			[]string{"非法持有毒品罪"}, []string{"非法持有毒品罪", "非法持有、私藏枪支、弹药罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := o.furtherCharges(readFacts(tt.facts), tt.known); !slices.Equal(got, tt.want) {
				t.Errorf("furtherCharges = %v, want %v", got, tt.want)
			}
		})
	}
}
