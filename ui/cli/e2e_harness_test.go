package cli_test

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

const (
	termW, termH = 80, 24
	// Generous: the machine running the tests may be busy.
	waitTimeout = 15 * time.Second // longer than the shortest hold, coach.MinHold
	pollEvery   = 25 * time.Millisecond

	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

// terminal is backroll running in a pseudo-terminal, drawn on an emulator.
type terminal struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File

	mu  sync.Mutex // guards emu and raw
	emu *vt.Emulator
	raw bytes.Buffer // everything the program wrote

	outDone chan struct{} // the program's output has been read to its end
	exited  chan struct{} // the process has exited
	waitErr error
}

// startTerminal runs backroll with args in an 80x24 pseudo-terminal, for
// a regular user.
func startTerminal(t *testing.T, args ...string) *terminal {
	t.Helper()
	return startTerminalAs(t, regularUser(t), args...)
}

// startTerminalAs runs backroll with args for user u.
func startTerminalAs(t *testing.T, u user, args ...string) *terminal {
	t.Helper()
	bin := u.bin
	if bin == "" {
		bin = backrollBinary(t)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = testEnv(u)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: termH, Cols: termW})
	if err != nil {
		t.Fatalf("start backroll in a pseudo-terminal: %v", err)
	}
	term := &terminal{
		t:       t,
		cmd:     cmd,
		ptmx:    ptmx,
		emu:     vt.NewEmulator(termW, termH),
		outDone: make(chan struct{}),
		exited:  make(chan struct{}),
	}
	if u.background != nil {
		term.emu.SetDefaultBackgroundColor(u.background)
	}

	// The program's output goes to the emulator. The emulator answers the
	// terminal's queries (the background colour, OSC 11, and the like) by
	// writing to its input pipe, and Write blocks until that answer is read:
	// the copier below must keep draining it.
	go func() {
		defer close(term.outDone)
		buf := make([]byte, 32*1024)
		for {
			n, err := ptmx.Read(buf)
			if n > 0 {
				term.mu.Lock()
				term.raw.Write(buf[:n])
				term.emu.Write(buf[:n])
				term.mu.Unlock()
			}
			if err != nil {
				return // EIO once the program has exited and closed its side
			}
		}
	}()
	// Replies and keys, from the emulator's input pipe to the program. Write
	// errors are ignored (the program may have gone) so the pipe never
	// stops draining.
	replies := make(chan struct{})
	go func() {
		defer close(replies)
		buf := make([]byte, 1024)
		for {
			n, err := term.emu.Read(buf)
			if n > 0 {
				ptmx.Write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		term.waitErr = cmd.Wait()
		close(term.exited)
	}()

	t.Cleanup(func() {
		select {
		case <-term.exited:
		default:
			cmd.Process.Kill()
			<-term.exited
		}
		// Closing the input pipe's writer ends the reply copier without
		// touching the emulator's own state.
		if c, ok := term.emu.InputPipe().(io.Closer); ok {
			c.Close()
		}
		ptmx.Close()
		<-term.outDone
		<-replies
	})
	return term
}

// screen is the text on the emulated screen now.
func (term *terminal) screen() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.emu.String()
}

// colourAt is the foreground colour of the cell at column x, row y.
func (term *terminal) colourAt(x, y int) color.Color {
	term.mu.Lock()
	defer term.mu.Unlock()
	if c := term.emu.CellAt(x, y); c != nil {
		return c.Style.Fg
	}
	return nil
}

func (term *terminal) altScreen() bool {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.emu.IsAltScreen()
}

func (term *terminal) output() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.raw.String()
}

// press types keys as a person would.
func (term *terminal) press(keys string) {
	term.emu.SendText(keys)
}

// fail stops the test, showing what the emulated screen shows.
func (term *terminal) fail(format string, args ...any) {
	term.t.Helper()
	term.t.Fatalf("%s\n%s", fmt.Sprintf(format, args...), framed(term.screen()))
}

func framed(s string) string {
	rule := "+" + strings.Repeat("-", termW) + "+"
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "|" + l
	}
	return "screen:\n" + rule + "\n" + strings.Join(lines, "\n") + "\n" + rule
}

// shows reports whether the screen matches pattern, a regular expression
// matched without regard to case (the tests check what a person reads, not
// how it is capitalised), in multi-line mode: ^ and $ match at every line.
func shows(scr, pattern string) bool {
	return regexp.MustCompile("(?im)" + pattern).MatchString(scr)
}

// waitFor polls the screen until it shows every one of the patterns (see
// shows), and returns it.
func (term *terminal) waitFor(patterns ...string) string {
	term.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		scr := term.screen()
		missing := ""
		for _, p := range patterns {
			if !shows(scr, p) {
				missing = p
				break
			}
		}
		if missing == "" {
			return scr
		}
		select {
		case <-term.exited:
			// Let the last output land before reporting.
			waitChan(term.outDone, time.Second)
			term.fail("backroll exited (%v) before the screen showed /%s/", term.waitErr, missing)
		default:
		}
		if time.Now().After(deadline) {
			term.fail("after %v the screen does not show /%s/", waitTimeout, missing)
		}
		time.Sleep(pollEvery)
	}
}

// expect checks that a screen already read shows each of the patterns.
// A frame can reach the emulator in pieces (the pty splits long writes),
// so one that lacks a pattern is read again for a moment before it fails.
func (term *terminal) expect(scr, stage string, patterns ...string) {
	term.t.Helper()
	for deadline := time.Now().Add(time.Second); ; time.Sleep(pollEvery) {
		missing := slices.DeleteFunc(slices.Clone(patterns), func(p string) bool { return shows(scr, p) })
		if len(missing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, p := range missing {
				term.t.Errorf("%s: the screen does not show /%s/\n%s", stage, p, framed(scr))
			}
			return
		}
		scr = term.screen()
	}
}

// expectNot checks that a screen already read shows none of the patterns.
func (term *terminal) expectNot(scr, stage string, patterns ...string) {
	term.t.Helper()
	for _, p := range patterns {
		if shows(scr, p) {
			term.t.Errorf("%s: the screen shows /%s/, it should not\n%s", stage, p, framed(scr))
		}
	}
}

func waitChan(c <-chan struct{}, d time.Duration) bool {
	select {
	case <-c:
		return true
	case <-time.After(d):
		return false
	}
}

// wait waits for the program to exit, checks its status and that it left
// the terminal as it found it: out of the alternate screen, with nothing
// of the session drawn on the normal screen.
func (term *terminal) wait(wantStatus int) {
	term.t.Helper()
	if !waitChan(term.exited, waitTimeout) {
		term.fail("backroll did not exit within %v", waitTimeout)
	}
	if !waitChan(term.outDone, 5*time.Second) {
		term.t.Fatalf("the pseudo-terminal's output did not end after backroll exited")
	}
	status := term.cmd.ProcessState.ExitCode()
	var ee *exec.ExitError
	if term.waitErr != nil && !errors.As(term.waitErr, &ee) {
		term.t.Fatalf("waiting for backroll: %v", term.waitErr)
	}
	if status != wantStatus {
		term.fail("backroll exited with status %d, want %d", status, wantStatus)
	}

	out := term.output()
	if !strings.Contains(out, altScreenOn) {
		term.t.Errorf("backroll never entered the alternate screen (%q)", altScreenOn)
	}
	if on, off := strings.LastIndex(out, altScreenOn), strings.LastIndex(out, altScreenOff); off < on {
		term.t.Errorf("backroll did not leave the alternate screen: no %q after the last %q; output ends %q",
			altScreenOff, altScreenOn, tail(out, 200))
	}
	if term.altScreen() {
		term.t.Errorf("the emulated terminal is still in the alternate screen")
	}
	scr := term.screen()
	term.expectNot(scr, "after exit, the normal screen", "backroll ·", "space ", "q quit")
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// resize changes the window's size, as dragging its corner would: the
// emulator first, then the pty, which signals backroll.
func (term *terminal) resize(w, h int) {
	term.mu.Lock()
	term.emu.Resize(w, h)
	term.mu.Unlock()
	if err := pty.Setsize(term.ptmx, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		term.t.Fatal(err)
	}
}
