package deviation

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"leian/corpus/rules"
	"leian/drafting/legality"
	"leian/internal/dataset"
)

var (
	libOnce sync.Once
	lib     *rules.Library
	libErr  error
)

func checker(tb testing.TB) *Checker {
	tb.Helper()
	dir := dataset.Path(tb, "laws")
	libOnce.Do(func() { lib, libErr = rules.Load(context.Background(), filepath.Dir(dir)) })
	if libErr != nil {
		tb.Fatal(libErr)
	}
	return &Checker{Legal: legality.New(lib), Band: DefaultBand}
}

// FuzzFromText: whatever text arrives, FromText reads an outcome whose
// defendants each have a charge and a penalty, or refuses it with an
// InputError naming a field; it never panics.
func FuzzFromText(f *testing.F) {
	for _, s := range []string{
		"北京市海淀区人民法院\n刑事判决书\n经审理查明，被告人张某盗窃他人手机一部，价值3200元。\n本院认为，被告人张某构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：\n被告人张某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。",
		"今天天气很好。", "", "判决如下：被告人犯罪，判处", "被告人李某犯诈骗罪，判处有期徒刑三年，缓刑四年。",
	} {
		f.Add(s)
	}
	c := checker(f)
	f.Fuzz(func(t *testing.T, text string) {
		in, err := c.FromText(text)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field == "" || ie.Message == "" {
				t.Fatalf("error %v is not an InputError naming a field", err)
			}
			return
		}
		if len(in.Outcome.Defendants) == 0 || in.Outcome.Facts == "" {
			t.Fatalf("accepted without defendants or facts: %+v", in.Outcome)
		}
		for _, d := range in.Outcome.Defendants {
			if len(d.Charges) == 0 || d.Penalty == nil {
				t.Fatalf("defendant without charge or penalty: %+v", d)
			}
		}
	})
}
