package coach

import (
	"strings"
	"testing"
	"time"
)

// A tender spot runs inside the area's time: its own count runs, and the
// area's goes on with it.
func TestTenderSpot(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	at(s, c.add(5*time.Second))
	at(s, c.add(10*time.Second))
	if !s.Tender(c.now()) {
		t.Fatal("tender refused")
	}
	if s.Tender(c.now()) {
		t.Fatal("a second tender spot started during the first")
	}
	st := at(s, c.add(20*time.Second))
	if !st.Tender || st.TenderLeft != 10*time.Second || st.Left != 30*time.Second || st.Why != "" {
		t.Fatalf("during tender: %+v", st)
	}
	st = at(s, c.add(10*time.Second))
	if st.Tender || st.Left != 20*time.Second {
		t.Fatalf("after tender: %+v", st)
	}
	at(s, c.add(20*time.Second))
	ev := s.TakeEvents()
	if len(ev) != 1 || ev[0].Rolled != time.Minute || ev[0].Tender != 1 {
		t.Fatalf("the hold with a spot in it: %+v", ev)
	}
}

// A tender spot that eases, or was marked by mistake, can be left early;
// the area's clock never stopped for it.
func TestLeaveTender(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	at(s, c.add(5*time.Second))
	at(s, c.add(10*time.Second))
	if s.LeaveTender(c.now()) {
		t.Fatal("left a tender spot that was never marked")
	}
	s.Tender(c.now())
	at(s, c.add(8*time.Second))
	if !s.LeaveTender(c.now()) {
		t.Fatal("could not leave the tender spot")
	}
	st := at(s, c.add(5*time.Second))
	if st.Tender || st.Left != 37*time.Second {
		t.Fatalf("after leaving the spot: %+v", st)
	}
	s.Tender(c.now())
	s.TogglePause(c.now())
	if s.LeaveTender(c.now()) {
		t.Fatal("left a tender spot while paused")
	}
}

// A spot marked near the end of the area's time is cut to what is left,
// says so, and ends with the area.
func TestTenderShortened(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	at(s, c.add(5*time.Second))
	at(s, c.add(48*time.Second))
	if !s.Tender(c.now()) {
		t.Fatal("tender refused with 12 s left")
	}
	st := at(s, c.now())
	if st.TenderLeft != 12*time.Second || st.Left != 12*time.Second || !strings.Contains(st.Why, "12 s") || !strings.Contains(st.Why, "Mid-back") {
		t.Fatalf("a spot with 12 s left on the area: %+v", st)
	}
	st = at(s, c.add(12*time.Second))
	wantPhase(t, st, PhaseFinisherReady, 0)
	if ev := s.TakeEvents(); len(ev) != 1 || ev[0].Rolled != time.Minute || !ev[0].Completed {
		t.Fatalf("%+v", ev)
	}
}

// A paused spot holds both counts: the spot's and the area's.
func TestTenderPaused(t *testing.T) {
	s, c := start(t, "mid-back", Options{})
	at(s, c.add(5*time.Second))
	s.Tender(c.now())
	s.TogglePause(c.add(5 * time.Second))
	st := at(s, c.add(time.Hour))
	if !st.Tender || st.TenderLeft != 25*time.Second || st.Left != 55*time.Second {
		t.Fatalf("tender paused: %+v", st)
	}
	s.TogglePause(c.now())
	if st := at(s, c.add(25*time.Second)); st.Tender || st.Left != 30*time.Second {
		t.Fatalf("after the paused spot: %+v", st)
	}
}

// The case: a 2:00 hold with four spots, each marked as the last
// ends, used to keep a person 4:00 on the mid-back. The spots now run
// inside the 2:00, the last is cut to what is left, and the area ends at
// 2:00 with the time to move on, which is never said while time is left.
func TestTenderSpotsEndWithTheArea(t *testing.T) {
	s, c := start(t, "mid-back", Options{Hold: MaxHold})
	s.StartNow(c.now())
	at(s, c.add(time.Second))
	for i := range 4 {
		if !s.Tender(c.now()) {
			t.Fatalf("spot %d refused", i+1)
		}
		st := at(s, c.now())
		if st.MoveOn != nil {
			t.Fatalf("move on with %v left: %+v", st.Left, st)
		}
		if short := i == 3; (st.TenderLeft < TenderHold) != short || (st.Why != "") != short {
			t.Fatalf("spot %d: %v, why %q", i+1, st.TenderLeft, st.Why)
		}
		for st.Phase == PhaseHold && st.Tender {
			st = at(s, c.add(time.Second))
			if st.Phase == PhaseHold && st.MoveOn != nil {
				t.Fatalf("move on with %v left", st.Left)
			}
		}
	}
	st := at(s, c.now())
	if st.Phase != PhaseFinisherReady || st.MoveOn == nil || st.MoveOn.Exercise.ID != "mid-back" {
		t.Fatalf("after the area's 2:00: %+v", st)
	}
	if c.now().Sub(t0) != MaxHold {
		t.Fatalf("the area ended %v after it started, want 2:00", c.now().Sub(t0))
	}
	ev := s.TakeEvents()
	if len(ev) != 1 || ev[0].Rolled != MaxHold || ev[0].Planned != MaxHold || ev[0].Tender != 4 {
		t.Fatalf("%+v", ev)
	}
	s.StartNow(c.now())
	if st := at(s, c.now()); st.MoveOn != nil {
		t.Fatalf("move on still said in cat-cow: %+v", st)
	}
}
