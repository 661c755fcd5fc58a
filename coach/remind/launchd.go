package remind

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach/files"
)

// launchd is a LaunchAgent in ~/Library/LaunchAgents.
type launchd struct{ Env }

const (
	launchdLabel  = "io.github.backroll.remind"
	launchdSnooze = "io.github.backroll.remind-snooze"
)

func (l launchd) Name() string { return "a LaunchAgent" }

func (l launchd) path(label string) string {
	return filepath.Join(l.Home, "Library", "LaunchAgents", label+".plist")
}

func (l launchd) domain() string { return "gui/" + strconv.Itoa(l.UID) }

// LaunchAgent is the property list of a reminder at the given calendar
// interval (Hour and Minute, and for a snooze Month and Day too). launchd
// runs a job whose time passed while the Mac slept when it wakes.
func LaunchAgent(label string, args []string, when [][2]any, made []string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- ` + ours + ` -->
`)
	if note := madeNote(made); note != "" {
		// -- may not appear inside an XML comment.
		b.WriteString("<!-- " + strings.ReplaceAll(html.EscapeString(note), "--", "-&#45;") + " -->\n")
	}
	b.WriteString("<plist version=\"1.0\">\n<dict>\n")
	fmt.Fprintf(&b, "\t<key>Label</key>\n\t<string>%s</string>\n", label)
	b.WriteString("\t<key>ProgramArguments</key>\n\t<array>\n")
	for _, arg := range args {
		fmt.Fprintf(&b, "\t\t<string>%s</string>\n", html.EscapeString(arg))
	}
	b.WriteString("\t</array>\n\t<key>StartCalendarInterval</key>\n\t<dict>\n")
	for _, kv := range when {
		fmt.Fprintf(&b, "\t\t<key>%s</key>\n\t\t<integer>%d</integer>\n", kv[0], kv[1])
	}
	b.WriteString("\t</dict>\n</dict>\n</plist>\n")
	return b.String()
}

func (l launchd) Install(at Clock) ([]string, error) {
	p := l.path(launchdLabel)
	l.Run("", "launchctl", "bootout", l.domain()+"/"+launchdLabel) // an earlier time; not loaded is fine
	err := writeOwn(p, func(made []string) string {
		return LaunchAgent(launchdLabel, l.Command(false), [][2]any{{"Hour", at.Hour}, {"Minute", at.Minute}}, made)
	})
	if err != nil {
		return nil, err
	}
	if _, err := l.Run("", "launchctl", "bootstrap", l.domain(), p); err != nil {
		return nil, err
	}
	return []string{p}, nil
}

func (l launchd) Remove() ([]string, error) {
	var gone []string
	// The snooze first: its folder is the reminder's.
	for _, label := range []string{launchdSnooze, launchdLabel} {
		p := l.path(label)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		l.Run("", "launchctl", "bootout", l.domain()+"/"+label)
		ok, err := removeOwn(p)
		if err != nil {
			return gone, err
		}
		if ok {
			gone = append(gone, p)
		}
	}
	return gone, nil
}

var plistInt = lazyRegexp(`<key>(Hour|Minute|Month|Day)</key>\s*<integer>(\d+)</integer>`)

func (l launchd) Status() (Status, error) {
	data, err := files.Read(l.path(launchdLabel), files.Reminder)
	if errors.Is(err, fs.ErrNotExist) {
		return Status{}, nil
	}
	if err != nil {
		return Status{}, err
	}
	st := Status{Installed: true, Where: []string{l.path(launchdLabel)}}
	for _, m := range plistInt().FindAllStringSubmatch(string(data), -1) {
		n, _ := strconv.Atoi(m[2])
		switch m[1] {
		case "Hour":
			st.At.Hour = n
		case "Minute":
			st.At.Minute = n
		}
	}
	if _, err := os.Stat(l.path(launchdSnooze)); err == nil {
		st.Where = append(st.Where, l.path(launchdSnooze))
		st.Snooze = "pending (" + l.path(launchdSnooze) + ")"
	}
	return st, nil
}

// Snooze writes a second agent for one date and time. It would come back
// a year later, so the snoozed run takes it away (EndSnooze).
func (l launchd) Snooze(in time.Duration, now time.Time) error {
	at := now.Add(in).Add(time.Minute - 1).Truncate(time.Minute) // launchd knows minutes
	p := l.path(launchdSnooze)
	l.Run("", "launchctl", "bootout", l.domain()+"/"+launchdSnooze)
	err := writeOwn(p, func(made []string) string {
		return LaunchAgent(launchdSnooze, l.Command(true), [][2]any{
			{"Month", int(at.Month())}, {"Day", at.Day()}, {"Hour", at.Hour()}, {"Minute", at.Minute()}}, made)
	})
	if err != nil {
		return err
	}
	_, err = l.Run("", "launchctl", "bootstrap", l.domain(), p)
	return err
}

// EndSnooze removes the snooze agent; run by the snoozed reminder, the
// bootout that ends its own job comes last.
func (l launchd) EndSnooze() error {
	if _, err := removeOwn(l.path(launchdSnooze)); err != nil {
		return err
	}
	_, err := l.Run("", "launchctl", "bootout", l.domain()+"/"+launchdSnooze)
	return err
}
