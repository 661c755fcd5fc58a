package remind

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/backroll/backroll/coach/files"
)

// Runner runs a program of the operating system's scheduler (systemctl,
// launchctl, schtasks, crontab) with stdin, and returns its output. Tests
// give a fake: nothing is scheduled for the real user.
type Runner func(stdin string, name string, args ...string) (string, error)

// Exec runs programs for real, each for at most 30 seconds, keeping at most
// 64 KiB of their output.
func Exec(stdin string, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = strings.NewReader(stdin)
	out := &capped{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = out, out
	err := cmd.Run()
	if err != nil {
		msg := strings.TrimSpace(out.String())
		if msg != "" {
			err = fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, msg)
		} else {
			err = fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
		}
	}
	return out.String(), err
}

type capped struct {
	bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.Len(); room > 0 {
		c.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// Env is where a reminder is installed and what runs it.
type Env struct {
	Home       string // the user's home folder
	ConfigHome string // $XDG_CONFIG_HOME, for systemd's user units
	Exe        string // this backroll, as the schedule runs it
	DataDir    string // the history folder given with --data-dir, absolute; "" for the default
	UID        int    // for launchctl's gui/UID domain
	Run        Runner
}

// Command is what the schedule runs: this backroll's remind --now, with
// the history folder the person chose, since the scheduler runs it from
// elsewhere and without their flags.
func (e Env) Command(snoozed bool) []string {
	run := []string{e.Exe, "remind", "--now"}
	if snoozed {
		run = append(run, "--snoozed")
	}
	if e.DataDir != "" {
		run = append(run, "--data-dir", e.DataDir)
	}
	return run
}

// lazyRegexp compiles expr the first time it is asked for: compiled at
// start, this package's expressions took 0.1 ms of every command, status
// too, which runs at each shell prompt and never asks for them.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// plainWord is an argument no scheduler needs quoted.
var plainWord = lazyRegexp(`^[A-Za-z0-9_-]+$`)

// quoteArgs writes run as one command line: the program always quoted,
// each argument only when it is not a plain word.
func quoteArgs(run []string, quote func(string) string) string {
	out := []string{quote(run[0])}
	for _, a := range run[1:] {
		if !plainWord().MatchString(a) {
			a = quote(a)
		}
		out = append(out, a)
	}
	return strings.Join(out, " ")
}

// Status is what is installed.
type Status struct {
	Installed bool
	At        Clock
	Snooze    string   // when a snoozed reminder comes, if the schedule knows
	Where     []string // the files written, or the scheduler's entry
}

// Backend is one operating system scheduler.
type Backend interface {
	Name() string // "a systemd user timer"
	// Install schedules `backroll remind --now` every day at at,
	// replacing an earlier reminder of backroll's, and says where.
	Install(at Clock) ([]string, error)
	// Remove takes out what Install and Snooze put in, and nothing else.
	Remove() ([]string, error)
	Status() (Status, error)
	// Snooze schedules one more reminder in a while from now.
	Snooze(in time.Duration, now time.Time) error
	// EndSnooze takes away a one-off entry of Snooze that would otherwise
	// come again; the snoozed reminder runs it.
	EndSnooze() error
}

// For picks the scheduler of goos: launchd on macOS, Task Scheduler on
// Windows, a systemd user manager where one answers, else cron.
func For(goos string, env Env) (Backend, error) {
	switch goos {
	case "darwin":
		return launchd{env}, nil
	case "windows":
		return schtasks{env}, nil
	}
	if _, err := env.Run("", "systemctl", "--user", "show-environment"); err == nil {
		return systemd{env}, nil
	}
	if _, err := env.Run("", "crontab", "-l"); err == nil || isNoCrontab(err) {
		return cron{env}, nil
	}
	return nil, errors.New("found no scheduler here (no systemd user manager, no crontab); " +
		"`backroll remind 21:30 --ics > backroll.ics` makes a calendar event with an alarm instead")
}

// ours is the first line of every file backroll writes for a reminder;
// no file without it is replaced or removed.
const ours = "Written by `backroll remind`; `backroll remind --off` removes it."

// writeOwn writes the file gen makes to path, refusing to replace a file
// backroll did not write. gen is given the folders backroll made for the
// file, deepest first, to note in it: those it makes now, and those the
// file it replaces noted.
func writeOwn(path string, gen func(made []string) string) error {
	var made []string
	if old, err := files.Read(path, files.Reminder); err == nil {
		if !bytes.Contains(old, []byte(ours)) {
			return fmt.Errorf("%s is not backroll's: left as it is, and no reminder installed", path)
		}
		made = madeDirs(string(old))
	}
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		if _, err := os.Lstat(dir); err == nil || !errors.Is(err, fs.ErrNotExist) || dir == filepath.Dir(dir) {
			break
		}
		made = append(made, dir)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return files.WriteWhole(path, 0o644, func(w io.Writer) error {
		_, err := io.WriteString(w, gen(made))
		return err
	})
}

// removeOwn removes path if backroll wrote it, then the folders the file
// says backroll made for it, when they are empty.
func removeOwn(path string) (bool, error) {
	data, err := files.Read(path, files.Reminder)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !bytes.Contains(data, []byte(ours)) {
		return false, fmt.Errorf("%s is not backroll's: left as it is", path)
	}
	if err := os.Remove(path); err != nil {
		return false, err
	}
	for _, dir := range madeDirs(string(data)) {
		os.Remove(dir) // only if empty; one the user filled stays
	}
	return true, nil
}

// madeLine records in a written file the folders made for it, so that
// removing it takes them too and leaves the home as it was.
const madeLine = "backroll made: "

func madeNote(made []string) string {
	if len(made) == 0 {
		return ""
	}
	return madeLine + strings.Join(made, string(filepath.ListSeparator))
}

func madeDirs(data string) []string {
	for line := range strings.Lines(data) {
		if _, list, ok := strings.Cut(line, madeLine); ok {
			// A plist's note is XML-escaped.
			list = html.UnescapeString(strings.TrimSuffix(strings.TrimSpace(list), "-->"))
			return filepath.SplitList(strings.TrimSpace(list))
		}
	}
	return nil
}

func isNoCrontab(err error) bool {
	return err != nil && strings.Contains(err.Error(), "no crontab for")
}
