package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"leian/api"
	"leian/api/audit"
	"leian/api/auth"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/evals"
	"leian/internal/config"
	"leian/internal/private"
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
				out := cmd.OutOrStdout()
				if err := announceBootstrap(out, isTerminal(out), first, a.cfg, tokens.Path()); err != nil {
					return err
				}
			}
			trail, err := audit.Open(a.cfg.Path("audit"))
			if err != nil {
				return err
			}
			defer trail.Close()
			if err := private.Restrict(a.cfg.Home); err != nil {
				return err
			}
			docs, err := openServedDocs(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer docs.Close()
			opts := api.Options{Log: a.log, Tokens: tokens, Audit: trail, Docs: docs, Evals: evals.Records{Dir: a.cfg.Path("evals")},
				DataDir: a.cfg.Data, MaxPushes: a.cfg.MaxPushes}
			if err := wireRules(ctx, a, &opts); err != nil {
				return err
			}
			wireChecker(ctx, a, docs, &opts)
			closeEngine := wireEngine(ctx, a, docs, &opts)
			defer closeEngine()
			wireDrafter(ctx, a, docs, &opts)
			wireDeviation(a, docs, &opts)
			reports, closeReports, err := openReports(ctx, a)
			if err != nil {
				return err
			}
			defer closeReports()
			opts.Reports, opts.Platform = reports, reportPlatform(a)
			wireBatch(a, &opts)
			return api.New(opts).ListenAndServeTLS(ctx, a.cfg.Addr, a.cfg.TLSCert, a.cfg.TLSKey)
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
		return fmt.Errorf("载入法律规则库失败：%w", err)
	}
	opts.Rules, opts.Law = api.RuleLibrary{Lib: lib}, api.RuleLibrary{Lib: lib}
	opts.Sentencing = newServedEstimator(ctx, a, lib)
	return nil
}

// wireEngine opens the similar-case engine; before `leian index` has run
// the server still serves, and similar-case push answers 503.
func wireEngine(ctx context.Context, a *app, docs *docstore.Store, opts *api.Options) func() {
	eng, closeEngine, err := openCheckedEngine(ctx, a, docs, func(stale error) {
		a.log.Warn("the index build is incomplete or stale: /readyz answers 503 and the UI says so until leian index completes", "err", stale)
		opts.NotReady = "类案索引未完成或已过期（索引过程可能被中断），推送结果可能不完整。请管理员运行 leian index 完成索引后重启服务。"
	})
	if err != nil {
		a.log.Warn("similar-case engine unavailable: run `leian index` (make run does)", "err", err)
		return func() {}
	}
	opts.Cases = eng
	return closeEngine
}

// openServedDocs opens the document store read-only, so read-only commands
// (search, similar, doc, bench) run beside the server; a fresh home gets
// an empty store first.
func openServedDocs(path string) (*docstore.Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		st, err := docstore.Open(path)
		if err != nil {
			return nil, err
		}
		if err := st.Close(); err != nil {
			return nil, err
		}
	}
	return docstore.OpenReadOnly(path)
}

// bootstrapFile holds the first-run token when no terminal shows it.
const bootstrapFile = "first-run-token.txt"

// announceBootstrap hands the first-run token to the operator. On a
// terminal it is printed; when output goes to a log (make run > log,
// systemd) it is written to an owner-only file under LEIAN_HOME instead and
// only that file's path is printed, so no log ever holds a token.
func announceBootstrap(w io.Writer, terminal bool, token string, cfg config.Config, tokensPath string) error {
	host, port, err := net.SplitHostPort(cfg.Addr)
	if err != nil || host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	scheme := "http"
	if cfg.TLS() {
		scheme = "https"
	}
	url := fmt.Sprintf("%s://%s/", scheme, net.JoinHostPort(host, port))
	if terminal {
		fmt.Fprintf(w, "首次运行：已在 %s 创建本机法官令牌（用户“%s”）。令牌只显示这一次：\n\n    %s\n\n", tokensPath, auth.BootstrapUser, token)
		fmt.Fprintf(w, "在浏览器打开 %s 并粘贴此令牌登录。为其他用户创建令牌：leian token add --role judge --user 姓名\n\n", url)
		return nil
	}
	path := cfg.Path(bootstrapFile)
	if err := os.MkdirAll(cfg.Home, 0o700); err != nil {
		return fmt.Errorf("创建数据目录 %s 失败：%w", cfg.Home, err)
	}
	body := fmt.Sprintf("首次运行创建的本机法官令牌（用户“%s”），登录 %s 后请删除本文件：\n%s\n", auth.BootstrapUser, url, token)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		return fmt.Errorf("写入首次运行令牌文件 %s 失败：%w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil { // an older file keeps its mode through WriteFile
		return fmt.Errorf("设置 %s 的权限失败：%w", path, err)
	}
	fmt.Fprintf(w, "首次运行：已创建本机法官令牌。输出不是终端，令牌未打印，已写入仅本用户可读的文件 %s；用它登录 %s 后请删除该文件。\n", path, url)
	return nil
}

// isTerminal reports whether w is an interactive terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
