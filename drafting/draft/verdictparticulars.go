package draft

import (
	"strings"
	"unicode"
)

// A copied verdict item keeps the other case's words for what it disposes
// of and to whom: 刘西古《白梅图》, 赔偿附带民事诉讼原告人李存娃、马花林,
// 中国平安财产保险股份有限公司独山子支公司. ownQuantities takes out its
// sums; the names of its people, things and firms stayed and read as ours.
// No list of such words can be written, but they have one mark: they
// belong to one case. A court's wording of such items (予以没收, 上缴国库,
// 发还被害人, 责令退赔) recurs in the items of many stored judgments, and our
// own particulars are in our facts. So a run of the item that neither our
// facts nor the items of many judgments share is that case's alone, and is
// left blank for the judge, as its sums are.

// itemPairShared is how many stored judgments' further items must hold a
// pair of characters for it to be a court's wording rather than one
// case's particular (set a priori: a case tried apart in several
// judgments, or a drafted case's own, is far fewer).
const itemPairShared = 20

// itemPairsOf are the pairs of characters of a judgment's further items
// (没收, 追缴, 退赔 …), counted once per judgment into the store's
// vocabulary of item wording.
func itemPairsOf(verdict string) map[string]bool {
	return wordPairs(strings.Join(furtherItems(verdict), "。"))
}

// commonItemPair says whether the store's items share pair k widely; false
// for every pair when the habits are not read (nothing is then blanked).
func (h *Habits) commonItemPair(k string) bool {
	return h != nil && h.itemPairs[k] >= itemPairShared
}

// wordChar is a character a particular is written in: Han, letters,
// digits (not punctuation, brackets or the blank of a left-out sum).
func wordChar(r rune) bool {
	return unicode.Is(unicode.Han, r) || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordPairs are the pairs of adjacent word characters of s.
func wordPairs(s string) map[string]bool {
	rs := []rune(s)
	out := map[string]bool{}
	for i := 0; i+1 < len(rs); i++ {
		if wordChar(rs[i]) && wordChar(rs[i+1]) {
			out[string(rs[i:i+2])] = true
		}
	}
	return out
}

// blankItemParticulars is item text with every run of two or more characters
// that belongs to another case left blank, and whether any was: a
// character is the other case's when every pair it forms with a
// neighbouring word character is neither in our facts (ours) nor common
// item wording in the store (vocab). With no vocabulary (the habits not
// yet read) nothing is blanked.
func blankItemParticulars(ours map[string]bool, vocab *Habits, text string) (string, bool) {
	if vocab == nil || len(vocab.itemPairs) == 0 {
		return text, false
	}
	rs := []rune(text)
	foreign := func(i int) bool {
		k := string(rs[i : i+2])
		return !ours[k] && !vocab.commonItemPair(k)
	}
	mark := make([]bool, len(rs))
	for i, r := range rs {
		if !wordChar(r) {
			continue
		}
		pairs, alien := 0, 0
		if i > 0 && wordChar(rs[i-1]) {
			pairs++
			if foreign(i - 1) {
				alien++
			}
		}
		if i+1 < len(rs) && wordChar(rs[i+1]) {
			pairs++
			if foreign(i) {
				alien++
			}
		}
		mark[i] = pairs > 0 && alien == pairs
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && mark[j] {
			j++
		}
		if j-i >= 2 {
			b.WriteString(blank)
			changed = true
			i = j
			continue
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String(), changed
}

// oneEach writes each of our names once in a list of them: a similar case
// with more defendants than ours has its later ones all replaced by our
// last (责令被告人周延栋、李洪财、李洪财、李洪财继续退赔).
func oneEach(text string, names []string) string {
	for _, n := range names {
		twice := n + "、" + n
		for strings.Contains(text, twice) {
			text = strings.ReplaceAll(text, twice, n)
		}
	}
	return text
}
