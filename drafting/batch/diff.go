package batch

import (
	"slices"
	"strconv"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// formSketch is what a judge compares across a group: the amount, the
// parties, the claims or charges and the circumstances.
type formSketch struct {
	Type          string   `json:"type,omitempty"`
	Amount        float64  `json:"amount,omitempty"` // yuan
	Parties       []string `json:"parties,omitempty"`
	Claims        []string `json:"claims,omitempty"`
	Charges       []string `json:"charges,omitempty"`
	Circumstances []string `json:"circumstances,omitempty"`
}

// Diff is one element on which a member differs from the model case.
type Diff struct {
	Element string `json:"element"` // amount, parties, claims, charges, circumstances
	Label   string `json:"label"`
	Model   string `json:"model"`
	Member  string `json:"member"`
}

// amountKeys are the form fields holding a case's principal amount.
var amountKeys = []string{"principal", "amount", "wage"}

func sketch(p pending) *formSketch {
	s := &formSketch{Charges: p.charges}
	if f := p.form; f != nil {
		s.Type = f.Type
		for _, k := range amountKeys {
			if fd := f.Field(k); fd != nil && len(fd.Values) > 0 {
				s.Amount = fd.Values[0].Yuan
			}
		}
		if fd := f.Field("losses"); fd != nil {
			for _, v := range fd.Values {
				s.Amount += v.Yuan
			}
		}
		for _, fd := range f.Fields {
			for _, v := range fd.Values {
				switch {
				case v.Source == "party":
					s.Parties = append(s.Parties, v.Text)
				case fd.Key == "claims":
					s.Claims = append(s.Claims, v.Text)
				case fd.Key == "circumstances":
					s.Circumstances = append(s.Circumstances, v.Text)
				case fd.Key == "charge" && len(s.Charges) == 0:
					s.Charges = append(s.Charges, v.Text)
				}
			}
		}
	}
	if s.Amount == 0 {
		for _, a := range extract.Amounts(p.facts, 0) {
			s.Amount = max(s.Amount, a.Yuan)
		}
	}
	if len(s.Parties) == 0 {
		for _, pt := range parse.Parse(p.Text).Parties {
			if pt.Principal && pt.Name != "" {
				s.Parties = append(s.Parties, pt.Role+pt.Name)
			}
		}
	}
	if len(s.Circumstances) == 0 && p.caseType == "criminal" {
		for _, c := range extract.CircumstancesIn(p.facts, 0) {
			s.Circumstances = append(s.Circumstances, c.Kind)
		}
	}
	return s
}

// diff lists the elements on which member differs from model.
func diff(model, member pending) []Diff {
	a, b := sketch(model), sketch(member)
	var out []Diff
	if a.Amount != b.Amount {
		out = append(out, Diff{"amount", "金额", yuan(a.Amount), yuan(b.Amount)})
	}
	if len(b.Parties) > 0 && !slices.Equal(a.Parties, b.Parties) {
		out = append(out, Diff{"parties", "当事人", strings.Join(a.Parties, "、"), strings.Join(b.Parties, "、")})
	}
	if !slices.Equal(a.Charges, b.Charges) {
		out = append(out, Diff{"charges", "罪名", strings.Join(a.Charges, "、"), strings.Join(b.Charges, "、")})
	}
	if len(a.Claims)+len(b.Claims) > 0 && !slices.Equal(a.Claims, b.Claims) {
		out = append(out, Diff{"claims", "诉讼请求", strings.Join(a.Claims, "；"), strings.Join(b.Claims, "；")})
	}
	if only, extra := setDiff(a.Circumstances, b.Circumstances); only != "" || extra != "" {
		out = append(out, Diff{"circumstances", "情节", "范本独有：" + or(only, "无"), "本案独有：" + or(extra, "无")})
	}
	if a.Type != b.Type {
		out = append(out, Diff{"type", "案件类型", or(a.Type, "未识别"), or(b.Type, "未识别")})
	}
	return out
}

func setDiff(a, b []string) (onlyA, onlyB string) {
	var x, y []string
	for _, v := range a {
		if !slices.Contains(b, v) && !slices.Contains(x, v) {
			x = append(x, v)
		}
	}
	for _, v := range b {
		if !slices.Contains(a, v) && !slices.Contains(y, v) {
			y = append(y, v)
		}
	}
	return strings.Join(x, "、"), strings.Join(y, "、")
}

func yuan(v float64) string {
	if v == 0 {
		return "未载明"
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + "元"
}
