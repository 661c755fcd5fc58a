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

// Tender-spot rules: stay on a spot for half a minute. The spot runs
// inside the area's time, which goes on counting: a spot is part of
// rolling the area, and the area's budget (Budget) holds however many
// spots are marked.
const (
	TenderHold = 30 * time.Second
	// AddStep is what + adds to a hold, as far as the area's budget allows.
	AddStep = 15 * time.Second
	// whyFor is how long the reason a + or a k got less than asked stays
	// in the State: long enough to read from the floor.
	whyFor = 10 * time.Second
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
	tenderHits int // spots marked in the current hold

	spent   Budget        // each area's time in holds that ended
	moveOn  *Step         // the area whose budget the last hold spent, until the next hold
	why     string        // why the last +, k or b got less than asked...
	whyAt   time.Time     // ...and when
	added   time.Duration // time added with + across the session
	done    []HoldEvent
	pending []HoldEvent
	end     time.Time
	redFlag bool
}

// New starts a session at now, at the first step's get-ready.
func New(p Plan, now time.Time) *Session {
	s := &Session{plan: p, start: now, spent: Budget{}}
	s.enterStep(0, now)
	return s
}

// Plan returns the plan the session runs.
func (s *Session) Plan() Plan { return s.plan }

// enterStep moves to step i's get-ready (or switch-sides), the finisher, or
// done. A step whose area has no time left is passed over: its budget was
// spent earlier in the session, before a b came back past it.
func (s *Session) enterStep(i int, now time.Time) {
	for i < len(s.plan.Steps) && s.spent.Left(s.plan.Steps[i].Area()) == 0 {
		i++
	}
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
	if ph == PhaseHold || ph == PhaseFinisher {
		// Said from the end of the last hold until something starts.
		s.moveOn, s.why = nil, ""
	}
	if ph == PhaseHold {
		s.holdStart = now
		s.tenderHits = 0
	}
}

// startHold starts the current step's hold: as long as planned, or what
// its area has left, whichever is less.
func (s *Session) startHold(now time.Time) {
	st := s.plan.Steps[s.step]
	s.enter(PhaseHold, now, min(st.Hold, s.spent.Left(st.Area())))
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
	s.tenderOn, s.why = false, "" // the hold's reasons end with it
	st := s.plan.Steps[s.step]
	ev := HoldEvent{
		Exercise: st.Exercise.ID,
		Side:     st.Side,
		Start:    s.holdStart,
		Planned:  s.timer.length,
		// The hold's clocks run together, so the time rolled is never
		// more than its length; min keeps the budget's promise even so.
		Rolled:    min(s.active.elapsed(now), s.timer.length),
		Completed: completed,
		Tender:    s.tenderHits,
	}
	s.spent.spend(st.Area(), ev.Rolled)
	if s.spent.Left(st.Area()) == 0 {
		s.moveOn = &s.plan.Steps[s.step]
	}
	s.done = append(s.done, ev)
	s.pending = append(s.pending, ev)
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
		// Never later than the area's: the spot was cut to fit.
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
		s.tenderOn = false
	case s.phase == PhaseReady || s.phase == PhaseSwitch:
		s.startHold(at)
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
		clocks = append(clocks, &s.tender.sw)
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
		s.startHold(now)
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
// restarts that step. An area whose time is spent is passed over: back
// goes to the nearest step before with time left, else restarts this one,
// and the State's Why says which area had its two minutes.
func (s *Session) Back(now time.Time) {
	s.Advance(now)
	if s.phase == PhaseDone {
		return
	}
	s.endHold(now, false)
	to := min(s.step, len(s.plan.Steps)) - 1
	for ; to >= 0 && s.spent.Left(s.plan.Steps[to].Area()) == 0; to-- {
		if to == s.step-1 {
			s.said(whySpent(s.plan.Steps[to]), now)
		}
	}
	if to < 0 {
		to = min(s.step, len(s.plan.Steps)-1)
		if s.phase == PhaseFinisherReady || s.phase == PhaseFinisher {
			to = len(s.plan.Steps) // nothing to go back to: cat-cow again
		}
	}
	s.enterStep(max(to, 0), now)
}

// said keeps why a key got less than asked, for the State to show.
func (s *Session) said(why string, now time.Time) { s.why, s.whyAt = why, now }

// AddTime lengthens the current hold by AddStep, or by what its area's
// budget has left, and says whether it could. The State's Why says why it
// added less, or nothing.
func (s *Session) AddTime(now time.Time) bool {
	s.Advance(now)
	if s.phase != PhaseHold {
		return false
	}
	st := s.plan.Steps[s.step]
	add := min(AddStep, s.room())
	s.why = "" // a reason is this press's, not an earlier one's
	switch {
	case s.tenderOn && s.plan.NoTenderAdd != "":
		s.said("No more time on a tender spot. "+s.plan.NoTenderAdd, now)
		return false
	case add <= 0:
		s.said(whyNoAdd(st), now)
		return false
	case add < AddStep:
		s.said(whyShortAdd(st, add), now)
	}
	s.timer.length += add
	s.added += add
	return true
}

// room is what the current hold may still grow by: its area's budget less
// the hold's length, and nothing while a tender spot runs on a plan that
// adds no time there.
func (s *Session) room() time.Duration {
	if s.tenderOn && s.plan.NoTenderAdd != "" {
		return 0
	}
	return max(s.spent.Left(s.plan.Steps[s.step].Area())-s.timer.length, 0)
}

// Tender starts a stay-and-breathe countdown on a tender spot. The spot
// runs inside the area's time, which goes on counting: it lasts
// TenderHold, or what is left of the area's hold if that is less, and the
// State's Why says so then.
func (s *Session) Tender(now time.Time) bool {
	s.Advance(now)
	if s.phase == PhaseHold && s.plan.NoTender {
		// Pressed all the same: say why nothing happens rather than nothing.
		s.said(WhyNoTenderHere, now)
		return false
	}
	if s.phase != PhaseHold || s.paused || s.tenderOn {
		return false
	}
	d, why, ok := Spot(s.plan.Steps[s.step], s.timer.remaining(now))
	if !ok {
		return false
	}
	s.why = ""
	if why != "" {
		s.said(why, now)
	}
	s.tender = newCountdown(now, d)
	s.tenderOn = true
	s.tenderHits++
	return true
}

// LeaveTender ends a tender spot's countdown early, when the spot eases or
// was marked by mistake; the area's clock, which never stopped, goes on.
func (s *Session) LeaveTender(now time.Time) bool {
	s.Advance(now)
	if s.phase != PhaseHold || s.paused || !s.tenderOn {
		return false
	}
	s.tenderOn = false
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
