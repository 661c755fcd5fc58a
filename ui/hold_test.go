package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// On a tender spot the hold says plainly which time is which: the spot's
// own count, left, and the area's, which goes on: the spot is part of the
// area's time. A spot cut to the area's last seconds says so.
func TestTenderSpotSaysWhichTimeIsWhich(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second)
		wait(m, c, 20*time.Second) // the area at 0:40
		press(m, "k")
		wait(m, c, 6*time.Second)
		s := shown(m)
		spot := fmt.Sprintf("Tender spot: breathe into it · %s left", clock(coach.TenderHold-6*time.Second))
		for _, want := range []string{spot, "0:34 left"} {
			if !strings.Contains(s, want) {
				t.Errorf("%v: the tender spot does not say %q:\n%s", sz, want, s)
			}
		}
		if strings.Contains(s, "waits") || strings.Contains(s, "paused at") || strings.Contains(s, "move on") {
			t.Errorf("%v: the tender spot says the area waits, or to move on:\n%s", sz, s)
		}
		wait(m, c, 10*time.Second)
		if s := shown(m); !strings.Contains(s, "0:24 left") {
			t.Errorf("%v: the area's time stood still on the spot:\n%s", sz, s)
		}
		wait(m, c, 14*time.Second) // the spot is over; the area at 0:10
		press(m, "k")
		if s := flat(shown(m)); !strings.Contains(s, "This spot gets 10 s, the time left on Mid-back.") {
			t.Errorf("%v: a spot cut to the area's last 10 s does not say so:\n%s", sz, shown(m))
		}
	}
}

// The cues that offer k say how long the spot is held: the time the
// tender-spot count runs.
func TestTenderCueSaysTheHold(t *testing.T) {
	want := fmt.Sprintf("%d s", int(coach.TenderHold.Seconds()))
	for _, ex := range content.Exercises {
		for _, cue := range ex.Cues {
			if strings.Contains(cue, "Press k") && !strings.Contains(cue, want) {
				t.Errorf("%s: %q; the spot is held %s", ex.ID, cue, want)
			}
		}
	}
}

// The summary's first line wraps in a narrow window rather than end in "…".
func TestSummaryHeadWraps(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	runAll(m, m.Init())
	press(m, "n", "n", "n", "n") // every area skipped: the longest head
	s := shown(m)
	if strings.Contains(s, "…") || !strings.Contains(flat(s), "Session complete, with every area skipped") {
		t.Errorf("the summary at 40x12:\n%s", s)
	}
}
