package main

import (
	"github.com/spf13/cobra"

	"leian/api"
)

func newServeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and web UI",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			srv := api.New(api.Options{Log: a.log})
			return srv.ListenAndServe(cmd.Context(), a.cfg.Addr)
		},
	}
}
