// Package coach runs a foam-rolling session: a plan of steps and a state
// machine (get ready, hold, switch sides, finisher, done) driven by an
// injected clock. Every method takes the current time; nothing here reads
// the clock, sleeps or knows about the terminal.
package coach

import "time"

// Phase is what the session is doing now.
type Phase int

const (
	PhaseReady         Phase = iota // getting into position before a step
	PhaseSwitch                     // changing sides between the two halves of a sided exercise
	PhaseHold                       // rolling
	PhaseFinisherReady              // off the roller and onto hands and knees for cat-cow
	PhaseFinisher                   // cat-cow
	PhaseDone                       // finished or quit
)

func (p Phase) String() string {
	return [...]string{"ready", "switch", "hold", "finisher-ready", "finisher", "done"}[p]
}

// Tender-spot rules: stay on a spot for half a minute, but spend no more
// than two minutes on spots in one area before moving on.
const (
	TenderHold  = 30 * time.Second
	TenderLimit = 2 * time.Minute
	// AddStep is what + adds to a hold.
	AddStep = 15 * time.Second
	// lateness beyond which a phase that ended long ago (the machine slept,
	// the process was stopped) lets the next one start now, not back then.
	lateness = time.Second
)

// Session is one run through a plan.
type Session struct {
	plan   Plan
	start  time.Time
	phase  Phase
	step   int
	paused bool
	quit   bool

	active    stopwatch // time in this phase, pauses excluded; paces the breath
	timer     countdown // the phase's countdown (the area's time in a hold)
	holdStart time.Time

	tender     countdown
	tenderOn   bool
	tenderUsed []time.Duration // per step
	tenderHits int             // spots marked in the current hold

	added   time.Duration // time added with + across the session
	done    []HoldEvent
	pending []HoldEvent
	end     time.Time
	redFlag bool
}

// New starts a session at now, at the first step's get-ready.
func New(p Plan, now time.Time) *Session {
	s := &Session{plan: p, start: now, tenderUsed: make([]time.Duration, len(p.Steps))}
	s.enterStep(0, now)
	return s
}

// Plan returns the plan the session runs.
func (s *Session) Plan() Plan { return s.plan }

// enterStep moves to step i's get-ready (or switch-sides), the finisher, or done.
func (s *Session) enterStep(i int, now time.Time) {
	s.step = i
	s.tenderOn = false
	if i >= len(s.plan.Steps) {
		if s.plan.Finisher {
			s.enter(PhaseFinisherReady, now, s.plan.Ready)
		} else {
			s.finish(now)
		}
		return
	}
	ph := PhaseReady
	if i > 0 && s.plan.Steps[i-1].Exercise.ID == s.plan.Steps[i].Exercise.ID && s.plan.Steps[i-1].Side != s.plan.Steps[i].Side {
		ph = PhaseSwitch
	}
	s.enter(ph, now, s.plan.Ready)
}

func (s *Session) enter(ph Phase, now time.Time, d time.Duration) {
	s.phase = ph
	s.active = stopwatch{}
	s.timer = newCountdown(now, d)
	if s.paused {
		s.timer.sw.stop(now)
	} else {
		s.active.resume(now)
	}
	if ph == PhaseHold {
		s.holdStart = now
		s.tenderHits = 0
	}
}

func (s *Session) finish(now time.Time) {
	s.phase = PhaseDone
	s.paused = false
	s.end = now
}

// endHold reports the current hold and stops its clocks.
func (s *Session) endHold(now time.Time, completed bool) {
	if s.phase != PhaseHold {
		return
	}
	s.stopTender(now)
	st := s.plan.Steps[s.step]
	ev := HoldEvent{
		Exercise:  st.Exercise.ID,
		Side:      st.Side,
		Start:     s.holdStart,
		Planned:   s.timer.length,
		Rolled:    s.active.elapsed(now),
		Completed: completed,
		Tender:    s.tenderHits,
	}
	s.done = append(s.done, ev)
	s.pending = append(s.pending, ev)
}

func (s *Session) stopTender(now time.Time) {
	if !s.tenderOn {
		return
	}
	s.tenderUsed[s.step] += s.tender.sw.elapsed(now)
	s.tenderOn = false
}

// Advance applies every deadline that has passed by now. Call it on every
// tick and before reading State.
func (s *Session) Advance(now time.Time) {
	for {
		due, ok := s.due()
		if !ok || now.Before(due) {
			return
		}
		at := due
		if since(due, now) > lateness {
			at = now
		}
		s.expire(due, at)
	}
}

// due is the next moment the session changes by itself.
func (s *Session) due() (time.Time, bool) {
	if s.phase == PhaseDone || s.paused {
		return time.Time{}, false
	}
	if s.tenderOn {
		return s.tender.deadline()
	}
	return s.timer.deadline()
}

// NextDeadline tells the UI when to wake up for the next change.
func (s *Session) NextDeadline() (time.Time, bool) { return s.due() }

// expire ends what was due at due; what follows starts at at, which is
// later than due only when the session was not woken for a long while.
func (s *Session) expire(due, at time.Time) {
	switch {
	case s.tenderOn:
		s.stopTender(due)
		s.timer.sw.resume(at)
	case s.phase == PhaseReady || s.phase == PhaseSwitch:
		s.enter(PhaseHold, at, s.plan.Steps[s.step].Hold)
	case s.phase == PhaseHold:
		s.endHold(due, true)
		s.enterStep(s.step+1, at)
	case s.phase == PhaseFinisherReady:
		s.enter(PhaseFinisher, at, s.plan.FinisherLength())
	case s.phase == PhaseFinisher:
		s.finish(due)
	}
}

// TogglePause pauses or resumes every clock of the session exactly.
func (s *Session) TogglePause(now time.Time) {
	if s.phase == PhaseDone {
		return
	}
	s.Advance(now)
	if s.phase == PhaseDone {
		return
	}
	s.paused = !s.paused
	clocks := []*stopwatch{&s.active, &s.timer.sw}
	if s.tenderOn {
		clocks[1] = &s.tender.sw
	}
	for _, c := range clocks {
		if s.paused {
			c.stop(now)
		} else {
			c.resume(now)
		}
	}
}

// StartNow cuts a get-ready or switch-sides countdown short, cat-cow's
// included.
func (s *Session) StartNow(now time.Time) {
	s.Advance(now)
	switch s.phase {
	case PhaseReady, PhaseSwitch:
		s.enter(PhaseHold, now, s.plan.Steps[s.step].Hold)
	case PhaseFinisherReady:
		s.enter(PhaseFinisher, now, s.plan.FinisherLength())
	}
}

// Next ends the current hold early (reported as not completed) or skips a
// step that has not started, and moves on.
func (s *Session) Next(now time.Time) {
	s.Advance(now)
	switch s.phase {
	case PhaseHold:
		s.endHold(now, false)
		s.enterStep(s.step+1, now)
	case PhaseReady, PhaseSwitch:
		s.enterStep(s.step+1, now)
	case PhaseFinisherReady, PhaseFinisher:
		s.finish(now)
	}
}

// Back returns to the previous step's get-ready; from the first step it
// restarts that step.
func (s *Session) Back(now time.Time) {
	s.Advance(now)
	switch s.phase {
	case PhaseHold:
		s.endHold(now, false)
		s.enterStep(max(s.step-1, 0), now)
	case PhaseReady, PhaseSwitch, PhaseFinisherReady, PhaseFinisher:
		s.enterStep(max(s.step-1, 0), now)
	}
}

// AddTime lengthens the current hold by AddStep, up to MaxHold, and says
// whether it could.
func (s *Session) AddTime(now time.Time) bool {
	s.Advance(now)
	if s.phase != PhaseHold || s.timer.length >= MaxHold {
		return false
	}
	add := min(AddStep, MaxHold-s.timer.length)
	s.timer.length += add
	s.added += add
	return true
}

// Tender starts a stay-and-breathe countdown on a tender spot. The area's
// own time waits meanwhile, so the rest of the area still gets rolled. It
// refuses once the area's spots have had TenderLimit.
func (s *Session) Tender(now time.Time) bool {
	s.Advance(now)
	if s.phase != PhaseHold || s.paused || s.tenderOn || s.plan.NoTender {
		return false
	}
	left := TenderLimit - s.tenderUsed[s.step]
	if left <= 0 {
		return false
	}
	s.timer.sw.stop(now)
	s.tender = newCountdown(now, min(TenderHold, left))
	s.tenderOn = true
	s.tenderHits++
	return true
}

// LeaveTender ends a tender spot's countdown early, when the spot eases or
// was marked by mistake; the area's own clock goes on.
func (s *Session) LeaveTender(now time.Time) bool {
	s.Advance(now)
	if s.phase != PhaseHold || s.paused || !s.tenderOn {
		return false
	}
	s.stopTender(now)
	s.timer.sw.resume(now)
	return true
}

// Quit ends the session early. A hold in progress is reported as cut short;
// everything done so far still counts.
func (s *Session) Quit(now time.Time) {
	s.Advance(now)
	if s.phase == PhaseDone {
		return
	}
	s.endHold(now, false)
	s.quit = true
	s.finish(now)
}

// SetRedFlag records whether the person felt sharp pain or tingling, a
// sign to stop rolling; their Summary carries it.
func (s *Session) SetRedFlag(on bool) { s.redFlag = on }

// TakeEvents returns the holds that ended since the last call.
func (s *Session) TakeEvents() []HoldEvent {
	ev := s.pending
	s.pending = nil
	return ev
}
