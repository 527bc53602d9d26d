package parse

import (
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初485号 公诉机关南昌市青山湖区人民检察院。 被告人应国平，男，1976年11月16日出生于江西省南昌县，汉族，初中文化。 南昌市青山湖区人民检察院以湖检公诉刑诉（2018）461号起诉书指控被告人应国平犯交通肇事罪。现已审理终结。 经审理查明，2017年8月15日16时25分许。 本院认为，其行为已构成交通肇事罪。依照《中华人民共和国刑法》第一百三十三条之规定，判决如下： 被告人应国平犯交通肇事罪，判处有期徒刑一年五个月。 审判长彭鹤龄 二〇一八年九月十八日 书记员刘珏",
		"民 事 判 决 书\n（2017）粤0306民初3474号\n原告唐鲜明\n被告何伟华",
		"本院认为 判决如下： 审 判 长",
		"（2012）鄂荆州中刑再上终字第1号",
		"\xff\xfe本院认为\x00",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := Parse(text)
		n := utf8.RuneCountInString(text)
		runes := []rune(text)
		prev := 0
		for _, sec := range s.Sections {
			sp := sec.Span
			if sp.Start < prev || sp.Start > sp.End || sp.End > n {
				t.Fatalf("%s span %+v out of order or range (prev %d, len %d)", sec.Kind, sp, prev, n)
			}
			prev = sp.Start
			if utf8.ValidString(text) && string(runes[sp.Start:sp.End]) != sec.Text {
				t.Fatalf("%s text %q is not its span's runes %q", sec.Kind, sec.Text, string(runes[sp.Start:sp.End]))
			}
		}
		for _, p := range s.Parties {
			if p.Span.Start < 0 || p.Span.Start > p.Span.End || p.Span.End > n {
				t.Fatalf("party span %+v out of range %d", p.Span, n)
			}
		}
	})
}
