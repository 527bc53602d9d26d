package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"leian/corpus/ingest"
	"leian/corpus/ingest/show"
	"leian/corpus/ingest/source"
)

// errFirstRecord stops reading after the first record of a file.
var errFirstRecord = errors.New("first record read")

func newExtractCmd(a *app) *cobra.Command {
	var asJSON bool
	var format string
	cmd := &cobra.Command{
		Use:   "extract FILE",
		Short: "Parse and extract one judgment file (text in UTF-8 or GBK, or one JSON record) without storing it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := source.ParseFormat(format)
			if err != nil {
				return err
			}
			var rec *source.Record
			err = source.Read(cmd.Context(), args[0], f, source.Options{}, func(e source.Entry) error {
				if e.Problem != nil {
					return e.Problem
				}
				rec = e.Record
				return errFirstRecord
			})
			if err != nil && !errors.Is(err, errFirstRecord) {
				return err
			}
			if rec == nil {
				return fmt.Errorf("%s：文件中没有裁判文书", args[0])
			}
			d, err := ingest.Prepare(rec)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(d)
			}
			return show.Document(cmd.OutOrStdout(), d, false)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&format, "format", "", "input format instead of detecting it (see leian ingest --help)")
	return cmd
}
