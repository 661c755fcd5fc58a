package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// readyCase is a get-ready of one exercise: the routine that starts with
// it, and the profile that puts it there.
type readyCase struct {
	ex      content.Exercise
	routine string
	prof    profile.Profile
}

// everyExercise is a routine starting with each exercise, the one that
// stands in for the mid-back in pregnancy included.
func everyExercise(t *testing.T) []readyCase {
	t.Helper()
	var cases []readyCase
	for _, ex := range content.Exercises {
		c := readyCase{ex: ex, routine: ex.ID, prof: regular}
		if ex.StandsIn != "" {
			c.routine = ex.StandsIn
			c.prof.Conditions = profile.IDs(content.Pregnancy)
		}
		if _, ok := content.RoutineByID(c.routine); !ok {
			t.Fatalf("no routine starts with %s", ex.ID)
		}
		cases = append(cases, c)
	}
	return cases
}

// readAll is every line a get-ready shows, the steps that scroll read to
// their end a line at a time, without the header.
func readAll(t *testing.T, m *Model) string {
	t.Helper()
	lines := strings.Split(shown(m), "\n")
	f := m.frame()
	foot := helpHeight(m.screens[m.active].keys(f)) // the help's rows: two in a narrow window
	f.height -= foot - 1
	body := lines[2 : len(lines)-foot]
	if !m.session.readyParts(f, m.session.s.State(m.opts.Now()), m.session.readyFor(m.session.s.State(m.opts.Now()))).scroll {
		return strings.Join(body, "\n")
	}
	seen := append([]string{}, body...)
	for range 60 {
		before := shown(m)
		press(m, "down")
		if shown(m) == before {
			break
		}
		lines := strings.Split(shown(m), "\n")
		seen = append(seen, lines[len(lines)-1-foot])
	}
	return strings.Join(seen, "\n")
}

// flat is text with its runs of spaces and line breaks made one space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// Where the roller goes is among the last things a get-ready leaves out:
// what it feels like, the pressure and the drawing go first, and in a
// window too short for it, it scrolls with the steps. Every exercise, on
// its first side and its second, at every size.
func TestGetReadyKeepsWhere(t *testing.T) {
	sizes := [][2]int{{40, 12}, {60, 20}, {80, 24}, {100, 30}, {120, 40}}
	for _, c := range everyExercise(t) {
		for _, first := range []bool{true, false} {
			if !first && !c.ex.Sided {
				continue
			}
			for _, sz := range sizes {
				for _, prof := range []profile.Profile{c.prof, withFirstTime(c.prof)} {
					name := fmt.Sprintf("%s first side %v at %dx%d, first time %v", c.ex.ID, first, sz[0], sz[1], prof.FirstTime)
					m, cl := newModel(t, Options{Routine: c.routine, Profile: prof})
					m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
					runAll(m, m.Init())
					if !first {
						press(m, "enter")
						wait(m, cl, 2*time.Minute)
						if st := m.session.s.State(cl.t); st.Phase != coach.PhaseSwitch {
							t.Fatalf("%s: phase %v, want switch sides", name, st.Phase)
						}
					}
					checkFits(t, m, sz, name)
					all := readAll(t, m)
					if !strings.Contains(flat(all), flat("Where: "+c.ex.Landmarks)) {
						t.Errorf("%s: where the roller goes is left out:\n%s", name, all)
					}
				}
			}
		}
	}
}

func withFirstTime(p profile.Profile) profile.Profile {
	p.FirstTime = true
	p.Roller = "peanut"
	return p
}

// The second side is a short get-ready: the same position on the other
// side and where the roller goes, not every step again.
func TestSwitchSidesIsShort(t *testing.T) {
	m, c := newModel(t, Options{Routine: "glutes"})
	runAll(m, m.Init())
	first := shown(m)
	press(m, "enter")
	wait(m, c, time.Minute)
	s := shown(m)
	if !strings.Contains(first, "1. Sit on the floor") {
		t.Fatalf("the first side has no steps:\n%s", first)
	}
	for _, want := range []string{"Switch sides · Right glute", "Same position, now on your right side.", "Where: Under one buttock"} {
		if !strings.Contains(s, want) {
			t.Errorf("switch sides does not say %q:\n%s", want, s)
		}
	}
	for _, not := range []string{"1. ", "To come off", "Feels like"} {
		if strings.Contains(s, not) {
			t.Errorf("switch sides repeats %q:\n%s", not, s)
		}
	}
}

// Cat-cow is done on hands and knees with no roller: no pressure to judge.
func TestCatCowHasNoRollerPressure(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		m, _ := newModel(t, Options{Routine: "mid-back"})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		runAll(m, m.Init())
		press(m, "n")
		s := shown(m)
		if !strings.Contains(s, "Get ready · Cat-cow") || !strings.Contains(s, "Feels like") {
			t.Fatalf("%v: not cat-cow's get ready:\n%s", sz, s)
		}
		if strings.Contains(s, "Pressure") || strings.Contains(s, content.PressureGuide) {
			t.Errorf("%v: cat-cow's get ready speaks of the roller's pressure:\n%s", sz, s)
		}
	}
}

// At 40 wide the header keeps the step's place: the area's name goes
// first, then backroll's own name, then the routine's.
func TestHeaderKeepsThePlace(t *testing.T) {
	m, c := newModel(t, Options{Routine: "lower-back"})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	runAll(m, m.Init())
	for i := range 7 {
		head := strings.Split(shown(m), "\n")[0]
		if want := fmt.Sprintf("%d of 7", i+1); !strings.Contains(head, want) || !strings.Contains(head, "lower back relief") {
			t.Errorf("step %d: the header is %q; want it to keep %q and the routine's name", i+1, head, want)
		}
		press(m, "enter")
		wait(m, c, time.Second)
		if head := strings.Split(shown(m), "\n")[0]; !strings.Contains(head, fmt.Sprintf("%d of 7", i+1)) {
			t.Errorf("step %d's hold: the header is %q", i+1, head)
		}
		press(m, "n")
	}
	f := m.frame()
	for _, tt := range []struct{ where, right, want string }{
		{"nightly", "2 of 3 · Left glute", " backroll · nightly              2 of 3 "},
		{"lower back relief", "↓ · 4 of 7 · Mid-back", " lower back relief            ↓ · 4 of 7 "},
		{"tips · common mistakes", "↓ · 4 of 20", " tips · common mistakes     ↓ · 4 of 20 "},
		{"getting started", "↓ · 4 of 4", " backroll · getting started  ↓ · 4 of 4 "},
		{"getting started", "↑↓ · 4 of 4", " getting started             ↑↓ · 4 of 4 "},
		{"a very long name for a routine of one's own", "↓ · 10 of 12 · Right hip flexor", " backroll                 ↓ · 10 of 12 "},
	} {
		if got := strings.Split(ansi.Strip(f.buildHeader(tt.where, tt.right)), "\n")[0]; flat(got) != flat(tt.want) || ansi.StringWidth(got) != 40 {
			t.Errorf("header of %q, %q at 40: %q, want %q", tt.where, tt.right, got, tt.want)
		}
	}
}
