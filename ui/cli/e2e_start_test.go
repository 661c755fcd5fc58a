package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The ways `backroll start` stands in front of its session: the first
// run's questions, the red flags once, and a sign to stop reported today.

// TestE2EStartFirstRun runs `backroll start` for someone who has never
// run backroll: it is asked for a session now, so the red flags come first,
// once, then the session, whose first get-ready names the screening's
// conditions and how to answer them. backroll itself asks the questions
// on its first run after that.
func TestE2EStartFirstRun(t *testing.T) {
	u := newUser(t)
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr := term.waitFor(`When to stop`)
	term.expect(scr, "red flags", `before your first session`)
	term.expectNot(scr, "red flags", `Which roller`, `Get ready`)
	term.press(strings.Repeat("j", 30))
	term.waitFor(`enter\s+I have read this`)
	term.press("\r")
	scr = term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.expect(scr, "get ready", `Not asked yet: pregnancy`, `backroll setup`)
	term.press("\x03")
	term.wait(1)

	term = startTerminalAs(t, u)
	scr = term.waitFor(`Which roller do you have\?`)
	term.expect(scr, "first run of backroll", `getting started\s+1 of 3`, `Three quick questions`)
	term.press("\x03") // no session to quit
	term.wait(0)
}

// TestE2EStartShowsRedFlagsOnce runs `backroll start` for someone who
// answered the questions but never saw the red flags: they come first,
// once, and enter goes on; ctrl+c there is not reading them.
func TestE2EStartShowsRedFlagsOnce(t *testing.T) {
	u := newUser(t)
	if err := os.MkdirAll(filepath.Dir(u.configFile()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(u.configFile(), []byte("[profile]\nonboarded = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// ctrl+c on the red flags leaves before the session, as q does: no
	// session ran, so the exit status is 1, and they come again next time.
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	term.waitFor(`When to stop`)
	term.press("\x03")
	term.wait(1)

	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr := term.waitFor(`When to stop`)
	term.expect(scr, "red flags", `before your first session`, `Emergency now`, `enter\s+read on`, `q\s+quit`)
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
// default and closes backroll with nothing started, as ctrl+c does, and
// starting (a physical therapist has seen it) is one key away.
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
	term.expect(scr, "question", `Has a physical therapist`, `emergency care now`, `▸ No: don't roll yet, close backroll`, `Yes: start nightly`)
	term.expectNot(scr, "question", `Get ready`)
	term.press("\r")
	term.wait(1)

	// ctrl+c on the question is no way round the exit status: nothing ran.
	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	term.waitFor(`You reported a sign to stop today`)
	term.press("\x03")
	term.wait(1)

	term = startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	term.waitFor(`You reported a sign to stop today`)
	term.press("j\r")
	term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.press("\x03")
	term.wait(1)
}

// TestE2EStartDaysAfterRedFlag: three days after a sign to stop, in a
// history the real binary reads, backroll start still asks first, naming
// the day; not rolling is the default.
func TestE2EStartDaysAfterRedFlag(t *testing.T) {
	u := regularUser(t)
	at := time.Now().Add(-3 * 24 * time.Hour)
	rec := fmt.Sprintf(`{"v":1,"id":"r1","session":"s1","kind":"session","start":%q,"end":%q,"routine":"nightly","planned_s":0,"rolled_s":0,"completed":false,"red_flag":true}`+"\n",
		at.Format(time.RFC3339), at.Add(time.Minute).Format(time.RFC3339))
	dir := filepath.Join(u.data, "backroll")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "history.jsonl"), []byte(rec), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "30s")
	scr := term.waitFor(`You reported a sign to stop on ` + at.Add(time.Minute).Format("Mon 2 Jan"))
	term.expect(scr, "question", `Has a physical therapist`, `▸ No: don't roll yet, close backroll`, `Yes: start nightly`)
	term.expectNot(scr, "question", `Get ready`)
	term.press("\r")
	term.wait(1)
}

// TestE2ESetupSaysSaved answers backroll setup (all skipped) and reads,
// after the screen is gone, where the answers went.
func TestE2ESetupSaysSaved(t *testing.T) {
	u := newUser(t)
	term := startTerminalAs(t, u, "setup")
	term.waitFor(`Which roller do you have\?`)
	term.press("\x1b")
	term.wait(0)
	if out := term.output(); !strings.Contains(out, "Your answers are saved in") || !strings.Contains(out, "config.toml") {
		t.Errorf("setup said nothing of where the answers went:\n%q", tail(out, 400))
	}
}
