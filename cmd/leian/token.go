package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"leian/api/auth"
)

func newTokenCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "token",
		Short: "Manage API tokens (stored as SHA-256 hashes in LEIAN_HOME/tokens.json)",
	}
	cmd.AddCommand(newTokenAddCmd(a), newTokenListCmd(a), newTokenRevokeCmd(a))
	return cmd
}

func newTokenAddCmd(a *app) *cobra.Command {
	var user, role string
	cmd := &cobra.Command{
		Use:   "add --role ROLE --user NAME",
		Short: "Create a token and print it once",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := auth.ParseRole(role)
			if err != nil {
				return err
			}
			tokens, err := auth.Open(a.cfg.Path("tokens.json"))
			if err != nil {
				return err
			}
			token, p, err := tokens.Add(user, r)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "已为 %s（%s）创建令牌，编号 %s。令牌只显示这一次，请妥善交给本人：\n\n    %s\n\n", p.User, p.Role.Label(), p.TokenID, token)
			return nil
		},
	}
	cmd.Flags().StringVar(&user, "user", "", "the holder's name, e.g. 张三")
	cmd.Flags().StringVar(&role, "role", "", "judge, assistant, reviewer, evaluator or admin")
	_ = cmd.MarkFlagRequired("user") // both flags exist: marking cannot fail
	_ = cmd.MarkFlagRequired("role")
	return cmd
}

func newTokenListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List token holders (never the tokens)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			tokens, err := auth.Open(a.cfg.Path("tokens.json"))
			if err != nil {
				return err
			}
			ps, err := tokens.List()
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "编号\t用户\t角色\t创建时间")
			for _, p := range ps {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.TokenID, p.User, p.Role.Label(), p.Created.Local().Format("2006-01-02 15:04"))
			}
			return tw.Flush()
		},
	}
}

func newTokenRevokeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "revoke ID",
		Short: "Revoke a token by its id (see token list); a running server stops accepting it at once",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			tokens, err := auth.Open(a.cfg.Path("tokens.json"))
			if err != nil {
				return err
			}
			if err := tokens.Revoke(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "已撤销令牌 %s\n", args[0])
			return nil
		},
	}
}
