package rules

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// WriteRefs prints resolved articles for a reader: place in the law, text,
// penalty tiers; then every citation that did not resolve, with its cause.
func WriteRefs(w io.Writer, refs []*ArticleRef, err error) error {
	var b strings.Builder
	for i, r := range refs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s %s\n", r.LawTitle, r.Label)
		fmt.Fprintf(&b, "位置：%s\n", strings.Join(r.Hierarchy, " › "))
		if r.Fuzzy {
			fmt.Fprintf(&b, "注意：法律名称“%s”为近似匹配\n", r.Citation.Law)
		}
		fmt.Fprintf(&b, "%s\n", r.Text)
		if len(r.Tiers) > 0 {
			b.WriteString("法定刑幅度：\n")
			for _, t := range r.Tiers {
				fmt.Fprintf(&b, "  %s\n", t.Summary())
			}
		}
	}
	for _, e := range unwrapAll(err) {
		var re *ResolveError
		if errors.As(e, &re) {
			fmt.Fprintf(&b, "未能解析：%s（%s）\n", re.Query, re.Detail)
		} else {
			fmt.Fprintf(&b, "未能解析：%v\n", e)
		}
	}
	_, werr := io.WriteString(w, b.String())
	return werr
}

// Summary is the tier as a reader needs it: where it is written, what it
// applies to, its term range and its punishments.
func (t Tier) Summary() string {
	return fmt.Sprintf("第%d款 %s：%s（%s）", t.Paragraph, t.Condition, monthSpan(t), strings.Join(t.Kinds, "、"))
}

func monthSpan(t Tier) string {
	if t.MaxMonths == 0 {
		return "无期徒刑或死刑"
	}
	return fmt.Sprintf("%d–%d 个月", t.MinMonths, t.MaxMonths)
}

// unwrapAll flattens an errors.Join of resolve errors.
func unwrapAll(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// WriteHits prints search results, best first.
func WriteHits(w io.Writer, hits []Hit) error {
	var b strings.Builder
	for i, h := range hits {
		kind := "条文"
		if h.Kind == "case" {
			kind = "案例"
		}
		fmt.Fprintf(&b, "%2d. [%s] %s %s  (%.1f)\n    %s\n", i+1, kind, h.Title, h.Label, h.Score, h.Snippet)
	}
	if len(hits) == 0 {
		b.WriteString("没有找到相关条文或案例\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
