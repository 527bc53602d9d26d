package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"leian/api/audit"
)

func newAuditCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "audit", Short: "Check the audit log"}
	cmd.AddCommand(&cobra.Command{
		Use:   "verify",
		Short: "Verify the audit log's hash chain: any edited, removed or inserted line is reported",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := a.cfg.Path("audit")
			n, err := audit.Verify(dir)
			if err != nil {
				return fmt.Errorf("审计日志校验失败（已核对 %d 条）：%w", n, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "审计日志 %s 完整：%d 条记录的哈希链一致\n", dir, n)
			return nil
		},
	})
	return cmd
}
