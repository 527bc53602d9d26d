package main

import (
	"fmt"
	"io"
	"net"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/api/audit"
	"leian/api/auth"
	"leian/evals"
)

func newServeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and web UI",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
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
			srv := api.New(api.Options{Log: a.log, Tokens: tokens, Audit: trail, Evals: evals.Records{Dir: a.cfg.Path("evals")}})
			return srv.ListenAndServe(cmd.Context(), a.cfg.Addr)
		},
	}
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
