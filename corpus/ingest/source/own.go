package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"leian/corpus"
)

var errNotString = errors.New("not a string")

// ownLine is Leian's own JSONL schema for integrations (docs/jsonl-schema.md).
type ownLine struct {
	ID       string            `json:"id"`
	Source   string            `json:"source"`
	Title    string            `json:"title"`
	CaseType corpus.CaseType   `json:"case_type"`
	Text     *string           `json:"text"`
	Sections map[string]string `json:"sections"`
	Labels   *corpus.Labels    `json:"labels"`
}

func decodeOwn(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v ownLine
	dec := json.NewDecoder(bytes.NewReader(b))
	// Unknown fields are rejected so a misspelt field is reported, not lost.
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		var te *json.UnmarshalTypeError
		field := ""
		if errors.As(err, &te) {
			field = te.Field
		} else if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			field = strings.Trim(f, `"`)
		}
		return nil, &Problem{File: file, Line: n, Field: field, Reason: ReasonMalformed, Err: err}
	}
	if dec.More() {
		return nil, &Problem{File: file, Line: n, Reason: ReasonMalformed, Err: errors.New("more than one JSON value on the line")}
	}
	if v.Text == nil {
		return nil, missing(file, n, "text")
	}
	if p := checkText(file, n, "text", *v.Text, opt); p != nil {
		return nil, p
	}
	switch v.CaseType {
	case corpus.Criminal, corpus.Civil, corpus.Administrative, corpus.UnknownType:
	default:
		return nil, &Problem{File: file, Line: n, Field: "case_type", Reason: ReasonMalformed,
			Err: errors.New("want criminal, civil or administrative")}
	}
	src := v.Source
	if src == "" {
		src = "jsonl"
	}
	if v.Labels != nil && v.Labels.Source == "" {
		v.Labels.Source = src
	}
	return []Record{{Source: src, SourceID: v.ID, File: file, Line: n, Title: v.Title, Text: *v.Text,
		Sections: v.Sections, Labels: v.Labels, CaseType: v.CaseType}}, nil
}
