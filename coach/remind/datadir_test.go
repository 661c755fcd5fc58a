package remind

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A reminder installed by someone who keeps their history elsewhere runs
// remind --now on that history, daily and snoozed, on every system: the
// scheduler knows nothing of their flags.
func TestScheduleCarriesTheDataDir(t *testing.T) {
	const dir = "/home/sam/my history"
	for _, tc := range []struct {
		goos  string
		daily func(home string, f *fake) string // what the daily entry runs
		want  string
	}{
		{"linux", func(home string, _ *fake) string {
			return read(t, filepath.Join(home, ".config/systemd/user/backroll-remind.service"))
		}, `ExecStart="/opt/backroll" remind --now --data-dir "/home/sam/my history"`},
		{"darwin", func(home string, _ *fake) string {
			return read(t, filepath.Join(home, "Library/LaunchAgents/"+launchdLabel+".plist"))
		}, "<string>--now</string>\n\t\t<string>--data-dir</string>\n\t\t<string>/home/sam/my history</string>"},
		{"windows", func(_ string, f *fake) string { return strings.Join(f.calls, "\n") },
			`/TR "/opt/backroll" remind --now --data-dir "/home/sam/my history"`},
		{"freebsd", func(_ string, f *fake) string { return show(f.crontab) },
			`30 21 * * * '/opt/backroll' remind --now --data-dir '/home/sam/my history' # backroll remind`},
	} {
		t.Run(tc.goos, func(t *testing.T) {
			home := t.TempDir()
			f := &fake{tasks: map[string]string{}}
			env := Env{Home: home, ConfigHome: filepath.Join(home, ".config"), Exe: "/opt/backroll", DataDir: dir, UID: 501, Run: f.run}
			if tc.goos == "freebsd" {
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
			if _, err := b.Install(Clock{21, 30}); err != nil {
				t.Fatal(err)
			}
			if got := tc.daily(home, f); !strings.Contains(got, tc.want) {
				t.Errorf("the daily reminder runs\n%s\nwant it to hold\n%s", got, tc.want)
			}
			if err := b.Snooze(30*time.Minute, now); err != nil {
				t.Fatal(err)
			}
			snoozed := strings.Join(f.calls, "\n") + show(f.crontab)
			if tc.goos == "darwin" {
				snoozed = read(t, filepath.Join(home, "Library/LaunchAgents/"+launchdSnooze+".plist"))
			}
			if !strings.Contains(snoozed, "--snoozed") || strings.Count(snoozed, "--data-dir") < 1 ||
				!strings.Contains(snoozed[strings.LastIndex(snoozed, "--snoozed"):], dir) {
				t.Errorf("the snoozed reminder runs\n%s\nwithout --data-dir %s", snoozed, dir)
			}
		})
	}
}

// Without --data-dir the schedule runs plain remind --now, as before.
func TestScheduleWithoutDataDir(t *testing.T) {
	got := SystemdService(Env{Exe: "/opt/backroll"}.Command(false))
	if !strings.Contains(got, "ExecStart=\"/opt/backroll\" remind --now\n") {
		t.Errorf("service without a data dir:\n%s", got)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
