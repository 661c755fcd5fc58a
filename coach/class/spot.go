package class

import (
	"time"

	"github.com/backroll/backroll/coach"
)

// spot is a member's own tender spot: it runs on the class's hold, so a
// leader's pause holds it too, and it ends with the hold.
type spot struct {
	on    bool
	hold  int           // the class's hold it is in, by number (holds ended before it)
	until time.Duration // the hold's time rolled at which it ends
}

// Tender starts this member's own tender spot, by coach.Spot's rule, on
// the class's hold: the class's clock runs on, and the spot ends with the
// hold at the latest.
func (s *Seat) Tender(now time.Time) bool {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	sess := s.room.sess
	if s.out || sess == nil {
		return false
	}
	st := sess.State(s.room.clock(now))
	if st.Phase == coach.PhaseHold && s.you.NoTender {
		s.why, s.whyAt = coach.WhyNoTenderHere, now
		return false
	}
	if out, _ := s.SitsOut(st.Step.Exercise); st.Phase != coach.PhaseHold || st.Paused || s.spot.on || out {
		return false
	}
	d, why, ok := coach.Spot(st.Step, st.Left)
	if !ok {
		return false
	}
	s.why, s.whyAt = why, now
	n := len(sess.Summary().Holds)
	s.spot = spot{on: true, hold: n, until: rolled(st) + d}
	s.hits[n]++
	return true
}

// LeaveTender ends this member's tender spot early.
func (s *Seat) LeaveTender(now time.Time) bool {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	if !s.spot.on || s.room.sess == nil || s.room.sess.State(s.room.clock(now)).Paused {
		return false
	}
	s.spot.on = false
	return true
}
