package extract

import (
	"regexp"
	"strings"

	"leian/corpus/parse"
)

var (
	causeRe   = regexp.MustCompile(`([^\s，,。；：:“”（）()]{2,40}?(?:纠纷|争议))(?:一案|案|上诉|再审|一审|二审|$)`)
	orgEndRe  = regexp.MustCompile(`公司|商店|店|厂|中心|银行|合作社|委员会|[与诉及、]|[ＸX×]+\p{Han}?`)
	payRe     = regexp.MustCompile(`(?:支付|偿还|给付|赔偿|返还|归还|退还)[^。；]*?` + moneyRe.String())
	claimedRe = regexp.MustCompile(`(?:诉讼请求|请求(?:法院|本院)?(?:依法)?判令|要求)[^。]*?` + moneyRe.String())
)

// civil fills cause of action, amounts and outcome of a civil judgment.
func civil(e *Elements, s *parse.Structure) {
	e.Cause = cause(s)
	if v, ok := claimed(s); ok {
		e.Claimed = &v
	}
	verdict := s.SectionText(parse.Verdict)
	if v, ok := awarded(verdict); ok {
		e.Awarded = &v
	}
	e.Outcome = outcome(verdict)
}

// cause reads the 案由 from the history (原告甲与被告乙民间借贷纠纷一案) or
// the header; the party names before it are cut off using the parties.
func cause(s *parse.Structure) string {
	for _, k := range []parse.SectionKind{parse.History, parse.Header} {
		t := s.SectionText(k)
		m := causeRe.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		c := m[1]
		for _, p := range s.Parties {
			if p.Name != "" {
				if i := strings.LastIndex(c, p.Name); i >= 0 {
					c = c[i+len(p.Name):]
				}
			}
		}
		// Names the parties list did not catch end in an organisation word.
		if m := orgEndRe.FindAllStringIndex(c, -1); m != nil {
			c = c[m[len(m)-1][1]:]
		}
		return strings.TrimLeft(c, "等")
	}
	return ""
}

// claimed is the first amount the claims ask for.
func claimed(s *parse.Structure) (float64, bool) {
	for _, k := range []parse.SectionKind{parse.Claims, parse.Facts} {
		if m := claimedRe.FindStringSubmatch(s.SectionText(k)); m != nil {
			return ParseYuan(m[1], m[2])
		}
	}
	return 0, false
}

// awarded sums the amounts the verdict orders paid.
func awarded(verdict string) (float64, bool) {
	var total float64
	found := false
	for _, m := range payRe.FindAllStringSubmatch(verdict, -1) {
		if v, ok := ParseYuan(m[1], m[2]); ok {
			total += v
			found = true
		}
	}
	return total, found
}

// outcome classifies the verdict.
func outcome(v string) string {
	switch {
	case v == "":
		return ""
	case strings.Contains(v, "发回") && strings.Contains(v, "重审"):
		return "发回重审"
	case strings.Contains(v, "驳回上诉") && strings.Contains(v, "维持原"):
		return "维持"
	case strings.Contains(v, "撤销") && (strings.Contains(v, "判决") || strings.Contains(v, "裁定")):
		return "改判"
	case strings.Contains(v, "撤回起诉") || strings.Contains(v, "撤诉"):
		return "撤诉"
	case payRe.MatchString(v) || strings.Contains(v, "确认") || strings.Contains(v, "解除"):
		if strings.Contains(v, "驳回") {
			return "部分支持"
		}
		return "支持"
	case strings.Contains(v, "驳回"):
		return "驳回"
	}
	return ""
}
