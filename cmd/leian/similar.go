package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newSimilarCmd(a *app) *cobra.Command {
	var id string
	var k int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "similar --doc ID",
		Short: "Find decided cases similar to a stored judgment, with reasons",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if id == "" {
				return errors.New("请用 --doc 指定已入库文书的编号，如 lecard:8")
			}
			eng, closeAll, err := openEngine(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer closeAll()
			q, err := eng.SimilarQuery(cmd.Context(), id, k)
			if err != nil {
				return err
			}
			rs, err := eng.Search(cmd.Context(), q)
			if err != nil {
				return err
			}
			return printPush(cmd, a, q, rs, asJSON)
		},
	}
	cmd.Flags().StringVar(&id, "doc", "", "stored document ID")
	cmd.Flags().IntVar(&k, "k", 10, "how many cases to return")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
