package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"leian/corpus/docstore"
	"leian/corpus/ingest/show"
)

func newDocCmd(a *app) *cobra.Command {
	doc := &cobra.Command{Use: "doc", Short: "Stored documents"}
	var asJSON, full bool
	showCmd := &cobra.Command{
		Use:   "show ID",
		Short: "One stored document with its parsed structure and elements",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer st.Close()
			d, err := st.Get(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(d)
			}
			return show.Document(cmd.OutOrStdout(), d, full)
		},
	}
	showCmd.Flags().BoolVar(&asJSON, "json", false, "print the stored JSON")
	showCmd.Flags().BoolVar(&full, "full", false, "print the whole text")
	doc.AddCommand(showCmd)
	return doc
}
