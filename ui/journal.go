package ui

import (
	"errors"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/store"
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
	// Advice is what the history suggests for this person now.
	Advice(now time.Time, prof profile.Profile) (advice.Advice, error)
}

// SessionEnd is what the session's own record keeps; coach/store, which
// keeps the history, defines it.
type SessionEnd = store.SessionEnd

// Today is what home and the summary say about the streak.
type Today = store.Today

type (
	todayMsg struct {
		today Today
		err   error
	}
	// writtenMsg reports a finished write to the journal.
	writtenMsg struct{ err error }
)

func (m *Model) loadToday() tea.Cmd {
	j, now, prof := m.opts.Journal, m.opts.Now(), m.opts.Profile
	if j == nil {
		return nil
	}
	return tea.Batch(func() tea.Msg {
		t, err := j.Today(now)
		return todayMsg{t, err}
	}, func() tea.Msg {
		a, err := j.Advice(now, prof)
		return adviceMsg{a, err}
	})
}

// adviceMsg is what the history suggests, read off the render path.
type adviceMsg struct {
	advice advice.Advice
	err    error
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

// record hands the holds that ended to the journal, off the render path,
// and notes a session that reached its end.
func (m *Model) record() tea.Cmd {
	if m.session == nil {
		return nil
	}
	events := m.session.s.TakeEvents()
	var cmds []tea.Cmd
	if m.opts.Journal == nil {
		for _, e := range events {
			m.today.Rolled += e.Rolled // kept for this run only
		}
	} else {
		j, id := m.opts.Journal, m.sessionID
		for _, e := range events {
			cmds = append(cmds, m.write(func() error { return j.Hold(id, e) }))
		}
	}
	if m.outcome != OutcomeQuit && m.session.s.Summary().Finished {
		m.outcome = OutcomeFinished
	}
	return tea.Batch(cmds...)
}

// recordEnd writes the session's own record, once, when the person leaves
// it: after the summary, so the record holds how the back felt afterwards.
func (m *Model) recordEnd() tea.Cmd {
	if m.opts.Journal == nil || m.session == nil || m.session.endWritten {
		return nil
	}
	m.session.endWritten = true
	j, id := m.opts.Journal, m.sessionID
	end, ok := m.sessionEnd()
	if !ok {
		return nil
	}
	return m.write(func() error { return j.End(id, end) })
}

// sessionEnd is the session's own record, and whether it is worth one: a
// session with nothing rolled, rated or flagged is no session, and counting
// it would inflate the totals.
func (m *Model) sessionEnd() (SessionEnd, bool) {
	end := SessionEnd{Summary: m.session.s.Summary(), FeelBefore: m.session.feelBefore, FeelAfter: m.session.feelAfter}
	return end, end.Summary.Rolled.Round(time.Second) != 0 || end.Summary.RedFlag || end.FeelBefore != nil || end.FeelAfter != nil
}

// Abandon saves what a session had rolled when the program ended under it
// without a word, its terminal gone say, before the model could save it
// the usual way. Call it once the program has stopped; with everything
// saved already it does nothing.
func (m *Model) Abandon() error {
	var errs []error
	// Writes handed out but not yet done, or under way in a command the
	// program did not wait for.
	for _, run := range m.unsaved {
		errs = append(errs, run())
	}
	m.unsaved = nil
	if m.opts.Journal == nil || m.session == nil || m.session.endWritten {
		return errors.Join(errs...)
	}
	now := m.opts.Now()
	if m.session.s.State(now).Phase != coach.PhaseDone {
		m.session.s.Quit(now)
		m.outcome = OutcomeQuit
	}
	for _, e := range m.session.s.TakeEvents() {
		errs = append(errs, m.opts.Journal.Hold(m.sessionID, e))
	}
	m.session.endWritten = true
	if end, ok := m.sessionEnd(); ok {
		errs = append(errs, m.opts.Journal.End(m.sessionID, end))
	}
	return errors.Join(errs...)
}
