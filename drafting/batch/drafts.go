package batch

import (
	"context"
	"errors"

	"leian/drafting/draft"
)

// Drafter drafts one case (drafting/draft.Service): docID, when the case
// is stored, keeps its own documents out of retrieval.
type Drafter interface {
	Draft(ctx context.Context, docID string, r draft.Request) (*draft.Draft, error)
}

// Stored says whether a case id is a stored document.
type Stored func(id string) bool

// MemberDraft is one member's draft, or why it could not be drafted.
type MemberDraft struct {
	ID    string       `json:"id"`
	Draft *draft.Draft `json:"draft,omitempty"`
	Error string       `json:"error,omitempty"`
}

// DraftFrom drafts every member from the model case the judge decided:
// each member keeps its own facts and takes the model's kind of judgment
// and what the judge decided in it (its charges, its articles, its
// reasoning's wording, its penalty adjusted for the member's elements, for
// a loan its interest cap and orders). A criminal member whose own
// indictment or facts point to another charge is drafted on its own
// charge instead (drafting/draft.Offline.modelCharges). Each draft's
// FromModel says what was carried over and what was changed and why.
func DraftFrom(ctx context.Context, d Drafter, stored Stored, model Case, members []Case) ([]MemberDraft, error) {
	all := append([]Case{model}, members...)
	ps, err := read(all)
	if err != nil {
		return nil, err
	}
	if len(ps) < 2 {
		return nil, &ItemError{Message: "请至少选择一件需要依范本起草的案件"}
	}
	m := ps[0]
	kind := draft.KindCriminal
	if m.caseType == "civil" {
		kind = draft.KindLoan
	}
	if m.form != nil && m.form.Type != "loan" && m.caseType == "civil" {
		kind = "" // the drafter decides, and says when it has no template
	}
	return draftEach(ctx, d, stored, ps[1:], func(p pending) draft.Request {
		r := draft.Request{Facts: p.facts, Kind: kind}
		if stored != nil && stored(m.ID) {
			r.ModelID = m.ID
		} else {
			r.ModelText = m.Text
		}
		if kind == draft.KindCriminal {
			r.Charges = p.charges // the drafter weighs them against the model's
		}
		return r
	})
}

// DraftAlone drafts each case as DraftFrom reads it, but with no model
// case: its own facts and indicted charges only. It is what drafting a
// group's members costs without a decided model (leian eval batchdraft).
func DraftAlone(ctx context.Context, d Drafter, stored Stored, kind string, cases []Case) ([]MemberDraft, error) {
	ps, err := read(cases)
	if err != nil {
		return nil, err
	}
	return draftEach(ctx, d, stored, ps, func(p pending) draft.Request {
		return draft.Request{Facts: p.facts, Kind: kind, Charges: p.charges}
	})
}

func draftEach(ctx context.Context, d Drafter, stored Stored, ps []pending, request func(pending) draft.Request) ([]MemberDraft, error) {
	out := make([]MemberDraft, 0, len(ps))
	for _, p := range ps {
		r := request(p)
		docID := ""
		if stored != nil && stored(p.ID) {
			docID = p.ID
		}
		dr, err := d.Draft(ctx, docID, r)
		var ie *draft.InputError
		switch {
		case errors.As(err, &ie):
			out = append(out, MemberDraft{ID: p.ID, Error: ie.Message})
		case err != nil:
			return nil, err
		default:
			out = append(out, MemberDraft{ID: p.ID, Draft: dr})
		}
	}
	return out, nil
}
