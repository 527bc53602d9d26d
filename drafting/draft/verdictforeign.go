package draft

import (
	"regexp"
	"strconv"
	"strings"

	"leian/internal/cnum"
)

// A similar case's further verdict items (没收, 追缴, 退赔) are copied with
// its defendants' names replaced by ours, but the sums and quantities
// they dispose of are that case's: 扣押于博兴县人民检察院的涉案赃款226560元,
// 退赔（郑敏3900元、许心春2470元…）. A verdict must not order the
// recovery of money our facts never mention. On the tune set 96 of the
// 647 items the drafts carried (one in seven) named a sum or weight the
// facts do not.

// itemQuantityRe is a sum or weight as a verdict item writes it, in
// digits or (group 1) in Chinese numerals.
var itemQuantityRe = regexp.MustCompile(`[\d.，,]+(?:万|千)?(?:元|克|千克|公斤)|([一二三四五六七八九十百千万零两]+)(?:元|克|千克|公斤)`)

// ownItems are the items whose every sum and weight the facts state.
func ownItems(f caseFacts, items []item) []item {
	var out []item
	for _, it := range items {
		if foreignQuantity(f, it.text) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// foreignQuantity says whether text names a sum or weight the facts do
// not state (in the same figures, separators aside).
func foreignQuantity(f caseFacts, text string) bool {
	facts := strings.NewReplacer("，", "", ",", "").Replace(f.text)
	for _, m := range itemQuantityRe.FindAllStringSubmatch(text, -1) {
		q := strings.NewReplacer("，", "", ",", "").Replace(m[0])
		if m[1] != "" {
			// The facts write in digits what the verdict writes in words.
			if n, ok := cnum.ParseInt(m[1]); ok {
				q = strconv.FormatInt(n, 10) + strings.TrimPrefix(m[0], m[1])
			}
		}
		if !strings.Contains(facts, q) && !strings.Contains(facts, m[0]) {
			return true
		}
	}
	return false
}
