package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// TestE2EPlainSignal runs the real binary in a pipe with a real clock and
// stops it with SIGTERM once it is coaching: it says so, sums up, saves
// and exits 1, as the full-screen session does.
func TestE2EPlainSignal(t *testing.T) {
	bin := backrollBinary(t)
	u := regularUser(t)
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "start", "--plain")
	cmd.Env = testEnv(u)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		out.WriteString(lines.Text() + "\n")
		if strings.HasPrefix(lines.Text(), "Starting in") {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for lines.Scan() {
		out.WriteString(lines.Text() + "\n")
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit %v, want status 1; stderr %q", err, stderr.String())
	}
	got := out.String()
	for _, want := range []string{"Get ready, area 1 of 3: Mid-back", "Stopped.", "Session stopped early.", "Rolled 0 seconds: no areas yet."} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if stderr.Len() != 0 || strings.Contains(got, "\x1b") {
		t.Errorf("stderr %q, or escape codes in\n%q", stderr.String(), got)
	}
}

// TestE2EPlainTerminal runs --plain in a pseudo-terminal: keys work, lines
// end in CRLF so each starts at the left edge, nothing moves the cursor,
// and the terminal is back in its usual mode once p has stopped it.
func TestE2EPlainTerminal(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads the terminal's mode with Linux's TCGETS")
	}
	u := regularUser(t) // never said first_time = false: 10 s to get ready, 45 s holds
	term := startTerminalAs(t, u, "start", "--plain")
	term.waitFor(`^Starting in 10 seconds; space starts now\.$`)
	term.press(" ")
	term.waitFor(`^Mid-back, hands behind head: hold for 45 seconds\.$`)
	term.press("p")
	if !waitChan(term.exited, waitTimeout) {
		term.fail("backroll did not exit after p")
	}
	waitChan(term.outDone, waitTimeout)
	if code := term.cmd.ProcessState.ExitCode(); code != 1 {
		term.fail("exit status %d, want 1", code)
	}
	scr := term.screen()
	term.expect(scr, "after p", `^Stopped: sharp pain or tingling\.$`, `^Session stopped\.$`, `not medical advice\.$`)
	out := term.output()
	if strings.Contains(out, "\x1b") {
		t.Errorf("escape codes in plain output: %q", out)
	}
	if strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Errorf("a line ends without a carriage return: %q", out)
	}
	tio, err := unix.IoctlGetTermios(int(term.ptmx.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if tio.Lflag&(unix.ECHO|unix.ICANON) != unix.ECHO|unix.ICANON {
		t.Errorf("the terminal was left without echo or line editing: lflag %#x", tio.Lflag)
	}
	hist, err := os.ReadFile(filepath.Join(u.data, "backroll", "history.jsonl"))
	if err != nil || !strings.Contains(string(hist), `"red_flag":true`) {
		t.Errorf("history %q, %v: want the red flag saved", hist, err)
	}
}
