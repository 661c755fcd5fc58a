package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
	loop "github.com/backroll/backroll/ui/screen"
)

// saver keeps the profiles the app saves, in order.
type saver struct {
	saved []profile.Profile
	fail  error
}

func (s *saver) save(p profile.Profile) error { s.saved = append(s.saved, p); return s.fail }

func (s *saver) last(t *testing.T) profile.Profile {
	t.Helper()
	if len(s.saved) == 0 {
		t.Fatal("nothing saved")
	}
	return s.saved[len(s.saved)-1]
}

// keys presses keys and delivers everything their commands send back, as
// the program would: the search's matches, saves, navigation.
func keys(m *Model, ks ...string) {
	for _, k := range ks {
		_, cmd := m.Update(keyMsg(k))
		runAll(m, cmd)
	}
}

// typeText types text one key at a time.
func typeText(m *Model, text string) {
	for _, r := range text {
		keys(m, string(r))
	}
}

// helpLine is the last line of the screen.
func helpLine(m *Model) string {
	s := shown(m)
	return s[strings.LastIndex(s, "\n")+1:]
}

func TestGoldenCoachScreens(t *testing.T) {
	peanutNew := profile.Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}
	tests := []struct {
		name string
		o    Options
		bare bool // the first run: an empty profile
		do   func(m *Model, c *fakeClock)
	}{
		{"tips", Options{}, false, func(m *Model, _ *fakeClock) { keys(m, "t") }},
		{"tips-typing", Options{}, false, func(m *Model, _ *fakeClock) {
			keys(m, "t", "/")
			typeText(m, "breath")
		}},
		{"tips-found", Options{}, false, func(m *Model, _ *fakeClock) {
			keys(m, "t", "/")
			typeText(m, "breath")
			keys(m, "enter", "down")
		}},
		{"tip", Options{}, false, func(m *Model, _ *fakeClock) { keys(m, "t", "down", "enter") }},
		{"red-flags", Options{}, false, func(m *Model, _ *fakeClock) { keys(m, "r") }},
		{"red-flags-before-first-session", Options{Routine: "nightly", Profile: profile.Profile{Onboarded: true}}, true,
			func(m *Model, _ *fakeClock) {}},
		{"onboarding-roller", Options{}, true, func(*Model, *fakeClock) {}},
		{"onboarding-roller-peanut", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "down", "down", "down") }},
		{"onboarding-guide", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "up", "enter") }},
		{"onboarding-first-time", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "enter") }},
		{"onboarding-screening", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "enter", "enter", "down", "space") }},
		{"onboarding-injury", Options{}, true, func(m *Model, _ *fakeClock) {
			keys(m, "enter", "enter", "down", "down", "down", "space", "enter", "down", "down", "space")
		}},
		{"onboarding-safety", Options{}, true, func(m *Model, _ *fakeClock) { keys(m, "enter", "enter", "enter") }},
		{"get-ready-peanut-first-time", Options{Routine: "nightly", Profile: peanutNew}, false, func(*Model, *fakeClock) {}},
		{"hold-peanut-first-time", Options{Routine: "nightly", Profile: peanutNew}, false, func(m *Model, c *fakeClock) {
			wait(m, c, firstTimeReady)
			wait(m, c, 2*time.Second)
		}},
		{"hold-trigger-point-lats", Options{Routine: "lats", Profile: profile.Profile{Roller: "trigger-point", Onboarded: true, SafetySeen: true}}, false,
			func(m *Model, c *fakeClock) {
				wait(m, c, 5*time.Second)
				wait(m, c, 2*time.Second)
			}},
		{"summary-red-flag", Options{Routine: "mid-back", Plan: coach.Options{Hold: 30 * time.Second}}, false, func(m *Model, c *fakeClock) {
			press(m, "space")
			wait(m, c, 30*time.Second)
			press(m, "n", "p")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newM := newModel
			if tt.bare {
				newM = newBareModel
			}
			m, c := newM(t, tt.o)
			runAll(m, m.Init())
			tt.do(m, c)
			golden.RequireEqual(t, shown(m))
		})
	}
}

// The search narrows the list as each letter is typed; ? is a letter
// there; esc gives the whole list back, and esc again goes home.
func TestTipsSearch(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "/")
	if !strings.Contains(helpLine(m), "esc cancel") || strings.Contains(helpLine(m), "enter done") {
		t.Fatalf("help while the search is empty: %q", helpLine(m))
	}
	var counts []int
	for _, r := range "peanut" {
		typeText(m, string(r))
		counts = append(counts, len(the[*tips](m).list.VisibleItems()))
	}
	if !slices.IsSortedFunc(counts, func(a, b int) int { return b - a }) || counts[len(counts)-1] != 1 {
		t.Fatalf("matches while typing %v, want them to narrow to 1", counts)
	}
	if got := the[*tips](m).list.VisibleItems()[0].(tipItem).ID; got != "peanut-roller" {
		t.Fatalf("found %q", got)
	}
	typeText(m, "?")
	if m.help.ShowAll || the[*tips](m).list.FilterInput.Value() != "peanut?" {
		t.Fatalf("? toggled help (%v) instead of typing: %q", m.help.ShowAll, the[*tips](m).list.FilterInput.Value())
	}
	keys(m, "esc")
	if n := len(the[*tips](m).list.VisibleItems()); n != len(content.Tips) || m.active != tipsScreen {
		t.Fatalf("after esc: %d tips on %v", n, m.active)
	}
	keys(m, "/")
	typeText(m, "lower back")
	keys(m, "enter")
	if !strings.Contains(helpLine(m), "esc clear search") || !strings.Contains(shown(m), "Search: lower back") {
		t.Fatalf("found, help %q:\n%s", helpLine(m), shown(m))
	}
	for _, it := range the[*tips](m).list.VisibleItems() {
		if !it.(tipItem).Matches("lower back") {
			t.Errorf("%q does not hold the search", it.(tipItem).ID)
		}
	}
	keys(m, "down")
	chosen, _ := the[*tips](m).selected()
	keys(m, "esc")
	if the[*tips](m).list.IsFiltered() || m.active != tipsScreen {
		t.Fatal("esc did not clear the search")
	}
	if now, _ := the[*tips](m).selected(); now != chosen {
		t.Fatalf("clearing the search moved the choice from %q to %q", chosen.ID, now.ID)
	}
	keys(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc on the whole list went to %v", m.active)
	}
}

// A search for nothing leaves an empty list, and says so.
func TestTipsSearchFindsNothing(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "/")
	if !strings.Contains(shown(m), "Search: type a word, like breath") {
		t.Fatalf("the empty search does not show its hint whole:\n%s", shown(m))
	}
	typeText(m, "zebra")
	if s := shown(m); !strings.Contains(s, fmt.Sprintf("0 of %d tips", len(content.Tips))) || !strings.Contains(s, "No tip has every one of those words") {
		t.Fatalf("screen:\n%s", s)
	}
	if strings.Contains(helpLine(m), "done") {
		t.Errorf("a search that finds nothing offers to be done: %q", helpLine(m))
	}
	// enter keeps the search open to be changed, not thrown away.
	keys(m, "enter", "backspace", "backspace", "backspace", "backspace", "backspace")
	typeText(m, "breath")
	if s := shown(m); !strings.Contains(s, "Search: breath") || strings.Contains(s, "No tip has") {
		t.Fatalf("after enter, then breath:\n%s", s)
	}
}

// An open tip scrolls when the window is too short for it, and the help
// says so only then; ←/→ go through the tips found.
func TestTipScroll(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "enter")
	if strings.Contains(helpLine(m), "scroll") {
		t.Fatalf("a tip that fits offers to scroll: %q", helpLine(m))
	}
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	keys(m, "down") // lays the tip out at the new size, and scrolls it
	if the[*tips](m).body.vp.YOffset() != 1 || !strings.Contains(helpLine(m), "scroll") {
		t.Fatalf("offset %d, help %q", the[*tips](m).body.vp.YOffset(), helpLine(m))
	}
	first := shown(m)
	keys(m, "up")
	if the[*tips](m).body.vp.YOffset() != 0 || shown(m) == first {
		t.Fatal("up did not scroll back")
	}
	for range 20 {
		keys(m, "down")
	}
	tip, _ := the[*tips](m).selected()
	text := tipText(m.styles, tip, textWidth(m.frame()), "")
	last := strings.TrimSpace(ansi.Strip(text[len(text)-1]))
	if !the[*tips](m).body.vp.AtBottom() || !strings.Contains(shown(m), last) {
		t.Fatalf("the end of the tip, %q, is out of reach:\n%s", last, shown(m))
	}
	keys(m, "right")
	if tip, _ := the[*tips](m).selected(); tip.ID != content.Tips[1].ID || the[*tips](m).body.vp.YOffset() != 0 {
		t.Fatalf("right opened %q at offset %d", tip.ID, the[*tips](m).body.vp.YOffset())
	}
	keys(m, "left", "left")
	if tip, _ := the[*tips](m).selected(); tip.ID != content.Tips[len(content.Tips)-1].ID {
		t.Fatalf("left from the first opened %q, want the last", tip.ID)
	}
	keys(m, "esc")
	if the[*tips](m).open || m.active != tipsScreen {
		t.Fatal("esc did not close the tip")
	}
}

// Every step of the first run can be skipped; the person is never asked
// again, and the red flags they skipped come before their first session.
// newcomer is the profile profile.Load gives someone never asked: taken as
// new to rolling until they say otherwise.
var newcomer = profile.Profile{FirstTime: true}

func TestOnboardingSkipSteps(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	if m.active != onboardingScreen {
		t.Fatalf("first run opened %v", m.active)
	}
	for _, want := range []onboardingStep{stepFirstTime, stepScreening, stepSafety} {
		keys(m, "s")
		if the[*onboarding](m).step != want {
			t.Fatalf("step %v, want %v", the[*onboarding](m).step, want)
		}
	}
	keys(m, "s")
	if m.active != homeScreen {
		t.Fatalf("after the last step: %v", m.active)
	}
	// Skipped is not "I have rolled before": a new face starts gently.
	if got := s.last(t); got != (profile.Profile{FirstTime: true, Onboarded: true}) {
		t.Fatalf("saved %+v", got)
	}
	keys(m, "enter") // nightly roll
	if m.active != redFlagsScreen || m.session != nil {
		t.Fatalf("the first session started without the red flags: %v", m.active)
	}
	keys(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc from the red flags went to %v", m.active)
	}
	keys(m, "r")
	if strings.Contains(helpLine(m), "I have read this") {
		t.Fatal("the red flags from home still hold a session")
	}
	keys(m, "esc", "enter")
	readRedFlags(t, m)
	if m.active != sessionScreen || !s.last(t).SafetySeen {
		t.Fatalf("after reading: %v, saved %+v", m.active, s.last(t))
	}
	keys(m, "q", "y", "r")
	if m.active != redFlagsScreen || strings.Contains(helpLine(m), "I have read this") {
		t.Fatalf("the red flags from home after the first session:\n%s", shown(m))
	}
}

func TestOnboardingSkipAll(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	keys(m, "down", "enter", "esc")
	if m.active != homeScreen {
		t.Fatalf("esc went to %v", m.active)
	}
	if got := s.last(t); got != (profile.Profile{Roller: "standard", FirstTime: true, Onboarded: true}) {
		t.Fatalf("saved %+v; the answer given before esc counts, the one skipped starts gently", got)
	}

	// Setup again keeps the earlier answers that esc skips.
	before := profile.Profile{Roller: "peanut", Onboarded: true, SafetySeen: true}
	m, _ = newBareModel(t, Options{Profile: before, SaveProfile: s.save, Setup: true})
	keys(m, "esc")
	if got := s.last(t); got != before {
		t.Fatalf("setup then esc saved %+v; want %+v kept", got, before)
	}
}

// The answers are saved and change the coaching: 45 s holds for a
// first-timer, the peanut's note first on the mid-back.
func TestOnboardingAnswers(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "down", "down", "down", "enter", "enter", "enter")
	readSafety(t, m)
	want := profile.Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}
	if got := s.last(t); got != want || m.opts.Profile != want || m.writing != 0 {
		t.Fatalf("saved %+v, profile %+v, writing %d", got, m.opts.Profile, m.writing)
	}
	// Three 45 s holds and a minute of cat-cow, each after 10 s to get
	// ready: 3:55, not the usual 4:20.
	if !strings.Contains(shown(m), "mid-back, glutes, cat-cow · 3:55") {
		t.Fatalf("home:\n%s", shown(m))
	}
	keys(m, "down", "down", "enter")
	if !strings.Contains(shown(m), "0:45") {
		t.Fatalf("choose areas does not start first-timers at 45 s:\n%s", shown(m))
	}
	keys(m, "esc", "up", "up", "enter")
	for _, st := range m.session.plan.Steps {
		if st.Hold != firstTimeHold {
			t.Fatalf("hold %v, want %v", st.Hold, firstTimeHold)
		}
	}
	// Time to read the steps and get down onto the roller.
	if r := m.session.plan.Ready; r != firstTimeReady {
		t.Fatalf("get-ready %v, want %v", r, firstTimeReady)
	}
	if n := m.session.notes["mid-back"]; !strings.Contains(n[0], "groove") || n[1] != content.FirstTimeNote {
		t.Fatalf("mid-back notes %q", n)
	}
}

// "Not sure" shows the kinds of roller before the next question.
func TestOnboardingNotSure(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	keys(m, "up", "enter")
	if the[*onboarding](m).step != stepGuide || !strings.Contains(shown(m), "Peanut") {
		t.Fatalf("step %v:\n%s", the[*onboarding](m).step, shown(m))
	}
	if strings.Contains(helpLine(m), "skip ·") || strings.Contains(helpLine(m), "choose") {
		t.Fatalf("guide help %q", helpLine(m))
	}
	keys(m, "enter")
	if the[*onboarding](m).step != stepFirstTime || the[*onboarding](m).prof.Roller != "not-sure" {
		t.Fatalf("step %v, roller %q", the[*onboarding](m).step, the[*onboarding](m).prof.Roller)
	}
}

// backroll setup asks again, starting from the answers given, and ends
// the program once they are saved.
func TestSetup(t *testing.T) {
	s := &saver{}
	was := profile.Profile{Roller: "soft", Onboarded: true, SafetySeen: true}
	m, _ := newModel(t, Options{Setup: true, Profile: was, SaveProfile: s.save})
	if m.active != onboardingScreen || the[*onboarding](m).cursor != 0 || !strings.Contains(shown(m), "backroll · setup") {
		t.Fatalf("screen %v cursor %d:\n%s", m.active, the[*onboarding](m).cursor, shown(m))
	}
	keys(m, "enter")
	if the[*onboarding](m).cursor != 1 {
		t.Fatal("someone who has rolled before is not asked as a first-timer")
	}
	keys(m, "enter", "enter")
	readSafety(t, m)
	if !m.quitting || s.last(t) != was {
		t.Fatalf("quitting %v, saved %+v", m.quitting, s.last(t))
	}
}

// A save that fails is said on home; the answers still apply.
func TestProfileNotSaved(t *testing.T) {
	s := &saver{fail: errors.New("config.toml: permission denied")}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "esc")
	if !strings.Contains(shown(m), "Your answers were not saved: config.toml: permission denied") || !m.opts.Profile.Onboarded {
		t.Fatalf("home:\n%s", shown(m))
	}
}

// `backroll start` shows the red flags once before the first session:
// enter goes on, q leaves as a quit session would.
func TestStartShowsRedFlagsOnce(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{Routine: "nightly", SaveProfile: s.save})
	runAll(m, m.Init())
	if m.active != redFlagsScreen || strings.Contains(helpLine(m), "esc") {
		t.Fatalf("screen %v, help %q", m.active, helpLine(m))
	}
	readRedFlags(t, m)
	if m.active != sessionScreen || s.last(t) != (profile.Profile{SafetySeen: true}) {
		t.Fatalf("screen %v, saved %+v", m.active, s.saved)
	}

	m, _ = newBareModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	keys(m, "q")
	if !m.quitting || m.Outcome() != OutcomeQuit {
		t.Fatalf("quitting %v, outcome %v", m.quitting, m.Outcome())
	}
}

// Sharp pain or tingling, reported in the summary, replaces the usual
// note with the advice to stop, and goes into the session's record.
func TestRedFlagAfterSession(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "mid-back", Journal: j, Profile: profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true}})
	runAll(m, m.Init())
	keys(m, "space")
	c.t = c.t.Add(firstTimeHold)
	_, cmd := m.Update(loop.WakeMsg{At: c.t})
	runAll(m, cmd)
	keys(m, "n")
	if s := shown(m); !strings.Contains(s, "Tomorrow: You may feel a little bruised") || !strings.Contains(helpLine(m), "p sharp pain or tingling") {
		t.Fatalf("a first-timer's summary:\n%s", s)
	}
	keys(m, "p")
	s := shown(m)
	if strings.Contains(s, "Tomorrow") || !strings.Contains(s, "see a physical therapist before you roll") || !strings.Contains(helpLine(m), "p undo") {
		t.Fatalf("summary after p:\n%s", s)
	}
	keys(m, "p", "p", "enter")
	if len(j.ends) != 1 || !j.ends[0].Summary.RedFlag {
		t.Fatalf("session records %+v", j.ends)
	}
}

// The hold screen's reminders are this exercise's, for this person, and
// fit the line they are drawn on at 80 columns.
func TestHoldNotes(t *testing.T) {
	all, _ := content.RoutineByID("lower-back")
	p, err := coach.NewPlan(all, coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range content.Rollers {
		for _, first := range []bool{false, true} {
			notes := holdNotes(p, profile.Profile{Roller: r.ID, FirstTime: first})
			for _, st := range p.Steps {
				ex := st.Exercise
				n := notes[ex.ID]
				if len(n) < len(ex.Mistakes)+len(ex.Tips) {
					t.Errorf("%s %s: %d notes", r.ID, ex.ID, len(n))
				}
				if note := r.Notes[ex.ID]; note != "" && n[0] != note {
					t.Errorf("%s %s: first note %q, want the roller's", r.ID, ex.ID, n[0])
				}
				for _, line := range n {
					if w := len([]rune(line)); w > 77 {
						t.Errorf("%q is %d wide", line, w)
					}
				}
			}
		}
	}
	trigger := holdNotes(p, profile.Profile{Roller: "trigger-point"})
	if !strings.Contains(trigger["mid-back"][0], "lighter") || !strings.Contains(trigger["lats"][0], "lighter") {
		t.Errorf("a textured roller is not told to go lighter on the back: %q", trigger["mid-back"])
	}
	midBack, _ := content.ExerciseByID("mid-back")
	if plain := holdNotes(p, profile.Profile{}); plain["mid-back"][0] != midBack.Ease {
		t.Errorf("mid-back's first note %q", plain["mid-back"][0])
	}
}

// Every new screen fits every window from the smallest up.
func TestCoachScreensFit(t *testing.T) {
	walks := map[string][]string{
		"tips": {"t"}, "tip": {"t", "enter"}, "search": {"t", "/", "b"},
		"red flags": {"r"}, "roller": nil, "first time": {"enter"}, "safety": {"enter", "enter"},
	}
	for _, sz := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		for name, ks := range walks {
			m, _ := newBareModel(t, Options{})
			if name == "tips" || name == "tip" || name == "search" || name == "red flags" {
				m, _ = newModel(t, Options{})
			}
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			keys(m, ks...)
			checkFits(t, m, sz, name)
		}
	}
}

// Sharp pain or tingling in the middle of a hold: p stops the session at
// once, without asking, keeps what was rolled, and shows the advice to stop.
// The session is saved with the red flag and counts as cut short.
func TestSharpPainStopsTheSession(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "nightly", Journal: j})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, 20*time.Second)
	press(m, "?")
	if !strings.Contains(shown(m), "p sharp pain") {
		t.Errorf("the full help on a hold does not list p:\n%s", shown(m))
	}
	press(m, "?")
	_, cmd := m.Update(keyMsg("p"))
	runAll(m, cmd)
	s := shown(m)
	if m.session.confirm || !strings.Contains(s, "Session stopped.") || !strings.Contains(s, "see a physical therapist before you roll") {
		t.Fatalf("after p on a hold:\n%s", s)
	}
	if len(j.holds) != 1 || j.holds[0].Rolled != 20*time.Second || j.holds[0].Completed {
		t.Fatalf("holds saved: %+v; want the 20 s rolled so far, cut short", j.holds)
	}
	_, cmd = m.Update(keyMsg("enter"))
	runAll(m, cmd)
	if len(j.ends) != 1 || !j.ends[0].Summary.RedFlag || j.ends[0].Summary.Finished {
		t.Fatalf("session saved as %+v; want the red flag, not finished", j.ends)
	}
	if m.Outcome() != OutcomeQuit || !m.quitting {
		t.Fatalf("outcome %v, quitting %v; want a session cut short, and the program to end", m.Outcome(), m.quitting)
	}
}

// The signs to stop are never cut off: in a window too short for them, ↑/↓
// scroll, the help says so, and every line can be reached; in a tall one
// nothing scrolls. The same holds for the first run's safety step, and
// every roller answer shows even at the smallest size.
func TestSafetyTextScrolls(t *testing.T) {
	walks := map[string]func(t *testing.T) *Model{
		"red flags": func(t *testing.T) *Model {
			m, _ := newModel(t, Options{})
			keys(m, "r")
			return m
		},
		"first run": func(t *testing.T) *Model {
			m, _ := newBareModel(t, Options{})
			keys(m, "s", "s", "s")
			return m
		},
	}
	for name, walk := range walks {
		m := walk(t)
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
		if strings.Contains(helpLine(m), "scroll") {
			t.Errorf("%s at 80x40 offers to scroll: %q", name, helpLine(m))
		}
		m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
		if top := strings.SplitN(shown(m), "\n", 2)[0]; !strings.Contains(helpLine(m), "scroll") || !strings.HasSuffix(strings.TrimSpace(top), "↓") && !strings.Contains(top, "↓ ·") {
			t.Errorf("%s at 40x12 does not say it scrolls:\n%s", name, shown(m))
		}
		seen := shown(m)
		for range 40 {
			keys(m, "down")
			seen += "\n" + shown(m)
		}
		if top := strings.SplitN(shown(m), "\n", 2)[0]; !strings.Contains(top, "↑") || strings.Contains(top, "↓") {
			t.Errorf("%s at the end: header %q, want an arrow up only", name, top)
		}
		words := strings.Join(strings.Fields(seen), " ")
		for _, want := range append(slices.Concat(content.Urgent.Signs, content.SeePT.Signs), content.Disclaimer, "herniated disc") {
			if !strings.Contains(words, strings.Join(strings.Fields(want), " ")) {
				t.Errorf("%s at 40x12: %q never shows", name, want)
			}
		}
	}

	m, _ := newBareModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	for _, r := range content.Rollers {
		if !strings.Contains(shown(m), r.Name) {
			t.Errorf("roller %q missing at 40x12:\n%s", r.Name, shown(m))
		}
	}
}

// The roller question stays put while the cursor moves, "Not sure" (which
// has no hint) included.
func TestRollerQuestionStaysPut(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	row := func() int { return rowOf(m, "Which roller do you have?") }
	first := row()
	for range content.Rollers {
		keys(m, "down")
		if r := row(); r != first {
			t.Fatalf("the question moved from row %d to %d:\n%s", first, r, shown(m))
		}
	}
}

// Someone who read the red flags before a session from the command line
// is not shown them again as the first run's last question; setup, asked
// for, still goes through all four.
func TestOnboardingSkipsSafetyAlreadyRead(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: profile.Profile{FirstTime: true, SafetySeen: true}})
	if !strings.Contains(shown(m), "1 of 3") || !strings.Contains(shown(m), "Three quick questions") {
		t.Fatalf("first run after reading the red flags:\n%s", shown(m))
	}
	keys(m, "enter", "enter", "enter")
	if m.active != homeScreen || !s.last(t).SafetySeen {
		t.Fatalf("after three answers: screen %v, saved %+v", m.active, s.last(t))
	}
	m, _ = newBareModel(t, Options{SaveProfile: s.save, Setup: true, Profile: profile.Profile{Onboarded: true, SafetySeen: true}})
	keys(m, "enter", "enter", "enter")
	if the[*onboarding](m).step != stepSafety || !strings.Contains(shown(m), "4 of 4") {
		t.Fatalf("setup skipped the red flags:\n%s", shown(m))
	}
}

// The screening question keeps what is ticked, asks where a recent injury
// is, and the answers change the plan: on varicose veins and a recent
// injury at the glutes, the nightly roll is the mid-back alone, and the
// first get-ready says why.
func TestOnboardingScreening(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "enter", "enter") // a standard roller, new to rolling
	if the[*onboarding](m).step != stepScreening {
		t.Fatalf("step %v, want the screening question", the[*onboarding](m).step)
	}
	keys(m, "down", "down", "down", "space", "down", "space", "enter")
	if the[*onboarding](m).step != stepInjury {
		t.Fatalf("step %v, want where the injury is", the[*onboarding](m).step)
	}
	keys(m, "down", "down", "space", "enter")
	readSafety(t, m)
	got := s.last(t)
	if got.Conditions != profile.NewIDs(content.RecentInjury, content.VaricoseVeins) || got.Avoid != "glutes" {
		t.Fatalf("saved %+v", got)
	}
	keys(m, "enter") // nightly roll
	var areas []string
	for _, st := range m.session.plan.Steps {
		areas = append(areas, st.Exercise.ID)
	}
	if !slices.Equal(areas, []string{"mid-back"}) {
		t.Fatalf("nightly roll after screening: %v", areas)
	}
	words := strings.Join(strings.Fields(shown(m)), " ")
	if !strings.Contains(words, "Glutes is left out: you have a recent injury there.") {
		t.Fatalf("the first get-ready does not say why:\n%s", shown(m))
	}

	// Unticking the injury forgets where it was.
	m, _ = newModel(t, Options{Setup: true, Profile: got, SaveProfile: s.save})
	keys(m, "enter", "enter", "down", "down", "down", "space", "enter")
	readSafety(t, m)
	if got := s.last(t); got.Conditions != content.VaricoseVeins || got.Avoid != "" {
		t.Fatalf("after unticking the injury: %+v", got)
	}
}

// readSafety reads the first run's red flags to their end, enter by
// enter, and says it has: enter reads on until all was shown.
func readSafety(t *testing.T, m *Model) {
	t.Helper()
	for range 10 {
		if m.quitting || m.active != onboardingScreen || the[*onboarding](m).step != stepSafety {
			return
		}
		keys(m, "enter")
	}
	t.Fatal("enter never got past the red flags")
}

// readRedFlags reads the red flags before a first session to their end,
// enter by enter, which then starts the session.
func readRedFlags(t *testing.T, m *Model) {
	t.Helper()
	for range 10 {
		if m.active != redFlagsScreen {
			return
		}
		keys(m, "enter")
	}
	t.Fatal("enter never got past the red flags")
}
