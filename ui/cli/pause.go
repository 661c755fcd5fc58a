package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/text"
)

// newPauseCmd is `backroll pause DAYS`: rest a sore back without losing
// the streak. The pause is a record in the history, where the streak is
// computed from.
func newPauseCmd(set *settings) *cobra.Command {
	var off bool
	cmd := &cobra.Command{
		Use:   "pause DAYS",
		Short: "Rest 1 to 14 days and keep your streak",
		Long: "Rest your back for 1 to 14 days, today included, without losing your streak: " +
			"days you do not roll during a pause keep the streak going, and days you do roll still count. " +
			"A new pause replaces the one before; 0 or --off ends it.\n\n" +
			"After a red flag the streak rests by itself until you roll again: that day and up to 14 days after it.",
		Example: "  backroll pause 3        # today and the next two days\n" +
			"  backroll pause 0        # back to rolling: end the pause\n" +
			"  backroll pause --off    # the same",
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case off && len(args) > 0:
				return fmt.Errorf("--off ends a pause and takes no DAYS (%s)", strings.Join(args, " "))
			case off:
				return nil
			case len(args) != 1:
				return errors.New("pause takes a number of days, 1 to 14, or 0 to end a pause; try `backroll pause 3`")
			}
			_, err := pauseDays(args[0])
			return err
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			n := 0
			if !off {
				n, _ = pauseDays(args[0]) // checked by Args
			}
			j, err := set.journal()
			if err != nil {
				return err
			}
			now := time.Now()
			w := set.stdout
			st, _, err := j.Stats(now)
			if err != nil {
				return err
			}
			// A red flag's rest, the graver reason, hides a pause asked
			// for under it from the figures; ending one says so all the same.
			yours, running := "", false
			if n == 0 && st.PausedBy == streak.PausedByRedFlag {
				var last history.Record // the latest pause record, which replaces those before it
				if _, err := j.Scan(now, func(r *history.Record) {
					if r.Kind == history.KindPause && !r.Start.Before(last.Start) {
						last = *r
					}
				}); err != nil {
					return err
				}
				yours, running = yourPause(last, j.Settings(), now)
			}
			if n == 0 && st.PausedBy == "" {
				fmt.Fprintln(w, "No pause to end.")
				return nil
			}
			// End is n days on today's clock, so that the pause lasts
			// whole days whatever daylight saving does.
			r := history.Record{Kind: history.KindPause, Start: now, End: now.AddDate(0, 0, n)}
			if err := j.Append(r); err != nil {
				return err
			}
			switch {
			case n > 0:
				fmt.Fprintf(w, "Streak paused through %s (%s, today included). Rest up; a roll in the meantime still counts, and `backroll pause 0` ends the pause early.\n",
					dayName(j.Settings().LastPausedDay(r.End)), dayCount(n))
				if st.PausedBy == streak.PausedByRedFlag && st.PausedUntil > j.Settings().LastPausedDay(r.End) {
					// The longer rest a red flag began still holds.
					fmt.Fprintf(w, "The rest after your red flag still runs through %s, until you roll again.\n", dayName(st.PausedUntil))
				}
			case st.PausedBy == streak.PausedByRedFlag:
				if running {
					fmt.Fprintf(w, "Pause ended: the pause you asked for through %s is over.\n", dayName(yours))
				}
				// The red flag's rest ends with a roll, not with a command.
				if st, _, err = j.Stats(now); err != nil {
					return err
				}
				fmt.Fprintf(w, "After the red flag your streak rests until you roll again, through %s at most; rolling ends that rest, not this command.\n",
					dayName(st.PausedUntil))
			default:
				fmt.Fprintln(w, "Pause ended: from today, a day without rolling counts against your streak again.")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&off, "off", false, "end the pause (the same as 0)")
	set.historyFlag(cmd.Flags())
	// The parser takes "pause -3" for flags; it is a number of days.
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		if _, arg, ok := strings.Cut(err.Error(), "unknown shorthand flag: "); ok {
			if _, n, ok := strings.Cut(arg, " in "); ok {
				if _, numErr := strconv.Atoi(n); numErr == nil {
					_, err = pauseDays(n) // a negative number, never nil
				}
			}
		}
		return usageError{flagError(err)}
	})
	return cmd
}

// yourPause is the last day, as 2006-01-02, of the pause asked for with
// `backroll pause` that today is in, if one is: last is the latest pause
// record (zero if none), unless it has run out or ended a pause.
func yourPause(last history.Record, set streak.Settings, now time.Time) (string, bool) {
	if last.Kind != history.KindPause {
		return "", false
	}
	// The day before tomorrow's is today's, on the day's own clock.
	end, today := set.LastPausedDay(last.End), set.LastPausedDay(now.AddDate(0, 0, 1))
	return end, end >= today
}

// pauseDays reads DAYS: 0 to streak.MaxPauseDays; -0 is refused as any
// negative number is, not taken for 0.
func pauseDays(arg string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(arg))
	if err != nil {
		return 0, fmt.Errorf("%q is not a number of days; try `backroll pause 3`", arg)
	}
	if n < 0 || n > streak.MaxPauseDays || strings.HasPrefix(strings.TrimSpace(arg), "-") {
		return 0, fmt.Errorf("a pause lasts 1 to %d days, not %s; 0 ends one", streak.MaxPauseDays, strings.TrimSpace(arg))
	}
	return n, nil
}

// dayName writes a date of streak.Stats as "Sat 5 Dec".
func dayName(date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return text.Inert(date) // from the cache: shown, never acted on
	}
	return d.Format("Mon 2 Jan")
}
