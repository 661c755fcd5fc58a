package remind

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fake plays systemctl, launchctl, schtasks and crontab: it keeps a
// crontab and a list of tasks, and records every call.
type fake struct {
	calls   []string
	crontab *string           // nil: the user has none
	tasks   map[string]string // the time of each
}

func (f *fake) run(stdin, name string, args ...string) (string, error) {
	f.calls = append(f.calls, name+" "+strings.Join(args, " "))
	switch {
	case name == "crontab" && args[0] == "-l":
		if f.crontab == nil {
			return "", errors.New("no crontab for sam")
		}
		return *f.crontab, nil
	case name == "crontab" && args[0] == "-":
		f.crontab = &stdin
	case name == "crontab" && args[0] == "-r":
		f.crontab = nil
	case name == "schtasks":
		task := args[slices.Index(args, "/TN")+1]
		switch args[0] {
		case "/Create":
			f.tasks[task] = args[slices.Index(args, "/ST")+1]
		case "/Delete", "/Query":
			if f.tasks[task] == "" {
				return "", errors.New("ERROR: The system cannot find the file specified.")
			}
			if args[0] == "/Delete" {
				delete(f.tasks, task)
			} else if slices.Contains(args, "/XML") {
				return "<Task><Triggers><CalendarTrigger><StartBoundary>2026-12-09T" + f.tasks[task] + ":00</StartBoundary>", nil
			}
		}
	}
	return "", nil
}

// snapshot lists every file and folder under root, with each file's bytes.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	all := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			all[p] = "dir"
			return nil
		}
		data, err := os.ReadFile(p)
		all[p] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestInstallThenOffLeavesTheHomeAsItWas(t *testing.T) {
	for _, tc := range []struct {
		goos    string
		crontab *string
		setup   func(home string) // what the person had before
	}{
		{goos: "linux"}, // systemd answers
		{goos: "linux", setup: func(home string) {
			// A unit of the person's own, already enabled.
			os.MkdirAll(filepath.Join(home, ".config/systemd/user/timers.target.wants"), 0o755)
			os.WriteFile(filepath.Join(home, ".config/systemd/user/mine.timer"), []byte("[Timer]\n"), 0o644)
		}},
		{goos: "darwin"},
		{goos: "darwin", setup: func(home string) {
			os.MkdirAll(filepath.Join(home, "Library/LaunchAgents"), 0o755)
			os.WriteFile(filepath.Join(home, "Library/LaunchAgents/other.plist"), []byte("<plist/>"), 0o644)
		}},
		{goos: "windows"},
		{goos: "freebsd"}, // cron, no crontab yet
		{goos: "freebsd", crontab: ptr("MAILTO=sam\n0 3 * * * backup\n")},
	} {
		t.Run(tc.goos, func(t *testing.T) {
			home := t.TempDir()
			if tc.setup != nil {
				tc.setup(home)
			}
			f := &fake{crontab: tc.crontab, tasks: map[string]string{}}
			env := Env{Home: home, ConfigHome: filepath.Join(home, ".config"), Exe: "/opt/backroll", UID: 501, Run: f.run}
			if tc.goos == "freebsd" {
				// No systemd user manager answers.
				env.Run = func(stdin, name string, args ...string) (string, error) {
					if name == "systemctl" {
						return "", errors.New("not found")
					}
					return f.run(stdin, name, args...)
				}
			}
			b, err := For(tc.goos, env)
			if err != nil {
				t.Fatal(err)
			}
			before, cronBefore := snapshot(t, home), f.crontab
			where, err := b.Install(Clock{21, 30})
			if err != nil {
				t.Fatal(err)
			}
			st, err := b.Status()
			if err != nil || !st.Installed || st.At != (Clock{21, 30}) || !slices.Equal(st.Where, where) {
				t.Fatalf("Status after Install = %+v, %v; want 21:30 at %v", st, err, where)
			}
			for _, w := range where {
				if strings.HasPrefix(w, "/") {
					if _, err := os.Stat(w); err != nil {
						t.Errorf("said %s, but: %v", w, err)
					}
				}
			}
			// Again at another time: replaced, not added.
			if _, err := b.Install(Clock{22, 0}); err != nil {
				t.Fatal(err)
			}
			if st, _ := b.Status(); st.At != (Clock{22, 0}) {
				t.Errorf("after a second install at 22:00, Status says %v", st.At)
			}
			// A snooze, which its own run takes away again...
			if err := b.Snooze(30*time.Minute, now); err != nil {
				t.Fatal(err)
			}
			if tc.goos != "linux" {
				if st, _ := b.Status(); st.Snooze == "" {
					t.Errorf("Status after Snooze names none: %+v", st)
				}
			}
			if err := b.EndSnooze(); err != nil {
				t.Fatal(err)
			}
			if st, _ := b.Status(); st.Snooze != "" || !st.Installed {
				t.Errorf("Status after EndSnooze: %+v", st)
			}
			// ...and one --off removes.
			if err := b.Snooze(30*time.Minute, now); err != nil {
				t.Fatal(err)
			}
			gone, err := b.Remove()
			if err != nil {
				t.Fatal(err)
			}
			if len(gone) == 0 {
				t.Error("Remove said it removed nothing")
			}
			after := snapshot(t, home)
			for p := range after {
				if _, ok := before[p]; !ok {
					t.Errorf("left behind: %s", p)
				}
			}
			for p, was := range before {
				if after[p] != was {
					t.Errorf("%s changed or gone: %q, was %q", p, after[p], was)
				}
			}
			if (f.crontab == nil) != (cronBefore == nil) || f.crontab != nil && *f.crontab != *cronBefore {
				t.Errorf("crontab %v, was %v", show(f.crontab), show(cronBefore))
			}
			if len(f.tasks) > 0 {
				t.Errorf("tasks left: %v", f.tasks)
			}
			if st, _ := b.Status(); st.Installed {
				t.Errorf("Status after Remove says installed: %+v", st)
			}
		})
	}
}

func ptr(s string) *string { return &s }

func show(s *string) string {
	if s == nil {
		return "(none)"
	}
	return *s
}

// A file of the same name that backroll did not write is neither replaced
// nor removed.
func TestLeavesFilesNotItsOwn(t *testing.T) {
	home := t.TempDir()
	f := &fake{tasks: map[string]string{}}
	b := systemd{Env{Home: home, ConfigHome: home, Exe: "/opt/backroll", Run: f.run}}
	timer := filepath.Join(home, "systemd/user/backroll-remind.timer")
	os.MkdirAll(filepath.Dir(timer), 0o755)
	os.WriteFile(timer, []byte("[Timer]\n# mine\n"), 0o644)
	if _, err := b.Install(Clock{21, 30}); err == nil || !strings.Contains(err.Error(), "not backroll's") {
		t.Errorf("Install over a file of the person's: %v", err)
	}
	if _, err := b.Remove(); err == nil {
		t.Error("Remove took no notice of a file of the person's")
	}
	if data, _ := os.ReadFile(timer); string(data) != "[Timer]\n# mine\n" {
		t.Errorf("the person's file became %q", data)
	}
}

// schtasks takes a date only in the system's own format: a snooze that
// would cross midnight is refused, not set for the wrong day.
func TestSchtasksSnoozePastMidnight(t *testing.T) {
	f := &fake{tasks: map[string]string{}}
	b := schtasks{Env{Exe: `C:\backroll.exe`, Run: f.run}}
	late := time.Date(2026, 12, 9, 23, 45, 0, 0, time.UTC)
	if err := b.Snooze(30*time.Minute, late); err == nil || len(f.tasks) > 0 {
		t.Errorf("a snooze past midnight: %v, tasks %v", err, f.tasks)
	}
	if err := b.Snooze(10*time.Minute, late); err != nil || f.tasks[schtasksSnooze] != "23:55" {
		t.Errorf("a snooze before midnight: %v, tasks %v", err, f.tasks)
	}
}
