package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// The full help says ? closes it, and esc closes it before meaning back.
func TestFullHelpCloses(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "enter", "?")
	if scr := shown(m); !regexp.MustCompile(`\?\s+less`).MatchString(scr) || regexp.MustCompile(`\?\s+more`).MatchString(scr) {
		t.Errorf("the open full help does not say ? less:\n%s", scr)
	}
	press(m, "esc")
	if m.help.ShowAll || m.active != hurtScreen {
		t.Fatalf("esc with the full help open: help shown %v, screen %v; want it closed on the same screen", m.help.ShowAll, m.active)
	}
	press(m, "esc")
	if m.active != homeScreen {
		t.Errorf("a second esc went to %v; want home", m.active)
	}
}

// In a narrow window the help line drops keys from its end, but never
// "? more" or "q quit".
func TestHelpKeepsTheWayOut(t *testing.T) {
	for _, w := range []int{40, 50, 60, 70, 80, 120} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 20})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second) // on the hold, the longest help line
		line := helpLine(m)
		if !strings.Contains(line, "? more") || !strings.Contains(line, "q quit") {
			t.Errorf("at %d wide the help line is %q", w, line)
		}
		if strings.Contains(line, "…") {
			t.Errorf("at %d wide the help line is cut: %q", w, line)
		}
		if w >= 80 && !strings.Contains(line, "k tender spot") {
			t.Errorf("at %d wide the help line drops keys it has room for: %q", w, line)
		}
	}
}

// Full help in a narrow window stacks its columns rather than cut off the
// last, which holds the ways out.
func TestNarrowFullHelpKeepsTheWayOut(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	press(m, "?")
	s := shown(m)
	if !regexp.MustCompile(`\?\s+less`).MatchString(s) || !regexp.MustCompile(`q/esc\s+quit`).MatchString(s) || strings.Contains(s, "…") {
		t.Fatalf("40x12 full help:\n%s", s)
	}
	checkFits(t, m, [2]int{40, 12}, "full help")
}

// Full help's rows line up under each other at the left in a wide window:
// only the screen above is centred.
func TestFullHelpStaysLeft(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	press(m, "?")
	lines := strings.Split(shown(m), "\n")
	rows := strings.Count(m.helpView, "\n") + 1
	for _, l := range lines[len(lines)-rows:] {
		if l != "" && !strings.HasPrefix(l, " ") || strings.HasPrefix(l, "   ") {
			t.Fatalf("full help row %q is not at the left:\n%s", l, strings.Join(lines[len(lines)-rows:], "\n"))
		}
	}
}
