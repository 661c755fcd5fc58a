//go:build linux

package screen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// keyed quits on q and says when it has had ctrl+c, which it does not quit
// on. It panics in Update on u, in View after v, in a command after c, and
// in a command of a batch in a sequence after b.
type keyed struct{ ctrlC, badView bool }

func (keyed) Init() tea.Cmd { return nil }
func (k keyed) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyPressMsg); ok {
		switch key.String() {
		case "q":
			return k, tea.Quit
		case "u":
			panic("a bug in Update")
		case "v":
			k.badView = true
		case "c":
			return k, badCmd
		case "b":
			return k, tea.Sequence(nil, tea.Batch(func() tea.Msg { return nil }, badCmd))
		case "ctrl+c":
			k.ctrlC = true
		}
	}
	return k, nil
}

func badCmd() tea.Msg { panic("a bug in a command") }

func (k keyed) View() tea.View {
	if k.badView {
		panic("a bug in View")
	}
	if k.ctrlC {
		return tea.View{Content: "ready, had ctrl+c"}
	}
	return tea.View{Content: "ready"}
}

// TestRunRestoresTheTerminal runs a program on a real pseudo-terminal and
// ends it by quitting, by panics in the model and in commands, and by two
// signals (it ignores the ctrl+c the first one becomes): each way the
// terminal's modes are as they were, and the alternate screen and cursor
// are given back. A panic leaves a crash file with its stack, named by the
// error.
func TestRunRestoresTheTerminal(t *testing.T) {
	for _, tc := range []struct {
		name      string
		stop      func(ptm *os.File) error
		wantErr   error
		wantShown string
	}{
		{"quit", typing("q"), nil, ""},
		{"panic in Update", typing("u"), tea.ErrProgramPanic, ""},
		{"panic in View", typing("v"), tea.ErrProgramPanic, ""},
		{"panic in a command", typing("c"), tea.ErrProgramPanic, ""},
		{"panic in a batch in a sequence", typing("b"), tea.ErrProgramPanic, ""},
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

			term, err := Local(tty, tty)
			if err != nil {
				t.Fatal(err)
			}
			crashes := t.TempDir()
			done := make(chan error, 1)
			go func() { done <- Run(context.Background(), keyed{}, term, Options{CrashDir: crashes}) }()
			for deadline := time.Now().Add(5 * time.Second); !shown("ready"); time.Sleep(5 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the first frame never came")
				}
			}
			if err := tc.stop(ptm); err != nil {
				t.Fatal(err)
			}
			var runErr error
			select {
			case runErr = <-done:
				if !errors.Is(runErr, tc.wantErr) && (runErr != nil || tc.wantErr != nil) {
					t.Errorf("Run returned %v; want %v", runErr, tc.wantErr)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return")
			}
			files, err := filepath.Glob(filepath.Join(crashes, "crash-*.txt"))
			if err != nil {
				t.Fatal(err)
			}
			if tc.wantErr != tea.ErrProgramPanic {
				if len(files) != 0 {
					t.Errorf("crash files without a panic: %v", files)
				}
			} else if len(files) != 1 {
				t.Errorf("crash files after a panic: %v; want one", files)
			} else {
				if !strings.Contains(runErr.Error(), files[0]) {
					t.Errorf("the error %q does not name the crash file %s", runErr, files[0])
				}
				body, err := os.ReadFile(files[0])
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(body), "panic: a bug in") || !strings.Contains(string(body), "screen.keyed.") && !strings.Contains(string(body), "screen.badCmd") {
					t.Errorf("the crash file has no panic or no stack down to it:\n%s", body)
				}
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

func typing(s string) func(ptm *os.File) error {
	return func(ptm *os.File) error {
		_, err := io.WriteString(ptm, s)
		return err
	}
}

// resumable shows how often it has been suspended and resumed, and rings
// the bell twice, through Raw, on r.
type resumable struct{ suspended, resumed int }

// bells is a Raw message: two rings.
type bells struct{}

func (bells) Raw() string { return "\a\a" }

func (resumable) Init() tea.Cmd { return nil }
func (r resumable) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.SuspendMsg:
		r.suspended++
	case tea.ResumeMsg:
		r.resumed++
	case bells:
		panic("a Raw message reached the model")
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return r, tea.Quit
		}
		if msg.String() == "r" {
			return r, func() tea.Msg { return bells{} }
		}
		if msg.String() == "ctrl+z" {
			panic("ctrl+z reached the model")
		}
	}
	return r, nil
}
func (r resumable) View() tea.View {
	return tea.View{Content: fmt.Sprintf("suspended %d, resumed %d times", r.suspended, r.resumed)}
}

// TestSuspend: on ctrl+z the terminal is given back as it was before the
// process is suspended (cooked input, the main screen), and once it is
// continued the program has it again and draws the whole screen anew; the
// model hears tea.ResumeMsg, not the key.
func TestSuspend(t *testing.T) {
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
	go func() {
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
	shown := func() string {
		mu.Lock()
		defer mu.Unlock()
		return out.String()
	}
	waitFor := func(s string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !strings.Contains(shown(), s); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("the screen never showed %q", s)
			}
		}
	}

	term, err := Local(tty, tty)
	if err != nil {
		t.Fatal(err)
	}
	suspended := make(chan *unix.Termios, 1)
	term.Suspend = func() {
		modes, _ := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
		suspended <- modes
	}
	done := make(chan error, 1)
	go func() { done <- Run(context.Background(), resumable{}, term, Options{CrashDir: t.TempDir()}) }()
	waitFor("suspended 0, resumed 0 times")
	if _, err := io.WriteString(ptm, "r"); err != nil {
		t.Fatal(err)
	}
	waitFor("\a\a") // a Raw message's bytes, as they are
	if _, err := io.WriteString(ptm, "\x1a"); err != nil {
		t.Fatal(err)
	}
	var modes *unix.Termios
	select {
	case modes = <-suspended:
	case <-time.After(5 * time.Second):
		t.Fatal("ctrl+z did not suspend")
	}
	if modes == nil || *modes != *before {
		t.Errorf("terminal modes while suspended: %+v; before Run: %+v", modes, *before)
	}
	waitFor("suspended 1, resumed 1 times") // the model heard of the suspend before it
	at := strings.Index(shown(), "resumed 0 times")
	rest := shown()[at:]
	left, back := strings.Index(rest, "\x1b[?1049l"), strings.LastIndex(rest, "\x1b[?1049h")
	if left < 0 || back < left || !strings.Contains(rest[back:], "\x1b[2J") {
		t.Errorf("after the first frame the program sent %q; want the main screen, then the alternate one cleared and drawn anew", rest)
	}
	if _, err := io.WriteString(ptm, "q"); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
	}
}

// waking asks to be woken once, 30 ms after it starts, and shows how
// often it was.
type waking struct {
	start time.Time
	woken int
	at    chan time.Duration // how late each wake-up came
}

func (w *waking) Init() tea.Cmd { return nil }
func (w *waking) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case WakeMsg:
		w.woken++
		w.at <- msg.At.Sub(w.start.Add(30 * time.Millisecond))
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return w, tea.Quit
		}
	}
	return w, nil
}
func (w *waking) View() tea.View { return tea.View{Content: fmt.Sprintf("woken %d", w.woken)} }
func (w *waking) NextWake() (time.Time, bool) {
	return w.start.Add(30 * time.Millisecond), w.woken == 0
}

// TestWaker: a model that says when it next wants waking is woken then,
// once, by Run's one timer.
func TestWaker(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptm.Close()
	defer tty.Close()
	go io.Copy(io.Discard, ptm) //nolint:errcheck // drained until closed
	term, err := Local(tty, tty)
	if err != nil {
		t.Fatal(err)
	}
	w := &waking{start: time.Now(), at: make(chan time.Duration, 2)}
	done := make(chan error, 1)
	go func() { done <- Run(context.Background(), w, term, Options{CrashDir: t.TempDir()}) }()
	select {
	case late := <-w.at:
		if late < 0 {
			t.Fatalf("woken %v early", -late)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("never woken")
	}
	if _, err := io.WriteString(ptm, "q"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(w.at) != 0 {
		t.Fatalf("woken %d times; once was asked for", 1+len(w.at))
	}
}

// changing is changed from outside, as a class is by its other members:
// each change closes the channel it handed out last, and it hands out a
// new one once it has heard.
type changing struct {
	mu    sync.Mutex
	ch    chan struct{}
	heard chan struct{}
}

func (w *changing) Init() tea.Cmd { return nil }
func (w *changing) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case WakeMsg:
		w.mu.Lock()
		w.ch = make(chan struct{})
		w.mu.Unlock()
		w.heard <- struct{}{}
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return w, tea.Quit
		}
	}
	return w, nil
}
func (w *changing) View() tea.View { return tea.View{Content: "watched"} }
func (w *changing) Changed() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ch
}

// change closes the channel handed out, once Run has it.
func (w *changing) change() {
	w.mu.Lock()
	defer w.mu.Unlock()
	close(w.ch)
}

// TestWatcher: a change from outside the model wakes it, every time.
func TestWatcher(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptm.Close()
	defer tty.Close()
	go io.Copy(io.Discard, ptm) //nolint:errcheck // drained until closed
	term, err := Local(tty, tty)
	if err != nil {
		t.Fatal(err)
	}
	w := &changing{ch: make(chan struct{}), heard: make(chan struct{}, 4)}
	done := make(chan error, 1)
	go func() { done <- Run(context.Background(), w, term, Options{CrashDir: t.TempDir()}) }()
	for i := range 3 {
		w.change()
		select {
		case <-w.heard:
		case <-time.After(5 * time.Second):
			t.Fatalf("change %d woke nothing", i+1)
		}
	}
	if _, err := io.WriteString(ptm, "q"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
