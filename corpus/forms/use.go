package forms

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
)

// ErrInvalid marks a submitted form that does not fit its type.
var ErrInvalid = errors.New("invalid form")

// Limits on a submitted (corrected) form.
const (
	maxValues     = 20
	maxValueRunes = 2000
)

// Corrected checks a form the judge submitted against its type and
// returns it in the type's field order, money values re-read from their
// text. Values the judge typed carry Source "judge"; unknown fields,
// too many or too long values are refused naming the field.
func Corrected(sub *Form) (*Form, error) {
	if sub == nil {
		return nil, fmt.Errorf("form: missing: %w", ErrInvalid)
	}
	t, err := Lookup(sub.Type)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, s := range t.Fields {
		known[s.Key] = true
	}
	for _, fd := range sub.Fields {
		if !known[fd.Key] {
			return nil, fmt.Errorf("fields.%s: not a field of form %s: %w", fd.Key, t.Type, ErrInvalid)
		}
	}
	out := &Form{Type: t.Type, Name: t.Name, DocID: sub.DocID}
	for _, s := range t.Fields {
		fd := Field{Key: s.Key, Label: s.Label, Multi: s.Multi, Values: []Value{}}
		if in := sub.Field(s.Key); in != nil {
			if len(in.Values) > maxValues || (!s.Multi && len(in.Values) > 1) {
				return nil, fmt.Errorf("fields.%s: %d values, at most %d: %w", s.Key, len(in.Values), s.limit(), ErrInvalid)
			}
			for i, v := range in.Values {
				v.Text = strings.TrimSpace(v.Text)
				if v.Text == "" {
					continue
				}
				if !utf8.ValidString(v.Text) || utf8.RuneCountInString(v.Text) > maxValueRunes {
					return nil, fmt.Errorf("fields.%s.values[%d]: longer than %d characters or not UTF-8: %w", s.Key, i, maxValueRunes, ErrInvalid)
				}
				if v.Source == "" || v.Source == "judge" {
					v = Value{Text: v.Text, Confidence: 1, Source: "judge"}
				}
				if as := extract.Amounts(v.Text, 0); len(as) > 0 && isMoney(s.Rule) {
					v.Yuan = as[len(as)-1].Yuan
				}
				fd.Values = append(fd.Values, v)
			}
		}
		out.Fields = append(out.Fields, fd)
	}
	return out, nil
}

func isMoney(rule string) bool {
	return rule == "money" || rule == "money_items" || rule == "crime_amount"
}

// Charges are the charges the form names (theft_fraud), with 罪.
func (f *Form) Charges() []string {
	var out []string
	if fd := f.Field("charge"); fd != nil {
		for _, v := range fd.Values {
			c := strings.TrimSpace(v.Text)
			if c != "" && !strings.HasSuffix(c, "罪") {
				c += "罪"
			}
			if c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

func (f *Form) values(k string) []string {
	var out []string
	if fd := f.Field(k); fd != nil {
		for _, v := range fd.Values {
			out = append(out, v.Text)
		}
	}
	return out
}

// Statement writes the form as case facts in the court's words, for the
// similar-case push and the drafter: the values the judge confirmed are
// then what they read, not the raw text's first guess.
func (f *Form) Statement() string {
	var b strings.Builder
	join := func(k, sep string) string { return strings.Join(f.values(k), sep) }
	switch f.Type {
	case "loan":
		fmt.Fprintf(&b, "原告%s诉称：", or(join("lender", "、"), "原告"))
		if d := f.First("loan_date"); d != "" {
			b.WriteString(d + "，")
		}
		fmt.Fprintf(&b, "被告%s向原告借款%s", or(join("borrower", "、"), "被告"), moneyWords(f.First("principal")))
		if r := f.First("interest"); r != "" {
			b.WriteString("，约定" + strings.TrimPrefix(r, "约定"))
		}
		b.WriteString("。")
		for _, k := range []string{"repayments", "guarantees", "overdue"} {
			for _, v := range f.values(k) {
				b.WriteString(strings.TrimRight(v, "。；;") + "。")
			}
		}
		if c := join("claims", "；"); c != "" {
			b.WriteString("诉讼请求：" + strings.TrimRight(c, "。") + "。")
		}
	case "theft_fraud":
		b.WriteString("公诉机关指控：")
		fmt.Fprintf(&b, "被告人%s", or(join("defendants", "、"), "某"))
		if n := f.First("times"); n != "" {
			b.WriteString("先后作案" + n + "，")
		}
		charge := strings.TrimSuffix(or(f.First("charge"), "盗窃罪"), "罪")
		fmt.Fprintf(&b, "%s他人财物，数额共计%s。", charge, moneyWords(f.First("amount")))
		for _, c := range f.values("circumstances") {
			b.WriteString("被告人有" + c + "情节。")
		}
		if cs := f.Charges(); len(cs) > 0 {
			b.WriteString("公诉机关认为被告人的行为构成" + strings.Join(cs, "、") + "。")
		}
	default:
		for _, fd := range f.Fields {
			if len(fd.Values) > 0 {
				b.WriteString(fd.Label + "：" + strings.TrimRight(strings.Join(f.values(fd.Key), "；"), "。") + "。\n")
			}
		}
	}
	return b.String()
}

func or(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// moneyWords keeps a typed amount that already says 元 and adds it to a bare number.
func moneyWords(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "　　元"
	}
	if strings.HasSuffix(s, "元") {
		return s
	}
	return s + "元"
}
