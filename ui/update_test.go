package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
)

func TestHomeNavigation(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "enter")
	if m.active != hurtScreen {
		t.Fatalf("screen %v, want where-does-it-hurt", m.active)
	}
	press(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc went to %v", m.active)
	}
	press(m, "down", "enter", "enter") // home remembers its cursor
	if m.active != chooseScreen || !strings.Contains(shown(m), "Pick at least one area") {
		t.Fatalf("empty choice started a session:\n%s", shown(m))
	}
}

// Choosing the lower back never rolls it: it starts the neighbours.
func TestLowerBackStartsNeighbours(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "enter", "down", "down", "enter")
	if m.session == nil {
		t.Fatal("no session started")
	}
	for _, s := range m.session.plan.Steps {
		if s.Exercise.ID == "lower-back" || s.Exercise.ID == "neck" {
			t.Fatalf("plan rolls %s", s.Exercise.ID)
		}
	}
	if m.session.plan.Routine != "lower-back" || len(m.session.plan.Steps) == 0 {
		t.Fatalf("plan %+v", m.session.plan)
	}
}

func TestChooseBuildsSession(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "down", "enter", "down", "down", "space", "right", "right", "enter")
	p := m.session.plan
	if len(p.Steps) != 2 || p.Steps[0].Exercise.ID != "glutes" || p.Steps[0].Hold != 90*time.Second {
		t.Fatalf("plan %+v", p.Steps)
	}
}

// journal is a Journal in memory.
type journal struct {
	holds  []coach.HoldEvent
	ends   []SessionEnd
	fail   error
	stats  streak.Stats
	advice advice.Advice
}

func (j *journal) Start(string, time.Time) string { return "s1" }
func (j *journal) Hold(id string, e coach.HoldEvent) error {
	if j.fail != nil {
		return j.fail
	}
	j.holds = append(j.holds, e)
	return nil
}
func (j *journal) End(id string, e SessionEnd) error        { j.ends = append(j.ends, e); return j.fail }
func (j *journal) Progress(time.Time) (streak.Stats, error) { return j.stats, j.fail }
func (j *journal) Advice(time.Time, profile.Profile) (advice.Advice, error) {
	return j.advice, j.fail
}
func (j *journal) Today(time.Time) (Today, error) {
	var t Today
	for _, h := range j.holds {
		t.Rolled += h.Rolled
	}
	if t.Rolled >= time.Minute {
		t.Done, t.Streak = true, 3
	}
	for _, e := range j.ends {
		t.RedFlag = t.RedFlag || e.Summary.RedFlag // every test's sessions are today's
	}
	return t, nil
}

// runAll delivers a command's messages, writes included, as the program would.
func runAll(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runAll(m, c)
		}
	case nil:
	default:
		_, next := m.Update(msg)
		runAll(m, next)
	}
}

// The whole program, through a real tea.Program: home to a finished
// session and back home.
func TestProgram(t *testing.T) {
	m, err := New(Options{Plan: coach.Options{Hold: coach.MinHold}, Profile: regular})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Nightly roll")) })
	tm.Send(keyMsg("enter"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Get ready")) })
	for range 3 {
		tm.Send(keyMsg("enter"))
		tm.Send(keyMsg("n"))
	}
	tm.Send(keyMsg("n"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Session complete")) })
	tm.Send(keyMsg("enter"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Rolled today")) })
	tm.Send(keyMsg("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.Outcome() != OutcomeFinished || fm.active != homeScreen {
		t.Fatalf("outcome %v screen %v", fm.Outcome(), fm.active)
	}
}

// Keys typed ahead, as when a person types quickly or pastes keys, go to
// the screen the earlier ones open, with no command run in between: a
// screen moves in the update of the key that moves it.
func TestTypeAhead(t *testing.T) {
	m, _ := newModel(t, Options{})
	for _, k := range []string{"down", "enter", "down", "down"} {
		m.Update(keyMsg(k))
	}
	if m.active != hurtScreen || the[*hurt](m).region().ID != "lower-back" {
		t.Fatalf("screen %v, region %s: keys typed ahead went astray", m.active, the[*hurt](m).region().ID)
	}
}

// A countdown rounds up (it reads 0:00 only when over); a total rolled
// rounds to the nearest second, as the history stores it.
func TestClockAndRolled(t *testing.T) {
	for _, tc := range []struct {
		d             time.Duration
		clock, rolled string
	}{
		{2400 * time.Millisecond, "0:03", "0:02"},
		{2600 * time.Millisecond, "0:03", "0:03"},
		{60 * time.Second, "1:00", "1:00"},
		{0, "0:00", "0:00"},
	} {
		if got := clock(tc.d); got != tc.clock {
			t.Errorf("clock(%v) = %s; want %s", tc.d, got, tc.clock)
		}
		if got := coach.Clock(tc.d); got != tc.rolled {
			t.Errorf("coach.Clock(%v) = %s; want %s", tc.d, got, tc.rolled)
		}
	}
}

// Half a minute rolled is not yet a day that counts: home says so, without
// the tick it shows once today counts.
func TestHomeShortRollIsNotDone(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Journal: j, Plan: coach.Options{Hold: 30 * time.Second}})
	runAll(m, m.Init())
	keys(m, "enter") // nightly roll
	wait(m, c, 5*time.Second)
	wait(m, c, 30*time.Second)
	_, cmd := m.Update(keyMsg("q"))
	runAll(m, cmd)
	_, cmd = m.Update(keyMsg("y"))
	runAll(m, cmd)
	keys(m, "enter") // the short summary
	s := shown(m)
	if m.active != homeScreen || !strings.Contains(s, "Rolled today: 0:30") || strings.Contains(s, "✓") ||
		!strings.Contains(s, "today counts for your streak") {
		t.Fatalf("home after 30 s rolled:\n%s", s)
	}
	// Leaving from home is an ordinary exit, though that session was quit.
	keys(m, "q")
	if !m.quitting || m.Outcome() == OutcomeQuit {
		t.Fatalf("quitting home after a session quit early: quitting %v, outcome %v", m.quitting, m.Outcome())
	}
}

// Home's help says what enter does on the item under the cursor.
func TestHomeEnterSaysWhat(t *testing.T) {
	m, _ := newModel(t, Options{})
	for _, want := range []string{"enter start", "enter open", "enter open", "enter open", "enter open", "enter open", "enter open", "enter open"} {
		if h := helpLine(m); !strings.Contains(h, want) {
			t.Fatalf("cursor on %q: help %q, want %q", the[*home](m).items[the[*home](m).cursor].label, h, want)
		}
		keys(m, "down")
	}
}

// An ink paints exactly what its style renders, on both backgrounds.
func TestInkMatchesItsStyle(t *testing.T) {
	for _, dark := range []bool{true, false} {
		s := newStyles(dark, false)
		for name, pair := range map[string]struct {
			k  ink
			st lipgloss.Style
		}{"digits": {s.digits, s.Digits}, "held": {s.held, s.Held}, "bar": {s.barFull, s.BarFull},
			"empty": {s.barEmpty, s.BarEmpty}, "rule": {s.rule, s.Rule}} {
			for _, text := range []string{"████", "░░ ░", "─"} {
				if got, want := pair.k.paint(text), pair.st.Render(text); got != want {
					t.Errorf("%s (dark %v) paints %q as %q; its style renders %q", name, dark, text, got, want)
				}
			}
		}
	}
}

// In Choose areas the time keys change the time only; space alone picks,
// so space after ← or → never unpicks an area.
func TestChooseTimeDoesNotPick(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "down", "enter", "right")
	if the[*choose](m).picked[0] || the[*choose](m).holds[0] != time.Minute+holdStep {
		t.Fatalf("after →: picked %v, hold %v", the[*choose](m).picked[0], the[*choose](m).holds[0])
	}
	press(m, "space")
	if !the[*choose](m).picked[0] {
		t.Fatal("space after → did not pick the area")
	}
}

// A key in a hold reads the clock once: the engine, the cues and the
// frame laid out all see the same instant.
func TestAKeyReadsTheClockOnce(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back"})
	runAll(m, m.Init())
	press(m, "enter") // the hold
	reads := 0
	m.opts.Now = func() time.Time { reads++; return c.t }
	for _, k := range []string{"k", "k", "space", "space", "+", "n"} {
		reads = 0
		m.Update(keyMsg(k))
		if reads != 1 {
			t.Errorf("%s read the clock %d times", k, reads)
		}
	}
}
