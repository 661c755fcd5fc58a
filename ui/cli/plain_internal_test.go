package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"

	"github.com/backroll/backroll/content"
)

// jumpClock wakes at once, at the moment asked for: a whole session runs
// in no time.
type jumpClock struct{ now time.Time }

func (c *jumpClock) Now() time.Time { return c.now }
func (c *jumpClock) After(d time.Duration) <-chan time.Time {
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// plainUser runs cli.Main as a person with their own config and data
// folders, stdin at /dev/null (a pipe with nothing in it) and stdout a
// buffer, on a clock that jumps. config is config.toml's text.
func plainUser(t *testing.T, config string) (run func(args ...string) (code int, stdout, stderr string), data string) {
	t.Cleanup(xdg.Reload) // after the environment is restored
	home, data := t.TempDir(), t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", home)
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("ACCESSIBLE", "")
	xdg.Reload()
	if err := os.MkdirAll(filepath.Join(home, "backroll"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "backroll", "config.toml"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	stdin := os.Stdin
	os.Stdin = null
	plainClock = &jumpClock{now: time.Date(2026, 3, 1, 21, 0, 0, 0, time.Local)}
	t.Cleanup(func() {
		os.Stdin, plainClock = stdin, nil
		null.Close()
	})
	return func(args ...string) (int, string, string) {
		var out, errs bytes.Buffer
		code := Main(context.Background(), append(args, "--data-dir", data), "test", &out, &errs)
		return code, out.String(), errs.String()
	}, data
}

const regularConfig = "[profile]\nonboarded = true\nsafety_seen = true\nfirst_time = false\n"

// The proof: backroll start --plain in a pipe runs a whole short
// session, line by line, exits 0 and saves it like the full-screen app.
func TestPlainSessionInAPipe(t *testing.T) {
	run, data := plainUser(t, regularConfig)
	code, out, errs := run("start", "glutes", "--plain", "--hold", "20s", "--breath", "2-3")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q, want 0 and nothing", code, errs)
	}
	want := []string{
		"backroll, glutes routine, about 1 minute 25 seconds: Left glute, Right glute, then cat-cow.",
		"Get ready, area 1 of 2: Left glute, figure four.",
		"Starting in 5 seconds.",
		"Left glute, figure four: hold for 20 seconds.",
		"Small, slow circles; there is no need to go far.",
		"Ten seconds left.",
		"Switch sides: Right glute, figure four.",
		"Right glute, figure four: hold for 20 seconds.",
		"Ten seconds left.",
		"Get ready for cat-cow, on hands and knees.",
		"Cat-cow: 6 slow breaths, in for 2 seconds and out for 3 seconds.",
		"Breath 1 of 6, cow. " + content.CatCow.Cow,
		"Breath 6 of 6, cow: breathe in.",
		"Cat: breathe out.",
		"Session complete. Well done.",
		"Rolled 40 seconds: left glute, right glute.",
		"Tomorrow: " + content.SeeYou,
		content.RedFlagLine,
	}
	rest := out
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("missing, or out of order: %q\nin:\n%s", w, out)
		}
		rest = rest[i+len(w):]
	}
	if strings.ContainsAny(out, "\x1b\r") {
		t.Errorf("escape codes or carriage returns in a pipe:\n%q", out)
	}
	hist, err := os.ReadFile(filepath.Join(data, "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if h, s := strings.Count(string(hist), `"kind":"hold"`), strings.Count(string(hist), `"kind":"session"`); h != 2 || s != 1 {
		t.Errorf("history has %d holds and %d sessions, want 2 and 1:\n%s", h, s, hist)
	}
}

// A --hold past the most a hold lasts is refused before anything is said,
// as config.toml refuses it: one rule for every hold.
func TestPlainHoldTooLong(t *testing.T) {
	run, _ := plainUser(t, regularConfig)
	code, out, errs := run("start", "mid-back", "--plain", "--hold", "5m")
	if code != ExitUsage || out != "" || !strings.Contains(errs, "a hold lasts 10s to 2m, not 5m") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 2 and the rule", code, out, errs)
	}
}

// TERM=dumb and ACCESSIBLE choose plain mode, for start and for backroll
// alone (the nightly routine); --plain=false goes back to the full screen,
// which a pipe cannot show.
func TestPlainFromTheEnvironment(t *testing.T) {
	run, _ := plainUser(t, regularConfig)
	for _, env := range [][2]string{{"TERM", "dumb"}, {"ACCESSIBLE", "1"}} {
		t.Setenv(env[0], env[1])
		code, out, _ := run("start", "mid-back", "--hold", "10s")
		if code != ExitOK || !strings.Contains(out, "Session complete.") {
			t.Errorf("%s=%s: exit %d\n%s", env[0], env[1], code, out)
		}
		code, out, _ = run("--hold", "10s")
		if code != ExitOK || !strings.Contains(out, "backroll, nightly routine") {
			t.Errorf("%s=%s, backroll alone: exit %d\n%s", env[0], env[1], code, out)
		}
		code, out, errs := run("start", "--plain=false")
		if code != ExitQuit || out != "" || !strings.Contains(errs, "needs a terminal") {
			t.Errorf("%s=%s --plain=false: exit %d, stdout %q, stderr %q", env[0], env[1], code, out, errs)
		}
		t.Setenv(env[0], map[string]string{"TERM": "xterm-256color", "ACCESSIBLE": ""}[env[0]])
	}
}

// A bad flag is still a usage error, before anything is said.
func TestPlainBadFlags(t *testing.T) {
	run, _ := plainUser(t, regularConfig)
	code, out, errs := run("start", "--plain", "--hold", "banana")
	if code != ExitUsage || out != "" || !strings.Contains(errs, "--hold") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
