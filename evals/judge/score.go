package judge

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// Doc is one JuDGE output line.
type Doc struct {
	ID       string `json:"id"`
	Document string `json:"document"`
}

// DocScore is what the scorer extracts and scores for one document, in
// the reference files' field names.
type DocScore struct {
	ID             string   `json:"id"`
	EC             []string `json:"ec"`
	GC             []string `json:"gc"`
	ET             int      `json:"et"`
	GT             int      `json:"gt"`
	EA             int      `json:"ea"`
	GA             int      `json:"ga"`
	EL             []string `json:"el"`
	GL             []string `json:"gl"`
	ReasonMeteor   *float64 `json:"reason_meteor,omitempty"`
	JudgmentMeteor *float64 `json:"judgment_meteor,omitempty"`
	// per-document charge and article recall/precision (0 when a side is empty)
	ChargeR, ChargeP, ArticleR, ArticleP float64 `json:"-"`
}

// Scores are the JuDGE metrics over a file (calc.py and calc_rel.py's
// METEOR).
type Scores struct {
	N                             int
	Time, Amount                  float64
	ChargeR, ChargeP, ChargeF1    float64
	ArticleR, ArticleP, ArticleF1 float64
	ReasonMeteor, JudgmentMeteor  float64
	MeteorN, TimeN, AmountN       int
	Docs                          []DocScore
}

// ScoreDoc extracts and scores one expected/generated pair.
func ScoreDoc(tk *Tokenizer, id, expected, generated string) DocScore {
	es, gs := Segment(expected), Segment(generated)
	ec, gc := Charges(expected, es), Charges(generated, gs)
	el, gl := Articles(expected, es), Articles(generated, gs)
	d := DocScore{ID: id, EC: sorted(ec), GC: sorted(gc), EL: sorted(el), GL: sorted(gl),
		ET: Months(expected, es), GT: Months(generated, gs), EA: Fine(expected, es), GA: Fine(generated, gs)}
	d.ChargeR, d.ChargeP = recallPrecision(ec, gc)
	d.ArticleR, d.ArticleP = recallPrecision(el, gl)
	if es.Reason != "" && es.Judgment != "" && gs.Reason != "" && gs.Judgment != "" {
		r := Meteor(tk.Cut(es.Reason), tk.Cut(gs.Reason))
		j := Meteor(tk.Cut(es.Judgment), tk.Cut(gs.Judgment))
		d.ReasonMeteor, d.JudgmentMeteor = &r, &j
	}
	return d
}

func recallPrecision(e, g map[string]bool) (r, p float64) {
	inter := 0
	for k := range g {
		if e[k] {
			inter++
		}
	}
	if len(e) > 0 {
		r = float64(inter) / float64(len(e))
	}
	if len(g) > 0 {
		p = float64(inter) / float64(len(g))
	}
	return r, p
}

// Closeness is calc.py's penalty score for one document.
func Closeness(e, g int) float64 {
	switch {
	case e == 0 && g == 0:
		return 1
	case (e < 0) != (g < 0):
		return 0
	case (e-10000)*(g-10000) < 0:
		return 0
	}
	return 1 - float64(abs(e-g))/float64(max(e, g))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Aggregate averages per-document scores as calc.py and calc_rel.py do.
func Aggregate(docs []DocScore) Scores {
	s := Scores{N: len(docs), Docs: docs}
	var tSum, aSum, rSum, jSum float64
	for _, d := range docs {
		s.ChargeR += d.ChargeR
		s.ChargeP += d.ChargeP
		s.ArticleR += d.ArticleR
		s.ArticleP += d.ArticleP
		if d.ET >= 0 || d.GT >= 0 {
			tSum += Closeness(d.ET, d.GT)
			s.TimeN++
		}
		if d.EA >= 0 || d.GA >= 0 {
			aSum += Closeness(d.EA, d.GA)
			s.AmountN++
		}
		if d.ReasonMeteor != nil {
			rSum += *d.ReasonMeteor
			jSum += *d.JudgmentMeteor
			s.MeteorN++
		}
	}
	if s.N > 0 {
		n := float64(s.N)
		s.ChargeR, s.ChargeP, s.ArticleR, s.ArticleP = s.ChargeR/n, s.ChargeP/n, s.ArticleR/n, s.ArticleP/n
	}
	s.ChargeF1 = f1(s.ChargeP, s.ChargeR)
	s.ArticleF1 = f1(s.ArticleP, s.ArticleR)
	if s.TimeN > 0 {
		s.Time = tSum / float64(s.TimeN)
	}
	if s.AmountN > 0 {
		s.Amount = aSum / float64(s.AmountN)
	}
	if s.MeteorN > 0 {
		s.ReasonMeteor = rSum / float64(s.MeteorN)
		s.JudgmentMeteor = jSum / float64(s.MeteorN)
	}
	return s
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Score scores generated against expected (id → document), in the order
// of expectedOrder; the id sets must be equal, as calc.py asserts.
func Score(tk *Tokenizer, expectedOrder []Doc, generated map[string]string) (Scores, error) {
	if len(generated) != len(expectedOrder) {
		return Scores{}, fmt.Errorf("generated output has %d ids, the reference %d: the id sets must be equal", len(generated), len(expectedOrder))
	}
	docs := make([]DocScore, 0, len(expectedOrder))
	for _, e := range expectedOrder {
		g, ok := generated[e.ID]
		if !ok {
			return Scores{}, fmt.Errorf("generated output has no document for id %q", e.ID)
		}
		docs = append(docs, ScoreDoc(tk, e.ID, e.Document, g))
	}
	return Aggregate(docs), nil
}

// ReadDocs reads a JSONL file of {"id","document"} lines.
func ReadDocs(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("judge output: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []Doc
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		if d.ID == "" {
			return nil, fmt.Errorf("%s line %d: field \"id\" is empty", path, line)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Case is one judge.jsonl record.
type Case struct {
	TextID string `json:"text_id"`
	Text   string `json:"text"`
	LA     any    `json:"la"`
	FD     string `json:"fd"`
}

// ReadCases reads judge.jsonl (text_id, text, la, fd).
func ReadCases(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("JuDGE cases: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []Case
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		switch {
		case c.TextID == "":
			return nil, fmt.Errorf("%s line %d: field \"text_id\" is empty", path, line)
		case c.FD == "":
			return nil, fmt.Errorf("%s line %d (%s): field \"fd\" is empty", path, line, c.TextID)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
