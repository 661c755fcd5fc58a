package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/calendar"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/text"
)

func newHistoryCmd(set *settings) *cobra.Command {
	h := &cobra.Command{
		Use:   "history",
		Short: "Export your history, or merge in another's",
	}
	var format string
	export := &cobra.Command{
		Use:   "export",
		Short: "Write the history as JSON, CSV or iCalendar",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			exporter := map[string]func(io.Writer) history.Exporter{
				"json": history.NewJSON, "csv": history.NewCSV, "ics": calendar.NewSessions}[strings.ToLower(format)]
			if exporter == nil {
				return usageError{fmt.Errorf("--format must be json, csv or ics, not %q", text.Inert(format))}
			}
			j, err := set.journal()
			if err != nil {
				return err
			}
			// Records that passed the door hold only identifiers: nothing
			// in them can reach the terminal as a control. They are written
			// as they are read, so an export of any length holds one.
			out := exporter(set.stdout)
			var werr error
			res, err := j.Scan(time.Now(), func(r *history.Record) {
				if werr == nil {
					werr = out.Write(r)
				}
			})
			if err != nil {
				return err
			}
			if w := res.Warning(history.FileName); w != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "backroll: "+w)
			}
			set.noteMissing(cmd.ErrOrStderr(), j.Path())
			if werr != nil {
				return werr
			}
			return out.Close()
		},
	}
	export.Flags().StringVar(&format, "format", "json", "json, csv or ics (the sessions as events)")
	merge := &cobra.Command{
		Use:   "merge FILE",
		Short: "Add another machine's history.jsonl, each record once",
		Long: "Add the records of another machine's history.jsonl (in its data folder, " +
			"$XDG_DATA_HOME/backroll) to this one's, each record once. It takes that file itself, not the output of " +
			"history export. A merge is all or nothing.",
		Args: usageArgs(func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return errors.New("merge takes one file: another machine's history.jsonl")
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			j, err := set.journal()
			if err != nil {
				return err
			}
			m, err := j.Merge(args[0], time.Now())
			src := text.Inert(args[0])
			if errors.Is(err, history.ErrNotHistory) {
				return fmt.Errorf("%s is not a backroll history: 0 of %d lines are records; nothing was merged\n"+
					"merge takes history.jsonl from another machine's data folder, not the output of history export", src, m.Lines)
			}
			if err != nil {
				return err
			}
			// Each record is kept once: those with an id the history has
			// (whatever their kind) are counted, not dropped unsaid.
			there := ""
			if n := m.Records - m.Added; n > 0 {
				verb := "were"
				if n == 1 {
					verb = "was"
				}
				there = fmt.Sprintf("; %d %s there already, by id", n, verb)
			}
			fmt.Fprintf(set.stdout, "added %d %s from %s to %s%s\n", m.Added, plural(m.Added, "record"), src, text.Inert(j.Path()), there)
			return nil
		},
	}
	// On the subcommands, which read and write the history; history
	// itself only groups them.
	set.historyFlag(export.Flags())
	set.historyFlag(merge.Flags())
	h.AddCommand(export, merge)
	return h
}
