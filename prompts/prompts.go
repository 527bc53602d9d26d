// Package prompts holds Leian's LLM prompt templates as embedded files,
// rendered with text/template; each template is tested on real data.
package prompts

import (
	"embed"
	"fmt"
	"strings"
	"text/template"
)

//go:embed *.tmpl
var files embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"trim": strings.TrimSpace,
}).ParseFS(files, "*.tmpl"))

// Render fills the template name (a file in this folder, e.g.
// "draft_criminal.tmpl") with data.
func Render(name string, data any) (string, error) {
	var b strings.Builder
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("prompt %s: %w", name, err)
	}
	return b.String(), nil
}

// DraftCase is one similar decided case given to the LLM as grounding.
type DraftCase struct {
	ID, Title, Reasoning, Verdict string
}

// DraftArticle is one rule text given to the LLM.
type DraftArticle struct {
	Cite, Text string
}

// DraftData fills draft_criminal.tmpl and draft_loan.tmpl.
type DraftData struct {
	Facts    string
	Charges  []string
	Articles []DraftArticle
	Cases    []DraftCase
	// Skeleton is the offline draft the model rewrites: the facts, articles
	// and penalty are fixed; only the wording may change.
	Skeleton string
}
