package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/content"
)

// Every menu jumps to its last row with end or G and back to its first
// with home or g.
func TestMenusJumpToTheEnds(t *testing.T) {
	for _, tt := range []struct {
		name   string
		open   []string
		cursor func(m *Model) int
		rows   func(m *Model) int
	}{
		{"home", nil, func(m *Model) int { return the[*home](m).cursor }, func(m *Model) int { return len(the[*home](m).items) }},
		{"where does it hurt", []string{"down", "enter"}, func(m *Model) int { return the[*hurt](m).cursor }, func(*Model) int { return len(content.Regions) }},
		{"choose areas", []string{"down", "down", "enter"}, func(m *Model) int { return the[*choose](m).cursor }, func(m *Model) int { return len(the[*choose](m).picked) }},
		{"routines", []string{"down", "down", "down", "enter"}, func(m *Model) int { return the[*routines](m).cursor }, func(m *Model) int { return len(the[*routines](m).all) }},
		{"settings", []string{"end", "enter"}, func(m *Model) int { return the[*settingsPage](m).cursor }, func(*Model) int { return len(saved.Fields) }},
	} {
		for _, keys := range [][2]string{{"end", "home"}, {"G", "g"}} {
			m, _ := newModel(t, Options{})
			press(m, tt.open...)
			if n := tt.rows(m); n < 3 {
				t.Fatalf("%s: %d rows", tt.name, n)
			}
			press(m, "down")
			press(m, keys[0])
			if got, want := tt.cursor(m), tt.rows(m)-1; got != want {
				t.Errorf("%s: %s put the cursor on row %d, want the last, %d", tt.name, keys[0], got, want)
			}
			press(m, keys[1])
			if got := tt.cursor(m); got != 0 {
				t.Errorf("%s: %s put the cursor on row %d, want the first", tt.name, keys[1], got)
			}
		}
	}
}

// Home's words wrap evenly in a narrow window: no word alone on a line, a
// sentence to a line where that takes no more lines.
func TestHomeWrapsEvenly(t *testing.T) {
	m, _ := newModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 30})
	s := shown(m)
	for _, want := range []string{"\n Not rolled yet today.\n A few gentle minutes is plenty.\n", "\n backroll is a guide to gentle\n self-care, not medical advice.\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("home at 50x30 does not show %q:\n%s", want, s)
		}
	}
	texts := []string{
		content.Disclaimer,
		"Not rolled yet today. A few gentle minutes is plenty.",
		"Streak paused through Sat 28 Nov: rest that back. A roll meanwhile still counts.",
		"Rolled today: 1:30. A little more and today counts for your streak.",
		pausedLine(Today{PausedUntil: "2026-11-28", PausedBy: "red-flag"}),
	}
	for _, text := range texts {
		for w := 20; w <= 80; w++ {
			even, greedy := wrapEven(lipgloss.NewStyle(), text, w, 1, 1), wrap(text, w, 1, 1)
			if len(even) > len(greedy) {
				t.Errorf("at %d: %d lines, wrap takes %d: %q", w, len(even), len(greedy), even)
			}
			if got := strings.Join(strings.Fields(strings.Join(even, " ")), " "); got != text {
				t.Errorf("at %d the words changed: %q", w, got)
			}
			for i, l := range even {
				if len(strings.Fields(l)) < 2 && len(even) > 1 {
					t.Errorf("at %d line %d is one word alone: %q", w, i, even)
				}
				if len(l) > 0 && lipgloss.Width(l) > w {
					t.Errorf("at %d line %d is %d wide: %q", w, i, lipgloss.Width(l), l)
				}
			}
		}
	}
}
