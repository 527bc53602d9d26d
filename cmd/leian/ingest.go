package main

import (
	"github.com/spf13/cobra"

	"leian/corpus/docstore"
	"leian/corpus/ingest"
	"leian/corpus/ingest/show"
	"leian/corpus/ingest/source"
)

func newIngestCmd(a *app) *cobra.Command {
	var format string
	var maxDoc int
	cmd := &cobra.Command{
		Use:   "ingest [PATH…]",
		Short: "Read judgments (the whole bundle, or the given files and folders) into the document store",
		Long: "Read judgments (the whole bundle, or the given files and folders) into the document store.\n\n" +
			"After an upgrade of the extractor, every run also re-parses and re-extracts each stored judgment\n" +
			"an older extractor analysed: those whose records it reads as it reads them, then the rest\n" +
			"(judgments an integration sent once, files no longer at hand) from their stored text.\n" +
			"A run cut short is finished by the next one. Run leian index afterwards.",
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := source.ParseFormat(format)
			if err != nil {
				return err
			}
			var files []source.File
			if len(args) == 0 {
				if err := a.cfg.RequireData(); err != nil {
					return err
				}
				files, err = source.Bundle(a.cfg.Data)
			} else {
				files, err = source.Expand(args, f)
			}
			if err != nil {
				return err
			}
			st, err := docstore.Open(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer st.Close()
			sum, err := ingest.Run(cmd.Context(), st, files, ingest.Options{
				Workers: a.cfg.Workers, MaxDocBytes: maxDoc, Progress: progressTo(cmd.ErrOrStderr()), Log: a.log})
			if err != nil {
				return err
			}
			return show.Summary(cmd.OutOrStdout(), sum)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "input format instead of detecting it: one of cail2018, lecard, lecard-query, judge, scm, cail2021-focus, cail2020-sfzy, gazette, lawbench, txt, jsonl")
	cmd.Flags().IntVar(&maxDoc, "max-doc-bytes", source.DefaultMaxDocBytes, "largest accepted document text in bytes")
	return cmd
}
