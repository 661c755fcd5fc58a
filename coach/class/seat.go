package class

import (
	"slices"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// WhyLeader answers a follower's key that would move the class.
const WhyLeader = "the leader moves the class"

// How long a seat's own reasons stay on screen: why k did less, as long
// as a session says it (to be read from the floor); why a key did
// nothing, a moment.
const (
	whyFor  = 10 * time.Second
	noteFor = 3 * time.Second
)

// You is what a member brings to a class: their screening answers and
// what the rules make of them.
type You struct {
	Conditions, Avoid []string
	NoTender          bool // no tender-spot holds (coach/rules: on blood thinners)
}

// Seat is one member's place in a class, with the methods of a
// coach.Session, so that a member's screen runs it as it runs a session
// of their own. The clock is the class's: a leader's pause, next, back, +
// and start-now move it for everyone, a follower's are refused with
// WhyLeader on their class line. What is theirs stays theirs: a tender
// spot (k), stopping (p), quitting, what their answers change (an area
// left out, or rolled another way), and the holds they rolled: not the
// areas they sat out, not what began before they joined.
type Seat struct {
	room   *Room
	id     string
	you    You
	plan   coach.Plan // what this member starts, should they lead
	joined time.Time

	at      time.Time // the latest time this seat read: NextDeadline's now
	seen    int       // the class's holds looked at so far
	done    []coach.HoldEvent
	pending []coach.HoldEvent
	spot    spot
	hits    map[int]int // tender spots, by the number of the class's hold they were in
	why     string      // why k did less than asked, for the State
	whyAt   time.Time
	note    string // why a key did nothing, for the class line
	noteAt  time.Time
	out     bool      // quit or stopped: the class goes on without them
	end     time.Time // when they went out
	redFlag bool
	satOut  int // the class's holds this member sat out
}

// Seat gives id, who joined the room at joined, their seat; p is the plan
// they start if they lead.
func (r *Room) Seat(id string, you You, p coach.Plan, joined time.Time) *Seat {
	return &Seat{room: r, id: id, you: you, plan: p, joined: joined, hits: map[int]int{}}
}

// Line is what a member's class line says, and why their last key did
// nothing, for a few seconds after it.
type Line struct {
	View
	Why string
}

// Line is the class as this member sees it at now.
func (s *Seat) Line(now time.Time) Line {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	line := Line{View: s.room.view(s.id, now)}
	if s.note != "" && now.Sub(s.noteAt) < noteFor {
		line.Why = s.note
	}
	return line
}

// Changed is closed at the next change of the class.
func (s *Seat) Changed() <-chan struct{} { return s.room.Changed() }

// Start starts the class with this member's plan, if they lead it.
func (s *Seat) Start(now time.Time) error {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	err := s.room.start(s.id, s.plan, now)
	if err == ErrNotLeader {
		s.note, s.noteAt = "the leader starts the class", now
	}
	return err
}

// Plan is the class's plan as this member rolls it (their own before the
// class starts): tender spots as their answers allow.
func (s *Seat) Plan() coach.Plan {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	if s.room.sess == nil {
		return s.plan
	}
	p := s.room.sess.Plan()
	p.NoTender = s.you.NoTender
	p.Changes = slices.Clone(p.Changes) // the class's are everyone's
	steps := make([]coach.Step, len(p.Steps))
	for i, st := range p.Steps {
		sc := coach.Screen(st.Exercise, s.you.Conditions, s.you.Avoid)
		if sc.Why != "" && !slices.Contains(p.Changes, sc.Why) {
			p.Changes = append(p.Changes, sc.Why) // said before the first area, as alone
		}
		steps[i] = s.asRolled(st)
	}
	p.Steps = steps
	return p
}

// asRolled is step as this member rolls it: another way where their
// answers say so (the mid-back against a wall, when pregnant).
func (s *Seat) asRolled(step coach.Step) coach.Step {
	if sc := coach.Screen(step.Exercise, s.you.Conditions, s.you.Avoid); !sc.LeftOut {
		step.Exercise = sc.Rolled
	}
	return step
}

// SitsOut reports whether this member's answers leave ex out: the class
// rolls it, and they rest.
func (s *Seat) SitsOut(ex content.Exercise) (bool, string) {
	sc := coach.Screen(ex, s.you.Conditions, s.you.Avoid)
	return sc.LeftOut, sc.Why
}

// advance moves the class's clock to now and takes the holds that ended
// as this member's. Called with the room's lock held.
func (s *Seat) advance(now time.Time) {
	s.at = now
	sess := s.room.sess
	if sess == nil {
		return
	}
	sess.Advance(s.room.clock(now))
	s.collect()
	holds := sess.Summary().Holds
	if s.spot.on {
		st := sess.State(s.room.clock(now))
		s.spot.on = st.Phase == coach.PhaseHold && s.spot.hold == len(holds) && rolled(st) < s.spot.until
	}
}

// collect takes the class's holds that ended since the last look as
// this member's, while they roll. Called with the room's lock held.
func (s *Seat) collect() {
	if s.room.sess == nil {
		return
	}
	holds := s.room.sess.Summary().Holds
	for i := s.seen; i < len(holds) && !s.out; i++ {
		s.keep(holds[i], i)
	}
	s.seen = len(holds)
}

// keep takes hold number i of the class as this member's, if it is: it
// began after they joined, and their answers do not leave its area out.
func (s *Seat) keep(h coach.HoldEvent, i int) {
	ex, _ := content.ExerciseByID(h.Exercise)
	if h.Start.Before(s.joined) {
		return
	}
	sc := coach.Screen(ex, s.you.Conditions, s.you.Avoid)
	if sc.LeftOut {
		s.satOut++
		return
	}
	h.Exercise = sc.Rolled.ID // as they rolled it, as their history keeps it alone
	h.Tender = s.hits[i]
	h.Start = h.Start.In(s.at.Location()) // in this member's zone, as they read the clock
	s.done = append(s.done, h)
	s.pending = append(s.pending, h)
}

// rolled is the time rolled in a hold so far, pauses excluded, added
// time or not.
func rolled(st coach.State) time.Duration { return st.Length - st.Left }

// said is why this member's k did less than asked, while it is fresh.
func (s *Seat) said(now time.Time) string {
	if s.why != "" && now.Sub(s.whyAt) < whyFor {
		return s.why
	}
	return ""
}

// Advance moves the class's clock to now.
func (s *Seat) Advance(now time.Time) {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
}

// State is the class's session as this member sees it: their own tender
// spot and reason, and done once they are out.
func (s *Seat) State(now time.Time) coach.State {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	sess := s.room.sess
	if s.out || sess == nil {
		return coach.State{Phase: coach.PhaseDone, Steps: len(s.plan.Steps), Reps: s.plan.Reps}
	}
	st := sess.State(s.room.clock(now))
	st.Step = s.asRolled(st.Step)
	st.Tender, st.TenderLeft = s.spot.on, 0
	if s.spot.on {
		st.TenderLeft = s.spot.until - rolled(st)
	}
	if why := s.said(now); why != "" {
		st.Why = why
	}
	return st
}

// NextDeadline is when the class next changes by itself, or this
// member's tender spot ends, whichever is first.
func (s *Seat) NextDeadline() (time.Time, bool) {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	sess := s.room.sess
	if s.out || sess == nil {
		return time.Time{}, false
	}
	due, ok := sess.NextDeadline()
	if st := sess.State(s.room.clock(s.at)); ok && s.spot.on && !st.Paused {
		if end := s.at.Add(s.spot.until - rolled(st)); end.Before(due) {
			due = end
		}
	}
	return due, ok
}

// move applies a leader's key; a follower's moves nothing and says why.
func (s *Seat) move(key rune, now time.Time) bool {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	if s.out {
		return false
	}
	err := s.room.move(s.id, key, now)
	if err == ErrNotLeader {
		s.note, s.noteAt = WhyLeader, now
	}
	return err == nil
}

// TogglePause pauses or resumes the class, for its leader.
func (s *Seat) TogglePause(now time.Time) { s.move(' ', now) }

// StartNow cuts the class's get-ready short, for its leader.
func (s *Seat) StartNow(now time.Time) { s.move('\r', now) }

// Next moves the class on a step, for its leader.
func (s *Seat) Next(now time.Time) { s.move('n', now) }

// Back takes the class back a step, for its leader.
func (s *Seat) Back(now time.Time) { s.move('b', now) }

// AddTime gives the class's hold more time, for its leader.
func (s *Seat) AddTime(now time.Time) bool { return s.move('+', now) }

// Quit takes this member out of the class's rolling: a hold of theirs in
// progress is kept as cut short, and the class goes on for the others. A
// leader hands the lead on.
func (s *Seat) Quit(now time.Time) {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	if s.out {
		return
	}
	if sess := s.room.sess; sess != nil {
		if st := sess.State(s.room.clock(now)); st.Phase == coach.PhaseHold {
			h := coach.HoldEvent{Exercise: st.Step.Exercise.ID, Side: st.Step.Side, Start: now.Add(-rolled(st)),
				Planned: st.Length, Rolled: rolled(st)}
			s.keep(h, len(sess.Summary().Holds))
		}
	}
	s.out, s.end, s.spot.on = true, now, false
	s.room.mark(s.id, s.redFlag, true)
}

// SetRedFlag says whether this member stopped with a sign to stop: the
// leader's class line counts them, never by name.
func (s *Seat) SetRedFlag(on bool) {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.redFlag = on
	if s.out {
		s.room.mark(s.id, on, true)
	}
}

// TakeEvents returns this member's holds that ended since the last call.
func (s *Seat) TakeEvents() []coach.HoldEvent {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.collect()
	ev := s.pending
	s.pending = nil
	return ev
}

// Summary is what this member rolled: from when they joined, or the
// class started if later, to when they went out or the class ended.
func (s *Seat) Summary() coach.Summary {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.collect()
	loc := s.joined.Location()
	sum := coach.Summary{Start: s.joined, Holds: s.done, RedFlag: s.redFlag, Routine: s.plan.Routine}
	if sess := s.room.sess; sess != nil {
		class := sess.Summary()
		sum.Routine = class.Routine
		if class.Start.After(sum.Start) {
			sum.Start = class.Start.In(loc)
		}
		if !s.out && sess.State(s.room.clock(s.at)).Phase == coach.PhaseDone {
			sum.End, sum.Finished = class.End.In(loc), true
		}
	}
	if s.out {
		sum.End = s.end
	}
	for _, h := range s.done {
		sum.Rolled += h.Rolled
	}
	return sum
}

// Leads reports whether this member leads the class now.
func (s *Seat) Leads() bool {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	return s.room.leader == s.id
}

// SatOut is how many of the class's holds this member sat out, their
// answers leaving out the area.
func (s *Seat) SatOut() int {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.collect()
	return s.satOut
}

// NoteEnds is when the reason on the class line goes, if one shows.
func (s *Seat) NoteEnds() (time.Time, bool) {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	end := s.noteAt.Add(noteFor)
	return end, s.note != "" && end.After(s.at)
}
