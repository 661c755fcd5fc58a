package ui

import (
	"errors"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
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

// ledger is the root's side of the journal: today's figures as this run
// knows them, what the history suggests, the running session's id, and
// the writes under way, counted so the program never quits with one
// unfinished and kept so Abandon can finish them. The root routes; the
// ledger keeps the books.
type ledger struct {
	j       Journal // nil keeps nothing
	today   Today
	known   bool          // today's figures came from the journal, or there is none to ask
	advised bool          // so did the history's advice, which knows a recent sign to stop
	flagged bool          // a sign to stop was pressed in this run
	flagAt  time.Time     // when, for the question every start asks after it
	advice  advice.Advice // what the history suggests: a step up, tender spots, a word to go lighter
	session string        // the running session's id in the journal
	saveErr error         // the last write that failed: this session is not being saved
	writing int           // writes under way
	unsaved []func() error
}

func newLedger(j Journal) ledger { return ledger{j: j, known: j == nil, advised: j == nil} }

type (
	todayMsg struct {
		today Today
		err   error
	}
	// adviceMsg is what the history suggests, read off the render path.
	adviceMsg struct {
		advice advice.Advice
		err    error
	}
	// writtenMsg reports a finished write to the journal.
	writtenMsg struct{ err error }
)

// load reads today's figures and the history's advice, in commands.
func (l *ledger) load(now time.Time, prof profile.Profile) tea.Cmd {
	j := l.j
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

// gotToday takes today's figures as read. A history that cannot be read
// costs the person the question before a session, never the session: the
// figures count as known all the same.
func (l *ledger) gotToday(msg todayMsg) {
	if msg.err == nil {
		l.today = msg.today
		// A sign to stop pressed in this run holds whatever the journal
		// says: its record may not have landed, or failed.
		l.today.RedFlag = l.today.RedFlag || l.flagged
	}
	l.known = true
}

// gotAdvice takes what the history suggests, as read. Like today's
// figures, advice that cannot be read counts as known.
func (l *ledger) gotAdvice(msg adviceMsg) {
	if msg.err == nil {
		l.advice = msg.advice
	}
	l.advised = true
}

// ready reports whether a start may decide whether to ask first: today's
// figures and the advice are both in.
func (l *ledger) ready() bool { return l.known && l.advised }

// flag notes a sign to stop in this run, at now: home knows at once,
// before the journal has the record, and keeps knowing should the record
// fail.
func (l *ledger) flag(now time.Time) { l.today.RedFlag, l.flagged, l.flagAt = true, true, now }

// stop is the sign to stop every start asks about first, if there is one:
// the history's latest whose rest lasts (rules.LastStop), or one pressed in this run
// before its record is read back (or when it could not be saved). Today's
// figures stand in when the advice could not be read.
func (l *ledger) stop(now time.Time) *rules.Stop {
	var st rules.Stop
	switch {
	case l.advice.Stop != nil && !l.flagAt.After(l.advice.Stop.At):
		st = *l.advice.Stop
	case l.flagged:
		st = rules.Stop{At: l.flagAt}
	case l.today.RedFlag:
		st = rules.StopToday(now)
	default:
		return nil
	}
	return &st
}

// start opens a session in the journal, at now.
func (l *ledger) start(routine string, now time.Time) {
	if l.j != nil {
		l.session = l.j.Start(routine, now)
	}
}

// holds hands the holds that ended to the journal, one write each, off
// the render path; with no journal they count for this run only.
func (l *ledger) holds(events []coach.HoldEvent) tea.Cmd {
	if l.j == nil {
		for _, e := range events {
			l.today.Rolled += e.Rolled
		}
		return nil
	}
	var cmds []tea.Cmd
	j, id := l.j, l.session
	for _, e := range events {
		cmds = append(cmds, l.write(func() error { return j.Hold(id, e) }))
	}
	return tea.Batch(cmds...)
}

// end writes the session's own record.
func (l *ledger) end(end SessionEnd) tea.Cmd {
	if l.j == nil {
		return nil
	}
	j, id := l.j, l.session
	return l.write(func() error { return j.End(id, end) })
}

// write runs a journal write as a command and counts it (pending).
func (l *ledger) write(f func() error) tea.Cmd {
	run := l.pending(f)
	return func() tea.Msg { return writtenMsg{run()} }
}

// pending counts a write, of the journal or of the person's files, and
// returns it to be run, once, by a command or by Abandon, whichever comes
// first; the other waits for it and gets nil.
func (l *ledger) pending(f func() error) func() error {
	l.writing++
	if l.writing == 1 {
		l.unsaved = l.unsaved[:0] // all earlier writes have landed
	}
	var once sync.Once
	run := func() (err error) {
		once.Do(func() { err = f() })
		return err
	}
	l.unsaved = append(l.unsaved, run)
	return run
}

// landed counts a write done; a journal write that failed is kept to say
// that this session is not being saved.
func (l *ledger) landed(journalErr error) {
	l.writing--
	if journalErr != nil {
		l.saveErr = journalErr
	}
}

// finish runs the writes handed out but not yet done, or under way in a
// command the program did not wait for.
func (l *ledger) finish() []error {
	var errs []error
	for _, run := range l.unsaved {
		errs = append(errs, run())
	}
	l.unsaved = nil
	return errs
}

// loadToday reads today's figures and the advice for this person.
func (m *Model) loadToday() tea.Cmd { return m.ledger.load(m.now, m.opts.Profile) }

// quit ends the program once every write has landed.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	if m.ledger.writing == 0 {
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
	cmd := m.ledger.holds(m.session.s.TakeEvents())
	if m.outcome != OutcomeQuit && m.session.s.Summary().Finished {
		m.outcome = OutcomeFinished
	}
	return cmd
}

// recordEnd writes the session's own record, once, when the person leaves
// it: after the summary, so the record holds how the back felt afterwards.
func (m *Model) recordEnd() tea.Cmd {
	if m.opts.Journal == nil || m.session == nil || m.session.endWritten {
		return nil
	}
	m.session.endWritten = true
	end, ok := m.sessionEnd()
	if !ok {
		return nil
	}
	return m.ledger.end(end)
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
	errs := m.ledger.finish()
	if m.opts.Journal == nil || m.session == nil || m.session.endWritten {
		return errors.Join(errs...)
	}
	now := m.opts.Now()
	if m.session.s.State(now).Phase != coach.PhaseDone {
		m.session.s.Quit(now)
		m.outcome = OutcomeQuit
	}
	for _, e := range m.session.s.TakeEvents() {
		errs = append(errs, m.opts.Journal.Hold(m.ledger.session, e))
	}
	m.session.endWritten = true
	if end, ok := m.sessionEnd(); ok {
		errs = append(errs, m.opts.Journal.End(m.ledger.session, end))
	}
	return errors.Join(errs...)
}
