package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The ways `backroll start` stands in front of its session: the first
// run's questions, the red flags once, and a sign to stop reported today.

// TestE2EStartFirstRun runs `backroll start` for someone who has never
// run backroll: the first-run questions come first, the screening among
// them, then the red flags, and the session after them is shaped by the
// answers. The next start goes straight to the session.
func TestE2EStartFirstRun(t *testing.T) {
	u := newUser(t)
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr := term.waitFor(`Which roller do you have\?`)
	term.expect(scr, "roller", `getting started\s+1 of 4`)
	term.expectNot(scr, "roller", `Get ready`)
	term.press("\r")
	term.waitFor(`first time foam rolling\?`)
	term.press("\r")
	scr = term.waitFor(`Does any of these apply to you\?`)
	term.expect(scr, "screening", `3 of 4`, `Osteoporosis`)
	term.press("j ") // osteoporosis: no mid-back
	term.waitFor(`\[✓\] Osteoporosis`)
	term.press("\r")
	term.waitFor(`when to stop`)
	term.press(strings.Repeat("j", 30))
	term.waitFor(`enter\s+I have read this`)
	term.press("\r")
	scr = term.waitFor(`^\s*Get ready\b.*Left glute`)
	term.expect(scr, "get ready", `The mid-back is left out`)
	term.press("\x03")
	term.wait(1)

	data, err := os.ReadFile(u.configFile())
	if err != nil || !strings.Contains(string(data), `conditions = ["osteoporosis"]`) || !strings.Contains(string(data), "onboarded = true") {
		t.Fatalf("the answers were not saved: %v\n%s", err, data)
	}

	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr = term.waitFor(`^\s*Get ready\b.*Left glute`)
	term.expectNot(scr, "second start", `When to stop`, `Which roller`)
	term.press("\x03")
	term.wait(1)
}

// TestE2EStartShowsRedFlagsOnce runs `backroll start` for someone who
// answered the questions but never saw the red flags: they come first,
// once, and enter goes on.
func TestE2EStartShowsRedFlagsOnce(t *testing.T) {
	u := newUser(t)
	if err := os.MkdirAll(filepath.Dir(u.configFile()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(u.configFile(), []byte("[profile]\nonboarded = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr := term.waitFor(`When to stop`)
	term.expect(scr, "red flags", `before your first session`, `urgent care now`, `enter\s+read on`, `q\s+quit`)
	term.expectNot(scr, "red flags", `Which roller`, `Get ready`)
	term.press("\r") // all of it shows before the session starts
	scr = term.waitFor(`enter\s+I have read this`)
	term.expect(scr, "red flags, read", `sharp or stabbing pain`, `enter\s+I have read this: start nightly`)
	term.press("\r")
	term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.press("\x03")
	term.wait(1)

	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr = term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.expectNot(scr, "second start", `When to stop`)
	term.press("\x03")
	term.wait(1)
}

// TestE2EStartAfterRedFlagToday reports sharp pain with p, then runs
// `backroll start` again the same day: it asks first, going back is the
// default and closes backroll with nothing started, and starting anyway
// is one key away.
func TestE2EStartAfterRedFlagToday(t *testing.T) {
	u := regularUser(t)
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.press("p")
	term.waitFor(`Sharp pain or tingling`)
	term.press("\r")
	term.wait(1)

	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr := term.waitFor(`You reported a sign to stop today`)
	term.expect(scr, "question", `physical therapist`, `urgent care`, `▸ Don't start, close backroll`, `Start nightly anyway`)
	term.expectNot(scr, "question", `Get ready`)
	term.press("\r")
	term.wait(1)

	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	term.waitFor(`You reported a sign to stop today`)
	term.press("j\r")
	term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.press("\x03")
	term.wait(1)
}
