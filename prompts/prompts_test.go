package prompts

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"leian/corpus/cite"
	"leian/corpus/rules"
	"leian/internal/dataset"
)

// realData fills DraftData from the bundle: a JuDGE case's facts, the
// Criminal Law's article 264 and a LeCaRD judgment's reasoning as the case.
func realData(t *testing.T) DraftData {
	t.Helper()
	f, err := os.Open(dataset.Path(t, "judge/judge.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	sc.Scan()
	var c struct {
		Text, Fd string
	}
	if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := rules.Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := lib.Resolve(cite.Citation{Law: "中华人民共和国刑法", Article: 266})
	if err != nil {
		t.Fatal(err)
	}
	reasoning := c.Fd[strings.Index(c.Fd, "本院认为"):]
	return DraftData{
		Facts:    c.Text,
		Charges:  []string{"诈骗罪"},
		Articles: []DraftArticle{{Cite: "《中华人民共和国刑法》第二百六十六条", Text: ref.Text}},
		Cases:    []DraftCase{{ID: "judge:example", Title: "诈骗案", Reasoning: reasoning[:300], Verdict: "被告人犯诈骗罪"}},
		Skeleton: "本院认为，……判决如下：……",
	}
}

func TestRenderDraftPrompts(t *testing.T) {
	data := realData(t)
	for _, name := range []string{"draft_criminal.tmpl", "draft_loan.tmpl"} {
		t.Run(name, func(t *testing.T) {
			p, err := Render(name, data)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"【案件事实】", strings.TrimSpace(data.Facts)[:30], "第二百六十六条", "诈骗公私财物", "类案 judge:example", "【初稿】"} {
				if !strings.Contains(p, want) {
					t.Errorf("%s lacks %q", name, want)
				}
			}
			if strings.Contains(p, "<no value>") {
				t.Errorf("%s has unfilled fields", name)
			}
		})
	}
	if _, err := Render("missing.tmpl", data); err == nil {
		t.Error("an unknown template renders")
	}
}
