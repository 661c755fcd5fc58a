package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/profile"
)

// A newcomer's first get-ready at 80x24 carries the most notes (never
// screened, new to this) and is the one that most needs the pressure to
// aim for and how to come off: what it feels like, and the blank under
// the title, go before them, and the steps need not scroll.
func TestFirstGetReadyKeepsPressureWithNotes(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly", Profile: profile.Profile{FirstTime: true, SafetySeen: true}})
	runAll(m, m.Init())
	s := shown(m)
	for _, want := range []string{"Not asked yet", "New to this?", "Where: ", "Pressure: ", "To come off: "} {
		if !strings.Contains(s, want) {
			t.Errorf("80x24 first get-ready lacks %q:\n%s", want, s)
		}
	}
}

// At 40 columns a get-ready's help keeps enter and space on a row of
// their own: a first-timer's first get-ready waits for enter, and a line
// of only p, ? and q left no way to know it. Scrolling its steps still
// reaches their last line above the two rows.
func TestNarrowGetReadySaysEnter(t *testing.T) {
	for _, prof := range []profile.Profile{regular, {FirstTime: true, SafetySeen: true}} {
		m, _ := newModel(t, Options{Routine: "nightly", Profile: prof})
		m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
		runAll(m, m.Init())
		lines := strings.Split(shown(m), "\n")
		foot := lines[len(lines)-2:]
		if !strings.Contains(foot[0], "enter start now") || !strings.Contains(foot[0], "space") || !strings.Contains(foot[1], "q quit") {
			t.Errorf("first time %v, 40x12 get-ready's help:\n%s", prof.FirstTime, strings.Join(foot, "\n"))
		}
		if all := readAll(t, m); !strings.Contains(flat(all), "never up onto the neck.") {
			t.Errorf("first time %v, 40x12: the steps' page never reaches its end:\n%s", prof.FirstTime, all)
		}
	}
}
