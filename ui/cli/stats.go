package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/coach/tomlfile"
	"github.com/backroll/backroll/content"
)

// load computes the figures from the history by way of its rollup, which
// spares status, run on every prompt, a read of years of lines.
func (s settings) load() (streak.Stats, history.Result, string, error) {
	j, err := s.journal()
	if err != nil {
		return streak.Stats{}, history.Result{}, "", err
	}
	st, res, err := j.Stats(s.where.in(time.Now()))
	if err != nil {
		return streak.Stats{}, history.Result{}, "", err
	}
	return st, res, j.Path(), nil
}

// noteMissing says on w when a --data-dir given by hand holds no history:
// a mistyped folder should not pass for an empty history.
func (s settings) noteMissing(w io.Writer, path string) {
	if s.dataDir == "" {
		return
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(w, "backroll: no history in %s yet; is --data-dir right?\n", text.Inert(s.dataDir))
	}
}

func newStatsCmd(set *settings) *cobra.Command {
	var asJSON bool
	var nDays int
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Your streak and totals as plain text (or --json)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if nDays < 1 || nDays > maxDays {
				return usageError{fmt.Errorf("--days goes back 1 to %d days, not %d", maxDays, nDays)}
			}
			st, res, path, err := set.load()
			if err != nil {
				return err
			}
			if w := res.Warning(filepath.Base(path)); w != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "backroll: "+text.InertLines(w))
			}
			set.noteMissing(cmd.ErrOrStderr(), path)
			// Stats.Days always reaches back further than maxDays.
			last := st.Days[len(st.Days)-nDays:]
			if asJSON {
				var b bytes.Buffer
				enc := json.NewEncoder(&b)
				enc.SetIndent("", "  ")
				if err := enc.Encode(newStatsJSON(st, last)); err != nil {
					return err
				}
				// encoding/json leaves C1 and bidi controls as they are.
				_, err := set.stdout.Write(text.InertJSON(b.Bytes()))
				return err
			}
			writeStats(set.stdout, st, last)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON object for scripts")
	cmd.Flags().IntVar(&nDays, "days", 7, fmt.Sprintf("list the last N days one by one, 1 to %d", maxDays))
	set.historyFlag(cmd.Flags())
	return cmd
}

// maxDays is how far back stats --days goes: the progress screen's
// calendar, every day of which streak.Stats carries.
const maxDays = 7 * streak.HeatmapWeeks

// statsJSON is stats --json. Times are whole seconds, named _s as in the
// history; the week's and the total's minutes are there too, rounded.
type statsJSON struct {
	CurrentStreak   int             `json:"current_streak"`
	LongestStreak   int             `json:"longest_streak"`
	TodayDone       bool            `json:"today_done"`
	WeekDays        int             `json:"week_days"`
	WeekS           int             `json:"week_s"`
	WeekMinutes     int             `json:"week_minutes"`
	TotalSessions   int             `json:"total_sessions"`
	TotalS          int             `json:"total_s"`
	TotalMinutes    int             `json:"total_minutes"`
	AreaS           map[string]int  `json:"area_s"` // by exercise id
	Days            []dayJSON       `json:"days"`   // the last --days days, today last
	Feel            []streak.Feel   `json:"feel"`
	Tender          []streak.Tender `json:"tender"`
	PausedUntil     string          `json:"paused_until"`
	PausedBy        string          `json:"paused_by"`
	UnreadableLines int             `json:"unreadable_lines"`
	InvalidLines    int             `json:"invalid_lines"` // whole records that make no sense
	NewerLines      int             `json:"newer_lines"`
	DuplicateLines  int             `json:"duplicate_lines"` // records whose id came before
}

type dayJSON struct {
	Date    string `json:"date"`
	RolledS int    `json:"rolled_s"`
	Counted bool   `json:"counted"`
}

func newStatsJSON(st streak.Stats, days []streak.Day) statsJSON {
	j := statsJSON{
		CurrentStreak: st.CurrentStreak, LongestStreak: st.LongestStreak, TodayDone: st.TodayDone,
		WeekDays: st.WeekDays, WeekS: wholeSeconds(st.WeekMinutes), WeekMinutes: int(math.Round(st.WeekMinutes)),
		TotalSessions: st.TotalSessions, TotalS: wholeSeconds(st.TotalMinutes), TotalMinutes: int(math.Round(st.TotalMinutes)),
		AreaS: map[string]int{}, Days: []dayJSON{},
		// Never null: a script can range over them without a check.
		Feel: orEmpty(st.Feel), Tender: orEmpty(st.Tender), PausedUntil: st.PausedUntil, PausedBy: st.PausedBy,
		UnreadableLines: st.UnreadableLines, InvalidLines: st.InvalidLines, NewerLines: st.NewerLines,
		DuplicateLines: st.DuplicateLines,
	}
	for id, m := range st.MinutesByArea {
		j.AreaS[id] = wholeSeconds(m)
	}
	for _, d := range days {
		j.Days = append(j.Days, dayJSON{d.Date, wholeSeconds(d.Minutes), d.Counted})
	}
	return j
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// wholeSeconds turns streak's minutes back into the whole seconds they were
// summed from.
func wholeSeconds(minutes float64) int { return int(math.Round(minutes * 60)) }

// rolled writes minutes of streak.Stats as the app does: 0:27, 4:20.
func rolled(minutes float64) string {
	return coach.Clock(time.Duration(wholeSeconds(minutes)) * time.Second)
}

// writeStats prints the figures, then each of days.
func writeStats(w io.Writer, st streak.Stats, days []streak.Day) {
	today := "not yet"
	if st.TodayDone {
		today = "done"
	}
	fmt.Fprintf(w, "current streak   %s\n", dayCount(st.CurrentStreak))
	fmt.Fprintf(w, "longest streak   %s\n", dayCount(st.LongestStreak))
	fmt.Fprintf(w, "today            %s\n", today)
	switch st.PausedBy {
	case streak.PausedByYou:
		fmt.Fprintf(w, "paused           through %s, as you asked\n", dayName(st.PausedUntil))
	case streak.PausedByRedFlag:
		fmt.Fprintf(w, "paused           through %s after a red flag, or until you roll\n", dayName(st.PausedUntil))
	}
	fmt.Fprintf(w, "last 7 days      %s, %s rolled\n", dayCount(st.WeekDays), rolled(st.WeekMinutes))
	fmt.Fprintf(w, "sessions         %d\n", st.TotalSessions)
	fmt.Fprintf(w, "total            %s rolled\n", rolled(st.TotalMinutes))
	if len(st.MinutesByArea) > 0 {
		fmt.Fprintln(w, "by area")
		ids := slices.Sorted(maps.Keys(st.MinutesByArea))
		names, nameW := make([]string, len(ids)), 14
		for i, id := range ids {
			names[i] = text.Inert(id) // from the cache: shown, never acted on
			if ex, ok := content.ExerciseByID(id); ok {
				names[i] = strings.ToLower(ex.Name)
			}
			nameW = max(nameW, len(names[i])) // the times in one column
		}
		for i, id := range ids {
			fmt.Fprintf(w, "  %-*s %s\n", nameW, names[i], rolled(st.MinutesByArea[id]))
		}
	}
	fmt.Fprintln(w, "by day")
	for _, d := range days {
		counts := ""
		if d.Counted {
			counts = "  counts"
		}
		fmt.Fprintf(w, "  %-14s %s%s\n", dayName(d.Date), rolled(d.Minutes), counts)
	}
}

func dayCount(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

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
		// After a red flag the streak rests even on a day that counts, as
		// stats and home say: no flame on the day of a sign to stop.
		resting := st.PausedBy == streak.PausedByRedFlag
		switch {
		case (!st.TodayDone || resting) && st.PausedBy != "" && st.CurrentStreak > 0:
			format = "paused · {streak}"
		case (!st.TodayDone || resting) && st.PausedBy != "":
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

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
