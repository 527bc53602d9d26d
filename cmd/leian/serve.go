package main

import (
	"context"
	"fmt"
	"io"
	"net"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/api/audit"
	"leian/api/auth"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/evals"
)

func newServeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and web UI",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			tokens, err := auth.Open(a.cfg.Path("tokens.json"))
			if err != nil {
				return err
			}
			first, err := auth.Bootstrap(tokens)
			if err != nil {
				return err
			}
			if first != "" {
				printBootstrap(cmd.OutOrStdout(), first, a.cfg.Addr, tokens.Path())
			}
			trail, err := audit.Open(a.cfg.Path("audit"))
			if err != nil {
				return err
			}
			defer trail.Close()
			docs, err := docstore.Open(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer docs.Close()
			opts := api.Options{Log: a.log, Tokens: tokens, Audit: trail, Docs: docs, Evals: evals.Records{Dir: a.cfg.Path("evals")}}
			if err := wireRules(ctx, a, &opts); err != nil {
				return err
			}
			closeEngine := wireEngine(ctx, a, docs, &opts)
			defer closeEngine()
			wireDeviation(a, docs, &opts)
			return api.New(opts).ListenAndServe(ctx, a.cfg.Addr)
		},
	}
}

// wireRules loads the rule library; without the data bundle the server
// still serves, and the law routes answer 503.
func wireRules(ctx context.Context, a *app, opts *api.Options) error {
	if err := a.cfg.RequireData(); err != nil {
		a.log.Warn("rule library unavailable: law lookup and applicable rules are off", "err", err)
		return nil
	}
	lib, err := rules.Load(ctx, a.cfg.Data)
	if err != nil {
		return fmt.Errorf("load the rule library: %w", err)
	}
	opts.Rules, opts.Law = api.RuleLibrary{Lib: lib}, api.RuleLibrary{Lib: lib}
	return nil
}

// wireEngine opens the similar-case engine; before `leian index` has run
// the server still serves, and similar-case push answers 503.
func wireEngine(ctx context.Context, a *app, docs *docstore.Store, opts *api.Options) func() {
	eng, closeEngine, err := openEngineOn(ctx, a, docs)
	if err != nil {
		a.log.Warn("similar-case engine unavailable: run `leian index` (make run does)", "err", err)
		return func() {}
	}
	opts.Cases = eng
	return closeEngine
}

// printBootstrap shows the first-run token on the operator's terminal only:
// it goes to no log and is stored nowhere but as a hash.
func printBootstrap(w io.Writer, token, addr, path string) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	fmt.Fprintf(w, "首次运行：已在 %s 创建本机法官令牌（用户“%s”）。令牌只显示这一次：\n\n    %s\n\n", path, auth.BootstrapUser, token)
	fmt.Fprintf(w, "在浏览器打开 http://%s/ 并粘贴此令牌登录。为其他用户创建令牌：leian token add --role judge --user 姓名\n\n", net.JoinHostPort(host, port))
}
