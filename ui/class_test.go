package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
	loop "github.com/backroll/backroll/ui/screen"
)

// noGlutes has a recent injury at the glutes: a class of nightly rolls
// them, and she sits them out.
var noGlutes = profile.Profile{Onboarded: true, SafetySeen: true,
	Conditions: profile.NewIDs(content.RecentInjury), Avoid: profile.NewIDs("glutes")}

// classOf is a class of nightly: the leader's app and one follower's for
// each profile, all on one clock, at width x height.
func classOf(t *testing.T, size [2]int, profs ...profile.Profile) (*Model, []*Model, *fakeClock) {
	t.Helper()
	r, _ := content.RoutineByID("nightly")
	p, err := coach.NewPlan(r, coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rooms class.Classes
	c := &fakeClock{t: t0}
	join := func(id string, prof profile.Profile) *Model {
		room, _ := rooms.Join("evening", id)
		you := class.You{Conditions: prof.Conditions.List(), Avoid: prof.Avoid.List()}
		m, err := New(Options{Now: c.now, Profile: prof, NoAnimation: true, Class: room.Seat(id, you, p, c.now())})
		if err != nil {
			t.Fatal(err)
		}
		runAll(m, m.Init())
		send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		return m
	}
	lead := join("lead", regular)
	var fs []*Model
	for i, prof := range profs {
		fs = append(fs, join(string(rune('a'+i)), prof))
	}
	return lead, fs, c
}

// tick moves the class's clock on, half a second at a time, and wakes
// every screen each time, as the program's timers and the room's changes
// do (a class read a long while late starts its next phase late).
func tick(c *fakeClock, d time.Duration, ms ...*Model) {
	for {
		step := min(d, 500*time.Millisecond)
		c.t, d = c.t.Add(step), d-step
		for _, m := range ms {
			send(m, loop.WakeMsg{At: c.t})
		}
		if d <= 0 {
			return
		}
	}
}

// woken reports whether the class changed since m last updated: its
// screen would be woken.
func woken(m *Model) bool {
	select {
	case <-m.Changed():
		return true
	default:
		return false
	}
}

func TestGoldenClassScreens(t *testing.T) {
	for _, tt := range []struct {
		name string
		show func(lead, f *Model, c *fakeClock) *Model
	}{
		{"waiting-leader", func(lead, _ *Model, _ *fakeClock) *Model { return lead }},
		{"waiting-follower", func(_, f *Model, _ *fakeClock) *Model { return f }},
		{"follower-hold", func(lead, f *Model, c *fakeClock) *Model {
			press(lead, "enter", "enter") // start, then start the hold now
			tick(c, 12*time.Second, lead, f)
			press(f, "space") // refused: the line says why
			return f
		}},
		{"sit-this-one-out", func(lead, f *Model, c *fakeClock) *Model {
			press(lead, "enter", "n", "enter") // mid-back skipped: the left glute's hold
			tick(c, 20*time.Second, lead, f)
			return f
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lead, fs, c := classOf(t, [2]int{80, 24}, noGlutes)
			if tt.name == "follower-hold" {
				lead, fs, c = classOf(t, [2]int{80, 24}, regular)
			}
			tick(c, 0, lead, fs[0]) // the follower's join, heard
			m := tt.show(lead, fs[0], c)
			checkFits(t, m, [2]int{80, 24}, tt.name)
			golden.RequireEqual(t, shown(m))
		})
	}
}

// The waiting screens fit a small window too, the class line on top.
func TestClassScreensFitSmall(t *testing.T) {
	size := [2]int{40, 12}
	lead, fs, c := classOf(t, size, noGlutes, regular)
	for _, m := range append([]*Model{lead}, fs...) {
		checkFits(t, m, size, "waiting")
		if first := strings.Split(shown(m), "\n")[0]; !strings.HasPrefix(first, " Class evening · you") {
			t.Errorf("the class line: %q", first)
		}
	}
	press(fs[1], "enter")
	if first := strings.Split(shown(fs[1]), "\n")[0]; first != " the leader starts the class" {
		t.Errorf("a follower's enter: %q", first)
	}
	press(lead, "enter", "n", "enter")
	tick(c, 5*time.Second, append([]*Model{lead}, fs...)...)
	for i, m := range append([]*Model{lead}, fs...) {
		checkFits(t, m, size, "a glute's hold "+string(rune('0'+i)))
	}
	// Whoever sits the glutes out is told so, however small the window.
	if !strings.Contains(words(fs[0]), "Sit this one out") {
		t.Errorf("a glute's hold at 40x12, for one whose answers leave it out:\n%s", shown(fs[0]))
	}
}

// The leader's keys move every screen's clock; a follower's move nothing
// and say why; each one's k and p are their own.
func TestClassKeys(t *testing.T) {
	lead, fs, c := classOf(t, [2]int{80, 24}, regular, noGlutes)
	ann, cat := fs[0], fs[1]
	all := []*Model{lead, ann, cat}
	if !strings.Contains(helpLine(lead), "enter start the class") || strings.Contains(helpLine(ann), "enter") {
		t.Errorf("waiting, the leader's keys %q, a follower's %q", helpLine(lead), helpLine(ann))
	}
	tick(c, 0, all...)
	press(ann, "enter")
	if woken(lead) || ann.session != nil {
		t.Fatal("a follower's enter started the class")
	}
	// Why it did nothing shows a moment: the screen is woken to clear it.
	if at, ok := ann.NextWake(); !ok || !at.Equal(c.t.Add(3*time.Second)) {
		t.Errorf("the reason's end wakes the screen at %v (%v), want 3 s on", at, ok)
	}
	tick(c, 3*time.Second, ann)
	if strings.Contains(shown(ann), "the leader starts") {
		t.Errorf("the reason stayed:\n%s", shown(ann))
	}
	press(lead, "enter")
	if !woken(ann) || !woken(cat) {
		t.Fatal("the start changed nothing the followers wait on")
	}
	tick(c, 0, ann, cat)
	for i, m := range all {
		if m.session == nil || !strings.Contains(shown(m), "starting in") {
			t.Fatalf("member %d after the start:\n%s", i, shown(m))
		}
	}
	if strings.Contains(helpLine(ann), "space") || !strings.Contains(helpLine(lead), "space pause") {
		t.Errorf("keys: the leader's %q, a follower's %q", helpLine(lead), helpLine(ann))
	}
	tick(c, 6*time.Second, all...) // mid-back's hold, 1 s in
	press(ann, "space", "n", "+", "b")
	if woken(lead) {
		t.Error("a follower's keys changed the class")
	}
	if st := lead.session.s.State(c.t); st.Phase != coach.PhaseHold || st.Paused || st.Index != 0 {
		t.Errorf("after a follower's keys the class is %s of step %d, paused %v", st.Phase, st.Index, st.Paused)
	}
	press(lead, "space", "+")
	tick(c, 0, ann, cat)
	for i, m := range all {
		if st := m.session.s.State(c.t); !st.Paused || st.Left != 74*time.Second {
			t.Errorf("member %d after pause and +: paused %v, %s left", i, st.Paused, st.Left)
		}
	}
	if !strings.Contains(shown(ann), "paused by the leader") || !strings.Contains(shown(lead), "space to go on") {
		t.Errorf("paused: ann's screen\n%s\nthe leader's\n%s", shown(ann), shown(lead))
	}
	press(lead, "space")
	tick(c, time.Second, all...)
	// q asks before leaving, and the class runs on meanwhile.
	press(ann, "q")
	tick(c, time.Second, all...)
	if !strings.Contains(words(ann), "Leave the class? What you have rolled so far is kept. The class goes on for the others.") {
		t.Errorf("q in a class:\n%s", shown(ann))
	}
	press(ann, "n")
	// ann's tender spot is hers: the class's clock runs on.
	press(ann, "k")
	tick(c, 5*time.Second, all...)
	if !strings.Contains(shown(ann), "Tender spot") || strings.Contains(shown(lead), "Tender spot") {
		t.Errorf("ann's spot shows on the leader's screen, or not on hers:\n%s\n%s", shown(ann), shown(lead))
	}
	if a, l := ann.session.s.State(c.t), lead.session.s.State(c.t); a.TenderLeft != 25*time.Second || a.Left != l.Left || l.Left != 67*time.Second {
		t.Errorf("ann's spot %s with %s left of the area; the leader's %s", a.TenderLeft, a.Left, l.Left)
	}
	// cat's p stops only her: her summary says what to do; the leader's
	// line counts her, the others' do not.
	press(cat, "p")
	tick(c, 0, lead, ann)
	if !strings.Contains(words(cat), content.RedFlagAfter) {
		t.Errorf("cat's stop:\n%s", shown(cat))
	}
	if !strings.Contains(shown(lead), "3 here · 1 stopped") || strings.Contains(shown(ann), "stopped") {
		t.Errorf("after cat's stop, the leader:\n%s\nann:\n%s", shown(lead), shown(ann))
	}
	if st := lead.session.s.State(c.t); st.Phase != coach.PhaseHold {
		t.Errorf("the class stopped with cat: %s", st.Phase)
	}
	// The rest of the class: ann's summary is hers, cat's holds stay hers.
	for range 400 {
		tick(c, time.Second, lead, ann)
	}
	if sum := ann.session.s.Summary(); !sum.Finished || len(sum.Holds) != 3 || sum.Holds[0].Tender != 1 {
		t.Errorf("ann's summary: %+v", sum)
	}
	if !strings.Contains(shown(ann), "The class is over. Well done.") {
		t.Errorf("ann's summary:\n%s", shown(ann))
	}
	if sum := cat.session.s.Summary(); sum.Finished || !sum.RedFlag || len(sum.Holds) != 1 || sum.Holds[0].Exercise != "mid-back" {
		t.Errorf("cat's summary: %+v", sum)
	}
	// Leaving the summary leaves the class: the program ends.
	press(ann, "enter")
	if !ann.quitting {
		t.Error("enter on the summary did not leave")
	}
}

// After a sign to stop, the class's waiting screen says what every start
// asks alone first.
func TestClassAfterASignToStop(t *testing.T) {
	lead, _, c := classOf(t, [2]int{80, 24})
	lead.ledger.flag(c.t.Add(-time.Hour))
	tick(c, 0, lead)
	if !strings.Contains(words(lead), "Don't roll again until a physical therapist has seen it") {
		t.Errorf("the waiting screen after a sign to stop:\n%s", shown(lead))
	}
}

// Someone who never saw the red flags sees them while they wait, as a
// first session alone shows them first.
func TestClassWaitShowsRedFlagsOnce(t *testing.T) {
	lead, fs, _ := classOf(t, [2]int{80, 24}, profile.Profile{Onboarded: true})
	if !strings.Contains(words(fs[0]), "When to stop: emergency now") || strings.Contains(words(lead), "When to stop") {
		t.Errorf("the red flags: for one who never saw them\n%s\nnot for one who has\n%s", shown(fs[0]), shown(lead))
	}
}

// At 40 columns the leader's line still counts those stopped, whole: the
// word Class gives way first (seen trying a class: "4 here · 1 …").
func TestClassLineNarrowKeepsTheStopped(t *testing.T) {
	size := [2]int{40, 12}
	lead, fs, c := classOf(t, size, regular, regular, regular)
	all := append([]*Model{lead}, fs...)
	press(lead, "enter", "enter")
	tick(c, 2*time.Second, all...)
	press(fs[0], "p")
	tick(c, time.Second, all...)
	if first := strings.Split(shown(lead), "\n")[0]; first != " evening · you lead · 4 here · 1 stopped" {
		t.Errorf("the leader's class line at 40 columns: %q", first)
	}
	if first := strings.Split(shown(fs[1]), "\n")[0]; first != " Class evening · you follow · 4 here" {
		t.Errorf("a follower's class line at 40 columns: %q", first)
	}
	// Those out of it no longer follow: one stopped, the leader gone
	// (seen trying a class: a leader who left read "you follow").
	if first := strings.Split(shown(fs[0]), "\n")[0]; first != " Class evening · you stopped · 4 here" {
		t.Errorf("a follower's line after their p: %q", first)
	}
	press(lead, "q", "y")
	tick(c, time.Second, all...)
	if first := strings.Split(shown(lead), "\n")[0]; first != " Class evening · you left · 4 here" {
		t.Errorf("a leader's line after leaving: %q", first)
	}
	if first := strings.Split(shown(fs[1]), "\n")[0]; first != " evening · you lead · 4 here · 1 stopped" {
		t.Errorf("the lead did not go on to the next still rolling: %q", first)
	}
}
