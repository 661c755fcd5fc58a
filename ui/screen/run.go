package screen

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Run runs m full-screen on the terminal that in and out belong to until it
// quits. The terminal is restored however it ends, a panic in m included.
func Run(ctx context.Context, m tea.Model, in, out *os.File) (err error) {
	width, height, err := term.GetSize(out.Fd())
	if err != nil {
		return fmt.Errorf("reading the terminal's size: %w", err)
	}
	width, height = fallbackSize(width, height)
	// Bubble Tea leaves the terminal's modes alone when it has no
	// renderer, so raw input (and on Windows, escape codes on output) is
	// set up here.
	cooked, err := term.MakeRaw(in.Fd())
	if err != nil {
		return fmt.Errorf("switching the terminal to raw input: %w", err)
	}
	defer func() { _ = term.Restore(in.Fd(), cooked) }()
	restoreOut, err := enableEscapes(out)
	if err != nil {
		return fmt.Errorf("turning on escape codes in the console: %w", err)
	}
	defer restoreOut()

	env := os.Environ()
	s := newScreen(out, env, colorprofile.Detect(out, env), width, height)
	if err := s.open(); err != nil {
		return fmt.Errorf("drawing on the terminal: %w", err)
	}
	defer func() {
		if cerr := s.close(); err == nil && cerr != nil {
			err = fmt.Errorf("restoring the terminal: %w", cerr)
		}
	}()

	l := &live{Model: m, s: s}
	// Bubble Tea's ticker still flushes what commands write directly to
	// the terminal (none of backroll's do); once a second is plenty.
	p := tea.NewProgram(l, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out),
		tea.WithEnvironment(env), tea.WithWindowSize(width, height),
		tea.WithoutRenderer(), tea.WithFPS(1), tea.WithoutSignalHandler())
	defer watchSize(out, p.Send)()
	defer relaySignals(p)()
	if _, err := p.Run(); err != nil {
		return err
	}
	return l.err
}

// ErrStopped is Run's error when a second signal ended the program before
// the model did: what it still had to do, such as saving, may be undone.
var ErrStopped = errors.New("stopped by a second signal")

// stopMsg is the second signal: live quits on it without asking the model.
type stopMsg struct{}

// relaySignals turns SIGINT, SIGTERM and SIGHUP (the window was closed)
// into the ctrl+c key, so the program leaves its own way (backroll saves the
// hold in progress) when something outside stops it; in raw mode a person's
// ctrl+c is a key already. A second signal sends stopMsg. One goroutine
// sends both, so the key always arrives first. It is not Program.Kill: Kill
// closes the input while Bubble Tea's reader may still be using it, a data
// race.
func relaySignals(p *tea.Program) (stop func()) {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		for first := true; ; first = false {
			select {
			case <-done:
				return
			case <-sig:
			}
			// Send returns once the program has ended, delivered or not.
			if first {
				p.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			} else {
				p.Send(stopMsg{})
			}
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}

// fallbackSize stands in for a size the terminal does not report (some
// serial lines and containers say 0x0): COLUMNS and LINES, else 80x24, as
// Bubble Tea does.
func fallbackSize(width, height int) (int, int) {
	if width <= 0 {
		width = envInt("COLUMNS", 80)
	}
	if height <= 0 {
		height = envInt("LINES", 24)
	}
	return width, height
}

func envInt(name string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return fallback
}

// live draws the model's view after every update that changes it.
type live struct {
	tea.Model
	s     *screen
	sized bool // the model knows its window: before that its view is a guess
	err   error
}

func (l *live) Init() tea.Cmd {
	if err := l.s.ask(); err != nil {
		l.err = fmt.Errorf("drawing on the terminal: %w", err)
		return tea.Quit
	}
	return l.Model.Init()
}

// View is empty: live draws the model's view itself, and Bubble Tea asks for
// a view after every update even without a renderer.
func (l *live) View() tea.View { return tea.View{} }

// Update passes msg on and draws the result. A panic in the model ends the
// program with an error that says what broke; were Bubble Tea to catch it,
// its report would go to the alternate screen and vanish with it.
func (l *live) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			l.err = fmt.Errorf("%w: %v", tea.ErrProgramPanic, r)
			m, cmd = l, tea.Quit
		}
	}()
	switch msg := msg.(type) {
	case stopMsg:
		if l.err == nil {
			l.err = ErrStopped
		}
		return l, tea.Quit
	case tea.WindowSizeMsg:
		l.s.resize(msg.Width, msg.Height)
		l.sized = true
	}
	l.Model, cmd = l.Model.Update(msg)
	if !l.sized {
		return l, cmd
	}
	if err := l.s.draw(l.Model.View()); err != nil {
		// The terminal is gone. What the model asked for still runs
		// (saving, say), then the program ends.
		l.err = fmt.Errorf("drawing on the terminal: %w", err)
		return l, tea.Sequence(cmd, tea.Quit)
	}
	return l, cmd
}
