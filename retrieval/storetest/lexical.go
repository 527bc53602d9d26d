package storetest

import (
	"slices"
	"testing"

	"github.com/longbridgeapp/opencc"

	"leian/retrieval"
)

// testLexicalOwnFacts: a judgment's own facts, as a query, find it first
// among 200 real judgments; a typical 危险驾驶 query finds 危险驾驶 cases.
func testLexicalOwnFacts(t *testing.T, s retrieval.Store) {
	docs := LeCaRD(t, 200)
	for _, d := range docs {
		// The full text holds the reasoning and verdict too; leaving those
		// fields out halves the cost of indexing.
		delete(d.Text, retrieval.FieldReasoning)
		delete(d.Text, retrieval.FieldVerdict)
	}
	upsert(t, s, docs)
	facts := map[string]string{}
	for _, d := range docs {
		facts[d.ID] = d.Text[retrieval.FieldFacts]
	}
	for i := 0; i < len(docs); i += 10 {
		d := docs[i]
		got := lexical(t, s, facts[d.ID], retrieval.Filter{}, 3)
		// Another document with the very same facts (first and second
		// instance of one case) may tie for first.
		if len(got) == 0 || (got[0].ID != d.ID && facts[got[0].ID] != facts[d.ID]) {
			t.Errorf("Lexical(facts of %s) = %v, want %s first", d.ID, ids(got), d.ID)
		}
	}

	drunk := 0
	for _, d := range docs {
		if slices.Contains(d.Meta.Charges, "危险驾驶罪") {
			drunk++
		}
	}
	if drunk < 3 {
		t.Fatalf("only %d 危险驾驶罪 judgments among the first 200: pick another query", drunk)
	}
	got := lexical(t, s, "被告人醉酒驾驶机动车，经鉴定血液酒精含量超标", retrieval.Filter{}, 3)
	for _, g := range got {
		if i := slices.IndexFunc(docs, func(d retrieval.Doc) bool { return d.ID == g.ID }); !slices.Contains(docs[i].Meta.Charges, "危险驾驶罪") {
			t.Errorf("醉酒驾驶 query ranks %s (charges %v) in the top 3", g.ID, docs[i].Meta.Charges)
		}
	}
}

// testLexicalFields: each field, and the facts bigrams, can be searched alone.
func testLexicalFields(t *testing.T, s retrieval.Store) {
	docs := LeCaRD(t, 30)
	upsert(t, s, docs)
	d := docs[7]
	for _, f := range []struct {
		field retrieval.Field
		text  string
	}{
		{retrieval.FieldFacts, d.Text[retrieval.FieldFacts]},
		{retrieval.FieldReasoning, d.Text[retrieval.FieldReasoning]},
		{retrieval.FieldVerdict, d.Text[retrieval.FieldVerdict]},
		{retrieval.FieldFull, d.Text[retrieval.FieldFull]},
		{retrieval.FieldFactsBigram, d.Text[retrieval.FieldFacts]},
	} {
		got := lexical(t, s, f.text, retrieval.Filter{}, 3, retrieval.FieldWeight{Field: f.field, Weight: 1})
		if len(got) == 0 || got[0].ID != d.ID {
			t.Errorf("Lexical on %s alone = %v, want %s first", f.field, ids(got), d.ID)
		}
	}
	// The verdict text searched on the facts alone must not score the
	// verdict field: the weights select fields.
	v := lexical(t, s, d.Text[retrieval.FieldVerdict], retrieval.Filter{}, 30, retrieval.FieldWeight{Field: retrieval.FieldVerdict, Weight: 1})
	fv := lexical(t, s, d.Text[retrieval.FieldVerdict], retrieval.Filter{}, 30, retrieval.FieldWeight{Field: retrieval.FieldFacts, Weight: 1})
	if slices.Equal(ids(v), ids(fv)) {
		t.Errorf("searching the verdict field and the facts field ranked the same: %v", ids(v))
	}
}

// testTraditionalQuery: a query in traditional characters finds the
// simplified judgment it was converted from, and odd Unicode is stored.
func testTraditionalQuery(t *testing.T, s retrieval.Store) {
	docs := LeCaRD(t, 30)
	odd := docs[29]
	odd.ID = "odd-unicode"
	odd.Text = map[retrieval.Field]string{retrieval.FieldFacts: "被告人张某\uE004于2017年窃取手机一部🙂，价值ｅ２０００元\u0301。\x00"}
	upsert(t, s, append(docs, odd))
	s2t, err := opencc.New("s2t")
	if err != nil {
		t.Fatal(err)
	}
	d := docs[11]
	src := []rune(d.Text[retrieval.FieldFacts])
	src = src[:min(len(src), 120)]
	trad, err := s2t.Convert(string(src))
	if err != nil {
		t.Fatal(err)
	}
	if trad == string(src) {
		t.Fatalf("s2t left %q unchanged: pick another document", string(src))
	}
	if got := lexical(t, s, trad, retrieval.Filter{}, 3); len(got) == 0 || got[0].ID != d.ID {
		t.Errorf("Lexical(traditional %.40q) = %v, want %s first", trad, ids(got), d.ID)
	}
	if got := lexical(t, s, "被告人张某窃取手机", retrieval.Filter{IDs: []string{odd.ID}}, 3); len(got) != 1 {
		t.Errorf("Lexical did not find the document with odd Unicode: %v", got)
	}
}
