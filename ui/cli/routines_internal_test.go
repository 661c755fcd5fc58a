package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/content"
)

// A custom routine runs in the plain coach like a built-in one, with its
// own holds and sides; one whose name carries escape codes is refused,
// the codes written out. The screening answers still apply.
func TestPlainCustomRoutine(t *testing.T) {
	config := regularConfig + "conditions = [\"pregnancy\"]\n"
	run, data := plainUser(t, config)
	dir := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "backroll", "routines")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	file := "name = \"Desk day\"\ncat_cow = false\n" +
		"[[step]]\nexercise = \"mid-back\"\nhold = \"15s\"\n[[step]]\nexercise = \"glutes\"\nhold = \"10s\"\nsides = \"right\"\n"
	if err := os.WriteFile(filepath.Join(dir, "desk.toml"), []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run("start", "desk", "--plain")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q, want 0 and nothing", code, errs)
	}
	for _, want := range []string{
		"backroll, Desk day routine, about",
		"Mid-back at a wall, standing at a wall: hold for 15 seconds.",
		"Right glute, figure four: hold for 10 seconds.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	evil := "name = \"\\u001b]0;owned\\u0007Desk\\u001b[2J day\"\n[[step]]\nexercise = \"lats\"\n"
	if err := os.WriteFile(filepath.Join(dir, "evil.toml"), []byte(evil), 0o600); err != nil {
		t.Fatal(err)
	}
	code, evilOut, errs := run("start", "evil", "--plain")
	if code != ExitQuit || evilOut != "" || strings.ContainsAny(errs, "\x1b\x07") ||
		!strings.Contains(errs, `evil.toml:1: name: holds control characters, here written out: \x1b]0;owned\x07Desk\x1b[2J day`) {
		t.Errorf("a name with escape codes: exit %d, stdout %q, stderr %q", code, evilOut, errs)
	}
	if strings.Contains(out, "Left glute") || strings.Contains(out, "Cat-cow:") {
		t.Errorf("ran more than the file says:\n%s", out)
	}
	hist, err := os.ReadFile(filepath.Join(data, "history.jsonl"))
	if err != nil || !strings.Contains(string(hist), `"routine":"desk"`) {
		t.Errorf("history %s, %v; want the session under desk", hist, err)
	}
}

// In the two weeks after a sign to stop, backroll start --plain asks
// first, in the full screen's words, and, in a pipe where no one can
// answer, starts nothing: exit 1, nothing saved. Two weeks on, it starts.
func TestPlainStartAfterRedFlag(t *testing.T) {
	for _, tt := range []struct {
		ago  time.Duration
		when string // as the question says it; "" for no question
	}{
		{time.Hour, "today"},
		{3 * 24 * time.Hour, "on Thu 26 Feb"}, // the clock says 21:00 on Sun 1 Mar
		{15 * 24 * time.Hour, ""},
	} {
		t.Run(tt.ago.String(), func(t *testing.T) { plainAfterRedFlag(t, tt.ago, tt.when) })
	}
}

func plainAfterRedFlag(t *testing.T, ago time.Duration, when string) {
	run, data := plainUser(t, regularConfig)
	at := plainClock.Now().Add(-ago)
	head := ""
	if when != "" {
		head = "You reported a sign to stop " + when + "."
	}
	rec := fmt.Sprintf(`{"v":1,"id":"r1","session":"s1","kind":"session","start":%q,"end":%q,"routine":"nightly","planned_s":0,"rolled_s":0,"completed":false,"red_flag":true}`+"\n",
		at.Format(time.RFC3339), at.Add(time.Minute).Format(time.RFC3339))
	path := filepath.Join(data, "history.jsonl")
	if err := os.WriteFile(path, []byte(rec), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run("start", "glutes", "--plain")
	if head == "" {
		if code != 0 || !strings.Contains(out, "Get ready") || strings.Contains(out, content.StoppedAsk) {
			t.Errorf("two weeks on: exit %d, stderr %q, out:\n%s", code, errs, out)
		}
		return
	}
	if code != ExitQuit || errs != "" {
		t.Fatalf("exit %d, stderr %q; want 1 and nothing", code, errs)
	}
	for _, want := range []string{head + " " + content.StoppedAsk, content.StoppedAdvice, "Not started."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Get ready") {
		t.Errorf("started anyway:\n%s", out)
	}
	if hist, _ := os.ReadFile(path); string(hist) != rec {
		t.Errorf("history changed:\n%s", hist)
	}
}
