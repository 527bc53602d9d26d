package extract

import (
	"regexp"
	"strings"

	"leian/internal/cnum"
)

const numeral = `[零〇一二两三四五六七八九十百\d]`

var (
	combinedRe      = regexp.MustCompile(`决定(?:合并)?执行|合并执行`)
	deathReprieveRe = regexp.MustCompile(`死刑[，,]?\s*缓期(?:二|两|2)年执行`)
	termRe          = regexp.MustCompile(`(有期徒刑|拘役|管制)\s*年?(?:(` + numeral + `+)\s*年)?\s*(?:[零又]?(` + numeral + `+)\s*个?月)?`)
	probationRe     = regexp.MustCompile(`缓刑\s*(?:(` + numeral + `+)\s*年)?\s*(?:[零又]?(` + numeral + `+)\s*个?月)?`)
	fineRe          = regexp.MustCompile(`罚金\s*(?:人民币)?\s*` + moneyRe.String())
	deprivationRe   = regexp.MustCompile(`剥夺政治权利\s*(?:终身|` + numeral + `+\s*年)?`)
	confiscationRe  = regexp.MustCompile(`没收(?:个人)?(?:全部|部分)?财产\s*计?\s*(?:人民币)?\s*(?:` + moneyRe.String() + `)?`)
)

// penalty reads the sentence a verdict clause gives one defendant. For
// several crimes the combined sentence after 决定执行 is the principal one.
// It returns nil when the clause states no penalty.
func penalty(clause string, base int) *Penalty {
	main := clause
	if m := combinedRe.FindStringIndex(clause); m != nil {
		main = clause[m[0]:]
	}
	p := &Penalty{}
	var at []int
	switch {
	case deathReprieveRe.MatchString(main):
		at = deathReprieveRe.FindStringIndex(main)
		p.Kind, p.Probation, p.ProbationMonths = "死刑", true, 24
	case strings.Contains(main, "死刑"):
		i := strings.Index(main, "死刑")
		at = []int{i, i + len("死刑")}
		p.Kind = "死刑"
	case strings.Contains(main, "无期徒刑"):
		i := strings.Index(main, "无期徒刑")
		at = []int{i, i + len("无期徒刑")}
		p.Kind = "无期徒刑"
	case termRe.MatchString(main):
		m := termRe.FindStringSubmatchIndex(main)
		at = m[:2]
		p.Kind = main[m[2]:m[3]]
		p.Months = months(sub(main, m, 2), sub(main, m, 3))
	case strings.Contains(main, "免予刑事处罚") || strings.Contains(main, "免于刑事处罚"):
		i := strings.Index(main, "免")
		at = []int{i, i + len("免予刑事处罚")}
		p.Kind = "免予刑事处罚"
	}
	if m := probationRe.FindStringSubmatchIndex(main); m != nil && p.Kind != "死刑" {
		p.Probation = true
		p.ProbationMonths = months(sub(main, m, 1), sub(main, m, 2))
	}
	if m := fineRe.FindStringSubmatchIndex(main); m != nil {
		if v, ok := ParseYuan(sub(main, m, 1), sub(main, m, 2)); ok {
			p.FineYuan = v
		}
		if p.Kind == "" {
			p.Kind, at = "单处罚金", m[:2]
		}
	}
	p.Accessory = append(deprivationRe.FindAllString(main, -1), confiscationRe.FindAllString(main, -1)...)
	if p.Kind == "" {
		return nil
	}
	off := len(clause) - len(main)
	p.Span = spanOf(clause, base, off+at[0], off+at[1])
	return p
}

// sub returns submatch i (1-based group) of m in s, or "".
func sub(s string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// months converts 一年五个月 (given as "一", "五") to 17.
func months(years, mons string) int {
	var total int64
	if y, ok := cnum.ParseInt(years); ok {
		total += 12 * y
	}
	if m, ok := cnum.ParseInt(mons); ok {
		total += m
	}
	return int(total)
}
