package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/report"
	"github.com/backroll/backroll/coach/text"
)

// reportFormats are what report --format takes, the default first.
var reportFormats = []string{"text", "html"}

func newReportCmd(set *settings) *cobra.Command {
	var weeks int
	var format, output string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "A one-page report for you or a clinician",
		Long: "Your last weeks of rolling on one page, for you or a clinician: sessions and time " +
			"per week, time per area, how each session felt before and after, tender spots, and " +
			"red flags with their dates. It is a record of what you logged, not medical advice.\n\n" +
			"--format html writes a page that stands alone, to print or to send: its charts are " +
			"drawn in it, and it runs no script and fetches nothing.",
		Example: "  backroll report\n  backroll report --weeks 12\n" +
			"  backroll report --format html --output report.html",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if weeks < 1 || weeks > report.MaxWeeks {
				return usageError{fmt.Errorf("--weeks goes back 1 to %d weeks, not %d", report.MaxWeeks, weeks)}
			}
			write := map[string]func(io.Writer, report.Report) error{
				"text": report.WriteText, "html": report.WriteHTML}[strings.ToLower(format)]
			if write == nil {
				return usageError{fmt.Errorf("--format must be text or html, not %q", text.Inert(format))}
			}
			j, err := set.journal()
			if err != nil {
				return err
			}
			now := set.where.in(time.Now())
			b := report.NewBuilder(now, weeks, j.Settings().DayStarts)
			res, err := j.Scan(now, b.Add)
			if err != nil {
				return err
			}
			if w := res.Warning(history.FileName); w != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "backroll: "+text.InertLines(w))
			}
			set.noteMissing(cmd.ErrOrStderr(), j.Path())
			r := b.Report()
			if output == "" {
				return write(set.stdout, r)
			}
			// A health record: for the owner's eyes unless they share it.
			// Written whole or not at all: a full disk leaves no half a
			// report, and an older one stays as it was.
			if err := files.Replaceable(output); err != nil {
				return err
			}
			if err := files.WriteWhole(output, 0o600, func(w io.Writer) error { return write(w, r) }); err != nil {
				return fmt.Errorf("cannot write the report to %s: %w", text.Inert(output), err)
			}
			fmt.Fprintf(set.stdout, "wrote the report of %s to %s\n", report.Range(r), text.Inert(output))
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&weeks, "weeks", report.DefaultWeeks, fmt.Sprintf("how many weeks (Monday to Sunday), this one last, 1 to %d", report.MaxWeeks))
	f.StringVar(&format, "format", reportFormats[0], "text, or html for a page with charts")
	f.StringVar(&output, "output", "", "write to this file instead of stdout")
	set.historyFlag(f)
	return cmd
}
