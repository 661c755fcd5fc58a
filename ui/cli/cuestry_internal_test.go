package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/ui/cues"
)

// backroll cues test rings every pattern chosen and names it, sends the
// notification and the progress, and says what is missing: a speech
// command, tmux's focus reports and passthrough, each with its mend.
func TestCuesTryout(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no speech command
	t.Setenv("SSH_CONNECTION", "")
	t.Setenv("SSH_TTY", "")
	var out bytes.Buffer
	var slept time.Duration
	env := map[string]string{"TMUX": "/tmp/tmux-0/default,1,0"}
	try := tryout{out: &out, ctx: context.Background(), getenv: func(k string) string { return env[k] },
		pause: func(d time.Duration) { slept += d }, tmux: func(string) string { return "off" }}
	set, err := cues.ParseList("bell,notify,progress,voice")
	if err != nil {
		t.Fatal(err)
	}
	try.run(set)
	got := strings.Join(strings.Fields(out.String()), " ") // as read, the lines it wraps joined
	for _, row := range []string{"bell ·· ··  come off: get ready for the next position\n", "bell ··     roll: a hold or cat-cow starts\n"} {
		if !strings.Contains(out.String(), row) {
			t.Errorf("no row %q, its pattern whole, in:\n%s", row, out.String())
		}
	}
	for _, want := range []string{
		"bell ·· ·· come off: get ready for the next position",
		"bell ·· roll: a hold or cat-cow starts",
		"bell ··· switch sides",
		"notify: sent the desktop notification",
		"\x1bPtmux;", // the notification, through tmux
		"progress: the tab's progress showed 50%",
		"voice: Voice cues need a speech command (spd-say, espeak-ng or espeak), and none is installed. In a session the bell rings in its place.",
		"tmux has focus-events off", "`tmux set -g focus-events on`", "choose notify-always",
		"`tmux set -g allow-passthrough on`",
		"Not chosen: notify-always, breath, countdown",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	// The breath and countdown patterns are not the person's choice here.
	if strings.Contains(got, "(breath cue)") || strings.Contains(got, "(countdown cue)") {
		t.Errorf("rang patterns not chosen:\n%s", got)
	}
	if n := strings.Count(got, "\a") - 2 - 1; n != 5+4+3+2+3 { // less the progress's two and the notification's
		t.Errorf("%d rings, want the five patterns' 17:\n%q", n, got)
	}
	if slept < 5*time.Second {
		t.Errorf("patterns %v apart in all: they would run together", slept)
	}

	// notify-always needs no focus reports; a bell alone misses nothing.
	out.Reset()
	set, _ = cues.ParseList("notify-always")
	try.tmux = func(string) string { return "on" }
	try.run(set)
	if got := out.String(); strings.Contains(got, "focus-events") || !strings.Contains(got, "Nothing missing") {
		t.Errorf("notify-always with tmux's options on:\n%s", got)
	}
}
