package remind

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// cron is a line in the user's crontab, marked so that it alone is
// replaced or removed; every other line stays as it was.
type cron struct{ Env }

const (
	cronMark   = "# backroll remind"
	cronSnooze = "# backroll remind snooze"
)

func (c cron) Name() string { return "a crontab line" }

// CronLine is the crontab line of a daily reminder at at that runs run.
func CronLine(run []string, at Clock) string {
	return fmt.Sprintf("%d %d * * * %s %s", at.Minute, at.Hour, quoteArgs(run, shellQuote), cronMark)
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// read returns the crontab's lines; no crontab yet is none.
func (c cron) read() ([]string, error) {
	out, err := c.Run("", "crontab", "-l")
	if isNoCrontab(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n"), nil
}

// edit writes the crontab back without backroll's lines of kind mark,
// and with add, if not empty.
func (c cron) edit(mark, add string) (removed bool, err error) {
	lines, err := c.read()
	if err != nil {
		return false, err
	}
	var keep []string
	for _, l := range lines {
		if strings.HasSuffix(l, " "+mark) {
			removed = true
			continue
		}
		keep = append(keep, l)
	}
	if add != "" {
		keep = append(keep, add)
	}
	if len(keep) == 0 || len(keep) == 1 && keep[0] == "" {
		// Nothing of the person's: the crontab is taken away, as before.
		if lines == nil {
			return removed, nil
		}
		_, err = c.Run("", "crontab", "-r")
		return removed, err
	}
	_, err = c.Run(strings.Join(keep, "\n")+"\n", "crontab", "-")
	return removed, err
}

func (c cron) Install(at Clock) ([]string, error) {
	if _, err := c.edit(cronMark, CronLine(c.Command(false), at)); err != nil {
		return nil, err
	}
	return []string{"crontab: the line ending " + cronMark}, nil
}

func (c cron) Remove() ([]string, error) {
	var gone []string
	for _, mark := range []string{cronSnooze, cronMark} {
		removed, err := c.edit(mark, "")
		if err != nil {
			return gone, err
		}
		if removed {
			gone = append(gone, "crontab: the line ending "+mark)
		}
	}
	return gone, nil
}

var cronTime = lazyRegexp(`^(\d+) (\d+) \* \* \* `)

func (c cron) Status() (Status, error) {
	lines, err := c.read()
	if err != nil {
		return Status{}, err
	}
	var st Status
	for _, l := range lines {
		switch {
		case strings.HasSuffix(l, " "+cronMark):
			st.Installed = true
			st.Where = append(st.Where, "crontab: the line ending "+cronMark)
			if m := cronTime().FindStringSubmatch(l); m != nil {
				st.At.Minute, _ = strconv.Atoi(m[1])
				st.At.Hour, _ = strconv.Atoi(m[2])
			}
		case strings.HasSuffix(l, " "+cronSnooze):
			st.Snooze = "pending (crontab: the line ending " + cronSnooze + ")"
		}
	}
	return st, nil
}

// Snooze adds a line for one date and time; the snoozed run removes it,
// or it would come again a year later.
func (c cron) Snooze(in time.Duration, now time.Time) error {
	at := now.Add(in).Add(time.Minute - 1).Truncate(time.Minute)
	line := fmt.Sprintf("%d %d %d %d * %s %s",
		at.Minute(), at.Hour(), at.Day(), int(at.Month()), quoteArgs(c.Command(true), shellQuote), cronSnooze)
	_, err := c.edit(cronSnooze, line)
	return err
}

func (c cron) EndSnooze() error {
	_, err := c.edit(cronSnooze, "")
	return err
}
