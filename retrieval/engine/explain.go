package engine

import (
	"fmt"
	"strings"

	"leian/corpus"
	"leian/retrieval"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// explain builds the result for one ranked candidate: its card, the score
// breakdown, element reasons and the passages it shares with the query.
func explain(req *rank.Request, passages *rank.Passages, c rank.Candidate, card Card, cs elements.Case) retrieval.Result {
	r := retrieval.Result{
		ID: c.ID, Title: card.Title, Court: card.Court, Year: card.Year, CaseNo: card.CaseNo,
		Charges: card.Charges, Penalty: card.Penalty, Score: c.Score, Reserved: c.Reserved, Signals: map[string]float64{},
	}
	for k, v := range c.Parts {
		r.Signals[k] = v
	}
	r.Reasons = elements.Compare(req.Case, cs).Reasons
	if c.Reserved {
		// Say why the case stands among the first k, so the judge does
		// not read it as the engine's best match: it is the best case of
		// a predicted or alternative charge the fusion left out.
		r.Reasons = append(r.Reasons, retrieval.Reason{Kind: "charge", Shared: false,
			Text: fmt.Sprintf("罪名由事实预测，列出预测或备选罪名%s的最相似类案", strings.Join(card.Charges, "、"))})
	}
	if !req.Query.NoHighlights {
		r.Highlights = passages.Highlights(retrieval.FieldFacts, card.Facts)
	}
	if n := len(r.Highlights); n > 0 {
		r.Reasons = append(r.Reasons, retrieval.Reason{Kind: "passage", Shared: true,
			Text: fmt.Sprintf("事实部分有%d处相同表述，最长%d字", n, r.Highlights[0].QueryEnd-r.Highlights[0].QueryStart)})
	}
	if r.Reasons == nil {
		r.Reasons = []retrieval.Reason{} // clients read a list, never null
	}
	return r
}

// fallbackTitle names a document whose source gave no title (CAIL2018,
// LawBench and SCM carry only parts of a judgment), so the judge still sees
// where it comes from and what it is about.
func fallbackTitle(doc *corpus.Document, meta retrieval.Meta) string {
	source := "公开数据集"
	if len(doc.Sources) > 0 {
		source = strings.ToUpper(doc.Sources[0].Source)
	}
	if len(meta.Charges) > 0 {
		return fmt.Sprintf("%s 案例：%s", source, strings.Join(meta.Charges, "、"))
	}
	return source + " 案例"
}
