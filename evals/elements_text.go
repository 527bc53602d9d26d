package evals

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"leian/internal/jsonl"
)

// handTexts reads every fixture document as the bundle stores it, each
// source file once: a JSONL line's field (or a cail2020 record's joined
// sentences), a LeCaRD candidate's field by id, or a whole .md file.
func handTexts(dataDir string, items []handItem) ([]string, error) {
	out := make([]string, len(items))
	byFile := map[string][]int{}
	for i, it := range items {
		byFile[it.File] = append(byFile[it.File], i)
	}
	for file, idx := range byFile {
		path := filepath.Join(dataDir, file)
		if strings.HasSuffix(file, ".md") {
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("hand-checked fixture: %w", err)
			}
			for _, i := range idx {
				out[i] = string(b)
			}
			continue
		}
		if err := readRecords(path, items, idx, out); err != nil {
			return nil, err
		}
	}
	for i, it := range items {
		if out[i] == "" {
			return nil, fmt.Errorf("hand-checked fixture: %s not found", it.where())
		}
	}
	return out, nil
}

// readRecords fills out[i] for the items idx of one JSONL (or .jsonl.gz)
// file, matched by line number or by the record's "id".
func readRecords(path string, items []handItem, idx []int, out []string) error {
	byLine, byID := map[int][]int{}, map[string][]int{}
	for _, i := range idx {
		if items[i].ID != "" {
			byID[items[i].ID] = append(byID[items[i].ID], i)
		} else {
			byLine[items[i].Line] = append(byLine[items[i].Line], i)
		}
	}
	err := jsonl.Each(path, func(ln int, line []byte) error {
		want := byLine[ln]
		if len(byID) > 0 {
			var head struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal(line, &head); err != nil {
				return err
			}
			want = append(want, byID[head.ID]...)
		}
		for _, i := range want {
			text, err := recordText(line, items[i].Field)
			if err != nil {
				return err
			}
			out[i] = text
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("hand-checked fixture: %w", err)
	}
	return nil
}

func recordText(line []byte, field string) (string, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return "", err
	}
	if field != "" {
		var s string
		err := json.Unmarshal(rec[field], &s)
		return s, err
	}
	var sents []struct {
		Sentence string `json:"sentence"`
	}
	if err := json.Unmarshal(rec["text"], &sents); err != nil {
		return "", fmt.Errorf("text: %w", err)
	}
	var b strings.Builder
	for _, s := range sents {
		b.WriteString(s.Sentence)
	}
	return b.String(), nil
}
