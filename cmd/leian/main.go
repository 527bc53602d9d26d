// Command leian is Leian's single binary: ingest, search, evaluate and serve.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"leian/internal/config"
)

// app is what every subcommand shares: the validated configuration and the logger.
type app struct {
	cfg config.Config
	log *slog.Logger
}

func main() {
	// Everything Leian writes under LEIAN_HOME (judgments, facts text,
	// vectors, tokens, audit) is for the service's user alone, whatever
	// library creates the file.
	syscall.Umask(0o077)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "leian 出错：", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	a := &app{}
	cfg, envErr := config.FromEnv(os.Getenv)
	a.cfg = cfg
	root := &cobra.Command{
		Use:           "leian",
		Short:         "Leian 类案: similar-case push with reasons, a rule library and offline evaluation for courts",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if envErr != nil {
				return envErr
			}
			if err := a.cfg.Validate(); err != nil {
				return fmt.Errorf("配置有误：%w", err)
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(a.cfg.LogLevel)); err != nil {
				return fmt.Errorf("日志级别 %q 无效：%w", a.cfg.LogLevel, err)
			}
			a.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
			return nil
		},
	}
	a.cfg.BindFlags(root.PersistentFlags())
	for _, sub := range subcommands {
		root.AddCommand(sub(a))
	}
	return root
}
