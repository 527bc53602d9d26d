package source

import (
	"strconv"

	"leian/corpus"
)

type cail2018Line struct {
	Fact *string `json:"fact"`
	Meta *struct {
		Articles   []int    `json:"relevant_articles"`
		Accusation []string `json:"accusation"`
		Fine       float64  `json:"punish_of_money"`
		Criminals  []string `json:"criminals"`
		Term       struct {
			Death  bool `json:"death_penalty"`
			Months int  `json:"imprisonment"`
			Life   bool `json:"life_imprisonment"`
		} `json:"term_of_imprisonment"`
	} `json:"meta"`
	Source string `json:"source"`
}

// unknownFineOrigins are the converted sources whose 0 fine and empty
// defendant list mean "unknown" (bundle README §4).
func unknownFineOrigin(origin string) bool {
	return origin == "open-compass/LawBench" || origin == "aoneillmark/HackTheLaw"
}

func decodeCAIL2018(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v cail2018Line
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	if v.Fact == nil {
		return nil, missing(file, n, "fact")
	}
	if v.Meta == nil {
		return nil, missing(file, n, "meta")
	}
	if p := checkText(file, n, "fact", *v.Fact, opt); p != nil {
		return nil, p
	}
	m := v.Meta
	lab := &corpus.Labels{Source: "cail2018", Charges: m.Accusation, Articles: m.Articles,
		Life: m.Term.Life, Death: m.Term.Death, Other: map[string]any{"origin": v.Source}}
	if !m.Term.Life && !m.Term.Death {
		months := m.Term.Months
		lab.TermMonths = &months
	}
	if !unknownFineOrigin(v.Source) {
		fine := m.Fine
		lab.Fine = &fine
		lab.Criminals = m.Criminals
	}
	return []Record{{Source: "cail2018", File: file, Line: n, Text: *v.Fact,
		Sections: map[string]string{"facts": *v.Fact}, Labels: lab, CaseType: corpus.Criminal}}, nil
}

type lecardLine struct {
	ID       *string `json:"id"`
	AjID     string  `json:"ajId"`
	AjName   string  `json:"ajName"`
	Facts    string  `json:"ajjbqk"`
	Reason   string  `json:"cpfxgc"`
	Verdict  string  `json:"pjjg"`
	Full     *string `json:"qw"`
	WritID   string  `json:"writId"`
	WritName string  `json:"writName"`
}

func decodeLeCaRD(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v lecardLine
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	switch {
	case v.ID == nil || *v.ID == "":
		return nil, missing(file, n, "id")
	case v.Full == nil:
		return nil, missing(file, n, "qw")
	}
	if p := checkText(file, n, "qw", *v.Full, opt); p != nil {
		return nil, p
	}
	lab := &corpus.Labels{Source: "lecard", Other: map[string]any{
		"ajId": v.AjID, "ajName": v.AjName, "writId": v.WritID, "writName": v.WritName}}
	return []Record{{Source: "lecard", SourceID: *v.ID, File: file, Line: n, Title: v.WritName,
		Text: *v.Full, Labels: lab, CaseType: corpus.Criminal, Link: v.AjID,
		Sections: sections("facts", v.Facts, "reasoning", v.Reason, "verdict", v.Verdict)}}, nil
}

type lecardQueryLine struct {
	RIdx  *int     `json:"ridx"`
	Q     *string  `json:"q"`
	Crime []string `json:"crime"`
	Path  string   `json:"path"`
}

func decodeLeCaRDQuery(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v lecardQueryLine
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	switch {
	case v.RIdx == nil:
		return nil, missing(file, n, "ridx")
	case v.Q == nil:
		return nil, missing(file, n, "q")
	}
	if p := checkText(file, n, "q", *v.Q, opt); p != nil {
		return nil, p
	}
	lab := &corpus.Labels{Source: "lecard-query", Charges: v.Crime, Other: map[string]any{"path": v.Path}}
	return []Record{{Source: "lecard-query", SourceID: strconv.Itoa(*v.RIdx), File: file, Line: n,
		Text: *v.Q, Sections: sections("facts", *v.Q), Labels: lab, CaseType: corpus.Criminal}}, nil
}

type judgeLine struct {
	TextID *string `json:"text_id"`
	Facts  string  `json:"text"`
	LA     []int   `json:"la"`
	Full   *string `json:"fd"`
}

func decodeJuDGE(file string, n int, b []byte, opt Options) ([]Record, *Problem) {
	var v judgeLine
	if p := unmarshal(file, n, b, &v); p != nil {
		return nil, p
	}
	switch {
	case v.TextID == nil || *v.TextID == "":
		return nil, missing(file, n, "text_id")
	case v.Full == nil:
		return nil, missing(file, n, "fd")
	}
	if p := checkText(file, n, "fd", *v.Full, opt); p != nil {
		return nil, p
	}
	return []Record{{Source: "judge", SourceID: *v.TextID, File: file, Line: n, Text: *v.Full,
		Sections: sections("facts", v.Facts), Labels: &corpus.Labels{Source: "judge", Articles: v.LA},
		CaseType: corpus.Criminal, Link: *v.TextID}}, nil
}

// sections builds a section map from kind, text pairs, leaving out empty texts.
func sections(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			m[kv[i]] = kv[i+1]
		}
	}
	if len(m) == 0 {
		return nil
	}
	return m
}
