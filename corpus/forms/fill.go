package forms

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"leian/corpus/parse"
)

// ErrNotJudgment marks a text that reads as neither a complaint, an
// indictment nor a judgment: no party, no claim, no facts.
var ErrNotJudgment = errors.New("not a complaint or judgment")

// MaxRunes bounds the text a form is filled from.
const MaxRunes = 100_000

// Detect names the form type text is of, or wraps ErrUnsupported.
func Detect(text string) (Type, error) {
	ts, err := loadTypes()
	if err != nil {
		return Type{}, err
	}
	for _, t := range ts {
		if t.Detect.matches(text) {
			return t, nil
		}
	}
	return Type{}, fmt.Errorf("no element form fits this case (supported: %s): %w", typeNames(ts), ErrUnsupported)
}

func typeNames(ts []Type) string {
	var ns []string
	for _, t := range ts {
		ns = append(ns, t.Name)
	}
	return strings.Join(ns, "、")
}

func (d Detection) matches(text string) bool {
	for _, w := range d.None {
		if strings.Contains(text, w) {
			return false
		}
	}
	for _, group := range d.All {
		if !containsAny(text, group) {
			return false
		}
	}
	return len(d.All) > 0
}

// IsCaseText reports whether text reads like a complaint, indictment or
// judgment: it names a party role and states a claim, a charge or facts.
func IsCaseText(text string) bool {
	return containsAny(text, []string{"原告", "被告", "申请人", "上诉人", "公诉机关", "检察院", "犯罪嫌疑人", "本院", "诉讼请求", "诉称", "辩称"}) &&
		containsAny(text, []string{"诉讼请求", "请求", "诉称", "指控", "经审理查明", "查明", "事实", "判决", "起诉", "审理"})
}

// Fill reads the form of type typ ("" detects it) from text, a complaint,
// indictment or judgment. Spans are rune offsets into text.
func Fill(text, typ string) (*Form, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("text is empty: %w", ErrNotJudgment)
	}
	if n := utf8.RuneCountInString(text); n > MaxRunes {
		return nil, fmt.Errorf("text has %d characters, at most %d: %w", n, MaxRunes, ErrNotJudgment)
	}
	if !IsCaseText(text) {
		return nil, ErrNotJudgment
	}
	var t Type
	var err error
	if typ == "" {
		t, err = Detect(text)
	} else {
		t, err = Lookup(typ)
	}
	if err != nil {
		return nil, err
	}
	return t.Fill(text, parse.Parse(text)), nil
}

// Fill reads t's fields from text with its parsed structure s.
func (t Type) Fill(text string, s *parse.Structure) *Form {
	src := newSource(text, s)
	f := &Form{Type: t.Type, Name: t.Name}
	for _, spec := range t.Fields {
		r, _ := ruleFor(spec.Rule)
		vs := r(src, spec)
		if len(vs) > spec.limit() {
			vs = vs[:spec.limit()]
		}
		if vs == nil {
			vs = []Value{}
		}
		f.Fields = append(f.Fields, Field{Key: spec.Key, Label: spec.Label, Multi: spec.Multi, Values: vs})
	}
	return f
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
