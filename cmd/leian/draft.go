package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/drafting/check"
	"leian/drafting/draft"
	"leian/evals"
	"leian/retrieval"
	"leian/retrieval/classify"
	"leian/retrieval/engine"
)

// draftEnv is the served offline drafter and what it was opened on.
type draftEnv struct {
	drafter *draft.Offline
	docs    *docstore.Store
	engine  interface {
		SimilarQuery(ctx context.Context, id string, k int) (retrieval.Query, error)
	}
	family *draft.Family
	// heldOut counts the decided cases kept out of the sentence model.
	heldOut int
	// chargesHeldOut counts the decided cases the eval's charge model left
	// out as the drafted cases' own.
	chargesHeldOut int
	// probationHeldOut counts the judgments the probation model left out.
	probationHeldOut int
	close            func()
}

// openDrafter opens the engine, the document store, the rule library and
// the case-family index the drafter needs; withModel also trains the
// sentencing estimator the drafter's penalties blend in (about a minute),
// without the decided cases whose facts overlap heldOut.
func openDrafter(ctx context.Context, a *app, withFamily, withModel bool, heldOut []string) (*draftEnv, error) {
	// Read-only: drafting runs beside a serving process and other readers.
	docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return nil, err
	}
	eng, closeStore, err := openEngineOn(ctx, a, docs)
	if err != nil {
		docs.Close()
		return nil, err
	}
	lib, err := rules.Load(ctx, a.cfg.Data)
	if err != nil {
		closeStore()
		docs.Close()
		return nil, err
	}
	closeAll := func() { closeStore(); docs.Close() }
	chargesDropped := 0
	if heldOut != nil {
		// The served charge model learned from LeCaRD candidate judgments,
		// and JuDGE's items are such judgments: an eval pushes with a model
		// that never read the drafted cases.
		if eng, chargesDropped, err = engineWithout(ctx, a, eng, heldOut); err != nil {
			closeAll()
			return nil, err
		}
	}
	env := &draftEnv{drafter: &draft.Offline{Search: eng, Docs: docs, Rules: lib, Charges: eng}, docs: docs, engine: eng,
		chargesHeldOut: chargesDropped, close: closeAll}
	if withFamily {
		if env.family, err = draft.BuildFamily(ctx, docs); err != nil {
			env.close()
			return nil, err
		}
	}
	// The courts' habits of citation, from the stored judgments; a draft
	// of a stored case leaves its own family out of them.
	habits, err := draft.BuildHabits(ctx, docs)
	if err != nil {
		env.close()
		return nil, err
	}
	env.drafter.Habits = habits
	if withModel {
		a.log.Info("training the sentence model on the decided cases (about a minute)")
		est, dropped, err := draft.EstimatorWithout(ctx, a.cfg.Data, lib, heldOut)
		if err != nil {
			env.close()
			return nil, err
		}
		env.heldOut = dropped
		a.log.Info("training the probation model on the decided judgments")
		prob, probDropped, err := draft.ProbationWithout(ctx, a.cfg.Data, heldOut)
		if err != nil {
			env.close()
			return nil, err
		}
		env.probationHeldOut = probDropped
		env.drafter.Sentencer = &draft.EstimatorSentencer{Estimator: est, Probation: draft.DefaultProbationRule(prob)}
	}
	return env, nil
}

func openDraftSuite(a *app) evals.OpenDrafter {
	return func(ctx context.Context, heldOut []string) (evals.DraftEnv, func(), error) {
		env, err := openDrafter(ctx, a, true, true, heldOut)
		if err != nil {
			return evals.DraftEnv{}, nil, err
		}
		notes := []string{
			fmt.Sprintf("量刑模型（cail2018 训练）剔除与被评测事实重合的 %d 件已决案件后训练", env.heldOut),
			fmt.Sprintf("类案推送的罪名预测模型（cail2018 与 LeCaRD 候选判决训练）剔除与被评测事实重合的 %d 件已决案件后训练", env.chargesHeldOut),
			fmt.Sprintf("缓刑模型（LeCaRD 候选一审刑事判决训练）剔除与被评测事实重合的 %d 件已决案件后训练", env.probationHeldOut),
		}
		return evals.DraftEnv{Drafter: env.drafter, Family: env.family, Store: env.docs, Notes: notes}, env.close, nil
	}
}

func newDraftCmd(a *app) *cobra.Command {
	var id, factsFile, out, kind string
	var charges []string
	var asJSON, withModel bool
	cmd := &cobra.Command{
		Use:   "draft --doc ID | --facts FILE",
		Short: "Draft a first-instance judgment (criminal, or private lending) from a stored case or a facts file",
		Long: `Draft a first-instance judgment offline from the facts, the rule library and
similar decided cases (the case's own documents and those of the same case
are never used). --out F.md writes Markdown, --out F.docx a Word document.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (id == "") == (factsFile == "") {
				return errors.New("give exactly one of --doc ID (a stored judgment) and --facts FILE (a text file of the facts)")
			}
			ctx := cmd.Context()
			env, err := openDrafter(ctx, a, false, withModel, nil)
			if err != nil {
				return err
			}
			defer env.close()
			req := draft.Request{Charges: charges, Kind: kind}
			if id == "" {
				b, err := os.ReadFile(factsFile)
				if err != nil {
					return fmt.Errorf("--facts: %w", err)
				}
				req.Facts = string(b)
			}
			svc := &draft.Service{Drafter: chooseDrafter(a, env.drafter), Facts: env.engine, Store: env.docs}
			d, err := svc.Draft(ctx, id, req)
			if err != nil {
				var ie *draft.InputError
				if errors.As(err, &ie) && len(ie.Similar) > 0 {
					fmt.Fprintln(cmd.ErrOrStderr(), "可参考的类案：")
					for _, s := range ie.Similar {
						fmt.Fprintf(cmd.ErrOrStderr(), "  %s  %s\n", s.ID, s.Title)
					}
				}
				return err
			}
			// Every draft is checked before it is shown; the typo rule needs
			// the corpus language model and is left to `leian check`.
			text := d.Plain()
			ck := check.Default(check.Deps{Library: env.drafter.Rules})
			if rep, err := ck.Check(ctx, text); err == nil {
				if err := printReport(cmd.ErrOrStderr(), "草稿智能纠错", text, rep, []string{"错别字检查（需语料语言模型，请用 leian check）"}, isTerminal(cmd.ErrOrStderr())); err != nil {
					return err
				}
			} else {
				fmt.Fprintln(cmd.ErrOrStderr(), "草稿未能完成智能纠错检查：", err)
			}
			if out != "" {
				if err := writeDraft(out, d); err != nil {
					return err
				}
				fmt.Fprintln(cmd.ErrOrStderr(), "已写入", out)
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(d)
			}
			if out == "" {
				fmt.Fprint(cmd.OutOrStdout(), draft.Markdown(d))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&id, "doc", "", "stored document ID whose facts are drafted (e.g. lecard:8)")
	cmd.Flags().StringVar(&factsFile, "facts", "", "a UTF-8 text file holding the facts")
	cmd.Flags().StringSliceVar(&charges, "charge", nil, "charge(s) the judge has in mind, e.g. 盗窃罪 (default: predicted)")
	cmd.Flags().StringVar(&kind, "kind", "", "criminal or loan (default: from the facts)")
	cmd.Flags().StringVar(&out, "out", "", "write the draft to F.md or F.docx")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the draft, its sources, articles and similar cases as JSON")
	cmd.Flags().BoolVar(&withModel, "model", false, "blend the sentencing estimator into the penalty, as the server does (trains it first: about a minute)")
	return cmd
}

func writeDraft(path string, d *draft.Draft) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".txt":
		return os.WriteFile(path, []byte(draft.Markdown(d)), 0o644)
	case ".docx":
		b, err := draft.DOCX(d)
		if err != nil {
			return err
		}
		return os.WriteFile(path, b, 0o644)
	}
	return fmt.Errorf("--out %s: write .md or .docx", path)
}

// wireDrafter serves drafting when the engine and the rule library are up;
// with LEIAN_LLM_URL set the LLM drafter rewrites the offline draft.
func wireDrafter(ctx context.Context, a *app, docs *docstore.Store, opts *api.Options) {
	facts, ok := opts.Cases.(draft.FactsReader)
	lib, libOK := opts.Rules.(api.RuleLibrary)
	if !ok || !libOK || opts.Cases == nil {
		a.log.Warn("drafting unavailable: it needs the similar-case engine and the rule library")
		return
	}
	offline := &draft.Offline{Search: opts.Cases, Docs: docs, Rules: lib.Lib}
	if p, ok := opts.Cases.(draft.ChargePredictor); ok {
		offline.Charges = p
	}
	offline.Habits = draft.BuildHabitsLater(ctx, docs, func(err error) {
		if err != nil {
			a.log.Error("court habits unavailable: the similar cases alone decide the habitual articles", "err", err)
			return
		}
		a.log.Info("court habits read")
	})
	if est, ok := opts.Sentencing.(draft.Estimating); ok && est != nil {
		prob := draft.TrainProbationLater(ctx, a.cfg.Data, func(err error) {
			if err != nil {
				a.log.Error("probation model unavailable: the similar cases' majority decides probation", "err", err)
				return
			}
			a.log.Info("probation model ready")
		})
		offline.Sentencer = &draft.EstimatorSentencer{Estimator: est, Probation: prob}
	}
	opts.Drafter = &draft.Service{Drafter: chooseDrafter(a, offline), Facts: facts, Store: docs}
}

// chooseDrafter is the LLM drafter when an endpoint is configured, else
// the offline one.
func chooseDrafter(a *app, offline *draft.Offline) draft.Drafter {
	if a.cfg.LLMURL == "" {
		return offline
	}
	llm, err := draft.NewOpenAI(a.cfg.LLMURL, a.cfg.LLMModel, a.cfg.LLMKey, offline)
	if err != nil {
		a.log.Warn("LLM drafter unavailable, drafting offline", "err", err)
		return offline
	}
	return llm
}

// engineWithout is eng with a charge predictor trained without the decided
// cases whose facts overlap heldOut, and how many it left out.
func engineWithout(ctx context.Context, a *app, eng *engine.Engine, heldOut []string) (*engine.Engine, int, error) {
	data, err := loadChargeData(a)
	if err != nil {
		return nil, 0, err
	}
	same := draft.SameCase(heldOut)
	m, dropped, err := data.TrainWithout(ctx, func(c classify.Labelled) bool { return same(c.Facts) })
	if err != nil {
		return nil, 0, fmt.Errorf("charge predictor without the drafted cases: %w", err)
	}
	return eng.WithCharges(m), dropped, nil
}
