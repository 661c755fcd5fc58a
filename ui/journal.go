package ui

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/streak"
)

// Journal keeps what was rolled, on the person's own disk. Its methods may
// do I/O: the UI calls them only inside commands, never in Update or View,
// except Start, which must only make an id.
type Journal interface {
	Start(routine string, at time.Time) (session string)
	Hold(session string, e coach.HoldEvent) error
	End(session string, end SessionEnd) error
	Today(now time.Time) (Today, error)
	Progress(now time.Time) (streak.Stats, error)
}

// SessionEnd is what the session's own record keeps.
type SessionEnd struct {
	Summary               coach.Summary
	FeelBefore, FeelAfter *int // 0 fine to 10 very sore, when given
}

// Today is what home and the summary say about the streak.
type Today struct {
	Streak  int           // current streak in days
	Done    bool          // today already counts
	Rolled  time.Duration // rolled today
	Warning string        // e.g. unreadable lines in the history, left as they are
}

type (
	todayMsg struct {
		today Today
		err   error
	}
	// writtenMsg reports a finished write to the journal.
	writtenMsg struct{ err error }
)

func (m *Model) loadToday() tea.Cmd {
	j, now := m.opts.Journal, m.opts.Now()
	if j == nil {
		return nil
	}
	return func() tea.Msg {
		t, err := j.Today(now)
		return todayMsg{t, err}
	}
}

// write runs a journal write as a command and counts it, so the program
// never quits with a write still under way. It is also kept until every
// write has landed, for Abandon to finish should the program end first.
func (m *Model) write(f func() error) tea.Cmd {
	run := m.pending(f)
	return func() tea.Msg { return writtenMsg{run()} }
}

// pending counts a write and returns it to be run, once, by a command or
// by Abandon, whichever comes first; the other waits for it and gets nil.
func (m *Model) pending(f func() error) func() error {
	m.writing++
	if m.writing == 1 {
		m.unsaved = m.unsaved[:0] // all earlier writes have landed
	}
	var once sync.Once
	run := func() (err error) {
		once.Do(func() { err = f() })
		return err
	}
	m.unsaved = append(m.unsaved, run)
	return run
}

// quit ends the program once every write has landed.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	if m.writing == 0 {
		return tea.Quit
	}
	return nil
}
