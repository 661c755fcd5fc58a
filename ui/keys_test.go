package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
)

// keyState is a screen in one of its states, reached from a new model.
type keyState struct {
	name string
	w, h int
	o    Options
	bare bool // the first run: no answers yet
	to   func(m *Model, c *fakeClock)
}

// keyStates are the screens in the states their keys change with.
func keyStates() []keyState {
	at := func(label string, more ...string) func(*Model, *fakeClock) {
		return func(m *Model, _ *fakeClock) {
			for range the[*home](m).items {
				if h := the[*home](m); h.items[h.cursor].label == label {
					break
				}
				press(m, "down")
			}
			press(m, "enter")
			press(m, more...)
		}
	}
	keys := func(ks ...string) func(*Model, *fakeClock) {
		return func(m *Model, _ *fakeClock) { press(m, ks...) }
	}
	hold := func(m *Model, c *fakeClock) { wait(m, c, 5*time.Second); wait(m, c, 20*time.Second) }
	nightly := Options{Routine: "nightly"}
	return []keyState{
		{name: "home", w: 80, h: 24, to: keys("down", "down")},
		{name: "where does it hurt", w: 80, h: 24, to: at("Where does it hurt?", "down")},
		{name: "choose areas", w: 80, h: 24, to: at("Choose areas", "down", "space")},
		{name: "routines", w: 80, h: 24, to: at("Routines", "down")},
		{name: "progress", w: 80, h: 14, o: Options{Journal: &journal{stats: sampleStats(t0)}}, to: at("Progress")},
		{name: "tips", w: 80, h: 16, to: keys("t", "down")},
		{name: "a tip", w: 60, h: 14, to: keys("t", "enter")},
		{name: "tips searched", w: 80, h: 24, to: keys("t", "/", "b", "r", "e", "a", "t", "h", "enter")},
		{name: "red flags", w: 80, h: 20, to: keys("r")},
		{name: "settings", w: 80, h: 24, to: at("Settings", "down")},
		{name: "first run: roller", w: 80, h: 24, bare: true, to: keys("down")},
		{name: "first run: kinds of roller", w: 60, h: 14, bare: true, to: keys("up", "enter")},
		{name: "first run: first time", w: 80, h: 24, bare: true, to: keys("enter")},
		{name: "first run: screening", w: 80, h: 24, bare: true, to: keys("enter", "enter", "down")},
		{name: "first run: injury", w: 80, h: 24, bare: true, to: keys("enter", "enter", "down", "down", "down", "space", "enter", "down")},
		{name: "first run: red flags", w: 80, h: 20, bare: true, to: keys("enter", "enter", "enter")},
		{name: "stopped today", w: 80, h: 24, o: Options{Journal: flaggedToday(0)}, to: keys("enter", "down")},
		{name: "get ready", w: 80, h: 24, o: nightly},
		{name: "get ready, steps that scroll", w: 40, h: 12, o: nightly},
		{name: "hold", w: 80, h: 24, o: nightly, to: hold},
		{name: "tender spot", w: 80, h: 24, o: nightly, to: func(m *Model, c *fakeClock) { hold(m, c); press(m, "k") }},
		{name: "paused", w: 80, h: 24, o: nightly, to: func(m *Model, c *fakeClock) { hold(m, c); press(m, "space") }},
		{name: "switch sides", w: 80, h: 24, o: nightly, to: func(m *Model, c *fakeClock) { press(m, "n", "enter"); wait(m, c, time.Minute) }},
		{name: "cat-cow get ready", w: 80, h: 24, o: nightly, to: keys("n", "n", "n")},
		{name: "cat-cow", w: 80, h: 24, o: nightly, to: func(m *Model, c *fakeClock) { press(m, "n", "n", "n", "enter"); wait(m, c, time.Second) }},
		{name: "quit question", w: 80, h: 24, o: nightly, to: func(m *Model, c *fakeClock) { hold(m, c); press(m, "q") }},
		{name: "summary", w: 80, h: 16, o: Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MinHold}},
			to: func(m *Model, c *fakeClock) { press(m, "enter"); wait(m, c, coach.MinHold); press(m, "n") }},
	}
}

// reach builds a model in state s.
func (s keyState) reach(t *testing.T) (*Model, *fakeClock) {
	t.Helper()
	newM := newModel
	if s.bare {
		newM = newBareModel
		s.o.Profile = profile.Profile{}
	}
	m, c := newM(t, s.o)
	m.Update(tea.WindowSizeMsg{Width: s.w, Height: s.h})
	runAll(m, m.Init())
	if s.to != nil {
		s.to(m, c)
	}
	return m, c
}

// probeKeys are every key a person might try.
func probeKeys() []string {
	var ks []string
	for r := 'a'; r <= 'z'; r++ {
		ks = append(ks, string(r), strings.ToUpper(string(r)))
	}
	for r := '0'; r <= '9'; r++ {
		ks = append(ks, string(r))
	}
	ks = append(ks, "+", "=", "-", "/", "?", ".", ",", "space", "enter", "esc", "backspace", "tab",
		"up", "down", "left", "right", "home", "end", "pgup", "pgdown", "ctrl+c")
	return ks
}

// snapshot is what a key may change: the screen, which screen, whether
// the program is ending and the full help.
func snapshot(m *Model) string {
	return fmt.Sprintf("%s\x00%d %v %v %v", shown(m), m.active, m.quitting, m.help.ShowAll, m.outcome)
}

// glyphKeys are the keys a help label writes as symbols.
var glyphKeys = map[string]string{"↑": "up", "↓": "down", "←": "left", "→": "right", "pgdn": "pgdown"}

// named are the keys a full help label names: "↑/↓/k" names up, down and
// k; "0-10" the digits.
func named(label string) []string {
	if label == "/" {
		return []string{"/"}
	}
	var out []string
	for _, part := range strings.Split(label, "/") {
		if lo, hi, ok := strings.Cut(part, "-"); ok {
			a, errA := strconv.Atoi(lo)
			b, errB := strconv.Atoi(hi)
			if errA == nil && errB == nil {
				for d := a; d <= b && d <= 9; d++ {
					out = append(out, strconv.Itoa(d))
				}
				continue
			}
		}
		if k, ok := glyphKeys[part]; ok {
			part = k
		}
		out = append(out, part)
	}
	return out
}

// Every key that does something on a screen is named in its full help, and
// the full help, once open, shows every entry it has: esc, the vim keys,
// the digits, ctrl+c. Keys are found by pressing each in turn, not read off
// the screen's own list. Typing a search is left out: there every letter
// does something.
func TestFullHelpNamesEveryKey(t *testing.T) {
	if testing.Short() {
		// Some 2,500 key presses, each drawn: CI's race run takes -short,
		// the README's test command runs it.
		t.Skip("presses every key on every screen; run without -short")
	}
	for _, s := range keyStates() {
		t.Run(s.name, func(t *testing.T) {
			m, _ := s.reach(t)
			if ty, ok := m.screens[m.active].(typist); ok && ty.typing() {
				t.Fatalf("%s: typing", s.name)
			}
			names, full := fullHelpShows(t, m)
			small := s
			small.w, small.h = 40, 12
			sm, _ := small.reach(t)
			fullHelpShows(t, sm) // a small window shows all of it too
			for _, k := range probeKeys() {
				m, _ := s.reach(t)
				before := snapshot(m)
				_, cmd := m.Update(keyMsg(k))
				runAll(m, cmd)
				if snapshot(m) != before && !slices.Contains(names, k) {
					t.Errorf("%q does something here, but the full help does not name it (it names %v):\n%s", k, names, full)
				}
			}
		})
	}
}

// fullHelpShows opens the full help and fails unless it shows every entry
// it has; it returns the keys they name, and the screen.
func fullHelpShows(t *testing.T, m *Model) ([]string, string) {
	t.Helper()
	keys := openHelp{m.screens[m.active].keys(m.frame())}
	var names []string
	press(m, "?")
	full := shown(m)
	for _, col := range keys.FullHelp() {
		for _, b := range col {
			h := b.Help()
			if !b.Enabled() || h.Key == "" {
				continue
			}
			names = append(names, named(h.Key)...)
			if !regexp.MustCompile(regexp.QuoteMeta(h.Key) + `\s+` + regexp.QuoteMeta(h.Desc)).MatchString(full) {
				t.Errorf("at %dx%d the full help leaves out %q %q:\n%s", m.width, m.height, h.Key, h.Desc, full)
			}
		}
	}
	return names, full
}

// However narrow the window, the help line keeps the way out (the key
// that q works, else the one esc does), ? for the rest, and p where sharp
// pain stops a session.
func TestHelpLineKeepsTheWayOut(t *testing.T) {
	for _, s := range keyStates() {
		for _, w := range []int{40, 50, 60, 80} {
			s.w = w
			m, _ := s.reach(t)
			line := helpLine(m)
			if strings.Contains(line, "…") {
				t.Errorf("%s at %d wide: the help line is cut: %q", s.name, w, line)
			}
			short := m.screens[m.active].keys(m.frame()).ShortHelp()
			var out *key.Binding
			for _, way := range []string{"q", "esc"} {
				for i, b := range short {
					if out == nil && b.Enabled() && slices.Contains(b.Keys(), way) {
						out = &short[i]
					}
				}
			}
			if out == nil {
				t.Errorf("%s: no way out among the keys %v", s.name, short)
				continue
			}
			if !strings.Contains(line, "? more") && w >= 80 {
				t.Errorf("%s at %d wide: the help line %q does not say ? opens the rest", s.name, w, line)
			}
			for _, b := range short {
				h := b.Help()
				must := b.Enabled() && (h.Key == "?" || h.Key == "p" || h.Key == out.Help().Key)
				if must && !strings.Contains(line, h.Key+" "+h.Desc) {
					t.Errorf("%s at %d wide: the help line %q leaves out %q", s.name, w, line, h.Key+" "+h.Desc)
				}
			}
		}
	}
}

// The quit question shows both its answers on the help line at any width:
// the way out of the question is as needed as the way out of the session.
func TestQuitQuestionShowsBothAnswers(t *testing.T) {
	for _, w := range []int{40, 60, 80} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 12})
		runAll(m, m.Init())
		wait(m, c, 6*time.Second)
		press(m, "q")
		if line := helpLine(m); !strings.Contains(line, "y yes, stop") || !strings.Contains(line, "n go on") || !strings.Contains(line, "p sharp pain") {
			t.Errorf("at %d wide the quit question's help line is %q", w, line)
		}
	}
}

// The first frames are drawn before the terminal says its size, as when
// backroll start opens straight on a get-ready; when the size comes and
// is the one assumed, the help line is still fitted: q quit stays on it.
func TestHelpLineFitsBeforeTheSizeIsKnown(t *testing.T) {
	c := &fakeClock{t: t0}
	m, err := New(Options{Routine: "lower-back", Profile: regular, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	runAll(m, m.Init())
	for _, sz := range [][2]int{{80, 24}, {60, 20}, {80, 24}} {
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if line := helpLine(m); !strings.Contains(line, "q quit") || strings.Contains(line, "…") {
			t.Errorf("%dx%d: the help line is %q", sz[0], sz[1], line)
		}
	}
}
