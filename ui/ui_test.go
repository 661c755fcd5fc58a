package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	loop "github.com/backroll/backroll/ui/screen"
)

// clock is the injected time of a test.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

var t0 = time.Date(2026, 11, 25, 21, 3, 0, 0, time.UTC)

// regular has answered the first-run questions and seen the red flags, as
// most people starting backroll have.
var regular = profile.Profile{Onboarded: true, SafetySeen: true}

// newModel builds the app at 80x24 for someone regular, unless o has a
// profile of its own.
func newModel(t testing.TB, o Options) (*Model, *fakeClock) {
	t.Helper()
	if o.Profile == (profile.Profile{}) {
		o.Profile = regular
	}
	return newBareModel(t, o)
}

// newBareModel builds the app at 80x24 with o as it is: a zero profile is
// someone starting backroll for the first time.
func newBareModel(t testing.TB, o Options) (*Model, *fakeClock) {
	t.Helper()
	c := &fakeClock{t: t0}
	o.Now = c.now
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return m, c
}

// send delivers a message and runs the commands it returns, as the program
// would; nothing wakes the model but the test (wait), so the clock stays
// the test's.
func send(m *Model, msg tea.Msg) {
	_, cmd := m.Update(msg)
	runAll(m, cmd)
}

// the is the screen of type T, such as the[*tips](m).
func the[T screen](m *Model) T {
	for _, s := range m.screens {
		if t, ok := s.(T); ok {
			return t
		}
	}
	var none T
	return none
}

func press(m *Model, keys ...string) {
	for _, k := range keys {
		send(m, keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// wait moves the clock and delivers the session's tick.
func wait(m *Model, c *fakeClock, d time.Duration) {
	c.t = c.t.Add(d)
	if m.session != nil {
		send(m, loop.WakeMsg{At: c.t})
	}
}

func shown(m *Model) string { return ansi.Strip(m.View().Content) }

func TestGoldenScreens(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		do   func(m *Model, c *fakeClock)
	}{
		{"home", Options{}, func(*Model, *fakeClock) {}},
		{"where-does-it-hurt", Options{}, func(m *Model, _ *fakeClock) { press(m, "down", "enter") }},
		{"lower-back", Options{}, func(m *Model, _ *fakeClock) { press(m, "down", "enter", "down", "down") }},
		{"neck", Options{}, func(m *Model, _ *fakeClock) { press(m, "down", "enter", "up") }},
		{"choose-areas", Options{}, func(m *Model, _ *fakeClock) {
			press(m, "down", "down", "enter", "space", "down", "down", "right", "space")
		}},
		{"get-ready", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) { wait(m, c, 2*time.Second) }},
		{"hold-in-breath", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			wait(m, c, 2*time.Second+500*time.Millisecond)
		}},
		{"hold-out-breath", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			wait(m, c, 27*time.Second)
		}},
		{"hold-held-breath", Options{Routine: "nightly", Plan: coach.Options{Breath: coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}}}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			wait(m, c, 6*time.Second+500*time.Millisecond) // 2.5 s into the hold
		}},
		{"hold-still", Options{Routine: "nightly", NoAnimation: true}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			wait(m, c, 2*time.Second)
		}},
		{"tender-spot", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			wait(m, c, 10*time.Second)
			press(m, "k")
			wait(m, c, 4*time.Second)
		}},
		{"paused", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			wait(m, c, 10*time.Second)
			press(m, "space")
		}},
		{"switch-sides", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			press(m, "n", "enter")
			wait(m, c, time.Minute)
			wait(m, c, time.Second)
		}},
		{"finisher-get-ready", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			press(m, "n", "n", "n")
			wait(m, c, time.Second)
		}},
		{"finisher", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			press(m, "n", "n", "n", "enter")
			wait(m, c, 2*time.Second)
		}},
		{"finisher-cat", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			press(m, "n", "n", "n", "enter")
			wait(m, c, 8*time.Second)
		}},
		{"finisher-held-breath", Options{Routine: "nightly", Plan: coach.Options{Breath: coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}}}, func(m *Model, c *fakeClock) {
			press(m, "n", "n", "n", "enter")
			wait(m, c, 5*time.Second)
		}},
		{"summary", Options{Routine: "nightly", Plan: coach.Options{Hold: 30 * time.Second}}, func(m *Model, c *fakeClock) {
			for range 3 {
				press(m, "enter")
				wait(m, c, 30*time.Second)
			}
			wait(m, c, 5*time.Second)
			wait(m, c, time.Minute)
		}},
		{"quit-confirm", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			press(m, "q")
		}},
		// The smallest window: cat-cow keeps its count, the hold its
		// clock, and both the keys used by touch in a help of two rows.
		{"finisher-40x12", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
			press(m, "n", "n", "n", "enter")
			wait(m, c, 6*time.Second)
		}},
		{"hold-40x12", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
			wait(m, c, 7*time.Second)
		}},
		{"full-help", Options{Routine: "nightly"}, func(m *Model, c *fakeClock) {
			wait(m, c, 5*time.Second)
			press(m, "?")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, c := newModel(t, tt.o)
			if tt.o.Routine != "" {
				m.Init()
			}
			tt.do(m, c)
			checkLinesStandAlone(t, m, tt.name)
			golden.RequireEqual(t, shown(m))
		})
	}
}

// homeTo moves home's cursor to the item labelled label.
func homeTo(t testing.TB, m *Model, label string) {
	t.Helper()
	for range the[*home](m).items {
		if h := the[*home](m); h.items[h.cursor].label == label {
			return
		}
		press(m, "down")
	}
	t.Fatalf("home has no %q", label)
}
