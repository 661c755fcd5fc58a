package cli_test

// The session end to end in the real binary: a whole routine, quitting
// early, no terminal, the first run, colours and resizing.

import (
	"bytes"
	"context"
	"errors"
	"image/color"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestE2EFullSession runs the nightly routine from the first get-ready to
// the summary, pressing keys as a person would, and closes it. Screens are
// matched with case-insensitive regular expressions.
func TestE2EFullSession(t *testing.T) {
	// The shortest hold there is, on a clock five times the wall's (see
	// clock_e2e.go): three whole holds in six seconds.
	u := regularUser(t)
	u.bin = fastBinary(t)
	t.Setenv("BACKROLL_E2E_SPEED", "5")
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "10s")

	// Get ready for the first area: where it is, how to set up, a countdown.
	scr := term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.expect(scr, "get ready",
		`backroll · nightly`,
		`1 of 3`,
		`hands behind head`,
		`1\. Sit on the floor`,
		`Where: From just below your shoulder blades`, // before what it feels like, in a window this size
		`enter\s+start`, `q\s+quit`)

	// Enter starts the hold at once: the breath, the area's time, what is next.
	term.press("\r")
	scr = term.waitFor(`this area`, `breathe (in|out)`)
	term.expect(scr, "mid-back hold",
		`1 of 3 · Mid-back`,
		`Mid-back · hands behind head`,
		`session .* left`,
		`next\s+Left glute`,
		`space\s+pause`, `k\s+tender spot`)
	term.expectNot(scr, "mid-back hold", `Get ready`)

	// The hold runs out by itself and the left glute is next.
	scr = term.waitFor(`^\s*Get ready\b.*Left glute`)
	term.expect(scr, "get ready, left glute",
		`2 of 3`,
		`figure four`,
		`your left side`)
	term.press("\r")
	scr = term.waitFor(`this area`, `next\s+switch sides.*Right glute`)
	term.expect(scr, "left glute hold", `breathe (in|out)`, `Left glute · figure four`)

	// Then the same exercise on the other side.
	scr = term.waitFor(`^\s*Switch sides\b`, `3 of 3 · Right glute`)
	term.expect(scr, "switch sides",
		`3 of 3`,
		`your right side`)
	term.expectNot(scr, "switch sides", `your left side`)
	term.press("\r")
	scr = term.waitFor(`this area`, `next\s+cat-cow`)
	term.expect(scr, "right glute hold", `breathe (in|out)`, `Right glute · figure four`)

	// Then a moment to get off the roller and onto hands and knees, which
	// enter cuts short.
	scr = term.waitFor(`^\s*Get ready · Cat-cow`)
	term.expect(scr, "get ready, cat-cow", `hands and knees`, `starting in`, `enter\s+start now`)
	term.press("\r")

	// The cat-cow finisher: the pose for this breath, how to get into
	// position.
	scr = term.waitFor(`^\s*cat-cow · 1 of 6`)
	term.expect(scr, "cat-cow",
		`breathe (in|out)`,
		`belly drops|round your spine`,
		`hands and knees`,
		`n\s+skip`)
	// n skips the rest of it.
	term.press("n")

	// The summary: every area, the time rolled, and how to close.
	scr = term.waitFor(`^\s*Session complete`)
	term.expect(scr, "summary",
		`Mid-back, Left glute, Right glute`,
		// Each hold ran its whole 10s, however busy the machine.
		`rolled\s+0:30`,
		`Tomorrow`,
		`enter\s+close`)
	term.expectNot(scr, "summary", `stopped early`)

	term.press("\r")
	term.wait(0)
}

// TestE2EQuitEarly quits a session part way: the person is asked first,
// can change their mind, and a confirmed quit exits with status 1.
func TestE2EQuitEarly(t *testing.T) {
	t.Run("q then y", func(t *testing.T) {
		term := startTerminal(t, "start", "nightly", "--hold", "30s")
		term.waitFor(`^\s*Get ready\b.*Mid-back`)
		term.press("\r")
		term.waitFor(`this area`, `breathe (in|out)`)

		term.press("q")
		scr := term.waitFor(`Stop this session\?`)
		term.expect(scr, "confirm", `y\s+yes`, `n\s+go on`)
		term.expectNot(scr, "confirm", `this area`)

		// n keeps going: back to the hold.
		term.press("n")
		scr = term.waitFor(`this area`, `breathe (in|out)`)
		term.expectNot(scr, "after n", `Stop this session`)

		time.Sleep(1200 * time.Millisecond) // a second rolled, to sum up
		term.press("q")
		term.waitFor(`Stop this session\?`)
		term.press("y")
		// A short summary, with the question after and p; enter leaves,
		// with the status of a session quit early.
		scr = term.waitFor(`Session stopped early\.`)
		term.expect(scr, "summary", `How does your back feel after rolling\?`, `p sharp pain`)
		term.expectNot(scr, "summary", `Tomorrow`)
		term.press("\r")
		term.wait(1)
	})
	t.Run("ctrl+c", func(t *testing.T) {
		term := startTerminal(t, "start", "nightly", "--hold", "30s")
		term.waitFor(`^\s*Get ready\b.*Mid-back`)
		term.press("\x03")
		term.wait(1)
	})
}

// TestE2ENoTerminal runs backroll start where it cannot draw: it must fail
// at once with a message that says why, and write no escape codes.
func TestE2ENoTerminal(t *testing.T) {
	bin := backrollBinary(t)
	check := func(t *testing.T, cmd *exec.Cmd, stdout, stderr *bytes.Buffer) {
		t.Helper()
		start := time.Now()
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case err == nil:
			t.Fatalf("backroll start succeeded without a terminal; stdout %q", stdout)
		case !errors.As(err, &ee):
			t.Fatalf("run backroll: %v", err)
		case ee.ExitCode() != 1:
			t.Errorf("exit status %d, want 1 (no terminal)", ee.ExitCode())
		}
		if d := time.Since(start); d > waitTimeout/2 {
			t.Errorf("took %v to give up; it should fail at once", d)
		}
		if stdout.Len() != 0 {
			t.Errorf("stdout should be empty, got %q", stdout)
		}
		if strings.Contains(stdout.String()+stderr.String(), "\x1b") {
			t.Errorf("escape codes written: stdout %q, stderr %q", stdout, stderr)
		}
		msg := strings.TrimSpace(stderr.String())
		if !strings.Contains(msg, "terminal") {
			t.Errorf("stderr should say a terminal is needed, got %q", msg)
		}
		if strings.Count(msg, "\n") > 0 {
			t.Errorf("stderr should be one line, got %q", msg)
		}
	}

	t.Run("pipes", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
		defer cancel()
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, "start")
		cmd.Env = testEnv(newUser(t))
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		check(t, cmd, &stdout, &stderr)
	})

	// backroll start | less: the keyboard is a terminal, stdout is not.
	t.Run("stdout piped", func(t *testing.T) {
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Fatalf("open a pseudo-terminal: %v", err)
		}
		defer ptmx.Close()
		defer tty.Close()
		ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
		defer cancel()
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, "start")
		cmd.Env = testEnv(newUser(t))
		cmd.Stdin = tty
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		check(t, cmd, &stdout, &stderr)
	})
}

// TestE2EFirstRun starts backroll with no config at all: the first-run
// questions come before home and the answers are saved in config.toml; the
// next start goes straight home.
func TestE2EFirstRun(t *testing.T) {
	u := newUser(t)
	term := startTerminalAs(t, u)
	scr := term.waitFor(`Which roller do you have\?`)
	term.expect(scr, "roller", `getting started\s+1 of 4`, `Peanut`, `Not sure`, `s\s+skip`, `esc\s+skip all`)
	term.expectNot(scr, "roller", `Nightly roll`)
	term.press("jjj")
	term.waitFor(`▸ Peanut`, `your spine rests between them`)
	term.press("\r")
	scr = term.waitFor(`first time foam rolling\?`)
	term.expect(scr, "first time", `2 of 4`, `▸ Yes`, `45 s`)
	term.press("\r")
	scr = term.waitFor(`Does any of these apply to you\?`)
	term.expect(scr, "screening", `3 of 4`, `Pregnant`, `Varicose veins`, `space\s+tick`)
	term.press("\r")
	scr = term.waitFor(`when to stop`)
	term.expect(scr, "safety", `more ↓ · 4 of 4`, `Emergency now`, `bladder or bowels`, `enter\s+read on`)
	term.press(strings.Repeat("j", 30)) // the rest of the list, a scroll away
	scr = term.waitFor(`not medical advice`)
	term.expect(scr, "safety, read to the end", `↑ · 4 of 4`, `physical therapist`, `herniated disc`, `enter\s+I have read this`)
	term.press("\r")
	scr = term.waitFor(`Nightly roll`)
	term.expect(scr, "home", `Tips`, `Red flags`, `t\s+tips`, `r\s+red flags`)
	term.press("q")
	term.wait(0)

	data, err := os.ReadFile(u.configFile())
	if err != nil {
		t.Fatalf("the answers were not saved: %v", err)
	}
	want := "[profile]\nroller = \"peanut\"\nfirst_time = true\nonboarded = true\nsafety_seen = true\n"
	if string(data) != want {
		t.Errorf("config.toml:\n%s\nwant:\n%s", data, want)
	}

	term = startTerminalAs(t, u)
	scr = term.waitFor(`Nightly roll`)
	term.expectNot(scr, "second start", `Which roller`, `getting started`)
	term.press("q")
	term.wait(0)
}

// TestE2EColoursFollowTheBackground starts backroll on a dark and on a light
// terminal: it asks the terminal for its background and draws the title in
// the palette that reads on it.
func TestE2EColoursFollowTheBackground(t *testing.T) {
	title := func(bg color.Color) (color.Color, *terminal) {
		u := regularUser(t)
		u.background = bg
		term := startTerminalAs(t, u)
		term.waitFor(`^\s*backroll · foam rolling`)
		return term.colourAt(1, 0), term
	}
	// Each palette may arrive a moment after the first frame, with the
	// terminal's answer: read again until it does, on a slow machine too.
	deadline := time.Now().Add(waitTimeout)
	dark, term := title(nil)
	for ; dark == nil; dark = term.colourAt(1, 0) {
		if time.Now().After(deadline) {
			term.fail("the title has no colour on a dark terminal")
		}
		time.Sleep(pollEvery)
	}
	deadline = time.Now().Add(waitTimeout)
	light, term := title(color.White)
	for ; light == dark || light == nil; light = term.colourAt(1, 0) {
		if time.Now().After(deadline) {
			term.fail("on a light terminal the title keeps the dark palette's colour %v", dark)
		}
		time.Sleep(pollEvery)
	}
}

// TestE2EResize drags the window smaller than backroll can use, then
// larger than it started: each time the whole screen is drawn again for
// the new size, nothing left over from the old one.
func TestE2EResize(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(`^\s*backroll · foam rolling`, `Nightly roll`)
	term.resize(30, 10)
	scr := term.waitFor(`Make the window larger`)
	term.expectNot(scr, "in a 30x10 window", `Nightly roll`)
	term.resize(120, 40)
	scr = term.waitFor(`Nightly roll`, `^─{120}$`)
	term.expectNot(scr, "in a 120x40 window", `larger`)
	term.press("q")
	term.wait(0)
}
