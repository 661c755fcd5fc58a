package coach

import (
	"testing"
	"time"
)

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
