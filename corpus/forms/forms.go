// Package forms holds the element forms of 要素式审判 (one JSON file per case
// type) and fills them from a complaint or judgment, each value with its span.
package forms

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"sort"
	"sync"

	"leian/corpus/parse"
)

//go:embed types/*.json
var typeFiles embed.FS

// Type is one case type's element form, as its file under types/ defines it.
type Type struct {
	Type      string      `json:"type"`
	Name      string      `json:"name"`
	CaseType  string      `json:"case_type"`            // criminal or civil
	DraftKind string      `json:"draft_kind,omitempty"` // the drafter's kind, "" when it has no template
	Detect    Detection   `json:"detect"`
	Priority  int         `json:"priority"` // higher wins when several types match
	Fields    []FieldSpec `json:"fields"`
}

// Detection says which texts are of a type: every group in All has a word in
// the text and no word of None is there.
type Detection struct {
	All  [][]string `json:"all"`
	None []string   `json:"none"`
}

// FieldSpec is one element of a form and the rule that fills it.
type FieldSpec struct {
	Key   string   `json:"key"`
	Label string   `json:"label"`
	Rule  string   `json:"rule"`            // see rules.go
	Roles []string `json:"roles,omitempty"` // party rule
	Cues  []string `json:"cues,omitempty"`
	// Skip: a sentence (date rule) or clause (money rule) with one of these
	// words states another matter (病假工资 is not the wage, 认定书's date
	// is not the accident's).
	Skip []string `json:"skip,omitempty"`
	// Kind (party rule): "person" or "organisation". When set, the first
	// principal parties of that kind on any side are read, whatever their
	// role (an employer may sue or be sued); Roles are the fallback.
	Kind  string `json:"kind,omitempty"`
	Multi bool   `json:"multi,omitempty"`
	Max   int    `json:"max,omitempty"` // at most this many values; 0: 5 when Multi, else 1
}

// Form is a filled (or corrected) element form.
type Form struct {
	Type   string  `json:"type"`
	Name   string  `json:"name"`
	DocID  string  `json:"doc_id,omitempty"`
	Fields []Field `json:"fields"`
}

// Field is one element with the values read for it; an empty Values
// means the text did not state it.
type Field struct {
	Key    string  `json:"key"`
	Label  string  `json:"label"`
	Multi  bool    `json:"multi,omitempty"`
	Values []Value `json:"values"`
}

// Value is one value with where it was read. Confidence is the rule's
// prior for how it was found (cue in the same clause, the right section,
// a fallback), not a calibrated probability. A corrected value has
// Source "judge" and no span.
type Value struct {
	Text       string      `json:"text"`
	Yuan       float64     `json:"yuan,omitempty"` // money values, in yuan
	Span       *parse.Span `json:"span,omitempty"` // rune offsets into the text filled from
	Quote      string      `json:"quote,omitempty"`
	Confidence float64     `json:"confidence"`
	Source     string      `json:"source"` // rule name, or "judge"
}

// Field returns the field with key k, or nil.
func (f *Form) Field(k string) *Field {
	for i := range f.Fields {
		if f.Fields[i].Key == k {
			return &f.Fields[i]
		}
	}
	return nil
}

// First is the first value's text of field k, or "".
func (f *Form) First(k string) string {
	if fd := f.Field(k); fd != nil && len(fd.Values) > 0 {
		return fd.Values[0].Text
	}
	return ""
}

// ErrUnsupported marks a case type no form exists for.
var ErrUnsupported = errors.New("unsupported case type")

var loadTypes = sync.OnceValues(func() ([]Type, error) {
	names, err := typeFiles.ReadDir("types")
	if err != nil {
		return nil, fmt.Errorf("forms: list types: %w", err)
	}
	var out []Type
	for _, n := range names {
		b, err := typeFiles.ReadFile(path.Join("types", n.Name()))
		if err != nil {
			return nil, fmt.Errorf("forms: read %s: %w", n.Name(), err)
		}
		var t Type
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, fmt.Errorf("forms: %s: %w", n.Name(), err)
		}
		if err := t.validate(); err != nil {
			return nil, fmt.Errorf("forms: %s: %w", n.Name(), err)
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Priority > out[j].Priority })
	return out, nil
})

// Types lists every form, highest detection priority first.
func Types() ([]Type, error) {
	ts, err := loadTypes()
	return slices.Clone(ts), err
}

// Lookup returns the form of type name.
func Lookup(name string) (Type, error) {
	ts, err := loadTypes()
	if err != nil {
		return Type{}, err
	}
	for _, t := range ts {
		if t.Type == name {
			return t, nil
		}
	}
	return Type{}, fmt.Errorf("form type %q: %w", name, ErrUnsupported)
}

func (t Type) validate() error {
	if t.Type == "" || t.Name == "" || len(t.Fields) == 0 {
		return errors.New("type, name and fields are required")
	}
	seen := map[string]bool{}
	for _, f := range t.Fields {
		if seen[f.Key] {
			return fmt.Errorf("field %s: duplicate key", f.Key)
		}
		seen[f.Key] = true
		if _, ok := ruleFor(f.Rule); !ok {
			return fmt.Errorf("field %s: unknown rule %q", f.Key, f.Rule)
		}
	}
	return nil
}

func (f FieldSpec) limit() int {
	switch {
	case f.Max > 0:
		return f.Max
	case f.Multi:
		return 5
	}
	return 1
}
