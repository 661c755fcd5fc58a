package ui

import (
	"time"

	"github.com/backroll/backroll/coach"
)

// A summary followed by ear ends by itself: whoever hears the end and the
// question from the floor need not find a key to leave. The wait is plain
// mode's for its question after a session, and shorter once answered,
// long enough to type 10 and hear it said back.
const (
	summaryWait  = 30 * time.Second
	answeredWait = 5 * time.Second
)

// endsAt is when the summary leaves by itself: only with the voice on,
// after a session that ran to its end with no sign to stop, and only
// while no key but a rating was pressed there (a person at the screen
// reads it at their own pace).
func (m *session) endsAt() (time.Time, bool) {
	sum := m.s.Summary()
	if !m.voiced || m.stayed || m.left || !sum.Finished || sum.RedFlag {
		return time.Time{}, false
	}
	if m.feelAfter != nil {
		return m.feelAfterAt.Add(answeredWait), true
	}
	return sum.End.Add(summaryWait), true
}

// endsNow reports whether the summary's time to end by itself has come.
func (m *session) endsNow(now time.Time) bool {
	if m.s.State(now).Phase != coach.PhaseDone {
		return false
	}
	at, ok := m.endsAt()
	return ok && !now.Before(at)
}

// waitFirst holds a first session's first get-ready until enter: its
// steps are new, and a count would run out before they are read.
func (m *session) waitFirst(now time.Time) {
	if st := m.s.State(now); st.Phase == coach.PhaseReady && st.Index == 0 && !st.Paused {
		m.s.TogglePause(now)
	}
}
