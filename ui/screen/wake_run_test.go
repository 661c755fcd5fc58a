//go:build linux

package screen

import (
	"context"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/creack/pty"
)

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
// once, by Run's one alarm.
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
