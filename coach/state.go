package coach

import "time"

// State is a snapshot of the session for display.
type State struct {
	Phase  Phase
	Paused bool
	Step   Step // the current step (zero in the finisher and when done)
	Index  int  // of the current step, from 0
	Steps  int
	Next   *Step // the step after this one, nil when the finisher or the end follows

	Left   time.Duration // on the phase's countdown (the area's time in a hold)
	Length time.Duration // of that countdown, with time added

	Tender     bool
	TenderLeft time.Duration
	Room       time.Duration // what + may still add to this hold, within its area's budget
	// MoveOn is the area whose two minutes the last hold used up, from
	// the end of that hold until the next starts: the time to move on.
	// It is never set while the area has time left.
	MoveOn *Step
	// Why says why the last +, k or b got less than asked, for a few
	// seconds after it: the area's budget had no more room.
	Why string

	Breath BreathState
	Rep    int // finisher repetition, from 1
	Reps   int

	SessionLeft   time.Duration
	SessionLength time.Duration
}

// State describes the session at now. Call Advance first.
func (s *Session) State(now time.Time) State {
	st := State{
		Phase:  s.phase,
		Paused: s.paused,
		Index:  s.step,
		Steps:  len(s.plan.Steps),
		Left:   s.timer.remaining(now),
		Length: s.timer.length,
		Reps:   s.plan.Reps,
	}
	if s.phase == PhaseDone {
		st.Left = 0
	}
	if s.step < len(s.plan.Steps) {
		st.Step = s.plan.Steps[s.step]
		if s.step+1 < len(s.plan.Steps) {
			st.Next = &s.plan.Steps[s.step+1]
		}
	}
	if s.phase == PhaseHold {
		st.Room = s.room()
	}
	if s.phase != PhaseDone {
		st.MoveOn = s.moveOn
	}
	if s.why != "" && since(s.whyAt, now) < whyFor {
		st.Why = s.why
	}
	if s.tenderOn {
		st.Tender = true
		st.TenderLeft = s.tender.remaining(now)
	}
	active := s.active.elapsed(now)
	st.Breath = BreathAt(active, s.plan.Breath)
	if s.phase == PhaseFinisher {
		st.Rep = min(int(active/s.plan.Breath.Cycle())+1, s.plan.Reps)
	}
	st.SessionLength = s.plan.Total() + s.added
	st.SessionLeft = s.left(now, st.Left)
	return st
}

// left is the planned time still ahead: this phase's share, then every
// get-ready, hold and the finisher still to come.
func (s *Session) left(now time.Time, phaseLeft time.Duration) time.Duration {
	var d time.Duration
	switch s.phase {
	case PhaseDone:
		return 0
	case PhaseFinisherReady:
		return phaseLeft + s.plan.FinisherLength()
	case PhaseFinisher:
		return phaseLeft
	case PhaseHold:
		d = phaseLeft
	default:
		d = phaseLeft + s.holdOf(s.plan.Steps[s.step])
	}
	for _, st := range s.plan.Steps[s.step+1:] {
		if h := s.holdOf(st); h > 0 {
			d += s.plan.Ready + h
		}
	}
	if s.plan.Finisher {
		d += s.plan.Ready + s.plan.FinisherLength()
	}
	return d
}

// holdOf is how long step's hold will be: as planned, or what its area
// has left. An area with nothing left is passed over.
func (s *Session) holdOf(step Step) time.Duration {
	return min(step.Hold, s.spent.Left(step.Area()))
}

// Summary is what a session amounted to.
type Summary struct {
	Start, End time.Time
	Rolled     time.Duration
	Holds      []HoldEvent
	Finished   bool // reached the end rather than quit
	Routine    string
	RedFlag    bool // the person reported sharp pain or tingling
}

// Summary describes the session so far.
func (s *Session) Summary() Summary {
	sum := Summary{Start: s.start, End: s.end, Holds: s.done, Finished: s.phase == PhaseDone && !s.quit, Routine: s.plan.Routine, RedFlag: s.redFlag}
	for _, h := range s.done {
		sum.Rolled += h.Rolled
	}
	return sum
}
