package draft_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"leian/corpus/extract"
	. "leian/drafting/draft"
	"leian/evals/judge"
	"leian/internal/dataset"
)

// theftDoc is the first stored theft judgment of the test corpus.
func theftDoc(t *testing.T) string {
	t.Helper()
	for _, d := range envDocs {
		if d.Elements != nil && slices.Equal(d.Elements.Charges, []string{"盗窃罪"}) && len(d.Elements.Defendants) == 1 {
			return d.ID
		}
	}
	t.Fatal("no single-defendant theft judgment among the test documents")
	return ""
}

func TestDraftStoredTheftCase(t *testing.T) {
	svc, _ := testService(t)
	ctx := context.Background()
	id := theftDoc(t)
	doc, err := svc.Store.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.Draft(ctx, id, Request{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(d.Charges, "盗窃罪") {
		t.Errorf("charges %v, want 盗窃罪", d.Charges)
	}
	fam, err := BuildFamily(ctx, svc.Store)
	if err != nil {
		t.Fatal(err)
	}
	keys := CaseKeys(doc)
	for _, s := range d.Similar {
		if s.ID == id || fam.Related(s.ID, keys) {
			t.Errorf("similar case %s is the case itself or of the same case", s.ID)
		}
	}
	for _, a := range d.Articles {
		if !a.Resolved {
			t.Errorf("article %s does not resolve in the rule library", a.Cite())
		}
	}
	if len(d.Articles) == 0 || d.Articles[0].Number != 264 {
		t.Errorf("first article %+v, want 刑法第二百六十四条", d.Articles)
	}
	name := doc.Elements.Defendants[0].Name
	v := d.Section("verdict").Text()
	if !strings.Contains(v, "被告人"+name+"犯盗窃罪，判处") {
		t.Errorf("verdict does not sentence %s in the standard form:\n%s", name, v)
	}
	seg := judge.Segment(d.Plain())
	if !strings.HasPrefix(seg.Reason, "本院认为") || !strings.HasSuffix(seg.Reason, "判决如下：") || seg.Judgment == "" {
		t.Errorf("the JuDGE segmenter does not find reasoning and verdict:\nreason %q\njudgment %q", seg.Reason, seg.Judgment)
	}
	if got := judge.Charges(d.Plain(), seg); !got["盗窃罪"] {
		t.Errorf("JuDGE charge extraction reads %v from the draft", got)
	}
	for _, s := range d.Sections {
		for _, x := range s.Sentences {
			if x.Source == "" {
				t.Errorf("section %s sentence %q has no source", s.Key, x.Text)
			}
		}
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatal(err)
	}
}

func TestDraftBadInput(t *testing.T) {
	svc, off := testService(t)
	ctx := context.Background()
	tort := civilText(t)
	tests := []struct {
		name       string
		req        Request
		field      string
		offerCases bool
	}{
		{"empty facts", Request{Facts: "  \n"}, "facts", false},
		{"unknown kind", Request{Facts: "被告人张某盗窃", Kind: "divorce"}, "kind", false},
		{"civil case without template", Request{Facts: tort}, "facts", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := svc.Draft(ctx, "", tt.req)
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, ErrInput) {
				t.Fatalf("err = %v, want an InputError", err)
			}
			if ie.Field != tt.field {
				t.Errorf("field %q, want %q", ie.Field, tt.field)
			}
			if tt.offerCases && len(ie.Similar) == 0 {
				t.Error("no similar cases offered")
			}
		})
	}
	// Facts with no charge the facts name and no similar case to vote.
	_, err := off.Draft(ctx, Request{Facts: "被告人李某某于2019年被抓获。", Exclude: allIDs()})
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "facts" {
		t.Errorf("no recognisable charge: got %v; want an InputError on facts", err)
	}
}

// allIDs leaves every test document out of retrieval.
func allIDs() []string {
	var ids []string
	for _, d := range envDocs {
		ids = append(ids, d.ID)
	}
	return ids
}

// civilText is a real tort judgment's text (CAIL2020 summarisation data).
func civilText(t *testing.T) string {
	t.Helper()
	var text string
	dataset.Lines(t, "civil/cail2020_sfzy_train20.jsonl", func(_ int, b []byte) bool {
		var r struct {
			Text []struct{ Sentence string } `json:"text"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, s := range r.Text[:min(len(r.Text), 12)] {
			parts = append(parts, s.Sentence)
		}
		text = strings.Join(parts, "")
		return false
	})
	if extract.IsLoan(text) {
		t.Fatal("the first CAIL2020 record reads as a loan case")
	}
	return text
}

// loanText is a real private-lending claim and defence (CAIL2021).
func loanText(t testing.TB) string {
	t.Helper()
	var text string
	dataset.Lines(t, "civil/cail2021_focus_recognition_train.jsonl", func(_ int, b []byte) bool {
		var r map[string]any
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		c, _ := r["诉称段"].(string)
		d, _ := r["辩称段"].(string)
		text = c + "\n" + d
		return false
	})
	return text
}

func TestDraftLoan(t *testing.T) {
	svc, _ := testService(t)
	d, err := svc.Draft(context.Background(), "", Request{Facts: loanText(t)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != KindLoan || d.Title != "民事判决书" {
		t.Fatalf("kind %q title %q, want a private-lending civil judgment", d.Kind, d.Title)
	}
	v := d.Section("verdict").Text()
	if !strings.Contains(v, "被告天台县某某开发有限公司于本判决生效之日起十日内偿还原告周某甲") {
		t.Errorf("verdict does not name the parties:\n%s", v)
	}
	if !strings.Contains(v, "偿还原告") || !strings.Contains(v, "600000") {
		t.Errorf("verdict lacks the repayment order of the 60万 principal:\n%s", v)
	}
	r := d.Section("reasoning").Text()
	if !strings.Contains(r, "四倍") {
		t.Errorf("reasoning does not apply the interest cap:\n%s", r)
	}
	if len(d.Articles) == 0 {
		t.Error("no articles cited")
	}
}

// TestDraftFromModel drafts one stored theft case from another as its
// decided model case: the model's charge, articles and term carry over,
// and the draft lists what it carried (no estimator: the term unchanged).
func TestDraftFromModel(t *testing.T) {
	svc, _ := testService(t)
	ctx := context.Background()
	var theft []string
	for _, d := range envDocs {
		if d.Elements != nil && slices.Equal(d.Elements.Charges, []string{"盗窃罪"}) && len(d.Elements.Defendants) == 1 {
			if p := d.Elements.Defendants[0].Penalty; p != nil && p.Kind == "有期徒刑" && p.Months > 0 {
				theft = append(theft, d.ID)
			}
		}
	}
	if len(theft) < 2 {
		t.Fatal("fewer than two theft judgments with a fixed term among the test documents")
	}
	model, member := theft[0], theft[1]
	md, err := svc.Store.Get(ctx, model)
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.Draft(ctx, member, Request{Kind: KindCriminal, ModelID: model})
	if err != nil {
		t.Fatal(err)
	}
	if d.Model != model || len(d.Similar) != 1 || d.Similar[0].ID != model {
		t.Errorf("drafted from %q with similar %v, want the model %s alone", d.Model, d.Similar, model)
	}
	want := md.Elements.Defendants[0].Penalty.Months
	if len(d.Penalties) == 0 || d.Penalties[0].Months != want {
		t.Errorf("penalties %+v, want the model's %d months (no estimator wired)", d.Penalties, want)
	}
	got := map[string]string{} // an element's first entry
	for _, c := range d.FromModel {
		if got[c.Element] == "" {
			got[c.Element] = c.Action
		}
	}
	if got["罪名"] != Carried || got["刑期"] != Carried {
		t.Errorf("from_model %+v: want the charge and the term carried", d.FromModel)
	}
	if len(d.Articles) == 0 || d.Articles[0].Number != 264 {
		t.Errorf("articles %+v, want 刑法第二百六十四条 first", d.Articles)
	}
	// The model's reasoning is either carried (its sentences' source is
	// the model) or its sentences are listed as dropped, with why.
	fromModel := 0
	for _, x := range d.Section("reasoning").Sentences {
		if x.Source == "case:"+model {
			fromModel++
		}
	}
	if got["本院认为"] == "" || (got["本院认为"] == Carried) != (fromModel > 0) {
		t.Errorf("reasoning: %d sentences from the model, from_model says %q", fromModel, got["本院认为"])
	}
	if _, err := svc.Draft(ctx, member, Request{Kind: KindCriminal, ModelID: "no-such-doc"}); err == nil {
		t.Error("an unknown model case was accepted")
	}
}

// TestDraftApartFromModel: a group can mix charges; a member whose own
// facts point to another charge than its model case's is drafted on its
// own charge, and the draft says so rather than carrying the model's
// charge, articles and term.
func TestDraftApartFromModel(t *testing.T) {
	svc, _ := testService(t)
	ctx := context.Background()
	model := theftDoc(t)
	member := ""
	for _, d := range envDocs {
		if d.Elements != nil && len(d.Elements.Charges) == 1 && d.Elements.Charges[0] != "盗窃罪" && d.Elements.Charges[0] != "诈骗罪" && len(d.Elements.Defendants) == 1 {
			member = d.ID
			break
		}
	}
	if member == "" {
		t.Fatal("no single-charge judgment other than theft among the test documents")
	}
	d, err := svc.Draft(ctx, member, Request{Kind: KindCriminal, ModelID: model})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(d.Charges, "盗窃罪") {
		t.Errorf("charges %v: the model's 盗窃罪 was carried to a member whose facts point elsewhere", d.Charges)
	}
	if d.Model != model || len(d.FromModel) != 1 || d.FromModel[0].Element != "罪名" || d.FromModel[0].Action != Changed || !strings.Contains(d.FromModel[0].Why, "未沿用范本") {
		t.Errorf("model %q, from_model %+v: want one changed 罪名 entry saying the member was drafted on its own", d.Model, d.FromModel)
	}
}
