package rules

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

const guidelineFile = "关于常见犯罪的量刑指导意见.md"

// Guideline is the 2021 sentencing guideline (法发〔2021〕21号) in structure.
type Guideline struct {
	Circumstances []CircumstanceRule `json:"circumstances"` // part 三, 18 in the 2021 text
	Crimes        []CrimeRule        `json:"crimes"`        // part 四, 23 in the 2021 text
	// Method are part 二's lines (量刑步骤, 调节基准刑的方法), as written: the
	// order adjustments are applied in is read from them.
	Method []string `json:"method,omitempty"`
}

// CircumstanceRule is one common sentencing circumstance (自首, 累犯 …).
type CircumstanceRule struct {
	Name        string       `json:"name"`
	Adjustments []Adjustment `json:"adjustments"`
	Source      string       `json:"source"` // the whole paragraph
}

// Adjustment is one percentage change of the 基准刑 with its condition.
type Adjustment struct {
	Condition string     `json:"condition"`
	Percent   [2]float64 `json:"percent"` // signed: -20..0 for 减少…20%以下, 10..40 for 增加…10%-40%
	Source    string     `json:"source"`  // the sentence it was read from
}

// CrimeRule is one common crime's 量刑起点 tiers and what raises the 基准刑.
type CrimeRule struct {
	Charge         string          `json:"charge"`
	StartingPoints []StartingPoint `json:"starting_points"`
	Increments     []string        `json:"increments,omitempty"` // 根据…增加刑罚量: the sentences
	Notes          []string        `json:"notes,omitempty"`      // every other numbered rule, as written
}

// StartingPoint is one 量刑起点 range (or 宣告刑 range, for 危险驾驶罪).
type StartingPoint struct {
	Condition string `json:"condition"`
	MinMonths int    `json:"min_months"`
	MaxMonths int    `json:"max_months"`
	Source    string `json:"source"`
}

var (
	crimeHeading = regexp.MustCompile(`^#+\s*（[一二三四五六七八九十]+）(.+罪)$`)
	circumHead   = regexp.MustCompile(`^（([一二三四五六七八九十]+)）`)
	percentRe    = regexp.MustCompile(`(减少|增加)基准刑的(\d+)[%％](?:\s*[-－—至]\s*(\d+)[%％])?(以下|以上)?`)
	rangeRe      = regexp.MustCompile(`在(.+?)幅度内确定(?:量刑起点|宣告刑)`)
	termRe       = regexp.MustCompile(`([一二三四五六七八九十两]+)(年|个月)(?:至([一二三四五六七八九十两]+)(年|个月))?(以下)?`)
	numberedRule = regexp.MustCompile(`^\d+[.．]`)
	parenNumber  = regexp.MustCompile(`^（\d+）`)
	partHeading  = regexp.MustCompile(`^#+\s*([一二三四五六七八九十]+)、`)
)

// circumstanceNames name part 三's paragraphs by the words that open them.
var circumstanceNames = []struct{ key, name string }{
	{"弱势人员", "侵害弱势人员"}, {"未成年人犯罪", "未成年"}, {"老年人", "老年人"}, {"聋", "聋哑盲人"}, {"未遂犯", "未遂"}, {"从犯", "从犯"},
	{"自首", "自首"}, {"坦白", "坦白"}, {"当庭自愿认罪", "当庭认罪"}, {"立功", "立功"}, {"退赃", "退赃退赔"},
	{"取得谅解", "赔偿谅解"}, {"刑事和解", "刑事和解"}, {"羁押期间", "羁押期间表现好"}, {"认罪认罚", "认罪认罚"},
	{"累犯", "累犯"}, {"前科", "前科"}, {"灾害期间", "灾害期间犯罪"},
}

func loadGuideline(path string) (*Guideline, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read guideline: %w", err)
	}
	g := &Guideline{}
	part := ""
	var crime *CrimeRule
	var circ *CircumstanceRule
	for _, raw := range strings.Split(string(b), "\n") {
		line := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(raw), "- "))
		if line == "" {
			continue
		}
		if m := partHeading.FindStringSubmatch(line); m != nil {
			part, crime, circ = m[1], nil, nil
			continue
		}
		switch part {
		case "二":
			g.Method = append(g.Method, line)
		case "三":
			circ = g.addCircumstanceLine(circ, line)
		case "四":
			if m := crimeHeading.FindStringSubmatch(line); m != nil {
				g.Crimes = append(g.Crimes, CrimeRule{Charge: m[1]})
				crime = &g.Crimes[len(g.Crimes)-1]
				continue
			}
			if crime != nil {
				crime.addLine(line)
			}
		}
	}
	if len(g.Crimes) == 0 || len(g.Circumstances) == 0 {
		return nil, fmt.Errorf("%s: found %d crimes and %d circumstances", path, len(g.Crimes), len(g.Circumstances))
	}
	return g, nil
}

// addCircumstanceLine starts a circumstance at （N） or adds a numbered
// sub-rule (1.已满十二周岁…) to the current one.
func (g *Guideline) addCircumstanceLine(cur *CircumstanceRule, line string) *CircumstanceRule {
	if circumHead.MatchString(line) {
		g.Circumstances = append(g.Circumstances, CircumstanceRule{Name: circumstanceName(line), Source: line})
		cur = &g.Circumstances[len(g.Circumstances)-1]
	} else if cur != nil {
		cur.Source += "\n" + line
	}
	if cur != nil {
		cur.Adjustments = append(cur.Adjustments, adjustments(line)...)
	}
	return cur
}

func circumstanceName(line string) string {
	lead, _, _ := strings.Cut(line, "，")
	for _, n := range circumstanceNames {
		if strings.Contains(lead, n.key) {
			return n.name
		}
	}
	return lead
}

// adjustments reads every 减少/增加基准刑的…% clause of a line.
func adjustments(line string) []Adjustment {
	var out []Adjustment
	for _, clause := range strings.FieldsFunc(line, func(r rune) bool { return r == '；' || r == '。' }) {
		for _, m := range percentRe.FindAllStringSubmatchIndex(clause, -1) {
			sub := func(i int) string {
				if m[2*i] < 0 {
					return ""
				}
				return clause[m[2*i]:m[2*i+1]]
			}
			lo, _ := strconv.ParseFloat(sub(2), 64)
			hi := lo
			switch {
			case sub(3) != "":
				hi, _ = strconv.ParseFloat(sub(3), 64)
			case sub(4) == "以下":
				lo = 0
			case sub(4) == "以上":
				hi = 100
			}
			if sub(1) == "减少" {
				lo, hi = -hi, -lo
			}
			cond := strings.TrimRight(clause[:m[0]], "，可以应当")
			out = append(out, Adjustment{Condition: cond, Percent: [2]float64{lo, hi}, Source: clause})
		}
	}
	return out
}

func (c *CrimeRule) addLine(line string) {
	switch {
	case rangeRe.MatchString(line) && !strings.Contains(line, "在相应的幅度内"):
		// The range is the last 在…幅度内 of the line; conditions may say 在 too.
		k := strings.Index(line, "幅度内确定")
		j := strings.LastIndex(line[:k], "在")
		lo, hi := termMonths(line[j+len("在") : k])
		cond := strings.TrimSuffix(strings.TrimSpace(line[:j]), "，")
		cond = strings.TrimPrefix(cond, circumHead.FindString(cond))
		cond = strings.TrimPrefix(cond, parenNumber.FindString(cond))
		cond = strings.TrimSuffix(strings.TrimPrefix(cond, numberedRule.FindString(cond)), "，依法")
		c.StartingPoints = append(c.StartingPoints, StartingPoint{Condition: cond, MinMonths: lo, MaxMonths: hi, Source: line})
	case strings.Contains(line, "增加刑罚量"):
		c.Increments = append(c.Increments, line)
	case numberedRule.MatchString(line) || strings.HasPrefix(line, "（"):
		c.Notes = append(c.Notes, line)
	}
}

// termMonths reads 二年以下有期徒刑、拘役 / 三年至五年有期徒刑 / 一个月至六个月拘役.
func termMonths(s string) (lo, hi int) {
	m := termRe.FindStringSubmatch(s)
	if m == nil {
		return 0, 0
	}
	months := func(n, unit string) int {
		v := cnNumber(n)
		if unit == "年" {
			return v * 12
		}
		return v
	}
	if m[3] != "" {
		return months(m[1], m[2]), months(m[3], m[4])
	}
	hi = months(m[1], m[2])
	lo = fixedTermMin
	if strings.Contains(s, "拘役") {
		lo = detentionMin
	}
	return lo, hi
}
