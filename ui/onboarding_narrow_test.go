package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/content"
)

// What enter does on each first-run step stays on the help line however
// narrow the window, with the way out (esc skip all): on the lists to
// tick, space tick too; on the red flags, ↑/↓ scroll while there is more
// to read, and "I have read this" once it is all shown.
func TestOnboardingHelpKeepsEnterWhenNarrow(t *testing.T) {
	steps := []struct {
		name string
		keys []string
		want []string
	}{
		{"roller", nil, []string{"enter next"}},
		{"first time", []string{"enter"}, []string{"enter next"}},
		{"screening", []string{"enter", "enter"}, []string{"enter next", "space tick"}},
		{"injury", []string{"enter", "enter", "down", "down", "down", "space", "enter"}, []string{"enter next", "space tick"}},
		{"injury, none ticked", []string{"enter", "enter", "down", "down", "down", "space", "enter", "enter"}, []string{"enter go on without one"}},
		{"red flags", []string{"s", "s", "s"}, []string{"enter", "scroll"}},
		{"red flags, read", []string{"s", "s", "s", "end"}, []string{"enter I have read this"}},
	}
	for _, sz := range [][2]int{{40, 12}, {50, 14}, {80, 24}} {
		for _, st := range steps {
			name := fmt.Sprintf("%dx%d %s", sz[0], sz[1], st.name)
			m, _ := newBareModel(t, Options{})
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			keys(m, st.keys...)
			checkFits(t, m, sz, name)
			line := helpLine(m)
			for _, want := range append(st.want, "esc skip all") {
				if !strings.Contains(line, want) {
					t.Errorf("%s: the help line %q has no %q", name, line, want)
				}
			}
		}
	}
}

// At 80x24 the help line keeps its usual order: the keys to move first.
func TestOnboardingHelpOrderWhenWide(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	keys(m, "enter", "enter")
	if line := helpLine(m); !strings.HasPrefix(strings.TrimSpace(line), "↑/↓ choose · space tick · enter next") {
		t.Errorf("80x24 screening help: %q", line)
	}
}

// In a window too small for the whole intro, the screening still says
// what to press, under the question; the injury's areas keep what each
// area is, the keys being on the help line.
func TestScreeningSaysWhatToPressWhenSmall(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {50, 14}, {80, 24}} {
		m, _ := newBareModel(t, Options{})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		keys(m, "enter", "enter")
		if !strings.Contains(flat(shown(m)), "Space ticks one, enter goes on.") {
			t.Errorf("%v: the screening does not say what to press:\n%s", sz, shown(m))
		}
	}
	m, _ := newBareModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	keys(m, "enter", "enter", "down", "down", "down", "space", "enter")
	if s := flat(shown(m)); !strings.Contains(s, "Where is the recent injury?") || !strings.Contains(s, flat(injuryAreas()[0].Where)) {
		t.Errorf("40x12 injury's areas:\n%s", shown(m))
	}
}

// Ticking a recent injury says the area is asked next, before it is: the
// note makes sense before backroll knows where the injury is.
func TestRecentInjuryNoteSaysTheAreaComesNext(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	keys(m, "enter", "enter")
	for _, c := range content.Conditions {
		if c.ID == content.RecentInjury {
			break
		}
		keys(m, "down")
	}
	keys(m, "space")
	if !the[*onboarding](m).prof.Conditions.Has(content.RecentInjury) {
		t.Fatalf("the recent injury is not ticked:\n%s", shown(m))
	}
	s := flat(shown(m))
	if !strings.Contains(s, "Next you pick where it is.") || strings.Contains(s, "Where is the recent injury?") {
		t.Errorf("the recent injury ticked:\n%s", shown(m))
	}
}
