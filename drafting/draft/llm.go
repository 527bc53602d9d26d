package draft

import (
	"context"
	"fmt"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"

	"leian/corpus/cite"
	"leian/prompts"
)

// LLM rewrites the offline draft's reasoning and verdict with a language
// model, grounded by the same similar cases and rule texts. Its output is
// checked before it replaces anything: every article it cites must resolve
// in the rule library and be one the offline draft chose, and the verdict
// must name the same charges; otherwise, or when the model cannot be
// reached, the offline draft is returned with a note saying so.
type LLM struct {
	Model   llms.Model
	Offline *Offline
}

// NewOpenAI connects to an OpenAI-compatible endpoint (LEIAN_LLM_URL).
func NewOpenAI(baseURL, model, key string, offline *Offline) (*LLM, error) {
	if key == "" {
		key = "none" // local servers ignore it; the client insists on one
	}
	m, err := openai.New(openai.WithBaseURL(baseURL), openai.WithModel(model), openai.WithToken(key))
	if err != nil {
		return nil, fmt.Errorf("LLM endpoint %s: %w", baseURL, err)
	}
	return &LLM{Model: m, Offline: offline}, nil
}

// Draft implements Drafter.
func (l *LLM) Draft(ctx context.Context, r Request) (*Draft, error) {
	base, err := l.Offline.Draft(ctx, r)
	if err != nil {
		return nil, err
	}
	prompt, err := l.prompt(ctx, r, base)
	if err != nil {
		return nil, err
	}
	out, err := llms.GenerateFromSinglePrompt(ctx, l.Model, prompt, llms.WithTemperature(0.2), llms.WithMaxTokens(2048))
	if err != nil {
		base.Notes = append(base.Notes, "大模型服务不可达，已改用离线起草："+shortErr(err))
		return base, nil
	}
	reasoning, verdict, ok := strings.Cut(strings.TrimSpace(out), "判决如下")
	if !ok || !strings.HasPrefix(strings.TrimSpace(reasoning), "本院认为") {
		base.Notes = append(base.Notes, "大模型输出不符合判决书结构（缺少“本院认为”或“判决如下”），已保留离线草稿")
		return base, nil
	}
	if why := l.check(reasoning, verdict, base); why != "" {
		base.Notes = append(base.Notes, "大模型输出未通过核验（"+why+"），已保留离线草稿")
		return base, nil
	}
	verdict = strings.TrimLeft(verdict, "：:，, \n")
	for i := range base.Sections {
		switch base.Sections[i].Key {
		case "reasoning":
			base.Sections[i].Sentences = []Sentence{{Text: strings.TrimSpace(reasoning) + "判决如下：\n", Source: "llm", Note: "大模型据类案与法条改写，引用已复核"}}
		case "verdict":
			base.Sections[i].Sentences = []Sentence{{Text: strings.TrimSpace(verdict) + "\n", Source: "llm", Note: "大模型改写，刑种刑期与离线草稿一致"}}
		}
	}
	base.Drafter = "llm"
	return base, nil
}

func shortErr(err error) string {
	s := err.Error()
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return s
}

// check re-resolves the citations of the model's text and compares its
// charges with the offline draft's; it returns why the text is rejected.
func (l *LLM) check(reasoning, verdict string, base *Draft) string {
	allowed := map[string]bool{}
	for _, a := range base.Articles {
		allowed[fmt.Sprintf("%s/%d", a.Law, a.Number)] = true
	}
	for _, c := range cite.Find(reasoning, criminalLaw) {
		if c.Law == "" {
			continue
		}
		if _, err := l.Offline.Rules.Resolve(c); err != nil {
			return "所引 " + c.Raw + " 在法律规则库中查无此条"
		}
		if base.Kind == KindCriminal && strings.Contains(c.Law, "刑法") && !allowed[fmt.Sprintf("%s/%d", criminalLaw, c.Article)] {
			return "所引 " + c.Raw + " 不在依据事实选定的法条之列"
		}
	}
	if base.Kind == KindCriminal {
		for _, p := range base.Penalties {
			if !strings.Contains(verdict, p.Defendant) {
				return "判项遗漏被告人" + p.Defendant
			}
		}
		for _, c := range base.Charges {
			if !strings.Contains(verdict, strings.TrimSuffix(lastPart(c), "罪")) {
				return "判项罪名与“" + c + "”不一致"
			}
		}
	}
	return ""
}

func lastPart(c string) string {
	parts := strings.Split(c, "、")
	return parts[len(parts)-1]
}

func (l *LLM) prompt(ctx context.Context, r Request, base *Draft) (string, error) {
	data := prompts.DraftData{Facts: r.Facts, Charges: base.Charges, Skeleton: base.Text()}
	for _, a := range base.Articles {
		data.Articles = append(data.Articles, prompts.DraftArticle{Cite: a.Cite(), Text: a.Text})
	}
	for _, s := range base.Similar[:min(len(base.Similar), 3)] {
		d, err := l.Offline.Docs.Get(ctx, s.ID)
		if err != nil {
			continue
		}
		p := precedentOf(d)
		data.Cases = append(data.Cases, prompts.DraftCase{ID: s.ID, Title: s.Title, Reasoning: clip(p.reasoning, 800), Verdict: clip(p.verdict, 400)})
	}
	name := "draft_criminal.tmpl"
	if base.Kind == KindLoan {
		name = "draft_loan.tmpl"
	}
	return prompts.Render(name, data)
}

func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
