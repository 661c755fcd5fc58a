package screen

import (
	"context"
	"fmt"
	"os"

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
		tea.WithoutRenderer(), tea.WithFPS(1))
	defer watchSize(out, p.Send)()
	if _, err := p.Run(); err != nil {
		return err
	}
	return l.err
}

// live draws the model's view after every update that changes it.
type live struct {
	tea.Model
	s     *screen
	sized bool // the model knows its window: before that its view is a guess
	err   error
}

// View is empty: live draws the model's view itself, and Bubble Tea asks for
// a view after every update even without a renderer.
func (l *live) View() tea.View { return tea.View{} }

func (l *live) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		l.s.resize(size.Width, size.Height)
		l.sized = true
	}
	var cmd tea.Cmd
	l.Model, cmd = l.Model.Update(msg)
	if !l.sized {
		return l, cmd
	}
	if err := l.s.draw(l.Model.View()); err != nil {
		l.err = fmt.Errorf("drawing on the terminal: %w", err)
		return l, tea.Quit
	}
	return l, cmd
}
