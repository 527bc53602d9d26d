package rank

import (
	"reflect"
	"testing"

	"leian/retrieval"
)

// FuzzHighlights checks on arbitrary text that every highlight's offsets
// lie inside both texts and mark the same passage, and that skipping the
// positions no seed's first two runes start (Passages.pairs) changes no
// highlight.
func FuzzHighlights(f *testing.F) {
	f.Add("被告人张某窃得他人手机一部，价值人民币3000元。", "经审理查明，被告人李某窃得他人手机一部，价值人民币3500元。")
	f.Add("", "x")
	f.Add("\xff\xfe被告人", "被告人\xff")
	f.Add("2019年3月5日，被告人王某在某超市内窃得香烟两条，价值人民币400元。案发后退赔。",
		"被告人王某在某超市内窃得香烟两条，价值人民币400元；又于2019年3月5日窃得白酒一瓶。案发后退赔。")
	f.Fuzz(func(t *testing.T, q, d string) {
		qr, dr := []rune(q), []rune(d)
		got := Highlights(retrieval.FieldFacts, q, d)
		every := NewPassages(q)
		for i := range every.pairs {
			every.pairs[i] = ^uint64(0)
		}
		if want := every.Highlights(retrieval.FieldFacts, d); !reflect.DeepEqual(got, want) {
			t.Fatalf("with the pair filter %+v, without %+v", got, want)
		}
		for _, h := range got {
			if h.QueryStart < 0 || h.QueryEnd > len(qr) || h.DocStart < 0 || h.DocEnd > len(dr) || h.QueryEnd-h.QueryStart < minSpan {
				t.Fatalf("bad offsets %+v for %d/%d runes", h, len(qr), len(dr))
			}
			if string(qr[h.QueryStart:h.QueryEnd]) != string(dr[h.DocStart:h.DocEnd]) {
				t.Fatalf("passages differ: %+v", h)
			}
		}
	})
}
