package evals

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/rules"
)

// Citations measures how many statute citations in real judgments the rule
// library resolves, and whether cited principal articles fit the charge.
func Citations() Suite {
	return Suite{
		Name:    "citations",
		Dataset: "judge/judge.jsonl + lecard/candidates.jsonl.gz",
		Metrics: "resolved, resolved_criminal_law, recall, charge_article_consistency",
		Good:    "刑法引用解析率 ≥ 0.99，全部引用 ≥ 0.95；未解析的每一条都有原因",
		Run:     runCitations,
	}
}

// judgmentText is one full judgment of a JuDGE (fd) or LeCaRD (qw) record.
type judgmentText struct {
	ID   string
	Text string
	// Articles are JuDGE's own article labels (la), an independent count
	// of the Criminal Law articles the judgment cites; nil for LeCaRD.
	Articles []int
}

// readJudgments reads JuDGE or LeCaRD candidate lines (gzip or plain),
// skipping texts already read (JuDGE's fd are LeCaRD's qw).
func readJudgments(path string, limit int, seen map[string]bool) ([]judgmentText, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("judgments: %w", err)
	}
	defer f.Close()
	r, err := maybeGunzip(f)
	if err != nil {
		return nil, fmt.Errorf("judgments %s: %w", path, err)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []judgmentText
	for line := 1; sc.Scan() && (limit <= 0 || len(out) < limit); line++ {
		var rec struct {
			TextID string `json:"text_id"`
			ID     string `json:"id"`
			FD     string `json:"fd"`
			QW     string `json:"qw"`
			LA     []int  `json:"la"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("judgments %s line %d: %w", path, line, err)
		}
		text := rec.FD + rec.QW
		if text == "" || seen[text] {
			continue
		}
		seen[text] = true
		out = append(out, judgmentText{ID: filepath.Base(path) + ":" + rec.TextID + rec.ID, Text: text, Articles: rec.LA})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("judgments %s: %w", path, err)
	}
	return out, nil
}

func runCitations(ctx context.Context, in Input) (*Result, error) {
	files := []string{in.File}
	if in.File == "" {
		files = []string{filepath.Join(in.DataDir, "judge", "judge.jsonl"), filepath.Join(in.DataDir, "lecard", "candidates.jsonl.gz")}
	}
	seen := map[string]bool{}
	var docs []judgmentText
	for _, f := range files {
		left := in.Limit - len(docs)
		if in.Limit > 0 && left <= 0 {
			break
		}
		ds, err := readJudgments(f, max(left, 0), seen)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	lib, err := rules.Load(ctx, in.DataDir)
	if err != nil {
		return nil, err
	}
	t := newCitationTally(lib)
	res := &Result{Suite: "citations", N: len(docs), Files: files, Split: SplitDev}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res.Items = append(res.Items, t.add(d))
	}
	res.Metrics = t.metrics()
	res.Notes = append([]string{fmt.Sprintf("recall：JuDGE 为每篇判决标注的刑法条文（la，%d 条）中，本系统引用扫描器在全文找到的比例；resolved 只统计扫描器自己找到的引用，两者须一并看", t.labelled)}, t.notes()...)
	return res, nil
}

// citationTally counts resolutions over all judgments.
type citationTally struct {
	lib                         *rules.Library
	total, resolved             int
	criminal, criminalResolved  int
	principal, principalMatched int
	labelled, labelledFound     int                            // JuDGE la articles, and those the scanner found
	unresolved                  map[rules.Cause]map[string]int // cause → detail → count
	examples                    map[string]string              // detail → one raw citation
}

func newCitationTally(lib *rules.Library) *citationTally {
	return &citationTally{lib: lib, unresolved: map[rules.Cause]map[string]int{}, examples: map[string]string{}}
}

const judgmentContextLaw = "中华人民共和国刑法" // LeCaRD and JuDGE hold criminal judgments only

func (t *citationTally) add(d judgmentText) Item {
	cs := cite.Find(d.Text, judgmentContextLaw)
	ok := 0
	cited := map[rules.ArticleNo]bool{}
	for _, c := range cs {
		t.total++
		crim := isCriminalLaw(c.Law)
		if crim {
			t.criminal++
		}
		ref, err := t.lib.Resolve(c)
		var re *rules.ResolveError
		switch {
		case err == nil:
			ok++
			t.resolved++
			if ref.Law == t.lib.CriminalLaw() {
				if crim {
					t.criminalResolved++
				}
				if c.Article >= 102 {
					cited[rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}] = true
				}
			}
		case errors.As(err, &re):
			if t.unresolved[re.Cause] == nil {
				t.unresolved[re.Cause] = map[string]int{}
			}
			t.unresolved[re.Cause][re.Detail]++
			t.examples[re.Detail] = c.Raw
		}
	}
	matched := t.consistency(d.Text, cited)
	scores := map[string]float64{"citations": float64(len(cs))}
	if d.Articles != nil {
		found := map[int]bool{}
		for _, c := range cs {
			if isCriminalLaw(c.Law) {
				found[c.Article] = true
			}
		}
		hit := 0
		for _, a := range d.Articles {
			if found[a] {
				hit++
			}
		}
		t.labelled += len(d.Articles)
		t.labelledFound += hit
		if len(d.Articles) > 0 {
			scores["recall"] = float64(hit) / float64(len(d.Articles))
		}
	}
	if len(cs) > 0 {
		scores["resolved"] = float64(ok) / float64(len(cs))
	}
	if len(cited) > 0 {
		scores["charge_article_consistency"] = float64(matched) / float64(len(cited))
	}
	return Item{ID: d.ID, Scores: scores}
}

// isCriminalLaw reports whether a cited law name is the Criminal Law,
// garbled spellings (中华人民共和刑法) included, amendments excluded.
func isCriminalLaw(law string) bool {
	law = strings.Trim(law, "《》")
	return strings.HasSuffix(law, "刑法") && !strings.Contains(law, "关于")
}

// convictedCharge finds the charges of the verdict (犯盗窃罪) that the charge table knows.
var convictedCharge = regexp.MustCompile(`犯([\p{Han}、]{1,40}?罪)`)

// consistency counts the cited specific-part articles that define or
// punish a charge the judgment convicts of (principal and penalty articles).
func (t *citationTally) consistency(text string, cited map[rules.ArticleNo]bool) int {
	verdict := text
	if k := strings.LastIndex(text, "判决如下"); k >= 0 {
		verdict = text[k:]
	}
	want := map[rules.ArticleNo]bool{}
	for _, m := range convictedCharge.FindAllStringSubmatch(verdict, -1) {
		if r, ok := t.lib.Charges.Lookup(m[1]); ok {
			for _, a := range append(r.Articles, r.Penalty...) {
				want[a] = true
			}
		}
	}
	if len(want) == 0 {
		return 0
	}
	n := 0
	for a := range cited {
		t.principal++
		if want[a] {
			n++
			t.principalMatched++
		}
	}
	return n
}

func (t *citationTally) metrics() map[string]float64 {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return map[string]float64{
		"citations":                  float64(t.total),
		"resolved":                   ratio(t.resolved, t.total),
		"resolved_criminal_law":      ratio(t.criminalResolved, t.criminal),
		"recall":                     ratio(t.labelledFound, t.labelled),
		"charge_article_consistency": ratio(t.principalMatched, t.principal),
	}
}

// notes lists the unresolved citations by cause, commonest first.
func (t *citationTally) notes() []string {
	causes := make([]string, 0, len(t.unresolved))
	for c := range t.unresolved {
		causes = append(causes, string(c))
	}
	sort.Strings(causes)
	var out []string
	for _, c := range causes {
		details := t.unresolved[rules.Cause(c)]
		keys := make([]string, 0, len(details))
		sum := 0
		for k, n := range details {
			keys = append(keys, k)
			sum += n
		}
		sort.Slice(keys, func(i, j int) bool {
			return details[keys[i]] > details[keys[j]] || details[keys[i]] == details[keys[j]] && keys[i] < keys[j]
		})
		out = append(out, fmt.Sprintf("未解析（%s）%d 条，%d 种：", c, sum, len(keys)))
		for _, k := range keys[:min(len(keys), 6)] {
			out = append(out, fmt.Sprintf("  %d× %s，例：%s", details[k], k, t.examples[k]))
		}
	}
	return out
}
