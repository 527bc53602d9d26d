package main

import "github.com/spf13/cobra"

// subcommands lists every subcommand constructor; each lives in its own file.
var subcommands = []func(*app) *cobra.Command{
	newServeCmd,
	newTokenCmd,
	newIngestCmd,
	newCorpusCmd,
	newDocCmd,
	newExtractCmd,
	newBenchCmd,
	newEvalCmd,
	newIndexCmd,
	newTuneCmd,
	newSearchCmd,
	newSimilarCmd,
	newLawCmd,
	newAuditCmd,
	newCheckCmd,
	newDraftCmd,
	newSentenceCmd,
	newDeviationCmd,
	newReportCmd,
	newFormCmd,
	newBatchCmd,
	newChargesCmd,
	newAnonymizeCmd,
	newSampleCmd,
}
