package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// pregnantInjured is pregnant, with a recent injury at the lats: the
// hip flexors and the lats are left out, and the mid-back is rolled at a
// wall.
var pregnantInjured = profile.Profile{Onboarded: true, SafetySeen: true,
	Conditions: profile.NewIDs(content.Pregnancy, content.RecentInjury), Avoid: profile.NewIDs("lats")}

// lineWith is the screen's line that holds text.
func lineWith(t *testing.T, m *Model, text string) string {
	t.Helper()
	for _, l := range strings.Split(shown(m), "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	t.Fatalf("no line holds %q:\n%s", text, shown(m))
	return ""
}

// Choose areas marks what the answers leave out, with why, and will not
// pick it; the area rolled another way says how; the session's steps and
// time are those that will run.
func TestChooseAreasScreened(t *testing.T) {
	m, _ := newModel(t, Options{Profile: pregnantInjured})
	homeTo(t, m, "Choose areas")
	keys(m, "enter")
	for area, want := range map[string]string{"Hip flexors": "✕  Hip flexors    left out: pregnancy", "Lats": "✕  Lats           left out: recent injury",
		"Mid-back": "[ ] Mid-back       1:00  at a wall"} {
		if row := lineWith(t, m, area+" "); !strings.Contains(row, want) {
			t.Errorf("%s: row %q; want %q", area, row, want)
		}
	}
	if !strings.Contains(words(m), "The hip flexors are left out: no lying face down while pregnant.") {
		t.Errorf("no why under the hip flexors:\n%s", shown(m))
	}
	keys(m, "down", "space") // the lats
	if c := the[*choose](m); c.picked[1] {
		t.Fatal("the lats, left out, were picked")
	}
	if !strings.Contains(words(m), "The lats are left out: you have a recent injury there.") {
		t.Errorf("space on the lats does not say why:\n%s", shown(m))
	}
	keys(m, "up", "space", "down", "down", "space")
	p, err := plan.For(mustRoutine(t, the[*choose](m)), m.opts.Plan, m.opts.Profile)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Your session: 3 steps and cat-cow · " + minutes(p.Total()); !strings.Contains(words(m), want) {
		t.Errorf("want %q:\n%s", want, shown(m))
	}
	keys(m, "enter")
	if m.session == nil || m.session.plan.Steps[0].Exercise.ID != content.MidBackWall || len(m.session.plan.Steps) != 3 {
		t.Fatalf("the session: %+v", m.session)
	}
}

func mustRoutine(t *testing.T, c *choose) content.Routine {
	t.Helper()
	r, ok := c.routine()
	if !ok {
		t.Fatal("nothing picked")
	}
	return r
}

func TestGoldenScreened(t *testing.T) {
	for _, tt := range []struct {
		name string
		size [2]int
		item string
		keys []string
	}{
		{"choose-areas", [2]int{80, 24}, "Choose areas", []string{"space", "down", "down", "space", "down", "space"}},
		{"choose-areas-40x12", [2]int{40, 12}, "Choose areas", []string{"down", "down", "down", "space"}},
		{"routines", [2]int{80, 24}, "Routines", nil},
		{"routines-40x12", [2]int{40, 12}, "Routines", []string{"down"}},
		{"routines-left-out", [2]int{80, 24}, "Routines", []string{"down", "down", "down", "down", "enter"}},
		{"where-does-it-hurt", [2]int{80, 24}, "Where does it hurt?", []string{"down", "down", "down", "down"}},
		{"where-does-it-hurt-upper", [2]int{80, 24}, "Where does it hurt?", nil},
		{"where-does-it-hurt-40x12", [2]int{40, 12}, "Where does it hurt?", []string{"down"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := newModel(t, Options{Profile: pregnantInjured})
			m.Update(tea.WindowSizeMsg{Width: tt.size[0], Height: tt.size[1]})
			homeTo(t, m, tt.item)
			keys(m, "enter")
			keys(m, tt.keys...)
			checkFits(t, m, tt.size, tt.name)
			checkLinesStandAlone(t, m, tt.name)
			golden.RequireEqual(t, shown(m))
		})
	}
}

// The nightly roll with nothing left to roll says why at home, and enter
// starts nothing (it used to end the program with the plan's error).
func TestHomeNightlyLeftOut(t *testing.T) {
	prof := profile.Profile{Onboarded: true, SafetySeen: true,
		Conditions: profile.NewIDs(content.Osteoporosis, content.RecentInjury), Avoid: profile.NewIDs("glutes")}
	m, _ := newModel(t, Options{Profile: prof})
	if row := lineWith(t, m, "Nightly roll"); !strings.Contains(row, "✕ left out: osteoporosis, recent injury") {
		t.Errorf("nightly row %q", row)
	}
	keys(m, "enter")
	if m.quitting || m.session != nil || m.active != homeScreen || m.err != nil {
		t.Fatalf("enter on a nightly with nothing left: quitting %v, session %v, err %v", m.quitting, m.session != nil, m.err)
	}
	if !strings.Contains(words(m), "The mid-back is left out: no rolling along the spine with osteoporosis. The glutes are left out") {
		t.Errorf("home does not say why:\n%s", shown(m))
	}
}

// Where it hurts: a region with nothing left to roll is marked, says why,
// and enter starts nothing; one with some left out starts what is left.
func TestHurtScreened(t *testing.T) {
	m, _ := newModel(t, Options{Profile: pregnantInjured})
	homeTo(t, m, "Where does it hurt?")
	keys(m, "enter")
	if row := lineWith(t, m, "front of the hips"); !strings.Contains(row, "✕ left out") {
		t.Errorf("front of the hips %q", row)
	}
	keys(m, "down", "down", "down", "down", "enter")
	if m.active != hurtScreen || m.session != nil {
		t.Fatalf("enter on the front of the hips: screen %v", m.active)
	}
	if strings.Contains(helpLine(m), "enter") {
		t.Errorf("help offers enter where nothing starts: %q", helpLine(m))
	}
	keys(m, "up", "up", "up", "up", "enter") // upper / mid back
	if m.session == nil || m.session.plan.Steps[0].Exercise.ID != content.MidBackWall || len(m.session.plan.Steps) != 1 {
		t.Fatalf("upper back: %+v", m.session)
	}
}

// The routines list: steps and times as they will run, what is left out
// of each, and a routine with nothing left says why instead of starting.
func TestRoutinesScreened(t *testing.T) {
	m, _ := newModel(t, Options{Profile: pregnantInjured})
	homeTo(t, m, "Routines")
	keys(m, "enter")
	lower, _ := content.RoutineByID("lower-back")
	p, err := plan.For(lower, m.opts.Plan, m.opts.Profile)
	if err != nil {
		t.Fatal(err)
	}
	got := words(m)
	for _, want := range []string{"glutes, mid-back at a wall, cat-cow · " + minutes(p.Total()),
		"✕ left out: hip flexors (pregnancy), lats (recent injury)", "lats ✕ left out: recent injury"} {
		if !strings.Contains(got, want) {
			t.Errorf("routines do not say %q:\n%s", want, shown(m))
		}
	}
	keys(m, "down", "down", "down", "down", "enter") // lats
	if m.session != nil || !strings.Contains(words(m), "backroll setup changes your answers") {
		t.Fatalf("enter on lats:\n%s", shown(m))
	}
}

// Every picker fits the smallest window with the answers applied, wherever
// the cursor is and after enter on what does not start.
func TestScreenedPickersFit(t *testing.T) {
	for _, item := range []string{"Routines", "Where does it hurt?", "Choose areas"} {
		for down := range 8 {
			m, _ := newModel(t, Options{Profile: pregnantInjured})
			m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
			homeTo(t, m, item)
			keys(m, "enter")
			for range down {
				keys(m, "down")
			}
			if item == "Choose areas" {
				keys(m, "space")
			} else if m.active != sessionScreen {
				keys(m, "enter")
			}
			if m.active == sessionScreen || m.active == stoppedScreen {
				continue
			}
			checkFits(t, m, [2]int{40, 12}, fmt.Sprint(item, " ", down))
		}
	}
}
