package engine

import (
	"cmp"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/retrieval/docmeta"
	"leian/retrieval/elements"
)

// Analyse fills a document's Structure and Elements when ingest left them
// empty (documents handed over by an eval rather than read from the store).
func Analyse(doc *corpus.Document) {
	if doc.Structure == nil && doc.Elements == nil {
		doc.ExtractVersion = extract.Version
	}
	if doc.Structure == nil {
		doc.Structure = parse.Parse(doc.Text)
	}
	if doc.Elements == nil {
		doc.Elements = extract.Extract(doc.Text, doc.Structure)
	}
}

// caseOf is a stored judgment's elements as the signals compare them: the
// shared extractor's, plus the manners (入户, 多次, …) read from its facts.
func caseOf(doc *corpus.Document) elements.Case {
	c := docmeta.CaseOf(doc)
	c.Manners = mannersOf(facts(doc))
	return c
}

// facts returns the text the signals compare: the facts section when the
// source delimited one, else the parsed facts, else the whole text.
func facts(doc *corpus.Document) string {
	return cmp.Or(doc.SectionText("facts", parse.Facts), doc.Text)
}

// penaltyWords writes the first defendant's sentence as the verdict states
// it, else the decided outcome the source recorded (CAIL2018 facts come
// without their verdict).
func penaltyWords(doc *corpus.Document) string {
	if e := doc.Elements; e != nil {
		for _, d := range e.Defendants {
			if d.Penalty != nil {
				return elements.PenaltyWords(d.Penalty.Kind, d.Penalty.Months)
			}
		}
	}
	if kind, months, ok := doc.Decided(); ok {
		return elements.PenaltyWords(kind, months)
	}
	return ""
}

// extractFacts reads the elements of facts alone (the case in hand has no verdict yet).
func extractFacts(text string) *extract.Elements {
	return extract.Extract(text, parse.Parse(text))
}
