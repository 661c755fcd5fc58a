package screen

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// watchedOut is a terminal's output that notes whether a crash file
// existed when the alternate screen was left.
type watchedOut struct {
	mu        sync.Mutex
	buf       bytes.Buffer
	dir       string
	leftAfter []string // the crash files there were on leaving
}

func (w *watchedOut) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bytes.Contains(p, []byte("\x1b[?1049l")) {
		w.leftAfter, _ = filepath.Glob(filepath.Join(w.dir, "*"))
	}
	return w.buf.Write(p)
}

// TestPanicInAGoroutineOfRuns: a panic in Terminal.Watch's loop, which runs
// in a goroutine of Run's, ends the program like one in the model: the terminal
// is given back first, then the crash file is written with the stack down
// to the panic, and the error names it.
func TestPanicInAGoroutineOfRuns(t *testing.T) {
	in, typed, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	defer typed.Close()
	out := &watchedOut{dir: t.TempDir()}
	err = Run(context.Background(), stub{"hello"}, Terminal{
		In: in, Out: out, Env: []string{"TERM=xterm-256color"}, Profile: colorprofile.TrueColor,
		Size:  Size{30, 8},
		Watch: func(context.Context, func(Size), func()) func() { return func() { panic("a bug in Watch") } },
	}, Options{CrashDir: out.dir})

	var crash *CrashError
	if !errors.As(err, &crash) || !errors.Is(err, tea.ErrProgramPanic) {
		t.Fatalf("Run returned %v; want a *CrashError", err)
	}
	if out.leftAfter == nil && !strings.Contains(out.buf.String(), "\x1b[?1049l") {
		t.Fatal("the alternate screen was not left")
	}
	if len(out.leftAfter) != 0 {
		t.Errorf("crash files before the terminal was restored: %v", out.leftAfter)
	}
	if crash.Path == "" || !strings.Contains(err.Error(), crash.Path) {
		t.Fatalf("the error %q names no crash file", err)
	}
	body, err := os.ReadFile(crash.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(body), "panic: a bug in Watch\n") || !strings.Contains(string(body), "TestPanicInAGoroutineOfRuns") {
		t.Errorf("the crash file holds\n%s\nwant the panic and the stack down to it", body)
	}
}

// TestCrashWithoutAFile: when the crash file cannot be written, the error
// carries the stack itself.
func TestCrashWithoutAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	e := caught("a bug")
	e.save(filepath.Join(file, "crashes"), time.Now())
	if e.Path != "" || !strings.Contains(e.Error(), "a bug") || !strings.Contains(e.Error(), "TestCrashWithoutAFile") {
		t.Errorf("without a crash file the error is %q; want the panic and its stack", e.Error())
	}
}
