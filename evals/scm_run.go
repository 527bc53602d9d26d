package evals

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// parseSCMRun reads another system's SCM predictions, in triplet order:
// either a JSON list of "B"/"C" strings, or plain text with one "B" or "C"
// per line (blank lines skipped).
func parseSCMRun(b []byte) ([]string, error) {
	trimmed := bytes.TrimSpace(b)
	var labels []string
	if bytes.HasPrefix(trimmed, []byte("[")) {
		if err := json.Unmarshal(trimmed, &labels); err != nil {
			return nil, fmt.Errorf(`want a JSON list of "B"/"C": %w`, err)
		}
	} else {
		for l := range strings.Lines(string(trimmed)) {
			if l = strings.TrimSpace(l); l != "" {
				labels = append(labels, l)
			}
		}
	}
	for i, l := range labels {
		if l != "B" && l != "C" {
			return nil, fmt.Errorf("prediction %d is %q, want B or C", i+1, l)
		}
	}
	return labels, nil
}

func readSCMRun(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("scm run file: %w", err)
	}
	labels, err := parseSCMRun(b)
	if err != nil {
		return nil, fmt.Errorf("scm run file %s: %w", path, err)
	}
	return labels, nil
}
