package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"leian/evals"
)

func newSampleCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "sample", Short: "Seeded samples of the data bundle chosen outside the scored items: tuning sets and hand-checked fixtures"}
	cmd.AddCommand(&cobra.Command{
		Use:   "judge-tune OUT [N] [SEED]",
		Short: "Write N (default 200) LeCaRD first-instance criminal judgments that are not JuDGE dev items, in JuDGE's format, in seeded order (default seed 1); score with leian eval draft --file OUT",
		Args:  cobra.RangeArgs(1, 3),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			n, seed := 200, int64(1)
			if len(args) > 1 {
				v, err := strconv.Atoi(args[1])
				if err != nil || v < 0 {
					return fmt.Errorf("件数 %q 应为非负整数", args[1])
				}
				n = v
			}
			if len(args) > 2 {
				v, err := strconv.ParseInt(args[2], 10, 64)
				if err != nil {
					return fmt.Errorf("种子 %q 应为整数", args[2])
				}
				seed = v
			}
			f, err := os.Create(args[0])
			if err != nil {
				return fmt.Errorf("judge tune set: %w", err)
			}
			eligible, wrote, err := evals.JudgeTuneSet(a.cfg.Data, f, n, seed)
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("judge tune set %s: %w", args[0], cerr)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "%d eligible, wrote %d to %s\n", eligible, wrote, args[0])
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "forms-handchecked",
		Short: "Print the seeded choice of the documents in evals/testdata/forms_handchecked.jsonl (seed 20261205): form type, file, line or id, field",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			return evals.FormsHandcheckedSelection(a.cfg.Data, cmd.OutOrStdout())
		},
	})
	return cmd
}
