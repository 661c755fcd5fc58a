package cli

import (
	"fmt"

	"github.com/backroll/backroll/coach/remind"
	"github.com/backroll/backroll/coach/text"
)

// remindNow is what the scheduler runs: one notification, unless today
// is rolled or resting. What it decided goes to stdout, for the
// scheduler's log (journalctl --user -u backroll-remind). Run by a
// snoozed reminder, it then takes that one-off entry away.
func remindNow(set *settings, snoozed bool) error {
	if snoozed {
		if b, err := scheduler(remindDataDir(set.dataDir)); err == nil {
			defer b.EndSnooze() // last: on macOS it ends this very job
		}
	}
	j, err := set.journal()
	if err != nil {
		return err
	}
	now := remindOS.now()
	today, err := j.Progress(now)
	if err != nil {
		return err
	}
	// The same figures a day on, with nothing rolled: does the streak
	// need today?
	ifMissed, err := j.Progress(now.AddDate(0, 0, 1))
	if err != nil {
		return err
	}
	d := remind.Decide(today, ifMissed)
	if !d.Send {
		fmt.Fprintln(set.stdout, d.Said)
		return nil
	}
	if err := remindOS.notify(d.Title, d.Body); err != nil {
		return fmt.Errorf("could not show the reminder as a desktop notification (%s); it said: %s", text.Inert(err.Error()), d.Body)
	}
	fmt.Fprintln(set.stdout, d.Said)
	return nil
}
