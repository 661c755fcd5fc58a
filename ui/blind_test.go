package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
	"github.com/backroll/backroll/ui/cues"
)

// At 80x24 a get-ready keeps the pressure to aim for and how to come off:
// the big count and the drawing beside it go first.
func TestGetReadyKeepsPressure(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	if s := shown(m); !strings.Contains(s, "Pressure: ") || !strings.Contains(s, "To come off: ") || strings.Contains(s, "████") {
		t.Errorf("80x24 get ready:\n%s", s)
	}
}

// Pause and next (skip in cat-cow), pressed by touch from the floor, stay
// on the help with p, ? and the way out however narrow the window: a
// narrow one gives the help a second row.
func TestNarrowHelpKeepsPauseAndNext(t *testing.T) {
	for _, w := range []int{40, 50, 60, 80} {
		for _, phase := range []struct {
			keys []string
			want string
		}{{nil, "space pause · n next"}, {[]string{"n", "n", "n", "enter"}, "space pause · n skip"}} {
			m, c := newModel(t, Options{Routine: "nightly"})
			m.Update(tea.WindowSizeMsg{Width: w, Height: 12})
			runAll(m, m.Init())
			press(m, phase.keys...)
			wait(m, c, 6*time.Second)
			rows := strings.Split(shown(m), "\n")
			help := strings.Join(rows[len(rows)-2:], "\n")
			for _, want := range []string{phase.want, "p sharp pain", "? more", "q quit"} {
				if !strings.Contains(help, want) {
					t.Errorf("%d wide, after %q: no %q in the help:\n%s", w, phase.keys, want, shown(m))
				}
			}
			checkFits(t, m, [2]int{w, 12}, "narrow help")
		}
	}
}

// Space pauses a get-ready as it pauses a hold, and enter starts the hold
// now, paused or not.
func TestGetReadyPausesAndStarts(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	press(m, "space")
	left := m.session.s.State(c.t).Left
	wait(m, c, 20*time.Second)
	if st := m.session.s.State(c.t); st.Phase != coach.PhaseReady || !st.Paused || st.Left != left {
		t.Fatalf("paused get-ready after 20 s: %v, paused %v, %v left (was %v)", st.Phase, st.Paused, st.Left, left)
	}
	if !strings.Contains(helpLine(m), "space resume") || !strings.Contains(helpLine(m), "enter start now") {
		t.Errorf("paused get-ready's help: %q", helpLine(m))
	}
	press(m, "enter")
	if st := m.session.s.State(c.t); st.Phase != coach.PhaseHold || st.Paused {
		t.Fatalf("enter on a paused get-ready: %v, paused %v", st.Phase, st.Paused)
	}
}

// ? stops a get-ready's clock while the help is read and starts it again
// when it closes; space pressed meanwhile keeps it paused after.
func TestHelpStopsTheGetReady(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	press(m, "?")
	if !strings.Contains(shown(m), "[·· ··] come off, get ready") {
		t.Errorf("the get-ready's full help has no bell patterns:\n%s", shown(m))
	}
	left := m.session.s.State(c.t).Left
	wait(m, c, time.Minute)
	if st := m.session.s.State(c.t); st.Phase != coach.PhaseReady || st.Left != left {
		t.Fatalf("a minute with the help open: %v, %v left (was %v)", st.Phase, st.Left, left)
	}
	press(m, "?")
	if m.session.s.State(c.t).Paused {
		t.Fatal("the help closed, the get-ready stayed paused")
	}
	press(m, "esc")
	press(m, "?", "space", "?")
	if !m.session.s.State(c.t).Paused {
		t.Error("space with the help open, then the help closed: the get-ready runs")
	}
}

// A first session's first get-ready waits for enter: its steps are new.
func TestFirstSessionWaits(t *testing.T) {
	m, c := newModel(t, Options{})
	m.Init()
	r, _ := content.RoutineByID("nightly")
	runAll(m, m.follow(safetyRead{r}))
	wait(m, c, time.Minute)
	if st := m.session.s.State(c.t); st.Phase != coach.PhaseReady || st.Index != 0 || !st.Paused {
		t.Fatalf("a minute into a first session: %v, step %d, paused %v", st.Phase, st.Index, st.Paused)
	}
	press(m, "enter")
	if st := m.session.s.State(c.t); st.Phase != coach.PhaseHold {
		t.Fatalf("enter: %v", st.Phase)
	}
}

// A voice that cannot speak is said on the first get-ready, with the bell
// in its place, before any hold.
func TestNoVoiceSaidFirst(t *testing.T) {
	sp := cues.NewSpeaker(context.Background(), cues.SpeakerEnv{GOOS: "linux", Getenv: func(string) string { return "" },
		LookPath: func(string) (string, error) { return "", errors.New("not found") }, Now: time.Now})
	defer sp.Close()
	m, _ := newModel(t, Options{Routine: "nightly", Cues: cues.New(cues.Set{Voice: true}, cues.Terminal{}, sp)})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
	runAll(m, m.Init())
	if s := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(s, "none is installed. The bell rings in their place.") {
		t.Errorf("first get-ready:\n%s", shown(m))
	}
}

// With the voice on, the summary of a finished session ends by itself:
// 30 s after the end, or 5 s after a rating; another key keeps it.
func TestSummaryEndsByItself(t *testing.T) {
	voice := func() *cues.Coach { return cues.New(cues.Set{Voice: true}, cues.Terminal{}, nil) }
	finish := func(t *testing.T, o Options) (*Model, *fakeClock) {
		o.Routine, o.Plan = "mid-back", coach.Options{Hold: coach.MinHold}
		m, c := newModel(t, o)
		runAll(m, m.Init())
		press(m, "enter")
		wait(m, c, coach.MinHold)
		press(m, "n") // cat-cow skipped: the summary
		if m.session.s.State(c.t).Phase != coach.PhaseDone {
			t.Fatal("no summary")
		}
		return m, c
	}
	m, c := finish(t, Options{Cues: voice()})
	wait(m, c, 29*time.Second)
	if m.quitting {
		t.Fatal("ended before its 30 s")
	}
	wait(m, c, time.Second)
	if !m.quitting {
		t.Error("the summary did not end 30 s after the session")
	}

	m, c = finish(t, Options{Cues: voice()})
	press(m, "3")
	wait(m, c, 5*time.Second)
	if !m.quitting || *m.session.feelAfter != 3 {
		t.Errorf("5 s after a rating: quitting %v", m.quitting)
	}

	m, c = finish(t, Options{Cues: voice()})
	press(m, "down")
	wait(m, c, time.Minute)
	if m.quitting {
		t.Error("ended by itself after a key was pressed on it")
	}

	m, c = finish(t, Options{})
	wait(m, c, time.Minute)
	if m.quitting {
		t.Error("ended by itself without the voice")
	}
}
