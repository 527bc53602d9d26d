package ingest

import (
	"fmt"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// reanalysis is stored document old, whose text a record carries unchanged,
// parsed and extracted again under a newer extraction version: only what
// re-extraction replaces (structure, elements, case type, version).
//
// It re-reads the stored text, not the record's: a document's offsets are
// into its own text, which may differ from this record's in white space
// (the content hash ignores it) when another source named the document.
func reanalysis(old *corpus.Document, rec *source.Record, version int) (*corpus.Document, error) {
	// The case type was derived from the old analysis when the document's
	// only record gave none; one a source gave, or a merged document's, stays.
	return reanalyse(old, len(old.Sources) == 1 && rec.CaseType == corpus.UnknownType, version)
}

// reanalyse parses and extracts old's stored text again under version;
// derived says old's case type came from its old analysis (no source gave
// it), so the new analysis derives it afresh.
func reanalyse(old *corpus.Document, derived bool, version int) (*corpus.Document, error) {
	d := &corpus.Document{ID: old.ID, Title: old.Title, Text: old.Text, ContentHash: old.ContentHash, CaseType: old.CaseType, ExtractVersion: version}
	if derived {
		d.CaseType = corpus.UnknownType
	}
	if err := analyse(d); err != nil {
		return nil, err
	}
	return d, nil
}

// reextract writes fresh, a reanalysis of stored document old (read
// without its analysis, stamped), into the store, keeping the document's
// sources, labels and sections. It is idempotent: a document already at
// the version (another record of it came first) or whose text changed
// since the reanalysis read it is left as it is, so a crashed run re-run
// finishes what the crash left undone and redoes nothing. old is used as
// read unless something wrote the document since (a merge earlier in this
// run): then the document is read again.
func reextract(tx *docstore.Tx, old *corpus.Document, stamp docstore.Stamp, fresh *corpus.Document) (Outcome, error) {
	v, err := tx.Version(fresh.ID)
	if err != nil {
		return "", err
	}
	if v >= fresh.ExtractVersion {
		return OutcomeUnchanged, nil
	}
	d := old
	if !tx.Unchanged(fresh.ID, stamp) {
		if d, err = tx.Get(fresh.ID); err != nil {
			return "", err
		}
	}
	if d.ContentHash != fresh.ContentHash || d.Text != fresh.Text {
		return OutcomeUnchanged, nil
	}
	d.Structure, d.Elements, d.CaseType, d.ExtractVersion = fresh.Structure, fresh.Elements, fresh.CaseType, fresh.ExtractVersion
	if err := tx.Put(d); err != nil {
		return "", fmt.Errorf("re-extract %s: %w", d.ID, err)
	}
	return OutcomeReextracted, nil
}
