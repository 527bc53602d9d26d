package sentencing

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"leian/corpus/ingest"
	"leian/corpus/rules"
)

// CAIL2018File is the decided-case file the model learns from, relative to
// the data bundle.
const CAIL2018File = "cail2018/cases.jsonl"

// cailRecord is one line of cail2018/cases.jsonl.
type cailRecord struct {
	Fact string `json:"fact"`
	Meta struct {
		Articles   []int    `json:"relevant_articles"`
		Accusation []string `json:"accusation"`
		Fine       float64  `json:"punish_of_money"`
		Term       struct {
			Death  bool `json:"death_penalty"`
			Months int  `json:"imprisonment"`
			Life   bool `json:"life_imprisonment"`
		} `json:"term_of_imprisonment"`
	} `json:"meta"`
	Source string `json:"source"`
}

// ReadCAIL2018 reads decided cases from a CAIL2018-format file, each with
// the id ingest gives its document (cail2018:<content hash>).
func ReadCAIL2018(path string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("decided cases: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Example
	for line := 1; sc.Scan(); line++ {
		var r cailRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", filepath.Base(path), line, err)
		}
		if r.Fact == "" {
			return nil, fmt.Errorf("%s line %d: field fact is missing", filepath.Base(path), line)
		}
		if len(r.Meta.Accusation) == 0 {
			return nil, fmt.Errorf("%s line %d: field meta.accusation is empty", filepath.Base(path), line)
		}
		if r.Meta.Term.Months < 0 || r.Meta.Term.Months > 600 {
			return nil, fmt.Errorf("%s line %d: field meta.term_of_imprisonment.imprisonment: %d months is out of range", filepath.Base(path), line, r.Meta.Term.Months)
		}
		fineKnown := r.Source != "open-compass/LawBench" && r.Source != "aoneillmark/HackTheLaw"
		var cited []rules.ArticleNo
		for _, a := range r.Meta.Articles {
			cited = append(cited, rules.ArticleNo{Number: a})
		}
		out = append(out, Example{
			ID: "cail2018:" + ingest.ContentHash(r.Fact)[:16], Facts: r.Fact, Charges: normCharges(r.Meta.Accusation), Accusation: r.Meta.Accusation, Articles: cited,
			Outcome: Outcome{Months: r.Meta.Term.Months, Life: r.Meta.Term.Life, Death: r.Meta.Term.Death, FineYuan: r.Meta.Fine, FineKnown: fineKnown},
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
