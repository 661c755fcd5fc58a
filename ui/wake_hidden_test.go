package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	loop "github.com/backroll/backroll/ui/screen"
)

// The hold wakes for the breath's levels only where its shape is drawn: in
// a window with no room for the box, or with reduced motion, it wakes for
// the digits (the second, the part of the breath), not five times a second
// for levels nobody sees.
func TestHoldWakesOnlyForWhatIsDrawn(t *testing.T) {
	for _, tc := range []struct {
		w, h    int
		animate bool
	}{
		{40, 12, true}, {40, 19, true}, {40, 20, true}, {60, 16, true}, {70, 14, true},
		{80, 24, true}, {120, 40, true}, {200, 60, true}, {80, 24, false}, {40, 12, false},
	} {
		m, c := newModel(t, Options{Routine: "nightly", NoAnimation: !tc.animate, Plan: coach.Options{Hold: coach.MaxHold}})
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
		press(m, "enter") // the hold starts now
		// 2 s into the in-breath: the count's next second is 1 s away, the
		// shape's next level 54 ms.
		wait(m, c, 2*time.Second)
		box := strings.Contains(shown(m), "╭")
		if box != (tc.animate && !m.session.shapeHidden) {
			t.Fatalf("%dx%d: box shown %v, but the session says hidden %v", tc.w, tc.h, box, m.session.shapeHidden)
		}
		at, ok := m.NextWake()
		d := at.Sub(c.t)
		switch {
		case !ok:
			t.Fatalf("%dx%d: a running hold asks for no wake-up", tc.w, tc.h)
		case box && d >= time.Second:
			t.Fatalf("%dx%d: the shape is drawn, but the next wake-up is the digits' in %v", tc.w, tc.h, d)
		case !box && d != time.Second:
			t.Fatalf("%dx%d: no shape drawn, but woken in %v; want the next second", tc.w, tc.h, d)
		}
	}
}

// So does the cat-cow finisher: its figure's poses follow the breath's
// levels, and a window that leaves the figure out wakes for the count.
func TestFinisherWakesOnlyForWhatIsDrawn(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {40, 16}, {60, 20}, {80, 24}, {120, 40}} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for range 20 {
			if m.session.s.State(c.t).Phase == coach.PhaseFinisher {
				break
			}
			press(m, "n") // on to the next area, and at last the finisher
			if readyPhase(m.session.s.State(c.t).Phase) {
				press(m, "enter")
			}
		}
		if ph := m.session.s.State(c.t).Phase; ph != coach.PhaseFinisher {
			t.Fatalf("%v: never reached the finisher; at %v", size, ph)
		}
		wait(m, c, 2*time.Second)
		figure := strings.ContainsAny(shown(m), "▀▄")
		at, _ := m.NextWake()
		if d := at.Sub(c.t); figure != (d < time.Second) {
			t.Fatalf("%v: figure shown %v, next wake-up in %v\n%s", size, figure, d, shown(m))
		}
	}
}

// No wake-up is for nothing: each one, in a hold or the finisher, at any
// size, moving or still, changes what is on screen. A wake-up that draws
// the same screen is a context switch and a frame's CPU spent on nothing.
func TestEveryWakeChangesTheScreen(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {120, 40}, {200, 60}} {
		for _, finisher := range []bool{false, true} {
			for _, animate := range []bool{true, false} {
				m, c := newModel(t, Options{Routine: "nightly", NoAnimation: !animate})
				m.Init()
				m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				press(m, "enter") // the first hold starts now
				for range 20 {
					if !finisher || m.session.s.State(c.t).Phase == coach.PhaseFinisher {
						break
					}
					press(m, "n")
					if readyPhase(m.session.s.State(c.t).Phase) {
						press(m, "enter")
					}
				}
				for i := range 150 {
					before := m.View().Content
					at, ok := m.NextWake()
					if !ok {
						break
					}
					c.t = at
					send(m, loop.WakeMsg{At: c.t})
					if m.View().Content == before {
						t.Fatalf("%v, finisher %v, moving %v: wake-up %d, at %v in the %v, changed nothing on screen",
							size, finisher, animate, i, at.Sub(t0), m.session.s.State(c.t).Phase)
					}
				}
			}
		}
	}
}
