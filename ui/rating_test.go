package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
)

// On the first get-ready, "1" then "0" is 10 however slowly it is typed,
// from the floor; the 1 says so while it waits. A 0 typed again corrects
// the rating to 0. The pause is measured on the injected clock.
func TestFeelBeforeTenFromTheFloor(t *testing.T) {
	for _, after := range []time.Duration{300 * time.Millisecond, 10 * time.Second} {
		// A long get-ready, so the wait happens on it.
		m, c := newModel(t, Options{Routine: "nightly", Plan: coach.Options{Ready: 30 * time.Second}})
		runAll(m, m.Init())
		press(m, "1")
		if s := shown(m); !strings.Contains(s, "1 of 10 · 0 next makes it 10") {
			t.Fatalf("a 1 does not say how to make it 10:\n%s", s)
		}
		wait(m, c, after)
		press(m, "0")
		if m.session.feelBefore == nil || *m.session.feelBefore != 10 {
			t.Fatalf("1, %v, then 0: feel before %v; want 10", after, m.session.feelBefore)
		}
		if s := shown(m); !strings.Contains(s, "10 of 10") || strings.Contains(s, "0 next") {
			t.Fatalf("1, %v, then 0: want 10 of 10:\n%s", after, s)
		}
		press(m, "0")
		// "0 of 10" is in "10 of 10" too: the ten is checked both ways.
		if s := shown(m); *m.session.feelBefore != 0 || !strings.Contains(s, "0 of 10") || strings.Contains(s, "10 of 10") {
			t.Fatalf("a second 0 does not make it 0:\n%s", s)
		}
	}
}

// The same on the summary, where nothing moves: a 0 long after a 1 is 10,
// with the advice for a very sore back.
func TestFeelAfterTenFromTheFloor(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MinHold}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
	runAll(m, m.Init())
	press(m, "enter")
	wait(m, c, coach.MinHold)
	press(m, "n")
	press(m, "1")
	if s := shown(m); !strings.Contains(s, "1 of 10 · 0 next makes it 10") {
		t.Fatalf("a 1 does not say how to make it 10:\n%s", s)
	}
	c.t = c.t.Add(10 * time.Second) // nothing moves on the summary: no wake-up
	press(m, "0")
	if s := shown(m); !strings.Contains(s, "10 of 10") || !strings.Contains(s, "Next time: Very sore") {
		t.Fatalf("1, 10 s, then 0:\n%s", s)
	}
}
