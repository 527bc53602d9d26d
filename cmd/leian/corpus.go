package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"leian/corpus/docstore"
	"leian/corpus/synth"
)

func newCorpusCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "corpus", Short: "Tools over the document store"}
	var n int
	var seed uint64
	var out string
	synthCmd := &cobra.Command{
		Use:   "synth",
		Short: "Write synthetic judgments for scale tests only (never for quality evals): real judgments of one charge recombined, names, amounts, dates and courts perturbed",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer docs.Close()
			if out == "" {
				out = a.cfg.Path("synthetic", fmt.Sprintf("synthetic-n%d-seed%d.jsonl", n, seed))
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
				return err
			}
			f, err := os.OpenFile(out, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
			if err != nil {
				return fmt.Errorf("synthetic corpus: %w", err)
			}
			w := bufio.NewWriterSize(f, 1<<20)
			sum, err := synth.Generate(cmd.Context(), docs, w, synth.Options{N: n, Seed: seed})
			if err == nil {
				err = w.Flush()
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				os.Remove(out)
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "已写出 %d 篇合成文书（仅供规模测试，不得用于质量评测；由 %d 篇真实刑事文书、%d 个罪名组重组）：%s\n导入：leian ingest %s\n",
				sum.Records, sum.Templates, sum.Charges, out, out)
			return nil
		},
	}
	synthCmd.Flags().IntVar(&n, "n", 1000, "synthetic judgments to write")
	synthCmd.Flags().Uint64Var(&seed, "seed", 1, "random seed: the same seed and document store give the same file")
	synthCmd.Flags().StringVar(&out, "out", "", "output JSONL file (default LEIAN_HOME/synthetic/synthetic-nN-seedS.jsonl); never overwritten")
	cmd.AddCommand(synthCmd)
	return cmd
}

// refuseSynthetic stops a quality evaluation over a home whose document
// store holds synthetic judgments (see corpus/synth).
func refuseSynthetic(ctx context.Context, a *app) error {
	path := a.cfg.Path("docs.db")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	docs, err := docstore.OpenReadOnly(path)
	if err != nil {
		return err
	}
	defer docs.Close()
	st, err := docs.Stats(ctx)
	if err != nil {
		return err
	}
	return synth.Refuse(st.BySource)
}
