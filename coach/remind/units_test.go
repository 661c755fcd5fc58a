package remind

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The files and command lines a reminder at 21:30 installs, for a backroll
// whose path needs quoting on each system.
func TestGoldenSystemdTimer(t *testing.T) {
	golden.RequireEqual(t, []byte(SystemdTimer(Clock{21, 30}, []string{"/home/sam/.config/systemd/user/timers.target.wants"})))
}

func TestGoldenSystemdService(t *testing.T) {
	golden.RequireEqual(t, []byte(SystemdService([]string{`/home/sam/my "tools"/100%/backroll`, "remind", "--now"})))
}

func TestGoldenLaunchAgent(t *testing.T) {
	golden.RequireEqual(t, []byte(LaunchAgent(launchdLabel, []string{"/Users/sam/go/bin/back<roll>&", "remind", "--now"},
		[][2]any{{"Hour", 21}, {"Minute", 30}}, []string{"/Users/sam/Library/LaunchAgents"})))
}

func TestGoldenSchtasks(t *testing.T) {
	golden.RequireEqual(t, []byte(strings.Join(append([]string{"schtasks"},
		SchtasksCreate([]string{`C:\Users\Sam\go\bin\backroll.exe`, "remind", "--now"}, Clock{21, 30})...), "\n")+"\n"))
}

func TestGoldenCron(t *testing.T) {
	golden.RequireEqual(t, []byte(CronLine([]string{"/home/sam/it's/backroll", "remind", "--now"}, Clock{7, 5})+"\n"))
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]string{"21:30": "21:30", "9:05": "09:05", " 00:00 ": "00:00", "23:59": "23:59"} {
		c, err := ParseClock(in)
		if err != nil || c.String() != want {
			t.Errorf("ParseClock(%q) = %v, %v; want %s", in, c, err, want)
		}
	}
	for _, in := range []string{"", "21", "24:00", "21:60", "21:3", "9.30", "+9:30", "-1:30", "21:30pm", "123:00", "\x1b[2J:00"} {
		if c, err := ParseClock(in); err == nil {
			t.Errorf("ParseClock(%q) = %v, want an error", in, c)
		} else if strings.ContainsRune(err.Error(), 0x1b) {
			t.Errorf("error %q carries an escape", err)
		}
	}
}
