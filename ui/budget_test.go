package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
)

// A key in a hold reads the clock once: it acts, is cued and is drawn at
// one moment, and the next wake-up is reckoned from it.
func TestKeyInAHoldReadsTheClockOnce(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	reads := 0
	m.opts.Now = func() time.Time { reads++; return c.t }
	for _, k := range []string{"k", "+", "space", "space", "n"} {
		reads = 0
		press(m, k)
		m.NextWake()
		if reads != 1 {
			t.Errorf("%s read the clock %d times, want once", k, reads)
		}
	}
}

// A 2:00 hold with four tender spots on the full screen: the spots count
// inside the area's time, + says why it adds nothing, the hold never says
// to move on while the area has time left, and the next get-ready does
// once the two minutes are spent.
func TestTwoMinutesOnTheScreen(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MaxHold}})
	runAll(m, m.Init())
	press(m, "space")
	if s := shown(m); strings.Contains(s, "+ 15 s") {
		t.Fatalf("+ offered on a hold that is the area's whole two minutes:\n%s", s)
	}
	press(m, "+")
	if s := flat(shown(m)); !strings.Contains(s, "No more time on Mid-back: two minutes is the most for one area") {
		t.Fatalf("+ refused without a reason:\n%s", shown(m))
	}
	wait(m, c, 11*time.Second) // the reason has been up long enough
	for i := range 4 {
		press(m, "k")
		for range 30 {
			st := m.session.s.State(c.t)
			if st.Phase != coach.PhaseHold {
				break
			}
			if s := shown(m); strings.Contains(s, "move on") {
				t.Fatalf("spot %d: move on with %v of the area left:\n%s", i+1, st.Left, s)
			}
			wait(m, c, time.Second)
		}
	}
	s := shown(m)
	if !strings.Contains(flat(s), "Mid-back has had its two minutes: time to move on.") || !strings.Contains(s, "Cat-cow") {
		t.Fatalf("after the area's two minutes:\n%s", s)
	}
	if rolled := m.session.s.Summary().Rolled; rolled != coach.MaxHold {
		t.Fatalf("rolled %v on the mid-back, want 2:00", rolled)
	}
}
