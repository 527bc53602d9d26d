package forms

import (
	"testing"
	"unicode/utf8"
)

// FuzzFill checks that any text fills without panicking and that every
// span lies inside the text.
func FuzzFill(f *testing.F) {
	for _, s := range []string{
		"原告张三诉称：2015年1月1日，被告李四向原告借款10000元，约定月息2分。诉讼请求：1.判令被告归还借款10000元；2.诉讼费由被告承担。",
		"公诉机关指控：被告人王某先后3次盗窃他人财物，价值共计5000元。被告人有自首情节。",
		"原告：赵某，被告：某保险公司。2019年3月2日发生交通事故，医疗费：2000元，误工费3000元。",
		"原告诉称：原告于2018年5月1日入职被告处，月工资5000元，2020年被辞退。",
		"被告人", "诉讼请求：", "原告\n\n被告：", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, typ := range []string{"", "loan", "traffic", "labour", "theft_fraud"} {
			form, err := Fill(s, typ)
			if err != nil {
				continue
			}
			n := utf8.RuneCountInString(s)
			for _, fd := range form.Fields {
				for _, v := range fd.Values {
					if v.Span != nil && (v.Span.Start < 0 || v.Span.End > n || v.Span.Start > v.Span.End) {
						t.Fatalf("%s: span %+v outside %d runes", fd.Key, v.Span, n)
					}
				}
			}
			_ = form.Statement()
		}
	})
}
