// A new key's first connection may be to a class (ssh ... class NAME):
// the member answers the first-run questions first, as a first run alone
// asks them, since the screening decides what they sit out. The class
// waits for no one meanwhile: they sit down when they finish, on the
// waiting screen or in the class where it is then.

package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// newOnboarding is the first-run questions for the options: in a class,
// a member's, asked before they sit down.
func (m *Model) newOnboarding() *onboarding {
	o := newOnboarding(m.opts)
	o.class = m.opts.Class
	return o
}

// intro is what the first question says of the questions: alone, that
// each can be skipped; in a class, too, that the class may start while
// they answer, unless they lead it, or that it has.
func (o *onboarding) intro(count string, now time.Time) string {
	switch {
	case o.class == nil:
		return count + "; skip any you like and backroll starts you gently. Run backroll setup to answer later."
	case o.class.Leads():
		return count + " before you start the class; the others wait for you. Skip any you like."
	case o.class.Line(now).Started:
		return count + " before you join. The class has started: you join it where it is once you answer. Skip any you like."
	}
	return count + " before you join. The class may start while you answer: you join it where it is then. Skip any you like."
}

// answering is the class line's word for a member still answering: the
// class may start, or has, without them.
func answering(started bool) string {
	if started {
		return "under way as you answer"
	}
	return "may start as you answer"
}

// seated sits a member who has answered (or skipped) the questions with
// their answers: on the waiting screen, or in the class where it is now,
// as one who joins late. What they sit out is theirs from now on.
func (m *Model) seated() tea.Cmd {
	seat := m.opts.Class
	if z, err := profile.Zone(m.opts.Profile.TimeZone); m.opts.AskZone && err == nil {
		// The zone just answered: the app's clock moves to it as the
		// answers are saved (ui/cli), after this; the seat and the
		// session begun now are on it already.
		m.now = m.now.In(z)
	}
	r, _ := content.RoutineByID(seat.Plan().Routine)
	seat.Sit(plan.ClassMember(r, m.opts.Profile), m.now)
	m.screens[classScreen] = nil // built again: their answers say whether the red flags are read
	wait := m.show(classScreen)
	return tea.Batch(wait, m.classBegun())
}

// skipAll is esc: the questions still to ask are skipped, and not asked
// again. Alone, the red flags then stand before the first session; in a
// class, that session is the class, under way or about to be, so a
// member who never read them goes to them instead.
func (o *onboarding) skipAll() intent {
	switch {
	case o.class != nil && o.asksSafety() && o.step != stepSafety:
		o.enter(stepSafety)
		return nil
	case o.mustRead():
		return nil
	}
	return o.done()
}

// mustRead reports whether the step is the red flags, read through
// before a class member rolls: neither s nor esc skips them there.
func (o *onboarding) mustRead() bool { return o.class != nil && o.step == stepSafety }
