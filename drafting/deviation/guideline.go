package deviation

import (
	"context"
	"math"

	"leian/corpus/rules"
	"leian/drafting/legality"
	"leian/drafting/sentencing"
)

// Estimator is the sentencing estimator of drafting/sentencing.
type Estimator interface {
	Estimate(ctx context.Context, c sentencing.Case) (sentencing.Recommendation, error)
}

// Guideline is the Recommender backed by the sentencing estimator: the
// 2021 guideline's range after every adjustment, within the statutory tier,
// with the estimator's trace as its steps, and the estimator's learned
// term. A charge the guideline does not cover gives no range, and the
// check says so rather than guessing.
type Guideline struct{ Est Estimator }

// Recommend implements Recommender.
func (g Guideline) Recommend(ctx context.Context, c Case) (Recommendation, error) {
	var cited []rules.ArticleNo
	for _, a := range c.Articles {
		if no, ok := legality.ParseArticle(a); ok {
			cited = append(cited, no)
		}
	}
	rec, err := g.Est.Estimate(ctx, sentencing.Case{Facts: c.Facts, Charges: c.Charges, Articles: cited, Court: c.Province, Exclude: c.ExcludeIDs})
	if fe, ok := sentencing.IsFieldError(err); ok {
		return Recommendation{}, &InputError{Field: fe.Field, Message: fe.Reason}
	}
	if err != nil {
		if ctx.Err() != nil {
			return Recommendation{}, err
		}
		// The served estimator may still be loading or training at
		// start-up: the rest of the check still stands, and the report
		// says what is missing.
		return Recommendation{}, &InputError{Field: "guideline", Message: "量刑估算暂不可用（模型可能仍在加载或训练），本次未检查指导意见区间与模型估计"}
	}
	out := Recommendation{Kind: rec.Kind}
	switch rec.Kind {
	case "有期徒刑", "拘役", "管制":
		out.ModelMonths = math.Round(rec.ModelMonths*10) / 10
		out.Neighbours, out.NeighbourN = rec.Similar.Quantiles, rec.Similar.N
		for _, s := range rec.Trace {
			if s.Stage == "模型" {
				out.ModelBasis = s.Source + "：" + s.Detail
			}
		}
	}
	lo, hi := rec.GuidelineRange[0], rec.GuidelineRange[1]
	if hi <= 0 || hi < lo {
		out.Note = "量刑指导意见未规定该罪名的量刑起点，无调节后区间可比"
		return out, nil
	}
	out.LoMonths, out.HiMonths = int(math.Floor(lo)), int(math.Ceil(hi))
	for _, s := range rec.Trace {
		if s.Stage == "模型" || s.Stage == "类案" {
			continue // the range is the guideline's; the model and similar cases are checked elsewhere
		}
		text := s.Name
		if s.Detail != "" {
			text += "：" + s.Detail
		}
		out.Trace = append(out.Trace, Step{Text: text, Rule: s.Source})
	}
	return out, nil
}
