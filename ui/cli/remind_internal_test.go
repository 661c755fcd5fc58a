package cli

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

// remindUser is a person with a temporary home, whose scheduler is a fake
// that records its calls: nothing is scheduled for the real user.
func remindUser(t *testing.T, goos string) (run func(args ...string) (int, string, string), home string, calls *[]string, sent *[]string) {
	t.Cleanup(xdg.Reload)
	home = t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, ".local/share"))
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, ".cache"))
	xdg.Reload()
	calls, sent = new([]string), new([]string)
	saved := remindOS
	t.Cleanup(func() { remindOS = saved })
	remindOS.goos = goos
	remindOS.exe = func() (string, error) { return "/opt/backroll/bin/backroll", nil }
	remindOS.now = func() time.Time { return time.Date(2026, 12, 9, 21, 30, 0, 0, time.Local) }
	remindOS.run = func(_ string, name string, args ...string) (string, error) {
		*calls = append(*calls, name+" "+strings.Join(args, " "))
		if strings.Contains(strings.Join(args, " "), "is-active") {
			return "inactive\n", errors.New("exit status 3")
		}
		return "", nil
	}
	remindOS.notify = func(title, body string) error {
		*sent = append(*sent, title+": "+body)
		return nil
	}
	return func(args ...string) (int, string, string) {
		var out, errs bytes.Buffer
		code := Main(context.Background(), args, "test", &out, &errs)
		return code, out.String(), errs.String()
	}, home, calls, sent
}

func tree(t *testing.T, root string) []string {
	t.Helper()
	var all []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		all = append(all, p)
		return err
	})
	return all
}

// The proof: remind installs into the home, says where, and
// --off leaves the home as it was.
func TestRemindInstallStatusOff(t *testing.T) {
	for _, goos := range []string{"linux", "darwin"} {
		t.Run(goos, func(t *testing.T) {
			run, home, calls, _ := remindUser(t, goos)
			before := tree(t, home)
			code, out, errs := run("remind")
			if code != ExitOK || !strings.Contains(out, "No reminder installed") {
				t.Fatalf("remind before any: %d %q %q", code, out, errs)
			}
			code, out, errs = run("remind", "21:30")
			if code != ExitOK || errs != "" || !strings.Contains(out, "every day at 21:30") {
				t.Fatalf("remind 21:30: %d %q %q", code, out, errs)
			}
			// Every file it wrote is listed, by remind alone too.
			code, status, _ := run("remind")
			if code != ExitOK || !strings.Contains(status, "every day at 21:30") {
				t.Fatalf("remind: %d %q", code, status)
			}
			for _, p := range tree(t, home) {
				if info, err := os.Stat(p); err == nil && !info.IsDir() && !strings.Contains(status, p) {
					t.Errorf("%s was written, but remind does not list it:\n%s", p, status)
				}
			}
			code, out, _ = run("remind", "--off")
			if code != ExitOK || !strings.Contains(out, "Removed:") {
				t.Fatalf("remind --off: %d %q", code, out)
			}
			if after := tree(t, home); strings.Join(after, "\n") != strings.Join(before, "\n") {
				t.Errorf("the home after --off:\n%s\nbefore:\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
			}
			if len(*calls) == 0 {
				t.Error("the scheduler was never asked")
			}
			if _, out, _ := run("remind", "--snooze", "30m"); !strings.Contains(out, "in 30m (about 22:00)") {
				t.Errorf("--snooze 30m at 21:30: %q", out)
			}
			run("remind", "--off")
			if after := tree(t, home); strings.Join(after, "\n") != strings.Join(before, "\n") {
				t.Errorf("the home after a snooze and --off:\n%s", strings.Join(after, "\n"))
			}
			if _, out, _ := run("remind", "--off"); !strings.Contains(out, "No reminder was installed") {
				t.Errorf("--off twice: %q", out)
			}
		})
	}
}

// remind --now sends one notification on a day not rolled, and none once
// today is rolled.
func TestRemindNow(t *testing.T) {
	run, home, _, sent := remindUser(t, "linux")
	code, out, errs := run("remind", "--now")
	if code != ExitOK || len(*sent) != 1 || !strings.Contains((*sent)[0], "Tonight starts your streak") {
		t.Fatalf("first run: %d %q %q, sent %q", code, out, errs, *sent)
	}
	day := time.Date(2026, 12, 9, 21, 0, 0, 0, time.Local).Format(time.RFC3339)
	dir := filepath.Join(home, ".local/share/backroll")
	os.MkdirAll(dir, 0o700)
	line := `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"` + day +
		`","planned_s":90,"rolled_s":90,"completed":true}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "history.jsonl"), []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run("remind", "--now")
	if code != ExitOK || len(*sent) != 1 || !strings.Contains(out, "today is rolled") {
		t.Errorf("after a roll: %d %q, sent %q", code, out, *sent)
	}
	remindOS.notify = func(string, string) error { return errors.New("no notification daemon\x1b[2J") }
	os.Remove(filepath.Join(dir, "history.jsonl"))
	code, _, errs = run("remind", "--now")
	if code != ExitQuit || !strings.Contains(errs, "could not show the reminder") || strings.ContainsRune(errs, 0x1b) {
		t.Errorf("a notification that fails: %d %q", code, errs)
	}
}

func TestRemindUsage(t *testing.T) {
	run, _, calls, _ := remindUser(t, "linux")
	for _, args := range [][]string{
		{"remind", "25:00"}, {"remind", "21:30", "22:00"}, {"remind", "--off", "--now"},
		{"remind", "--ics"}, {"remind", "--snooze", "10s"}, {"remind", "--snooze", "soon"}, {"remind", "--snooze", "-5m"}, {"remind", "--now", "21:30"}, {"remind", "--snoozed"},
	} {
		if code, _, errs := run(args...); code != ExitUsage || errs == "" {
			t.Errorf("%q: exit %d, %q; want 2 and a message", args, code, errs)
		}
	}
	if len(*calls) != 0 {
		t.Errorf("a mistake reached the scheduler: %q", *calls)
	}
}

func TestRemindICS(t *testing.T) {
	run, _, calls, _ := remindUser(t, "linux")
	code, out, _ := run("remind", "21:30", "--ics")
	if code != ExitOK || !strings.Contains(out, "RRULE:FREQ=DAILY\r\n") || !strings.Contains(out, "BEGIN:VALARM") ||
		!strings.Contains(out, "DTSTART:20261209T213000\r\n") {
		t.Errorf("--ics: %d\n%s", code, out)
	}
	if len(*calls) != 0 {
		t.Errorf("--ics asked the scheduler: %q", *calls)
	}
}

func TestHistoryExportICS(t *testing.T) {
	run, home, _, _ := remindUser(t, "linux")
	dir := filepath.Join(home, ".local/share/backroll")
	os.MkdirAll(dir, 0o700)
	day := time.Now().Add(-48 * time.Hour).Format(time.RFC3339)
	lines := `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"` + day +
		`","planned_s":60,"rolled_s":60,"completed":true}` + "\n" +
		`{"v":1,"id":"x1","session":"s1","kind":"session","start":"` + day + `","end":"` + day + `","routine":"nightly","feel_before":5}` + "\n"
	os.WriteFile(filepath.Join(dir, "history.jsonl"), []byte(lines), 0o600)
	code, out, errs := run("history", "export", "--format", "ics")
	if code != ExitOK || !strings.Contains(out, "UID:s1@backroll.local") || !strings.Contains(out, "Left glute: 1:00") ||
		!strings.Contains(out, "5 before") {
		t.Errorf("export ics: %d %q\n%s", code, errs, out)
	}
}
