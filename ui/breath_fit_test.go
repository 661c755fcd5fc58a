package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// A window too short for the breath box under the digits shows the words
// alone rather than a box cut in half, and on a tender spot those words
// say what the big clock is counting.
func TestShortHoldKeepsTheBreathWords(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, time.Second)
	s := shown(m)
	if !strings.Contains(s, "breathe in · 2") || strings.Contains(s, "╭") {
		t.Fatalf("40x12 hold:\n%s", s)
	}
	press(m, "k")
	if s := shown(m); !strings.Contains(s, "tender spot · in ") {
		t.Fatalf("40x12 tender spot:\n%s", s)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s := shown(m); !strings.Contains(s, "╭") {
		t.Fatalf("80x24 hold has no breath box:\n%s", s)
	}
}

// A large window draws the breath at twice the size, beside digits twice
// the size; an ordinary one at the usual size.
func TestBreathScalesWithTheWindow(t *testing.T) {
	for _, tc := range []struct {
		w, h, inner int
	}{{80, 24, breathW}, {200, 60, 3 * breathW}} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second)
		if top := "╭" + strings.Repeat("─", tc.inner) + "╮"; !strings.Contains(shown(m), top) {
			t.Errorf("%dx%d: no breath box %d wide:\n%s", tc.w, tc.h, tc.inner, shown(m))
		}
	}
}

// The larger breath box changes exactly when the usual one does, so a large
// window costs no more frames.
func TestLargeBreathKeepsTheFrames(t *testing.T) {
	s := newStyles(true, false)
	for fill := 0.0; fill <= 1; fill += 0.001 {
		next := min(fill+0.001, 1)
		small := slices.Equal(breathShape(&s, fill, 1), breathShape(&s, next, 1))
		large := slices.Equal(breathShape(&s, fill, 2), breathShape(&s, next, 2))
		if small != large {
			t.Fatalf("from fill %.3f to %.3f the usual box changed %v, the large one %v", fill, next, !small, !large)
		}
	}
}
