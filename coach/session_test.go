package coach

import (
	"testing"
	"time"

	"github.com/backroll/backroll/content"
)

// fakeClock is the injected time: tests move it by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time                { return c.t }
func (c *fakeClock) add(d time.Duration) time.Time { c.t = c.t.Add(d); return c.t }

var t0 = time.Date(2026, 11, 25, 21, 3, 0, 0, time.FixedZone("CET", 3600))

func plan(t *testing.T, routine string, o Options) Plan {
	t.Helper()
	r, ok := content.RoutineByID(routine)
	if !ok {
		t.Fatalf("no routine %q", routine)
	}
	p, err := NewPlan(r, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func start(t *testing.T, routine string, o Options) (*Session, *fakeClock) {
	t.Helper()
	c := &fakeClock{t: t0}
	return New(plan(t, routine, o), c.now()), c
}

func at(s *Session, now time.Time) State {
	s.Advance(now)
	return s.State(now)
}

func wantPhase(t *testing.T, st State, ph Phase, step int) {
	t.Helper()
	if st.Phase != ph || (ph < PhaseFinisherReady && st.Index != step) {
		t.Fatalf("phase %v step %d, want %v step %d", st.Phase, st.Index, ph, step)
	}
}

func TestNightlyPlan(t *testing.T) {
	p := plan(t, "nightly", Options{})
	var got []string
	for _, s := range p.Steps {
		got = append(got, s.Exercise.ID+"/"+s.Side+"/"+s.Hold.String())
	}
	want := []string{"mid-back//1m0s", "glutes/left/1m0s", "glutes/right/1m0s"}
	if len(got) != len(want) {
		t.Fatalf("steps %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("steps %v, want %v", got, want)
		}
	}
	if !p.Finisher || p.Reps != 6 || p.Length() != 4*time.Minute {
		t.Fatalf("finisher %v reps %d length %v", p.Finisher, p.Reps, p.Length())
	}
}

func TestNewPlanOptions(t *testing.T) {
	r, _ := content.RoutineByID("nightly")
	tests := []struct {
		name    string
		o       Options
		wantErr bool
		hold    time.Duration
	}{
		{"defaults", Options{}, false, time.Minute},
		{"hold override", Options{Hold: 45 * time.Second}, false, 45 * time.Second},
		{"hold too short", Options{Hold: 500 * time.Millisecond}, true, 0},
		{"hold too long", Options{Hold: 3 * time.Minute}, true, 0},
		{"default hold", Options{DefaultHold: 45 * time.Second}, false, 45 * time.Second},
		{"hold beats default hold", Options{DefaultHold: 45 * time.Second, Hold: 30 * time.Second}, false, 30 * time.Second},
		{"default hold too long", Options{DefaultHold: 3 * time.Minute}, true, 0},
		{"breath ok", Options{Breath: Breath{In: 2 * time.Second, Out: 10 * time.Second}}, false, time.Minute},
		{"breath too fast", Options{Breath: Breath{In: time.Second, Out: 6 * time.Second}}, true, 0},
		{"breath too slow", Options{Breath: Breath{In: 4 * time.Second, Out: 11 * time.Second}}, true, 0},
		{"breath held", Options{Breath: Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}}, false, time.Minute},
		{"breath held too long", Options{Breath: Breath{In: 4 * time.Second, Hold: 11 * time.Second, Out: 8 * time.Second}}, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewPlan(r, tt.o)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v, wantErr %v", err, tt.wantErr)
			}
			if err == nil && p.Steps[0].Hold != tt.hold {
				t.Fatalf("hold %v, want %v", p.Steps[0].Hold, tt.hold)
			}
		})
	}
}

// An item's own hold beats the default hold: it was chosen for that area.
func TestDefaultHoldKeepsItemHolds(t *testing.T) {
	r := content.Routine{ID: "custom", Items: []content.Item{{Exercise: "mid-back", Hold: 90 * time.Second}, {Exercise: "lats", Side: "left"}}}
	p, err := NewPlan(r, Options{DefaultHold: 45 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if p.Steps[0].Hold != 90*time.Second || p.Steps[1].Hold != 45*time.Second {
		t.Fatalf("holds %v, %v", p.Steps[0].Hold, p.Steps[1].Hold)
	}
}

// The red flag a person reports goes into the summary, and can be taken back.
func TestRedFlag(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	s.Quit(c.now())
	if s.Summary().RedFlag {
		t.Fatal("red flag before any was reported")
	}
	s.SetRedFlag(true)
	if !s.Summary().RedFlag {
		t.Fatal("reported red flag missing from the summary")
	}
	s.SetRedFlag(false)
	if s.Summary().RedFlag {
		t.Fatal("red flag could not be taken back")
	}
}

// A whole nightly session, left alone, walks every phase with exact timing.
func TestNightlyWalkthrough(t *testing.T) {
	s, c := start(t, "nightly", Options{})
	steps := []struct {
		after time.Duration
		phase Phase
		step  int
	}{
		{0, PhaseReady, 0},
		{5*time.Second - 1, PhaseReady, 0},
		{1, PhaseHold, 0},
		{time.Minute - 1, PhaseHold, 0},
		{1, PhaseReady, 1},
		{5 * time.Second, PhaseHold, 1},
		{time.Minute, PhaseSwitch, 2},
		{5 * time.Second, PhaseHold, 2},
		{time.Minute, PhaseFinisherReady, 0},
		{5*time.Second - 1, PhaseFinisherReady, 0},
		{1, PhaseFinisher, 0},
		{time.Minute - 1, PhaseFinisher, 0},
		{1, PhaseDone, 0},
	}
	for i, st := range steps {
		got := at(s, c.add(st.after))
		if got.Phase != st.phase || (st.phase <= PhaseHold && got.Index != st.step) {
			t.Fatalf("row %d: phase %v step %d, want %v step %d", i, got.Phase, got.Index, st.phase, st.step)
		}
	}
	ev := s.TakeEvents()
	if len(ev) != 3 {
		t.Fatalf("%d events, want 3", len(ev))
	}
	wantSides := []string{"", "left", "right"}
	for i, e := range ev {
		if !e.Completed || e.Rolled != time.Minute || e.Planned != time.Minute || e.Side != wantSides[i] {
			t.Errorf("event %d: %+v", i, e)
		}
	}
	if ev[0].Start != t0.Add(5*time.Second) || ev[1].Start != t0.Add(70*time.Second) {
		t.Errorf("starts %v %v", ev[0].Start, ev[1].Start)
	}
	if len(s.TakeEvents()) != 0 {
		t.Error("events were reported twice")
	}
	sum := s.Summary()
	if !sum.Finished || sum.Rolled != 3*time.Minute || sum.End != t0.Add(4*time.Minute+20*time.Second) {
		t.Errorf("summary %+v", sum)
	}
}

// A tick that comes a little late still starts the next phase at the
// deadline, so late ticks never stretch a session.
func TestLateTickKeepsTheDeadline(t *testing.T) {
	s, c := start(t, "nightly", Options{})
	st := at(s, c.add(5*time.Second+500*time.Millisecond))
	wantPhase(t, st, PhaseHold, 0)
	if st.Left != time.Minute-500*time.Millisecond {
		t.Fatalf("left %v, want 59.5s: the hold must start at the deadline", st.Left)
	}
	st = at(s, c.add(time.Minute))
	wantPhase(t, st, PhaseReady, 1)
	if st.Left != 4500*time.Millisecond {
		t.Fatalf("left %v", st.Left)
	}
	if ev := s.TakeEvents(); ev[0].Rolled != time.Minute {
		t.Fatalf("rolled %v", ev[0].Rolled)
	}
}

// A machine that sleeps through a hold finds it over, and the next step
// starts fresh instead of the whole session racing past.
func TestSleepThroughHold(t *testing.T) {
	s, c := start(t, "nightly", Options{})
	at(s, c.add(5*time.Second))
	st := at(s, c.add(time.Hour))
	wantPhase(t, st, PhaseReady, 1)
	if st.Left != 5*time.Second {
		t.Fatalf("left %v, want a fresh 5s get-ready", st.Left)
	}
	ev := s.TakeEvents()
	if len(ev) != 1 || !ev[0].Completed || ev[0].Rolled != time.Minute {
		t.Fatalf("events %+v", ev)
	}
}

func TestSinceUsesTheLongerClock(t *testing.T) {
	a := time.Now()
	b := a.Add(time.Second)
	if d := since(a, b); d != time.Second {
		t.Fatalf("since %v", d)
	}
	// Without monotonic readings only the wall clock remains.
	if d := since(a.Round(0), b.Round(0).Add(time.Hour)); d != time.Hour+time.Second {
		t.Fatalf("since %v", d)
	}
}

func TestPauseIsExact(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	at(s, c.add(5*time.Second))  // hold starts
	at(s, c.add(10*time.Second)) // 10 s in
	s.TogglePause(c.now())
	st := at(s, c.add(37*time.Second))
	if !st.Paused || st.Left != 50*time.Second || st.Phase != PhaseHold {
		t.Fatalf("paused state %+v", st)
	}
	if _, ok := s.NextDeadline(); ok {
		t.Fatal("a paused session must not ask to be woken")
	}
	s.TogglePause(c.now())
	st = at(s, c.add(50*time.Second-1))
	if st.Phase != PhaseHold || st.Left != 1 {
		t.Fatalf("state %+v", st)
	}
	at(s, c.add(1))
	ev := s.TakeEvents()
	if len(ev) != 1 || ev[0].Rolled != time.Minute || !ev[0].Completed {
		t.Fatalf("events %+v", ev)
	}
}

func TestPauseFreezesBreathAndReady(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	at(s, c.add(2*time.Second))
	s.TogglePause(c.now())
	st := at(s, c.add(time.Minute))
	if st.Phase != PhaseReady || st.Left != 3*time.Second {
		t.Fatalf("ready while paused: %+v", st)
	}
	s.TogglePause(c.now())
	at(s, c.add(3*time.Second))
	at(s, c.add(3*time.Second))
	before := s.State(c.now()).Breath
	s.TogglePause(c.now())
	after := at(s, c.add(7*time.Second)).Breath
	if before != after {
		t.Fatalf("breath moved while paused: %+v -> %+v", before, after)
	}
}

func TestNextBackAndStartNow(t *testing.T) {
	tests := []struct {
		name      string
		do        func(s *Session, c *fakeClock)
		phase     Phase
		step      int
		events    int
		completed bool
	}{
		{"space starts the hold", func(s *Session, c *fakeClock) { s.StartNow(c.add(time.Second)) }, PhaseHold, 0, 0, false},
		{"next in ready skips the step", func(s *Session, c *fakeClock) { s.Next(c.add(time.Second)) }, PhaseReady, 1, 0, false},
		{"next in hold cuts it short", func(s *Session, c *fakeClock) {
			at(s, c.add(5*time.Second))
			s.Next(c.add(20 * time.Second))
		}, PhaseReady, 1, 1, false},
		{"back in hold returns to the previous step", func(s *Session, c *fakeClock) {
			s.StartNow(c.now())
			s.Next(c.add(time.Second)) // to step 1 ready
			s.StartNow(c.now())
			s.Back(c.add(time.Second))
		}, PhaseReady, 0, 2, false},
		{"back on the first step restarts it", func(s *Session, c *fakeClock) {
			s.StartNow(c.now())
			s.Back(c.add(time.Second))
		}, PhaseReady, 0, 1, false},
		{"next to the right side is a switch", func(s *Session, c *fakeClock) {
			s.Next(c.now())
			s.Next(c.now())
		}, PhaseSwitch, 2, 0, false},
		{"next in the finisher ends the session", func(s *Session, c *fakeClock) {
			for range 3 {
				s.Next(c.now())
			}
			s.Next(c.now())
		}, PhaseDone, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, c := start(t, "nightly", Options{})
			tt.do(s, c)
			st := at(s, c.now())
			wantPhase(t, st, tt.phase, tt.step)
			if ev := s.TakeEvents(); len(ev) != tt.events {
				t.Fatalf("%d events, want %d: %+v", len(ev), tt.events, ev)
			} else {
				for _, e := range ev {
					if e.Completed != tt.completed {
						t.Errorf("completed %v", e.Completed)
					}
				}
			}
		})
	}
}

func TestNextInHoldReportsRolledTime(t *testing.T) {
	s, c := start(t, "nightly", Options{})
	at(s, c.add(5*time.Second))
	s.Next(c.add(20 * time.Second))
	ev := s.TakeEvents()
	if ev[0].Rolled != 20*time.Second || ev[0].Planned != time.Minute || ev[0].Completed {
		t.Fatalf("%+v", ev[0])
	}
}

func TestAddTime(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	if s.AddTime(c.now()) {
		t.Fatal("+ in get-ready must do nothing")
	}
	at(s, c.add(5*time.Second))
	s.AddTime(c.add(10 * time.Second))
	st := at(s, c.now())
	if st.Left != 65*time.Second || st.Length != 75*time.Second || st.SessionLength != s.Plan().Total()+15*time.Second {
		t.Fatalf("%+v", st)
	}
	at(s, c.add(65*time.Second))
	ev := s.TakeEvents()
	if len(ev) != 1 || ev[0].Planned != 75*time.Second || ev[0].Rolled != 75*time.Second {
		t.Fatalf("%+v", ev)
	}
}

// Added time stops at MaxHold, the longest hold --hold allows: an area
// that long is already more than the advice of a minute or two.
func TestAddTimeStopsAtMaxHold(t *testing.T) {
	s, c := start(t, "mid-back", Options{Hold: MaxHold - 20*time.Second})
	at(s, c.add(5*time.Second))
	if !s.AddTime(c.now()) || at(s, c.now()).Length != MaxHold-5*time.Second {
		t.Fatalf("first +: %+v", at(s, c.now()))
	}
	if !s.AddTime(c.now()) || at(s, c.now()).Length != MaxHold {
		t.Fatalf("second + should fill up to MaxHold: %+v", at(s, c.now()))
	}
	if s.AddTime(c.now()) || at(s, c.now()).Length != MaxHold {
		t.Fatalf("+ beyond MaxHold: %+v", at(s, c.now()))
	}
	if st := at(s, c.now()); st.SessionLength != s.Plan().Total()+20*time.Second {
		t.Fatalf("session length %v; want the plan's plus the 20 s added", st.SessionLength)
	}
}

func TestQuit(t *testing.T) {
	s, c := start(t, "nightly", Options{})
	at(s, c.add(5*time.Second))
	s.Quit(c.add(30 * time.Second))
	st := at(s, c.now())
	if st.Phase != PhaseDone {
		t.Fatalf("phase %v", st.Phase)
	}
	ev := s.TakeEvents()
	if len(ev) != 1 || ev[0].Completed || ev[0].Rolled != 30*time.Second {
		t.Fatalf("%+v", ev)
	}
	sum := s.Summary()
	if sum.Finished || sum.Rolled != 30*time.Second {
		t.Fatalf("%+v", sum)
	}
	s.Quit(c.add(time.Second))
	if len(s.TakeEvents()) != 0 {
		t.Fatal("quitting twice reported again")
	}
}

func TestFinisherReps(t *testing.T) {
	s, c := start(t, "nightly", Options{Breath: Breath{In: 3 * time.Second, Out: 3 * time.Second}, Hold: MinHold})
	for range 3 {
		s.Next(c.now())
	}
	wantPhase(t, at(s, c.now()), PhaseFinisherReady, 0)
	s.StartNow(c.now())
	wantPhase(t, at(s, c.now()), PhaseFinisher, 0)
	for rep := 1; rep <= 6; rep++ {
		st := at(s, c.now())
		if st.Rep != rep || st.Breath.Phase != BreathIn {
			t.Fatalf("rep %d: %+v", rep, st)
		}
		st = at(s, c.add(3*time.Second))
		if st.Rep != rep || st.Breath.Phase != BreathOut {
			t.Fatalf("rep %d out-breath: %+v", rep, st)
		}
		c.add(3 * time.Second)
	}
	wantPhase(t, at(s, c.now()), PhaseDone, 0)
	if !s.Summary().Finished {
		t.Fatal("a session that reached its end is finished")
	}
}

// Before cat-cow comes a get-ready of its own, to get off the roller and
// onto hands and knees: the first breath is not spent moving. It counts
// toward no rolling time; n skips cat-cow, b goes back to the last area.
func TestFinisherGetReady(t *testing.T) {
	s, c := start(t, "mid-back", Options{Hold: MinHold})
	at(s, c.add(5*time.Second))
	st := at(s, c.add(MinHold))
	wantPhase(t, st, PhaseFinisherReady, 0)
	if st.Left != 5*time.Second || st.SessionLeft != 5*time.Second+s.Plan().FinisherLength() || st.Next != nil {
		t.Fatalf("finisher get-ready: %+v", st)
	}
	s.TogglePause(c.now())
	if st := at(s, c.add(time.Minute)); st.Phase != PhaseFinisherReady || st.Left != 5*time.Second {
		t.Fatalf("paused get-ready moved on: %+v", st)
	}
	s.TogglePause(c.now())
	s.Back(c.now())
	wantPhase(t, at(s, c.now()), PhaseReady, 0)
	s.Next(c.now())
	wantPhase(t, at(s, c.now()), PhaseFinisherReady, 0)
	s.Next(c.now())
	if st := at(s, c.now()); st.Phase != PhaseDone || !s.Summary().Finished {
		t.Fatalf("n on the cat-cow get-ready: %+v, summary %+v", st, s.Summary())
	}
}

// The session's time left counts everything still to come as planned: the
// holds, cat-cow and each get-ready on the way, so it ends when the session
// does, and its bar moves during a get-ready too.
func TestSessionLeft(t *testing.T) {
	s, c := start(t, "nightly", Options{})
	st := at(s, c.now())
	// Four get-readies of 5 s: three areas and cat-cow.
	if total := 4*time.Minute + 20*time.Second; st.SessionLeft != total || st.SessionLength != total || s.Plan().Total() != total {
		t.Fatalf("%+v", st)
	}
	if st := at(s, c.add(2*time.Second)); st.SessionLeft != 4*time.Minute+18*time.Second {
		t.Fatalf("during the first get-ready: left %v", st.SessionLeft)
	}
	at(s, c.add(3*time.Second))
	st = at(s, c.add(15*time.Second))
	if st.SessionLeft != 4*time.Minute {
		t.Fatalf("left %v", st.SessionLeft)
	}
	if st.Next == nil || st.Next.Side != "left" {
		t.Fatalf("next %+v", st.Next)
	}
	// Walked through without a pause, it reaches 0 as the session ends.
	for st.Phase != PhaseDone {
		due, _ := s.NextDeadline()
		st = at(s, c.add(due.Sub(c.now())))
		if got, want := st.SessionLeft, t0.Add(4*time.Minute+20*time.Second).Sub(c.now()); got != want && st.Phase != PhaseDone {
			t.Fatalf("%v at %v: left %v, want %v", st.Phase, c.now().Sub(t0), got, want)
		}
	}
	if st.SessionLeft != 0 {
		t.Fatalf("done with %v left", st.SessionLeft)
	}
}
