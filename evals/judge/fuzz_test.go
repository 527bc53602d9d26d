package judge

import "testing"

// FuzzScoreDoc runs every extraction and METEOR on outside text: none may
// panic, whatever a generated document holds.
func FuzzScoreDoc(f *testing.F) {
	f.Add("本院认为，被告人张三犯盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：被告人张三犯盗窃罪，判处有期徒刑六个月，并处罚金人民币二千元。如不服本判决")
	f.Add("罚金元罚金,5,000元有期徒刑零十一个月第百条")
	f.Add("\n审判长\n《刑法》第")
	tk, err := DefaultTokenizer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d := ScoreDoc(tk, "x", doc, doc)
		if d.ReasonMeteor != nil && (*d.ReasonMeteor < 0 || *d.ReasonMeteor > 1) {
			t.Errorf("METEOR %v out of range", *d.ReasonMeteor)
		}
		_ = numberStrings(doc)
	})
}
