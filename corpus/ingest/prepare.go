package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/ingest/source"
	"leian/corpus/parse"
)

// ContentHash is the SHA-256 (hex) of text with all white space removed, so
// re-wrapped or re-indented copies of one judgment hash the same.
func ContentHash(text string) string {
	compact := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text)
	sum := sha256.Sum256([]byte(compact))
	return hex.EncodeToString(sum[:])
}

// Prepare turns a source record into a Document (without an ID): hash,
// parsed structure, extracted elements and case type. It returns an error
// when parsing or extraction fails on this text.
func Prepare(rec *source.Record) (*corpus.Document, error) {
	doc := &corpus.Document{
		Sources:     []corpus.SourceRef{{Source: rec.Source, SourceID: rec.SourceID, File: rec.File, Line: rec.Line}},
		CaseType:    rec.CaseType,
		Title:       rec.Title,
		Text:        rec.Text,
		Sections:    rec.Sections,
		ContentHash: ContentHash(rec.Text),
	}
	if rec.Labels != nil {
		doc.Labels = []corpus.Labels{*rec.Labels}
	}
	if err := analyse(doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// analyse parses and extracts doc.Text under the current extract.Version
// and derives the case type when doc has none.
func analyse(doc *corpus.Document) (err error) {
	// Parse and extract read outside text; one judgment that trips them must
	// not stop an ingest of thousands, so a panic becomes this record's error.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse/extract: %v", r)
		}
	}()
	doc.Structure = parse.Parse(doc.Text)
	doc.Elements = extract.Extract(doc.Text, doc.Structure)
	if doc.ExtractVersion == 0 {
		doc.ExtractVersion = extract.Version
	}
	if doc.CaseType == corpus.UnknownType {
		doc.CaseType = caseTypeOf(doc)
	}
	return nil
}

// caseTypeOf falls back from what the source said to what parsing and
// extraction found, then to the document's wording.
func caseTypeOf(doc *corpus.Document) corpus.CaseType {
	for _, ct := range []string{doc.Structure.CaseType, doc.Elements.CaseType} {
		switch corpus.CaseType(ct) {
		case corpus.Criminal, corpus.Civil, corpus.Administrative:
			return corpus.CaseType(ct)
		}
	}
	head := doc.Title + firstRunes(doc.Text, 300)
	switch {
	case strings.Contains(head, "行政判决"), strings.Contains(head, "行政裁定"), strings.Contains(head, "行政纠纷"):
		return corpus.Administrative
	case strings.Contains(head, "刑事"), strings.Contains(head, "被告人"), strings.Contains(head, "公诉"):
		return corpus.Criminal
	case strings.Contains(head, "民事"), strings.Contains(head, "原告"), strings.Contains(head, "纠纷"):
		return corpus.Civil
	}
	return corpus.UnknownType
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
