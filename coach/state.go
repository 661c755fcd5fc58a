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
	MoveOn     bool // the area's tender spots have had their two minutes

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
		st.MoveOn = s.tenderUsed[s.step] >= TenderLimit
		if s.step+1 < len(s.plan.Steps) {
			st.Next = &s.plan.Steps[s.step+1]
		}
	}
	if s.tenderOn {
		st.Tender = true
		st.TenderLeft = s.tender.remaining(now)
		st.MoveOn = s.tenderUsed[s.step]+s.tender.sw.elapsed(now) >= TenderLimit
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
		d = phaseLeft + s.plan.Steps[s.step].Hold
	}
	for _, st := range s.plan.Steps[s.step+1:] {
		d += s.plan.Ready + st.Hold
	}
	if s.plan.Finisher {
		d += s.plan.Ready + s.plan.FinisherLength()
	}
	return d
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
