package draft

import (
	"unicode/utf8"
)

// court is the place and province of the court the draft is written for:
// the prosecutor's, when the store knows that place or its province; else
// the place the facts name most often among those whose courts the store
// knows. A case is tried where it happened, and the facts name that place
// for the scene, the police and the defendant's home (长沙市雨花区马王堆,
// 梁平县公安局); 114 of the 400 tune facts name no prosecutor, and for
// 102 of them the facts name a place the store knows (tune article F1
// 0.7323 → 0.7384 with 第五十二、五十三、六十一条 following that court).
// place is "" when neither tells.
func (h *Habits) court(b bench) (place, prov string) {
	place, prov = placeOf(b.prosecutor)
	if place != "" {
		if prov == "" {
			prov = h.provOf[place]
		}
		if len(h.byPlace[place]) > 0 || prov != "" && len(h.byProv[prov]) > 0 {
			return place, prov
		}
	}
	if place = h.placeIn(b.facts); place == "" {
		return "", ""
	}
	return place, h.provOf[place]
}

// minPlaceRunes is the shortest place name read from facts: two-character
// names (城区, 郊区, 沛县) occur inside other words too often.
const minPlaceRunes = 3

// placeIn is the place among those the store has judgments of that text
// names most often (the first named on a tie). A city named just before
// one of its districts (长沙市雨花区) does not count: the district is
// the court's place.
func (h *Habits) placeIn(text string) string {
	type hit struct{ start, end int }
	var hits []hit
	var keys []string
	for i, r := range text {
		if !placeEnd(r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		// The longest known name ending here.
		best := -1
		for start, n := i, 1; start > 0 && n < 12; n++ {
			_, size := utf8.DecodeLastRuneInString(text[:start])
			start -= size
			if n+1 >= minPlaceRunes && len(h.byPlace[text[start:end]]) > 0 {
				best = start
			}
		}
		if best >= 0 {
			hits = append(hits, hit{best, end})
			keys = append(keys, text[best:end])
		}
	}
	counts := map[string]int{}
	var order []string
	for i, k := range keys {
		if i+1 < len(hits) && hits[i+1].start == hits[i].end {
			continue // 长沙市 in 长沙市雨花区
		}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	top := ""
	for _, k := range order {
		if counts[k] > counts[top] {
			top = k
		}
	}
	return top
}

// placeEnd says whether r ends an administrative unit's name (placeUnit).
func placeEnd(r rune) bool {
	switch r {
	case '区', '县', '市', '旗', '州', '盟':
		return true
	}
	return false
}
