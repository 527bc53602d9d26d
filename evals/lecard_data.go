package evals

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

// readJSONFile decodes one JSON document from path into v.
func readJSONFile(path, what string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s %s: %w", what, path, err)
	}
	return nil
}

// caseID is a candidate id written as a JSON string or number: LeCaRD's
// own run files use numbers, pools.json and labels.json use strings.
type caseID string

func (c *caseID) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*c = caseID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("candidate id %s: want a string or a number", b)
	}
	if _, err := strconv.ParseInt(n.String(), 10, 64); err != nil {
		return fmt.Errorf("candidate id %s: want an integer: %w", b, err)
	}
	*c = caseID(n.String())
	return nil
}

// parseRankings reads a run file: {"<query ridx>": [candidate id, …]},
// best first, as LeCaRD's prediction files (reversed) and the bundle's
// lecard/baselines/*.json are written.
func parseRankings(b []byte) (map[string][]string, error) {
	var raw map[string][]caseID
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf(`want {"<query ridx>": [candidate id, …]}: %w`, err)
	}
	out := make(map[string][]string, len(raw))
	for q, ids := range raw {
		list := make([]string, len(ids))
		for i, id := range ids {
			list[i] = string(id)
		}
		out[q] = list
	}
	return out, nil
}

func readRankings(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("run file: %w", err)
	}
	r, err := parseRankings(b)
	if err != nil {
		return nil, fmt.Errorf("run file %s: %w", path, err)
	}
	return r, nil
}
