package cli_test

import (
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// TestE2EKilled kills backroll outright (SIGKILL: no chance to clean up)
// in the middle of a hold, after three holds have finished. Each of them
// must be in history.jsonl, whole and marked completed: a hold is saved
// when it ends, not when the session does.
func TestE2EKilled(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, history.FileName)
	// The shortest holds, on a clock five times the wall's (clock_e2e.go).
	u := regularUser(t)
	u.bin = fastBinary(t)
	t.Setenv("BACKROLL_E2E_SPEED", "5")
	term := startTerminalAs(t, u, "start", "lower-back", "--hold", "10s", "--data-dir", dir)

	// Go through the session as a person would until three holds are
	// saved and the fourth is running. A key takes a frame or two to show,
	// so after each one the screen is left to catch up before the next.
	var saved history.Result
	deadline := time.Now().Add(4 * waitTimeout)
	for pressed := (time.Time{}); ; time.Sleep(pollEvery) {
		scr := term.screen()
		var err error
		if saved, err = history.ReadFile(path, time.Now()); err != nil {
			t.Fatal(err)
		}
		holding := shows(scr, `this area`) && !shows(scr, `space\s+resume`)
		if len(saved.Records) >= 3 && holding {
			break
		}
		select {
		case <-term.exited:
			term.fail("backroll exited (%v) with %d holds saved", term.waitErr, len(saved.Records))
		default:
		}
		if time.Now().After(deadline) {
			term.fail("after %v, %d holds saved", 4*waitTimeout, len(saved.Records))
		}
		if time.Since(pressed) < 200*time.Millisecond {
			continue
		}
		switch {
		case shows(scr, `before your first session|when to stop`) && shows(scr, `enter`):
			// A safety check before the first session, if this person
			// has not seen it: read, go on.
			term.press("\r")
		case shows(scr, `space\s+(resume|go on)`):
			// Go on if a key landed on a hold and paused it.
			term.press(" ")
		case shows(scr, `^\s*(Get ready|Switch sides)\b`):
			// Start the hold now rather than wait for the countdown.
			term.press("\r")
		default:
			continue
		}
		pressed = time.Now()
	}

	if err := term.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	if !waitChan(term.exited, waitTimeout) {
		t.Fatal("backroll still running after SIGKILL")
	}
	if code := term.cmd.ProcessState.ExitCode(); code != -1 {
		t.Fatalf("backroll exited with status %d before it was killed", code)
	}

	after, err := history.ReadFile(path, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if w := after.Warning(history.FileName); w != "" {
		t.Errorf("after the kill: %s", w)
	}
	if len(after.Records) < 3 {
		t.Fatalf("%d holds in the history after three finished", len(after.Records))
	}
	var ids []string
	for i, r := range after.Records {
		ids = append(ids, r.ID)
		if r.Kind != history.KindHold || !r.Completed || r.RolledS < 10 || r.PlannedS != 10 ||
			r.Exercise == "" || r.Start.IsZero() || r.Session != after.Records[0].Session {
			t.Errorf("record %d: %+v; want a completed 10 s hold of the session", i+1, r)
		}
	}
	for _, r := range saved.Records {
		if !slices.Contains(ids, r.ID) {
			t.Errorf("hold %s (%s), saved before the kill, is gone", r.ID, r.Exercise)
		}
	}
}

// TestE2ETerminated stops backroll with SIGTERM in the middle of a hold, as
// a shutdown or `kill` would: it leaves as if the person had pressed ctrl+c.
// The hold so far and the session are saved, the terminal is restored, and
// the exit status says the session did not finish.
func TestE2ETerminated(t *testing.T) {
	term, dir := rollingMidBack(t)
	if err := term.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	term.wait(1)

	saved, err := history.ReadFile(filepath.Join(dir, history.FileName), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var hold, session *history.Record
	for i, r := range saved.Records {
		switch r.Kind {
		case history.KindHold:
			hold = &saved.Records[i]
		case history.KindSession:
			session = &saved.Records[i]
		}
	}
	if hold == nil || hold.Exercise != "mid-back" || hold.Completed || hold.RolledS < 1 || hold.PlannedS != 60 {
		t.Errorf("the hold cut short by SIGTERM was saved as %+v; want mid-back, not completed, 1 s or more of 60", hold)
	}
	if session == nil || session.Routine != "mid-back" {
		t.Errorf("the session was saved as %+v; want the mid-back session", session)
	}
}

// TestE2EHangup closes the terminal window in the middle of a hold: the
// hold so far and the session are saved before backroll exits.
func TestE2EHangup(t *testing.T) {
	term, dir := rollingMidBack(t)
	term.ptmx.Close() // the window goes: SIGHUP
	if !waitChan(term.exited, waitTimeout) {
		t.Fatal("backroll still running after its terminal was closed")
	}

	saved, err := history.ReadFile(filepath.Join(dir, history.FileName), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range saved.Records {
		kinds = append(kinds, r.Kind)
		if r.Kind == history.KindHold && (r.Completed || r.RolledS < 1) {
			t.Errorf("the hold cut short by the hangup was saved as %+v", r)
		}
	}
	slices.Sort(kinds) // both are written at once, in either order
	if !slices.Equal(kinds, []string{history.KindHold, history.KindSession}) {
		t.Errorf("saved %v; want the hold so far and the session", kinds)
	}
}

// rollingMidBack starts a 1 m mid-back session and rolls for a second or so
// of its hold; it returns the terminal and the data folder.
func rollingMidBack(t *testing.T) (*terminal, string) {
	dir := t.TempDir()
	term := startTerminal(t, "start", "mid-back", "--hold", "1m", "--data-dir", dir)
	term.waitFor(`^\s*Get ready`)
	term.press("\r")
	term.waitFor(`this area`)
	time.Sleep(1200 * time.Millisecond)
	return term, dir
}
