package embedded

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// Index field names of the filter columns.
const (
	fCharges    = "charges"
	fArticles   = "articles"
	fCourt      = "court"
	fCourtLevel = "court_level"
	fProvince   = "province"
	fYear       = "year"
	fProcedure  = "procedure"
	fDocType    = "doc_type"
	fCaseType   = "case_type"
	fCause      = "cause"
)

// keywordFields are the Meta columns matched exactly.
var keywordFields = [...]string{fCharges, fArticles, fCourt, fCourtLevel, fProvince, fProcedure, fDocType, fCaseType, fCause}

// newMapping builds the index mapping: the text fields cut by the Leian
// analyzers and scored with BM25, the facts also as bigrams, and the Meta
// columns as stored keywords and a number.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	if err := analysis.AddTo(im); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	im.ScoringModel = bindex.BM25Scoring
	im.DefaultAnalyzer = keyword.Name
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	doc := mapping.NewDocumentStaticMapping()
	for _, f := range retrieval.TextFields() {
		fields := []*mapping.FieldMapping{textField(string(f), analysis.IndexAnalyzer)}
		if f == retrieval.FieldFacts {
			fields = append(fields, textField(string(retrieval.FieldFactsBigram), analysis.BigramAnalyzer))
		}
		doc.AddFieldMappingsAt(string(f), fields...)
	}
	for _, f := range keywordFields {
		kw := mapping.NewKeywordFieldMapping()
		kw.IncludeInAll = false
		kw.DocValues = false
		doc.AddFieldMappingsAt(f, kw)
	}
	year := mapping.NewNumericFieldMapping()
	year.IncludeInAll = false
	doc.AddFieldMappingsAt(fYear, year)
	im.DefaultMapping = doc
	return im, nil
}

// textField is a searchable, unstored text field: the document store keeps
// the texts, so the index holds only postings.
func textField(name, analyzer string) *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Name = name
	fm.Analyzer = analyzer
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

// indexDoc is what bleve indexes for d.
func indexDoc(d retrieval.Doc) map[string]any {
	m := map[string]any{fCharges: d.Meta.Charges, fArticles: d.Meta.Articles}
	for f, v := range map[string]string{
		fCourt: d.Meta.Court, fCourtLevel: d.Meta.CourtLevel, fProvince: d.Meta.Province,
		fProcedure: d.Meta.Procedure, fDocType: d.Meta.DocType, fCaseType: d.Meta.CaseType, fCause: d.Meta.Cause,
	} {
		if v != "" {
			m[f] = v
		}
	}
	if d.Meta.Year != 0 {
		m[fYear] = float64(d.Meta.Year)
	}
	for _, f := range retrieval.TextFields() {
		if s := d.Text[f]; s != "" {
			m[string(f)] = s
		}
	}
	return m
}
