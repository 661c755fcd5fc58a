// The root model (app.go) follows the intents its screens return here:
// where each leads, and what it saves on the way.

package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/content"
)

// follow goes where a screen asked to.
func (m *Model) follow(want intent) tea.Cmd {
	switch want := want.(type) {
	case goTo:
		return m.show(want.to)
	case startIt:
		return m.begin(want.routine)
	case quitApp:
		return m.quit()
	case endSession:
		return m.endSession(want.quit)
	case onboarded:
		m.opts.Profile = want.prof
		m.rulesChanged()
		save := m.saveProfile()
		if m.opts.Setup {
			return tea.Batch(save, m.quit())
		}
		if m.opts.Class != nil {
			return tea.Batch(save, m.seated())
		}
		return tea.Batch(save, m.show(homeScreen))
	case settingsSaved:
		m.applySettings(want.settings)
		save, s := m.opts.SaveSettings, want.settings
		if save == nil {
			return nil
		}
		run := m.ledger.pending(func() error { return save(s) })
		return func() tea.Msg { return settingsSavedMsg{run()} }
	case acceptStep:
		// Offered, never imposed: only a key on the summary takes a step,
		// and backroll setup takes it back.
		m.opts.Profile = want.step.Apply(m.opts.Profile, m.now)
		m.ledger.advice.Next = nil
		m.rulesChanged()
		return m.saveProfile()
	case startAnyway:
		return m.proceed(want.routine)
	case classStarted:
		return m.classBegun()
	case rated:
		if m.opts.Cues == nil {
			return nil
		}
		return m.opts.Cues.Answered(want.n).Cmd()
	case safetyRead:
		m.opts.Profile.SafetySeen = true
		m.screens[redFlagsScreen] = nil // from now on, read from home only
		start := m.start(want.routine)
		if m.session != nil {
			// A first session: its first get-ready waits for enter, with
			// time to read every step.
			m.session.waitFirst(m.now)
		}
		return tea.Batch(m.saveProfile(), start)
	}
	return nil
}

// show makes id the active screen, its full help closed.
func (m *Model) show(id screenID) tea.Cmd {
	m.active = id
	m.help.ShowAll = false
	var load tea.Cmd
	if id == homeScreen && m.ledger.known && m.opts.Journal != nil {
		// Home's figures again: another backroll, a merge or a sync may
		// have added to the history meanwhile.
		load = m.loadToday()
	}
	if o, ok := m.built(id).(opener); ok {
		return tea.Batch(load, o.open())
	}
	return load
}

// begin starts routine r. In the two weeks after a sign to stop it asks
// first (rules.LastStop), once today's figures and the history's advice
// are in.
func (m *Model) begin(r content.Routine) tea.Cmd {
	if !m.ledger.ready() {
		m.waiting = &r
		return nil
	}
	if st := m.ledger.stop(m.now); st != nil {
		m.screens[stoppedScreen] = newStopped(r, *st, m.opts.Routine != "")
		return m.show(stoppedScreen)
	}
	return m.proceed(r)
}

// resume starts the routine that waited for today's figures and the
// advice, once both are in.
func (m *Model) resume() tea.Cmd {
	r := m.waiting
	if r == nil || !m.ledger.ready() {
		return nil
	}
	m.waiting = nil
	return m.begin(*r)
}

// proceed starts routine r, showing the red flags first to someone who
// has never seen them.
func (m *Model) proceed(r content.Routine) tea.Cmd {
	if m.opts.Profile.SafetySeen {
		return m.start(r)
	}
	m.screens[redFlagsScreen] = newRedFlags(&r, m.opts.Routine != "")
	return m.show(redFlagsScreen)
}

func (m *Model) start(r content.Routine) tea.Cmd {
	p, err := m.planToRun(r)
	if err != nil {
		m.err = err
		return tea.Quit
	}
	now := m.now
	m.session = newSession(p, now, !m.opts.NoAnimation, m.opts.Routine != "")
	m.ledger.start(p.Routine, now)
	m.session.prof = m.opts.Profile
	m.session.notes = plan.HoldNotes(p, m.opts.Profile)
	if m.opts.Cues != nil {
		// A voice that cannot speak is said before the first get-ready,
		// with what sounds instead, not found out in the hold.
		if note := m.opts.Cues.Fallback(); note != "" {
			m.session.opening = append(m.session.opening, note)
		}
		m.session.voiced = m.opts.Cues.Voiced()
	}
	m.screens[sessionScreen] = m.session
	m.show(sessionScreen)
	return nil
}

// planToRun is r as the plan to run: the command line's, planned once in
// New, or made now for a routine picked here.
func (m *Model) planToRun(r content.Routine) (coach.Plan, error) {
	if p := m.first; p != nil && p.Routine == r.ID {
		m.first = nil // run once
		return *p, nil
	}
	return m.book.build(r)
}

// endSession leaves the session for home, or ends the program when the
// session was started from the command line.
func (m *Model) endSession(quit bool) tea.Cmd {
	if m.session != nil {
		m.session.left = true
	}
	if quit || !m.session.s.Summary().Finished {
		m.outcome = OutcomeQuit
	}
	if m.session != nil && m.session.s.Summary().RedFlag {
		m.ledger.flag(m.now)
	}
	cmd := tea.Batch(m.record(), m.recordEnd())
	if m.opts.Routine != "" || m.opts.Class != nil {
		return tea.Batch(cmd, m.quit())
	}
	// Back home, a session quit early is behind us: leaving from home is
	// an ordinary exit, whatever came before.
	if m.outcome == OutcomeQuit {
		m.outcome = OutcomeNone
	}
	return tea.Batch(cmd, m.show(homeScreen))
}

// saveProfile writes the answers in a command, counted like a journal
// write so the program never quits halfway through one.
func (m *Model) saveProfile() tea.Cmd {
	save, p := m.opts.SaveProfile, m.opts.Profile
	if save == nil {
		return nil
	}
	run := m.ledger.pending(func() error { return save(p) })
	return func() tea.Msg { return profileSavedMsg{run()} }
}

// profileSavedMsg reports that the answers were written, or why not.
type profileSavedMsg struct{ err error }

// settingsSavedMsg reports that the settings were written, or why not.
type settingsSavedMsg struct{ err error }

// applySettings puts saved settings into effect at once where they can
// be: the plan's times and breath, motion and colours. Cues and the
// streak's rules take effect at the next start.
func (m *Model) applySettings(s saved.Settings) {
	m.opts.Settings = s
	m.opts.Plan.Hold, m.opts.Plan.Ready, m.opts.Plan.Breath = s.Hold, s.Ready, s.Breath
	m.opts.NoAnimation = s.ReducedMotion
	m.opts.Theme = s.Theme
	m.setTheme()
	m.rulesChanged()
}

// rulesChanged follows a change of the answers or the settings: what each
// routine is for this person is worked out anew, once, and choose areas
// is built anew when shown, with its holds.
func (m *Model) rulesChanged() {
	m.book = newBook(m.opts.Plan, m.opts.Profile)
	m.screens[chooseScreen] = nil
}
