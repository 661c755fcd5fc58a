package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

// Someone who keeps their history with --data-dir gets a reminder that
// reads it: the installed job names the folder (made absolute, as the
// scheduler runs it from elsewhere), and remind --now --data-dir sees
// today rolled there.
func TestRemindKeepsTheDataDir(t *testing.T) {
	run, home, _, sent := remindUser(t, "linux")
	t.Chdir(home)
	code, out, errs := run("remind", "21:30", "--data-dir", "rolls")
	dir := filepath.Join(home, "rolls")
	if code != ExitOK || !strings.Contains(out, "reads your history in "+filepath.Join(home, "rolls")) {
		t.Fatalf("remind 21:30 --data-dir rolls: %d %q %q", code, out, errs)
	}
	service, err := os.ReadFile(filepath.Join(home, ".config/systemd/user/backroll-remind.service"))
	if err != nil || !strings.Contains(string(service), `remind --now --data-dir "`+dir+`"`) {
		t.Errorf("the service runs %q (%v); want --data-dir %s", service, err, dir)
	}
	os.MkdirAll(dir, 0o700)
	day := time.Date(2026, 12, 9, 21, 0, 0, 0, time.Local).Format(time.RFC3339)
	line := `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"` + day +
		`","planned_s":90,"rolled_s":90,"completed":true}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "history.jsonl"), []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs = run("remind", "--now", "--data-dir", dir)
	if code != ExitOK || len(*sent) != 0 || !strings.Contains(out, "today is rolled") {
		t.Errorf("remind --now --data-dir, rolled there today: %d %q %q, sent %q", code, out, errs, *sent)
	}
}

// An empty history exports no .ics (a calendar needs an event): it says
// so, fails, and writes nothing for the shell to save as a broken file.
func TestHistoryExportICSEmpty(t *testing.T) {
	run, _, _, _ := remindUser(t, "linux")
	code, out, errs := run("history", "export", "--format", "ics")
	if code != ExitQuit || out != "" || !strings.Contains(errs, "no sessions to export yet") {
		t.Errorf("export ics of no history: %d %q %q", code, out, errs)
	}
}

// A snooze out of range is said as typed people write it: 13h, not 13h0m0s.
func TestRemindSnoozeRangeSaysItShort(t *testing.T) {
	run, _, _, _ := remindUser(t, "linux")
	if code, _, errs := run("remind", "--snooze", "13h"); code != ExitUsage || !strings.Contains(errs, "not 13h\n") {
		t.Errorf("--snooze 13h: %d %q", code, errs)
	}
}

// The scheduler runs the reminder without the shell's environment: a
// history moved by XDG_DATA_HOME is named to it, and with no
// XDG_DATA_HOME the job is plain remind --now.
func TestRemindFollowsXDGDataHome(t *testing.T) {
	run, home, _, _ := remindUser(t, "linux")
	service := filepath.Join(home, ".config/systemd/user/backroll-remind.service")
	run("remind", "21:30")
	b, _ := os.ReadFile(service)
	if want := `remind --now --data-dir "` + filepath.Join(home, ".local/share/backroll") + `"`; !strings.Contains(string(b), want) {
		t.Errorf("with XDG_DATA_HOME set the service runs\n%s\nwant %s", b, want)
	}
	t.Setenv("XDG_DATA_HOME", "")
	xdg.Reload()
	run("remind", "21:30")
	b, _ = os.ReadFile(service)
	if !strings.HasSuffix(string(b), "remind --now\n") {
		t.Errorf("without XDG_DATA_HOME the service runs\n%s", b)
	}
}
