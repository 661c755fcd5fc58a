package screen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// Options are Run's settings beyond the terminal.
type Options struct {
	// CrashDir is the folder for crash files; it is made if need be.
	CrashDir string
}

// Run runs m full-screen on t until it quits. The terminal is restored
// however it ends; a panic anywhere (the model, a command, a goroutine of
// Run's) ends it with a *CrashError, written to a file in o.CrashDir once
// the terminal is restored.
func Run(ctx context.Context, m tea.Model, t Terminal, o Options) (err error) {
	var crash *CrashError
	defer func() {
		// Last, so the terminal is given back before the crash is saved
		// and anything is printed.
		if crash != nil {
			crash.save(o.CrashDir, time.Now())
			err = crash
		}
	}()
	width, height := fallbackSize(t.Size.Width, t.Size.Height, t.Env)
	cooked := func() error { return nil }
	if t.Raw != nil {
		if cooked, err = t.Raw(); err != nil {
			return err
		}
	}
	defer func() {
		if rerr := cooked(); err == nil && rerr != nil {
			err = fmt.Errorf("restoring the terminal: %w", rerr)
		}
	}()
	profile := t.Profile
	if profile == colorprofile.Unknown {
		profile = colorprofile.Detect(t.Out, t.Env)
	}
	s := newScreen(t.Out, t.Env, profile, width, height)
	s.scr.SetMapNewline(t.MapNewline)
	if err := s.open(); err != nil {
		return fmt.Errorf("drawing on the terminal: %w", err)
	}
	defer func() {
		if cerr := s.close(); err == nil && cerr != nil {
			err = fmt.Errorf("restoring the terminal: %w", cerr)
		}
	}()

	l := &live{Model: m, s: s}
	// Bubble Tea reads no input here (Run reads it, so that it can stop
	// reading on ctrl+z) and has no renderer and no signal handler.
	p := tea.NewProgram(l, tea.WithContext(ctx), tea.WithInput(nil), tea.WithOutput(t.Out),
		tea.WithEnvironment(t.Env), tea.WithWindowSize(width, height), tea.WithColorProfile(profile), // told to the model, for its palette
		tea.WithoutRenderer(), tea.WithoutSignalHandler())
	// goCatch runs f in a goroutine whose panic ends the program.
	goCatch := func(f func()) {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					p.Send(crashMsg{caught(r)})
				}
			}()
			f()
		}()
	}
	l.started = func() {
		// Bubble Tea flushes its output on a ticker, once a second at
		// the least, for the whole run, even without a renderer: an
		// idle screen would wake the process for nothing. Releasing
		// the terminal stops the ticker and nothing else here (no
		// input reader, no raw mode of Bubble Tea's); it first waits
		// half a second for an input reader there is none of, so it
		// is not waited for.
		go p.ReleaseTerminal() //nolint:errcheck // nothing to restore
	}
	// One timer for the model's own deadlines, reset after each update:
	// tea.Tick would start a goroutine and a timer for every frame.
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	l.wake = func(at time.Time, ok bool) {
		if !ok {
			timer.Stop()
			return
		}
		timer.Reset(time.Until(at))
	}
	// A Watcher's outside changes wake the program as its deadlines do:
	// the channel to wait on is handed to one goroutine after each update.
	watch := make(chan (<-chan struct{}), 1)
	l.watch = func(ch <-chan struct{}) {
		select {
		case <-watch: // an older one, never waited on
		default:
		}
		watch <- ch
	}
	in := newInput(t, p.Send, goCatch)
	if err := in.start(); err != nil {
		return err
	}
	defer in.stop()
	done := make(chan struct{})
	defer close(done)
	goCatch(func() { in.deliver(done) })
	goCatch(func() {
		for {
			select {
			case <-done:
				return
			case at := <-timer.C:
				p.Send(WakeMsg{At: at})
			}
		}
	})
	goCatch(func() {
		var changed <-chan struct{}
		for {
			select {
			case <-done:
				return
			case changed = <-watch:
			case <-changed:
				changed = nil
				p.Send(WakeMsg{At: time.Now()})
			}
		}
	})
	if t.Suspend != nil {
		l.suspend = func() error {
			in.stop()
			err := s.close()
			if rerr := cooked(); err == nil {
				err = rerr
			}
			if err != nil {
				return err
			}
			t.Suspend()
			if t.Raw != nil {
				if cooked, err = t.Raw(); err != nil {
					cooked = func() error { return nil }
					return err
				}
			}
			if err := s.open(); err != nil {
				return err
			}
			s.stale = true
			return in.start()
		}
	}
	if t.Watch != nil {
		watching, stopWatching := context.WithCancel(ctx)
		var stops atomic.Int32
		watched := make(chan struct{})
		defer func() {
			stopWatching()
			<-watched // its signals are back to their defaults
		}()
		loop := t.Watch(watching, func(size Size) {
			p.Send(tea.WindowSizeMsg{Width: size.Width, Height: size.Height})
		}, func() {
			if stops.Add(1) == 1 {
				p.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			} else {
				p.Send(stopMsg{})
			}
		})
		goCatch(func() {
			defer close(watched)
			loop()
		})
	}
	_, err = p.Run()
	if errors.As(l.err, &crash) {
		return nil
	}
	if err != nil {
		return err
	}
	return l.err
}

// ErrStopped is Run's error when a second request to stop (a signal) ended
// the program before the model did: what it still had to do, such as saving,
// may be undone.
var ErrStopped = errors.New("stopped by a second signal")

// live draws the model's view after every update that changes it.
type live struct {
	tea.Model
	s       *screen
	sized   bool // the model knows its window: before that its view is a guess
	started func()
	// suspend gives the terminal back, stops the process until it is
	// continued, and takes the terminal again; nil where ctrl+z is a key.
	suspend func() error
	wake    func(at time.Time, ok bool) // sets the one timer for a Waker
	watch   func(<-chan struct{})       // hands a Watcher's channel to the goroutine that waits on it
	watched <-chan struct{}             // the channel handed last
	err     error
}

func (l *live) Init() (cmd tea.Cmd) {
	defer l.catch(nil, &cmd)
	if l.started != nil {
		l.started()
	}
	if err := l.s.ask(); err != nil {
		l.err = fmt.Errorf("drawing on the terminal: %w", err)
		return tea.Quit
	}
	return guard(l.Model.Init())
}

// catch ends the program on a panic in the model, with the panic and its
// stack as the error. Bubble Tea would catch it too, but print it on the
// alternate screen, where it vanishes.
func (l *live) catch(m *tea.Model, cmd *tea.Cmd) {
	if r := recover(); r != nil {
		l.err, *cmd = caught(r), tea.Quit
		if m != nil {
			*m = l
		}
	}
}

// View is empty: live draws the model's view itself, and Bubble Tea asks for
// a view after every update even without a renderer.
func (l *live) View() tea.View { return tea.View{} }

// Update passes msg on and draws the result.
func (l *live) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	defer l.catch(&m, &cmd)
	switch msg := msg.(type) {
	case crashMsg:
		l.err = msg.err
		return l, tea.Quit
	case stopMsg:
		if l.err == nil {
			l.err = ErrStopped
		}
		return l, tea.Quit
	case tea.WindowSizeMsg:
		l.s.resize(msg.Width, msg.Height)
		l.sized = true
	case tea.ModeReportMsg:
		if msg.Mode == ansi.ModeSynchronizedOutput && (msg.Value.IsReset() || msg.Value.IsSet()) {
			l.s.synced = true
		}
	case Raw:
		// Cues (a bell, a notification) go out at once, between frames;
		// tea.Raw's would wait for a flush this loop never makes.
		if _, err := io.WriteString(l.s.out, msg.Raw()); err != nil {
			l.err = fmt.Errorf("writing to the terminal: %w", err)
			return l, tea.Quit
		}
		return l, nil
	case tea.KeyPressMsg:
		if l.suspend != nil && msg.String() == "ctrl+z" {
			// The model hears of it first: a session stops its clock
			// rather than run on while the person is away.
			l.Model, _ = l.Model.Update(tea.SuspendMsg{})
			if err := l.suspend(); err != nil {
				l.err = fmt.Errorf("taking the terminal back after a suspend: %w", err)
				return l, tea.Quit
			}
			return l.Update(tea.ResumeMsg{})
		}
	}
	l.Model, cmd = l.Model.Update(msg)
	cmd = guard(cmd)
	if w, ok := l.Model.(Waker); ok && l.wake != nil {
		l.wake(w.NextWake())
	}
	if w, ok := l.Model.(Watcher); ok && l.watch != nil {
		if ch := w.Changed(); ch != l.watched {
			l.watched = ch
			l.watch(ch)
		}
	}
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

// Raw is a message whose bytes Run writes to the terminal as they are, in
// order with its frames, and does not pass to the model: a bell, or an
// escape sequence such as a desktop notification.
type Raw interface{ Raw() string }

// Waker is a model with deadlines of its own, such as the end of a hold
// or the next second of a countdown: after each update Run asks when it
// next wants waking, keeps one timer for that, and sends WakeMsg then.
type Waker interface {
	NextWake() (at time.Time, ok bool)
}

// Watcher is a model that something outside it changes, such as a class
// that others move: after each update Run asks for a channel that is
// closed at the next such change, and sends WakeMsg when it is. The model
// takes the channel before it reads what it shows, so no change falls
// between the two.
type Watcher interface {
	Changed() <-chan struct{}
}

// WakeMsg is a Waker's or a Watcher's wake-up.
type WakeMsg struct{ At time.Time }
