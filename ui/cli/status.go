package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/coach/tomlfile"
)

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
			if err := checkFormat(format); err != nil {
				return usageError{err}
			}
			st, _, _, err := set.load()
			if err != nil {
				return err
			}
			// The layout is typed, {paused} comes from the history:
			// both are shown, never acted on.
			fmt.Fprintln(set.stdout, text.Inert(statusLine(st, format, plain)))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "layout with "+strings.Join(placeholders, " "))
	cmd.Flags().BoolVar(&plain, "plain", false, "no emoji")
	set.historyFlag(cmd.Flags())
	return cmd
}

// placeholders are what status --format fills in.
var placeholders = []string{"{streak}", "{longest}", "{today}", "{done}", "{icon}", "{paused}"}

// checkFormat refuses a brace that is not part of a known placeholder:
// printed as it is, a typo ({stréak}, { streak }, {streak) would pass for
// part of the layout.
func checkFormat(format string) error {
	for i := 0; i < len(format); i++ {
		if format[i] != '{' && format[i] != '}' {
			continue
		}
		rest := format[i:]
		if p := knownAt(rest); p != "" {
			i += len(p) - 1
			continue
		}
		bad := rest
		if j := strings.IndexAny(rest[1:], "{}"); j >= 0 && rest[j+1] == '}' {
			bad = rest[:j+2]
		} else if j >= 0 {
			bad = rest[:j+1]
		}
		return fmt.Errorf("--format: %s is not a placeholder; the known ones are %s", tomlfile.Cut(bad), strings.Join(placeholders, " "))
	}
	return nil
}

// knownAt is the placeholder s starts with, or "".
func knownAt(s string) string {
	for _, p := range placeholders {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
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
