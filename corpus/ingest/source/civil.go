package source

import (
	"strings"

	"leian/corpus"
)

func decodeSCM(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v map[string]any
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	var recs []Record
	for _, field := range []string{"A", "B", "C"} {
		raw, ok := v[field]
		if !ok {
			return nil, missing(file, n, field)
		}
		text, ok := raw.(string)
		if !ok {
			return nil, &Problem{File: file, Line: n, Field: field, Reason: ReasonMalformed, Err: errNotString}
		}
		if p := checkText(file, n, field, text, opt); p != nil {
			return nil, p
		}
		// Identity is the content hash: the same text recurs across triplets.
		recs = append(recs, Record{Source: "scm", File: file, Line: n, Text: text, CaseType: corpus.Civil})
	}
	return recs, nil
}

type focusLine struct {
	ID        *string          `json:"文书ID"`
	Claims    string           `json:"诉称段"`
	Defence   string           `json:"辩称段"`
	Reasoning string           `json:"裁判分析过程段"`
	Focus     []string         `json:"争议焦点"`
	Requests  []map[string]any `json:"诉讼请求"`
	Defences  []map[string]any `json:"抗辩事由"`
	Nodes     []map[string]any `json:"争议焦点子节点"`
}

func decodeFocus(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v focusLine
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	if v.ID == nil || *v.ID == "" {
		return nil, missing(file, n, "文书ID")
	}
	text := joinNonEmpty("\n", v.Claims, v.Defence, v.Reasoning)
	if p := checkText(file, n, "诉称段", text, opt); p != nil {
		return nil, p
	}
	lab := &corpus.Labels{Source: "cail2021-focus", Other: map[string]any{
		"focus": v.Focus, "claim_elements": v.Requests, "defence_elements": v.Defences, "focus_elements": v.Nodes}}
	return []Record{{Source: "cail2021-focus", SourceID: *v.ID, File: file, Line: n, Text: text,
		Sections: sections("claims", v.Claims, "defence", v.Defence, "reasoning", v.Reasoning),
		Labels:   lab, CaseType: corpus.Civil}}, nil
}

type summaryLine struct {
	ID        *string `json:"id"`
	Summary   string  `json:"summary"`
	Sentences []struct {
		Sentence string `json:"sentence"`
		Label    int    `json:"label"`
	} `json:"text"`
}

func decodeSummary(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v summaryLine
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	if v.ID == nil || *v.ID == "" {
		return nil, missing(file, n, "id")
	}
	lines := make([]string, 0, len(v.Sentences))
	var key []int
	for i, s := range v.Sentences {
		lines = append(lines, s.Sentence)
		if s.Label == 1 {
			key = append(key, i)
		}
	}
	text := strings.Join(lines, "\n")
	if p := checkText(file, n, "text", text, opt); p != nil {
		return nil, p
	}
	lab := &corpus.Labels{Source: "cail2020-sfzy", Other: map[string]any{"summary": v.Summary, "key_sentences": key}}
	title := ""
	if len(lines) > 0 && strings.HasSuffix(lines[0], "书") {
		title = lines[0]
	}
	return []Record{{Source: "cail2020-sfzy", SourceID: *v.ID, File: file, Line: n, Title: title, Text: text,
		Sections: sections("summary", v.Summary), Labels: lab, CaseType: corpus.Civil}}, nil
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
