package coach

import (
	"testing"
	"time"
)

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
