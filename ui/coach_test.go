package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
	loop "github.com/backroll/backroll/ui/screen"
)

// saver keeps the profiles the app saves, in order.
type saver struct {
	saved []profile.Profile
	fail  error
}

func (s *saver) save(p profile.Profile) error { s.saved = append(s.saved, p); return s.fail }

func (s *saver) last(t *testing.T) profile.Profile {
	t.Helper()
	if len(s.saved) == 0 {
		t.Fatal("nothing saved")
	}
	return s.saved[len(s.saved)-1]
}

// keys presses keys and delivers everything their commands send back, as
// the program would: the search's matches, saves, navigation.
func keys(m *Model, ks ...string) {
	for _, k := range ks {
		_, cmd := m.Update(keyMsg(k))
		runAll(m, cmd)
	}
}

// typeText types text one key at a time.
func typeText(m *Model, text string) {
	for _, r := range text {
		keys(m, string(r))
	}
}

// helpLine is the last line of the screen.
func helpLine(m *Model) string {
	s := shown(m)
	return s[strings.LastIndex(s, "\n")+1:]
}

func TestGoldenCoachScreens(t *testing.T) {
	peanutNew := profile.Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}
	tests := []struct {
		name string
		o    Options
		bare bool // the first run: an empty profile
		do   func(m *Model, c *fakeClock)
	}{
		{"tips", Options{}, false, func(m *Model, _ *fakeClock) { keys(m, "t") }},
		{"tips-typing", Options{}, false, func(m *Model, _ *fakeClock) {
			keys(m, "t", "/")
			typeText(m, "breath")
		}},
		{"tips-found", Options{}, false, func(m *Model, _ *fakeClock) {
			keys(m, "t", "/")
			typeText(m, "breath")
			keys(m, "enter", "down")
		}},
		{"tip", Options{}, false, func(m *Model, _ *fakeClock) { keys(m, "t", "down", "enter") }},
		{"red-flags", Options{}, false, func(m *Model, _ *fakeClock) { keys(m, "r") }},
		{"red-flags-before-first-session", Options{Routine: "nightly", Profile: profile.Profile{Onboarded: true}}, true,
			func(m *Model, _ *fakeClock) {}},
		{"onboarding-roller", Options{}, true, func(*Model, *fakeClock) {}},
		{"onboarding-roller-peanut", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "down", "down", "down") }},
		{"onboarding-guide", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "up", "enter") }},
		{"onboarding-first-time", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "enter") }},
		{"onboarding-screening", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "enter", "enter", "down", "space") }},
		{"onboarding-injury", Options{}, true, func(m *Model, _ *fakeClock) {
			keys(m, "enter", "enter", "down", "down", "down", "space", "enter", "down", "down", "space")
		}},
		{"onboarding-injury-none", Options{}, true, func(m *Model, _ *fakeClock) {
			keys(m, "enter", "enter", "down", "down", "down", "space", "enter", "enter")
		}},
		{"onboarding-safety", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "enter", "enter", "enter") }},
		{"get-ready-peanut-first-time", Options{Routine: "nightly", Profile: peanutNew}, false, func(*Model, *fakeClock) {}},
		{"hold-peanut-first-time", Options{Routine: "nightly", Profile: peanutNew}, false, func(m *Model, c *fakeClock) {
			wait(m, c, plan.FirstTimeReady)
			wait(m, c, 2*time.Second)
		}},
		{"hold-trigger-point-lats", Options{Routine: "lats", Profile: profile.Profile{Roller: "trigger-point", Onboarded: true, SafetySeen: true}}, false,
			func(m *Model, c *fakeClock) {
				wait(m, c, 5*time.Second)
				wait(m, c, 2*time.Second)
			}},
		{"summary-red-flag", Options{Routine: "mid-back", Plan: coach.Options{Hold: 30 * time.Second}}, false, func(m *Model, c *fakeClock) {
			press(m, "space")
			wait(m, c, 30*time.Second)
			press(m, "n", "p")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newM := newModel
			if tt.bare {
				newM = newBareModel
			}
			m, c := newM(t, tt.o)
			runAll(m, m.Init())
			tt.do(m, c)
			golden.RequireEqual(t, shown(m))
		})
	}
}

// `backroll start` on a first run is asked for a session now: the red
// flags stand in front of it once, and its first get-ready names the
// screening's conditions and how to answer them, while the questions wait
// for the first run of backroll itself.
func TestStartOnAFirstRunNamesTheScreening(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{Routine: "nightly", SaveProfile: s.save})
	runAll(m, m.Init())
	if m.active != redFlagsScreen || m.session != nil {
		t.Fatalf("first run of start: screen %v, session %v", m.active, m.session != nil)
	}
	readRedFlags(t, m)
	if m.active != sessionScreen {
		t.Fatalf("after the red flags: screen %v, want the session", m.active)
	}
	if v := shown(m); !strings.Contains(v, "Not asked yet: pregnancy") || !strings.Contains(v, "backroll setup") {
		t.Fatalf("the first get-ready does not name the screening:\n%s", v)
	}
	if got := s.last(t); !got.SafetySeen || got.Onboarded {
		t.Fatalf("saved %+v: the red flags read, the questions still to ask", got)
	}

	// Answered, the note is gone.
	m, _ = newBareModel(t, Options{Routine: "nightly", Profile: profile.Profile{Onboarded: true, SafetySeen: true}})
	runAll(m, m.Init())
	if v := shown(m); m.active != sessionScreen || strings.Contains(v, "Not asked yet") {
		t.Fatalf("screen %v shows the screening note to someone who answered:\n%s", m.active, v)
	}
}

// `backroll start` shows the red flags once before the first session to
// someone who answered the questions without reading them: enter goes on,
// q leaves as a quit session would.
func TestStartShowsRedFlagsOnce(t *testing.T) {
	s := &saver{}
	answered := profile.Profile{Onboarded: true}
	m, _ := newBareModel(t, Options{Routine: "nightly", Profile: answered, SaveProfile: s.save})
	runAll(m, m.Init())
	if m.active != redFlagsScreen || strings.Contains(helpLine(m), "esc") {
		t.Fatalf("screen %v, help %q", m.active, helpLine(m))
	}
	readRedFlags(t, m)
	if m.active != sessionScreen || s.last(t) != (profile.Profile{Onboarded: true, SafetySeen: true}) {
		t.Fatalf("screen %v, saved %+v", m.active, s.saved)
	}

	m, _ = newBareModel(t, Options{Routine: "nightly", Profile: answered})
	runAll(m, m.Init())
	keys(m, "q")
	if !m.quitting || m.Outcome() != OutcomeQuit {
		t.Fatalf("quitting %v, outcome %v", m.quitting, m.Outcome())
	}
}

// Sharp pain or tingling, reported in the summary, replaces the usual
// note with the advice to stop, and goes into the session's record.
func TestRedFlagAfterSession(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "mid-back", Journal: j, Profile: profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true}})
	runAll(m, m.Init())
	keys(m, "space")
	c.t = c.t.Add(plan.FirstTimeHold)
	_, cmd := m.Update(loop.WakeMsg{At: c.t})
	runAll(m, cmd)
	keys(m, "n")
	if s := shown(m); !strings.Contains(s, "Tomorrow: You may feel a little bruised") || !strings.Contains(helpLine(m), "p sharp pain or tingling") {
		t.Fatalf("a first-timer's summary:\n%s", s)
	}
	keys(m, "p")
	s := shown(m)
	if strings.Contains(s, "Tomorrow") || !strings.Contains(s, "see a physical therapist before you roll") || !strings.Contains(helpLine(m), "u undo") {
		t.Fatalf("summary after p:\n%s", s)
	}
	// p pressed again, as someone in pain may, keeps the report; only u
	// takes it back.
	keys(m, "p", "p")
	if !strings.Contains(shown(m), "see a physical therapist before you roll") {
		t.Fatalf("p again took the report back:\n%s", shown(m))
	}
	keys(m, "u")
	if strings.Contains(shown(m), "see a physical therapist before you roll") {
		t.Fatalf("u did not take the report back:\n%s", shown(m))
	}
	keys(m, "p", "enter")
	if len(j.ends) != 1 || !j.ends[0].Summary.RedFlag {
		t.Fatalf("session records %+v", j.ends)
	}
}

// Every new screen fits every window from the smallest up.
func TestCoachScreensFit(t *testing.T) {
	walks := map[string][]string{
		"tips": {"t"}, "tip": {"t", "enter"}, "search": {"t", "/", "b"},
		"red flags": {"r"}, "roller": nil, "first time": {"enter"}, "safety": {"enter", "enter"},
	}
	for _, sz := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		for name, ks := range walks {
			m, _ := newBareModel(t, Options{})
			if name == "tips" || name == "tip" || name == "search" || name == "red flags" {
				m, _ = newModel(t, Options{})
			}
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			keys(m, ks...)
			checkFits(t, m, sz, name)
		}
	}
}

// Sharp pain or tingling in the middle of a hold: p stops the session at
// once, without asking, keeps what was rolled, and shows the advice to stop.
// The session is saved with the red flag and counts as cut short.
func TestSharpPainStopsTheSession(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "nightly", Journal: j})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, 20*time.Second)
	press(m, "?")
	if !regexp.MustCompile(`p\s+sharp pain`).MatchString(shown(m)) {
		t.Errorf("the full help on a hold does not list p:\n%s", shown(m))
	}
	press(m, "?")
	_, cmd := m.Update(keyMsg("p"))
	runAll(m, cmd)
	s := shown(m)
	if m.session.confirm || !strings.Contains(s, "Session stopped.") || !strings.Contains(s, "see a physical therapist before you roll") {
		t.Fatalf("after p on a hold:\n%s", s)
	}
	if len(j.holds) != 1 || j.holds[0].Rolled != 20*time.Second || j.holds[0].Completed {
		t.Fatalf("holds saved: %+v; want the 20 s rolled so far, cut short", j.holds)
	}
	_, cmd = m.Update(keyMsg("enter"))
	runAll(m, cmd)
	if len(j.ends) != 1 || !j.ends[0].Summary.RedFlag || j.ends[0].Summary.Finished {
		t.Fatalf("session saved as %+v; want the red flag, not finished", j.ends)
	}
	if m.Outcome() != OutcomeQuit || !m.quitting {
		t.Fatalf("outcome %v, quitting %v; want a session cut short, and the program to end", m.Outcome(), m.quitting)
	}
}

// The signs to stop are never cut off: in a window too short for them, ↑/↓
// scroll, the help says so, and every line can be reached; in a tall one
// nothing scrolls. The same holds for the first run's safety step, and
// every roller answer shows even at the smallest size.
func TestSafetyTextScrolls(t *testing.T) {
	walks := map[string]func(t *testing.T) *Model{
		"red flags": func(t *testing.T) *Model {
			m, _ := newModel(t, Options{})
			keys(m, "r")
			return m
		},
		"first run": func(t *testing.T) *Model {
			m, _ := newBareModel(t, Options{})
			keys(m, "s", "s", "s")
			return m
		},
	}
	for name, walk := range walks {
		m := walk(t)
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
		if strings.Contains(helpLine(m), "scroll") {
			t.Errorf("%s at 80x40 offers to scroll: %q", name, helpLine(m))
		}
		m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
		if top := strings.SplitN(shown(m), "\n", 2)[0]; !strings.Contains(helpLine(m), "scroll") || !strings.HasSuffix(strings.TrimSpace(top), "↓") && !strings.Contains(top, "↓ ·") {
			t.Errorf("%s at 40x12 does not say it scrolls:\n%s", name, shown(m))
		}
		seen := shown(m)
		for range 60 { // three tiers of signs, a line or two each at 40 columns
			keys(m, "down")
			seen += "\n" + shown(m)
		}
		if top := strings.SplitN(shown(m), "\n", 2)[0]; !strings.Contains(top, "↑") || strings.Contains(top, "↓") {
			t.Errorf("%s at the end: header %q, want an arrow up only", name, top)
		}
		words := strings.Join(strings.Fields(seen), " ")
		for _, want := range append(slices.Concat(content.Emergency.Signs, content.SameDay.Signs, content.SeePT.Signs), content.Disclaimer, "herniated disc", content.StayActive) {
			if !strings.Contains(words, strings.Join(strings.Fields(want), " ")) {
				t.Errorf("%s at 40x12: %q never shows", name, want)
			}
		}
	}

	m, _ := newBareModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	for _, r := range content.Rollers {
		if !strings.Contains(shown(m), r.Name) {
			t.Errorf("roller %q missing at 40x12:\n%s", r.Name, shown(m))
		}
	}
}

// What enter confirms before a first session stays on the help line of a
// narrow window, in fewer words, once the signs have all been shown.
func TestRedFlagGateKeepsEnterWhenNarrow(t *testing.T) {
	for _, w := range []int{40, 60, 100} {
		m, _ := newBareModel(t, Options{Routine: "nightly"})
		runAll(m, m.Init())
		m.Update(tea.WindowSizeMsg{Width: w, Height: 12})
		for range 60 {
			keys(m, "down")
		}
		if line := helpLine(m); !strings.Contains(line, "enter") || !strings.Contains(line, "q quit") {
			t.Errorf("%d wide: the help line %q does not say what enter does, or the way out", w, line)
		}
	}
}
