package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"leian/corpus/rules"
)

func newLawCmd(a *app) *cobra.Command {
	var asJSON, search bool
	var contextLaw string
	var limit int
	cmd := &cobra.Command{
		Use:   "law QUERY…",
		Short: "Look up statute citations (刑法第264条, 第一百三十三条之一第一款) or search the rule library (--search)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			start := time.Now()
			lib, err := rules.Load(cmd.Context(), a.cfg.Data)
			if err != nil {
				return err
			}
			a.log.Debug("rule library loaded", slog.Duration("took", time.Since(start)), slog.Int("laws", len(lib.Laws)))
			query := strings.Join(args, " ")
			out := cmd.OutOrStdout()
			if search {
				hits := lib.Search(query, limit)
				if asJSON {
					return writeLawJSON(out, hits)
				}
				return rules.WriteHits(out, hits)
			}
			refs, rerr := lib.Lookup(query, contextLaw)
			if asJSON {
				if err := writeLawJSON(out, map[string]any{"articles": refs, "unresolved": lawErrors(rerr)}); err != nil {
					return err
				}
			} else if err := rules.WriteRefs(out, refs, rerr); err != nil {
				return err
			}
			if len(refs) == 0 {
				return fmt.Errorf("未能解析出任何条文：%q（全文检索请加 --search）", query)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&search, "search", false, "full-text search over articles and guiding cases instead of a citation lookup")
	cmd.Flags().StringVar(&contextLaw, "law", "刑法", "law that bare articles (第264条) belong to")
	cmd.Flags().IntVar(&limit, "limit", 10, "results for --search")
	cmd.AddCommand(newLawCoverageCmd(a))
	return cmd
}

func writeLawJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func lawErrors(err error) []string {
	var out []string
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, e.Error())
		}
	} else if err != nil {
		out = append(out, err.Error())
	}
	return out
}
