package source

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"leian/corpus"
)

type lawBenchItem struct {
	Question *string `json:"question"`
	Answer   string  `json:"answer"`
}

// readLawBench reads a LawBench task file, one JSON array. Items of tasks
// that carry no case facts (e.g. 2-1 proofreading) are rejected as unsupported.
func readLawBench(ctx context.Context, path string, opt Options, yield Yield) error {
	r, closeFn, err := openFile(path, opt)
	if err != nil {
		return err
	}
	defer closeFn()
	dec := json.NewDecoder(r)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return yield(Entry{Problem: &Problem{File: path, Line: 1, Reason: ReasonMalformed,
			Err: fmt.Errorf("want a JSON array of items (token %v): %w", tok, err)}})
	}
	for i := 1; dec.More(); i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var it lawBenchItem
		if err := dec.Decode(&it); err != nil {
			// The array's syntax is broken: nothing after this point can be trusted.
			return yield(Entry{Problem: &Problem{File: path, Line: i, Reason: ReasonMalformed, Err: err}})
		}
		rec, p := lawBenchRecord(path, i, it, opt)
		e := Entry{Record: rec, Problem: p}
		if err := yield(e); err != nil {
			return err
		}
	}
	return nil
}

var (
	articleNums = regexp.MustCompile(`\d+`)
	termMonths  = regexp.MustCompile(`刑期:(\d+)个月`)
	crimeAmount = regexp.MustCompile(`金额:([\d.]+)元`)
)

// lawBenchRecord maps one item to a record; the task is known from the
// answer's prefix, as the question formats of 3-1, 3-3 and 3-4 overlap.
func lawBenchRecord(path string, i int, it lawBenchItem, opt Options) (*Record, *Problem) {
	if it.Question == nil {
		return nil, missing(path, i, "question")
	}
	q := *it.Question
	task, lab := "", &corpus.Labels{}
	switch {
	case strings.HasPrefix(it.Answer, "法条:"):
		task = "3-1"
		lab.Articles = ints(it.Answer)
	case strings.HasPrefix(it.Answer, "罪名:"):
		task = "3-3"
		lab.Charges = splitList(strings.TrimPrefix(it.Answer, "罪名:"), ";")
	case strings.HasPrefix(it.Answer, "刑期:"):
		task = "3-4"
		lab.Life = strings.Contains(it.Answer, "无期")
		lab.Death = strings.Contains(it.Answer, "死刑")
		if m := termMonths.FindStringSubmatch(it.Answer); m != nil {
			n, _ := strconv.Atoi(m[1])
			lab.TermMonths = &n
		}
	case strings.HasPrefix(it.Answer, "上文涉及到的犯罪金额"):
		task = "3-7"
		if m := crimeAmount.FindStringSubmatch(it.Answer); m != nil {
			if y, err := strconv.ParseFloat(m[1], 64); err == nil {
				lab.Other = map[string]any{"amount_yuan": y}
			}
		}
	default:
		return nil, &Problem{File: path, Line: i, Field: "answer", Reason: ReasonUnsupported,
			Err: errors.New("not a task with case facts (3-1, 3-3, 3-4, 3-7)")}
	}
	facts, charges, articles := splitQuestion(q)
	if task == "3-1" || task == "3-4" {
		lab.Charges = charges
	}
	if task == "3-4" {
		lab.Articles = articles
	}
	if p := checkText(path, i, "question", facts, opt); p != nil {
		return nil, p
	}
	lab.Source = "lawbench/" + task
	return &Record{Source: "lawbench", SourceID: task + ":" + strconv.Itoa(i), File: path, Line: i,
		Text: facts, Sections: sections("facts", facts), Labels: lab, CaseType: corpus.Criminal}, nil
}

// splitQuestion cuts "事实:<facts>罪名:<a;b>。法条:刑法第<n、m>条" (or
// "文书:<text>") into its parts; missing parts are empty.
func splitQuestion(q string) (facts string, charges []string, articles []int) {
	body := q
	for _, prefix := range []string{"事实:", "文书:"} {
		if b, ok := strings.CutPrefix(body, prefix); ok {
			body = b
			break
		}
	}
	i := strings.LastIndex(body, "罪名:")
	if i < 0 {
		return strings.TrimSpace(body), nil, nil
	}
	facts, rest := strings.TrimSpace(body[:i]), body[i+len("罪名:"):]
	crimes, law, _ := strings.Cut(rest, "法条:")
	charges = splitList(strings.TrimRight(strings.TrimSpace(crimes), "。"), ";")
	return facts, charges, ints(law)
}

func ints(s string) []int {
	var out []int
	for _, m := range articleNums.FindAllString(s, -1) {
		if n, err := strconv.Atoi(m); err == nil {
			out = append(out, n)
		}
	}
	return out
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
