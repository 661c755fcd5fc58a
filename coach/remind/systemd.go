package remind

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach/files"
)

// systemd is a user timer and its service in $XDG_CONFIG_HOME/systemd/user.
type systemd struct{ Env }

const (
	systemdUnit   = "backroll-remind"
	systemdSnooze = "backroll-remind-snooze"
)

func (s systemd) Name() string { return "a systemd user timer" }

func (s systemd) dir() string { return filepath.Join(s.ConfigHome, "systemd", "user") }

func (s systemd) files() []string {
	return []string{filepath.Join(s.dir(), systemdUnit+".timer"), filepath.Join(s.dir(), systemdUnit+".service")}
}

// SystemdTimer is the timer unit for a reminder at at. Persistent: a
// reminder missed while the machine slept or was off comes when it is back.
func SystemdTimer(at Clock, made []string) string {
	return "# " + ours + "\n" + comment("# ", madeNote(made)) +
		"[Unit]\nDescription=backroll: a reminder to roll before bed\n\n" +
		"[Timer]\nOnCalendar=*-*-* " + at.String() + ":00\nPersistent=true\n\n" +
		"[Install]\nWantedBy=timers.target\n"
}

// SystemdService is the service the timer starts: run, backroll remind --now.
func SystemdService(run []string) string {
	return "# " + ours + "\n" +
		"[Unit]\nDescription=backroll: a notification to roll, unless today is rolled or resting\n\n" +
		"[Service]\nType=oneshot\nExecStart=" + quoteArgs(run, systemdQuote) + "\n"
}

// systemdQuote quotes a path for ExecStart: in double quotes, with \, "
// and systemd's own % escaped.
func systemdQuote(s string) string {
	s = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "%", "%%", "\n", `\n`).Replace(s)
	return `"` + s + `"`
}

func comment(prefix, line string) string {
	if line == "" {
		return ""
	}
	return prefix + line + "\n"
}

func (s systemd) Install(at Clock) ([]string, error) {
	timer, service := s.files()[0], s.files()[1]
	wants := filepath.Join(s.dir(), "timers.target.wants")
	_, wantsErr := os.Lstat(wants)
	// The timer first, so that it notes the folders made for both files.
	err := writeOwn(timer, func(made []string) string {
		// enable makes timers.target.wants if missing; --off takes it away again.
		if wantsErr != nil && !slices.Contains(made, wants) {
			made = append([]string{wants}, made...)
		}
		return SystemdTimer(at, made)
	})
	if err != nil {
		return nil, err
	}
	if err := writeOwn(service, func([]string) string { return SystemdService(s.Command(false)) }); err != nil {
		return nil, err
	}
	if _, err := s.Run("", "systemctl", "--user", "daemon-reload"); err != nil {
		return nil, err
	}
	// restart, not start: a changed time takes effect at once.
	if _, err := s.Run("", "systemctl", "--user", "enable", systemdUnit+".timer"); err != nil {
		return nil, err
	}
	if _, err := s.Run("", "systemctl", "--user", "restart", systemdUnit+".timer"); err != nil {
		return nil, err
	}
	return s.files(), nil
}

func (s systemd) Remove() ([]string, error) {
	// A pending snooze is a transient unit with no file: stopped, it is gone.
	s.Run("", "systemctl", "--user", "stop", systemdSnooze+".timer")
	if _, err := os.Stat(s.files()[0]); err == nil {
		if _, err := s.Run("", "systemctl", "--user", "disable", "--now", systemdUnit+".timer"); err != nil {
			return nil, err
		}
	}
	var gone []string
	// The timer last: it notes the folders to take away with it.
	for _, f := range []string{s.files()[1], s.files()[0]} {
		ok, err := removeOwn(f)
		if err != nil {
			return gone, err
		}
		if ok {
			gone = append(gone, f)
		}
	}
	if len(gone) > 0 {
		s.Run("", "systemctl", "--user", "daemon-reload")
	}
	return gone, nil
}

var onCalendar = lazyRegexp(`(?m)^OnCalendar=\*-\*-\* (\d\d):(\d\d):00$`)

func (s systemd) Status() (Status, error) {
	data, err := files.Read(s.files()[0], files.Reminder)
	if errors.Is(err, fs.ErrNotExist) {
		return Status{}, nil
	}
	if err != nil {
		return Status{}, err
	}
	st := Status{Installed: true, Where: s.files()}
	if m := onCalendar().FindStringSubmatch(string(data)); m != nil {
		st.At.Hour, _ = strconv.Atoi(m[1])
		st.At.Minute, _ = strconv.Atoi(m[2])
	}
	if out, err := s.Run("", "systemctl", "--user", "is-active", systemdSnooze+".timer"); err == nil && strings.TrimSpace(out) == "active" {
		st.Snooze = "pending (transient timer " + systemdSnooze + ".timer)"
	}
	return st, nil
}

// Snooze starts a transient timer, which writes no file and is gone once
// it has fired.
func (s systemd) Snooze(in time.Duration, _ time.Time) error {
	s.Run("", "systemctl", "--user", "stop", systemdSnooze+".timer") // a new snooze replaces the last
	secs := max(1, int(in.Round(time.Second)/time.Second))
	args := append([]string{"--user", "--unit=" + systemdSnooze, "--on-active=" + fmt.Sprint(secs) + "s",
		"--timer-property=AccuracySec=1s", "--"}, s.Command(true)...)
	_, err := s.Run("", "systemd-run", args...)
	return err
}

// EndSnooze has nothing to do: a transient timer is gone once it fired.
func (s systemd) EndSnooze() error { return nil }
