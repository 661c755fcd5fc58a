package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/content"
)

// Moving through "Where does it hurt?" never moves the list: only the
// explanation under it changes.
func TestHurtListStaysPut(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
		m, _ := newModel(t, Options{})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		press(m, "down", "enter")
		row := func() int { return rowOf(m, "upper / mid back") }
		first := row()
		for range content.Regions {
			press(m, "down")
			if r := row(); r != first {
				t.Fatalf("%dx%d: the list moved from row %d to %d:\n%s", sz[0], sz[1], first, r, shown(m))
			}
		}
	}
}

// A wide window only twelve rows high has no room for the back drawing
// beside "Where does it hurt?": the list and the offer under it come first.
func TestHurtWideAndShort(t *testing.T) {
	for _, w := range []int{80, 200} {
		m, _ := newModel(t, Options{})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 12})
		press(m, "down", "enter")
		checkFits(t, m, [2]int{w, 12}, "where does it hurt")
		if s := shown(m); !strings.Contains(s, `start "upper back"`) {
			t.Errorf("%dx12: no offer:\n%s", w, s)
		}
	}
}
