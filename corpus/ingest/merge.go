package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// Outcome is what storing one record did.
type Outcome string

// Outcomes.
const (
	OutcomeNew       Outcome = "new"       // a new document
	OutcomeMerged    Outcome = "merged"    // added a source to a stored document
	OutcomeUnchanged Outcome = "unchanged" // already stored: nothing to do
	OutcomeUpdated   Outcome = "updated"   // the source's text for this record changed
	// OutcomeReextracted: the text is unchanged but the stored document was
	// analysed by an older extraction version; it is parsed and extracted again.
	OutcomeReextracted Outcome = "reextracted"
)

// store places one prepared record in tx. Identity is the source's own id,
// else the content hash; a record whose text is already stored from another
// source is merged onto that document.
func store(tx *docstore.Tx, rec *source.Record, doc *corpus.Document) (Outcome, error) {
	if id, hash, ok := tx.Ref(rec.Source, rec.SourceID, doc.ContentHash); ok {
		if hash == doc.ContentHash {
			return OutcomeUnchanged, nil
		}
		old, err := tx.Get(id)
		if err != nil {
			return "", err
		}
		replaceText(old, doc)
		old.ExtractVersion = doc.ExtractVersion
		return OutcomeUpdated, tx.Put(old)
	}
	same, err := tx.ByHash(doc.ContentHash)
	if err != nil {
		return "", err
	}
	for _, d := range same {
		if linked(d, rec.Link) {
			mergeInto(d, doc)
			return OutcomeMerged, tx.Put(d)
		}
	}
	doc.ID = newID(rec, doc.ContentHash)
	if _, err := tx.Get(doc.ID); err == nil {
		return "", &idConflict{id: doc.ID}
	}
	return OutcomeNew, tx.Put(doc)
}

func newID(rec *source.Record, hash string) string {
	if rec.SourceID != "" {
		return rec.Source + ":" + rec.SourceID
	}
	return rec.Source + ":" + hash[:16]
}

// linked reports whether a record with case key link may be the same
// judgment as d: LeCaRD documents sharing a text but not an ajId stay apart.
func linked(d *corpus.Document, link string) bool {
	if link == "" {
		return true
	}
	keys := links(d)
	if len(keys) == 0 {
		return true
	}
	for _, k := range keys {
		if k == link {
			return true
		}
	}
	return false
}

func links(d *corpus.Document) []string {
	var out []string
	for _, l := range d.Labels {
		if v, ok := l.Other["ajId"].(string); ok && v != "" {
			out = append(out, v)
		}
	}
	for _, s := range d.Sources {
		if s.Source == "judge" && s.SourceID != "" {
			out = append(out, s.SourceID)
		}
	}
	return out
}

// mergeInto adds src's source, labels and missing sections to d. The text is
// the same by hash, so d keeps its structure and elements.
func mergeInto(d, src *corpus.Document) {
	d.Sources = append(d.Sources, src.Sources...)
	for _, l := range src.Labels {
		if !hasLabels(d.Labels, l) {
			d.Labels = append(d.Labels, l)
		}
	}
	for k, v := range src.Sections {
		if d.Sections == nil {
			d.Sections = map[string]string{}
		}
		if _, ok := d.Sections[k]; !ok {
			d.Sections[k] = v
		}
	}
	if d.Title == "" {
		d.Title = src.Title
	}
	if d.CaseType == corpus.UnknownType {
		d.CaseType = src.CaseType
	}
}

// hasLabels compares as JSON: stored labels come back from JSON with
// different Go types (float64, []any) than freshly read ones.
func hasLabels(all []corpus.Labels, l corpus.Labels) bool {
	want, _ := json.Marshal(l)
	for _, x := range all {
		if got, _ := json.Marshal(x); bytes.Equal(got, want) {
			return true
		}
	}
	return false
}

// replaceText applies a source's changed text to its stored document,
// replacing that source's labels.
func replaceText(d, src *corpus.Document) {
	d.Text, d.ContentHash = src.Text, src.ContentHash
	d.Structure, d.Elements, d.Sections = src.Structure, src.Elements, src.Sections
	if src.Title != "" {
		d.Title = src.Title
	}
	kept := d.Labels[:0]
	for _, l := range d.Labels {
		if len(src.Labels) == 0 || l.Source != src.Labels[0].Source {
			kept = append(kept, l)
		}
	}
	d.Labels = append(kept, src.Labels...)
}

// idConflict is a new record whose ID already names a different document
// (e.g. an integration reusing an id for another text).
type idConflict struct{ id string }

func (e *idConflict) Error() string {
	return fmt.Sprintf("id %q already names a document with different text", e.id)
}
