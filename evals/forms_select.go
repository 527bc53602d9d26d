package evals

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"leian/internal/jsonl"
)

// formsSelectSeed is the seed the hand-checked forms fixture was chosen with.
const formsSelectSeed = 20261205

// formDoc is one candidate document: the file, the line or record id (0
// for a file that is one document), and the field or triplet side.
type formDoc struct {
	file  string
	key   int
	field string
}

func (a formDoc) compare(b formDoc) int {
	return cmp.Or(strings.Compare(a.file, b.file), cmp.Compare(a.key, b.key), strings.Compare(a.field, b.field))
}

// FormsHandcheckedSelection prints the seeded choice of the documents of
// evals/testdata/forms_handchecked.jsonl (made 2026-12-05), one line per
// document: form type, file, line or id, field, tab-separated. The choice
// reads file names, case names and record fields only, never an extractor's
// output; the gold values were then read by hand in each chosen document.
// It reproduces the Python script the choice was first made with.
func FormsHandcheckedSelection(dataDir string, w io.Writer) error {
	rng := newPyRandom(formsSelectSeed)
	pick := func(pool []formDoc, n int) []formDoc {
		pool = slices.Clone(pool)
		slices.SortFunc(pool, formDoc.compare)
		shuffle(rng, pool)
		return pool[:min(n, len(pool))]
	}
	// The 8 in-sample documents already in the fixture before this choice.
	usedSCM := []int{4, 11, 21, 31, 41, 51}
	usedSFZY := []int{1, 11}
	const admin = `行政|认定|局|教养|检察院|船舶|追索垫付`
	gl, err := gazetteDocs(dataDir, `劳动合同|劳动争议|劳动报酬|劳动关系|工伤保险待遇|工伤待遇`, admin)
	if err != nil {
		return err
	}
	sl, err := sfzyDocs(dataDir, `劳动合同纠纷|劳动争议`, usedSFZY)
	if err != nil {
		return err
	}
	labour := append(gl, sl...)
	traffic, err := gazetteDocs(dataDir, `交通事故`, `行政|认定|处罚`)
	if err != nil {
		return err
	}
	var theft, fraud []formDoc
	const candidates = "lecard/candidates.jsonl.gz"
	err = jsonl.Each(filepath.Join(dataDir, candidates), func(_ int, line []byte) error {
		var r struct {
			ID       string `json:"id"`
			AjName   string `json:"ajName"`
			WritName string `json:"writName"`
			Qw       string `json:"qw"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		if !strings.Contains(r.WritName, "一审") || r.Qw == "" {
			return nil
		}
		id, err := strconv.Atoi(r.ID)
		if err != nil {
			return fmt.Errorf("candidate id %q: %w", r.ID, err)
		}
		name := r.AjName
		switch {
		case strings.Contains(name, "盗窃") && !strings.Contains(name, "诈骗"):
			theft = append(theft, formDoc{candidates, id, "qw"})
		case strings.Contains(name, "诈骗") && !strings.Contains(name, "盗窃") && !strings.Contains(name, "合同诈骗") && !strings.Contains(name, "集资"):
			fraud = append(fraud, formDoc{candidates, id, "qw"})
		}
		return nil
	})
	if err != nil {
		return err
	}
	const scm = "scm/triplets.jsonl"
	var loan []formDoc
	for ln := 1; ln <= 300; ln++ {
		if !slices.Contains(usedSCM, ln) {
			for _, f := range []string{"A", "B", "C"} {
				loan = append(loan, formDoc{scm, ln, f})
			}
		}
	}
	type chosenDoc struct {
		form string
		doc  formDoc
	}
	var chosen []chosenDoc
	add := func(form string, ds []formDoc) {
		for _, d := range ds {
			chosen = append(chosen, chosenDoc{form, d})
		}
	}
	add("labour", pick(labour, 15))
	add("theft_fraud", append(pick(theft, 8), pick(fraud, 7)...))
	// SCM reuses documents across triplets: skip a text already chosen or
	// already in the fixture.
	var triplets []map[string]string
	if err := jsonl.Each(filepath.Join(dataDir, scm), func(_ int, line []byte) error {
		var t map[string]any
		if err := json.Unmarshal(line, &t); err != nil {
			return err
		}
		sides := map[string]string{}
		for _, k := range []string{"A", "B", "C"} {
			sides[k], _ = t[k].(string)
		}
		triplets = append(triplets, sides)
		return nil
	}); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, ln := range usedSCM {
		seen[triplets[ln-1]["B"]] = true
	}
	var loans []formDoc
	for _, d := range pick(loan, len(loan)) {
		text := triplets[d.key-1][d.field]
		if !seen[text] && len(loans) < 10 {
			seen[text] = true
			loans = append(loans, d)
		}
	}
	add("loan", loans)
	add("traffic", pick(traffic, 10))
	for _, c := range chosen {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", c.form, c.doc.file, c.doc.key, c.doc.field); err != nil {
			return fmt.Errorf("forms selection: write: %w", err)
		}
	}
	return nil
}

// gazetteDocs are the Gazette cases whose file name matches name and not
// skip, and whose text has findings or a verdict.
func gazetteDocs(dataDir, name, skip string) ([]formDoc, error) {
	nameRe, skipRe := regexp.MustCompile(name), regexp.MustCompile(skip)
	dir := filepath.Join(dataDir, "civil", "gazette")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("gazette cases: %w", err)
	}
	var out []formDoc
	for _, e := range entries {
		f := e.Name()
		if !nameRe.MatchString(f) || skipRe.MatchString(f) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, fmt.Errorf("gazette case: %w", err)
		}
		if t := string(b); strings.Contains(t, "判决如下") || strings.Contains(t, "查明") {
			out = append(out, formDoc{"civil/gazette/" + f, 0, ""})
		}
	}
	return out, nil
}

// sfzyDocs are the CAIL2020 records whose opening three sentences match
// title, the used lines left out.
func sfzyDocs(dataDir, title string, used []int) ([]formDoc, error) {
	re := regexp.MustCompile(title)
	const file = "civil/cail2020_sfzy_train20.jsonl"
	var out []formDoc
	err := jsonl.Each(filepath.Join(dataDir, file), func(ln int, line []byte) error {
		var r struct {
			Text []struct {
				Sentence string `json:"sentence"`
			} `json:"text"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		var t strings.Builder
		for _, s := range r.Text[:min(3, len(r.Text))] {
			t.WriteString(s.Sentence)
		}
		if !slices.Contains(used, ln) && re.MatchString(t.String()) {
			out = append(out, formDoc{file, ln, ""})
		}
		return nil
	})
	return out, err
}
