package draft

import (
	"context"
	"fmt"

	"leian/corpus"
	"leian/retrieval"
)

// Store is the document store the service reads a stored case from and
// indexes case families over (corpus/docstore.Store).
type Store interface {
	Documents
	Corpus
}

// FactsReader gives a stored case's facts, as the similar-case push reads
// them (retrieval/engine.Engine.SimilarQuery).
type FactsReader interface {
	SimilarQuery(ctx context.Context, id string, k int) (retrieval.Query, error)
}

// Service drafts for the API and the CLI: from facts, or from a stored
// case whose own documents (the same case, its appeals) are kept out of
// retrieval.
type Service struct {
	Drafter Drafter
	Facts   FactsReader
	Store   Store

	families FamilyCache
}

// Draft drafts r, or the stored case docID when it is set (r.Facts, when
// given, replaces the stored facts).
func (s *Service) Draft(ctx context.Context, docID string, r Request) (*Draft, error) {
	if docID != "" {
		doc, err := s.Store.Get(ctx, docID)
		if err != nil {
			return nil, fmt.Errorf("draft doc_id %s: %w", docID, err)
		}
		if r.Facts == "" {
			q, err := s.Facts.SimilarQuery(ctx, docID, 1)
			if err != nil {
				return nil, err
			}
			r.Facts = q.Facts
		}
		fam, err := s.families.Get(ctx, s.Store)
		if err != nil {
			return nil, err
		}
		r.Exclude = append(r.Exclude, fam.Members(CaseKeys(doc), docID)...)
		if r.Header.CaseNumber == "" {
			r.Header = headerOf(doc, r.Header)
		}
	}
	if r.ModelID != "" && r.Model == nil {
		m, err := s.Store.Get(ctx, r.ModelID)
		if err != nil {
			return nil, fmt.Errorf("draft model_id %s: %w", r.ModelID, err)
		}
		r.Model = m
	}
	return s.Drafter.Draft(ctx, r)
}

// headerOf fills the case information a stored judgment carries.
func headerOf(doc *corpus.Document, h Header) Header {
	if s := doc.Structure; s != nil {
		if h.Court == "" {
			h.Court = s.Court
		}
		if s.CaseNumber != nil && h.CaseNumber == "" {
			h.CaseNumber = s.CaseNumber.Raw
		}
	}
	return h
}
