package api

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"leian/api/auth"
	"leian/corpus"
	"leian/corpus/forms"
	"leian/drafting/batch"
	"leian/internal/dataset"
	"leian/retrieval/engine"
)

// scmLoan is the B document of line n of CAIL2019-SCM: a real
// private-lending judgment's parties and facts.
func scmLoan(t *testing.T, n int) string {
	t.Helper()
	var text string
	dataset.Lines(t, "scm/triplets.jsonl", func(line int, b []byte) bool {
		if line != n {
			return true
		}
		var r struct{ B string }
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		text = r.B
		return false
	})
	if text == "" {
		t.Fatalf("scm/triplets.jsonl has no line %d", n)
	}
	return text
}

type formBody struct {
	Form      *forms.Form `json:"form"`
	Text      string      `json:"text"`
	Statement string      `json:"statement"`
	Similar   []struct {
		ID string `json:"id"`
	} `json:"similar"`
	Draft *struct {
		Sections []struct {
			Key       string `json:"key"`
			Sentences []struct {
				Text string `json:"text"`
			} `json:"sentences"`
		} `json:"sections"`
	} `json:"draft"`
	Error errorDetail `json:"error"`
}

func TestFormRoute(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	text := scmLoan(t, 11)
	for _, tt := range []struct {
		role auth.Role
		want int
	}{{auth.Judge, 200}, {auth.Assistant, 200}, {auth.Reviewer, 403}, {auth.Evaluator, 403}, {"", 401}} {
		rec := ts.call(t, tt.role, http.MethodPost, "/api/v1/form", map[string]any{"text": text})
		if rec.Code != tt.want {
			t.Fatalf("form as %q = %d %s, want %d", tt.role, rec.Code, rec.Body.String(), tt.want)
		}
	}
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/form", map[string]any{"text": text})
	got := decodeBody[formBody](t, rec)
	if got.Form.Type != "loan" {
		t.Fatalf("form type %q, want loan", got.Form.Type)
	}
	// Every value's span points at text that states it.
	runes := []rune(got.Text)
	for _, f := range got.Form.Fields {
		for _, v := range f.Values {
			if v.Span == nil || v.Span.End > len(runes) || v.Span.Start >= v.Span.End {
				t.Errorf("%s %q: span %+v outside the text", f.Key, v.Text, v.Span)
				continue
			}
			if q := string(runes[v.Span.Start:v.Span.End]); f.Key == "lender" && q != v.Text {
				t.Errorf("lender %q read from %q", v.Text, q)
			}
		}
	}
	if l := got.Form.First("lender"); l != "李某1" {
		t.Errorf("lender %q, want 李某1 (the plaintiff of scm line 11)", l)
	}
}

func TestFormBadInput(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	for _, tt := range []struct {
		name  string
		body  map[string]any
		field string
	}{
		{"empty", map[string]any{"text": "  "}, "text"},
		{"not a case", map[string]any{"text": "今天天气很好，我们去公园散步，看见很多人在放风筝。"}, "text"},
		{"unsupported type", map[string]any{"text": scmLoan(t, 11), "type": "divorce"}, "type"},
		{"both text and doc", map[string]any{"text": "原告诉称", "doc_id": "lecard:1"}, "text"},
	} {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/form", tt.body)
		got := decodeBody[formBody](t, rec)
		if rec.Code != http.StatusBadRequest || got.Error.Field != tt.field || got.Error.Message == "" {
			t.Errorf("%s: %d %s, want 400 naming %s", tt.name, rec.Code, rec.Body.String(), tt.field)
		}
	}
	// An unknown field in a submitted form is refused, naming it.
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/form/apply", map[string]any{
		"action": "similar", "form": map[string]any{"type": "loan", "fields": []any{map[string]any{"key": "spouse", "values": []any{map[string]any{"text": "x"}}}}}})
	if got := decodeBody[formBody](t, rec); rec.Code != 400 || !strings.Contains(got.Error.Field, "spouse") {
		t.Errorf("unknown field: %d %s, want 400 naming form.fields.spouse", rec.Code, rec.Body.String())
	}
}

// TestFormApply corrects the principal and checks that the push and the
// drafter read the corrected value, and that both calls are audited.
func TestFormApply(t *testing.T) {
	ts := newTestServer(t, draftOptions(t))
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/form", map[string]any{"text": scmLoan(t, 11)})
	f := decodeBody[formBody](t, rec).Form
	p := f.Field("principal")
	p.Values = []forms.Value{{Text: "61234元"}}
	rec = ts.call(t, auth.Judge, http.MethodPost, "/api/v1/form/apply", map[string]any{"form": f, "action": "draft"})
	got := decodeBody[formBody](t, rec)
	if v := got.Form.Field("principal").Values[0]; v.Source != "judge" || v.Yuan != 61234 {
		t.Errorf("corrected principal %+v, want the judge's 61234", v)
	}
	if rec.Code != 200 || got.Draft == nil {
		t.Fatalf("apply draft: %d %s", rec.Code, rec.Body.String())
	}
	verdict := ""
	for _, s := range got.Draft.Sections {
		if s.Key == "verdict" {
			for _, x := range s.Sentences {
				verdict += x.Text
			}
		}
	}
	if !strings.Contains(verdict, "61234") {
		t.Errorf("the loan draft's verdict does not order the corrected principal: %q", verdict)
	}
	// A stored theft judgment: the corrected amount and charge drive the push.
	id := lecardIDs(t, "盗窃罪", 1)[0]
	rec = ts.call(t, auth.Judge, http.MethodPost, "/api/v1/form", map[string]any{"doc_id": id})
	f = decodeBody[formBody](t, rec).Form
	if f == nil || f.Type != "theft_fraud" {
		t.Fatalf("form of %s: %s", id, rec.Body.String())
	}
	f.Field("amount").Values = []forms.Value{{Text: "4321元"}}
	rec = ts.call(t, auth.Assistant, http.MethodPost, "/api/v1/form/apply", map[string]any{"form": f, "action": "similar"})
	got = decodeBody[formBody](t, rec)
	if rec.Code != 200 || len(got.Similar) == 0 || !strings.Contains(got.Statement, "4321元") {
		t.Fatalf("apply similar: %d, %d cases, statement %q", rec.Code, len(got.Similar), got.Statement)
	}
	for _, c := range got.Similar {
		if c.ID == id {
			t.Errorf("the push returned the case's own document %s", id)
		}
	}
	n := 0
	for _, e := range readAudit(t, ts.auditDir) {
		if e.Route == "POST /api/v1/form/apply" && e.Status == 200 && e.QueryHMAC != "" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d audited applies, want 2", n)
	}
}

// lecardIDs lists up to n stored LeCaRD documents whose text holds word.
func lecardIDs(t *testing.T, word string, n int) []string {
	t.Helper()
	eng := loadEngine(t)
	var ids []string
	err := eng.Docs.Each(context.Background(), func(d *corpus.Document) error {
		if len(ids) < n && strings.Contains(d.Text, word) {
			ids = append(ids, d.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func batchOptions(t *testing.T) Options {
	o := draftOptions(t)
	emb, err := engine.LoadEmbedder(filepath.Join(lecardDir, "index"), "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	o.Batch = batch.Grouper{Embedder: emb}
	return o
}

type batchBody struct {
	Result *batch.Result       `json:"result"`
	Drafts []batch.MemberDraft `json:"drafts"`
	Error  errorDetail         `json:"error"`
}

func TestBatchRoute(t *testing.T) {
	ts := newTestServer(t, batchOptions(t))
	ids := append(lecardIDs(t, "盗窃罪", 6), lecardIDs(t, "交通肇事罪", 4)...)
	for _, tt := range []struct {
		role auth.Role
		want int
	}{{auth.Judge, 200}, {auth.Assistant, 200}, {auth.Reviewer, 403}, {"", 401}} {
		rec := ts.call(t, tt.role, http.MethodPost, "/api/v1/batch", map[string]any{"doc_ids": ids})
		if rec.Code != tt.want {
			t.Fatalf("batch as %q = %d %s, want %d", tt.role, rec.Code, rec.Body.String(), tt.want)
		}
	}
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/batch", map[string]any{"doc_ids": ids})
	res := decodeBody[batchBody](t, rec).Result
	seen := 0
	for _, c := range res.Clusters {
		if c.Members[0].ID != c.Model {
			t.Errorf("cluster %d lists %s first, not its model %s", c.ID, c.Members[0].ID, c.Model)
		}
		seen += len(c.Members)
	}
	if seen != len(ids) || len(res.Clusters) < 2 || len(res.Clusters) == len(ids) {
		t.Errorf("%d cases in %d clusters (%d members seen): want theft and traffic cases grouped apart", len(ids), len(res.Clusters), seen)
	}
	// The judge keeps the model of the largest group and drafts the rest.
	big := res.Clusters[0]
	var members []string
	for _, m := range big.Members {
		members = append(members, m.ID)
	}
	rec = ts.call(t, auth.Judge, http.MethodPost, "/api/v1/batch/draft", map[string]any{"doc_ids": members, "model": big.Model})
	got := decodeBody[batchBody](t, rec)
	if rec.Code != 200 || len(got.Drafts) != len(members)-1 {
		t.Fatalf("batch draft: %d, %d drafts for %d members: %s", rec.Code, len(got.Drafts), len(members), rec.Body.String())
	}
	// Each criminal member's draft follows the decided model case and says
	// what it carried over (the charge at least, and a term either carried
	// or changed with its reason), or says why it kept its own charge.
	for _, d := range got.Drafts {
		if d.Draft == nil || d.Draft.Kind != "criminal" {
			continue
		}
		elements := map[string]string{}
		for _, c := range d.Draft.FromModel {
			elements[c.Element] = c.Action
			if c.Action == "changed" && c.Why == "" {
				t.Errorf("%s: %s changed from the model without a reason", d.ID, c.Element)
			}
		}
		// A member whose own charge is not the model's is drafted on its
		// own, and its one 罪名 entry says so.
		apart := len(d.Draft.FromModel) == 1 && strings.Contains(d.Draft.FromModel[0].Why, "未沿用范本")
		if d.Draft.Model != big.Model || elements["罪名"] == "" || (elements["刑期"] == "" && !apart) {
			t.Errorf("%s: drafted from %q, carried %v; want the model %s's charge and term, or its own charge and why", d.ID, d.Draft.Model, elements, big.Model)
		}
	}
	audited := map[string]bool{}
	for _, e := range readAudit(t, ts.auditDir) {
		audited[e.Route] = true
	}
	if !audited["POST /api/v1/batch"] || !audited["POST /api/v1/batch/draft"] {
		t.Errorf("batch calls not audited: %v", audited)
	}
}

func TestBatchBadInput(t *testing.T) {
	ts := newTestServer(t, batchOptions(t))
	ids := lecardIDs(t, "盗窃", 2)
	for _, tt := range []struct {
		name string
		body map[string]any
		want string // in the message
	}{
		{"empty", map[string]any{"doc_ids": []string{}}, "为空"},
		{"not a case", map[string]any{"doc_ids": ids, "cases": []any{map[string]any{"id": "天气.txt", "text": "今天天气很好，我们去公园散步。"}}}, "天气.txt"},
		{"administrative", map[string]any{"cases": []any{map[string]any{"id": "行政.txt", "text": "原告不服被告作出的行政行为，诉讼请求：撤销该行政行为。"}}}, "行政.txt"},
		{"empty text", map[string]any{"cases": []any{map[string]any{"id": "空白.txt", "text": " "}}}, "空白.txt"},
	} {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/batch", tt.body)
		got := decodeBody[batchBody](t, rec)
		if rec.Code != 400 || !strings.Contains(got.Error.Message, tt.want) {
			t.Errorf("%s: %d %q, want 400 naming %s", tt.name, rec.Code, got.Error.Message, tt.want)
		}
	}
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/batch", map[string]any{"doc_ids": []string{"lecard:no-such"}})
	if rec.Code != 404 {
		t.Errorf("unknown doc: %d, want 404", rec.Code)
	}
}
