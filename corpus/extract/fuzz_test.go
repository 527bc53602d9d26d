package extract

import (
	"testing"
	"unicode/utf8"

	"leian/corpus/parse"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"公诉机关指控，被告人陆某以100元的价格将1小包毒品贩卖给古某。 本院认为，被告人陆某归案后如实供述自己的罪行，自愿认罪认罚。依照《中华人民共和国刑法》第三百四十七条第四款之规定，判决如下： 一、被告人陆某犯贩卖毒品罪，判处有期徒刑九个月，并处罚金一千元。 审判员马聪",
		"被告人江捷环犯贩卖、运输毒品罪，判处死刑，缓期二年执行",
		"原告周某甲与被告民间借贷纠纷一案。 本院认为，合法的借贷关系应受法律保护。判决如下： 被告于本判决生效之日起十日内偿还原告借款60万元。",
		"犯罪罪罪犯犯、罪",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		e := Extract(text, parse.Parse(text))
		n := utf8.RuneCountInString(text)
		runes := []rune(text)
		check := func(what string, sp parse.Span, want string) {
			if sp.Start < 0 || sp.Start > sp.End || sp.End > n {
				t.Fatalf("%s span %+v out of range %d", what, sp, n)
			}
			if utf8.ValidString(text) && want != "" && string(runes[sp.Start:sp.End]) != want {
				t.Fatalf("%s %q is not its span's runes %q", what, want, string(runes[sp.Start:sp.End]))
			}
		}
		for _, a := range e.Amounts {
			check("amount", a.Span, a.Text)
		}
		for _, c := range e.Circumstances {
			check("circumstance", c.Span, c.Sentence)
		}
		for _, d := range e.Defendants {
			if d.Penalty != nil {
				check("penalty", d.Penalty.Span, "")
			}
		}
	})
}
