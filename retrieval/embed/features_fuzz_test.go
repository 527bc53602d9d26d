package embed

import (
	"testing"
	"unicode/utf8"
)

// FuzzFeatures checks that any text featurises without panicking into valid
// terms, and that MaxRunes bounds the bigram count.
func FuzzFeatures(f *testing.F) {
	f.Add("被告人张某于2018年8月24日盗窃手机一部。", 10)
	f.Add("\xff\xfe𠀀𠀁ａｂ", 3)
	f.Fuzz(func(t *testing.T, text string, maxRunes int) {
		maxRunes = max(0, maxRunes%64)
		fs := features(text, nil, maxRunes)
		if maxRunes > 0 && len(fs) > maxRunes {
			t.Fatalf("%d bigrams from at most %d runes", len(fs), maxRunes)
		}
		for _, s := range fs {
			if utf8.RuneCountInString(s) != 2 {
				t.Fatalf("term %q is not a bigram", s)
			}
		}
	})
}
