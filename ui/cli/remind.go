package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/adrg/xdg"
	"github.com/gen2brain/beeep"
	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/calendar"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/remind"
	"github.com/backroll/backroll/coach/text"
)

// remindOS is what remind touches outside the process: the scheduler's
// programs, the notification, this program's path, the clock. Tests
// replace it, so nothing is scheduled for the real user.
var remindOS = struct {
	goos   string
	run    remind.Runner
	notify func(title, body string) error
	exe    func() (string, error)
	now    func() time.Time
}{runtime.GOOS, remind.Exec, notify, os.Executable, time.Now}

func notify(title, body string) error {
	beeep.AppName = "backroll"
	return beeep.Notify(title, body, "")
}

type remindFlags struct {
	off, now, snoozed, ics bool
	snoozeArg              string // as typed: a duration flag would show its default, 0s
	snooze                 time.Duration
}

func newRemindCmd(set *settings) *cobra.Command {
	var f remindFlags
	cmd := &cobra.Command{
		Use:   "remind [HH:MM]",
		Short: "A daily reminder to roll, run by your system",
		Long: "Install a reminder your system runs every day at HH:MM (24-hour clock): a systemd user timer on Linux, " +
			"a LaunchAgent on macOS, a Task Scheduler task on Windows, a crontab line where there is none of those. " +
			"No backroll keeps running: at that time the scheduler runs `backroll remind --now`, which sends one " +
			"desktop notification unless today is rolled, your streak is paused or resting after a red flag, " +
			"or today can be one of your rest days (rest_days_per_week).\n\n" +
			"Alone, remind says what is installed and where; with --off it removes exactly that. " +
			"With --ics it writes a calendar event with an alarm instead, for those who would rather not install anything. " +
			"With --data-dir (or XDG_DATA_HOME set) the installed reminder is told that history folder: the scheduler runs it without your shell's flags and environment.",
		Example: "  backroll remind 21:30                  # every day at 21:30\n" +
			"  backroll remind                        # what is installed, and where\n" +
			"  backroll remind --snooze 30m           # once more, in 30 minutes\n" +
			"  backroll remind --off                  # remove it\n" +
			"  backroll remind 21:30 --ics > backroll.ics   # a calendar event instead",
		Args: func(_ *cobra.Command, args []string) error { return f.check(args) },
		RunE: func(cmd *cobra.Command, args []string) error {
			w := set.stdout
			if f.ics {
				at, _ := remind.ParseClock(args[0]) // checked by Args
				return calendar.Reminder(w, at.Hour, at.Minute, remindOS.now())
			}
			if f.now {
				return remindNow(set, f.snoozed)
			}
			b, err := scheduler(remindDataDir(set.dataDir))
			if err != nil {
				return err
			}
			switch {
			case f.off:
				return remindOff(w, b)
			case f.snooze > 0:
				now := remindOS.now()
				if err := b.Snooze(f.snooze, now); err != nil {
					return fmt.Errorf("could not snooze the reminder: %s", text.Inert(err.Error()))
				}
				fmt.Fprintf(w, "A reminder in %s (about %s), once; `backroll remind --off` takes it back.\n",
					coach.Typed(f.snooze), now.Add(f.snooze).Format("15:04"))
				return nil
			case len(args) == 1:
				at, _ := remind.ParseClock(args[0])
				if err := remindInstall(w, b, at); err != nil {
					return err
				}
				if dir := remindDataDir(set.dataDir); dir != "" {
					fmt.Fprintf(w, "It reads your history in %s.\n", text.Inert(dir))
				}
				return nil
			}
			return remindStatus(w, b)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.off, "off", false, "remove the reminder (and a snoozed one)")
	fl.BoolVar(&f.now, "now", false, "notify now, unless today is rolled or resting")
	fl.StringVar(&f.snoozeArg, "snooze", "", "remind once more after this long, 1m to 12h (e.g. 30m)")
	fl.BoolVar(&f.ics, "ics", false, "write a daily calendar event with an alarm to stdout instead")
	fl.BoolVar(&f.snoozed, "snoozed", false, "run by a snoozed reminder, which it then removes")
	fl.MarkHidden("snoozed")
	set.historyFlag(fl)
	return cmd
}

// check says which flags and arguments go together, and reads --snooze.
func (f *remindFlags) check(args []string) error {
	if f.snoozeArg != "" {
		d, err := time.ParseDuration(f.snoozeArg)
		if err != nil || d == 0 {
			return fmt.Errorf("--snooze takes a time such as 30m or 1h, not %q", text.Inert(f.snoozeArg))
		}
		f.snooze = d
	}
	modes := 0
	for _, on := range []bool{f.off, f.now, f.snooze != 0, f.ics} {
		if on {
			modes++
		}
	}
	switch {
	case len(args) > 1:
		return errors.New("remind takes one time, such as 21:30")
	case modes > 1:
		return errors.New("--off, --now, --snooze and --ics each do one thing: give one of them")
	case f.snoozed && !f.now:
		return errors.New("--snoozed goes with --now")
	case f.snooze != 0 && (f.snooze < time.Minute || f.snooze > 12*time.Hour):
		return fmt.Errorf("--snooze is 1m to 12h, not %s", coach.Typed(f.snooze))
	case f.ics && len(args) == 0:
		return errors.New("--ics needs a time: backroll remind 21:30 --ics > backroll.ics")
	case modes > 0 && !f.ics && len(args) > 0:
		return fmt.Errorf("--off, --now and --snooze take no time (%s): the time is the daily reminder's", text.Inert(args[0]))
	}
	if len(args) == 1 {
		_, err := remind.ParseClock(args[0])
		return err
	}
	return nil
}

// remindDataDir is the history folder the scheduled reminder is told to
// read, absolute: the one given with --data-dir, else the default when
// XDG_DATA_HOME moves it. The scheduler runs it without this shell's
// flags or environment; "" leaves it the default folder.
func remindDataDir(given string) string {
	switch {
	case given != "":
		if abs, err := filepath.Abs(given); err == nil {
			return abs
		}
		return given
	case os.Getenv("XDG_DATA_HOME") != "":
		return history.DefaultDir()
	}
	return ""
}

// scheduler is this system's, with this backroll as what it runs, on the
// history in dataDir ("" for the default).
func scheduler(dataDir string) (remind.Backend, error) {
	exe, err := remindOS.exe()
	if err != nil {
		return nil, fmt.Errorf("cannot tell where this backroll is, for the scheduler to run it: %s", text.Inert(err.Error()))
	}
	if strings.Contains(exe, "go-build") {
		return nil, errors.New("this backroll is a temporary build (go run): install it first (go install .) and run remind from there")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return nil, err
	}
	return remind.For(remindOS.goos, remind.Env{Home: home, ConfigHome: xdg.ConfigHome, Exe: exe,
		DataDir: dataDir, UID: os.Getuid(), Run: remindOS.run})
}

func remindInstall(w io.Writer, b remind.Backend, at remind.Clock) error {
	where, err := b.Install(at)
	if err != nil {
		return fmt.Errorf("could not install the reminder: %s", text.Inert(err.Error()))
	}
	fmt.Fprintf(w, "A reminder every day at %s, by %s:\n", at, b.Name())
	list(w, where)
	fmt.Fprintln(w, "`backroll remind` shows it; `backroll remind --off` removes it.")
	return nil
}

func remindOff(w io.Writer, b remind.Backend) error {
	gone, err := b.Remove()
	if len(gone) > 0 {
		fmt.Fprintln(w, "Removed:")
		list(w, gone)
	}
	if err != nil {
		return fmt.Errorf("could not remove the reminder: %s", text.Inert(err.Error()))
	}
	if len(gone) == 0 {
		fmt.Fprintln(w, "No reminder was installed.")
	}
	return nil
}

func remindStatus(w io.Writer, b remind.Backend) error {
	st, err := b.Status()
	if err != nil {
		return fmt.Errorf("could not read the reminder: %s", text.Inert(err.Error()))
	}
	if !st.Installed {
		fmt.Fprintf(w, "No reminder installed. `backroll remind 21:30` sets one (%s here);\n"+
			"`backroll remind 21:30 --ics > backroll.ics` makes a calendar event instead.\n", b.Name())
		return nil
	}
	fmt.Fprintf(w, "A reminder every day at %s, by %s:\n", st.At, b.Name())
	list(w, st.Where)
	if st.Snooze != "" {
		fmt.Fprintln(w, "A snoozed reminder, once: "+text.Inert(st.Snooze))
	}
	fmt.Fprintln(w, "It runs `backroll remind --now`: a notification unless today is rolled, paused or a rest day.\n"+
		"`backroll remind --off` removes it.")
	return nil
}

func list(w io.Writer, lines []string) {
	for _, l := range lines {
		fmt.Fprintln(w, "  "+text.Inert(l))
	}
}
