package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
)

// load reads the history and computes the figures, as every view of the
// streak does: nothing about it is stored.
func (s settings) load() (streak.Stats, history.Result, string, error) {
	j, err := s.journal()
	if err != nil {
		return streak.Stats{}, history.Result{}, "", err
	}
	// Streaming keeps memory and time low on years of history: status runs
	// on every prompt.
	st, res, err := streak.ComputeFile(j.path(), j.settings, time.Now())
	if err != nil {
		return streak.Stats{}, history.Result{}, "", err
	}
	return st, res, j.path(), nil
}

// noteMissing says on w when a --data-dir given by hand holds no history:
// a mistyped folder should not pass for an empty history.
func (s settings) noteMissing(w io.Writer, path string) {
	if s.dataDir == "" {
		return
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(w, "backroll: no history in %s yet; is --data-dir right?\n", s.dataDir)
	}
}

func newStatsCmd(set *settings) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Your streak and totals as plain text (or --json)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, res, path, err := set.load()
			if err != nil {
				return err
			}
			if w := res.Warning(filepath.Base(path)); w != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "backroll: "+w)
			}
			set.noteMissing(cmd.ErrOrStderr(), path)
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			writeStats(cmd.OutOrStdout(), st)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON object for scripts")
	set.historyFlag(cmd.Flags())
	return cmd
}

func writeStats(w io.Writer, st streak.Stats) {
	today := "not yet"
	if st.TodayDone {
		today = "done"
	}
	fmt.Fprintf(w, "current streak   %s\n", days(st.CurrentStreak))
	fmt.Fprintf(w, "longest streak   %s\n", days(st.LongestStreak))
	fmt.Fprintf(w, "today            %s\n", today)
	switch st.PausedBy {
	case streak.PausedByYou:
		fmt.Fprintf(w, "paused           through %s, as you asked\n", st.PausedUntil)
	case streak.PausedByRedFlag:
		fmt.Fprintf(w, "paused           through %s after a red flag, or until you roll\n", st.PausedUntil)
	}
	fmt.Fprintf(w, "last 7 days      %s, %s\n", days(st.WeekDays), mins(st.WeekMinutes))
	fmt.Fprintf(w, "sessions         %d\n", st.TotalSessions)
	fmt.Fprintf(w, "total            %s\n", mins(st.TotalMinutes))
	if len(st.MinutesByArea) > 0 {
		fmt.Fprintln(w, "by area")
		for _, id := range slices.Sorted(maps.Keys(st.MinutesByArea)) {
			name := id
			if ex, ok := content.ExerciseByID(id); ok {
				name = strings.ToLower(ex.Name)
			}
			fmt.Fprintf(w, "  %-14s %s\n", name, mins(st.MinutesByArea[id]))
		}
	}
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

func mins(m float64) string { return strconv.FormatFloat(m, 'f', 1, 64) + " min" }

func newStatusCmd(set *settings) *cobra.Command {
	var format string
	var plain bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "One short line for a shell prompt or a status bar",
		Long: "One short line for a shell prompt or a status bar.\n\n" +
			"--format placeholders: {streak} {longest} {today} (minutes rolled today) {done} (yes/no) {icon} " +
			"{paused} (the last day of a pause, as 2006-01-02, or nothing)",
		Example: "  backroll status                 # 🔥12, or: roll today · 12, or: paused · 12\n" +
			"  backroll status --plain         # 12 days, or: roll today · 12\n" +
			"  backroll status --format '{icon}{streak}/{longest}'",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, _, _, err := set.load()
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), statusLine(st, format, plain))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "layout with {streak} {longest} {today} {done} {icon} {paused}")
	cmd.Flags().BoolVar(&plain, "plain", false, "no emoji")
	set.historyFlag(cmd.Flags())
	return cmd
}

func statusLine(st streak.Stats, format string, plain bool) string {
	icon := "🔥"
	if plain {
		icon = ""
	}
	if format == "" {
		switch {
		case !st.TodayDone && st.PausedBy != "" && st.CurrentStreak > 0:
			format = "paused · {streak}"
		case !st.TodayDone && st.PausedBy != "":
			format = "paused"
		case !st.TodayDone && st.CurrentStreak > 0:
			format = "roll today · {streak}"
		case !st.TodayDone:
			format = "roll today"
		case plain:
			format = "{streak} " + plural(st.CurrentStreak, "day")
		default:
			format = "{icon}{streak}"
		}
	}
	today := 0.0
	if n := len(st.Days); n > 0 {
		today = st.Days[n-1].Minutes
	}
	done := "no"
	if st.TodayDone {
		done = "yes"
	}
	return strings.NewReplacer(
		"{streak}", strconv.Itoa(st.CurrentStreak),
		"{longest}", strconv.Itoa(st.LongestStreak),
		"{today}", strconv.FormatFloat(today, 'f', 0, 64),
		"{done}", done,
		"{icon}", icon,
		"{paused}", st.PausedUntil,
	).Replace(format)
}

func newHistoryCmd(set *settings) *cobra.Command {
	h := &cobra.Command{
		Use:   "history",
		Short: "Export your history, or merge in another's",
	}
	var format string
	export := &cobra.Command{
		Use:   "export",
		Short: "Write every record to stdout as JSON or CSV",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			j, err := set.journal()
			if err != nil {
				return err
			}
			res, err := history.ReadFile(j.path())
			if err != nil {
				return err
			}
			set.noteMissing(cmd.ErrOrStderr(), j.path())
			switch strings.ToLower(format) {
			case "json":
				return history.WriteJSON(cmd.OutOrStdout(), res.Records)
			case "csv":
				return history.WriteCSV(cmd.OutOrStdout(), res.Records)
			}
			return usageError{fmt.Errorf("--format must be json or csv, not %q", format)}
		},
	}
	export.Flags().StringVar(&format, "format", "json", "the format: json or csv")
	merge := &cobra.Command{
		Use:   "merge FILE",
		Short: "Add another machine's history, each record once",
		Args:  usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			j, err := set.journal()
			if err != nil {
				return err
			}
			if _, err := history.Open(j.dir); err != nil {
				return err
			}
			added, err := history.Merge(j.path(), args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "added %d %s from %s to %s\n", added, plural(added, "record"), args[0], j.path())
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

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
