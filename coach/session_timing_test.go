package coach

import (
	"testing"
	"time"
)

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
