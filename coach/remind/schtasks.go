package remind

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// schtasks is a Task Scheduler task, made and removed with schtasks.exe:
// backroll writes no file for it.
type schtasks struct{ Env }

const (
	schtasksTask   = "backroll-remind"
	schtasksSnooze = "backroll-remind-snooze"
)

func (s schtasks) Name() string { return "a Task Scheduler task" }

// SchtasksCreate is the schtasks command line that makes the daily task
// that runs run.
func SchtasksCreate(run []string, at Clock) []string {
	return []string{"/Create", "/F", "/TN", schtasksTask, "/SC", "DAILY", "/ST", at.String(),
		"/TR", quoteArgs(run, windowsQuote)}
}

// windowsQuote quotes a path for /TR, as cmd would read it; a Windows
// path cannot hold a double quote.
func windowsQuote(s string) string { return `"` + strings.ReplaceAll(s, `"`, ``) + `"` }

func (s schtasks) Install(at Clock) ([]string, error) {
	if _, err := s.Run("", "schtasks", SchtasksCreate(s.Command(false), at)...); err != nil {
		return nil, err
	}
	return []string{`Task Scheduler: \` + schtasksTask}, nil
}

func (s schtasks) Remove() ([]string, error) {
	var gone []string
	for _, task := range []string{schtasksSnooze, schtasksTask} {
		if _, err := s.Run("", "schtasks", "/Query", "/TN", task); err != nil {
			continue // not there
		}
		if _, err := s.Run("", "schtasks", "/Delete", "/F", "/TN", task); err != nil {
			return gone, err
		}
		gone = append(gone, `Task Scheduler: \`+task)
	}
	return gone, nil
}

var startBoundary = lazyRegexp(`<StartBoundary>[^<]*T(\d\d):(\d\d)`)

func (s schtasks) Status() (Status, error) {
	out, err := s.Run("", "schtasks", "/Query", "/TN", schtasksTask, "/XML")
	if err != nil {
		return Status{}, nil // no such task
	}
	st := Status{Installed: true, Where: []string{`Task Scheduler: \` + schtasksTask}}
	if m := startBoundary().FindStringSubmatch(out); m != nil {
		st.At.Hour, _ = strconv.Atoi(m[1])
		st.At.Minute, _ = strconv.Atoi(m[2])
	}
	if _, err := s.Run("", "schtasks", "/Query", "/TN", schtasksSnooze); err == nil {
		st.Snooze = `pending (Task Scheduler: \` + schtasksSnooze + ")"
	}
	return st, nil
}

// Snooze makes a task that runs once; the snoozed run deletes it.
func (s schtasks) Snooze(in time.Duration, now time.Time) error {
	at := now.Add(in).Add(time.Minute - 1).Truncate(time.Minute)
	if y, m, d := at.Date(); y != now.Year() || m != now.Month() || d != now.Day() {
		// schtasks takes a date only in the format of the system's locale.
		return errors.New("a snooze past midnight cannot be given to Task Scheduler here; try a shorter one")
	}
	_, err := s.Run("", "schtasks", "/Create", "/F", "/TN", schtasksSnooze, "/SC", "ONCE", "/ST", at.Format("15:04"),
		"/TR", quoteArgs(s.Command(true), windowsQuote))
	return err
}

func (s schtasks) EndSnooze() error {
	_, err := s.Run("", "schtasks", "/Delete", "/F", "/TN", schtasksSnooze)
	return err
}
