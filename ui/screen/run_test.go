//go:build linux

package screen

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// keyed quits on q, panics on p and says when it has had ctrl+c, which it
// does not quit on.
type keyed struct{ ctrlC bool }

func (keyed) Init() tea.Cmd { return nil }
func (k keyed) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyPressMsg); ok {
		switch key.String() {
		case "q":
			return k, tea.Quit
		case "p":
			panic("a bug")
		case "ctrl+c":
			k.ctrlC = true
		}
	}
	return k, nil
}
func (k keyed) View() tea.View {
	if k.ctrlC {
		return tea.View{Content: "ready, had ctrl+c"}
	}
	return tea.View{Content: "ready"}
}

// TestRunRestoresTheTerminal runs a program on a real pseudo-terminal and
// ends it by quitting, by a panic, and by two signals (it ignores the
// ctrl+c the first one becomes): each way the terminal's modes are as they
// were, and the alternate screen and cursor are given back.
func TestRunRestoresTheTerminal(t *testing.T) {
	for _, tc := range []struct {
		name      string
		stop      func(ptm *os.File) error
		wantErr   error
		wantShown string
	}{
		{"quit", func(ptm *os.File) error { _, err := io.WriteString(ptm, "q"); return err }, nil, ""},
		{"panic", func(ptm *os.File) error { _, err := io.WriteString(ptm, "p"); return err }, tea.ErrProgramPanic, ""},
		// Two different signals at once, which the runtime cannot merge
		// into one: the model has the ctrl+c of the first before the
		// second stops it.
		{"signals", func(*os.File) error {
			if err := unix.Kill(os.Getpid(), unix.SIGTERM); err != nil {
				return err
			}
			return unix.Kill(os.Getpid(), unix.SIGHUP)
		}, ErrStopped, "had ctrl+c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ptm, tty, err := pty.Open()
			if err != nil {
				t.Skipf("no pseudo-terminal here: %v", err)
			}
			defer ptm.Close()
			defer tty.Close()
			if err := pty.Setsize(ptm, &pty.Winsize{Cols: 40, Rows: 12}); err != nil {
				t.Fatal(err)
			}
			before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
			if err != nil {
				t.Fatal(err)
			}

			var mu sync.Mutex
			var out strings.Builder
			read := make(chan struct{})
			go func() {
				defer close(read)
				buf := make([]byte, 4096)
				for {
					n, err := ptm.Read(buf)
					mu.Lock()
					out.Write(buf[:n])
					mu.Unlock()
					if err != nil {
						return
					}
				}
			}()
			shown := func(s string) bool {
				mu.Lock()
				defer mu.Unlock()
				return strings.Contains(out.String(), s)
			}

			// Bubble Tea reports a panic on stderr, which the alternate
			// screen then hides; keep it out of the test's output too.
			stderr := os.Stderr
			os.Stderr, _ = os.Open(os.DevNull)
			defer func() { os.Stderr = stderr }()

			done := make(chan error, 1)
			go func() { done <- Run(context.Background(), keyed{}, tty, tty) }()
			for deadline := time.Now().Add(5 * time.Second); !shown("ready"); time.Sleep(5 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the first frame never came")
				}
			}
			if err := tc.stop(ptm); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-done:
				if !errors.Is(err, tc.wantErr) && (err != nil || tc.wantErr != nil) {
					t.Errorf("Run returned %v; want %v", err, tc.wantErr)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return")
			}

			after, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
			if err != nil {
				t.Fatal(err)
			}
			if *after != *before {
				t.Errorf("terminal modes after Run: %+v; before: %+v", *after, *before)
			}
			for deadline := time.Now().Add(2 * time.Second); !shown("\x1b[?1049l"); time.Sleep(5 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the alternate screen was not left")
				}
			}
			if !shown("\x1b[?25h") {
				t.Error("the cursor was not shown again")
			}
			if !shown(tc.wantShown) {
				t.Errorf("the screen never showed %q", tc.wantShown)
			}
		})
	}
}
