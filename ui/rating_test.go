package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
)

// On the first get-ready, "1" then "0" at once is 10; a 0 typed a while
// after a 1 corrects the rating to 0, not very sore. The pause is
// measured on the injected clock.
func TestFeelBeforeTenOnlyAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name  string
		after time.Duration // between the 1 and the 0
		want  int
	}{
		{"at once", 300 * time.Millisecond, 10},
		{"just within", tenWithin, 10},
		{"ten seconds later", 10 * time.Second, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A long get-ready, so the wait happens on it.
			m, c := newModel(t, Options{Routine: "nightly", Plan: coach.Options{Ready: 30 * time.Second}})
			runAll(m, m.Init())
			press(m, "1")
			wait(m, c, tc.after)
			press(m, "0")
			if m.session.feelBefore == nil || *m.session.feelBefore != tc.want {
				t.Fatalf("feel before %v; want %d", m.session.feelBefore, tc.want)
			}
			// "0 of 10" is in "10 of 10" too: the ten is checked both ways.
			if s := shown(m); !strings.Contains(s, fmt.Sprintf("%d of 10", tc.want)) || strings.Contains(s, "10 of 10") != (tc.want == 10) {
				t.Fatalf("want %d of 10:\n%s", tc.want, s)
			}
		})
	}
}

// The same on the summary: a 0 long after a 1 is 0, and no advice for a
// very sore back follows; a 0 right after a 1 is 10.
func TestFeelAfterTenOnlyAtOnce(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: time.Second}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
	runAll(m, m.Init())
	press(m, "enter")
	wait(m, c, time.Second)
	press(m, "n")
	press(m, "1")
	c.t = c.t.Add(10 * time.Second) // nothing moves on the summary: no wake-up
	press(m, "0")
	if s := shown(m); !strings.Contains(s, "0 of 10") || strings.Contains(s, "10 of 10") || strings.Contains(s, "Next time: Very sore") {
		t.Fatalf("1, 10 s, then 0:\n%s", s)
	}
	press(m, "1")
	c.t = c.t.Add(time.Second)
	press(m, "0")
	if s := shown(m); !strings.Contains(s, "10 of 10") || !strings.Contains(s, "Next time: Very sore") {
		t.Fatalf("1, 1 s, then 0:\n%s", s)
	}
}
