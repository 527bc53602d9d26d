package api

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus/rules"
	"leian/retrieval"
)

// Input limits. The body limit (413) bounds the bytes; these bound what a
// valid request may ask for and are reported as 400 naming the limit.
const (
	maxFactsRunes  = 100_000
	maxListItems   = 20
	maxNameRunes   = 50
	maxK           = 50
	defaultK       = 10
	minYear        = 1979 // the first Criminal Law; no earlier judgments are stored
	maxYear        = 2100
	maxCourtRunes  = 100
	maxLawQueryLen = 200
)

// query validates r and turns it into a retrieval query.
func (r similarRequest) query() (retrieval.Query, error) {
	facts := strings.TrimSpace(r.Facts)
	switch n := utf8.RuneCountInString(facts); {
	case n == 0:
		return retrieval.Query{}, invalid("facts", "请填写案件事实")
	case n > maxFactsRunes:
		return retrieval.Query{}, invalid("facts", fmt.Sprintf("案件事实过长：%d 字，上限为 %d 字", n, maxFactsRunes))
	}
	charges, err := normalizeCharges(r.Charges)
	if err != nil {
		return retrieval.Query{}, err
	}
	articles, err := normalizeArticles(r.Articles)
	if err != nil {
		return retrieval.Query{}, err
	}
	filter, err := r.Filters.filter()
	if err != nil {
		return retrieval.Query{}, err
	}
	k := r.K
	switch {
	case k == 0:
		k = defaultK
	case k < 1 || k > maxK:
		return retrieval.Query{}, invalid("k", fmt.Sprintf("返回数量应在 1 到 %d 之间", maxK))
	}
	return retrieval.Query{Facts: facts, Charges: charges, Articles: articles, Filter: filter, K: k}, nil
}

// normalizeCharges trims each charge, drops CAIL-style brackets and adds
// the 罪 the index stores: "[盗窃]" and "盗窃" both become "盗窃罪".
func normalizeCharges(in []string) ([]string, error) {
	if len(in) > maxListItems {
		return nil, invalid("charges", fmt.Sprintf("罪名最多 %d 个", maxListItems))
	}
	var out []string
	for _, c := range in {
		c = strings.NewReplacer("[", "", "]", "", " ", "", "　", "").Replace(c)
		if c == "" {
			continue
		}
		if utf8.RuneCountInString(c) > maxNameRunes || hasControl(c) {
			return nil, invalid("charges", "罪名格式有误："+clip(c, 20))
		}
		if !strings.HasSuffix(c, "罪") {
			c += "罪"
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, nil
}

func normalizeArticles(in []string) ([]string, error) {
	if len(in) > maxListItems {
		return nil, invalid("articles", fmt.Sprintf("法条最多 %d 个", maxListItems))
	}
	var out []string
	for _, a := range in {
		if strings.TrimSpace(a) == "" {
			continue
		}
		n, ok := rules.NormalizeArticle(a)
		if !ok {
			return nil, invalid("articles", "无法识别的刑法条文："+clip(a, 20)+"（可写作 264、第264条 或 刑法第二百六十四条）")
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out, nil
}

func (f similarFilters) filter() (retrieval.Filter, error) {
	court := strings.TrimSpace(f.Court)
	if utf8.RuneCountInString(court) > maxCourtRunes || hasControl(court) {
		return retrieval.Filter{}, invalid("filters.court", fmt.Sprintf("法院名称不能超过 %d 字", maxCourtRunes))
	}
	for _, y := range []struct {
		field string
		year  int
	}{{"filters.year_from", f.YearFrom}, {"filters.year_to", f.YearTo}} {
		if y.year != 0 && (y.year < minYear || y.year > maxYear) {
			return retrieval.Filter{}, invalid(y.field, fmt.Sprintf("年份应在 %d 到 %d 之间", minYear, maxYear))
		}
	}
	if f.YearFrom != 0 && f.YearTo != 0 && f.YearFrom > f.YearTo {
		return retrieval.Filter{}, invalid("filters.year_to", "结束年份不能早于起始年份")
	}
	if err := oneOf("filters.procedure", "审级", f.Procedure, "一审", "二审", "再审"); err != nil {
		return retrieval.Filter{}, err
	}
	if err := oneOf("filters.doc_type", "文书类型", f.DocType, "判决书", "裁定书", "调解书", "决定书"); err != nil {
		return retrieval.Filter{}, err
	}
	if err := oneOf("filters.case_type", "案件类型", f.CaseType, "criminal", "civil", "administrative"); err != nil {
		return retrieval.Filter{}, err
	}
	return retrieval.Filter{
		Court: court, YearFrom: f.YearFrom, YearTo: f.YearTo,
		Procedure: f.Procedure, DocType: f.DocType, CaseType: f.CaseType,
	}, nil
}

// oneOf accepts "" (no filter) or one of allowed.
func oneOf(field, label, v string, allowed ...string) error {
	if v == "" || slices.Contains(allowed, v) {
		return nil
	}
	return invalid(field, fmt.Sprintf("%s应为 %s 之一", label, strings.Join(allowed, "、")))
}

func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}

// clip shortens s for an error message.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
