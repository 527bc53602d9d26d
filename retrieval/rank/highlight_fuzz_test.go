package rank

import (
	"testing"

	"leian/retrieval"
)

// FuzzHighlights checks on arbitrary text that every highlight's offsets
// lie inside both texts and mark the same passage.
func FuzzHighlights(f *testing.F) {
	f.Add("被告人张某窃得他人手机一部，价值人民币3000元。", "经审理查明，被告人李某窃得他人手机一部，价值人民币3500元。")
	f.Add("", "x")
	f.Add("\xff\xfe被告人", "被告人\xff")
	f.Fuzz(func(t *testing.T, q, d string) {
		qr, dr := []rune(q), []rune(d)
		for _, h := range Highlights(retrieval.FieldFacts, q, d) {
			if h.QueryStart < 0 || h.QueryEnd > len(qr) || h.DocStart < 0 || h.DocEnd > len(dr) || h.QueryEnd-h.QueryStart < minSpan {
				t.Fatalf("bad offsets %+v for %d/%d runes", h, len(qr), len(dr))
			}
			if string(qr[h.QueryStart:h.QueryEnd]) != string(dr[h.DocStart:h.DocEnd]) {
				t.Fatalf("passages differ: %+v", h)
			}
		}
	})
}
