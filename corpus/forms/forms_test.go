package forms

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// scm reads field f of line n of CAIL2019-SCM: a real private-lending
// judgment's parties and facts.
func scm(t *testing.T, n int, f string) string {
	t.Helper()
	var text string
	dataset.Lines(t, "scm/triplets.jsonl", func(line int, b []byte) bool {
		if line != n {
			return true
		}
		var r map[string]any
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		text, _ = r[f].(string)
		return false
	})
	return text
}

// gazette reads one file of the bundle's Gazette cases.
func gazette(t *testing.T, name string) string {
	t.Helper()
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "civil", "gazette", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFillAllValues checks every value of a field in real judgments (the
// dev half of the hand-checked fixture).
func TestFillAllValues(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ, key string
		want                 []string
	}{
		{"employer sues", gazette(t, "吴江市佳帆纺织有限公司诉周付坤工伤保险待遇纠纷案.md"), "labour", "worker", []string{"周付坤"}},
		{"employer sues, employer", gazette(t, "吴江市佳帆纺织有限公司诉周付坤工伤保险待遇纠纷案.md"), "labour", "employer", []string{"吴江市佳帆纺织有限公司"}},
		{"bracket in name", gazette(t, "彭宇翔诉南京市城市建设开发_集团_有限责任公司追索劳动报酬纠纷案.md"), "labour", "employer", []string{"南京市城市建设开发（集团）有限责任公司"}},
		{"run-on party paragraph", scm(t, 137, "C"), "loan", "borrower", []string{"贺某1", "吴玲"}},
		{"guarantors are not borrowers", scm(t, 6, "C"), "loan", "borrower", []string{"金某1"}},
		{"special fraud", "公诉机关指控，被告人陈某伪造支票交给供应商，金额合计247360元，认为被告人陈某的行为已构成票据诈骗罪，请求依法判处。", "theft_fraud", "charge", []string{"票据诈骗罪"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Fill(tt.text, tt.typ)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range f.Field(tt.key).Values {
				got = append(got, v.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s = %q, want %q", tt.key, got, tt.want)
			}
		})
	}
}

func TestTypesLoad(t *testing.T) {
	ts, err := Types()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"loan": true, "traffic": true, "labour": true, "theft_fraud": true}
	for _, ty := range ts {
		delete(want, ty.Type)
	}
	if len(want) > 0 {
		t.Errorf("forms missing: %v", want)
	}
}

// TestFillRealJudgments fills forms from real judgments of the bundle and
// checks values a person read in them (see evals/testdata/forms_handchecked.jsonl).
func TestFillRealJudgments(t *testing.T) {
	for _, tt := range []struct {
		name       string
		text       string
		typ        string
		key, value string
	}{
		{"scm 4 lender", scm(t, 4, "B"), "loan", "lender", "毛某1"},
		{"scm 21 date", scm(t, 21, "B"), "loan", "loan_date", "2015年12月20日"},
		{"scm 21 interest", scm(t, 21, "B"), "loan", "interest", "年利率14.4%"},
		{"scm 51 principal", scm(t, 51, "B"), "loan", "principal", "20000元"},
		{"scm 51 no interest", scm(t, 51, "B"), "loan", "interest", "未约定利息"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Fill(tt.text, "")
			if err != nil {
				t.Fatal(err)
			}
			if f.Type != tt.typ {
				t.Fatalf("type %s, want %s", f.Type, tt.typ)
			}
			if got := f.First(tt.key); got != tt.value {
				t.Errorf("%s = %q, want %q", tt.key, got, tt.value)
			}
			runes := []rune(tt.text)
			for _, fd := range f.Fields {
				for _, v := range fd.Values {
					if v.Span == nil || v.Span.Start < 0 || v.Span.End > len(runes) || v.Confidence <= 0 || v.Confidence > 1 {
						t.Errorf("%s %q: span %+v confidence %v", fd.Key, v.Text, v.Span, v.Confidence)
					}
				}
			}
		})
	}
}

func TestFillRefuses(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ string
		want            error
	}{
		{"empty", "  ", "", ErrNotJudgment},
		{"prose", "今天天气很好，我们去公园散步。", "", ErrNotJudgment},
		{"no form fits", "原告诉称：被告与原告于2010年登记结婚，现感情破裂，诉讼请求：判令离婚。", "", ErrUnsupported},
		{"unknown type", "原告诉称：被告借款一万元。", "divorce", ErrUnsupported},
		{"too long", "原告诉称" + strings.Repeat("借", MaxRunes), "", ErrNotJudgment},
	} {
		if _, err := Fill(tt.text, tt.typ); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestCorrected(t *testing.T) {
	f, err := Fill(scm(t, 11, "B"), "loan")
	if err != nil {
		t.Fatal(err)
	}
	f.Field("principal").Values = []Value{{Text: "7.5万元"}}
	c, err := Corrected(f)
	if err != nil {
		t.Fatal(err)
	}
	if v := c.Field("principal").Values[0]; v.Yuan != 75000 || v.Source != "judge" || v.Confidence != 1 {
		t.Errorf("corrected principal %+v", v)
	}
	if st := c.Statement(); !strings.Contains(st, "7.5万元") || !strings.Contains(st, "李某1") {
		t.Errorf("statement %q lacks the corrected principal or the lender", st)
	}
	for _, bad := range []*Form{
		{Type: "loan", Fields: []Field{{Key: "spouse", Values: []Value{{Text: "x"}}}}},
		{Type: "loan", Fields: []Field{{Key: "principal", Values: []Value{{Text: "1元"}, {Text: "2元"}}}}},
		{Type: "loan", Fields: []Field{{Key: "lender", Values: []Value{{Text: strings.Repeat("长", maxValueRunes+1)}}}}},
		{Type: "nosuch"},
		nil,
	} {
		if _, err := Corrected(bad); err == nil {
			t.Errorf("Corrected(%+v) accepted", bad)
		}
	}
}
