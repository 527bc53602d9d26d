package engine

import (
	"fmt"
	"strings"

	"leian/corpus"
	"leian/retrieval"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// explain builds the result for one ranked candidate: metadata, the score
// breakdown, element reasons and shared passages.
func explain(req *rank.Request, c rank.Candidate, doc *corpus.Document) retrieval.Result {
	meta := MetaOf(doc)
	r := retrieval.Result{
		ID: doc.ID, Title: doc.Title, Court: meta.Court, Year: meta.Year, Charges: meta.Charges,
		Penalty: penaltyWords(doc.Elements), Score: c.Score, Signals: map[string]float64{},
	}
	if doc.Structure != nil && doc.Structure.CaseNumber != nil {
		r.CaseNo = doc.Structure.CaseNumber.Raw
	}
	if r.Title == "" {
		r.Title = fallbackTitle(doc, meta)
	}
	for k, v := range c.Parts {
		r.Signals[k] = v
	}
	r.Reasons = elements.Compare(req.Case, CaseOf(doc)).Reasons
	r.Highlights = rank.Highlights(retrieval.FieldFacts, req.Facts, facts(doc))
	if n := len(r.Highlights); n > 0 {
		r.Reasons = append(r.Reasons, retrieval.Reason{Kind: "passage", Shared: true,
			Text: fmt.Sprintf("事实部分有%d处相同表述，最长%d字", n, r.Highlights[0].QueryEnd-r.Highlights[0].QueryStart)})
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
