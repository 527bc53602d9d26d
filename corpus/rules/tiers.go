package rules

import (
	"regexp"
	"strings"

	"leian/internal/cnum"
)

// Tier is one statutory penalty range of a Criminal Law article:
// "数额巨大…的，处三年以上十年以下有期徒刑，并处罚金".
type Tier struct {
	Paragraph int      `json:"paragraph"` // the 款 it is written in, from 1
	Condition string   `json:"condition"` // what the tier applies to, as written
	MinMonths int      `json:"min_months"`
	MaxMonths int      `json:"max_months"` // of fixed-term imprisonment; life and death are in Kinds
	Kinds     []string `json:"kinds"`      // 管制, 拘役, 有期徒刑, 无期徒刑, 死刑, 罚金, 剥夺政治权利, 没收财产
	Source    string   `json:"source"`     // the clause the tier was read from
}

// Statutory bounds of the principal punishments (Criminal Law arts. 38, 42, 45).
const (
	controlMin, controlMax       = 3, 24
	detentionMin, detentionMax   = 1, 6
	fixedTermMin, fixedTermMax   = 6, 180
	criminalSpecificPartFirstArt = 102 // 分则 begins at article 102
)

var (
	penaltyStart = regexp.MustCompile(`(?:^|，)(?:应当|可以)?(?:判)?处(?:以)?`)
	fixedTerm    = regexp.MustCompile(`(?:([一二三四五六七八九十]+)年以上)?(?:([一二三四五六七八九十]+)年以下)?有期徒刑`)
	// exactTerm is a fixed term with no range: 处十五年有期徒刑 (art. 347).
	exactTerm = regexp.MustCompile(`^([一二三四五六七八九十]+)年有期徒刑`)
	kindWords = []string{"管制", "拘役", "有期徒刑", "无期徒刑", "死刑", "罚金", "剥夺政治权利", "没收财产"}
)

// deriveTiers reads the penalty tiers of every article of the specific part
// of the Criminal Law.
func deriveTiers(l *Law) {
	for _, a := range l.Articles {
		if a.Number < criminalSpecificPartFirstArt {
			continue
		}
		for pi, p := range a.Paragraphs {
			for _, clause := range splitClauses(p.Text) {
				if t, ok := parseTier(clause); ok {
					t.Paragraph = pi + 1
					a.Tiers = append(a.Tiers, t)
				}
			}
		}
	}
}

// splitClauses cuts a paragraph at ；and 。, where tiers end.
func splitClauses(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '；' || r == '。' })
}

// parseTier reads one clause "condition，处 penalty" into a tier.
func parseTier(clause string) (Tier, bool) {
	locs := penaltyStart.FindAllStringIndex(clause, -1)
	for _, loc := range locs {
		pen := clause[loc[1]:]
		kinds := penaltyKinds(pen)
		if !hasPrincipal(kinds) {
			continue
		}
		t := Tier{Condition: strings.TrimSuffix(strings.TrimSpace(clause[:loc[0]]), "，"), Kinds: kinds, Source: clause}
		t.MinMonths, t.MaxMonths = monthRange(pen, kinds)
		return t, true
	}
	return Tier{}, false
}

func penaltyKinds(pen string) []string {
	var kinds []string
	for _, k := range kindWords {
		if strings.Contains(pen, k) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

func hasPrincipal(kinds []string) bool {
	for _, k := range kinds {
		switch k {
		case "管制", "拘役", "有期徒刑", "无期徒刑", "死刑":
			return true
		}
	}
	return false
}

// monthRange is the span of custodial and control months a tier allows.
func monthRange(pen string, kinds []string) (lo, hi int) {
	has := map[string]bool{}
	for _, k := range kinds {
		has[k] = true
	}
	lo, hi = 1<<30, 0
	if m := fixedTerm.FindStringSubmatch(pen); m != nil {
		lo, hi = fixedTermMin, fixedTermMax
		if n, ok := cnum.ParseInt(m[1]); ok {
			lo = int(n) * 12
		}
		if n, ok := cnum.ParseInt(m[2]); ok {
			hi = int(n) * 12
		}
		if e := exactTerm.FindStringSubmatch(pen); e != nil && m[1] == "" && m[2] == "" {
			if n, ok := cnum.ParseInt(e[1]); ok {
				lo, hi = int(n)*12, int(n)*12
			}
		}
	}
	if has["拘役"] {
		lo, hi = min(lo, detentionMin), max(hi, detentionMax)
	}
	if has["管制"] {
		lo, hi = min(lo, controlMin), max(hi, controlMax)
	}
	if lo == 1<<30 {
		lo = 0 // life imprisonment or death only
	}
	return lo, hi
}
